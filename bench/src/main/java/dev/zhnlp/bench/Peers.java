package dev.zhnlp.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.hankcs.hanlp.HanLP;
import com.ibm.icu.text.Transliterator;
import dev.zhnlp.convert.Conversion;
import dev.zhnlp.convert.Converter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The libraries compared, each as a pair of functions (s2t, t2s), so that the benchmark, the sanity check and the
 * quick probe call exactly the same code.
 */
public enum Peers {
  ZHNLP("zhnlp") {
    private final Converter s2t = Converter.of(Conversion.S2T);
    private final Converter t2s = Converter.of(Conversion.T2S);

    @Override
    public String s2t(String text) {
      return s2t.convert(text);
    }

    @Override
    public String t2s(String text) {
      return t2s.convert(text);
    }
  },
  ICU4J("ICU4J Transliterator") {
    // Transliterator is not thread-safe in general; the benchmarks run single-threaded.
    private final Transliterator s2t = Transliterator.getInstance("Hans-Hant");
    private final Transliterator t2s = Transliterator.getInstance("Hant-Hans");

    @Override
    public String s2t(String text) {
      return s2t.transliterate(text);
    }

    @Override
    public String t2s(String text) {
      return t2s.transliterate(text);
    }
  },
  HANLP("HanLP portable-1.8.6") {
    @Override
    public String s2t(String text) {
      return HanLP.convertToTraditionalChinese(text);
    }

    @Override
    public String t2s(String text) {
      return HanLP.convertToSimplifiedChinese(text);
    }
  },
  OPENCC4J("opencc4j 1.14.0") {
    @Override
    public String s2t(String text) {
      return ZhConverterUtil.toTraditional(text);
    }

    @Override
    public String t2s(String text) {
      return ZhConverterUtil.toSimple(text);
    }
  };

  private final String label;

  Peers(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public abstract String s2t(String text);

  public abstract String t2s(String text);

  public UnaryOperator<String> direction(boolean toTraditional) {
    return toTraditional ? this::s2t : this::t2s;
  }

  /**
   * Converts a sample in both directions and fails unless the output differs from the input and contains the
   * expected characters (国 → 國, 國 → 国). Returns a one-line description with the share of characters on which
   * the peer agrees with zhnlp (on the sample), to be printed outside the timed region.
   */
  public String verify(String simplifiedSample, String traditionalSample) {
    StringBuilder report = new StringBuilder(label).append(':');
    for (boolean toT : new boolean[] {true, false}) {
      String in = toT ? simplifiedSample : traditionalSample;
      String out = direction(toT).apply(in);
      String dir = toT ? "s2t" : "t2s";
      if (out == null || out.equals(in)) {
        throw new IllegalStateException(label + " " + dir + " did not change the input");
      }
      String want = toT ? "國" : "国";
      if (in.contains(toT ? "国" : "國") && !out.contains(want)) {
        throw new IllegalStateException(label + " " + dir + " output lacks " + want);
      }
      String ref = ZHNLP.direction(toT).apply(in);
      report.append(String.format(Locale.ROOT, " %s changed %d of %d chars, agrees with zhnlp on %.2f%%;", dir,
          differing(in, out), in.length(), 100.0 * (in.length() - differing(ref, out)) / in.length()));
    }
    return report.toString();
  }

  /** Positions at which {@code a} and {@code b} differ (plus the length difference). */
  static int differing(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int d = Math.abs(a.length() - b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        d++;
      }
    }
    return d;
  }

  /** Rough single-shot speeds, to size the benchmark; not a measurement. Args: MB of corpus (default 2). */
  public static void main(String[] args) {
    double mb = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    String s = Corpus.simplified((long) (mb * 1e6));
    String t = Corpus.traditional((long) (mb * 1e6));
    String sample = Corpus.simplifiedUnit();
    String tsample = Corpus.traditionalUnit();
    for (Peers p : values()) {
      long t0 = System.nanoTime();
      System.out.println(p.verify(sample, tsample));
      long t1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "  first use + verify: %.2f s%n", (t1 - t0) / 1e9);
      for (int round = 0; round < 3; round++) {
        long a = System.nanoTime();
        int len = p.s2t(s).length();
        long b = System.nanoTime();
        len += p.t2s(t).length();
        long c = System.nanoTime();
        System.out.printf(Locale.ROOT, "  round %d: s2t %.1f MB/s, t2s %.1f MB/s (%d)%n", round,
            Corpus.megabytes(s) / ((b - a) / 1e9), Corpus.megabytes(t) / ((c - b) / 1e9), len);
      }
    }
  }
}
