package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.shinsa.domain.contract.Grammar;

/**
 * Splits clause text into sentences. Japanese sentences end at 。 outside brackets (definitions such
 * as （以下「処理成果」という。） must not end a sentence); English sentences end at . ! ? followed by white
 * space and an upper-case letter or a bracketed enumerator, unless the period belongs to an
 * abbreviation or a number ("Sec. 8.2", "U.S.").
 */
public final class SentenceSplitter {

  /** Words whose period does not end a sentence ("Sec. 8.2", "U.S."), lower case. */
  private final Set<String> abbreviations;

  /** Words naming a clause or annex: a number after one that ends in a period ends a sentence. */
  private final Set<String> referenceWords;

  /**
   * @param grammar the word lists {@code abbreviationsEn} and {@code referenceWordsEn} (whole
   *     words, compared in lower case)
   */
  public SentenceSplitter(Grammar grammar) {
    abbreviations = lowerCase(grammar.words("abbreviationsEn"));
    referenceWords = lowerCase(grammar.words("referenceWordsEn"));
  }

  private static Set<String> lowerCase(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  public List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    int depth = 0;
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '（', '(', '「', '『', '[', '【' -> depth++;
        case '）', ')', '」', '』', ']', '】' -> depth = Math.max(0, depth - 1);
        default -> {}
      }
      boolean end = false;
      if (c == '。' || c == '．') {
        end = depth == 0;
      } else if ((c == '.' || c == '!' || c == '?') && depth == 0) {
        end = isEnglishSentenceEnd(text, i);
      }
      if (end) {
        add(out, text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < n) {
      add(out, text.substring(start));
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }

  private boolean isEnglishSentenceEnd(String text, int i) {
    int n = text.length();
    if (i + 1 >= n) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int j = i + 1;
    while (j < n && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= n) {
      return true;
    }
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next)
        || next == '('
        || next == '"'
        || next == '“'
        || Character.isIdeographic(next))) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int k = i - 1;
    while (k >= 0 && !Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '(') {
      k--;
    }
    String word = text.substring(k + 1, i).toLowerCase();
    if (abbreviations.contains(word)) {
      return false;
    }
    // A single capital ("J. Smith") or a bare enumerator ("1.") is not a sentence end; a number
    // that closes a reference ("… under Clause 12. The Vendor …") is.
    return !(word.length() == 1 && Character.isLetter(word.charAt(0)))
        && (!word.chars().allMatch(Character::isDigit) || closesReference(text, k));
  }

  /** Whether the word that ends before {@code end} (a space) names a clause or annex. */
  private boolean closesReference(String text, int end) {
    int e = end;
    while (e >= 0 && Character.isWhitespace(text.charAt(e))) {
      e--;
    }
    int b = e;
    while (b >= 0 && !Character.isWhitespace(text.charAt(b))) {
      b--;
    }
    return e > b && referenceWords.contains(text.substring(b + 1, e + 1).toLowerCase());
  }
}
