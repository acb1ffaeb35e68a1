-- One row that every audit append locks (SELECT ... FOR UPDATE) before reading the head of the
-- trail: appends are then serialised across threads and nodes, so the chain stays linear without
-- the caller's transaction ever failing on a sequence-number conflict. Works alike on H2 and
-- PostgreSQL (no advisory locks needed).
CREATE TABLE audit_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO audit_lock (id) VALUES (1);

CREATE INDEX remediation_history_at_ix ON remediation_history (changed_at);
