package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConverterTest {
  @ParameterizedTest(name = "s2t {0} -> {1}")
  @CsvSource({
    "头发,頭髮", "发展,發展", "面条,麪條", "面向,面向", "干净,乾淨", "干部,幹部", "树干,樹幹", "精准,精準",
    "扎实,紮實", "台风,颱風", "平台,平臺", "台湾,臺灣", "以后,以後", "皇后,皇后", "钟表,鐘錶", "钟情,鍾情",
    "余下,餘下", "复杂,複雜", "恢复,恢復", "系统,系統", "关系,關係", "联系,聯繫", "放手干,放手幹", "什么,什麼"
  })
  void issueExamplesSimplifiedToTraditional(String s, String t) {
    assertThat(Converter.of(Conversion.S2T).convert(s)).isEqualTo(t);
  }

  @ParameterizedTest(name = "s2tw {0} -> {1}")
  @CsvSource({"面条,麵條", "为什么,為什麼", "里面,裡面", "着急,著急", "著作,著作", "伪造,偽造", "启动,啟動", "群众,群眾"})
  void taiwanForms(String s, String tw) {
    assertThat(Converter.of(Conversion.S2TW).convert(s)).isEqualTo(tw);
    assertThat(Converter.of(Conversion.TW2S).convert(tw)).isEqualTo(s);
  }

  @ParameterizedTest(name = "s2twp {0} -> {1}")
  @CsvSource({"软件,軟體", "信息,資訊", "网络,網路", "打印机,印表機", "出租车,計程車"})
  void taiwanVocabulary(String s, String tw) {
    assertThat(Converter.of(Conversion.S2TWP).convert(s)).isEqualTo(tw);
    assertThat(Converter.of(Conversion.TW2SP).convert(tw)).isEqualTo(s);
  }

  @ParameterizedTest(name = "t2s {0} -> {1}")
  @CsvSource({
    "頭髮,头发", "發展,发展", "乾淨,干净", "幹部,干部", "乾隆,乾隆", "鍾情,钟情", "餘下,余下", "臺灣,台湾",
    "為什麼,为什么", "爲什麼,为什么", "裡面,里面", "裏面,里面"
  })
  void issueExamplesTraditionalToSimplified(String t, String s) {
    assertThat(Converter.of(Conversion.T2S).convert(t)).isEqualTo(s);
  }

  @ParameterizedTest
  @EnumSource(Conversion.class)
  void textWithNothingToConvertComesBackAsTheSameInstance(Conversion c) {
    String ascii = "Policy 2024-2025, 58% (n=3) \t\n";
    assertThat(Converter.of(c).convert(ascii)).isSameAs(ascii);
  }

  @ParameterizedTest
  @EnumSource(Conversion.class)
  void controlCharactersNulAndUnpairedSurrogatesPassThrough(Conversion c) {
    String odd = "\u0000\u0001\uD800x\uDC00\u007F\uFFFE";
    assertThat(Converter.of(c).convert("发" + odd + "發").length()).isEqualTo(odd.length() + 2);
    assertThat(Converter.of(c).convert("发" + odd + "發")).contains(odd);
  }

  @Test
  void supplementaryCharactersSurviveAndCanBeKeys() {
    String extB = "\uD840\uDC00\uD869\uDEDF"; // 𠀀 and 𪛟
    assertThat(Converter.of(Conversion.S2T).convert("发" + extB + "发")).isEqualTo("發" + extB + "發");
    Converter withUser =
        Converter.builder(Conversion.S2T)
            .addDictionary(Dictionary.of(Map.of("\uD840\uDC00发", "X")))
            .build();
    assertThat(withUser.convert("头\uD840\uDC00发")).isEqualTo("頭X");
  }

  @Test
  void userDictionaryOverridesTheBundledData() {
    Converter c =
        Converter.builder(Conversion.S2TW)
            .addDictionary(Dictionary.builder().put("头发", "頭毛").put("内存", "記憶體").build())
            .build();
    assertThat(c.convert("头发和内存")).isEqualTo("頭毛和記憶體");
    assertThat(Converter.of(Conversion.S2TW).convert("头发")).isEqualTo("頭髮");
  }

  @Test
  void offsetsPointIntoTheInput() {
    String input = "abc头发很长。发展";
    ConvertedText r = Converter.of(Conversion.S2T).convertWithOffsets(input);
    assertThat(r.text()).isEqualTo("abc頭髮很長。發展");
    for (int j = 0; j < r.text().length(); j++) {
      assertThat(r.inputOffset(j)).isEqualTo(j);
    }
    assertThat(r.inputOffset(r.text().length())).isEqualTo(input.length());
    assertThatThrownBy(() -> r.inputOffset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void offsetsAcrossLengthChangingReplacements() {
    Converter c =
        Converter.builder(Conversion.S2T).addDictionary(Dictionary.of(Map.of("甲乙", "丙", "丁", "戊己"))).build();
    ConvertedText r = c.convertWithOffsets("x甲乙y丁z");
    assertThat(r.text()).isEqualTo("x丙y戊己z");
    assertThat(r.offsets()).containsExactly(0, 1, 3, 4, 4, 5, 6);
  }

  @Test
  void streamingEqualsWholeText() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      b.append("头发").append(i % 7 == 0 ? "\n" : "").append("发展干部").append(i);
    }
    StringWriter out = new StringWriter();
    Converter.of(Conversion.S2TWP).convert(new StringReader(b.toString()), out);
    assertThat(out.toString()).isEqualTo(Converter.of(Conversion.S2TWP).convert(b));
  }

  @Test
  void autoConversionsDetectTheScript() throws IOException {
    Converter toS = Converter.of(Conversion.AUTO2S);
    assertThat(toS.convert("頭髮和發展")).isEqualTo("头发和发展");
    String simplified = "头发和发展";
    assertThat(toS.convert(simplified)).isSameAs(simplified);
    assertThat(Converter.of(Conversion.AUTO2T).convert("头发和发展")).isEqualTo("頭髮和發展");
    StringWriter out = new StringWriter();
    toS.convert(new StringReader("國家發展\n".repeat(50_000)), out);
    assertThat(out.toString()).isEqualTo("国家发展\n".repeat(50_000));
  }

  @Test
  void unknownConversionNamesTheValidOnes() {
    assertThatThrownBy(() -> Converter.of("s2x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown conversion 's2x'")
        .hasMessageContaining("s2twp");
    assertThat(Converter.of("S2TW.json").name()).isEqualTo("s2tw");
  }

  @Test
  void convertersAreCachedAndShared() {
    assertThat(Converter.of(Conversion.T2S)).isSameAs(Converter.of(Conversion.T2S));
  }
}
