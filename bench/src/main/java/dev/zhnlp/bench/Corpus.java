package dev.zhnlp.bench;

import dev.zhnlp.convert.Conversion;
import dev.zhnlp.convert.Converter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark corpora, built from the seed articles in {@code seeds/}: seeds 000, 002, 003 and 004 are simplified,
 * seed 001 is traditional.
 *
 * <ul>
 *   <li>{@link #simplified(long)}: the simplified seeds, concatenated and repeated until the UTF-8 size reaches the
 *       target. Input of the s2t benchmarks.
 *   <li>{@link #traditional(long)}: zhnlp's s2t output of the simplified seeds plus seed 001, repeated likewise.
 *       Input of the t2s benchmarks.
 * </ul>
 *
 * <p>The seeds directory is the system property {@code zhnlp.seeds}, else {@code seeds} in the working directory or
 * one of its parents (so running from the repository root or from {@code bench/} both work).
 */
public final class Corpus {
  /** The size the JMH corpora reach at least: 10 MB (10,000,000 bytes) of UTF-8. */
  public static final long BENCH_BYTES = 10_000_000L;

  /**
   * The size of the slice given to ICU4J's transliterator, which converts at about 1.7 MB/s: a whole 10 MB pass
   * would take about 6 s per operation. The slice is a prefix of the same corpus, cut at a seed boundary.
   */
  public static final long ICU_BYTES = 1_000_000L;

  private Corpus() {}

  /** The seeds directory. */
  public static Path seedsDir() {
    String prop = System.getProperty("zhnlp.seeds");
    if (prop != null) {
      return Paths.get(prop);
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path s = dir.resolve("seeds");
      if (Files.isDirectory(s)) {
        return s;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no seeds/ directory in the working directory or its parents; set -Dzhnlp.seeds=DIR");
  }

  /** The seed files, sorted by name. */
  static List<Path> seeds() {
    try (Stream<Path> s = Files.list(seedsDir())) {
      List<Path> all = new ArrayList<>();
      s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(all::add);
      if (all.size() < 5) {
        throw new IllegalStateException("expected the 5 seed articles in " + seedsDir() + ", found " + all);
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isTraditionalSeed(Path p) {
    return p.getFileName().toString().startsWith("001");
  }

  /** One unit of the simplified corpus: seeds 000, 002, 003, 004, each ending in a newline. */
  public static String simplifiedUnit() {
    return String.join("", simplifiedArticles());
  }

  /** One unit of the traditional corpus: zhnlp's s2t of the simplified seeds, then seed 001. */
  public static String traditionalUnit() {
    return String.join("", traditionalArticles());
  }

  /** The articles of {@link #simplifiedUnit()}, in order. */
  public static List<String> simplifiedArticles() {
    List<String> out = new ArrayList<>();
    for (Path p : seeds()) {
      if (!isTraditionalSeed(p)) {
        out.add(withNewline(read(p)));
      }
    }
    return out;
  }

  /** The articles of {@link #traditionalUnit()}, in order. */
  public static List<String> traditionalArticles() {
    Converter s2t = Converter.of(Conversion.S2T);
    List<String> out = new ArrayList<>();
    for (String a : simplifiedArticles()) {
      out.add(s2t.convert(a));
    }
    for (Path p : seeds()) {
      if (isTraditionalSeed(p)) {
        out.add(withNewline(read(p)));
      }
    }
    return out;
  }

  /**
   * The articles of a corpus of at least {@code minBytes}: {@code unit} (a list of articles) repeated as in {@link
   * #repeat}, so that joining the result gives exactly {@code repeat(String.join("", unit), minBytes)}.
   */
  public static List<String> repeatArticles(List<String> unit, long minBytes) {
    long unitBytes = utf8Length(String.join("", unit));
    int times = (int) Math.max(1, (minBytes + unitBytes - 1) / unitBytes);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      out.addAll(unit);
    }
    return out;
  }

  private static String withNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** {@code unit} repeated until its UTF-8 encoding is at least {@code minBytes} long (whole units only). */
  public static String repeat(String unit, long minBytes) {
    long unitBytes = utf8Length(unit);
    int times = (int) Math.max(1, (minBytes + unitBytes - 1) / unitBytes);
    return unit.repeat(times);
  }

  public static String simplified(long minBytes) {
    return repeat(simplifiedUnit(), minBytes);
  }

  public static String traditional(long minBytes) {
    return repeat(traditionalUnit(), minBytes);
  }

  /** The UTF-8 size of {@code s}. */
  public static long utf8Length(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /** Megabytes (10^6 bytes) of UTF-8. */
  public static double megabytes(CharSequence s) {
    return utf8Length(s) / 1e6;
  }

  /** Prints the corpus sizes; used by the scripts and the docs. */
  public static void main(String[] args) {
    String s = simplified(BENCH_BYTES);
    String t = traditional(BENCH_BYTES);
    String si = simplified(ICU_BYTES);
    String ti = traditional(ICU_BYTES);
    System.out.printf(Locale.ROOT, "s2t corpus: %,d chars, %,d UTF-8 bytes (ICU slice: %,d bytes)%n",
        s.length(), utf8Length(s), utf8Length(si));
    System.out.printf(Locale.ROOT, "t2s corpus: %,d chars, %,d UTF-8 bytes (ICU slice: %,d bytes)%n",
        t.length(), utf8Length(t), utf8Length(ti));
  }
}
