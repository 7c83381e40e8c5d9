-- The indicator catalog, loaded again whenever data/indicator_catalog.tsv
-- changes (V003 loaded it first). Codes are only added or updated, never
-- deleted: facts reference them (indicator_values, targets, indicator_semantics).
-- A code dropped from the file stays in the table.

CREATE TEMPORARY TABLE staging_catalog (code text, unit text, meaning text) ON COMMIT DROP;

-- baocao:copy staging_catalog (code,unit,meaning) FROM 'indicator_catalog.tsv|indicators_catalog.tsv' TSV

DO $$
DECLARE
    twice text;
BEGIN
    SELECT string_agg(DISTINCT code, ', ') INTO twice
    FROM (SELECT code FROM staging_catalog GROUP BY code HAVING count(*) > 1) d;
    IF twice IS NOT NULL THEN
        RAISE EXCEPTION 'indicator_catalog.tsv lists these codes more than once: %', twice;
    END IF;
END
$$;

INSERT INTO baocao.indicator_catalog AS c (code, unit, meaning)
SELECT code, unit, meaning FROM staging_catalog
ON CONFLICT (code) DO UPDATE SET unit = EXCLUDED.unit, meaning = EXCLUDED.meaning
WHERE (c.unit, c.meaning) IS DISTINCT FROM (EXCLUDED.unit, EXCLUDED.meaning);

-- 'other' is where every unrecognised figure goes; it must exist even if the
-- catalog file forgets it.
INSERT INTO baocao.indicator_catalog (code, unit, meaning)
VALUES ('other', NULL, 'a figure whose indicator is not in the catalog')
ON CONFLICT (code) DO NOTHING;
