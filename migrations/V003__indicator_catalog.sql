-- V003: the indicator catalog (codes, usual unit, meaning) from data/. The
-- loader's extractors use the same file, so codes in facts always exist here.

CREATE TEMPORARY TABLE staging_catalog (code text, unit text, meaning text) ON COMMIT DROP;

-- baocao:copy staging_catalog (code,unit,meaning) FROM 'indicator_catalog.tsv|indicators_catalog.tsv' TSV

INSERT INTO baocao.indicator_catalog (code, unit, meaning)
SELECT code, unit, meaning FROM staging_catalog
ON CONFLICT (code) DO UPDATE SET unit = EXCLUDED.unit, meaning = EXCLUDED.meaning;

-- 'other' is where every unrecognised figure goes; it must exist even if a
-- catalog file forgets it.
INSERT INTO baocao.indicator_catalog (code, unit, meaning)
VALUES ('other', NULL, 'a figure whose indicator is not in the catalog')
ON CONFLICT (code) DO NOTHING;
