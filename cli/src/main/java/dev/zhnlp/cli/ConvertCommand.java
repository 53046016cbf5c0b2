package dev.zhnlp.cli;

import dev.zhnlp.convert.Conversion;
import dev.zhnlp.convert.Converter;
import dev.zhnlp.convert.DictionaryFormatException;
import dev.zhnlp.io.TextDecoder;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zhnlp convert}: converts text between simplified and traditional Chinese, streaming. One per run.
 *
 * @since 0.1.0
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Convert between simplified and traditional Chinese (streams; works on endless pipes).",
    footer = {
      "",
      "Conversions: s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s t2tw tw2t t2hk hk2t auto2s auto2t",
      "",
      "Examples:",
      "  echo 头发和发展 | zhnlp convert -c s2t",
      "  zhnlp convert -c s2twp -o out.txt in.txt",
      "  zhnlp convert --config my-opencc/s2t.json --dict extra.tsv in.txt"
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand ZhnlpCommand top;

  @Mixin IoOptions io;

  @Option(
      names = {"-c", "--conversion"},
      paramLabel = "ID",
      defaultValue = "auto2s",
      description = "Conversion to apply (see below). Default: ${DEFAULT-VALUE}.")
  String conversion;

  @Option(
      names = "--config",
      paramLabel = "JSON",
      description = "An OpenCC configuration with plain-text dictionaries, instead of -c.")
  Path config;

  @Option(
      names = "--dict",
      paramLabel = "TSV",
      description = "Extra dictionary (key<TAB>value lines) overriding the first stage; repeatable.")
  List<Path> dicts = new ArrayList<>();

  @Option(
      names = {"-i", "--input"},
      paramLabel = "IN",
      description = "Input file (same as giving it as an argument).")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Converter converter = converter();
    io.files.addAll(0, inputs);
    int code = ExitCodes.OK;
    try (Output out = Output.open(io.output, top.streams.stdout())) {
      List<String> failed = new ArrayList<>();
      for (IoOptions.Input input : io.inputs((name, e) -> failed.add(name + ": " + Messages.describe(e)))) {
        try {
          TextDecoder.Decoded d = io.open(input, top.streams.stdin());
          try (Reader r = d.reader()) {
            converter.convert(r, out.writer());
          }
        } catch (IOException e) {
          if (out.brokenPipe()) {
            return ExitCodes.OK;
          }
          if (out.failedWriting()) {
            throw e;
          }
          failed.add(input.name() + ": " + Messages.describe(e));
        }
      }
      for (String f : failed) {
        top.streams.err().println("zhnlp: " + f);
      }
      if (!failed.isEmpty()) {
        code = ExitCodes.INPUT;
        if (io.output != null) {
          // Keep the user's previous file rather than replace it with a partial result.
          return code;
        }
      }
      if (!out.commitUnlessPipeClosed()) {
        return ExitCodes.OK;
      }
    }
    return code;
  }

  private Converter converter() {
    if (config != null && !conversion.equals("auto2s")) {
      throw new UsageException("give either -c or --config, not both");
    }
    try {
      if (config != null) {
        if (!dicts.isEmpty()) {
          throw new UsageException("--dict cannot be combined with --config (add the dictionary to the config)");
        }
        return Converter.fromOpenCCConfig(config);
      }
      Conversion c = Conversion.fromId(conversion);
      if (dicts.isEmpty()) {
        return Converter.of(c);
      }
      Converter.Builder b = Converter.builder(c);
      for (Path d : dicts) {
        b.addDictionary(d);
      }
      return b.build();
    } catch (DictionaryFormatException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException(Messages.describeWithFile(e));
    }
  }
}
