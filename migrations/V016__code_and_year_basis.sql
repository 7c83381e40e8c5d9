-- V016: how each figure's indicator code and each target's year were found
-- (as V014 did for meetings' dates and periods), so that analysts can keep
-- to the sure ones and rule writers can see which rules fail.

ALTER TABLE baocao.indicator_values ADD COLUMN code_basis text;
ALTER TABLE baocao.targets ADD COLUMN year_basis text;

CREATE OR REPLACE VIEW report.indicator_values AS
SELECT v.indicator_value_id,
       d.source_name,
       coalesce(l.name, v.locality_text) AS locality_name,
       l.level AS locality_level,
       v.period_start,
       v.period_end,
       v.indicator_code,
       v.label,
       v.value,
       v.unit,
       v.qualifier,
       v.out_of,
       v.document_id,
       v.meeting_id,
       v.locality_code,
       l.province_code,
       l.province_name,
       v.period_label,
       v.locality_era,
       v.code_basis
FROM baocao.indicator_values v
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = v.locality_era AND l.code = v.locality_code;
COMMENT ON COLUMN report.indicator_values.code_basis IS
    'how the indicator code was found: the rule and the words it read (subject: the catalog phrasing nearest before the figure; growth_of: the sector a growth names; unknown when coded other); null when the reader did not say';

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
       t.locality_era,
       t.year_basis
FROM baocao.targets t
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = t.locality_era AND l.code = t.locality_code
WHERE t.value IS NOT NULL;
COMMENT ON COLUMN report.targets.year_basis IS
    'how the target year was found: written (near the figure), scope (the year of the list or sentence it stands in), term_end (the last year of a term or phase), next_year (the year after the meeting''s); null when unsaid';
