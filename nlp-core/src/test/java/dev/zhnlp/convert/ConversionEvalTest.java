package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy on the independent evaluation sets in {@code eval/}: sentences written by hand, by people who had not
 * seen the project's dictionaries, without any conversion tool. Unlike {@link ConversionCasesTest}, these are
 * not all expected to pass; the test pins the measured accuracy (docs/CONVERSION.md) so that it cannot drop.
 * Accuracy is per character over the Han characters whose expected form differs from the input or could have
 * (micro-average over the file), and per sentence (exact match).
 */
class ConversionEvalTest {
  @ParameterizedTest(name = "{0}: sentence accuracy >= {1}, character accuracy >= {2}")
  @CsvSource({"s2t, 0.996, 0.9996", "t2s, 1.0, 1.0"})
  void accuracyDoesNotDrop(String id, double minSentence, double minChar) throws Exception {
    Path file = Path.of(ConversionEvalTest.class.getResource("eval/" + id + ".tsv").toURI());
    Converter c = Converter.of(Conversion.fromId(id));
    int sentences = 0;
    int sentencesRight = 0;
    long chars = 0;
    long charsRight = 0;
    List<String> wrong = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      assertThat(f).as("line: %s", line).hasSizeGreaterThanOrEqualTo(2);
      String got = c.convert(f[0]);
      sentences++;
      if (got.equals(f[1])) {
        sentencesRight++;
      } else {
        wrong.add(f[0] + " -> " + got + " (expected " + f[1] + ")");
      }
      if (got.length() == f[1].length() && f[0].length() == f[1].length()) {
        for (int i = 0; i < got.length(); i++) {
          if (Character.isIdeographic(f[1].charAt(i))) {
            chars++;
            if (got.charAt(i) == f[1].charAt(i)) {
              charsRight++;
            }
          }
        }
      }
    }
    double sentenceAccuracy = sentencesRight / (double) sentences;
    double charAccuracy = charsRight / (double) chars;
    System.out.printf(
        java.util.Locale.ROOT,
        "eval %s: %d/%d sentences (%.4f), %d/%d Han characters (%.5f)%n",
        id, sentencesRight, sentences, sentenceAccuracy, charsRight, chars, charAccuracy);
    wrong.forEach(w -> System.out.println("  " + w));
    assertThat(sentences).isGreaterThanOrEqualTo(200);
    assertThat(sentenceAccuracy).isGreaterThanOrEqualTo(minSentence);
    assertThat(charAccuracy).isGreaterThanOrEqualTo(minChar);
  }

}
