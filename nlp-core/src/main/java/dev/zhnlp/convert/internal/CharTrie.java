package dev.zhnlp.convert.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * A compiled, immutable longest-match dictionary over UTF-16 text. Immutable and thread-safe.
 *
 * <p>Layout: single-unit keys are looked up directly in a 65,536-entry table; longer keys start at a root node
 * found by their first unit, and continue through edges kept in one open-addressing hash table keyed by
 * (node, unit), so each step is one multiply and usually one probe. Lookups allocate nothing.
 */
public final class CharTrie implements Matcher {
  private static final int NONE = -1;

  /** Marks an inline single-char replacement in {@link #root}. */
  private static final int DIRECT = 1 << 30;

  /** Value index for a single-unit key, or NONE. */
  private final int[] rootValue;
  /** Node reached by the first unit of a longer key, or 0 when there is none (node 0 is unused). */
  private final int[] rootNode;
  /**
   * The hot-loop view of the two tables above, interleaved so that one cache line serves a character:
   * {@code root[2c]} is NONE, {@code DIRECT | replacement char}, or a value index; {@code root[2c + 1]} the node.
   */
  private final int[] root;
  /** Which units start a key; see {@link #startTable()}. */
  private final boolean[] starts = new boolean[65536];
  /** Edge keys {@code (node << 16) | unit}, 0 for an empty slot (node 0 is never a source). */
  private final long[] edgeKey;
  private final int[] edgeTarget;
  private final int edgeShift;
  private final char[] edgeLabels;
  private final int[] nodeValue;
  private final char[][] values;
  private final int maxKeyLength;
  private final boolean singleCodePointKeys;
  private final int size;

  private CharTrie(Map<String, String> entries) {
    rootValue = new int[65536];
    Arrays.fill(rootValue, NONE);
    rootNode = new int[65536];
    values = new char[entries.size()][];
    // Size the edge table for the worst case (every unit after the first is a new edge), then insert directly.
    int maxEdges = 0;
    for (String key : entries.keySet()) {
      maxEdges += key.length() - 1;
    }
    int bits = 4;
    while ((1 << bits) < maxEdges * 2) {
      bits++;
    }
    long[] keys = new long[1 << bits];
    int[] targets = new int[1 << bits];
    int shift = 64 - bits;
    int mask = keys.length - 1;
    int[] valueOf = new int[maxEdges + entries.size() + 2];
    Arrays.fill(valueOf, NONE);
    char[] labels = new char[maxEdges];
    int nodes = 1; // node 0: unused sentinel
    int edges = 0;
    int index = 0;
    int maxLen = 0;
    boolean single = true;
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String key = e.getKey();
      values[index] = e.getValue().toCharArray();
      maxLen = Math.max(maxLen, key.length());
      if (single && key.codePointCount(0, key.length()) != 1) {
        single = false;
      }
      char first = key.charAt(0);
      if (key.length() == 1) {
        rootValue[first] = index;
      } else {
        int node = rootNode[first];
        if (node == 0) {
          node = nodes++;
          rootNode[first] = node;
        }
        for (int i = 1; i < key.length(); i++) {
          long edge = ((long) node << 16) | key.charAt(i);
          int h = (int) ((edge * 0x9E3779B97F4A7C15L) >>> shift);
          while (keys[h] != 0 && keys[h] != edge) {
            h = (h + 1) & mask;
          }
          if (keys[h] == 0) {
            keys[h] = edge;
            targets[h] = nodes++;
            labels[edges++] = key.charAt(i);
          }
          node = targets[h];
        }
        valueOf[node] = index;
      }
      index++;
    }
    root = new int[2 * 65536];
    for (int c = 0; c < 65536; c++) {
      int v = rootValue[c];
      if (v != NONE && values[v].length == 1) {
        v = DIRECT | values[v][0];
      }
      root[2 * c] = v;
      root[2 * c + 1] = rootNode[c];
      starts[c] = v != NONE || rootNode[c] != 0;
    }
    this.edgeKey = keys;
    this.edgeTarget = targets;
    this.edgeShift = shift;
    this.edgeLabels = Arrays.copyOf(labels, edges);
    this.nodeValue = Arrays.copyOf(valueOf, nodes);
    this.maxKeyLength = maxLen;
    this.singleCodePointKeys = single;
    this.size = entries.size();
  }

  /**
   * Compiles entries (non-empty keys and values) into a trie. Iteration order of the map numbers the values.
   */
  public static CharTrie compile(Map<String, String> entries) {
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (e.getKey().isEmpty()) {
        throw new IllegalArgumentException("empty key (value: " + e.getValue() + ")");
      }
    }
    return new CharTrie(entries);
  }

  @Override
  public long match(char[] text, int pos, int limit) {
    char c = text[pos];
    long best = NO_MATCH;
    int v = rootValue[c];
    if (v != NONE) {
      best = Matcher.pack(1, v);
    }
    int node = rootNode[c];
    int i = pos + 1;
    while (node != 0 && i < limit) {
      node = child(node, text[i]);
      i++;
      if (node != 0 && nodeValue[node] != NONE) {
        best = Matcher.pack(i - pos, nodeValue[node]);
      }
    }
    return best;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> edgeShift);
  }

  private int child(int node, char label) {
    long key = ((long) node << 16) | label;
    long[] keys = edgeKey;
    int mask = keys.length - 1;
    for (int h = slot(key); ; h = (h + 1) & mask) {
      long k = keys[h];
      if (k == key) {
        return edgeTarget[h];
      }
      if (k == 0) {
        return 0;
      }
    }
  }

  /**
   * One longest-match replacement pass over {@code s[0, n)}: the hot loop of single-stage conversions without
   * offsets or segment breaks. Returns the output; its length is stored in {@code outLength[0]}.
   */
  char[] replaceAll(char[] s, int n, int[] outLength) {
    final int[] root = this.root;
    final int[] nodeValue = this.nodeValue;
    char[] o = new char[n + (n >> 3) + 16];
    int op = 0;
    int i = 0;
    while (i < n) {
      char c = s[i];
      int v = root[2 * c];
      int node = root[2 * c + 1];
      int len = v == NONE ? 0 : 1;
      if (node != 0) {
        for (int j = i + 1; j < n; ) {
          node = child(node, s[j]);
          if (node == 0) {
            break;
          }
          j++;
          int nv = nodeValue[node];
          if (nv != NONE) {
            v = nv;
            len = j - i;
          }
        }
      }
      if (len == 0) {
        o[op++] = c;
        i++;
      } else if (len == 1 && (v & DIRECT) != 0) {
        o[op++] = (char) v;
        i++;
      } else {
        char[] val = values[v];
        int need = op + val.length + (n - i - len) + 1;
        if (need > o.length) {
          o = Arrays.copyOf(o, Math.max(need, o.length + (o.length >> 1)));
        }
        System.arraycopy(val, 0, o, op, val.length);
        op += val.length;
        i += len;
      }
    }
    outLength[0] = op;
    return o;
  }

  @Override
  public char[] value(int valueIndex) {
    return values[valueIndex];
  }

  @Override
  public boolean mayStart(char c) {
    return starts[c];
  }

  @Override
  public boolean[] startTable() {
    return starts;
  }

  @Override
  public int maxKeyLength() {
    return maxKeyLength;
  }

  @Override
  public boolean singleCodePointKeys() {
    return singleCodePointKeys;
  }

  @Override
  public void markKeyUnits(boolean[] set) {
    for (int c = 0; c < 65536; c++) {
      set[c] |= starts[c];
    }
    for (char label : edgeLabels) {
      set[label] = true;
    }
  }

  /** The number of entries. */
  public int size() {
    return size;
  }
}
