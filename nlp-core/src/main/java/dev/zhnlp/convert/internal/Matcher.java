package dev.zhnlp.convert.internal;

/**
 * Finds the dictionary entry that matches at a position of a text. Implementations are immutable and
 * thread-safe: all match state lives in the caller's locals.
 */
public interface Matcher {
  /** Returned by {@link #match} when no key matches. */
  long NO_MATCH = -1L;

  /**
   * Returns the entry that matches {@code text} at {@code pos}, never reading at or past {@code limit}, packed
   * as {@code (length << 32) | valueIndex}, or {@link #NO_MATCH}.
   */
  long match(char[] text, int pos, int limit);

  /** The value of the entry numbered {@code valueIndex} by {@link #match}. Callers must not modify it. */
  char[] value(int valueIndex);

  /** Whether some key starts with the UTF-16 unit {@code c}; false means {@link #match} finds nothing at c. */
  boolean mayStart(char c);

  /**
   * {@link #mayStart} for all 65,536 units, computed once by the matcher and shared: callers must not modify
   * it.
   */
  boolean[] startTable();

  /** The length of the longest key, in UTF-16 units. */
  int maxKeyLength();

  /** Whether every key is one code point long. */
  boolean singleCodePointKeys();

  /** Marks in {@code set} (65,536 entries) every UTF-16 unit that occurs in some key. */
  void markKeyUnits(boolean[] set);

  /** Packs a match result. */
  static long pack(int length, int valueIndex) {
    return ((long) length << 32) | (valueIndex & 0xFFFFFFFFL);
  }

  /** The match length of a packed result. */
  static int length(long packed) {
    return (int) (packed >>> 32);
  }

  /** The value index of a packed result. */
  static int valueIndex(long packed) {
    return (int) packed;
  }
}
