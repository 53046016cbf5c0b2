package dev.zhnlp.model;

import java.util.Objects;

/**
 * Where a record came from: the half-open character range {@code [start, end)} in the original input, and the
 * sentence around it as written there.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Evidence e = new Evidence(12, 20, "《行动计划》提出了21条措施。");
 * }</pre>
 *
 * @param start offset of the first character, in UTF-16 code units, {@code >= 0}
 * @param end offset one past the last character, {@code >= start}
 * @param sentence the sentence that contains the range, never null
 * @since 0.1.0
 */
public record Evidence(int start, int end, String sentence) {
  /** Checks the range and the sentence. */
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range: start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(sentence, "sentence");
  }
}
