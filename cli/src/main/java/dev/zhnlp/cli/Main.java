package dev.zhnlp.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code zhnlp} command. {@link #run} is the testable form: it takes the standard streams
 * and returns the exit code. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Main {
  private Main() {}

  /** Runs the command on the process's own streams and exits with its code. */
  public static void main(String[] args) {
    System.exit(
        run(args, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err)));
  }

  /** Runs {@code zhnlp args} with the given standard streams (not closed) and returns the exit code. */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    ZhnlpCommand top = new ZhnlpCommand(new Streams(stdin, stdout, err));
    CommandLine cl = new CommandLine(top);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler(top));
    cl.setParameterExceptionHandler(ErrorHandler::usage);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
