package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Converters are shared across threads: eight threads must get exactly the single-threaded results. */
class ConcurrencyTest {
  @Test
  void eightThreadsShareConverters() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path p : Seeds.all()) {
      texts.add(Seeds.read(p));
    }
    Conversion[] conversions = {Conversion.S2T, Conversion.T2S, Conversion.S2TWP, Conversion.AUTO2S};
    List<String> expected = new ArrayList<>();
    for (Conversion c : conversions) {
      for (String t : texts) {
        expected.add(Converter.of(c).convert(t));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 200; round++) {
                    int k = 0;
                    for (Conversion c : conversions) {
                      for (String t : texts) {
                        if (!Converter.of(c).convert(t).equals(expected.get(k++))) {
                          return false;
                        }
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
