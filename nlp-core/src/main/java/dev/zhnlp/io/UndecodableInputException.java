package dev.zhnlp.io;

import java.io.IOException;

/**
 * Input that is not text in any supported encoding (binary data, or bytes invalid in the chosen encoding).
 *
 * @since 0.1.0
 */
public final class UndecodableInputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception with a one-line reason. */
  public UndecodableInputException(String message) {
    super(message);
  }
}
