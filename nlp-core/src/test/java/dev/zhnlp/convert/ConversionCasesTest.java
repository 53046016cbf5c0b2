package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-checked acceptance cases in {@code cases/<conversion>.tsv} ({@code input<TAB>expected}): every file
 * must be named after a conversion, and every case must convert exactly as written.
 */
class ConversionCasesTest {
  record Case(String file, int line, String input, String expected) {}

  static Path casesDir() throws URISyntaxException {
    return Path.of(ConversionCasesTest.class.getResource("cases").toURI());
  }

  static List<Case> read(Path file) throws IOException {
    List<Case> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      assertThat(parts.length)
          .as("%s:%d must be input<TAB>expected[<TAB># note]", file.getFileName(), i + 1)
          .isBetween(2, 3);
      cases.add(new Case(file.getFileName().toString(), i + 1, parts[0], parts[1]));
    }
    return cases;
  }

  static List<Path> files() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(casesDir())) {
      return s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseFileConvertsAsWritten() throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files()) {
      String id = file.getFileName().toString().replace(".tsv", "");
      tests.add(
          DynamicTest.dynamicTest(
              id,
              () -> {
                Converter c = Converter.of(Conversion.fromId(id));
                List<String> failures = new ArrayList<>();
                for (Case k : read(file)) {
                  String got = c.convert(k.input());
                  if (!got.equals(k.expected())) {
                    failures.add(
                        k.file() + ":" + k.line() + " " + k.input() + " -> " + got + " (expected " + k.expected()
                            + ")");
                  }
                }
                assertThat(failures).as("failing cases of " + id).isEmpty();
              }));
    }
    return tests.stream();
  }

  @Test
  void caseFilesAreNamedAfterConversionsAndBigEnough() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    for (Path f : files()) {
      String id = f.getFileName().toString().replace(".tsv", "");
      Conversion.fromId(id); // an orphan file name fails here
      names.add(id);
      int min = id.equals("s2t") || id.equals("t2s") ? 300 : 30;
      assertThat(read(f)).as("cases in %s", f.getFileName()).hasSizeGreaterThanOrEqualTo(min);
    }
    assertThat(names).contains("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s");
  }

  @Test
  void theCaseDirectoryIsOnTheClasspath() throws IOException {
    try (InputStream in = ConversionCasesTest.class.getResourceAsStream("cases/s2t.tsv")) {
      assertThat(in).isNotNull();
    }
  }
}
