package dev.zhnlp.model;

/**
 * Which Chinese script a text is written in, judged from characters that exist in only one of the two scripts.
 *
 * <p>An enum: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Script {
  /** Simplified characters only (no traditional-only character). */
  SIMPLIFIED,
  /** Traditional characters only (no simplified-only character). */
  TRADITIONAL,
  /** Both simplified-only and traditional-only characters in significant numbers. */
  MIXED,
  /** No character that tells the scripts apart: no Han text, or only characters common to both scripts. */
  NONE
}
