package jp.shinsa.domain.judgment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over the required literals of all topic cues: one pass over a sentence
 * tells which literals occur, so that of the ~1,000 cues only those that can match are run as
 * regexes. This keeps judging linear in the text, whatever the number of items.
 */
public final class LiteralIndex {

  private final Map<String, Integer> ids = new LinkedHashMap<>();
  private final List<Map<Character, Integer>> next = new ArrayList<>();
  private final List<Integer> fail = new ArrayList<>();
  private final List<List<Integer>> out = new ArrayList<>();

  public LiteralIndex(Iterable<String> literals) {
    newState();
    for (String lit : literals) {
      if (lit.isEmpty() || ids.containsKey(lit)) {
        continue;
      }
      int id = ids.size();
      ids.put(lit, id);
      int s = 0;
      for (char c : lit.toCharArray()) {
        Integer t = next.get(s).get(c);
        if (t == null) {
          t = newState();
          next.get(s).put(c, t);
        }
        s = t;
      }
      out.get(s).add(id);
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int t : next.get(0).values()) {
      fail.set(t, 0);
      queue.add(t);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (Map.Entry<Character, Integer> e : next.get(s).entrySet()) {
        int t = e.getValue();
        queue.add(t);
        int f = fail.get(s);
        while (f != 0 && !next.get(f).containsKey(e.getKey())) {
          f = fail.get(f);
        }
        Integer ft = next.get(f).get(e.getKey());
        fail.set(t, ft != null && ft != t ? ft : 0);
        out.get(t).addAll(out.get(fail.get(t)));
      }
    }
  }

  private int newState() {
    next.add(new HashMap<>());
    fail.add(0);
    out.add(new ArrayList<>());
    return next.size() - 1;
  }

  /** Number of distinct literals indexed (ids run from 0 to size - 1). */
  public int size() {
    return ids.size();
  }

  /** Id of a literal, or -1 when it is not indexed. */
  public int id(String literal) {
    return ids.getOrDefault(literal, -1);
  }

  /** The ids of all indexed literals occurring in the (lower-cased) text. */
  public BitSet scan(String lower) {
    BitSet found = new BitSet(ids.size());
    int s = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      Integer t;
      while ((t = next.get(s).get(c)) == null && s != 0) {
        s = fail.get(s);
      }
      s = t == null ? 0 : t;
      for (int id : out.get(s)) {
        found.set(id);
      }
    }
    return found;
  }
}
