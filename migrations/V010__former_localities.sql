-- V010: units that had gone from the GSO list before the 2024 snapshot but existed
-- on or after 2015-01-01 (merged districts and communes), from
-- data/gazetteer/former_units.csv. They belong to the 2024 era: articles from
-- 2015-2024 name them. Only codes that are not already a 2024-era locality are
-- added (a former name of a code still in units_2024 is a second name, not a
-- second unit), one row per code: its latest version.

CREATE TEMPORARY TABLE staging_former_units (
    code text, name text, type text, level smallint, parent_code text, province_code text,
    valid_from date, valid_to date
) ON COMMIT DROP;

-- baocao:copy staging_former_units (code,name,type,level,parent_code,province_code,valid_from,valid_to) FROM 'gazetteer/former_units.csv' CSV

-- The file's valid_to is the first snapshot without the version; the table's is
-- the last day it was valid.
INSERT INTO baocao.localities (era, code, name, type, level, parent_code, province_code, valid_from, valid_to)
SELECT DISTINCT ON (s.code)
       2024, s.code, s.name, s.type, s.level, s.parent_code, s.province_code,
       s.valid_from, s.valid_to - 1
FROM staging_former_units s
WHERE NOT EXISTS (SELECT 1 FROM baocao.localities l WHERE l.era = 2024 AND l.code = s.code)
ORDER BY s.code, s.valid_to DESC, s.valid_from DESC NULLS LAST;
