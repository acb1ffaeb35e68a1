package jp.shinsa.infrastructure.persistence;

import java.util.List;
import jp.shinsa.domain.questionnaire.Answer;
import jp.shinsa.domain.questionnaire.AnswerExchangeEntry;
import jp.shinsa.domain.questionnaire.Question;
import jp.shinsa.domain.questionnaire.Questionnaire;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Reads the questionnaire graph level by level instead of row by row. A questionnaire is always
 * shown or checked whole (every question with its answer, evidence and exchange), and each of those
 * relationships read alone cost one query per question and level: about 80 queries for one DS-920
 * page, 22,000 answer queries in one run of QuestionnaireIT. With batch reading by IN, touching the
 * first answer reads the answers of every question loaded with it, so a questionnaire costs six
 * queries whatever its size.
 *
 * <p>This lives here, not as EclipseLink annotations on the entities, so that the domain keeps to
 * plain JPA. A mapping named here that no longer exists fails the deployment, not silently.
 */
public class BatchReading implements SessionCustomizer {

  /** Relationships read in batches: entity and attribute. */
  static final List<Relationship> BATCHED =
      List.of(
          new Relationship(Questionnaire.class, "questions"),
          new Relationship(Question.class, "answer"),
          new Relationship(Answer.class, "evidence"),
          new Relationship(Answer.class, "exchange"),
          new Relationship(AnswerExchangeEntry.class, "evidence"));

  record Relationship(Class<?> entity, String attribute) {}

  @Override
  public void customize(Session session) {
    for (Relationship r : BATCHED) {
      ClassDescriptor descriptor = session.getDescriptor(r.entity());
      DatabaseMapping mapping =
          descriptor == null ? null : descriptor.getMappingForAttributeName(r.attribute());
      if (!(mapping instanceof ForeignReferenceMapping relationship)) {
        throw new IllegalStateException(
            "batch reading configured for "
                + r.entity().getSimpleName()
                + "."
                + r.attribute()
                + ", which is not a relationship");
      }
      relationship.setBatchFetchType(BatchFetchType.IN);
    }
  }
}
