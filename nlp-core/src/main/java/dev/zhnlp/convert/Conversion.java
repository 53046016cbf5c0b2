package dev.zhnlp.convert;

import java.util.Locale;

/**
 * The conversions zhnlp offers, with OpenCC's names and meanings. "Traditional" without a region means OpenCC's
 * standard traditional forms (爲, 裏, 着); {@code TW} and {@code HK} mean the character forms of Taiwan and Hong
 * Kong; {@code S2TWP}/{@code TW2SP} also convert vocabulary (软件 ↔ 軟體). The two {@code AUTO} conversions detect
 * the input's script first. An enum: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Conversion {
  /** Simplified to traditional. */
  S2T,
  /** Traditional (any region's forms) to simplified. */
  T2S,
  /** Simplified to traditional with Taiwan character forms. */
  S2TW,
  /** Traditional with Taiwan character forms to simplified. */
  TW2S,
  /** Simplified to traditional with Taiwan character forms and Taiwan vocabulary. */
  S2TWP,
  /** Traditional with Taiwan character forms and vocabulary to simplified mainland vocabulary. */
  TW2SP,
  /** Simplified to traditional with Hong Kong character forms. */
  S2HK,
  /** Traditional with Hong Kong character forms to simplified. */
  HK2S,
  /** Standard traditional to Taiwan character forms. */
  T2TW,
  /** Taiwan character forms to standard traditional. */
  TW2T,
  /** Standard traditional to Hong Kong character forms. */
  T2HK,
  /** Hong Kong character forms to standard traditional. */
  HK2T,
  /** To simplified, when the input is traditional or mixed; simplified input is returned unchanged. */
  AUTO2S,
  /** To traditional, when the input is simplified or mixed; traditional input is returned unchanged. */
  AUTO2T;

  /** The lower-case name used on the command line and by OpenCC, e.g. {@code "s2twp"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The conversion named {@code id}, case-insensitive; an OpenCC-style {@code ".json"} suffix is accepted.
   *
   * @throws IllegalArgumentException naming the valid ids if there is no such conversion
   */
  public static Conversion fromId(String id) {
    String s = id.strip().toUpperCase(Locale.ROOT);
    if (s.endsWith(".JSON")) {
      s = s.substring(0, s.length() - 5);
    }
    for (Conversion c : values()) {
      if (c.name().equals(s)) {
        return c;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (Conversion c : values()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(c.id());
    }
    throw new IllegalArgumentException("unknown conversion '" + id + "' (valid: " + valid + ")");
  }
}
