package jp.shinsa.domain.judgment;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One compiled cue pattern with the literals that any match must contain (see {@link
 * RegexLiterals}); the regex runs only when one of them occurs in the lower-cased text.
 *
 * @param pattern the compiled cue (case-insensitive)
 * @param literals required lower-case literals, or null when none can be proved
 */
public record Cue(Pattern pattern, String[] literals) {

  public static Cue of(Pattern pattern) {
    Set<String> l = RegexLiterals.required(pattern.pattern());
    return new Cue(pattern, l == null ? null : l.toArray(String[]::new));
  }

  /**
   * @param text NFKC-normalised text
   * @param lower the same text lower-cased with {@link java.util.Locale#ROOT}
   */
  public boolean find(String text, String lower) {
    if (literals != null) {
      boolean any = false;
      for (String l : literals) {
        if (lower.contains(l)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return pattern.matcher(text).find();
  }
}
