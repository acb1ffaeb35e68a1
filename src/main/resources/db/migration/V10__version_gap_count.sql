-- The dashboard's open-gap count is read from one row per contract instead of every finding of the
-- organisation (which grew to ~1.4 million rows and 0.8 s per dashboard at 10,000 contracts).
-- AnalysisStore keeps it with the findings; versions analysed before are counted here.
ALTER TABLE contract_version ADD COLUMN gap_count INTEGER;

UPDATE contract_version
   SET gap_count = (SELECT COUNT(*) FROM finding f
                     WHERE f.contract_version_id = contract_version.id
                       AND f.outcome IN ('MISSING', 'PARTIAL', 'UNFAVOURABLE'))
 WHERE status = 'ANALYSED';
