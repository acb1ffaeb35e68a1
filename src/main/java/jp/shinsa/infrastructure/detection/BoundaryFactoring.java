package jp.shinsa.infrastructure.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a cue regex so that consecutive alternatives opening with a word boundary share one:
 * {@code (?:\bshall\b)|(?:\bmust\b)|義務} becomes {@code \b(?:(?:shall\b)|(?:must\b))|義務}.
 *
 * <p>Why: the cue lists are joined into alternations of dozens of English words, each written
 * {@code \bword}. A search tries every alternative at every position of the sentence, and Java
 * evaluates each {@code \b} there afresh (two code points read and classified): on the benchmark
 * contracts that was a quarter of all judging time. The shared boundary is tested once per
 * position.
 *
 * <p>The rewrite keeps every match identical, start, end and groups included: a word boundary is a
 * zero-width test without choices, so testing it once before the alternatives, which are then tried
 * in the same order, explores exactly the same paths. It only adds non-capturing groups, so group
 * numbers do not move. A regex it cannot read with certainty is returned unchanged.
 */
final class BoundaryFactoring {

  private static final String BOUNDARY = "\\b";

  private final String re;
  private int pos;

  /**
   * Whether lookahead guards may be added: not when an inline flag turns on Unicode case folding,
   * under which a letter also matches characters outside ASCII ("k" the Kelvin sign).
   */
  private final boolean guard;

  private BoundaryFactoring(String re, boolean guard) {
    this.re = re;
    this.guard = guard;
  }

  private static final java.util.regex.Pattern UNICODE_CASE =
      java.util.regex.Pattern.compile("\\(\\?[a-zA-Z-]*u");

  static String factor(String regex) {
    String shared = rewrite(regex, false);
    // Guards go on in a second pass, once every boundary that can be shared has been: a guard
    // inside a group would hide the group's boundary from the alternation around it.
    return UNICODE_CASE.matcher(regex).find() ? shared : rewrite(shared, true);
  }

  private static String rewrite(String regex, boolean guard) {
    try {
      BoundaryFactoring f = new BoundaryFactoring(regex, guard);
      List<List<String>> alternatives = f.alternation();
      if (f.pos != regex.length()) {
        return regex;
      }
      return join(merge(alternatives, guard));
    } catch (RuntimeException e) {
      return regex;
    }
  }

  /** Alternatives of the alternation from here to the closing parenthesis or the end. */
  private List<List<String>> alternation() {
    List<List<String>> alternatives = new ArrayList<>();
    List<String> current = new ArrayList<>();
    while (pos < re.length() && re.charAt(pos) != ')') {
      char c = re.charAt(pos);
      if (c == '|') {
        alternatives.add(current);
        current = new ArrayList<>();
        pos++;
      } else {
        current.add(item());
      }
    }
    alternatives.add(current);
    return alternatives;
  }

  /** One item with its quantifier, as text; a plain non-capturing group is rewritten inside. */
  private String item() {
    int start = pos;
    char c = re.charAt(pos);
    String body;
    if (c == '\\') {
      if (re.startsWith("\\Q", pos)) {
        int end = re.indexOf("\\E", pos + 2);
        pos = end < 0 ? re.length() : end + 2;
      } else {
        pos += 2;
        if (pos > re.length()) {
          throw new IllegalArgumentException("dangling escape");
        }
      }
      body = re.substring(start, pos);
    } else if (c == '[') {
      skipClass();
      body = re.substring(start, pos);
    } else if (c == '(') {
      body = group();
    } else {
      pos++;
      body = re.substring(start, pos);
    }
    return body + quantifier();
  }

  private String group() {
    int start = pos;
    pos++;
    String opener;
    if (re.startsWith("?", pos)) {
      int p = pos + 1;
      while (p < re.length() && "idmsuxU-".indexOf(re.charAt(p)) >= 0) {
        p++;
      }
      if (p < re.length() && re.charAt(p) == ')' && p > pos + 1) {
        // An inline flag setting such as (?i): an item of its own, not a group.
        pos = p + 1;
        return re.substring(start, pos);
      }
      if (re.startsWith(":", pos + 1)) {
        opener = "(?:";
      } else if (p < re.length() && re.charAt(p) == ':') {
        opener = re.substring(start, p + 1);
      } else if (re.startsWith("=", pos + 1) || re.startsWith("!", pos + 1)) {
        opener = re.substring(start, pos + 2);
      } else if (re.startsWith("<=", pos + 1) || re.startsWith("<!", pos + 1)) {
        opener = re.substring(start, pos + 3);
      } else if (re.startsWith(">", pos + 1)) {
        opener = "(?>";
      } else if (re.startsWith("<", pos + 1)) {
        int close = re.indexOf('>', pos);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed group name");
        }
        opener = re.substring(start, close + 1);
      } else {
        throw new IllegalArgumentException("unknown group");
      }
      pos = start + opener.length();
    } else {
      opener = "(";
    }
    List<List<String>> inner = alternation();
    if (pos >= re.length() || re.charAt(pos) != ')') {
      throw new IllegalArgumentException("unclosed group");
    }
    pos++;
    return opener + join(merge(inner, guard)) + ")";
  }

  private void skipClass() {
    pos++;
    if (re.startsWith("^", pos)) {
      pos++;
    }
    int depth = 1;
    boolean first = true;
    while (pos < re.length()) {
      char c = re.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == '[') {
        depth++;
        pos++;
      } else if (c == ']' && !first) {
        pos++;
        if (--depth == 0) {
          return;
        }
      } else if (c == ']') {
        throw new IllegalArgumentException("class opening with ]");
      } else {
        pos++;
      }
      first = false;
    }
    throw new IllegalArgumentException("unclosed class");
  }

  private String quantifier() {
    int start = pos;
    if (pos < re.length()) {
      char c = re.charAt(pos);
      if (c == '*' || c == '+' || c == '?') {
        pos++;
      } else if (c == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed repetition");
        }
        pos = close + 1;
      } else {
        return "";
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++;
      }
    }
    return re.substring(start, pos);
  }

  /**
   * The alternatives with each run of consecutive ones that open with a word boundary merged into
   * one: the boundary, then a non-capturing group of their rests in the same order.
   */
  private static List<List<String>> merge(List<List<String>> alternatives, boolean guard) {
    List<List<String>> opened = new ArrayList<>();
    for (List<String> a : alternatives) {
      opened.add(liftBoundary(a));
    }
    List<List<String>> merged = new ArrayList<>();
    int i = 0;
    while (i < opened.size()) {
      int j = i;
      while (j < opened.size() && startsWithBoundary(opened.get(j))) {
        j++;
      }
      if (j - i >= 2) {
        List<String> rests = new ArrayList<>();
        for (int k = i; k < j; k++) {
          rests.add(String.join("", opened.get(k).subList(1, opened.get(k).size())));
        }
        merged.add(List.of(BOUNDARY, "(?:" + String.join("|", rests) + ")"));
        i = j;
      } else {
        merged.add(opened.get(i));
        i++;
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> a : merged) {
      out.add(guard ? guarded(a) : a);
    }
    return out;
  }

  /**
   * A boundary followed only by what must start with one of a few ASCII letters or digits is
   * preceded by a lookahead for those characters: {@code \b(?:shall|must)} becomes {@code
   * (?=[sSmM])\b(?:shall|must)}. Where the next character is none of them nothing after the
   * boundary could match, so the lookahead fails exactly where the whole would, but with one table
   * lookup instead of the boundary's classification of two code points; elsewhere it changes
   * nothing. Both cases of each letter are listed, so the guard does not depend on the flags.
   */
  private static List<String> guarded(List<String> alternative) {
    if (!startsWithBoundary(alternative) || alternative.size() < 2) {
      return alternative;
    }
    java.util.Set<Character> first = new java.util.TreeSet<>();
    if (!firstCharacters(String.join("", alternative.subList(1, alternative.size())), first)) {
      return alternative;
    }
    StringBuilder guard = new StringBuilder("(?=[");
    first.forEach(guard::append);
    guard.append("])");
    List<String> out = new ArrayList<>();
    out.add(guard.toString());
    out.addAll(alternative);
    return out;
  }

  /**
   * Adds the characters a match of the regex must start with, when each alternative provably starts
   * with an ASCII letter or digit written as itself (through opening groups), not optional; false
   * when that cannot be shown.
   */
  private static boolean firstCharacters(String regex, java.util.Set<Character> out) {
    BoundaryFactoring f = new BoundaryFactoring(regex, false);
    List<List<String>> alternatives = f.alternation();
    if (f.pos != regex.length()) {
      return false;
    }
    for (List<String> a : alternatives) {
      if (a.isEmpty()) {
        return false;
      }
      String item = a.get(0);
      char c = item.charAt(0);
      if (c == '(') {
        String inner;
        if (item.startsWith("(?:") && item.endsWith(")")) {
          inner = item.substring(3, item.length() - 1);
        } else if (!item.startsWith("(?") && item.endsWith(")")) {
          inner = item.substring(1, item.length() - 1);
        } else {
          return false;
        }
        if (!firstCharacters(inner, out)) {
          return false;
        }
      } else if (item.length() == 1 && c < 0x80 && Character.isLetterOrDigit(c)) {
        out.add(Character.toLowerCase(c));
        out.add(Character.toUpperCase(c));
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithBoundary(List<String> alternative) {
    return !alternative.isEmpty() && alternative.get(0).equals(BOUNDARY);
  }

  /**
   * An alternative that is one unquantified non-capturing group whose content opens with a boundary
   * (after its own merging, {@code (?:\b(?:a|b))}) opens with that boundary itself.
   */
  private static List<String> liftBoundary(List<String> alternative) {
    if (alternative.size() != 1) {
      return alternative;
    }
    String only = alternative.get(0);
    String inner = "(?:" + BOUNDARY;
    if (only.startsWith(inner) && only.endsWith(")") && singleGroup(only)) {
      return List.of(BOUNDARY, "(?:" + only.substring(inner.length()));
    }
    return alternative;
  }

  /**
   * Whether the text is one group closed by its last character, and its content is one alternative
   * (no top-level '|'): re-read, so that the lift never splits what it cannot see.
   */
  private static boolean singleGroup(String text) {
    BoundaryFactoring f = new BoundaryFactoring(text, false);
    f.pos = 3;
    List<List<String>> inner = f.alternation();
    return f.pos == text.length() - 1 && inner.size() == 1;
  }

  private static String join(List<List<String>> alternatives) {
    List<String> parts = new ArrayList<>();
    for (List<String> a : alternatives) {
      parts.add(String.join("", a));
    }
    return String.join("|", parts);
  }
}
