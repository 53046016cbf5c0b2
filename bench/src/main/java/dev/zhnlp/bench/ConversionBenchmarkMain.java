package dev.zhnlp.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ConversionBenchmark} (or what the JMH arguments select) and then prints a Markdown table of MB/s per
 * library and direction. Any JMH command-line option may be passed, e.g. {@code -rf json -rff out.json}.
 *
 * <p>MB/s = ops/s × (UTF-8 MB of input per operation), MB = 10^6 bytes; the error (JMH's 99.9% confidence
 * half-width) is scaled the same way. It is printed next to the {@code MBps} aux counter that JMH measured
 * directly; the two agree up to rounding.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.zhnlp.bench.ConversionBenchmarkMain [JMH options]</pre>
 */
public final class ConversionBenchmarkMain {
  private ConversionBenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cl = new CommandLineOptions(args);
    ChainedOptionsBuilder b = new OptionsBuilder().parent(cl);
    if (cl.getIncludes().isEmpty()) {
      b.include(ConversionBenchmark.class.getSimpleName());
    }
    Collection<RunResult> results = new Runner(b.build()).run();

    double sMb = Corpus.megabytes(Corpus.simplified(Corpus.BENCH_BYTES));
    double tMb = Corpus.megabytes(Corpus.traditional(Corpus.BENCH_BYTES));
    double sSlice = Corpus.megabytes(Corpus.simplified(Corpus.ICU_BYTES));
    double tSlice = Corpus.megabytes(Corpus.traditional(Corpus.ICU_BYTES));

    List<String> rows = new ArrayList<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      int us = method.indexOf('_');
      if (us < 0) {
        continue;
      }
      String dir = method.substring(0, us);
      String lib = method.substring(us + 1);
      boolean s2t = dir.equals("s2t");
      boolean icu = lib.startsWith("icu4j");
      double mb = s2t ? (icu ? sSlice : sMb) : (icu ? tSlice : tMb);
      Result<?> p = r.getPrimaryResult();
      Result<?> aux = r.getSecondaryResults().get("MBps");
      rows.add(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f ± %.2f | %s | %.3f ± %.3f |", dir, lib, mb,
          p.getScore() * mb, nan0(p.getScoreError()) * mb,
          aux == null ? "-" : String.format(Locale.ROOT, "%.2f ± %.2f", aux.getScore(), nan0(aux.getScoreError())),
          p.getScore(), nan0(p.getScoreError())));
    }
    System.out.println();
    System.out.println("| direction | library | input MB/op | MB/s (ops/s × MB) | MB/s (aux counter) | ops/s |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  private static double nan0(double d) {
    return Double.isNaN(d) ? 0 : d;
  }
}
