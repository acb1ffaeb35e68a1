package jp.shinsa.infrastructure.detection;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Puts a lookahead for the characters a match can open with in front of a cue regex: {@code
 * (?:監査)|(?:検査)|(?=[Aa])\b(?:audit)} becomes {@code
 * (?=[監検Aa])(?:(?:監査)|(?:検査)|(?=[Aa])\b(?:audit))}.
 *
 * <p>Why: a search tries the regex at every position of the sentence, and at each one Java tries
 * every alternative of the cue list in turn (dozens of them). One character-class test rules out
 * the positions where no alternative can start.
 *
 * <p>The rewrite keeps every match identical, start, end and groups included: the lookahead
 * consumes nothing and only fails at positions whose character no match can open with, where the
 * regex fails anyway; the regex itself is unchanged inside a non-capturing group, so group numbers
 * do not move. Under the pattern's case folding the class folds as the letters it was read from do.
 * A regex whose opening characters cannot be proved (a dot, a negated class, a shorthand such as
 * {@code \s}, an inline flag, a match that may be empty) is returned unchanged.
 */
final class FirstCharGuard {

  private final String re;
  private int pos;

  private FirstCharGuard(String re) {
    this.re = re;
  }

  /**
   * The opening characters of the part read (class atoms; null: any character may open it), and
   * whether that part may be empty.
   */
  private record First(Set<String> atoms, boolean nullable) {}

  /** An item that may open with any character (a dot, a shorthand, a negated class). */
  private static final First ANY = new First(null, false);

  static String guard(String regex) {
    try {
      FirstCharGuard g = new FirstCharGuard(regex);
      First f = g.alternation();
      if (g.pos != regex.length() || f.atoms() == null || f.nullable() || f.atoms().isEmpty()) {
        return regex;
      }
      return "(?=[" + String.join("", f.atoms()) + "])(?:" + regex + ")";
    } catch (RuntimeException e) {
      return regex;
    }
  }

  private First alternation() {
    Set<String> atoms = new LinkedHashSet<>();
    boolean nullable = false;
    boolean any = false;
    while (true) {
      First branch = sequence();
      if (branch.atoms() == null) {
        any = true;
      } else {
        atoms.addAll(branch.atoms());
      }
      nullable |= branch.nullable();
      if (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        continue;
      }
      return new First(any ? null : atoms, nullable);
    }
  }

  private First sequence() {
    Set<String> atoms = new LinkedHashSet<>();
    boolean open = true; // every item so far may match empty: the next one can open the match
    boolean any = false;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      First item = item();
      if (open && item != null) {
        if (item.atoms() == null) {
          any = true;
        } else {
          atoms.addAll(item.atoms());
        }
        open = item.nullable();
      }
    }
    return new First(any ? null : atoms, open);
  }

  /** One item with its quantifier; null for a zero-width one (anchor, boundary, lookaround). */
  private First item() {
    char c = re.charAt(pos);
    First f;
    if (c == '(') {
      f = group();
    } else if (c == '[') {
      String cls = charClass();
      f = cls == null ? ANY : new First(Set.of(cls), false);
    } else if (c == '\\') {
      char e = re.charAt(pos + 1);
      pos += 2;
      if (e == 'b' || e == 'B' || e == 'A' || e == 'G' || e == 'z' || e == 'Z') {
        f = null;
      } else if (e == 'd' || e == 's' || e == 'w') {
        // Without the Unicode class flag these are ASCII classes, written the same in the guard.
        f = new First(Set.of("\\" + e), false);
      } else if ("SDWhHvVR".indexOf(e) >= 0 || Character.isDigit(e)) {
        f = ANY; // a shorthand class or a back reference
      } else if ((e == 'p' || e == 'P') && pos < re.length() && re.charAt(pos) == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed property");
        }
        pos = close + 1;
        f = ANY;
      } else if (Character.isLetterOrDigit(e) || e > 0x7F) {
        throw new IllegalArgumentException("escape not read");
      } else {
        f = new First(Set.of("\\" + e), false);
      }
    } else if (c == '^' || c == '$') {
      pos++;
      f = null;
    } else if (c == '.') {
      pos++;
      f = ANY;
    } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == ']' || c == '}') {
      throw new IllegalArgumentException("any character, or a quantifier without an item");
    } else if (Character.isSurrogate(c)) {
      pos++;
      f = ANY; // half of a supplementary character: not written into a class
    } else {
      pos++;
      f = new First(Set.of(atom(c)), false);
    }
    boolean optional = quantifierMayRepeatZeroTimes();
    if (f == null) {
      return null;
    }
    return optional ? new First(f.atoms(), true) : f;
  }

  /** A group: lookarounds are zero-width; flags of any kind are not read. */
  private First group() {
    pos++;
    boolean zeroWidth = false;
    if (re.charAt(pos) == '?') {
      char k = re.charAt(pos + 1);
      if (k == ':' || k == '>') {
        pos += 2;
      } else if (k == '=' || k == '!') {
        pos += 2;
        zeroWidth = true;
      } else if (k == '<' && (re.charAt(pos + 2) == '=' || re.charAt(pos + 2) == '!')) {
        pos += 3;
        zeroWidth = true;
      } else if (k == '<') {
        int close = re.indexOf('>', pos);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed group name");
        }
        pos = close + 1;
      } else {
        throw new IllegalArgumentException("inline flags");
      }
    }
    First inner = alternation();
    if (pos >= re.length() || re.charAt(pos) != ')') {
      throw new IllegalArgumentException("unclosed group");
    }
    pos++;
    return zeroWidth ? null : inner;
  }

  /**
   * A character class as written, to be nested in the guard's class (a union); null when it is not
   * a plain one (negated, nested, an intersection, a shorthand or other escaped letter inside, a
   * supplementary character), which is then read as opening with any character.
   */
  private String charClass() {
    int start = pos;
    pos++;
    boolean plain = true;
    if (re.charAt(pos) == '^') {
      plain = false;
      pos++;
    }
    int depth = 1;
    boolean first = true;
    while (true) {
      char c = re.charAt(pos);
      if (c == '\\') {
        if (Character.isLetterOrDigit(re.charAt(pos + 1))) {
          plain = false;
        }
        pos += 2;
      } else if (c == ']' && first) {
        throw new IllegalArgumentException("class opening with ]");
      } else if (c == '[') {
        plain = false;
        depth++;
        pos++;
      } else if (c == ']') {
        pos++;
        if (--depth == 0) {
          return plain ? re.substring(start, pos) : null;
        }
      } else {
        if (c == '&' || Character.isSurrogate(c)) {
          plain = false;
        }
        pos++;
      }
      first = false;
    }
  }

  /** Reads a quantifier if one follows; true when it allows zero repetitions. */
  private boolean quantifierMayRepeatZeroTimes() {
    if (pos >= re.length()) {
      return false;
    }
    char c = re.charAt(pos);
    boolean zero;
    if (c == '*' || c == '?') {
      pos++;
      zero = true;
    } else if (c == '+') {
      pos++;
      zero = false;
    } else if (c == '{') {
      int close = re.indexOf('}', pos);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed repetition");
      }
      String min = re.substring(pos + 1, close).split(",", -1)[0].strip();
      zero = Integer.parseInt(min) == 0;
      pos = close + 1;
    } else {
      return false;
    }
    if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
      pos++;
    }
    return zero;
  }

  /** A literal character written so that it means itself inside a class. */
  private static String atom(char c) {
    return c < 0x80 && !Character.isLetterOrDigit(c) ? "\\" + c : String.valueOf(c);
  }
}
