package jp.shinsa.domain.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegexLiteralsTest {

  @Test
  void takesTheMostSelectiveMandatoryLiteralOfEachBranch() {
    assertEquals(Set.of("監査", "audit"), RegexLiterals.required("(?:監査)|(?:\\baudits?\\b)"));
    assertEquals(Set.of("処理成果", "派生データ"), RegexLiterals.required("(処理成果|派生データ).{0,60}(権利|帰属)"));
    assertEquals(Set.of("ない"), RegexLiterals.required("(?<!少|危)ない(?!場合)"));
  }

  @Test
  void everyMandatoryPartOfOneSequenceIsRequiredAsWell() {
    assertEquals(
        List.of(Set.of("処理成果", "派生データ"), Set.of("権利", "帰属")),
        RegexLiterals.requiredAll("(?:(処理成果|派生データ).{0,60}(権利|帰属))"));
    assertEquals(
        List.of(Set.of("監査"), Set.of("乙"), Set.of("を"), Set.of("報告")),
        RegexLiterals.requiredAll("乙(?:は|が)?.{0,9}監査(?:結果)?を(?:[^。]*)報告"));
  }

  @Test
  void optionalPartsAndAlternativesAreNotRequiredTogether() {
    assertEquals(
        List.of(Set.of("監査", "audit")), RegexLiterals.requiredAll("(?:監査)|(?:\\baudits?\\b)"));
    assertEquals(List.of(Set.of("権利")), RegexLiterals.requiredAll("(処理成果|派生データ)?.{0,60}権利"));
    assertEquals(List.of(Set.of("ない")), RegexLiterals.requiredAll("(?<!少|危)ない(?!場合)"));
    assertEquals(
        List.of(Set.of("学習", "training")),
        RegexLiterals.requiredAll("(?:学習|(?:(?:ai|model) )?training)(?:データ)?"));
    assertNull(RegexLiterals.requiredAll("(?:監査)|(?:\\d+)"));
  }

  @Test
  void givesUpWhenABranchHasNoMandatoryLiteral() {
    assertNull(RegexLiterals.required("(?:監査)|(?:\\d+)"));
    assertNull(RegexLiterals.required("(a)?"));
  }

  @Test
  void aPrefilterRulesOutOnlyTextsThatLackANeededLiteral() {
    java.util.regex.Pattern p =
        java.util.regex.Pattern.compile(
            "(?:Licen[cs]e|permit)\\s.{0,20}(?:sublicen|transfer)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    List<Set<String>> sets = RegexLiterals.prefilter(p);
    assertEquals(
        Set.of(Set.of("licence", "license", "permit"), Set.of("sublicen", "transfer")),
        Set.copyOf(sets));
    assertTrue(RegexLiterals.mayOccur(sets, "a licence to sublicense"));
    assertFalse(RegexLiterals.mayOccur(sets, "a licence to use"), "one part missing");
    assertTrue(RegexLiterals.mayOccur(List.of(), "anything"), "no sets: the regex must run");
    assertEquals(
        List.of(),
        RegexLiterals.prefilter(
            java.util.regex.Pattern.compile("permit", java.util.regex.Pattern.MULTILINE)),
        "flags other than case folding are not read");
  }

  /**
   * A literal run goes on through a class of a few plain characters or a group of plain
   * alternatives, as the set of its spellings: each is in every match, and each is longer than the
   * pieces either side.
   */
  @Test
  void aRunGoesOnThroughFewSpellings() {
    assertEquals(Set.of("set-off", "set off"), RegexLiterals.required("\\bset[- ]off\\b"));
    assertEquals(Set.of("pays to", "paid to"), RegexLiterals.required("\\bpa(ys|id) to\\b"));
    assertEquals(
        Set.of("written notice", "prior notice"),
        RegexLiterals.required("(?:(?:written|prior) notice)|(?:注意)?.{0,3}\\bprior notice"));
    assertEquals(
        Set.of(" notice"), RegexLiterals.required("(?:written|prior)? notice"), "optional");
    assertEquals(
        Set.of("assign"), RegexLiterals.required("assign[a-z]"), "a range is not spelled out");
    assertEquals(
        Set.of("pay"), RegexLiterals.required("pay[^s]"), "a negated class is not spelled out");
    assertEquals(Set.of("、", ","), RegexLiterals.required("[、,]"));
  }

  @Test
  void aMandatoryClassThatCannotExtendARunStillNeedsOneOfItsCharacters() {
    // Repeated: one of the characters opens every match, however many follow.
    assertEquals(Set.of("x", "y"), RegexLiterals.required("^[xy]+\\d"));
    // Too wide to fork a run into spellings, but a candidate of its own.
    assertEquals(Set.of("あ", "い", "う", "え", "お", "か"), RegexLiterals.required("[あいうえおか]\\s"));
    assertEquals(
        Set.of("no.", "a", "b", "c"),
        RegexLiterals.required("(?:no\\.)|(?:^[abc]{1,3}\\s)"),
        "a branch proved by a class keeps the whole alternation provable");
    assertNull(RegexLiterals.required("[xy]*\\d"), "an optional class proves nothing");
    assertNull(RegexLiterals.required("[a-f]+\\d"), "nor does a range");
    java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?:no\\.)|(?:^[abc]{1,3}\\s)");
    List<Set<String>> sets = RegexLiterals.prefilter(p);
    for (String text : List.of("b 1", "no. 4", "cab x", "xyz", "d e")) {
      assertEquals(
          p.matcher(text).find(),
          p.matcher(text).find() && RegexLiterals.mayOccur(sets, text),
          "the prefilter never hides a match: " + text);
    }
    assertFalse(RegexLiterals.mayOccur(sets, "d e"));
  }
}
