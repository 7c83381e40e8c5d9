-- V013: report.targets holds the targets that set a figure (the contract:
-- "figures set for a future period"); goals without one ("phấn đấu trở thành
-- thành phố trực thuộc Trung ương trước năm 2030") move to report.goals. The
-- base table keeps both, and report.targets_vs_actuals still lists every goal.

CREATE OR REPLACE VIEW report.targets AS
SELECT d.source_name,
       coalesce(l.name, t.locality_text) AS locality_name,
       t.target_year::integer AS target_year,
       t.indicator_code,
       t.label,
       t.direction,
       t.value,
       t.unit,
       t.target_id,
       t.document_id,
       t.text,
       t.locality_code,
       l.level AS locality_level,
       l.province_code,
       l.province_name,
       t.locality_era
FROM baocao.targets t
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = t.locality_era AND l.code = t.locality_code
WHERE t.value IS NOT NULL;
COMMENT ON VIEW report.targets IS
    'One row per target an article sets for a future year with a figure; goals without one are in report.goals.';
COMMENT ON COLUMN report.targets.value IS 'the target in base units';

CREATE VIEW report.goals AS
SELECT d.source_name,
       coalesce(l.name, t.locality_text) AS locality_name,
       t.target_year::integer AS target_year,
       t.text,
       t.target_id,
       t.document_id,
       t.locality_code,
       l.level AS locality_level,
       l.province_name
FROM baocao.targets t
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = t.locality_era AND l.code = t.locality_code
WHERE t.value IS NULL;
COMMENT ON VIEW report.goals IS 'One row per goal an article sets without a figure ("phấn đấu trở thành ...").';
COMMENT ON COLUMN report.goals.source_name IS 'the article';
COMMENT ON COLUMN report.goals.locality_name IS 'whose goal it is, name without its type word';
COMMENT ON COLUMN report.goals.target_year IS 'the year the goal is for';
COMMENT ON COLUMN report.goals.text IS 'the goal as written';
COMMENT ON COLUMN report.goals.target_id IS 'identifier of the goal (report.evidence.target_id)';
COMMENT ON COLUMN report.goals.document_id IS 'the article (report.documents)';
COMMENT ON COLUMN report.goals.locality_code IS 'GSO code of the locality, null if unresolved';
COMMENT ON COLUMN report.goals.locality_level IS '1 province level, 2 district level, 3 commune level';
COMMENT ON COLUMN report.goals.province_name IS 'the locality''s province';
GRANT SELECT ON report.goals TO baocao_reader;
