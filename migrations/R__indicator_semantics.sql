-- How to judge the figures of each indicator, loaded again whenever
-- data/indicator_semantics.tsv (or the catalog) changes; V006 loaded it first.
-- Nothing references baocao.indicator_semantics, so the table is made equal to
-- the file: lines removed from the file are removed here.

-- The catalog file is copied too, only so that this migration's checksum
-- covers it: a code added to the catalog runs this file again (after
-- R__indicator_catalog, by name order), and a line skipped before because its
-- code was unknown is loaded then.
CREATE TEMPORARY TABLE staging_catalog_codes (code text) ON COMMIT DROP;
-- baocao:copy staging_catalog_codes (code) FROM 'indicator_catalog.tsv|indicators_catalog.tsv' TSV

CREATE TEMPORARY TABLE staging_semantics (
    code text, sector text, better text, accumulates text, percent_kind text, part_of text
) ON COMMIT DROP;

-- baocao:copy staging_semantics (code,sector,better,accumulates,percent_kind,part_of) FROM 'indicator_semantics.tsv' TSV

DO $$
DECLARE
    twice text;
BEGIN
    SELECT string_agg(DISTINCT code, ', ') INTO twice
    FROM (SELECT code FROM staging_semantics GROUP BY code HAVING count(*) > 1) d;
    IF twice IS NOT NULL THEN
        RAISE EXCEPTION 'indicator_semantics.tsv lists these codes more than once: %', twice;
    END IF;
END
$$;

-- As in V006: codes the catalog does not know are skipped rather than failing
-- the migration, and a part_of the catalog does not know becomes NULL.
CREATE TEMPORARY TABLE wanted_semantics ON COMMIT DROP AS
SELECT s.code, s.sector, s.better, s.accumulates = 'yes' AS accumulates,
       NULLIF(s.percent_kind, '') AS percent_kind,
       CASE WHEN EXISTS (SELECT 1 FROM baocao.indicator_catalog c WHERE c.code = s.part_of)
            THEN s.part_of END AS part_of
FROM staging_semantics s
JOIN baocao.indicator_catalog c ON c.code = s.code;

DELETE FROM baocao.indicator_semantics
WHERE code NOT IN (SELECT code FROM wanted_semantics);

INSERT INTO baocao.indicator_semantics AS t (code, sector, better, accumulates, percent_kind, part_of)
SELECT code, sector, better, accumulates, percent_kind, part_of FROM wanted_semantics
ON CONFLICT (code) DO UPDATE
SET sector = EXCLUDED.sector, better = EXCLUDED.better, accumulates = EXCLUDED.accumulates,
    percent_kind = EXCLUDED.percent_kind, part_of = EXCLUDED.part_of
WHERE (t.sector, t.better, t.accumulates, t.percent_kind, t.part_of)
      IS DISTINCT FROM (EXCLUDED.sector, EXCLUDED.better, EXCLUDED.accumulates,
                        EXCLUDED.percent_kind, EXCLUDED.part_of);
