package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zhnlp.model.Script;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScriptDetectorTest {
  private final ScriptDetector detector = ScriptDetector.getInstance();

  @Test
  void classifiesShortTexts() {
    assertThat(detector.detect("头发和发展").script()).isEqualTo(Script.SIMPLIFIED);
    assertThat(detector.detect("頭髮和發展").script()).isEqualTo(Script.TRADITIONAL);
    assertThat(detector.detect("頭髮和发展").script()).isEqualTo(Script.MIXED);
    assertThat(detector.detect("Hello 2024").script()).isEqualTo(Script.NONE);
    assertThat(detector.detect("中文人民").script()).as("characters common to both scripts").isEqualTo(Script.NONE);
    assertThat(detector.detect("").script()).isEqualTo(Script.NONE);
  }

  @Test
  void countsAreExposed() {
    ScriptProfile p = detector.detect("頭髮和發展 abc");
    assertThat(p.traditionalOnly()).isEqualTo(3);
    assertThat(p.simplifiedOnly()).isZero();
    assertThat(p.han()).isEqualTo(5);
  }

  @Test
  void ambiguousCharactersCountForNeitherScript() {
    // 干 后 里 面 台 余 系 只 exist in traditional text too (干戈, 皇后, 公里, 面向, 台端, 余姓, 系統, 只有).
    for (String c : new String[] {"干", "后", "里", "面", "台", "余", "系", "只"}) {
      assertThat(detector.isSimplifiedOnly(c.codePointAt(0))).as(c).isFalse();
    }
    assertThat(detector.isSimplifiedOnly("发".codePointAt(0))).isTrue();
    assertThat(detector.isTraditionalOnly("發".codePointAt(0))).isTrue();
  }

  @Test
  void seedsAreClassifiedAndStreamingAgreesWithWholeText() throws IOException {
    for (Path p : Seeds.all()) {
      String text = Seeds.read(p);
      ScriptProfile whole = detector.detect(text);
      Script expected = p.getFileName().toString().startsWith("001") ? Script.TRADITIONAL : Script.SIMPLIFIED;
      assertThat(whole.script()).as(p.getFileName().toString()).isEqualTo(expected);
      assertThat(detector.detect(new StringReader(text))).isEqualTo(whole);
    }
  }
}
