-- V002: the administrative units before and after the 1 July 2025 reform,
-- loaded from data/gazetteer (GSO codes, names without type words, types,
-- parents). The files are streamed into staging tables, then copied into
-- baocao.localities with their era, contract level and validity.

CREATE TEMPORARY TABLE staging_units (
    code text, name text, type text, level smallint, parent_code text, province_code text
) ON COMMIT DROP;

-- baocao:copy staging_units (code,name,type,level,parent_code,province_code) FROM 'gazetteer/units_2024.csv' CSV

INSERT INTO baocao.localities (era, code, name, type, level, parent_code, province_code, valid_from, valid_to)
SELECT 2024, code, name, type, level, parent_code, province_code, NULL, DATE '2025-06-30'
FROM staging_units;

TRUNCATE staging_units;

-- baocao:copy staging_units (code,name,type,level,parent_code,province_code) FROM 'gazetteer/units_2025.csv' CSV

-- The two-level system calls communes level 2; the contract calls every
-- commune-level unit 3, whatever the era.
INSERT INTO baocao.localities (era, code, name, type, level, parent_code, province_code, valid_from, valid_to)
SELECT 2025, code, name, type, CASE WHEN level = 1 THEN 1 ELSE 3 END, parent_code, province_code,
       DATE '2025-07-01', NULL
FROM staging_units;

CREATE TEMPORARY TABLE staging_mapping (
    old_code text, new_code text, old_level smallint, new_level smallint, relation text
) ON COMMIT DROP;

-- baocao:copy staging_mapping (old_code,new_code,old_level,new_level,relation) FROM 'gazetteer/mapping_2025.csv' CSV

INSERT INTO baocao.locality_mapping_2025 (old_code, new_code, relation)
SELECT DISTINCT ON (old_code, new_code) old_code, new_code, relation
FROM staging_mapping
ORDER BY old_code, new_code, relation;
