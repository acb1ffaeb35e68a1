-- 1. Self-assessments: a supplier answers the DS-920 questions in advance for its own
--    organisation. Such a questionnaire has one organisation as issuer and respondent; an agency's
--    questionnaire still goes from one organisation to another. Two statuses for the supplier's
--    own cycle (PREPARING ⇄ COMPLETE).
-- 2. Answer exchange: every submitted answer and every officer decision is appended, never
--    overwritten, so earlier clarification rounds stay readable. Existing answers are carried
--    over as the round they are in.

ALTER TABLE questionnaire ADD COLUMN kind VARCHAR(24) DEFAULT 'AGENCY_REQUEST' NOT NULL;

ALTER TABLE questionnaire DROP CONSTRAINT questionnaire_status_ck;
ALTER TABLE questionnaire DROP CONSTRAINT questionnaire_parties_ck;
ALTER TABLE questionnaire ADD CONSTRAINT questionnaire_status_ck CHECK (status IN ('DRAFT', 'SENT',
    'SUBMITTED', 'CLARIFICATION_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'CLOSED', 'PREPARING', 'COMPLETE'));
ALTER TABLE questionnaire ADD CONSTRAINT questionnaire_kind_ck CHECK (kind IN ('AGENCY_REQUEST', 'SELF_ASSESSMENT'));
ALTER TABLE questionnaire ADD CONSTRAINT questionnaire_parties_ck CHECK (
    (kind = 'AGENCY_REQUEST' AND buyer_organisation_id <> vendor_organisation_id)
    OR (kind = 'SELF_ASSESSMENT' AND buyer_organisation_id = vendor_organisation_id));

CREATE SEQUENCE answer_exchange_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE answer_exchange (
    id           BIGINT       NOT NULL PRIMARY KEY,
    answer_id    BIGINT       NOT NULL,
    seq          INT          NOT NULL,
    round_no     INT          NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    answer_value VARCHAR(16),
    explanation  ${text_type},
    decision     VARCHAR(32),
    request_text ${text_type},
    actor        VARCHAR(100),
    occurred_at  TIMESTAMP    NOT NULL,
    CONSTRAINT answer_exchange_answer_fk FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT answer_exchange_seq_uk UNIQUE (answer_id, seq),
    CONSTRAINT answer_exchange_kind_ck CHECK (
        (kind = 'ANSWER_SUBMITTED' AND answer_value IS NOT NULL AND decision IS NULL)
        OR (kind = 'OFFICER_DECISION' AND decision IS NOT NULL AND answer_value IS NULL)),
    CONSTRAINT answer_exchange_value_ck CHECK (answer_value IS NULL
        OR answer_value IN ('YES', 'NO', 'PARTLY', 'NOT_APPLICABLE')),
    CONSTRAINT answer_exchange_decision_ck CHECK (decision IS NULL
        OR decision IN ('ACCEPTED', 'CLARIFICATION_REQUESTED'))
);

-- The evidence files a submitted answer carried, copied (name, period, hash) so that removing a
-- file from the current answer later does not change what was submitted. evidence_id is kept
-- without a foreign key for the same reason.
CREATE TABLE answer_exchange_evidence (
    entry_id    BIGINT       NOT NULL,
    entry_position INT       NOT NULL,
    evidence_id BIGINT,
    file_name   VARCHAR(255) NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    period_from DATE,
    period_to   DATE,
    CONSTRAINT answer_exchange_evidence_pk PRIMARY KEY (entry_id, entry_position),
    CONSTRAINT answer_exchange_evidence_entry_fk FOREIGN KEY (entry_id)
        REFERENCES answer_exchange (id) ON DELETE CASCADE
);

-- Carrying over: ids are negative (-2n for the submission of answer n, -2n-1 for the decision on
-- it) so they can never meet the ids the sequence hands out, on H2 and PostgreSQL alike.
-- A submitted answer is in round clarification_rounds + 1, unless the officer asked about it and
-- it has not been submitted again, in which case the request was about round clarification_rounds.
INSERT INTO answer_exchange (id, answer_id, seq, round_no, kind, answer_value, explanation, actor, occurred_at)
SELECT -2 * a.id, a.id, 1,
       a.clarification_rounds + CASE WHEN a.decision = 'CLARIFICATION_REQUESTED' THEN 0 ELSE 1 END,
       'ANSWER_SUBMITTED', a.answer_value, a.explanation, NULL,
       COALESCE(q.submitted_at, a.answered_at)
  FROM answer a
  JOIN question qu ON qu.id = a.question_id
  JOIN questionnaire q ON q.id = qu.questionnaire_id
 WHERE a.state = 'SUBMITTED';

INSERT INTO answer_exchange_evidence (entry_id, entry_position, evidence_id, file_name, sha256, period_from, period_to)
SELECT -2 * e.answer_id,
       ROW_NUMBER() OVER (PARTITION BY e.answer_id ORDER BY e.id) - 1,
       e.id, e.file_name, e.sha256, e.period_from, e.period_to
  FROM evidence_file e
  JOIN answer a ON a.id = e.answer_id
 WHERE a.state = 'SUBMITTED';

-- The officer's decision on it (an answer under clarification that the vendor is revising keeps
-- the request, as round clarification_rounds; its earlier submitted text was never stored).
INSERT INTO answer_exchange (id, answer_id, seq, round_no, kind, decision, request_text, actor, occurred_at)
SELECT -2 * a.id - 1, a.id,
       CASE WHEN a.state = 'SUBMITTED' THEN 2 ELSE 1 END,
       CASE WHEN a.decision = 'CLARIFICATION_REQUESTED' THEN a.clarification_rounds
            ELSE a.clarification_rounds + 1 END,
       'OFFICER_DECISION', a.decision,
       CASE WHEN a.decision = 'CLARIFICATION_REQUESTED' THEN a.officer_request END,
       NULL, COALESCE(a.decided_at, a.answered_at)
  FROM answer a
 WHERE a.decision IS NOT NULL;

CREATE INDEX answer_exchange_answer_ix ON answer_exchange (answer_id);
