package jp.shinsa.domain.crosscheck;

import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.questionnaire.AnswerValue;

/**
 * One answer/outcome pair that counts as a contradiction.
 *
 * @param id stable rule ID shown with every finding
 * @param answer the vendor's answer (after mirroring for inverted questions)
 * @param outcome the contract item's judged outcome
 * @param kind how strongly the two disagree
 * @param severity how much the disagreement matters to the buyer
 * @param scope whether the rule is tested per linked item or on the best one
 * @param explanation what the finding means, ja/en
 */
public record CrosscheckRule(
    String id,
    AnswerValue answer,
    Outcome outcome,
    ContradictionKind kind,
    Severity severity,
    RuleScope scope,
    LocalizedText explanation) {}
