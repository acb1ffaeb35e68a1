package jp.shinsa.domain.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists the sentence grammar (judgment) and the clause segmenter are built from, read from
 * {@code contracts-templates/lexicon/grammar.json}: the verbs of a grant, the phrases of ownership,
 * the predicates that mark a party label as a subject, the openers of a condition, the words of an
 * annex heading and the like. Each list is a set of regex alternatives (a few are whole words, as
 * their data comment says); the code keeps only the skeleton (punctuation, word boundaries,
 * lookarounds, the place of a party label) and inserts the list where the words go, so that a
 * reviewer extends the vocabulary without touching code.
 *
 * @param words the alternatives of each named list, in their written order
 */
public record Grammar(Map<String, List<String>> words) {

  public Grammar {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    words.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    words = Map.copyOf(copy);
  }

  /** The alternatives of one list; fails when the data lacks it or leaves it empty. */
  public List<String> words(String list) {
    List<String> w = words.get(list);
    if (w == null || w.isEmpty()) {
      throw new IllegalArgumentException("grammar list missing or empty: " + list);
    }
    return w;
  }

  /** The list as one regex alternation (no enclosing group: the skeleton supplies it). */
  public String alternation(String list) {
    return String.join("|", words(list));
  }
}
