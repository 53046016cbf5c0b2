package dev.zhnlp.convert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IcuRulesImporterTest {
  @Test
  void expandsContextRulesWithConvertedContext() {
    String rules = "两 > 兩;\n只 > 只;\n[一两]{只} > 隻;\n{丰}[姿采] > 丰;\n丰 > 豐;\n";
    Map<String, String> m = IcuRulesImporter.parse(rules, "test");
    assertThat(m).containsEntry("一只", "一隻").containsEntry("两只", "兩隻")
        .containsEntry("丰姿", "丰姿").containsEntry("丰采", "丰采").containsEntry("丰", "豐")
        .containsEntry("只", "只");
  }

  @Test
  void firstRuleForAKeyWins() {
    assertThat(IcuRulesImporter.parse("干 > 幹;\n干 > 乾;\n", "t")).containsEntry("干", "幹").hasSize(1);
  }

  @Test
  void unknownSyntaxFailsLoudly() {
    assertThatThrownBy(() -> IcuRulesImporter.parse("$var = x;\n", "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule 1");
    assertThatThrownBy(() -> IcuRulesImporter.parse("[a-z]{x} > y;\n", "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unsupported set");
  }

  @Test
  void importsBothRealTransliteratorsAndTheBuildTimeResourceMatchesRunTime() {
    for (String[] table : IcuRulesImporter.TABLES) {
      Map<String, String> runtime = IcuRulesImporter.importRules(table[0]);
      assertThat(runtime.size()).as(table[0]).isGreaterThan(3000);
      assertThat(BuiltinData.icu(table[0])).as("generated resource for " + table[0]).isEqualTo(runtime);
    }
    assertThat(IcuRulesImporter.importRules("Hans-Hant")).containsEntry("头发", "頭髮");
  }
}
