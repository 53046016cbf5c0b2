package dev.zhnlp.cli;

/**
 * A usage error found while running a command (a bad combination of options, an unreadable configuration);
 * exit code 2.
 *
 * @since 0.1.0
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
