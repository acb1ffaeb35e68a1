-- Officers' reviews of findings, remediation items with their history and comments, and the
-- hash-chained audit trail. Contract and contract-version ids are plain columns: the contract
-- tables belong to another migration, and reviews and the trail must outlive a contract's rows.
-- Sequences start at their allocation size (stack notes, pitfall 6).

CREATE SEQUENCE review_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE review (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    organisation_id     BIGINT        NOT NULL,
    contract_id         BIGINT        NOT NULL,
    contract_version_id BIGINT        NOT NULL,
    item_id             VARCHAR(32)   NOT NULL,
    decision            VARCHAR(16)   NOT NULL,
    engine_outcome      VARCHAR(16)   NOT NULL,
    override_outcome    VARCHAR(16),
    reason              VARCHAR(2000),
    clause_fingerprint  VARCHAR(64)   NOT NULL,
    clause_path         VARCHAR(64),
    reviewer            VARCHAR(100)  NOT NULL,
    reviewed_at         TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT review_org_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT review_decision_ck CHECK (decision IN ('CONFIRMED', 'OVERRIDDEN', 'NOT_APPLICABLE')),
    CONSTRAINT review_override_ck CHECK (decision <> 'OVERRIDDEN' OR (override_outcome IS NOT NULL AND reason IS NOT NULL))
);

CREATE INDEX review_contract_item_ix ON review (contract_id, item_id);

CREATE SEQUENCE remediation_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE remediation_item (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    organisation_id        BIGINT        NOT NULL,
    vendor_organisation_id BIGINT,
    contract_id            BIGINT        NOT NULL,
    contract_version_id    BIGINT,
    item_id                VARCHAR(32)   NOT NULL,
    finding_outcome        VARCHAR(16)   NOT NULL,
    problem_ja             ${text_type}  NOT NULL,
    problem_en             ${text_type}  NOT NULL,
    proposed_clause_id     VARCHAR(64),
    proposed_clause_ja     ${text_type},
    proposed_clause_en     ${text_type},
    owner                  VARCHAR(100),
    vendor_contact         VARCHAR(300),
    due_date               DATE,
    priority               VARCHAR(8)    NOT NULL,
    state                  VARCHAR(20)   NOT NULL,
    automatic              BOOLEAN       NOT NULL DEFAULT FALSE,
    fixed_in_version       INT,
    waiver_justification   ${text_type},
    waiver_requested_by    VARCHAR(100),
    waiver_approver        VARCHAR(100),
    created_by             VARCHAR(100)  NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    last_changed_by        VARCHAR(100)  NOT NULL,
    last_changed_at        TIMESTAMP     NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT remediation_item_org_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT remediation_item_vendor_fk FOREIGN KEY (vendor_organisation_id) REFERENCES organisation (id),
    CONSTRAINT remediation_item_state_ck CHECK (state IN ('OPEN', 'SENT_TO_VENDOR', 'VENDOR_PROPOSED',
        'AGREED', 'FIXED_IN_VERSION', 'VERIFIED', 'WAIVED', 'REOPENED')),
    CONSTRAINT remediation_item_priority_ck CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT remediation_item_waiver_ck CHECK (state <> 'WAIVED'
        OR (waiver_approver IS NOT NULL AND waiver_requested_by IS NOT NULL AND waiver_approver <> waiver_requested_by))
);

CREATE INDEX remediation_item_contract_ix ON remediation_item (contract_id, item_id);
CREATE INDEX remediation_item_org_ix ON remediation_item (organisation_id, state);
CREATE INDEX remediation_item_vendor_ix ON remediation_item (vendor_organisation_id, state);

CREATE SEQUENCE remediation_history_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE remediation_history (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    remediation_item_id BIGINT        NOT NULL,
    entry_no            INT           NOT NULL,
    changed_at          TIMESTAMP     NOT NULL,
    actor               VARCHAR(100)  NOT NULL,
    from_state          VARCHAR(20),
    to_state            VARCHAR(20)   NOT NULL,
    note                VARCHAR(4000),
    CONSTRAINT remediation_history_item_fk FOREIGN KEY (remediation_item_id) REFERENCES remediation_item (id),
    CONSTRAINT remediation_history_no_uk UNIQUE (remediation_item_id, entry_no)
);

CREATE SEQUENCE remediation_comment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE remediation_comment (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    remediation_item_id BIGINT        NOT NULL,
    entry_no            INT           NOT NULL,
    author              VARCHAR(100)  NOT NULL,
    author_organisation VARCHAR(300)  NOT NULL,
    written_at          TIMESTAMP     NOT NULL,
    body                ${text_type}  NOT NULL,
    proposed_wording    ${text_type},
    CONSTRAINT remediation_comment_item_fk FOREIGN KEY (remediation_item_id) REFERENCES remediation_item (id),
    CONSTRAINT remediation_comment_no_uk UNIQUE (remediation_item_id, entry_no)
);

-- Append-only: the application never updates or deletes rows here. seq_no is assigned by the
-- application (previous + 1), so two writers racing for the same number cannot both commit.
CREATE TABLE audit_entry (
    seq_no         BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    organisation   VARCHAR(64),
    action_code    VARCHAR(64)   NOT NULL,
    subject_type   VARCHAR(64)   NOT NULL,
    subject_id     VARCHAR(128),
    details        ${text_type},
    previous_hash  VARCHAR(64)   NOT NULL,
    entry_hash     VARCHAR(64)   NOT NULL,
    CONSTRAINT audit_entry_hash_uk UNIQUE (entry_hash)
);

CREATE INDEX audit_entry_subject_ix ON audit_entry (subject_type, subject_id);
