-- What a questionnaire is linked to beyond its questions: the officer's high-risk determination
-- (answers per viewpoint, kept so the decision can be reviewed later), the contract it is
-- cross-checked against, and for a questionnaire loaded from a supplier's submission package the
-- package's hash and the outcomes the supplier claimed (compared with the portal's own judgment).

CREATE TABLE questionnaire_link (
    questionnaire_id      BIGINT       NOT NULL PRIMARY KEY,
    high_risk_answers     VARCHAR(2000),
    potentially_high_risk BOOLEAN,
    contract_id           BIGINT,
    package_sha256        VARCHAR(64),
    claimed_judgments     ${text_type},
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT questionnaire_link_q_fk FOREIGN KEY (questionnaire_id)
        REFERENCES questionnaire (id) ON DELETE CASCADE,
    CONSTRAINT questionnaire_link_contract_fk FOREIGN KEY (contract_id) REFERENCES contract (id)
);

CREATE INDEX questionnaire_link_contract_ix ON questionnaire_link (contract_id);
