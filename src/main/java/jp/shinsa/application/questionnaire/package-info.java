/**
 * Questionnaire use cases: an officer prepares a questionnaire from the DS-920 check sheets and the
 * high-risk determination, sends it to a vendor organisation, reviews the answers and links a
 * contract to cross-check them against; vendor staff answer with evidence files; suppliers prepare
 * self-assessments of their own organisation, visible to no one else. Every query is scoped to the
 * caller's organisation, and another organisation's questionnaire is reported as missing, never as
 * forbidden.
 */
package jp.shinsa.application.questionnaire;
