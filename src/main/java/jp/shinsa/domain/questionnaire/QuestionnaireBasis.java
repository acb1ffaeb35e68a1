package jp.shinsa.domain.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The basis on which a questionnaire's answers are asked and weighed, kept outside the
 * questionnaire aggregate (same id, table {@code questionnaire_link}): the high-risk determination
 * that made DS-920 items required, the contract whose judgment the answers are cross-checked
 * against and, for a questionnaire loaded from a submission package, the package's hash and the
 * outcomes the supplier claimed, so the portal's own judgment can be set against them. None of it
 * changes what the questionnaire's rules allow, which is why it is not part of the aggregate.
 */
@Entity
@Table(name = "questionnaire_link")
public class QuestionnaireBasis {

  @Id
  @Column(name = "questionnaire_id")
  private Long questionnaireId;

  /** Viewpoint code → option code, as "CODE=OPTION;CODE=OPTION". */
  @Column(name = "high_risk_answers", length = 2000)
  private String highRiskAnswers;

  @Column(name = "potentially_high_risk")
  private Boolean potentiallyHighRisk;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "package_sha256", length = 64)
  private String packageSha256;

  @Column(name = "claimed_judgments")
  private String claimedJudgments;

  @Version private long version;

  protected QuestionnaireBasis() {}

  public QuestionnaireBasis(long questionnaireId) {
    this.questionnaireId = questionnaireId;
  }

  public void recordHighRisk(Map<String, String> answers, boolean potentiallyHighRisk) {
    StringBuilder s = new StringBuilder();
    answers.forEach((k, v) -> s.append(s.length() == 0 ? "" : ";").append(k).append('=').append(v));
    this.highRiskAnswers = s.toString();
    this.potentiallyHighRisk = potentiallyHighRisk;
  }

  public void linkContract(Long contractId) {
    this.contractId = contractId;
  }

  public void recordImport(String packageSha256, long contractId, String claimedJudgments) {
    this.packageSha256 = packageSha256;
    this.contractId = contractId;
    this.claimedJudgments = claimedJudgments;
  }

  public Long getQuestionnaireId() {
    return questionnaireId;
  }

  public Map<String, String> getHighRiskAnswers() {
    Map<String, String> answers = new LinkedHashMap<>();
    if (highRiskAnswers != null && !highRiskAnswers.isBlank()) {
      for (String pair : highRiskAnswers.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          answers.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return answers;
  }

  public Optional<Boolean> getPotentiallyHighRisk() {
    return Optional.ofNullable(potentiallyHighRisk);
  }

  public Optional<Long> getContractId() {
    return Optional.ofNullable(contractId);
  }

  public Optional<String> getPackageSha256() {
    return Optional.ofNullable(packageSha256);
  }

  public Optional<String> getClaimedJudgments() {
    return Optional.ofNullable(claimedJudgments);
  }
}
