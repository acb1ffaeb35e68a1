-- Checklist catalogues as loaded: the bundled one and any revised file an administrator uploads.
-- The JSON is kept verbatim so that an analysis can always be re-read under the exact wording it
-- was judged by; exactly one version is active for new analyses.

CREATE SEQUENCE catalogue_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE catalogue_version (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         VARCHAR(64)  NOT NULL,
    effective_date  DATE         NOT NULL,
    content         ${text_type} NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    item_count      INT          NOT NULL,
    loaded_at       TIMESTAMP    NOT NULL,
    loaded_by       VARCHAR(100) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT catalogue_version_uk UNIQUE (version)
);
