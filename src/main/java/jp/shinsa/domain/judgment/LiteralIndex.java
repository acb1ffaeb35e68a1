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
    int states = next.size();
    keys = new char[states][];
    targets = new int[states][];
    failOf = new int[states];
    outOf = new int[states][];
    java.util.Arrays.fill(root, -1);
    for (int st = 0; st < states; st++) {
      List<Character> chars = new ArrayList<>(next.get(st).keySet());
      java.util.Collections.sort(chars);
      keys[st] = new char[chars.size()];
      targets[st] = new int[chars.size()];
      for (int k = 0; k < chars.size(); k++) {
        keys[st][k] = chars.get(k);
        targets[st][k] = next.get(st).get(chars.get(k));
      }
      failOf[st] = fail.get(st);
      outOf[st] = out.get(st).stream().mapToInt(Integer::intValue).toArray();
    }
    for (int k = 0; k < keys[0].length; k++) {
      root[keys[0][k]] = targets[0][k];
    }
  }

  // The automaton frozen into arrays for scanning: boxed map lookups per character cost more than
  // the rest of the scan. The root's transitions are a direct table (most steps start there).
  private final int[] root = new int[Character.MAX_VALUE + 1];
  private char[][] keys;
  private int[][] targets;
  private int[] failOf;
  private int[][] outOf;

  /** The state reached from {@code state} by {@code c}, or -1 when there is no transition. */
  private int step(int state, char c) {
    if (state == 0) {
      return root[c];
    }
    int k = java.util.Arrays.binarySearch(keys[state], c);
    return k >= 0 ? targets[state][k] : -1;
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
      int t;
      while ((t = step(s, c)) < 0 && s != 0) {
        s = failOf[s];
      }
      s = t < 0 ? 0 : t;
      for (int id : outOf[s]) {
        found.set(id);
      }
    }
    return found;
  }
}
