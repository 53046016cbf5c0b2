package dev.zhnlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @Test
  void convertsStdinWithEveryNamedConversion() {
    assertThat(CliRun.run("头发和发展\n", "convert", "-c", "s2t")).isEqualTo(new CliRun(0, "頭髮和發展\n", ""));
    assertThat(CliRun.run("頭髮和發展\n", "convert", "-c", "t2s").out()).isEqualTo("头发和发展\n");
    assertThat(CliRun.run("頭髮和發展\n", "convert").out()).as("default auto2s").isEqualTo("头发和发展\n");
    assertThat(CliRun.run("头发\n", "convert", "-c", "S2TW", "-").out()).isEqualTo("頭髮\n");
  }

  @Test
  void readsFilesAndDirectoriesInOrderAndWritesAtomically(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "发展\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("b.txt"), "头发\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.txt");
    CliRun r = CliRun.run("", "convert", "-c", "s2t", "-o", out.toString(), tmp.resolve("a.txt").toString(),
        tmp.resolve("b.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("發展\n頭髮\n");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "b.txt", "out.txt");
    }
  }

  @Test
  void decodesGb18030AndBig5Automatically(@TempDir Path tmp) throws IOException {
    String text = "北京发布人工智能行动计划，支持企业发展。\n".repeat(20);
    Path gb = tmp.resolve("gb.txt");
    Files.write(gb, text.getBytes(Charset.forName("GB18030")));
    assertThat(CliRun.run("", "convert", "-c", "s2t", gb.toString()).out()).startsWith("北京發佈人工智能行動計劃");
    String trad = "北京發佈人工智能行動計劃，支持企業發展。\n".repeat(20);
    Path big5 = tmp.resolve("big5.txt");
    Files.write(big5, trad.getBytes(Charset.forName("Big5")));
    assertThat(CliRun.run("", "convert", "-c", "t2s", big5.toString()).out()).startsWith("北京发布人工智能行动计划");
  }

  @Test
  void missingInputIsReportedOthersStillConvertedExitOne(@TempDir Path tmp) throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "头发\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("", "convert", "-c", "s2t", tmp.resolve("missing.txt").toString(), good.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.out()).isEqualTo("頭髮\n");
    assertThat(r.err()).isEqualTo("zhnlp: " + tmp.resolve("missing.txt") + ": no such file\n");
  }

  @Test
  void failedRunLeavesNoOutputFile(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out.txt");
    Files.writeString(out, "previous", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("", "convert", "-c", "s2t", "-o", out.toString(), tmp.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("previous");
    try (var files = Files.list(tmp)) {
      assertThat(files.count()).as("no temporary file left").isEqualTo(1);
    }
  }

  @Test
  void binaryAndInvalidInputAreOneLineErrors() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    CliRun r = CliRun.run(png, "convert", "-c", "s2t");
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).startsWith("zhnlp: -: binary data").doesNotContain("Exception").hasLineCount(1);
    CliRun bad = CliRun.run(new byte[] {'a', (byte) 0xFF, 'b', '\n'}, "convert", "-c", "s2t", "--encoding", "UTF-8");
    assertThat(bad.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(bad.err()).contains("invalid byte sequence").hasLineCount(1);
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    CliRun r = CliRun.run("", "convert", "-c", "s2x");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("zhnlp: unknown conversion 's2x' (valid: s2t, t2s").hasLineCount(1);
    CliRun opt = CliRun.run("", "convert", "--frobnicate");
    assertThat(opt.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(opt.err()).contains("Unknown option: '--frobnicate'").contains("zhnlp convert --help");
    CliRun enc = CliRun.run("", "convert", "--encoding", "EBCDIC-XYZ");
    assertThat(enc.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void badDictionaryIsAUsageErrorNamingFileAndLine(@TempDir Path tmp) throws IOException {
    Path dict = tmp.resolve("extra.tsv");
    Files.writeString(dict, "头发\t頭毛\nbroken line\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("头发\n", "convert", "-c", "s2t", "--dict", dict.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("zhnlp: " + dict + ":2: expected key<TAB>value\n");
    Files.writeString(dict, "头发\t頭毛\n", StandardCharsets.UTF_8);
    assertThat(CliRun.run("头发\n", "convert", "-c", "s2t", "--dict", dict.toString()).out()).isEqualTo("頭毛\n");
    CliRun missing = CliRun.run("", "convert", "--config", tmp.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("nope.json").hasLineCount(1);
  }

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.run("", "convert", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: zhnlp convert").contains("Examples:").contains("s2twp");
    CliRun version = CliRun.run("", "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).containsPattern("zhnlp \\d+\\.\\d+").contains("ICU4J").contains("OpenNLP");
  }
}
