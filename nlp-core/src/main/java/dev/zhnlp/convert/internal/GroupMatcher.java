package dev.zhnlp.convert.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * OpenCC's dictionary group: the members are tried in order and the first one that has any match at a position
 * wins, with its own longest match ("short circuit"). Immutable and thread-safe.
 */
public final class GroupMatcher implements Matcher {
  private final ImmutableList<Matcher> members;
  private final boolean[] starts = new boolean[65536];
  private final int maxKeyLength;
  private final boolean singleCodePointKeys;

  /** A group of {@code members}, tried in the given order. */
  public GroupMatcher(List<? extends Matcher> members) {
    this.members = ImmutableList.copyOf(members);
    int max = 0;
    boolean single = true;
    for (Matcher m : this.members) {
      max = Math.max(max, m.maxKeyLength());
      single &= m.singleCodePointKeys();
    }
    for (Matcher m : this.members) {
      boolean[] memberStarts = m.startTable();
      for (int c = 0; c < 65536; c++) {
        starts[c] |= memberStarts[c];
      }
    }
    this.maxKeyLength = max;
    this.singleCodePointKeys = single;
  }

  @Override
  public long match(char[] text, int pos, int limit) {
    if (!starts[text[pos]]) {
      return NO_MATCH;
    }
    for (int i = 0; i < members.size(); i++) {
      long m = members.get(i).match(text, pos, limit);
      if (m != NO_MATCH) {
        // Encode the member in the high bits of the value index: member i, value v -> v * size + i.
        int v = Matcher.valueIndex(m);
        return Matcher.pack(Matcher.length(m), v * members.size() + i);
      }
    }
    return NO_MATCH;
  }

  @Override
  public char[] value(int valueIndex) {
    int n = members.size();
    return members.get(valueIndex % n).value(valueIndex / n);
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
    for (Matcher m : members) {
      m.markKeyUnits(set);
    }
  }
}
