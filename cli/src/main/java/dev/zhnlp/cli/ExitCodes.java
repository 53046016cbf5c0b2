package dev.zhnlp.cli;

/**
 * The exit codes of every {@code zhnlp} subcommand. Constants only; thread-safe.
 *
 * @since 0.1.0
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** An input could not be read or decoded, or an output could not be written; other inputs were processed. */
  public static final int INPUT = 1;
  /** Usage error: an unknown option or conversion, a bad argument, an unreadable configuration. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
