package dev.zhnlp.convert;

import dev.zhnlp.convert.internal.BuiltinData;
import dev.zhnlp.convert.internal.Chain;
import dev.zhnlp.convert.internal.OpenCCConfigLoader;
import dev.zhnlp.model.Script;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converts Chinese text between scripts and regional standards, phrase-aware. Immutable and thread-safe: one
 * instance may serve any number of threads, and {@link #of(Conversion)} hands out cached instances.
 *
 * <p>Matching is greedy: at each position the longest dictionary key wins (头发 → 頭髮 but 发展 → 發展). Text with
 * nothing to convert comes back as the same {@code String} instance. Characters outside the dictionaries,
 * including unpaired surrogates, NUL and control characters, pass through unchanged; supplementary characters
 * (CJK extension B and beyond) are matched whole.
 *
 * <pre>{@code
 * Converter s2tw = Converter.of(Conversion.S2TW);
 * String tw = s2tw.convert("头发和发展");            // 頭髮和發展
 * s2tw.convert(reader, writer);                      // streaming, bounded memory
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Converter {
  private static final Map<Conversion, Converter> CACHE = new EnumMap<>(Conversion.class);

  private final String name;
  private final Chain chain;
  private final Converter toSimplified;
  private final Converter toTraditional;
  private final Script keepAsIs;

  private Converter(String name, Chain chain) {
    this.name = name;
    this.chain = chain;
    this.toSimplified = null;
    this.toTraditional = null;
    this.keepAsIs = null;
  }

  private Converter(String name, Converter toSimplified, Converter toTraditional, Script keepAsIs) {
    this.name = name;
    this.chain = null;
    this.toSimplified = toSimplified;
    this.toTraditional = toTraditional;
    this.keepAsIs = keepAsIs;
  }

  /** The shared converter for {@code conversion}; its data is loaded on first use. */
  public static Converter of(Conversion conversion) {
    Objects.requireNonNull(conversion, "conversion");
    synchronized (CACHE) {
      Converter c = CACHE.get(conversion);
      if (c == null) {
        c = builder(conversion).build();
        CACHE.put(conversion, c);
      }
      return c;
    }
  }

  /**
   * The shared converter for the conversion named {@code id} ({@code "s2t"}, {@code "tw2sp"}, …).
   *
   * @throws IllegalArgumentException naming the valid ids if {@code id} is unknown
   */
  public static Converter of(String id) {
    return of(Conversion.fromId(id));
  }

  /** A builder for {@code conversion} with extra dictionaries. */
  public static Builder builder(Conversion conversion) {
    return new Builder(Objects.requireNonNull(conversion, "conversion"));
  }

  /**
   * A converter defined by an OpenCC JSON configuration and its plain-text dictionaries, resolved relative to
   * the configuration's directory: {@code "type": "text"} and {@code "group"} dictionaries, {@code mmseg}
   * segmentation and a conversion chain, with OpenCC's matching rules, so that OpenCC's data gives OpenCC's
   * output. Binary {@code ocd}/{@code ocd2} dictionaries are refused with a message that names them.
   *
   * @throws DictionaryFormatException if the configuration or a dictionary is malformed
   * @throws IOException if a file cannot be read
   */
  public static Converter fromOpenCCConfig(Path config) throws IOException {
    return new Converter(config.getFileName().toString(), OpenCCConfigLoader.load(config));
  }

  /** The conversion's id, or the configuration file's name. */
  public String name() {
    return name;
  }

  /** Converts {@code text}; when nothing changes, returns {@code text.toString()} (the same String). */
  public String convert(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (chain != null) {
      return chain.convert(text);
    }
    Converter target = target(text);
    return target == null ? text.toString() : target.convert(text);
  }

  /** Converts {@code text} and maps every output position back to {@code text}. */
  public ConvertedText convertWithOffsets(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (chain == null) {
      Converter target = target(text);
      if (target == null) {
        int[] identity = new int[text.length() + 1];
        for (int i = 0; i < identity.length; i++) {
          identity[i] = i;
        }
        return new ConvertedText(text.toString(), identity);
      }
      return target.convertWithOffsets(text);
    }
    Chain.WithOffsets r = chain.convertWithOffsets(text);
    return new ConvertedText(r.text(), r.offsets());
  }

  /**
   * Converts everything {@code in} delivers and writes it to {@code out}, in bounded memory; complete lines are
   * passed on as soon as the reader has no more input ready, so an endless pipe works. A chunk boundary never
   * splits a phrase or a surrogate pair. The AUTO conversions decide on the script from the first 64 K chars.
   * Closes neither stream; flushes {@code out} when input stalls.
   */
  public void convert(Reader in, Writer out) throws IOException {
    if (chain != null) {
      chain.convert(in, out);
      return;
    }
    char[] head = new char[1 << 16];
    int len = 0;
    int r;
    while (len < head.length && (r = in.read(head, len, head.length - len)) >= 0) {
      len += r;
      if (!in.ready()) {
        break;
      }
    }
    String first = new String(head, 0, len);
    Converter target = target(first);
    Reader all = new PrefixReader(first, in);
    if (target == null) {
      all.transferTo(out);
    } else {
      target.convert(all, out);
    }
  }

  private Converter target(CharSequence text) {
    Script script = ScriptDetector.getInstance().detect(text).script();
    if (script == keepAsIs || script == Script.NONE) {
      return null;
    }
    return toSimplified != null ? toSimplified : toTraditional;
  }

  @Override
  public String toString() {
    return "Converter(" + name + ")";
  }

  /**
   * Configures a {@link Converter}: a conversion plus user dictionaries whose entries override the bundled ones
   * in the conversion's first stage. Not thread-safe; the converters it builds are.
   */
  public static final class Builder {
    private final Conversion conversion;
    private final List<Dictionary> dictionaries = new ArrayList<>();

    private Builder(Conversion conversion) {
      this.conversion = conversion;
    }

    /** Adds a user dictionary; later dictionaries override earlier ones. */
    public Builder addDictionary(Dictionary dictionary) {
      dictionaries.add(Objects.requireNonNull(dictionary, "dictionary"));
      return this;
    }

    /** Reads and adds a user dictionary file (see {@link Dictionary#fromTsv(Path)}). */
    public Builder addDictionary(Path file) throws IOException {
      return addDictionary(Dictionary.fromTsv(file));
    }

    /** Builds the converter. */
    public Converter build() {
      Dictionary user = null;
      if (!dictionaries.isEmpty()) {
        Map<String, String> m = new LinkedHashMap<>();
        dictionaries.forEach(d -> m.putAll(d.entries()));
        user = Dictionary.of(m);
      }
      switch (conversion) {
        case AUTO2S:
          return new Converter(
              conversion.id(), builderFor(Conversion.T2S, user), null, Script.SIMPLIFIED);
        case AUTO2T:
          return new Converter(
              conversion.id(), null, builderFor(Conversion.S2T, user), Script.TRADITIONAL);
        default:
          return new Converter(conversion.id(), BuiltinData.chain(conversion, user));
      }
    }

    private static Converter builderFor(Conversion c, Dictionary user) {
      if (user == null) {
        return of(c);
      }
      return new Converter(c.id(), BuiltinData.chain(c, user));
    }
  }

  /** Replays a string, then the rest of a reader. Not thread-safe; one per stream. */
  private static final class PrefixReader extends Reader {
    private final String prefix;
    private final Reader rest;
    private int pos;

    PrefixReader(String prefix, Reader rest) {
      this.prefix = prefix;
      this.rest = rest;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (pos < prefix.length()) {
        int n = Math.min(len, prefix.length() - pos);
        prefix.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
      }
      return rest.read(cbuf, off, len);
    }

    @Override
    public boolean ready() throws IOException {
      return pos < prefix.length() || rest.ready();
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
