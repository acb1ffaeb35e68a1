package jp.shinsa.domain.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
  void givesUpWhenABranchHasNoMandatoryLiteral() {
    assertNull(RegexLiterals.required("(?:監査)|(?:\\d+)"));
    assertNull(RegexLiterals.required("(a)?"));
  }
}
