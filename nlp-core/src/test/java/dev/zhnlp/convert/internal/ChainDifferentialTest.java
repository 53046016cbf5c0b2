package dev.zhnlp.convert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Compares the compiled trie and chain with a deliberately naive reference (string comparisons at every
 * position), over random dictionaries and texts drawn from a small alphabet so that keys overlap a lot.
 */
class ChainDifferentialTest {
  private static final String ALPHABET = "abcde发干后\uD840\uDC00\uD840\uDC01";

  private static List<String> units() {
    List<String> u = new ArrayList<>();
    ALPHABET.codePoints().forEach(cp -> u.add(new String(Character.toChars(cp))));
    return u;
  }

  private static String randomWord(Random r, int maxLen) {
    List<String> u = units();
    StringBuilder b = new StringBuilder();
    int len = 1 + r.nextInt(maxLen);
    for (int i = 0; i < len; i++) {
      b.append(u.get(r.nextInt(u.size())));
    }
    return b.toString();
  }

  private static Map<String, String> randomDict(Random r) {
    Map<String, String> m = new LinkedHashMap<>();
    int n = 1 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      m.putIfAbsent(randomWord(r, 4), randomWord(r, 3).toUpperCase(java.util.Locale.ROOT) + "#");
    }
    return m;
  }

  /** The naive longest match: try every key at every position. */
  static String naive(Map<String, String> dict, String text, int[] offsets) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      String best = null;
      for (String k : dict.keySet()) {
        if (text.startsWith(k, i) && (best == null || k.length() > best.length())) {
          best = k;
        }
      }
      if (best == null) {
        if (offsets != null) {
          offsets[out.length()] = i;
        }
        out.append(text.charAt(i));
        i++;
      } else {
        String v = dict.get(best);
        for (int k = 0; k < v.length(); k++) {
          if (offsets != null) {
            offsets[out.length() + k] = i + Math.min(k, best.length() - 1);
          }
        }
        out.append(v);
        i += best.length();
      }
    }
    if (offsets != null) {
      offsets[out.length()] = text.length();
    }
    return out.toString();
  }

  @RepeatedTest(300)
  void singleStageMatchesNaiveReferenceWithOffsets(org.junit.jupiter.api.RepetitionInfo info) {
    Random r = new Random(info.getCurrentRepetition() * 7919L);
    Map<String, String> dict = randomDict(r);
    Chain chain = new Chain(null, List.of(CharTrie.compile(dict)));
    String text = randomWord(r, 60) + " x " + randomWord(r, 40);
    int[] expectedOffsets = new int[text.length() * 8 + 1];
    String expected = naive(dict, text, expectedOffsets);
    assertThat(chain.convert(text)).isEqualTo(expected);
    Chain.WithOffsets withOffsets = chain.convertWithOffsets(text);
    assertThat(withOffsets.text()).isEqualTo(expected);
    int[] offsets = withOffsets.offsets();
    for (int j = 0; j <= expected.length(); j++) {
      assertThat(offsets[j]).as("offset of output %d in %s", j, text).isEqualTo(expectedOffsets[j]);
    }
  }

  @RepeatedTest(100)
  void twoStagesEqualApplyingTheReferenceTwice(org.junit.jupiter.api.RepetitionInfo info) {
    Random r = new Random(info.getCurrentRepetition() * 104729L);
    Map<String, String> first = randomDict(r);
    // The second stage works on the first stage's output alphabet.
    Map<String, String> second = new LinkedHashMap<>();
    for (String v : first.values()) {
      if (r.nextBoolean()) {
        second.putIfAbsent(v.substring(0, 1 + r.nextInt(v.length())), "<" + v.length() + ">");
      }
    }
    if (second.isEmpty()) {
      second.put("#", "!");
    }
    Chain chain = new Chain(null, List.of(CharTrie.compile(first), CharTrie.compile(second)));
    String text = randomWord(r, 80);
    assertThat(chain.convert(text)).isEqualTo(naive(second, naive(first, text, null), null));
  }

  @RepeatedTest(100)
  void streamingInRandomChunksEqualsWholeText(org.junit.jupiter.api.RepetitionInfo info) throws IOException {
    Random r = new Random(info.getCurrentRepetition() * 31L);
    Map<String, String> dict = randomDict(r);
    Chain chain = new Chain(null, List.of(CharTrie.compile(dict)));
    StringBuilder text = new StringBuilder();
    // Long enough to cross several chunk boundaries, with and without line breaks.
    while (text.length() < Chain.CHUNK * 3) {
      text.append(randomWord(r, 50));
      text.append(r.nextInt(4) == 0 ? "\n" : r.nextInt(3) == 0 ? "。" : "");
    }
    String whole = chain.convert(text);
    StringWriter out = new StringWriter();
    chain.convert(new TrickleReader(text.toString(), r), out);
    assertThat(out.toString()).isEqualTo(whole);
  }

  @Test
  void streamingWithoutAnySafeCutNeverSplitsASurrogatePair() throws IOException {
    Map<String, String> dict = Map.of("\uD840\uDC00", "X");
    Chain chain = new Chain(null, List.of(CharTrie.compile(dict)));
    String text = "\uD840\uDC00".repeat(Chain.CHUNK * 2);
    StringWriter out = new StringWriter();
    chain.convert(new StringReader(text), out);
    assertThat(out.toString()).isEqualTo("X".repeat(Chain.CHUNK * 2));
  }

  @Test
  void segmentationKeepsLaterStagesInsideSegments() {
    // Segmenter knows "ab"; stage 2 has "bc". In "abc" the segments are [ab][c], so "bc" must not match.
    CharTrie seg = CharTrie.compile(Map.of("ab", "ab"));
    CharTrie stage1 = CharTrie.compile(Map.of("ab", "ab"));
    CharTrie stage2 = CharTrie.compile(Map.of("bc", "X"));
    Chain segmented = new Chain(seg, List.of(stage1, stage2));
    Chain unsegmented = new Chain(null, List.of(stage1, stage2));
    assertThat(segmented.convert("abc")).isEqualTo("abc");
    assertThat(unsegmented.convert("abc")).isEqualTo("aX");
    // Unmatched runs are one segment: "bc" inside a run still matches.
    assertThat(segmented.convert("zbc")).isEqualTo("zX");
  }

  /** A reader that returns few chars per call and sometimes claims not to be ready. */
  static final class TrickleReader extends Reader {
    private final String text;
    private final Random random;
    private int pos;

    TrickleReader(String text, Random random) {
      this.text = text;
      this.random = random;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (pos >= text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(5000)), text.length() - pos);
      text.getChars(pos, pos + n, cbuf, off);
      pos += n;
      return n;
    }

    @Override
    public boolean ready() {
      return random.nextBoolean();
    }

    @Override
    public void close() {}
  }
}
