package dev.zhnlp.convert;

import java.io.IOException;

/**
 * A dictionary or conversion configuration could not be read because its content is malformed. The message
 * names the source and, for line-based files, the line: {@code extra.tsv:12: expected key<TAB>value}.
 *
 * <p>Immutable once thrown, like every exception.
 *
 * @since 0.1.0
 */
public final class DictionaryFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that already names the source. */
  public DictionaryFormatException(String message) {
    super(message);
  }
}
