-- Grows the stored contracts of a Shinsa PostgreSQL schema to :target contracts by replicating
-- contracts that the portal itself uploaded and analysed (the templates): each copy gets the
-- template's contract row, its first version (PDF bytes, text, layout, status ANALYSED), its whole
-- clause tree (parent links remapped), its findings and its remediation items, under fresh ids.
-- The column lists are read from the schema, so later migrations that add columns are copied too.
-- Sequences are moved past the new ids afterwards, so the portal keeps allocating safely.
-- Usage: psql -v target=1000 -c 'SET search_path TO <schema>' -f bench/seed-contracts.sql
-- (run-all.sh does this). Idempotent: a schema already at or above the target is left alone.
\set ON_ERROR_STOP on
SELECT set_config('bench.target', :'target', false);

-- INSERT INTO tbl SELECT every column of the template row x, except those overridden, FROM plan p.
CREATE OR REPLACE FUNCTION pg_temp.bench_copy(tbl text, join_on text, overrides jsonb)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  cols  text;
  exprs text;
BEGIN
  SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
         string_agg(coalesce(overrides ->> column_name, 'x.' || quote_ident(column_name)), ', '
                    ORDER BY ordinal_position)
    INTO cols, exprs
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = tbl;
  EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM plan p JOIN %I x ON %s',
                 tbl, cols, exprs, tbl, join_on);
END
$f$;

DO $$
DECLARE
  target  int := current_setting('bench.target')::int;
  missing int;
  ntpl    int;
BEGIN
  missing := target - (SELECT count(*) FROM contract);
  IF missing <= 0 THEN
    RETURN;
  END IF;
  CREATE TEMP TABLE tpl ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY c.id) - 1 AS k, c.id AS cid, v.id AS vid
    FROM contract c JOIN contract_version v ON v.contract_id = c.id AND v.version_no = 1
    WHERE v.status = 'ANALYSED' AND c.title NOT LIKE 'replica %';
  SELECT count(*) INTO ntpl FROM tpl;
  IF ntpl = 0 THEN
    RAISE EXCEPTION 'no analysed contract to replicate: upload a few first';
  END IF;

  -- One row per copy: which template, and the id offsets of everything it owns. New ids start
  -- above the sequences too: a running portal holds blocks of 50 ids below each sequence value.
  CREATE TEMP TABLE plan ON COMMIT DROP AS
    SELECT g, t.cid, t.vid,
           greatest((SELECT coalesce(max(id), 0) FROM contract), (SELECT last_value FROM contract_seq)) + g AS new_cid,
           greatest((SELECT coalesce(max(id), 0) FROM contract_version), (SELECT last_value FROM contract_version_seq)) + g AS new_vid,
           greatest((SELECT coalesce(max(id), 0) FROM clause), (SELECT last_value FROM clause_seq))
             + (g - 1) * (SELECT coalesce(max(id) - min(id) + 1, 1) FROM clause WHERE contract_version_id IN (SELECT vid FROM tpl))
             - (SELECT coalesce(min(id), 0) FROM clause WHERE contract_version_id IN (SELECT vid FROM tpl)) + 1 AS clause_shift,
           greatest((SELECT coalesce(max(id), 0) FROM finding), (SELECT last_value FROM finding_seq))
             + (g - 1) * (SELECT coalesce(max(id) - min(id) + 1, 1) FROM finding WHERE contract_version_id IN (SELECT vid FROM tpl))
             - (SELECT coalesce(min(id), 0) FROM finding WHERE contract_version_id IN (SELECT vid FROM tpl)) + 1 AS finding_shift,
           greatest((SELECT coalesce(max(id), 0) FROM remediation_item), (SELECT last_value FROM remediation_item_seq))
             + (g - 1) * (SELECT coalesce(max(id) - min(id) + 1, 1) FROM remediation_item WHERE contract_id IN (SELECT cid FROM tpl))
             - (SELECT coalesce(min(id), 0) FROM remediation_item WHERE contract_id IN (SELECT cid FROM tpl)) + 1 AS remediation_shift
    FROM generate_series(1, missing) g JOIN tpl t ON t.k = (g - 1) % ntpl;

  PERFORM pg_temp.bench_copy('contract', 'x.id = p.cid', jsonb_build_object(
    'id', 'p.new_cid',
    'title', 'left(''replica '' || p.g || '' '' || x.title, 300)',
    'created_at', 'x.created_at - make_interval(mins => p.g)'));
  PERFORM pg_temp.bench_copy('contract_version', 'x.id = p.vid', jsonb_build_object(
    'id', 'p.new_vid',
    'contract_id', 'p.new_cid',
    'sha256', 'encode(sha256(convert_to(x.sha256 || p.g, ''UTF8'')), ''hex'')',
    'uploaded_at', 'x.uploaded_at - make_interval(mins => p.g)',
    'lease_owner', 'NULL',
    'lease_until', 'NULL'));
  PERFORM pg_temp.bench_copy('clause', 'x.contract_version_id = p.vid', jsonb_build_object(
    'id', 'x.id + p.clause_shift',
    'contract_version_id', 'p.new_vid',
    'parent_id', 'x.parent_id + p.clause_shift'));
  PERFORM pg_temp.bench_copy('finding', 'x.contract_version_id = p.vid', jsonb_build_object(
    'id', 'x.id + p.finding_shift',
    'contract_version_id', 'p.new_vid'));
  PERFORM pg_temp.bench_copy('remediation_item', 'x.contract_id = p.cid', jsonb_build_object(
    'id', 'x.id + p.remediation_shift',
    'contract_id', 'p.new_cid',
    'contract_version_id', 'CASE WHEN x.contract_version_id IS NULL THEN NULL ELSE p.new_vid END'));

  -- EclipseLink takes ids in blocks of 50 below the value nextval returns: keep that above all ids.
  PERFORM setval('contract_seq', (SELECT (max(id) / 50 + 2) * 50 FROM contract));
  PERFORM setval('contract_version_seq', (SELECT (max(id) / 50 + 2) * 50 FROM contract_version));
  PERFORM setval('clause_seq', (SELECT (max(id) / 50 + 2) * 50 FROM clause));
  PERFORM setval('finding_seq', (SELECT (max(id) / 50 + 2) * 50 FROM finding));
  PERFORM setval('remediation_item_seq', (SELECT (coalesce(max(id), 0) / 50 + 2) * 50 FROM remediation_item));
END
$$;

ANALYZE;
SELECT (SELECT count(*) FROM contract) AS contracts, (SELECT count(*) FROM clause) AS clauses,
       (SELECT count(*) FROM finding) AS findings, (SELECT count(*) FROM remediation_item) AS remediation_items;
