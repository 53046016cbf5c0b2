package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * t2s(s2t(x)) == x for the simplified seed articles, except at characters whose traditional form is shared with
 * another simplified character and so cannot come back (documented in docs/CONVERSION.md).
 */
class RoundTripTest {
  /** Simplified characters that s2t merges with another simplified character. */
  static final Set<String> DOCUMENTED_LOSSY = Set.of();

  @Test
  void simplifiedSeedsSurviveARoundTrip() throws IOException {
    Converter s2t = Converter.of(Conversion.S2T);
    Converter t2s = Converter.of(Conversion.T2S);
    for (Path p : Seeds.all()) {
      if (p.getFileName().toString().startsWith("001")) {
        continue; // the traditional, garbled seed
      }
      String text = Seeds.read(p);
      String back = t2s.convert(s2t.convert(text));
      assertThat(back).hasSameSizeAs(text);
      List<String> diffs = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) != back.charAt(i) && !DOCUMENTED_LOSSY.contains(String.valueOf(text.charAt(i)))) {
          int from = Math.max(0, i - 4);
          int to = Math.min(text.length(), i + 5);
          diffs.add(text.substring(from, to) + " -> " + back.substring(from, to));
        }
      }
      assertThat(diffs).as(p.getFileName().toString()).isEmpty();
    }
  }

  /**
   * To-simplified conversions are idempotent on their own output. (To-traditional ones are not, by nature:
   * traditional text keeps 干 in 干預, and s2t of 干 alone is 乾.)
   */
  @Test
  void toSimplifiedConversionsAreIdempotentOnTheSeeds() throws IOException {
    for (Conversion c : new Conversion[] {Conversion.T2S, Conversion.TW2S, Conversion.HK2S, Conversion.AUTO2S}) {
      Converter conv = Converter.of(c);
      for (Path p : Seeds.all()) {
        String once = conv.convert(Seeds.read(p));
        assertThat(conv.convert(once)).as(c + " twice on " + p.getFileName()).isEqualTo(once);
      }
    }
  }
}
