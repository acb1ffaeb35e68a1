package jp.shinsa.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseFingerprintTest {

  @Test
  void reExtractionWithOtherLineBreaksAndCharacterWidthsKeepsTheFingerprint() {
    ClauseFingerprint a = ClauseFingerprint.ofClauseText("乙は、甲データを３０日以内に\n削除する。");
    ClauseFingerprint b = ClauseFingerprint.ofClauseText("乙は、甲データを30日以内に削除する。 ");
    assertEquals(a, b);
  }

  @Test
  void changedWordingChangesTheFingerprint() {
    assertNotEquals(
        ClauseFingerprint.ofClauseText("Provider shall delete Customer Data within 30 days."),
        ClauseFingerprint.ofClauseText("Provider may delete Customer Data within 30 days."));
  }

  @Test
  void noClauseAndBlankTextShareTheNoneFingerprint() {
    assertTrue(ClauseFingerprint.ofClauseText(null).isNone());
    assertTrue(ClauseFingerprint.ofClauseText(" \n").isNone());
    assertFalse(ClauseFingerprint.ofClauseText("第1条 目的").isNone());
    assertEquals(64, ClauseFingerprint.none().value().length());
  }

  @Test
  void onlyWellFormedHashesAreAccepted() {
    assertThrows(IllegalArgumentException.class, () -> new ClauseFingerprint("abc"));
  }
}
