package dev.zhnlp.convert;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A conversion dictionary: keys (words or characters) mapped to their replacements. Immutable and thread-safe.
 *
 * <p>The text format is OpenCC's: UTF-8, one entry per line, {@code key<TAB>value}, where the value may list
 * alternatives separated by spaces (the first is used); lines starting with {@code #} and blank lines are
 * skipped, and so is a byte order mark. A malformed line or a duplicate key fails with a
 * {@link DictionaryFormatException} naming the source and the line.
 *
 * <pre>{@code
 * Dictionary extra = Dictionary.builder().put("内存", "記憶體").build();
 * Converter c = Converter.builder(Conversion.S2TW).addDictionary(extra).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Dictionary {
  private final ImmutableMap<String, String> entries;

  private Dictionary(ImmutableMap<String, String> entries) {
    this.entries = entries;
  }

  /** A builder for a dictionary made in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** A dictionary of the given entries; empty keys or values are rejected. */
  public static Dictionary of(Map<String, String> entries) {
    Builder b = builder();
    entries.forEach(b::put);
    return b.build();
  }

  /** Reads a dictionary file in the text format described above. */
  public static Dictionary fromTsv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return fromTsv(r, file.toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new DictionaryFormatException(file + ": not valid UTF-8");
    }
  }

  /**
   * Reads a dictionary in the text format from {@code reader}; {@code sourceName} names it in error messages.
   * Does not close the reader.
   */
  public static Dictionary fromTsv(Reader reader, String sourceName) throws IOException {
    BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    Map<String, String> map = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank() || line.charAt(0) == '#') {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new DictionaryFormatException(sourceName + ":" + number + ": expected key<TAB>value");
      }
      String key = line.substring(0, tab);
      String rest = line.substring(tab + 1).strip();
      int space = indexOfSpace(rest);
      String value = space < 0 ? rest : rest.substring(0, space);
      if (value.isEmpty()) {
        throw new DictionaryFormatException(sourceName + ":" + number + ": empty value for key " + key);
      }
      if (!key.strip().equals(key)) {
        throw new DictionaryFormatException(sourceName + ":" + number + ": key has surrounding spaces");
      }
      Integer previous = lineOf.putIfAbsent(key, number);
      if (previous != null) {
        throw new DictionaryFormatException(
            sourceName + ":" + number + ": duplicate key " + key + " (first on line " + previous + ")");
      }
      map.put(key, value);
    }
    return new Dictionary(ImmutableMap.copyOf(map));
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
        return i;
      }
    }
    return -1;
  }

  /** The entries, in the order they were read or added. */
  public ImmutableMap<String, String> entries() {
    return entries;
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dictionary && ((Dictionary) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Dictionary(" + entries.size() + " entries)";
  }

  /**
   * Collects entries for a {@link Dictionary}. Not thread-safe; {@link #build()} returns an immutable
   * dictionary and the builder may be reused.
   */
  public static final class Builder {
    private final Map<String, String> map = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an entry.
     *
     * @throws IllegalArgumentException if the key or value is empty, or the key was already added
     */
    public Builder put(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty key (value: " + value + ")");
      }
      if (value.isEmpty()) {
        throw new IllegalArgumentException("empty value for key: " + key);
      }
      if (map.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException("duplicate key: " + key);
      }
      return this;
    }

    /** The dictionary of the entries added so far. */
    public Dictionary build() {
      return new Dictionary(ImmutableMap.copyOf(map));
    }
  }
}
