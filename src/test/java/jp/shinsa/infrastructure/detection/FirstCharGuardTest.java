package jp.shinsa.infrastructure.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharGuardTest {

  @Test
  void theCharactersEveryAlternativeOpensWithAreTestedFirst() {
    assertEquals("(?=[猫犬])(?:猫|犬です)", FirstCharGuard.guard("猫|犬です"));
    assertEquals("(?=[pq])(?:(?:pen)|(?:quill))", FirstCharGuard.guard("(?:pen)|(?:quill)"));
  }

  @Test
  void anOptionalOpeningLetsTheNextItemOpenTooAndZeroWidthItemsOpenNothing() {
    assertEquals("(?=[xyz])(?:x?y+|z)", FirstCharGuard.guard("x?y+|z"));
    assertEquals("(?=[ab])(?:(?:a){0,2}b)", FirstCharGuard.guard("(?:a){0,2}b"));
    assertEquals(
        "(?=[t])(?:(?=[Tt])\\b(?<![\\w'])t)", FirstCharGuard.guard("(?=[Tt])\\b(?<![\\w'])t"));
    assertEquals("(?=[\\.\\ k])(?:\\.x|\\ y|^k$)", FirstCharGuard.guard("\\.x|\\ y|^k$"));
  }

  @Test
  void aClassIsNestedAsItIsWritten() {
    assertEquals("(?=[[a-c]d])(?:[a-c]x|d)", FirstCharGuard.guard("[a-c]x|d"));
  }

  @Test
  void whatFollowsTheOpeningMayBeAnything() {
    assertEquals(
        "(?=[ab])(?:(a|b).{0,4}\\s[^x]\\1)", FirstCharGuard.guard("(a|b).{0,4}\\s[^x]\\1"));
    assertEquals("(?=[\\s\\dn])(?:\\s*\\d+|no)", FirstCharGuard.guard("\\s*\\d+|no"));
  }

  @Test
  void whatMayOpenWithAnyCharacterOrMatchNothingIsReturnedUnchanged() {
    for (String re :
        List.of(
            "a|.b", "a|\\Sb", "[^a]b", "a|", "x?", "\\bq*", "(?i)a", "(?i:a)b", "\\1a", "[\\w]x",
            "[a[b]]", "\\Qa\\E", "\\p{L}", "(a|b")) {
      assertEquals(re, FirstCharGuard.guard(re), re);
    }
  }

  /** The guard changes nothing a pattern finds, here on random short strings of its own letters. */
  @Test
  void matchesAreUnchangedOnRandomText() {
    Random random = new Random(7);
    String alphabet = "abxyzAB .-k\n猫犬0٣\t_\u00A0";
    for (String re :
        List.of(
            "x?y+|z",
            "(?:a){0,2}b|\\.x",
            "(?=[Kk])\\bk(a|b)?|[a-c]x|猫(犬)?",
            "(?:y|(b))+a",
            "(a|b).{0,3}\\s?(x|\\1)",
            "\\d+ ?(k|x)|a",
            "^\\s*(no|\\w)\\s")) {
      String guarded = FirstCharGuard.guard(re);
      assertTrue(!guarded.equals(re), re);
      for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
        Pattern before = Pattern.compile(re, flags);
        Pattern after = Pattern.compile(guarded, flags);
        for (int n = 0; n < 2000; n++) {
          StringBuilder sb = new StringBuilder();
          for (int k = random.nextInt(12); k > 0; k--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          String text = sb.toString();
          assertEquals(
              BoundaryFactoringTest.matches(before, text),
              BoundaryFactoringTest.matches(after, text),
              re + " on " + text);
        }
      }
    }
  }

  /**
   * Every cue list of the bundled data, joined and factored as the readers do, finds the same
   * matches (start, end and every group) once guarded, on the lines of labelled samples.
   */
  @Test
  void everyBundledCueListMatchesExactlyAsBefore() throws IOException {
    List<String> lines = BoundaryFactoringTest.sampleLines();
    int guarded = 0;
    for (List<String> cues : BoundaryFactoringTest.bundledCueLists()) {
      String factored;
      Pattern before;
      try {
        factored = BoundaryFactoring.factor(JsonData.joined(cues));
        before = Pattern.compile(factored, Pattern.CASE_INSENSITIVE);
      } catch (IllegalArgumentException e) {
        continue;
      }
      String withGuard = FirstCharGuard.guard(factored);
      if (withGuard.equals(factored)) {
        continue;
      }
      guarded++;
      Pattern after = Pattern.compile(withGuard, Pattern.CASE_INSENSITIVE);
      assertEquals(before.matcher("").groupCount(), after.matcher("").groupCount(), factored);
      for (String line : lines) {
        assertEquals(
            BoundaryFactoringTest.matches(before, line),
            BoundaryFactoringTest.matches(after, line),
            factored + " on " + line);
      }
    }
    assertTrue(guarded > 500, "lists guarded: " + guarded);
  }
}
