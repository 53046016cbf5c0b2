package dev.zhnlp.convert;

import com.ibm.icu.lang.UScript;
import dev.zhnlp.convert.internal.BuiltinData;
import dev.zhnlp.model.Script;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.BitSet;
import java.util.Map;

/**
 * Tells simplified from traditional Chinese by counting characters that exist in only one of the scripts.
 * Immutable and thread-safe; get the shared instance with {@link #getInstance()}.
 *
 * <p>A character is simplified-only when the simplified-to-traditional data changes it on its own and no phrase
 * keeps it (发 yes; 干, 后, 里 no, since 干戈, 皇后 and 公里 keep them); traditional-only likewise in the other
 * direction. The verdict is {@link Script#NONE} when neither kind occurs, {@link Script#MIXED} when the
 * smaller count is more than a tenth of the larger, and otherwise the script of the larger count.
 *
 * <pre>{@code
 * ScriptProfile p = ScriptDetector.getInstance().detect("頭髮和發展");
 * p.script();          // TRADITIONAL
 * p.traditionalOnly(); // 3
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScriptDetector {
  private final BitSet simplifiedOnly;
  private final BitSet traditionalOnly;

  private ScriptDetector() {
    simplifiedOnly = onlyIn(BuiltinData.simplifiedToTraditional());
    traditionalOnly = onlyIn(BuiltinData.traditionalToSimplified());
  }

  private static final class Holder {
    static final ScriptDetector INSTANCE = new ScriptDetector();
  }

  /** The shared detector; its data is loaded on first use. */
  public static ScriptDetector getInstance() {
    return Holder.INSTANCE;
  }

  /**
   * Code points that the table changes as single characters and that no entry keeps unchanged at the same
   * position of a phrase (干戈 → 干戈 keeps 干, so 干 is not simplified-only).
   */
  private static BitSet onlyIn(Map<String, String> table) {
    BitSet changed = new BitSet();
    BitSet kept = new BitSet();
    for (Map.Entry<String, String> e : table.entrySet()) {
      String k = e.getKey();
      String v = e.getValue();
      if (k.codePointCount(0, k.length()) == 1) {
        if (!k.equals(v)) {
          changed.set(k.codePointAt(0));
        }
      } else if (k.length() == v.length()) {
        for (int i = 0; i < k.length(); i++) {
          if (k.charAt(i) == v.charAt(i)) {
            kept.set(k.charAt(i));
          }
        }
      }
    }
    changed.andNot(kept);
    return changed;
  }

  /** Counts and classifies the characters of {@code text}. */
  public ScriptProfile detect(CharSequence text) {
    int[] counts = new int[3];
    count(text, text.length(), counts);
    return new ScriptProfile(verdict(counts[0], counts[1]), counts[0], counts[1], counts[2]);
  }

  /** Counts and classifies everything {@code in} delivers, in bounded memory. Does not close it. */
  public ScriptProfile detect(Reader in) throws IOException {
    int[] counts = new int[3];
    char[] buf = new char[1 << 14];
    int len = 0;
    int r;
    while ((r = in.read(buf, len, buf.length - len)) >= 0) {
      len += r;
      // Keep a trailing high surrogate for the next round, so a pair is never split.
      int usable = len > 0 && Character.isHighSurrogate(buf[len - 1]) ? len - 1 : len;
      count(CharBuffer.wrap(buf, 0, usable), usable, counts);
      System.arraycopy(buf, usable, buf, 0, len - usable);
      len -= usable;
    }
    count(CharBuffer.wrap(buf, 0, len), len, counts);
    return new ScriptProfile(verdict(counts[0], counts[1]), counts[0], counts[1], counts[2]);
  }

  private void count(CharSequence text, int n, int[] counts) {
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x2E80) {
        continue;
      }
      if (UScript.getScript(cp) == UScript.HAN) {
        counts[2]++;
        if (simplifiedOnly.get(cp)) {
          counts[0]++;
        } else if (traditionalOnly.get(cp)) {
          counts[1]++;
        }
      }
    }
  }

  private static Script verdict(int s, int t) {
    if (s == 0 && t == 0) {
      return Script.NONE;
    }
    if (t * 10 < s) {
      return Script.SIMPLIFIED;
    }
    if (s * 10 < t) {
      return Script.TRADITIONAL;
    }
    return Script.MIXED;
  }

  /** Whether {@code codePoint} occurs only in simplified text. */
  public boolean isSimplifiedOnly(int codePoint) {
    return simplifiedOnly.get(codePoint);
  }

  /** Whether {@code codePoint} occurs only in traditional text. */
  public boolean isTraditionalOnly(int codePoint) {
    return traditionalOnly.get(codePoint);
  }
}
