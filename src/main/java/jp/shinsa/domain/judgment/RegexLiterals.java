package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds, for a cue regex, a set of lower-case literals of which every match must contain at least
 * one. The judge checks these with {@link String#contains} before running the regex: most sentences
 * share no word with most items, and a substring test is far cheaper than trying every branch of an
 * alternation at every position. Returns null when no such set can be proved (the regex then always
 * runs), so the prefilter can only skip work, never change a result.
 *
 * <p>Handles the regex subset used in the detection data: literals, escapes, classes, groups
 * (capturing, non-capturing, lookaround), alternation and quantifiers.
 */
public final class RegexLiterals {

  private final String re;
  private int pos;

  /**
   * Every literal set the last parsed alternation proves (each must be met by a match): all of its
   * branch's sets when it has one branch, else just the union of its branches.
   */
  private List<Set<String>> lastAll = List.of();

  private RegexLiterals(String re) {
    this.re = re;
  }

  public static Set<String> required(String regex) {
    try {
      RegexLiterals p = new RegexLiterals(regex);
      Set<String> s = p.alternation();
      return p.pos == regex.length() ? s : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Literal sets that every match of the regex must meet, each by at least one of its members: the
   * set of {@link #required} and, where the regex is one sequence, those of its other mandatory
   * parts ("(処理成果|派生データ).{0,60}(権利|帰属)" needs one of each pair). Checking all of them before
   * running the regex skips sentences that name only one side. Null when none can be proved.
   */
  public static List<Set<String>> requiredAll(String regex) {
    try {
      RegexLiterals p = new RegexLiterals(regex);
      Set<String> s = p.alternation();
      if (p.pos != regex.length() || s == null) {
        return null;
      }
      List<Set<String>> all = new ArrayList<>(List.of(s));
      for (Set<String> each : p.lastAll) {
        if (!all.contains(each)) {
          all.add(each);
        }
      }
      return List.copyOf(all);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The literal sets of {@link #requiredAll} for a compiled pattern, as a prefilter for {@link
   * #mayOccur}: empty (no test, the regex always runs) when none can be proved or when the pattern
   * has flags other than case folding, whose literals the parser cannot read.
   */
  public static List<Set<String>> prefilter(java.util.regex.Pattern p) {
    if (p == null || (p.flags() & ~java.util.regex.Pattern.CASE_INSENSITIVE) != 0) {
      return List.of();
    }
    List<Set<String>> sets = requiredAll(p.pattern());
    return sets == null ? List.of() : sets;
  }

  /**
   * Whether each literal set has a member in the text lower-cased with {@link Locale#ROOT}: false
   * proves that the pattern the sets were read from cannot match the text; true when there are no
   * sets.
   */
  public static boolean mayOccur(List<Set<String>> sets, String lower) {
    for (Set<String> anyOf : sets) {
      boolean any = false;
      for (String l : anyOf) {
        if (lower.contains(l)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /**
   * When every branch of the last parsed alternation (or the last parsed sequence) is plain literal
   * text, the texts it can match (at most {@link #MAX_VARIANTS}); else null.
   */
  private List<String> lastPure;

  /** How many spellings a literal run may fork into ("as[- ]is", "tr(y|ies) to"). */
  private static final int MAX_VARIANTS = 16;

  /** How many characters a class may have for a literal run to fork through it. */
  private static final int MAX_FORK = 4;

  /**
   * How many plain characters a class may have to be read at all; a wider one than {@link
   * #MAX_FORK} is a candidate of its own (one of its characters), not part of a run.
   */
  private static final int MAX_CLASS = 16;

  private Set<String> alternation() {
    Set<String> union = new LinkedHashSet<>();
    boolean provable = true;
    int branches = 0;
    List<Set<String>> single = List.of();
    Set<String> pure = new LinkedHashSet<>();
    boolean allPure = true;
    while (true) {
      Set<String> branch = sequence();
      branches++;
      single = lastAll;
      if (lastPure == null) {
        allPure = false;
      } else {
        pure.addAll(lastPure);
      }
      if (branch == null) {
        provable = false;
      } else {
        union.addAll(branch);
      }
      if (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        continue;
      }
      break;
    }
    Set<String> result = provable && !union.isEmpty() ? union : null;
    lastPure = allPure && pure.size() <= MAX_VARIANTS ? List.copyOf(pure) : null;
    lastAll =
        branches == 1
            ? single
            : result == null ? List.of() : List.of(Collections.unmodifiableSet(result));
    return result;
  }

  /**
   * Candidates: literal runs and mandatory groups; the most selective one wins. A run goes on
   * through a mandatory class of a few plain characters or a group of plain alternatives as the set
   * of its spellings ("as[- ]is": "as-is" or "as is"), each of which every match contains.
   */
  private Set<String> sequence() {
    List<Set<String>> candidates = new ArrayList<>();
    List<Set<String>> all = new ArrayList<>();
    List<String> run = new ArrayList<>(List.of(""));
    boolean pure = true;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      char c = re.charAt(pos);
      Set<String> group = null;
      List<Set<String>> groupAll = List.of();
      List<String> spellings = null;
      List<String> classChars = null;
      Character literal = null;
      boolean zeroWidth = false;
      if (c == '(') {
        pos++;
        boolean lookaround = false;
        if (pos < re.length() && re.charAt(pos) == '?') {
          pos++;
          char k = re.charAt(pos);
          if (k == ':') {
            pos++;
          } else if (k == '=' || k == '!') {
            pos++;
            lookaround = true;
          } else if (k == '<' && (re.charAt(pos + 1) == '=' || re.charAt(pos + 1) == '!')) {
            pos += 2;
            lookaround = true;
          } else {
            throw new IllegalArgumentException("unsupported group");
          }
        }
        Set<String> inner = alternation();
        List<Set<String>> innerAll = lastAll;
        List<String> innerPure = lastPure;
        expect(')');
        if (lookaround) {
          zeroWidth = true;
        } else {
          group = inner;
          groupAll = innerAll;
          spellings = innerPure;
        }
      } else if (c == '[') {
        classChars = smallClass();
        spellings = classChars != null && classChars.size() <= MAX_FORK ? classChars : null;
      } else if (c == '\\') {
        char e = re.charAt(pos + 1);
        pos += 2;
        if (e == 'b' || e == 'B') {
          zeroWidth = true;
        } else if (!Character.isLetterOrDigit(e)) {
          literal = e;
        }
      } else if (c == '^' || c == '$') {
        pos++;
        zeroWidth = true;
      } else if (c == '.') {
        pos++;
      } else {
        pos++;
        literal = c;
      }
      boolean optional = false;
      boolean repeated = false;
      if (pos < re.length()) {
        char q = re.charAt(pos);
        if (q == '?' || q == '*') {
          optional = true;
          pos++;
        } else if (q == '+') {
          repeated = true;
          pos++;
        } else if (q == '{') {
          int close = re.indexOf('}', pos);
          String body = re.substring(pos + 1, close);
          optional = body.startsWith("0");
          repeated = true;
          pos = close + 1;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
          pos++;
        }
      }
      if (zeroWidth) {
        continue;
      }
      if (literal != null && !optional && !repeated) {
        char ch = literal;
        run.replaceAll(r -> r + ch);
        continue;
      }
      if (spellings != null
          && !optional
          && !repeated
          && run.size() * spellings.size() <= MAX_VARIANTS) {
        List<String> longer = new ArrayList<>();
        for (String r : run) {
          for (String sp : spellings) {
            longer.add(r + sp);
          }
        }
        run = longer;
        if (group != null) {
          candidates.add(group);
          all.addAll(groupAll);
        }
        continue;
      }
      pure = false;
      run = flush(run, candidates);
      if (!optional) {
        if (group != null) {
          candidates.add(group);
        } else if (classChars != null) {
          // A mandatory class, repeated or too wide to fork the run ("[一二三四五六七八九十]+"):
          // every match holds one of its characters.
          flush(classChars, candidates);
        }
        all.addAll(groupAll);
      }
    }
    lastPure = pure ? List.copyOf(new LinkedHashSet<>(run)) : null;
    flush(run, candidates);
    all.addAll(candidates);
    lastAll = all;
    Set<String> best = null;
    int bestLen = 0;
    for (Set<String> cand : candidates) {
      int min = cand.stream().mapToInt(String::length).min().orElse(0);
      if (min > bestLen) {
        best = cand;
        bestLen = min;
      }
    }
    return best;
  }

  /**
   * Adds the run's spellings, lower-cased, as one candidate (none when a spelling is empty: it
   * would prove nothing) and returns a new empty run.
   */
  private static List<String> flush(List<String> run, List<Set<String>> candidates) {
    if (run.stream().noneMatch(String::isEmpty)) {
      Set<String> lower = new LinkedHashSet<>();
      run.forEach(r -> lower.add(r.toLowerCase(Locale.ROOT)));
      candidates.add(Collections.unmodifiableSet(lower));
    }
    return new ArrayList<>(List.of(""));
  }

  /**
   * Reads a class; its characters as one-character spellings when it is a few plain ones ("[- ]",
   * "[、,]", "[一二三四五六七八九十]"), else null (negated, ranges, escaped letters, nesting, more than {@link
   * #MAX_CLASS}).
   */
  private List<String> smallClass() {
    int start = pos;
    skipClass();
    String body = re.substring(start + 1, pos - 1);
    List<String> chars = new ArrayList<>();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length() && !Character.isLetterOrDigit(body.charAt(i + 1))) {
        c = body.charAt(++i);
      } else if (c == '\\'
          || c == '['
          || c == '&'
          || (c == '^' && i == 0)
          || (c == '-' && i > 0 && i < body.length() - 1)
          || Character.isSurrogate(c)) {
        return null;
      }
      if (!chars.contains(String.valueOf(c))) {
        chars.add(String.valueOf(c));
      }
    }
    return chars.isEmpty() || chars.size() > MAX_CLASS ? null : chars;
  }

  private void skipClass() {
    pos++;
    while (re.charAt(pos) != ']') {
      pos += re.charAt(pos) == '\\' ? 2 : 1;
    }
    pos++;
  }

  private void expect(char c) {
    if (re.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    pos++;
  }
}
