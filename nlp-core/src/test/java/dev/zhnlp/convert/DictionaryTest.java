package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DictionaryTest {
  private static Dictionary parse(String text) throws IOException {
    return Dictionary.fromTsv(new StringReader(text), "extra.tsv");
  }

  @Test
  void readsEntriesCommentsAlternativesAndBom() throws IOException {
    Dictionary d = parse("\uFEFF# comment\n头发\t頭髮\n\n发\t發 髮\n");
    assertThat(d.entries()).containsExactly(
        java.util.Map.entry("头发", "頭髮"), java.util.Map.entry("发", "發"));
    assertThat(d.size()).isEqualTo(2);
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertThatThrownBy(() -> parse("a\tb\nno tab here\n"))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessage("extra.tsv:2: expected key<TAB>value");
    assertThatThrownBy(() -> parse("a\t \n"))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessage("extra.tsv:1: empty value for key a");
    assertThatThrownBy(() -> parse("a\tb\n#\na\tc\n"))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessage("extra.tsv:3: duplicate key a (first on line 1)");
    assertThatThrownBy(() -> parse("\tb\n"))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("extra.tsv:1");
  }

  @Test
  void builderRejectsEmptyAndDuplicateKeys() {
    assertThatThrownBy(() -> Dictionary.builder().put("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty key");
    assertThatThrownBy(() -> Dictionary.builder().put("a", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty value for key: a");
    assertThatThrownBy(() -> Dictionary.builder().put("a", "b").put("a", "c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate key: a");
  }
}
