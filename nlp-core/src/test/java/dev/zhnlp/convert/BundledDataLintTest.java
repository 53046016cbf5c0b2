package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import dev.zhnlp.convert.internal.BuiltinData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lints the project's own conversion tables: the mistakes a hand-written dictionary tends to have. */
class BundledDataLintTest {
  static final List<String> REQUIRED =
      List.of("st-chars.tsv", "st-phrases.tsv", "ts-chars.tsv", "ts-phrases.tsv", "tw-variants.tsv",
          "tw-variants-rev-phrases.tsv", "tw-phrases.tsv", "hk-variants.tsv", "hk-variants-rev-phrases.tsv");

  static Path dictDir() throws URISyntaxException {
    return Path.of(BuiltinData.class.getResource("/dev/zhnlp/convert/dict").toURI());
  }

  static List<Path> tables() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(dictDir())) {
      return s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
  }

  @Test
  void everyRequiredTableExistsAndHasEntries() {
    for (String name : REQUIRED) {
      assertThat(BuiltinData.resource(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void tablesAreSortedNfcHanOnlyAndCharTablesHoldSingleCharacters() throws Exception {
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    List<String> problems = new ArrayList<>();
    for (Path table : tables()) {
      String name = table.getFileName().toString();
      List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
      String previous = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String where = name + ":" + (i + 1) + " ";
        String[] kv = line.split("\t", -1);
        if (kv.length != 2) {
          problems.add(where + "not key<TAB>value");
          continue;
        }
        if (previous != null && previous.compareTo(kv[0]) >= 0) {
          problems.add(where + "not sorted after " + previous);
        }
        previous = kv[0];
        for (String side : kv) {
          for (String word : side.split(" ")) {
            if (!nfc.isNormalized(word)) {
              problems.add(where + "not NFC: " + word);
            }
            if (word.isEmpty() || !word.codePoints().allMatch(cp -> UScript.getScript(cp) == UScript.HAN)) {
              problems.add(where + "not all Han: '" + word + "'");
            }
          }
        }
        if (name.endsWith("-chars.tsv") || name.endsWith("-variants.tsv")) {
          if (kv[0].codePointCount(0, kv[0].length()) != 1) {
            problems.add(where + "a character table holds a phrase: " + kv[0]);
          }
        } else if (kv[0].codePointCount(0, kv[0].length()) < 2) {
          problems.add(where + "a phrase table holds a single character: " + kv[0]);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void simplifiedToTraditionalPhrasesComeBackUnderT2s() throws Exception {
    // A typo in either side of an s2t phrase usually breaks this: t2s(value) must give the key back.
    Converter t2s = Converter.of(Conversion.T2S);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : BuiltinData.resource("st-phrases.tsv").entrySet()) {
      String back = t2s.convert(e.getValue());
      if (!back.equals(e.getKey())) {
        problems.add(e.getKey() + " -> " + e.getValue() + " -> " + back);
      }
    }
    assertThat(problems).as("st-phrases entries that t2s does not bring back").isEmpty();
  }

  @Test
  void traditionalToSimplifiedPhrasesComeBackUnderS2t() throws Exception {
    Converter s2t = Converter.of(Conversion.S2T);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : BuiltinData.resource("ts-phrases.tsv").entrySet()) {
      // Keys may be in Taiwan or Hong Kong forms; compare on the standard form.
      String key = Converter.of(Conversion.TW2T).convert(Converter.of(Conversion.HK2T).convert(e.getKey()));
      String back = s2t.convert(e.getValue());
      if (!back.equals(key)) {
        problems.add(e.getKey() + " -> " + e.getValue() + " -> " + back);
      }
    }
    assertThat(problems).as("ts-phrases entries that s2t does not bring back").isEmpty();
  }

  @Test
  void variantPhrasesAgreeWithTheirCharacterTables() {
    List<String> problems = new ArrayList<>();
    check("tw-variants-rev-phrases.tsv", Conversion.T2TW, problems);
    check("hk-variants-rev-phrases.tsv", Conversion.T2HK, problems);
    assertThat(problems).isEmpty();
  }

  private static void check(String table, Conversion forward, List<String> problems) {
    for (Map.Entry<String, String> e : BuiltinData.resource(table).entrySet()) {
      // key is the regional form, value the standard form: converting the value forward gives the key.
      String there = Converter.of(forward).convert(e.getValue());
      if (!there.equals(e.getKey())) {
        problems.add(table + ": " + e.getKey() + " <- " + e.getValue() + " -> " + there);
      }
    }
  }
}
