package dev.zhnlp.convert;

import dev.zhnlp.model.Script;
import java.util.Objects;

/**
 * What {@link ScriptDetector} found in a text: the verdict and the counts behind it. Immutable and thread-safe.
 *
 * @param script the verdict
 * @param simplifiedOnly how many characters occur only in simplified text (发, 这)
 * @param traditionalOnly how many characters occur only in traditional text (發, 這, 為)
 * @param han how many Han characters the text has in all
 * @since 0.1.0
 */
public record ScriptProfile(Script script, int simplifiedOnly, int traditionalOnly, int han) {
  /** Checks the counts. */
  public ScriptProfile {
    Objects.requireNonNull(script, "script");
    if (simplifiedOnly < 0 || traditionalOnly < 0 || han < simplifiedOnly + traditionalOnly) {
      throw new IllegalArgumentException(
          "inconsistent counts: simplifiedOnly=" + simplifiedOnly + ", traditionalOnly=" + traditionalOnly
              + ", han=" + han);
    }
  }
}
