-- Organisations (buyer agencies and vendor/supplier companies) and the people who sign in.
-- Sequences start at their allocation size: EclipseLink pre-allocates 50 ids per round trip and
-- rejects a sequence whose first value is below that (stack notes, pitfall 6).

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300),
    kind        VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organisation_code_uk UNIQUE (code),
    CONSTRAINT organisation_kind_ck CHECK (kind IN ('AGENCY', 'COMPANY'))
);

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id               BIGINT       NOT NULL PRIMARY KEY,
    username         VARCHAR(100) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    email            VARCHAR(200),
    password_hash    VARCHAR(400) NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP,
    disabled         BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_locale VARCHAR(8),
    last_login_at    TIMESTAMP,
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_username_uk UNIQUE (username),
    CONSTRAINT user_account_org_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE INDEX user_account_org_ix ON user_account (organisation_id);

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(16) NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT user_role_ck CHECK (role IN ('ADMIN', 'OFFICER', 'VENDOR', 'SUPPLIER'))
);
