-- Contracts, their versions (each an uploaded PDF with its analysis), the clause tree and the
-- judged findings. A contract belongs to the organisation that filed it (a buyer agency, or a
-- supplier self-assessing its own terms) and names the vendor company it is with.

CREATE SEQUENCE contract_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE contract (
    id                BIGINT       NOT NULL PRIMARY KEY,
    owner_org_id      BIGINT       NOT NULL,
    vendor_org_id     BIGINT       NOT NULL,
    title             VARCHAR(300) NOT NULL,
    procurement_model VARCHAR(4)   NOT NULL,
    self_assessment   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP    NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT contract_owner_fk FOREIGN KEY (owner_org_id) REFERENCES organisation (id),
    CONSTRAINT contract_vendor_fk FOREIGN KEY (vendor_org_id) REFERENCES organisation (id),
    CONSTRAINT contract_model_ck CHECK (procurement_model IN ('M1', 'M2', 'M3'))
);

CREATE INDEX contract_owner_ix ON contract (owner_org_id);
CREATE INDEX contract_vendor_ix ON contract (vendor_org_id);

CREATE SEQUENCE contract_version_seq START WITH 50 INCREMENT BY 50;

-- One uploaded file. Processing state doubles as the job queue: a node claims a row by setting
-- lease_owner/lease_until under SELECT ... FOR UPDATE SKIP LOCKED, so a job on a node that dies
-- is taken over once its lease expires, and an acknowledged upload is never lost.
CREATE TABLE contract_version (
    id                BIGINT        NOT NULL PRIMARY KEY,
    contract_id       BIGINT        NOT NULL,
    version_no        INT           NOT NULL,
    file_name         VARCHAR(300)  NOT NULL,
    sha256            VARCHAR(64)   NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    content           ${binary_type} NOT NULL,
    uploaded_at       TIMESTAMP     NOT NULL,
    uploaded_by       VARCHAR(100)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    progress          INT           NOT NULL DEFAULT 0,
    status_message    VARCHAR(1000),
    error_code        VARCHAR(40),
    attempts          INT           NOT NULL DEFAULT 0,
    lease_owner       VARCHAR(100),
    lease_until       TIMESTAMP,
    page_count        INT,
    language          VARCHAR(8),
    parties_json      ${text_type},
    warnings_json     ${text_type},
    layout_json       ${text_type},
    full_text         ${text_type},
    suggested_model   VARCHAR(4),
    model_signals     VARCHAR(2000),
    catalogue_version VARCHAR(64),
    processed_at      TIMESTAMP,
    lock_version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT contract_version_contract_fk FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT contract_version_no_uk UNIQUE (contract_id, version_no),
    CONSTRAINT contract_version_status_ck CHECK (status IN ('QUEUED', 'PROCESSING', 'ANALYSED', 'FAILED'))
);

CREATE INDEX contract_version_sha_ix ON contract_version (sha256);
CREATE INDEX contract_version_status_ix ON contract_version (status, lease_until);

CREATE SEQUENCE clause_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE clause (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    contract_version_id BIGINT        NOT NULL,
    parent_id           BIGINT,
    ordinal             INT           NOT NULL,
    depth               INT           NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    printed_number      VARCHAR(100),
    path                VARCHAR(200)  NOT NULL,
    heading             VARCHAR(500),
    text                ${text_type},
    page_from           INT           NOT NULL,
    page_to             INT           NOT NULL,
    start_offset        INT           NOT NULL,
    end_offset          INT           NOT NULL,
    ocr                 BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT clause_version_fk FOREIGN KEY (contract_version_id) REFERENCES contract_version (id) ON DELETE CASCADE
);

CREATE INDEX clause_version_ix ON clause (contract_version_id, ordinal);

CREATE SEQUENCE finding_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE finding (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    contract_version_id BIGINT        NOT NULL,
    item_id             VARCHAR(40)   NOT NULL,
    outcome             VARCHAR(16)   NOT NULL,
    severity            VARCHAR(8)    NOT NULL,
    rule_id             VARCHAR(100),
    reason_en           VARCHAR(2000),
    reason_ja           VARCHAR(2000),
    evidence_json       ${text_type},
    catalogue_version   VARCHAR(64)   NOT NULL,
    CONSTRAINT finding_version_fk FOREIGN KEY (contract_version_id) REFERENCES contract_version (id) ON DELETE CASCADE,
    CONSTRAINT finding_item_uk UNIQUE (contract_version_id, item_id)
);
