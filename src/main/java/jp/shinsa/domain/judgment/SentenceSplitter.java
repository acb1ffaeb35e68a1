package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits clause text into sentences. Japanese sentences end at 。 outside brackets (definitions such
 * as （以下「処理成果」という。） must not end a sentence); English sentences end at . ! ? followed by white
 * space and an upper-case letter or a bracketed enumerator, unless the period belongs to an
 * abbreviation or a number ("Sec. 8.2", "U.S.").
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "no", "nos", "sec", "art", "para", "vs",
          "u.s", "mr", "ms", "dr", "st", "cf", "approx", "fig", "p", "pp", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "k.k", "l.l.c", "llc");

  private SentenceSplitter() {}

  public static List<String> split(String text) {
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

  private static boolean isEnglishSentenceEnd(String text, int i) {
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
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // A single capital ("J. Smith") or a bare enumerator ("1.") is not a sentence end; a number
    // that closes a reference ("… under Clause 12. The Vendor …") is.
    return !(word.length() == 1 && Character.isLetter(word.charAt(0)))
        && (!word.chars().allMatch(Character::isDigit) || closesReference(text, k));
  }

  private static final Set<String> REFERENCE_WORDS =
      Set.of(
          "section",
          "sections",
          "clause",
          "clauses",
          "article",
          "articles",
          "paragraph",
          "paragraphs",
          "annex",
          "schedule",
          "exhibit",
          "appendix",
          "attachment",
          "addendum",
          "§",
          "§§");

  /** Whether the word that ends before {@code end} (a space) names a clause or annex. */
  private static boolean closesReference(String text, int end) {
    int e = end;
    while (e >= 0 && Character.isWhitespace(text.charAt(e))) {
      e--;
    }
    int b = e;
    while (b >= 0 && !Character.isWhitespace(text.charAt(b))) {
      b--;
    }
    return e > b && REFERENCE_WORDS.contains(text.substring(b + 1, e + 1).toLowerCase());
  }
}
