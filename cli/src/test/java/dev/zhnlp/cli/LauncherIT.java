package dev.zhnlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real shaded jar in a child JVM, as a user's shell would. */
class LauncherIT {
  record Result(int code, String out, String err) {}

  static Result run(byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(System.getProperty("zhnlp.jar"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin);
    }
    byte[] out;
    byte[] err;
    try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
      out = o.readAllBytes();
      err = e.readAllBytes();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void convertsAPipe() throws Exception {
    Result r = run("头发和发展\n平台\n".getBytes(StandardCharsets.UTF_8), "convert", "-c", "s2t");
    assertThat(r).isEqualTo(new Result(0, "頭髮和發展\n平臺\n", ""));
  }

  @Test
  void versionAndUsageErrorExitCodes() throws Exception {
    assertThat(run(new byte[0], "--version").out()).startsWith("zhnlp 0.1.0");
    Result bad = run(new byte[0], "convert", "-c", "nope");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("zhnlp: unknown conversion 'nope'").doesNotContain("at dev.zhnlp");
  }

  @Test
  void convertsSeed001ToSimplifiedAndBackAgainStable(@TempDir Path tmp) throws Exception {
    Path seed = Path.of(System.getProperty("zhnlp.seeds"), "001_f5b23160764b9db6.txt");
    Path out = tmp.resolve("001.s.txt");
    Result r = run(new byte[0], "convert", "-c", "t2s", "-o", out.toString(), seed.toString());
    assertThat(r.code()).isZero();
    String simplified = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(simplified).contains("政协(xié)委员").contains("发(fā)展").doesNotContain("發").doesNotContain("員");
    assertThat(simplified.length()).isEqualTo(Files.readString(seed, StandardCharsets.UTF_8).length());
  }

  @Test
  void closedPipeEndsQuietly() throws Exception {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("zhnlp.jar"), "convert", "-c", "s2t");
    Process p = new ProcessBuilder(cmd).start();
    byte[] line = "头发和发展，平台和台风。\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    Thread feeder = new Thread(() -> {
      try (OutputStream in = p.getOutputStream()) {
        for (int i = 0; i < 400; i++) {
          in.write(line);
        }
      } catch (IOException e) {
        // the child went away: expected
      }
    });
    feeder.start();
    // Read a little, then close our end, like `| head -c 100`.
    InputStream o = p.getInputStream();
    assertThat(o.readNBytes(100)).hasSize(100);
    o.close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    feeder.join(10_000);
    assertThat(err).isEmpty();
    assertThat(p.exitValue()).isZero();
  }
}
