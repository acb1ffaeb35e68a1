package jp.shinsa.domain.questionnaire;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;
import jp.shinsa.domain.checklist.LocalizedText;

/**
 * One question of a questionnaire: either a catalogue item (a DS-920 DA-* item or a METI item,
 * whose wording comes from the catalogue version the questionnaire records) or the officer's own
 * text. Only catalogue questions can be cross-checked against a judged contract.
 */
@Entity
@Table(name = "question")
public class Question {

  @Id
  @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "questionnaire_id", nullable = false)
  private Questionnaire questionnaire;

  /** Question number within the questionnaire ("Q3"); never reused, so links stay stable. */
  @Column(name = "question_number", nullable = false)
  private int number;

  @Column(name = "item_id", length = 32)
  private String itemId;

  @Lob
  @Column(name = "text_ja")
  private String textJa;

  @Lob
  @Column(name = "text_en")
  private String textEn;

  @Column(name = "required", nullable = false)
  private boolean required;

  @OneToOne(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  private Answer answer;

  protected Question() {}

  Question(
      Questionnaire questionnaire, int number, String itemId, LocalizedText own, boolean required) {
    this.questionnaire = questionnaire;
    this.number = number;
    this.itemId = itemId;
    if (own != null) {
      // A question written in one language is shown in that language to both audiences.
      this.textJa = blankToNull(own.ja()) != null ? own.ja().strip() : own.en().strip();
      this.textEn = blankToNull(own.en()) != null ? own.en().strip() : own.ja().strip();
    }
    this.required = required;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  Answer answerForUpdate() {
    if (answer == null) {
      answer = new Answer(this);
    }
    return answer;
  }

  void setRequired(boolean required) {
    this.required = required;
  }

  boolean isAnswered() {
    return answer != null && answer.getValue() != null;
  }

  public Long getId() {
    return id;
  }

  public Questionnaire getQuestionnaire() {
    return questionnaire;
  }

  public int getNumber() {
    return number;
  }

  /** The catalogue item asked about; empty for the officer's own questions. */
  public Optional<String> getItemId() {
    return Optional.ofNullable(itemId);
  }

  /** The officer's own wording; empty for catalogue questions. */
  public Optional<LocalizedText> getOwnText() {
    return textJa == null ? Optional.empty() : Optional.of(new LocalizedText(textJa, textEn));
  }

  public boolean isRequired() {
    return required;
  }

  public Optional<Answer> getAnswer() {
    return Optional.ofNullable(answer);
  }
}
