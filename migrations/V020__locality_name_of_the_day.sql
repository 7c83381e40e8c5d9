-- V020: a unit named as it was on the day. A district merged or renamed under its old code
-- (huyện Đất Đỏ, code 753, named Long Đất from 2025-01-01) is the same code in the GSO list
-- under its new name; a meeting of 2024 is Đất Đỏ's. The loader now keeps the name of the
-- day in locality_text when it differs from the gazetteer's name for the code, and the
-- contract views give that name first. Codes are unchanged, so series by code still join.

COMMENT ON COLUMN baocao.meetings.locality_text IS
    'the name as written when it did not resolve; for a resolved unit renamed since, the name it bore on the day';
COMMENT ON COLUMN baocao.indicator_values.locality_text IS
    'the name as written when it did not resolve; for a resolved unit renamed since, the name it bore on the day';
COMMENT ON COLUMN baocao.targets.locality_text IS
    'the name as written when it did not resolve; for a resolved unit renamed since, the name it bore on the day';

CREATE OR REPLACE VIEW report.meetings AS
SELECT m.meeting_id,
       d.source_name,
       m.held_on,
       m.locality_code,
       coalesce(m.locality_text, l.name) AS locality_name,
       l.level AS locality_level,
       l.province_name,
       m.organizer,
       m.period_start,
       m.period_end,
       m.chair_name,
       m.document_id,
       m.ordinal = 0 AS is_main_meeting,
       m.time_of_day,
       m.kind,
       m.session_number,
       m.term,
       m.online,
       m.period_label,
       l.province_code,
       m.locality_era,
       m.locality_basis,
       m.date_basis,
       m.period_basis
FROM baocao.meetings m
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = m.locality_era AND l.code = m.locality_code;

CREATE OR REPLACE VIEW report.indicator_values AS
SELECT v.indicator_value_id,
       d.source_name,
       coalesce(v.locality_text, l.name) AS locality_name,
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

CREATE OR REPLACE VIEW report.targets AS
SELECT d.source_name,
       coalesce(t.locality_text, l.name) AS locality_name,
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

COMMENT ON COLUMN report.meetings.locality_name IS
    'name without its type word, as the unit was called on the meeting day (Đất Đỏ in 2024, though its code is Long Đất''s since 2025)';
COMMENT ON COLUMN report.meetings.period_basis IS
    'where the period reviewed was told: meeting_sentence, headline, lead, lead_part_of_headline_year, lead_evaluated_over_session_name (what the lead says is evaluated, over the month or year that names the session), mid_year_session (a session named "giữa năm N" that names no span: the first half of N), figures_before_meeting (the lead names none: the first span from January to within two months before the meeting that figures are told for), congress_term (the term a congress closes), congress_term_url (that term named only in the web address); _widened when a wider span of the same year reviewed as a whole was taken (tháng 4 và 4 tháng đầu năm); null when none';
