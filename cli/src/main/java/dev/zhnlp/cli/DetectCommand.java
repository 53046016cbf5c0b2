package dev.zhnlp.cli;

import dev.zhnlp.convert.ScriptDetector;
import dev.zhnlp.convert.ScriptProfile;
import dev.zhnlp.io.TextDecoder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zhnlp detect}: prints, for each input, its script and encoding. One per run.
 *
 * @since 0.1.0
 */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = {
      "Detect the script (simplified, traditional, mixed, none) and the encoding of each input.",
      "Prints one tab-separated line per input: file, script, simplified-only count,",
      "traditional-only count, encoding."
    },
    footer = {"", "Examples:", "  zhnlp detect seeds/", "  curl -s URL | zhnlp detect"})
final class DetectCommand implements Callable<Integer> {
  @ParentCommand ZhnlpCommand top;

  @Mixin IoOptions io;

  @Override
  public Integer call() throws IOException {
    List<String> failed = new ArrayList<>();
    try (Output out = Output.open(io.output, top.streams.stdout())) {
      Writer w = out.writer();
      for (IoOptions.Input input : io.inputs((name, e) -> failed.add(name + ": " + Messages.describe(e)))) {
        ScriptProfile p;
        String encoding;
        try {
          TextDecoder.Decoded d = io.open(input, top.streams.stdin());
          try (Reader r = d.reader()) {
            p = ScriptDetector.getInstance().detect(r);
          }
          encoding = d.guess().charset().name();
        } catch (IOException e) {
          failed.add(input.name() + ": " + Messages.describe(e));
          continue;
        }
        try {
          w.write(input.name() + "\t" + p.script().name().toLowerCase(Locale.ROOT) + "\t" + p.simplifiedOnly()
              + "\t" + p.traditionalOnly() + "\t" + encoding + "\n");
        } catch (IOException e) {
          if (out.brokenPipe()) {
            return ExitCodes.OK;
          }
          throw e;
        }
      }
      for (String f : failed) {
        top.streams.err().println("zhnlp: " + f);
      }
      if (!out.commitUnlessPipeClosed()) {
        return ExitCodes.OK;
      }
    }
    return failed.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
  }
}
