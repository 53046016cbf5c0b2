package dev.zhnlp.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The encoding chosen for a byte stream, how sure the choice is, and how it was made. Immutable and thread-safe.
 *
 * @param charset the charset used to decode
 * @param confidence 0 to 100: 100 for a byte order mark, a forced encoding or valid UTF-8, else the detector's
 *     score
 * @param method how the charset was chosen: {@code "bom"}, {@code "forced"}, {@code "utf-8"} (the bytes are
 *     valid UTF-8) or {@code "detected"}
 * @since 0.1.0
 */
public record EncodingGuess(Charset charset, int confidence, String method) {
  /** Checks the values. */
  public EncodingGuess {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(method, "method");
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence not in [0, 100]: " + confidence);
    }
  }
}
