-- V004: the analyst-facing contract (../shared/eval/CONTRACT.md): schema
-- `report`, one view per question, joins done. The listed columns keep their
-- names and types; later migrations may add views and columns, never rename.
--
-- Locality columns: the name without its type word, the contract level
-- (1 province, 2 district, 3 commune) and the province the unit belonged to in
-- its own era, i.e. as it was on the day of the meeting or figure. A place
-- that did not resolve to a unit keeps the name as written, without code/level.

CREATE SCHEMA IF NOT EXISTS report;
COMMENT ON SCHEMA report IS
    'Analyst-facing views of the baocao dataset: documents, meetings, officials, indicator figures, targets. Stable names; the base tables behind them may change.';

-- A unit with its province, keyed like the facts (era, code).
CREATE VIEW report.locality_names AS
SELECT l.era, l.code, l.name, l.type, l.level, l.province_code, p.name AS province_name
FROM baocao.localities l
JOIN baocao.localities p ON p.era = l.era AND p.code = l.province_code;
COMMENT ON VIEW report.locality_names IS
    'Every administrative unit of both systems (era 2024: before 1 July 2025; era 2025: after) with the name of its province.';
COMMENT ON COLUMN report.locality_names.era IS '2024 = three-level system before 2025-07-01; 2025 = two-level system from 2025-07-01';
COMMENT ON COLUMN report.locality_names.code IS 'GSO code';
COMMENT ON COLUMN report.locality_names.name IS 'name without the type word';
COMMENT ON COLUMN report.locality_names.type IS 'Tỉnh, Thành phố Trung ương, Huyện, Quận, Thị xã, Thành phố, Xã, Phường, Thị trấn, Đặc khu';
COMMENT ON COLUMN report.locality_names.level IS '1 province level, 2 district level, 3 commune level';
COMMENT ON COLUMN report.locality_names.province_code IS 'GSO code of its province';
COMMENT ON COLUMN report.locality_names.province_name IS 'name of its province in the same era';

-- Documents -------------------------------------------------------------------

CREATE VIEW report.documents AS
SELECT d.document_id,
       d.source_name,
       d.title,
       d.published_on,
       d.author,
       d.sha256,
       d.site,
       d.path,
       d.is_meeting_report,
       d.rejection_reason,
       char_length(d.text) AS text_length,
       d.loaded_at
FROM baocao.documents d;
COMMENT ON VIEW report.documents IS 'One row per loaded article.';
COMMENT ON COLUMN report.documents.document_id IS 'identifier of the article in this database';
COMMENT ON COLUMN report.documents.source_name IS 'the input file''s base name';
COMMENT ON COLUMN report.documents.title IS 'headline; null when the text has none';
COMMENT ON COLUMN report.documents.published_on IS 'from the article''s date header (first of the month), or null';
COMMENT ON COLUMN report.documents.author IS 'byline, null when none';
COMMENT ON COLUMN report.documents.sha256 IS 'SHA-256 of the normalized text; the same text is never loaded twice';
COMMENT ON COLUMN report.documents.site IS 'web site the text names as its source, if any';
COMMENT ON COLUMN report.documents.path IS 'path of the file when it was loaded';
COMMENT ON COLUMN report.documents.is_meeting_report IS 'true when the article reports a meeting; other articles are kept but yield no facts';
COMMENT ON COLUMN report.documents.rejection_reason IS 'why the article was not taken as a meeting report';
COMMENT ON COLUMN report.documents.text_length IS 'length of the normalized text in characters';
COMMENT ON COLUMN report.documents.loaded_at IS 'when the article was loaded (or last replaced)';

-- Meetings --------------------------------------------------------------------

CREATE VIEW report.meetings AS
SELECT m.meeting_id,
       d.source_name,
       m.held_on,
       m.locality_code,
       coalesce(l.name, m.locality_text) AS locality_name,
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
       m.locality_era
FROM baocao.meetings m
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = m.locality_era AND l.code = m.locality_code;
COMMENT ON VIEW report.meetings IS 'One row per meeting reported; the article''s main meeting has the smallest meeting_id of its rows.';
COMMENT ON COLUMN report.meetings.meeting_id IS 'identifier of the meeting';
COMMENT ON COLUMN report.meetings.source_name IS 'the article that reports it';
COMMENT ON COLUMN report.meetings.held_on IS 'the day the meeting was held';
COMMENT ON COLUMN report.meetings.locality_code IS 'GSO code of the locality whose body met; null if unresolved';
COMMENT ON COLUMN report.meetings.locality_name IS 'locality name without its type word';
COMMENT ON COLUMN report.meetings.locality_level IS '1 province level, 2 district level, 3 commune level';
COMMENT ON COLUMN report.meetings.province_name IS 'the locality''s province as it was on the meeting day';
COMMENT ON COLUMN report.meetings.organizer IS 'the body that met, e.g. Ban Chấp hành Đảng bộ huyện';
COMMENT ON COLUMN report.meetings.period_start IS 'first day of the period the meeting reviewed';
COMMENT ON COLUMN report.meetings.period_end IS 'last day of the period the meeting reviewed';
COMMENT ON COLUMN report.meetings.chair_name IS 'who chaired the meeting; null if the article does not say';
COMMENT ON COLUMN report.meetings.document_id IS 'the article (report.documents)';
COMMENT ON COLUMN report.meetings.is_main_meeting IS 'true for the meeting the article is about';
COMMENT ON COLUMN report.meetings.time_of_day IS 'sáng (morning), chiều (afternoon), tối (evening) or null';
COMMENT ON COLUMN report.meetings.kind IS 'sơ kết, tổng kết, giao ban, thường kỳ, chuyên đề, kỳ họp, đại hội, hội nghị';
COMMENT ON COLUMN report.meetings.session_number IS 'the session number (lần thứ ...), if given';
COMMENT ON COLUMN report.meetings.term IS 'the term (khóa, nhiệm kỳ) as written';
COMMENT ON COLUMN report.meetings.online IS 'true when held online (trực tuyến)';
COMMENT ON COLUMN report.meetings.period_label IS 'the period reviewed as a label: 6T/2023, Q1/2022, 2021';
COMMENT ON COLUMN report.meetings.province_code IS 'GSO code of the province as it was on the meeting day';
COMMENT ON COLUMN report.meetings.locality_era IS '2024 = unit of the system before 2025-07-01, 2025 = after';

-- Officials -------------------------------------------------------------------

CREATE VIEW report.official_mentions AS
SELECT o.official_mention_id,
       d.source_name,
       p.full_name,
       array_to_string(o.titles, '; ') AS titles,
       o.role,
       o.document_id,
       o.person_id,
       nullif(p.province_name, '') AS province_name,
       o.titles AS title_list
FROM baocao.official_mentions o
JOIN baocao.documents d USING (document_id)
JOIN baocao.persons p USING (person_id);
COMMENT ON VIEW report.official_mentions IS 'One row per official per article, with every title the article gives them.';
COMMENT ON COLUMN report.official_mentions.official_mention_id IS 'identifier of the mention';
COMMENT ON COLUMN report.official_mentions.source_name IS 'the article';
COMMENT ON COLUMN report.official_mentions.full_name IS 'the official''s full name';
COMMENT ON COLUMN report.official_mentions.titles IS 'every title the article gives the person, joined with "; "';
COMMENT ON COLUMN report.official_mentions.role IS 'chair, speaker, reporter, attendee or mentioned';
COMMENT ON COLUMN report.official_mentions.document_id IS 'the article (report.documents)';
COMMENT ON COLUMN report.official_mentions.person_id IS 'the person: same full name in the same province across articles';
COMMENT ON COLUMN report.official_mentions.province_name IS 'the province the person serves in, when known';
COMMENT ON COLUMN report.official_mentions.title_list IS 'the titles as an array';

-- Indicator values ----------------------------------------------------------------

CREATE VIEW report.indicator_values AS
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
       v.locality_era
FROM baocao.indicator_values v
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = v.locality_era AND l.code = v.locality_code;
COMMENT ON VIEW report.indicator_values IS 'One row per figure reported (money in đồng, US dollars in dollars, percentages as numbers).';
COMMENT ON COLUMN report.indicator_values.indicator_value_id IS 'identifier of the figure';
COMMENT ON COLUMN report.indicator_values.source_name IS 'the article';
COMMENT ON COLUMN report.indicator_values.locality_name IS 'whose figure it is, name without its type word';
COMMENT ON COLUMN report.indicator_values.locality_level IS '1 province level, 2 district level, 3 commune level';
COMMENT ON COLUMN report.indicator_values.period_start IS 'first day of the period the figure covers';
COMMENT ON COLUMN report.indicator_values.period_end IS 'last day of the period the figure covers';
COMMENT ON COLUMN report.indicator_values.indicator_code IS 'code from the indicator catalog; other when unknown';
COMMENT ON COLUMN report.indicator_values.label IS 'the phrase as written, e.g. Tổng thu ngân sách';
COMMENT ON COLUMN report.indicator_values.value IS 'the figure in base units (đồng, dollars, hectares, percent...)';
COMMENT ON COLUMN report.indicator_values.unit IS 'VND, USD, %, ha, count, or another physical unit';
COMMENT ON COLUMN report.indicator_values.qualifier IS 'estimate (ước), more_than (hơn, trên), less_than (dưới), about (gần, khoảng) or null';
COMMENT ON COLUMN report.indicator_values.out_of IS 'the whole a count is part of: 16/64 công trình gives value 16, out_of 64';
COMMENT ON COLUMN report.indicator_values.document_id IS 'the article (report.documents)';
COMMENT ON COLUMN report.indicator_values.meeting_id IS 'the meeting that reported the figure (report.meetings)';
COMMENT ON COLUMN report.indicator_values.locality_code IS 'GSO code of the locality, null if unresolved';
COMMENT ON COLUMN report.indicator_values.province_code IS 'GSO code of the locality''s province';
COMMENT ON COLUMN report.indicator_values.province_name IS 'the locality''s province';
COMMENT ON COLUMN report.indicator_values.period_label IS 'the period as a label: 6T/2023, Q1/2022, 2021';
COMMENT ON COLUMN report.indicator_values.locality_era IS '2024 = unit of the system before 2025-07-01, 2025 = after';

CREATE VIEW report.indicator_comparisons AS
SELECT c.indicator_value_id,
       c.kind,
       c.percent,
       c.basis,
       c.comparison_id,
       d.source_name,
       c.document_id
FROM baocao.indicator_comparisons c
JOIN baocao.documents d USING (document_id);
COMMENT ON VIEW report.indicator_comparisons IS 'How a figure compares with its plan or with the same period of the year before.';
COMMENT ON COLUMN report.indicator_comparisons.indicator_value_id IS 'the figure compared (report.indicator_values)';
COMMENT ON COLUMN report.indicator_comparisons.kind IS 'ratio_to_plan (reached X% of plan), ratio_to_prior (X% of the same period before), change_vs_prior (+X or -X percent)';
COMMENT ON COLUMN report.indicator_comparisons.percent IS 'X, in percent';
COMMENT ON COLUMN report.indicator_comparisons.basis IS 'what it is compared with, as written: kế hoạch tỉnh giao, cùng kỳ';
COMMENT ON COLUMN report.indicator_comparisons.comparison_id IS 'identifier of the comparison';
COMMENT ON COLUMN report.indicator_comparisons.source_name IS 'the article';
COMMENT ON COLUMN report.indicator_comparisons.document_id IS 'the article (report.documents)';

-- Targets ----------------------------------------------------------------------

CREATE VIEW report.targets AS
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
LEFT JOIN report.locality_names l ON l.era = t.locality_era AND l.code = t.locality_code;
COMMENT ON VIEW report.targets IS 'One row per target an article sets for a future year.';
COMMENT ON COLUMN report.targets.source_name IS 'the article';
COMMENT ON COLUMN report.targets.locality_name IS 'whose target it is, name without its type word';
COMMENT ON COLUMN report.targets.target_year IS 'the year the target is for';
COMMENT ON COLUMN report.targets.indicator_code IS 'code from the indicator catalog; other when unknown';
COMMENT ON COLUMN report.targets.label IS 'the phrase as written';
COMMENT ON COLUMN report.targets.direction IS 'min (at least), max (at most), eq (exactly)';
COMMENT ON COLUMN report.targets.value IS 'the target in base units; null for a goal without a number';
COMMENT ON COLUMN report.targets.unit IS 'VND, USD, %, ha, count, or another physical unit';
COMMENT ON COLUMN report.targets.target_id IS 'identifier of the target';
COMMENT ON COLUMN report.targets.document_id IS 'the article (report.documents)';
COMMENT ON COLUMN report.targets.text IS 'the goal as written';
COMMENT ON COLUMN report.targets.locality_code IS 'GSO code of the locality, null if unresolved';
COMMENT ON COLUMN report.targets.locality_level IS '1 province level, 2 district level, 3 commune level';
COMMENT ON COLUMN report.targets.province_code IS 'GSO code of the locality''s province';
COMMENT ON COLUMN report.targets.province_name IS 'the locality''s province';
COMMENT ON COLUMN report.targets.locality_era IS '2024 = unit of the system before 2025-07-01, 2025 = after';
