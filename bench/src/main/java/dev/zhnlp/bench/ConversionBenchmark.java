package dev.zhnlp.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * s2t and t2s throughput of zhnlp and its peers on the seed corpus (see {@link Corpus}), all in one JMH run.
 *
 * <p>One operation is one pass over the benchmark's input, so the primary score is passes per second. The input's
 * size is fixed per benchmark and the megabytes per second are reported two ways:
 *
 * <ul>
 *   <li>the secondary result {@code MBps} (an {@link AuxCounters} counter that adds the input's UTF-8 size in MB,
 *       10^6 bytes, on every operation, so JMH reports it as a rate: MB/s, with its error);
 *   <li>{@link ConversionBenchmarkMain} multiplies the primary score and its error by the input size and prints a
 *       table.
 * </ul>
 *
 * <p>Inputs: zhnlp, HanLP and opencc4j get the whole ≥ 10 MB corpus per operation. ICU4J's transliterator is about
 * a hundred times slower and gets worse on long strings, so it gets a ≈ 1 MB prefix of the same corpus, once as a
 * single string ({@code icu4j}) and once article by article ({@code icu4jPerArticle}, one seed article of
 * 5–12 KB per call).
 *
 * <p>Every method returns (or sinks into the {@link Blackhole}) its output, so nothing is dead code; every peer is
 * checked once per fork, outside the timed region, to change its input the expected way ({@link Peers#verify}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ConversionBenchmark {

  /** The corpora; built once per fork. */
  @State(Scope.Benchmark)
  public static class Input {
    /** ≥ 10 MB of simplified text: the s2t input. */
    public String simplified;
    /** ≥ 10 MB of traditional text: the t2s input. */
    public String traditional;
    public double simplifiedMb;
    public double traditionalMb;
    /** The ≈ 1 MB prefixes (whole seed units) given to ICU4J, as one string and as articles. */
    public String simplifiedSlice;
    public String traditionalSlice;
    public List<String> simplifiedSliceArticles;
    public List<String> traditionalSliceArticles;
    public double simplifiedSliceMb;
    public double traditionalSliceMb;

    @Setup(Level.Trial)
    public void build() {
      simplified = Corpus.simplified(Corpus.BENCH_BYTES);
      traditional = Corpus.traditional(Corpus.BENCH_BYTES);
      simplifiedMb = Corpus.megabytes(simplified);
      traditionalMb = Corpus.megabytes(traditional);
      simplifiedSlice = Corpus.simplified(Corpus.ICU_BYTES);
      traditionalSlice = Corpus.traditional(Corpus.ICU_BYTES);
      simplifiedSliceMb = Corpus.megabytes(simplifiedSlice);
      traditionalSliceMb = Corpus.megabytes(traditionalSlice);
      simplifiedSliceArticles = Corpus.repeatArticles(Corpus.simplifiedArticles(), Corpus.ICU_BYTES);
      traditionalSliceArticles = Corpus.repeatArticles(Corpus.traditionalArticles(), Corpus.ICU_BYTES);
      if (!String.join("", simplifiedSliceArticles).equals(simplifiedSlice)
          || !String.join("", traditionalSliceArticles).equals(traditionalSlice)) {
        throw new IllegalStateException("article split does not match the slice");
      }
    }
  }

  /** Checks each peer once per fork, outside the timed region; only the states a benchmark uses are set up. */
  public abstract static class Checked {
    abstract Peers peer();

    @Setup(Level.Trial)
    public void verify() {
      System.out.println();
      System.out.println("[check] " + peer().verify(Corpus.simplifiedUnit(), Corpus.traditionalUnit()));
    }
  }

  @State(Scope.Benchmark)
  public static class Zhnlp extends Checked {
    @Override
    Peers peer() {
      return Peers.ZHNLP;
    }
  }

  @State(Scope.Benchmark)
  public static class Icu4j extends Checked {
    @Override
    Peers peer() {
      return Peers.ICU4J;
    }
  }

  @State(Scope.Benchmark)
  public static class Hanlp extends Checked {
    @Override
    Peers peer() {
      return Peers.HANLP;
    }
  }

  @State(Scope.Benchmark)
  public static class Opencc4j extends Checked {
    @Override
    Peers peer() {
      return Peers.OPENCC4J;
    }
  }

  /** Megabytes of UTF-8 input converted; JMH reports it per second, i.e. as MB/s. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Throughput {
    public double MBps;

    @Setup(Level.Iteration)
    public void reset() {
      MBps = 0;
    }
  }

  // ---- s2t ---------------------------------------------------------------------------------------------------

  @Benchmark
  public String s2t_zhnlp(Input in, Zhnlp z, Throughput t) {
    t.MBps += in.simplifiedMb;
    return z.peer().s2t(in.simplified);
  }

  @Benchmark
  public String s2t_icu4j(Input in, Icu4j p, Throughput t) {
    t.MBps += in.simplifiedSliceMb;
    return p.peer().s2t(in.simplifiedSlice);
  }

  @Benchmark
  public void s2t_icu4jPerArticle(Input in, Icu4j p, Throughput t, Blackhole bh) {
    t.MBps += in.simplifiedSliceMb;
    for (String a : in.simplifiedSliceArticles) {
      bh.consume(p.peer().s2t(a));
    }
  }

  @Benchmark
  public String s2t_hanlp(Input in, Hanlp p, Throughput t) {
    t.MBps += in.simplifiedMb;
    return p.peer().s2t(in.simplified);
  }

  @Benchmark
  public String s2t_opencc4j(Input in, Opencc4j p, Throughput t) {
    t.MBps += in.simplifiedMb;
    return p.peer().s2t(in.simplified);
  }

  // ---- t2s ---------------------------------------------------------------------------------------------------

  @Benchmark
  public String t2s_zhnlp(Input in, Zhnlp z, Throughput t) {
    t.MBps += in.traditionalMb;
    return z.peer().t2s(in.traditional);
  }

  @Benchmark
  public String t2s_icu4j(Input in, Icu4j p, Throughput t) {
    t.MBps += in.traditionalSliceMb;
    return p.peer().t2s(in.traditionalSlice);
  }

  @Benchmark
  public void t2s_icu4jPerArticle(Input in, Icu4j p, Throughput t, Blackhole bh) {
    t.MBps += in.traditionalSliceMb;
    for (String a : in.traditionalSliceArticles) {
      bh.consume(p.peer().t2s(a));
    }
  }

  @Benchmark
  public String t2s_hanlp(Input in, Hanlp p, Throughput t) {
    t.MBps += in.traditionalMb;
    return p.peer().t2s(in.traditional);
  }

  @Benchmark
  public String t2s_opencc4j(Input in, Opencc4j p, Throughput t) {
    t.MBps += in.traditionalMb;
    return p.peer().t2s(in.traditional);
  }
}
