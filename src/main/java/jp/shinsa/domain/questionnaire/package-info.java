/**
 * Vendor questionnaires: an officer of a buyer agency asks a vendor organisation the DS-920 (and
 * optionally METI or own) questions for one procurement; the vendor answers with evidence files,
 * submits, and the officer accepts each answer or asks for clarification; every submission and
 * verdict stays in the answer's exchange. A supplier may also answer the questions in advance for
 * its own organisation (a self-assessment), which no agency sees until it arrives in a submission
 * package. The rules that keep the exchange honest (who may answer, when, with which files) are
 * pure methods on the entities and fail with a {@link
 * jp.shinsa.domain.questionnaire.QuestionnaireRuleException} before anything is changed, so a
 * refused request never leaves a half-applied state behind.
 */
package jp.shinsa.domain.questionnaire;
