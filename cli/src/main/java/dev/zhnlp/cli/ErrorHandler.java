package dev.zhnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages on stderr and exit codes: usage problems give 2, input and output
 * problems 1. Stack traces only with {@code --verbose}. Stateless apart from the command it reads the flag
 * from; one per run.
 *
 * @since 0.1.0
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final ZhnlpCommand top;

  ErrorHandler(ZhnlpCommand top) {
    this.top = top;
  }

  /** Reports a command-line usage error in one line plus a hint, and returns {@link ExitCodes#USAGE}. */
  static int usage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("zhnlp: " + ex.getMessage());
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    int code;
    String message;
    if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
      code = ExitCodes.USAGE;
      message = ex.getMessage();
    } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      code = ExitCodes.INPUT;
      message = Messages.describeWithFile(ex);
    } else {
      code = ExitCodes.INPUT;
      message = "internal error: " + ex + " (please report it; --verbose shows where)";
    }
    err.println("zhnlp: " + message);
    if (top.verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
