package dev.zhnlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void keepsRangeAndSentence() {
    Evidence e = new Evidence(3, 7, "北京发布行动计划。");
    assertThat(e.start()).isEqualTo(3);
    assertThat(e.end()).isEqualTo(7);
    assertThat(e.sentence()).isEqualTo("北京发布行动计划。");
    assertThat(e).isEqualTo(new Evidence(3, 7, "北京发布行动计划。"));
  }

  @Test
  void emptyRangeIsAllowed() {
    assertThat(new Evidence(5, 5, "").end()).isEqualTo(5);
  }

  @Test
  void rejectsBadRangesWithTheValues() {
    assertThatThrownBy(() -> new Evidence(-1, 2, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start=-1");
    assertThatThrownBy(() -> new Evidence(4, 2, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start=4, end=2");
    assertThatThrownBy(() -> new Evidence(0, 0, null)).isInstanceOf(NullPointerException.class);
  }
}
