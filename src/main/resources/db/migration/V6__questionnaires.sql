-- Vendor questionnaires: questions (catalogue items or the officer's own text), the vendor's
-- current answer per question with the officer's decision, and evidence files whose bytes live in
-- their own table so that lists never load them. Organisation columns carry tenancy: every query
-- is scoped to the buyer or the vendor organisation.

CREATE SEQUENCE questionnaire_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE questionnaire (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    buyer_organisation_id  BIGINT       NOT NULL,
    vendor_organisation_id BIGINT       NOT NULL,
    procurement_title      VARCHAR(300) NOT NULL,
    procurement_model      VARCHAR(4)   NOT NULL,
    catalogue_version      VARCHAR(32)  NOT NULL,
    status                 VARCHAR(32)  NOT NULL,
    due_date               DATE,
    created_at             TIMESTAMP    NOT NULL,
    updated_at             TIMESTAMP    NOT NULL,
    sent_at                TIMESTAMP,
    submitted_at           TIMESTAMP,
    closed_at              TIMESTAMP,
    last_question_number   INT          NOT NULL DEFAULT 0,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT questionnaire_buyer_fk FOREIGN KEY (buyer_organisation_id) REFERENCES organisation (id),
    CONSTRAINT questionnaire_vendor_fk FOREIGN KEY (vendor_organisation_id) REFERENCES organisation (id),
    CONSTRAINT questionnaire_model_ck CHECK (procurement_model IN ('M1', 'M2', 'M3')),
    CONSTRAINT questionnaire_status_ck CHECK (status IN ('DRAFT', 'SENT', 'SUBMITTED',
        'CLARIFICATION_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'CLOSED')),
    CONSTRAINT questionnaire_parties_ck CHECK (buyer_organisation_id <> vendor_organisation_id)
);

CREATE INDEX questionnaire_buyer_ix ON questionnaire (buyer_organisation_id);
CREATE INDEX questionnaire_vendor_ix ON questionnaire (vendor_organisation_id);
-- The reminder scan looks for open questionnaires by due date.
CREATE INDEX questionnaire_due_ix ON questionnaire (status, due_date);

CREATE SEQUENCE question_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE question (
    id               BIGINT        NOT NULL PRIMARY KEY,
    questionnaire_id BIGINT        NOT NULL,
    question_number  INT           NOT NULL,
    item_id          VARCHAR(32),
    text_ja          ${text_type},
    text_en          ${text_type},
    required         BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT question_questionnaire_fk FOREIGN KEY (questionnaire_id)
        REFERENCES questionnaire (id) ON DELETE CASCADE,
    CONSTRAINT question_number_uk UNIQUE (questionnaire_id, question_number),
    CONSTRAINT question_kind_ck CHECK (item_id IS NOT NULL OR text_ja IS NOT NULL)
);

CREATE SEQUENCE answer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE answer (
    id                    BIGINT      NOT NULL PRIMARY KEY,
    question_id           BIGINT      NOT NULL,
    answer_value          VARCHAR(16) NOT NULL,
    explanation           ${text_type},
    state                 VARCHAR(16) NOT NULL,
    decision              VARCHAR(32),
    officer_request       ${text_type},
    revised_after_request BOOLEAN     NOT NULL DEFAULT FALSE,
    clarification_rounds  INT         NOT NULL DEFAULT 0,
    answered_at           TIMESTAMP   NOT NULL,
    decided_at            TIMESTAMP,
    CONSTRAINT answer_question_uk UNIQUE (question_id),
    CONSTRAINT answer_question_fk FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
    CONSTRAINT answer_value_ck CHECK (answer_value IN ('YES', 'NO', 'PARTLY', 'NOT_APPLICABLE')),
    CONSTRAINT answer_state_ck CHECK (state IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT answer_decision_ck CHECK (decision IS NULL OR decision IN ('ACCEPTED', 'CLARIFICATION_REQUESTED'))
);

CREATE SEQUENCE evidence_content_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE evidence_content (
    id      BIGINT         NOT NULL PRIMARY KEY,
    content ${binary_type} NOT NULL
);

CREATE SEQUENCE evidence_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE evidence_file (
    id          BIGINT       NOT NULL PRIMARY KEY,
    answer_id   BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    period_from DATE,
    period_to   DATE,
    uploaded_at TIMESTAMP    NOT NULL,
    content_id  BIGINT       NOT NULL,
    CONSTRAINT evidence_file_answer_fk FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT evidence_file_content_fk FOREIGN KEY (content_id) REFERENCES evidence_content (id),
    CONSTRAINT evidence_file_content_uk UNIQUE (content_id),
    CONSTRAINT evidence_file_period_ck CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
);

CREATE INDEX evidence_file_answer_ix ON evidence_file (answer_id);
