package dev.zhnlp.convert;

import java.util.Arrays;

/**
 * The result of a conversion together with a map from every output position back to the input. Immutable and
 * thread-safe.
 *
 * <p>{@link #inputOffset(int) inputOffset(j)} is the input offset of output char {@code j}; for
 * {@code j == text().length()} it is the input length. When a replacement is as long as what it replaces, the
 * map is one to one inside it; otherwise the extra output chars map to the last char of the replaced input.
 *
 * <pre>{@code
 * ConvertedText r = Converter.of(Conversion.T2S).convertWithOffsets(original);
 * int start = r.inputOffset(12), end = r.inputOffset(20); // [start, end) in the original
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ConvertedText {
  private final String text;
  private final int[] offsets;

  ConvertedText(String text, int[] offsets) {
    if (offsets.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "offsets length " + offsets.length + " != text length + 1 = " + (text.length() + 1));
    }
    this.text = text;
    this.offsets = offsets;
  }

  /** The converted text. */
  public String text() {
    return text;
  }

  /**
   * The input offset of output position {@code outputIndex}, from 0 to {@code text().length()} inclusive.
   *
   * @throws IndexOutOfBoundsException if {@code outputIndex} is outside that range
   */
  public int inputOffset(int outputIndex) {
    if (outputIndex < 0 || outputIndex > text.length()) {
      throw new IndexOutOfBoundsException(
          "outputIndex " + outputIndex + " not in [0, " + text.length() + "]");
    }
    return offsets[outputIndex];
  }

  /** A copy of the whole offset map ({@code text().length() + 1} entries). */
  public int[] offsets() {
    return offsets.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConvertedText
        && ((ConvertedText) o).text.equals(text)
        && Arrays.equals(((ConvertedText) o).offsets, offsets);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return text;
  }
}
