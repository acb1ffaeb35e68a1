package jp.shinsa.infrastructure.detection;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a short cue word from matching inside a longer word that means something else: 利用 (use)
 * inside 利用者 (user), 利用規約 (terms of use) or 利用料 (fee); "use" inside "user", "useful", "because" or
 * "refuse". The words and what may not stand next to them are data ({@code
 * contracts-templates/lexicon/compounds.json}): for each word, {@code notAfter} (what may not
 * precede it: {@code [a-z]} asks for a word boundary before an English word) and {@code notBefore}
 * (what may not follow it: the tails of the known compounds).
 *
 * <p>Every cue is rewritten when it is compiled: where the word stands in the regex as a token of
 * its own, it becomes {@code (?<!notAfter…)word(?!notBefore…)}. A token of its own means: the regex
 * opens a group, an alternative or a {@code \b} before it (for the guard before it) and closes or
 * continues with something other than a letter, a digit or a quantifier after it (for the guard
 * after it). So {@code (use|exploit)}, {@code use\w*} and {@code (利用|使用)(する|し)} are guarded, while
 * a cue that writes the longer word itself ({@code 利用者データ}, {@code re-?use}) keeps its meaning: a
 * cue that names the compound asks for it ({@code uses?} gets only the guard before it). An
 * occurrence inside a character class or right inside a lookaround is left alone.
 */
final class CompoundGuards {

  /**
   * @param word the literal as cues write it
   * @param notAfter regexes that may not end right before it (bounded length)
   * @param notBefore regexes that may not start right after it
   */
  record Guard(String word, List<String> notAfter, List<String> notBefore) {}

  private CompoundGuards() {}

  static List<Guard> read(JsonObject o) {
    List<Guard> out = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("words")) {
      JsonObject w = v.asJsonObject();
      out.add(
          new Guard(
              w.getString("word"),
              JsonData.strings(w, "notAfter"),
              JsonData.strings(w, "notBefore")));
    }
    return List.copyOf(out);
  }

  static String guard(String cue, List<Guard> guards) {
    String out = cue;
    for (Guard g : guards) {
      out = guard(out, g);
    }
    return out;
  }

  private static String guard(String cue, Guard g) {
    String w = g.word();
    if (cue.indexOf(w) < 0) {
      return cue;
    }
    StringBuilder sb = new StringBuilder();
    int from = 0;
    int at;
    while ((at = cue.indexOf(w, from)) >= 0) {
      int end = at + w.length();
      sb.append(cue, from, at);
      if (insideClassOrLookaround(cue, at)) {
        sb.append(w);
      } else {
        if (!g.notAfter().isEmpty() && opensToken(cue, at)) {
          sb.append("(?<!").append(String.join("|", g.notAfter())).append(')');
        }
        sb.append(w);
        if (!g.notBefore().isEmpty() && closesToken(cue, end)) {
          sb.append("(?!").append(String.join("|", g.notBefore())).append(')');
        }
      }
      from = end;
    }
    sb.append(cue, from, cue.length());
    return sb.toString();
  }

  /**
   * Whether the regex starts a token at {@code at}: start, after {@code (}, {@code |}, {@code \b}.
   */
  private static boolean opensToken(String re, int at) {
    if (at == 0) {
      return true;
    }
    char c = re.charAt(at - 1);
    if (c == '(' || c == '|') {
      return !escaped(re, at - 1);
    }
    if (c == ':' && at >= 3 && re.startsWith("(?:", at - 3)) {
      return true;
    }
    return c == 'b' && at >= 2 && re.charAt(at - 2) == '\\' && !escaped(re, at - 2);
  }

  /**
   * Whether the word ends a token at {@code end}: not followed by a letter, digit or quantifier.
   */
  private static boolean closesToken(String re, int end) {
    if (end == re.length()) {
      return true;
    }
    char c = re.charAt(end);
    return !Character.isLetterOrDigit(c) && "?*+{".indexOf(c) < 0;
  }

  private static boolean escaped(String re, int i) {
    int n = 0;
    while (i - 1 - n >= 0 && re.charAt(i - 1 - n) == '\\') {
      n++;
    }
    return n % 2 == 1;
  }

  /**
   * Whether {@code at} is inside a character class or directly inside a lookaround's opening (the
   * hand-written guards of a cue stay as they are).
   */
  private static boolean insideClassOrLookaround(String re, int at) {
    boolean inClass = false;
    for (int i = 0; i < at; i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
    }
    if (inClass) {
      return true;
    }
    for (String look : new String[] {"(?<!", "(?<=", "(?!", "(?="}) {
      if (at >= look.length() && re.startsWith(look, at - look.length())) {
        return true;
      }
    }
    return false;
  }
}
