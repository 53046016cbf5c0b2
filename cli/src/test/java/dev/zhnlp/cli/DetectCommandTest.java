package dev.zhnlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DetectCommandTest {
  @Test
  void printsOneTabSeparatedLinePerSeed() {
    CliRun r = CliRun.run("", "detect", Path.of("..", "seeds").toString());
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(5);
    for (String line : lines) {
      String[] f = line.split("\t");
      assertThat(f).hasSize(5);
      assertThat(f[1]).isEqualTo(f[0].contains("001_") ? "traditional" : "simplified");
      assertThat(Integer.parseInt(f[2]) + Integer.parseInt(f[3])).isPositive();
      assertThat(f[4]).isEqualTo("UTF-8");
    }
  }

  @Test
  void stdinIsNamedDash() {
    assertThat(CliRun.run("頭髮和發展", "detect").out()).isEqualTo("-\ttraditional\t0\t3\tUTF-8\n");
  }
}
