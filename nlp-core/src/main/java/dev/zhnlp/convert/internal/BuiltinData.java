package dev.zhnlp.convert.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.zhnlp.convert.Conversion;
import dev.zhnlp.convert.Dictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled conversion data, in layers, and the chains built from it for every {@link Conversion}.
 * Thread-safe: every table is loaded once, on first use, by a lazy holder class, and never changes.
 *
 * <p>Layers, later ones overriding earlier ones for the same key: ICU4J's transliterator rules (imported at
 * build time, see {@link IcuRulesImporter}), then the project's own {@code *-chars.tsv}, then its own
 * {@code *-phrases.tsv}. ICU's phrase entries are re-based on the project's character defaults: where an ICU
 * phrase used ICU's default for a character and the project chose another default (爲 rather than 為), the
 * phrase follows the project.
 */
public final class BuiltinData {
  private static final String DICT = "/dev/zhnlp/convert/dict/";
  private static final String ICU = "/dev/zhnlp/convert/icu/";

  private BuiltinData() {}

  /** Reads a bundled dictionary resource by file name, e.g. {@code "st-phrases.tsv"}. */
  public static ImmutableMap<String, String> resource(String name) {
    return read(DICT + name, true);
  }

  private static ImmutableMap<String, String> read(String path, boolean required) {
    InputStream in = BuiltinData.class.getResourceAsStream(path);
    if (in == null) {
      if (required) {
        throw new UncheckedIOException(new IOException("Unable to load bundled dictionary " + path));
      }
      return null;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Dictionary.fromTsv(r, path).entries();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load bundled dictionary " + path, e);
    }
  }

  /** ICU's rules for {@code id}, from the build-time resource or, when that is missing, imported now. */
  static ImmutableMap<String, String> icu(String id) {
    for (String[] table : IcuRulesImporter.TABLES) {
      if (table[0].equals(id)) {
        ImmutableMap<String, String> m = read(ICU + table[1], false);
        return m != null ? m : ImmutableMap.copyOf(IcuRulesImporter.importRules(id));
      }
    }
    throw new IllegalArgumentException("no ICU table " + id);
  }

  /** Lines of a bundled word list (one per line, {@code #} comments). */
  static ImmutableSet<String> wordList(String name) {
    InputStream in = BuiltinData.class.getResourceAsStream(DICT + name);
    if (in == null) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && line.charAt(0) != '#') {
          b.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load bundled word list " + name, e);
    }
    return b.build();
  }

  private static ImmutableMap<String, String> optional(String name) {
    ImmutableMap<String, String> m = read(DICT + name, false);
    return m == null ? ImmutableMap.of() : m;
  }

  /** ICU's table re-based on our character defaults, then our characters, then our phrases. */
  static ImmutableMap<String, String> layered(String icuId, String charsFile, String phrasesFile) {
    Map<String, String> icu = icu(icuId);
    Map<String, String> chars = optional(charsFile);
    Map<String, String> merged = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : icu.entrySet()) {
      merged.put(e.getKey(), rebase(e.getKey(), e.getValue(), icu, chars));
    }
    merged.putAll(chars);
    merged.putAll(optional(phrasesFile));
    return ImmutableMap.copyOf(merged);
  }

  private static String rebase(String key, String value, Map<String, String> icu, Map<String, String> ours) {
    if (key.length() < 2 || key.length() != value.length()) {
      return value;
    }
    char[] v = null;
    for (int i = 0; i < key.length(); i++) {
      String k = String.valueOf(key.charAt(i));
      String mine = ours.get(k);
      String theirs = icu.getOrDefault(k, k);
      if (mine != null
          && mine.length() == 1
          && theirs.length() == 1
          && theirs.charAt(0) == value.charAt(i)
          && mine.charAt(0) != value.charAt(i)) {
        if (v == null) {
          v = value.toCharArray();
        }
        v[i] = mine.charAt(0);
      }
    }
    return v == null ? value : new String(v);
  }

  /** Only the entries whose key is longer than one code point. */
  static ImmutableMap<String, String> phrasesOnly(Map<String, String> table) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    table.forEach(
        (k, v) -> {
          if (k.codePointCount(0, k.length()) > 1) {
            b.put(k, v);
          }
        });
    return b.buildOrThrow();
  }

  /**
   * The reverse of a character-variant table: {@code w → c} for every {@code c → w}, except where {@code w} is a
   * character of its own that simplifies differently from {@code c} (Taiwan's 著 stands for both 着 and 著, so
   * it cannot be reversed character by character; phrase tables handle it).
   */
  static ImmutableMap<String, String> reverseVariants(Map<String, String> forward, Map<String, String> ts) {
    Map<String, String> rev = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    for (Map.Entry<String, String> e : forward.entrySet()) {
      String c = e.getKey();
      String w = e.getValue();
      if (!ts.getOrDefault(w, w).equals(ts.getOrDefault(c, c))) {
        continue;
      }
      if (rev.putIfAbsent(w, c) != null) {
        conflicts.add(w);
      }
    }
    conflicts.forEach(rev::remove);
    return ImmutableMap.copyOf(rev);
  }

  /** The reverse of a phrase table, without the listed words and without values claimed twice. */
  static ImmutableMap<String, String> reversePhrases(Map<String, String> forward, ImmutableSet<String> exclude) {
    Map<String, String> rev = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    for (Map.Entry<String, String> e : forward.entrySet()) {
      if (exclude.contains(e.getValue())) {
        continue;
      }
      if (rev.putIfAbsent(e.getValue(), e.getKey()) != null) {
        conflicts.add(e.getValue());
      }
    }
    conflicts.forEach(rev::remove);
    return ImmutableMap.copyOf(rev);
  }

  static ImmutableMap<String, String> union(Map<String, String> base, Map<String, String> top) {
    Map<String, String> m = new LinkedHashMap<>(base);
    m.putAll(top);
    return ImmutableMap.copyOf(m);
  }

  /** Simplified to traditional, tables and tries. */
  static final class St {
    static final ImmutableMap<String, String> TABLE = layered("Hans-Hant", "st-chars.tsv", "st-phrases.tsv");
    static final CharTrie ALL = CharTrie.compile(TABLE);
  }

  /** Traditional to simplified. */
  static final class Ts {
    static final ImmutableMap<String, String> TABLE = layered("Hant-Hans", "ts-chars.tsv", "ts-phrases.tsv");
    static final CharTrie ALL = CharTrie.compile(TABLE);
  }

  /** Taiwan character forms. */
  static final class TwVariants {
    static final ImmutableMap<String, String> FORWARD = optional("tw-variants.tsv");
    static final ImmutableMap<String, String> REVERSE_TABLE =
        union(reverseVariants(FORWARD, Ts.TABLE), optional("tw-variants-rev-phrases.tsv"));
    static final CharTrie TO = CharTrie.compile(FORWARD);
    static final CharTrie FROM = CharTrie.compile(REVERSE_TABLE);
  }

  /** Taiwan vocabulary. */
  static final class TwPhrases {
    static final ImmutableMap<String, String> FORWARD = optional("tw-phrases.tsv");
    static final ImmutableMap<String, String> REVERSE =
        reversePhrases(FORWARD, wordList("tw-phrases-rev-exclude.txt"));
    static final CharTrie TO = CharTrie.compile(FORWARD);
    static final CharTrie FROM = CharTrie.compile(REVERSE);
    /**
     * Segments simplified input for s2twp: the s2t phrases plus the Taiwan-vocabulary words written in
     * simplified, so that 出租车 is one segment even though 出租 alone is an s2t phrase.
     */
    static final ImmutableMap<String, String> S2TWP_SEGMENTS =
        union(phrasesOnly(St.TABLE), keysConverted(FORWARD.keySet(), Ts.ALL));
    /** Segments Taiwan input for tw2sp: the Taiwan variant phrases plus the Taiwan words in Taiwan forms. */
    static final ImmutableMap<String, String> TW2SP_SEGMENTS =
        union(
            optional("tw-variants-rev-phrases.tsv"),
            keysConverted(REVERSE.keySet(), TwVariants.TO));
  }

  /** Maps each word converted by {@code trie} to itself: segmentation needs only the keys. */
  private static ImmutableMap<String, String> keysConverted(Iterable<String> words, CharTrie trie) {
    Chain chain = new Chain(null, ImmutableList.of(trie));
    Map<String, String> m = new LinkedHashMap<>();
    for (String w : words) {
      String k = chain.convert(w);
      if (k.codePointCount(0, k.length()) > 1) {
        m.putIfAbsent(k, k);
      }
    }
    return ImmutableMap.copyOf(m);
  }

  /** Hong Kong character forms. */
  static final class HkVariants {
    static final ImmutableMap<String, String> FORWARD = optional("hk-variants.tsv");
    static final ImmutableMap<String, String> REVERSE_TABLE =
        union(reverseVariants(FORWARD, Ts.TABLE), optional("hk-variants-rev-phrases.tsv"));
    static final CharTrie TO = CharTrie.compile(FORWARD);
    static final CharTrie FROM = CharTrie.compile(REVERSE_TABLE);
  }

  /** The whole simplified-to-traditional table (chars and phrases), for script detection and tests. */
  public static ImmutableMap<String, String> simplifiedToTraditional() {
    return St.TABLE;
  }

  /** The whole traditional-to-simplified table, for script detection and tests. */
  public static ImmutableMap<String, String> traditionalToSimplified() {
    return Ts.TABLE;
  }

  /**
   * The chain for {@code conversion}, with {@code user} (nullable) entries overriding the first stage. Not for
   * the two AUTO conversions.
   */
  public static Chain chain(Conversion conversion, Dictionary user) {
    switch (conversion) {
      case S2T:
        return single(St.TABLE, St.ALL, user);
      case T2S:
        return single(Ts.TABLE, Ts.ALL, user);
      case S2TW:
        return new Chain(null, List.of(first(St.TABLE, St.ALL, user), TwVariants.TO));
      case TW2S:
        return new Chain(null, List.of(first(TwVariants.REVERSE_TABLE, TwVariants.FROM, user), Ts.ALL));
      case S2TWP:
        return new Chain(
            segmenter(TwPhrases.S2TWP_SEGMENTS, Segmenters.S2TWP, user),
            List.of(first(St.TABLE, St.ALL, user), TwPhrases.TO, TwVariants.TO));
      case TW2SP:
        return new Chain(
            segmenter(TwPhrases.TW2SP_SEGMENTS, Segmenters.TW2SP, user),
            List.of(first(TwVariants.REVERSE_TABLE, TwVariants.FROM, user), TwPhrases.FROM, Ts.ALL));
      case S2HK:
        return new Chain(null, List.of(first(St.TABLE, St.ALL, user), HkVariants.TO));
      case HK2S:
        return new Chain(null, List.of(first(HkVariants.REVERSE_TABLE, HkVariants.FROM, user), Ts.ALL));
      case T2TW:
        return single(TwVariants.FORWARD, TwVariants.TO, user);
      case TW2T:
        return single(TwVariants.REVERSE_TABLE, TwVariants.FROM, user);
      case T2HK:
        return single(HkVariants.FORWARD, HkVariants.TO, user);
      case HK2T:
        return single(HkVariants.REVERSE_TABLE, HkVariants.FROM, user);
      default:
        throw new IllegalArgumentException("no fixed chain for " + conversion);
    }
  }

  private static Chain single(Map<String, String> table, CharTrie trie, Dictionary user) {
    return new Chain(null, ImmutableList.of(first(table, trie, user)));
  }

  private static CharTrie first(Map<String, String> table, CharTrie trie, Dictionary user) {
    return user == null || user.size() == 0 ? trie : CharTrie.compile(union(table, user.entries()));
  }

  private static Matcher segmenter(Map<String, String> table, CharTrie phrases, Dictionary user) {
    if (phrases != null && (user == null || user.size() == 0)) {
      return phrases;
    }
    Map<String, String> base = user == null ? table : union(table, user.entries());
    return CharTrie.compile(phrasesOnly(base));
  }

  /** The segmenters of the two vocabulary conversions, compiled once. */
  private static final class Segmenters {
    static final CharTrie S2TWP = CharTrie.compile(TwPhrases.S2TWP_SEGMENTS);
    static final CharTrie TW2SP = CharTrie.compile(TwPhrases.TW2SP_SEGMENTS);
  }
}
