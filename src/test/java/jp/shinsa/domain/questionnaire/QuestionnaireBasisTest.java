package jp.shinsa.domain.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireBasisTest {

  @Test
  void theHighRiskAnswersAreKeptInTheOrderTheSheetAsksThem() {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("USERS", "CITIZENS_DIRECT");
    answers.put("WORK_NATURE", "ROUTINE");
    QuestionnaireBasis link = new QuestionnaireBasis(7);

    link.recordHighRisk(answers, true);

    assertEquals(answers, link.getHighRiskAnswers());
    assertEquals(
        java.util.List.of("USERS", "WORK_NATURE"),
        java.util.List.copyOf(link.getHighRiskAnswers().keySet()));
    assertTrue(link.getPotentiallyHighRisk().orElseThrow());
  }

  @Test
  void aQuestionnaireWithoutDeterminationOrContractHasNeither() {
    QuestionnaireBasis link = new QuestionnaireBasis(8);

    assertTrue(link.getHighRiskAnswers().isEmpty());
    assertTrue(link.getPotentiallyHighRisk().isEmpty());
    assertTrue(link.getContractId().isEmpty());
    assertTrue(link.getPackageSha256().isEmpty());
  }

  @Test
  void anImportRecordsThePackageHashTheContractAndTheClaims() {
    QuestionnaireBasis link = new QuestionnaireBasis(9);

    link.recordImport("ab".repeat(32), 42, "[]");

    assertEquals(42L, link.getContractId().orElseThrow());
    assertEquals("ab".repeat(32), link.getPackageSha256().orElseThrow());
    assertEquals("[]", link.getClaimedJudgments().orElseThrow());
  }
}
