package dev.zhnlp.cli;

import dev.zhnlp.io.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Options every text-reading subcommand shares: inputs (files, directories, {@code -} for stdin), the input
 * encoding and the output file. A picocli mixin; one per run, not thread-safe.
 *
 * @since 0.1.0
 */
final class IoOptions {
  @Parameters(
      paramLabel = "FILE",
      description = "Input files or directories (*.txt inside); none or '-' reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = {"-e", "--encoding"},
      paramLabel = "ENC",
      defaultValue = "auto",
      description =
          "Input encoding: auto (BOM, strict UTF-8, else detect GB18030/Big5/UTF-16), UTF-8, GB18030, Big5, "
              + "UTF-16LE, UTF-16BE. Default: ${DEFAULT-VALUE}.")
  String encoding;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to OUT instead of standard output (atomically: a failed run leaves no partial file).")
  Path output;

  /** One input: its display name and how to open it. */
  record Input(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }
  }

  /** The charset forced by {@code --encoding}, or null for detection. */
  Charset forcedCharset() {
    if (encoding.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Charset.forName(encoding.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown encoding '" + encoding + "' (auto, UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE)");
    }
  }

  /**
   * The inputs in order; directories expand to their {@code *.txt} files, sorted. A problem with one argument
   * is reported through {@code onError} and the others are still listed.
   */
  List<Input> inputs(java.util.function.BiConsumer<String, Exception> onError) {
    List<Input> result = new ArrayList<>();
    if (files.isEmpty()) {
      result.add(new Input("-", null));
      return result;
    }
    for (String f : files) {
      if (f.equals("-")) {
        result.add(new Input("-", null));
        continue;
      }
      Path p = Path.of(f);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(x -> Files.isRegularFile(x) && x.getFileName().toString().endsWith(".txt"))
              .sorted()
              .forEach(x -> result.add(new Input(x.toString(), x)));
        } catch (IOException | java.io.UncheckedIOException e) {
          onError.accept(f, e);
        }
      } else {
        result.add(new Input(f, p));
      }
    }
    return result;
  }

  /** Opens an input as decoded text. */
  TextDecoder.Decoded open(Input input, InputStream stdin) throws IOException {
    InputStream in;
    if (input.isStdin()) {
      in = new NonClosingInputStream(stdin);
    } else {
      if (Files.isDirectory(input.path())) {
        throw new IOException("is a directory");
      }
      in = Files.newInputStream(input.path());
    }
    try {
      return TextDecoder.open(in, forcedCharset());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Keeps a command from closing the process's standard input. */
  private static final class NonClosingInputStream extends java.io.FilterInputStream {
    NonClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
