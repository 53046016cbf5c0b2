package dev.zhnlp.convert.internal;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * A conversion pipeline as OpenCC defines it: an optional segmentation pass, then a chain of stages, each a
 * longest-match replacement over the previous stage's output. Immutable and thread-safe.
 *
 * <p>Segmentation is forward maximum matching over the segmentation dictionary: each match is a segment, and each
 * run of characters between matches is one segment. Later stages never match across a segment boundary, so a
 * phrase chosen by the segmenter is never broken up by a later, shorter-sighted stage. Callers pass no
 * segmentation where it cannot change the result (one stage whose own phrases would be the segmenter).
 */
public final class Chain {
  /** Characters read per chunk when streaming. */
  static final int CHUNK = 1 << 16;

  private final Matcher segmentation;
  private final ImmutableList<Matcher> stages;
  /** For each stage, which UTF-16 units can start one of its keys. */
  private final boolean[][] stageStarts;
  private final boolean[] anyStart = new boolean[65536];
  private final boolean[] inSomeKey = new boolean[65536];
  private final int maxKeyLength;

  /** A chain of {@code stages}, segmented by {@code segmentation} (nullable: no segmentation). */
  public Chain(Matcher segmentation, List<? extends Matcher> stages) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a conversion chain needs at least one stage");
    }
    this.stages = ImmutableList.copyOf(stages);
    this.segmentation = segmentation;
    this.stageStarts = new boolean[this.stages.size()][];
    for (int s = 0; s < this.stages.size(); s++) {
      stageStarts[s] = this.stages.get(s).startTable();
    }
    int max = 0;
    for (Matcher m : this.stages) {
      max = Math.max(max, m.maxKeyLength());
      m.markKeyUnits(inSomeKey);
      boolean[] starts = m.startTable();
      for (int c = 0; c < 65536; c++) {
        anyStart[c] |= starts[c];
      }
    }
    if (segmentation != null) {
      segmentation.markKeyUnits(inSomeKey);
      max = Math.max(max, segmentation.maxKeyLength());
    }
    this.maxKeyLength = max;
  }

  /** The stages, in order. */
  public ImmutableList<Matcher> stages() {
    return stages;
  }

  /** Converts {@code text}; returns {@code text.toString()} itself when nothing in it can change. */
  public String convert(CharSequence text) {
    int n = text.length();
    int first = firstStart(text, n);
    if (first == n) {
      return text.toString();
    }
    char[] src = new char[n];
    copy(text, src, n);
    Buffer b = run(src, n, false);
    return new String(b.chars, 0, b.length);
  }

  /**
   * A converted text and its offset map: {@code offsets[j]} is the input offset of output char {@code j}, and
   * {@code offsets[text.length()]} is the input length. Owns its arrays; callers must not modify them.
   *
   * @param text the output
   * @param offsets the offset map, {@code text.length() + 1} entries
   */
  public record WithOffsets(String text, int[] offsets) {}

  /** Converts {@code text} and maps every output position to an input position. */
  public WithOffsets convertWithOffsets(CharSequence text) {
    int n = text.length();
    char[] src = new char[n];
    copy(text, src, n);
    Buffer b = run(src, n, true);
    return new WithOffsets(new String(b.chars, 0, b.length), Arrays.copyOf(b.offsets, b.length + 1));
  }

  /**
   * Converts everything {@code in} delivers to {@code out}, in chunks of about 64 K chars. Chunks are cut after a
   * line break, or else after a character that occurs in no key, so the result equals converting the whole
   * text at once; only a stretch of 64 K chars without any such character is cut elsewhere (never inside a
   * surrogate pair). Does not close either stream.
   */
  public void convert(Reader in, Writer out) throws IOException {
    char[] buf = new char[CHUNK * 2];
    int len = 0;
    while (true) {
      int r = in.read(buf, len, buf.length - len);
      if (r < 0) {
        if (len > 0) {
          write(buf, 0, len, out);
        }
        return;
      }
      len += r;
      int cut;
      if (len >= CHUNK) {
        cut = cutPoint(buf, len);
      } else if (!in.ready()) {
        // The producer is slow (a terminal, an endless pipe): pass on every complete line now.
        cut = lastLineEnd(buf, len);
        if (cut == 0) {
          continue;
        }
      } else {
        continue;
      }
      write(buf, 0, cut, out);
      if (len < CHUNK) {
        out.flush();
      }
      System.arraycopy(buf, cut, buf, 0, len - cut);
      len -= cut;
    }
  }

  private static int lastLineEnd(char[] buf, int len) {
    for (int i = len - 1; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  /** Where to end a chunk of {@code buf[0, len)}: a position after which no key can reach back. */
  int cutPoint(char[] buf, int len) {
    int floor = len / 2;
    for (int i = len - 1; i >= floor; i--) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    for (int i = len - 1; i >= floor; i--) {
      if (!inSomeKey[buf[i]] && !Character.isHighSurrogate(buf[i])) {
        return i + 1;
      }
    }
    int cut = len - maxKeyLength;
    if (Character.isLowSurrogate(buf[cut]) && Character.isHighSurrogate(buf[cut - 1])) {
      cut--;
    }
    return cut;
  }

  private void write(char[] buf, int from, int to, Writer out) throws IOException {
    int n = to - from;
    boolean any = false;
    for (int i = from; i < to; i++) {
      if (anyStart[buf[i]]) {
        any = true;
        break;
      }
    }
    if (!any) {
      out.write(buf, from, n);
      return;
    }
    char[] src = Arrays.copyOfRange(buf, from, to);
    Buffer b = run(src, n, false);
    out.write(b.chars, 0, b.length);
  }

  private int firstStart(CharSequence text, int n) {
    for (int i = 0; i < n; i++) {
      if (anyStart[text.charAt(i)]) {
        return i;
      }
    }
    return n;
  }

  private static void copy(CharSequence text, char[] dst, int n) {
    if (text instanceof String) {
      ((String) text).getChars(0, n, dst, 0);
    } else if (text instanceof StringBuilder) {
      ((StringBuilder) text).getChars(0, n, dst, 0);
    } else {
      for (int i = 0; i < n; i++) {
        dst[i] = text.charAt(i);
      }
    }
  }

  private Buffer run(char[] src, int n, boolean withOffsets) {
    Buffer b = new Buffer(src, n);
    if (withOffsets) {
      b.offsets = new int[n + 1];
      for (int i = 0; i <= n; i++) {
        b.offsets[i] = i;
      }
    }
    if (segmentation != null) {
      segment(b);
    }
    for (int s = 0; s < stages.size(); s++) {
      Buffer next = stage(stages.get(s), stageStarts[s], b, withOffsets);
      if (withOffsets) {
        int[] composed = next.offsets;
        for (int j = 0; j <= next.length; j++) {
          composed[j] = b.offsets[composed[j]];
        }
      }
      b = next;
    }
    return b;
  }

  /** OpenCC's maximum-match segmentation: records segment boundaries in {@code b.breaks}. */
  private void segment(Buffer b) {
    char[] s = b.chars;
    int n = b.length;
    int[] breaks = new int[16];
    int nb = 0;
    int i = 0;
    while (i < n) {
      long m = segmentation.mayStart(s[i]) ? segmentation.match(s, i, n) : Matcher.NO_MATCH;
      if (m == Matcher.NO_MATCH) {
        i++;
        continue;
      }
      int end = i + Matcher.length(m);
      if (nb + 2 > breaks.length) {
        breaks = Arrays.copyOf(breaks, breaks.length * 2);
      }
      if (nb == 0 || breaks[nb - 1] != i) {
        breaks[nb++] = i;
      }
      breaks[nb++] = end;
      i = end;
    }
    b.breaks = breaks;
    b.breakCount = nb;
  }

  /** One longest-match replacement pass of {@code m} over {@code in}, never matching across a break. */
  private static Buffer stage(Matcher m, boolean[] starts, Buffer in, boolean withOffsets) {
    char[] s = in.chars;
    int n = in.length;
    if (!withOffsets && in.breakCount == 0 && m instanceof CharTrie) {
      int[] len = new int[1];
      char[] out = ((CharTrie) m).replaceAll(s, n, len);
      return new Buffer(out, len[0]);
    }
    char[] o = new char[n + (n >> 3) + 16];
    int[] off = withOffsets ? new int[o.length + 1] : null;
    int[] breaks = in.breaks;
    int breakCount = in.breakCount;
    int[] outBreaks = breakCount > 0 ? new int[breakCount] : null;
    int bi = 0;
    int limit = breakCount > 0 ? breaks[0] : n;
    int op = 0;
    int i = 0;
    while (i < n) {
      while (i >= limit && bi < breakCount) {
        outBreaks[bi++] = op;
        limit = bi < breakCount ? breaks[bi] : n;
      }
      char c = s[i];
      long r = starts[c] ? m.match(s, i, limit) : Matcher.NO_MATCH;
      if (r == Matcher.NO_MATCH) {
        if (off != null) {
          off[op] = i;
        }
        o[op++] = c;
        i++;
        continue;
      }
      int keyLen = Matcher.length(r);
      char[] v = m.value(Matcher.valueIndex(r));
      int vl = v.length;
      int need = op + vl + (n - i - keyLen) + 1;
      if (need > o.length) {
        int cap = Math.max(need, o.length + (o.length >> 1));
        o = Arrays.copyOf(o, cap);
        if (off != null) {
          off = Arrays.copyOf(off, cap + 1);
        }
      }
      if (vl == 1) {
        o[op] = v[0];
      } else {
        System.arraycopy(v, 0, o, op, vl);
      }
      if (off != null) {
        for (int k = 0; k < vl; k++) {
          off[op + k] = i + Math.min(k, keyLen - 1);
        }
      }
      op += vl;
      i += keyLen;
    }
    while (bi < breakCount) {
      outBreaks[bi++] = op;
    }
    Buffer out = new Buffer(o, op);
    if (off != null) {
      off[op] = n;
      out.offsets = off;
    }
    out.breaks = outBreaks;
    out.breakCount = breakCount;
    return out;
  }

  /** Working state of one conversion: text, optional offsets into the previous stage, optional breaks. */
  private static final class Buffer {
    final char[] chars;
    final int length;
    int[] offsets;
    int[] breaks;
    int breakCount;

    Buffer(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
    }
  }
}
