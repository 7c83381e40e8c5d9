-- V008: targets against what was later achieved, and officials as people
-- (one row per person across articles) with the meetings they took part in.

-- Targets against actuals -----------------------------------------------------------

-- A target for year Y (usually set in a year-end article) is matched with the
-- figure reported for the same locality, indicator and unit within year Y,
-- usually by another article: the whole-year figure when there is one, else
-- the latest figure of that year (from 1 January for indicators that add up
-- over the year, so that a quarter alone is never taken for the year).
CREATE VIEW report.targets_vs_actuals AS
WITH target AS (
    SELECT t.*,
           d.source_name,
           COALESCE(m.held_on, d.published_on) AS set_on,
           COALESCE(t.locality_code, CASE WHEN t.locality_text IS NULL THEN m.locality_code END) AS place_code,
           COALESCE(t.locality_era, CASE WHEN t.locality_text IS NULL THEN m.locality_era END) AS place_era,
           COALESCE(t.locality_text, m.locality_text) AS place_text,
           COALESCE(s.accumulates, false) AS accumulates,
           CASE WHEN t.direction = 'min' THEN 'higher'
                WHEN t.direction = 'max' THEN 'lower'
                ELSE COALESCE(NULLIF(s.better, 'none'), 'higher') END AS good_side,
           s.sector
    FROM baocao.targets t
    JOIN baocao.documents d ON d.document_id = t.document_id
    LEFT JOIN baocao.indicator_semantics s ON s.code = t.indicator_code
    LEFT JOIN LATERAL (
        SELECT mm.* FROM baocao.meetings mm WHERE mm.document_id = t.document_id ORDER BY mm.ordinal LIMIT 1
    ) m ON true
),
actual AS (
    SELECT DISTINCT ON (t.target_id) t.target_id, f.*
    FROM target t
    JOIN report.figures f
      ON f.indicator_code = t.indicator_code
     AND t.indicator_code <> 'other'
     AND (t.unit IS NULL OR f.unit = t.unit)
     AND f.period_start >= make_date(t.target_year, 1, 1)
     AND f.period_end <= make_date(t.target_year, 12, 31)
     AND (NOT t.accumulates OR f.period_start = make_date(t.target_year, 1, 1))
     AND ((t.place_code IS NOT NULL AND f.locality_era = t.place_era AND f.locality_code = t.place_code)
          OR (t.place_code IS NULL AND f.locality_code IS NULL AND lower(f.locality_name) = lower(t.place_text)))
    ORDER BY t.target_id, (f.period_kind = 'year') DESC, f.period_end DESC,
             f.reported_on DESC NULLS LAST, f.indicator_value_id DESC
),
judged AS (
    SELECT t.*, a.indicator_value_id AS actual_id, a.source_name AS actual_source_name,
           a.reported_on AS actual_reported_on, a.label AS actual_label, a.value AS actual_value,
           a.qualifier AS actual_qualifier,
           a.period_start AS actual_period_start, a.period_end AS actual_period_end,
           a.period_label AS actual_period_label, (a.period_kind = 'year') AS actual_is_full_year,
           CASE WHEN t.value IS NULL THEN 'qualitative target: nothing to measure'
                WHEN a.indicator_value_id IS NULL THEN 'no figure reported for that year yet'
                WHEN a.period_kind = 'year' THEN 'whole-year figure'
                WHEN t.accumulates AND t.good_side = 'higher' AND a.value >= t.value
                    THEN 'part-year figure already past the target'
                WHEN t.accumulates AND t.good_side = 'lower' AND a.value > t.value
                    THEN 'part-year figure already over the limit'
                ELSE 'only a part-year figure so far' END AS achievement_note
    FROM target t
    LEFT JOIN actual a ON a.target_id = t.target_id
)
SELECT j.target_id,
       j.source_name AS target_source_name,
       j.set_on AS target_set_on,
       j.place_era AS locality_era,
       j.place_code AS locality_code,
       COALESCE(l.name, j.place_text) AS locality_name,
       l.level AS locality_level,
       l.province_code,
       p.name AS province_name,
       j.indicator_code,
       COALESCE(j.sector, 'other') AS sector,
       j.label AS target_label,
       j.target_year,
       j.direction,
       j.value AS target_value,
       j.unit,
       j.text AS target_text,
       j.actual_id AS actual_indicator_value_id,
       j.actual_source_name,
       j.actual_reported_on,
       j.actual_label,
       j.actual_value,
       j.actual_qualifier,
       j.actual_period_start,
       j.actual_period_end,
       j.actual_period_label,
       j.actual_is_full_year,
       CASE WHEN j.value <> 0 THEN round(j.actual_value * 100 / j.value, 1) END AS actual_percent_of_target,
       CASE
           WHEN j.value IS NULL OR j.actual_id IS NULL THEN 'unknown'
           WHEN j.actual_is_full_year THEN
               CASE WHEN (j.good_side = 'higher' AND j.actual_value >= j.value)
                      OR (j.good_side = 'lower' AND j.actual_value <= j.value) THEN 'yes' ELSE 'no' END
           WHEN j.achievement_note = 'part-year figure already past the target' THEN 'yes'
           WHEN j.achievement_note = 'part-year figure already over the limit' THEN 'no'
           ELSE 'unknown'
       END AS achieved,
       j.achievement_note
FROM judged j
LEFT JOIN baocao.localities l ON l.era = j.place_era AND l.code = j.place_code
LEFT JOIN baocao.localities p ON p.era = l.era AND p.code = l.province_code;

COMMENT ON VIEW report.targets_vs_actuals IS
    'Each target set for a year next to the figure later reported for the same locality, indicator and year (usually from another article): the whole-year figure, else the latest one of that year. achieved says yes, no or unknown, judged by the target''s direction.';
COMMENT ON COLUMN report.targets_vs_actuals.target_id IS 'Identifier of the target (see report.evidence)';
COMMENT ON COLUMN report.targets_vs_actuals.target_source_name IS 'Article that set the target';
COMMENT ON COLUMN report.targets_vs_actuals.target_set_on IS 'Day of the meeting that set it, else the publication month';
COMMENT ON COLUMN report.targets_vs_actuals.locality_era IS '2024 before the 1 July 2025 reform, 2025 after';
COMMENT ON COLUMN report.targets_vs_actuals.locality_code IS 'GSO code of the locality the target is for';
COMMENT ON COLUMN report.targets_vs_actuals.locality_name IS 'Locality name without type word';
COMMENT ON COLUMN report.targets_vs_actuals.locality_level IS '1 province, 2 district, 3 commune';
COMMENT ON COLUMN report.targets_vs_actuals.province_code IS 'GSO code of the province';
COMMENT ON COLUMN report.targets_vs_actuals.province_name IS 'Province name';
COMMENT ON COLUMN report.targets_vs_actuals.indicator_code IS 'Indicator code from the catalog';
COMMENT ON COLUMN report.targets_vs_actuals.sector IS 'Field of the indicator';
COMMENT ON COLUMN report.targets_vs_actuals.target_label IS 'The target''s indicator as written';
COMMENT ON COLUMN report.targets_vs_actuals.target_year IS 'Year the target is for';
COMMENT ON COLUMN report.targets_vs_actuals.direction IS 'min (at least), max (at most) or eq (reach about this value)';
COMMENT ON COLUMN report.targets_vs_actuals.target_value IS 'Target value in base units; empty for a qualitative goal';
COMMENT ON COLUMN report.targets_vs_actuals.unit IS 'Unit of target_value and actual_value';
COMMENT ON COLUMN report.targets_vs_actuals.target_text IS 'The goal as written';
COMMENT ON COLUMN report.targets_vs_actuals.actual_indicator_value_id IS 'The figure taken as the actual (see report.figures); empty when none was reported';
COMMENT ON COLUMN report.targets_vs_actuals.actual_source_name IS 'Article that reported the actual';
COMMENT ON COLUMN report.targets_vs_actuals.actual_reported_on IS 'When the actual was reported';
COMMENT ON COLUMN report.targets_vs_actuals.actual_label IS 'The actual''s indicator as written';
COMMENT ON COLUMN report.targets_vs_actuals.actual_value IS 'The actual figure in base units';
COMMENT ON COLUMN report.targets_vs_actuals.actual_qualifier IS 'estimate, more_than, less_than, about, or empty';
COMMENT ON COLUMN report.targets_vs_actuals.actual_period_start IS 'First day of the period the actual covers';
COMMENT ON COLUMN report.targets_vs_actuals.actual_period_end IS 'Last day of the period the actual covers';
COMMENT ON COLUMN report.targets_vs_actuals.actual_period_label IS 'Period of the actual: 2022 for the whole year, 9T/2022 for January to September';
COMMENT ON COLUMN report.targets_vs_actuals.actual_is_full_year IS 'True when the actual covers the whole target year';
COMMENT ON COLUMN report.targets_vs_actuals.actual_percent_of_target IS 'actual_value as a percentage of target_value';
COMMENT ON COLUMN report.targets_vs_actuals.achieved IS 'yes, no or unknown: a whole-year actual on the good side of the target (at least for min, at most for max; for eq the side the indicator is better on) is yes; a part-year actual decides only when it has already passed the target';
COMMENT ON COLUMN report.targets_vs_actuals.achievement_note IS 'Why achieved says what it says';

-- Officials ----------------------------------------------------------------------------

-- When a mention was made: the article's main meeting day, else its month.
CREATE VIEW report.official_titles AS
WITH mention AS (
    SELECT om.person_id, om.document_id, om.titles,
           COALESCE(m.held_on, d.published_on) AS seen_on
    FROM baocao.official_mentions om
    JOIN baocao.documents d ON d.document_id = om.document_id
    LEFT JOIN LATERAL (
        SELECT mm.held_on FROM baocao.meetings mm WHERE mm.document_id = om.document_id ORDER BY mm.ordinal LIMIT 1
    ) m ON true
)
SELECT p.person_id,
       p.full_name,
       NULLIF(p.province_name, '') AS province_name,
       title,
       min(mention.seen_on) AS first_seen_on,
       max(mention.seen_on) AS last_seen_on,
       count(DISTINCT mention.document_id) AS articles
FROM mention
JOIN baocao.persons p ON p.person_id = mention.person_id
CROSS JOIN LATERAL unnest(mention.titles) AS title
GROUP BY p.person_id, p.full_name, p.province_name, title;

COMMENT ON VIEW report.official_titles IS
    'One row per official and title: when the title was first and last seen with that person (a way to follow careers across articles).';
COMMENT ON COLUMN report.official_titles.person_id IS 'Identifier of the person (see report.officials)';
COMMENT ON COLUMN report.official_titles.full_name IS 'Full name (Hà Thị Việt Ánh)';
COMMENT ON COLUMN report.official_titles.province_name IS 'Province the person works in, as far as the articles tell (namesakes in different provinces are different people)';
COMMENT ON COLUMN report.official_titles.title IS 'One title, lower-case, abbreviations expanded, without the place name (bí thư huyện ủy)';
COMMENT ON COLUMN report.official_titles.first_seen_on IS 'Earliest meeting day (else publication month) of an article giving this title';
COMMENT ON COLUMN report.official_titles.last_seen_on IS 'Latest such day';
COMMENT ON COLUMN report.official_titles.articles IS 'Number of articles giving the person this title';

CREATE VIEW report.officials AS
WITH mention AS (
    SELECT om.person_id, om.document_id, om.titles, om.role,
           COALESCE(m.held_on, d.published_on) AS seen_on,
           om.official_mention_id
    FROM baocao.official_mentions om
    JOIN baocao.documents d ON d.document_id = om.document_id
    LEFT JOIN LATERAL (
        SELECT mm.held_on FROM baocao.meetings mm WHERE mm.document_id = om.document_id ORDER BY mm.ordinal LIMIT 1
    ) m ON true
)
SELECT p.person_id,
       p.full_name,
       NULLIF(p.province_name, '') AS province_name,
       count(DISTINCT mention.document_id) AS articles,
       count(DISTINCT mention.document_id) FILTER (WHERE mention.role = 'chair') AS meetings_chaired,
       min(mention.seen_on) AS first_seen_on,
       max(mention.seen_on) AS last_seen_on,
       (SELECT array_to_string(latest.titles, '; ')
        FROM mention latest WHERE latest.person_id = p.person_id
        ORDER BY latest.seen_on DESC NULLS LAST, latest.official_mention_id DESC LIMIT 1) AS latest_titles,
       (SELECT string_agg(t.title || ' (' || COALESCE(t.first_seen_on::text, '?')
                          || CASE WHEN t.last_seen_on IS DISTINCT FROM t.first_seen_on
                                  THEN ' to ' || COALESCE(t.last_seen_on::text, '?') ELSE '' END || ')',
                          '; ' ORDER BY t.first_seen_on NULLS LAST, t.title)
        FROM report.official_titles t WHERE t.person_id = p.person_id) AS titles_seen
FROM baocao.persons p
JOIN mention ON mention.person_id = p.person_id
GROUP BY p.person_id, p.full_name, p.province_name;

COMMENT ON VIEW report.officials IS
    'One row per official (not per mention): the same full name in the same province is taken to be one person across articles. Titles are listed with the dates they were seen; report.official_titles has them one per row.';
COMMENT ON COLUMN report.officials.person_id IS 'Identifier of the person';
COMMENT ON COLUMN report.officials.full_name IS 'Full name (Hà Thị Việt Ánh)';
COMMENT ON COLUMN report.officials.province_name IS 'Province the person works in, as far as the articles tell';
COMMENT ON COLUMN report.officials.articles IS 'Number of articles naming the person';
COMMENT ON COLUMN report.officials.meetings_chaired IS 'Number of articles in which the person chaired the meeting';
COMMENT ON COLUMN report.officials.first_seen_on IS 'Earliest meeting day (else publication month) of an article naming the person';
COMMENT ON COLUMN report.officials.last_seen_on IS 'Latest such day';
COMMENT ON COLUMN report.officials.latest_titles IS 'Titles given in the latest article, ; separated';
COMMENT ON COLUMN report.officials.titles_seen IS 'Every title seen, each with the first and last day it was seen: bí thư huyện ủy (2022-01-06 to 2023-07-12)';

CREATE VIEW report.meetings_by_official AS
SELECT p.person_id,
       p.full_name,
       NULLIF(p.province_name, '') AS province_name,
       om.role,
       (om.role = 'chair' OR COALESCE(m.chair_name = p.full_name, false)) AS is_chair,
       array_to_string(om.titles, '; ') AS titles,
       m.meeting_id,
       m.held_on,
       m.time_of_day,
       m.kind AS meeting_kind,
       m.organizer,
       m.locality_code,
       COALESCE(l.name, m.locality_text) AS locality_name,
       l.level AS locality_level,
       lp.name AS meeting_province_name,
       m.period_start,
       m.period_end,
       report.period_label(m.period_start, m.period_end) AS period_label,
       d.source_name,
       d.title AS document_title
FROM baocao.official_mentions om
JOIN baocao.persons p ON p.person_id = om.person_id
JOIN baocao.documents d ON d.document_id = om.document_id
JOIN LATERAL (
    SELECT mm.* FROM baocao.meetings mm WHERE mm.document_id = om.document_id ORDER BY mm.ordinal LIMIT 1
) m ON true
LEFT JOIN baocao.localities l ON l.era = m.locality_era AND l.code = m.locality_code
LEFT JOIN baocao.localities lp ON lp.era = l.era AND lp.code = l.province_code;

COMMENT ON VIEW report.meetings_by_official IS
    'Which officials took part in which meetings, and in what role (chair, speaker, reporter, attendee, mentioned): one row per official per meeting reported.';
COMMENT ON COLUMN report.meetings_by_official.person_id IS 'Identifier of the person (see report.officials)';
COMMENT ON COLUMN report.meetings_by_official.full_name IS 'Full name of the official';
COMMENT ON COLUMN report.meetings_by_official.province_name IS 'Province the official works in, as far as the articles tell';
COMMENT ON COLUMN report.meetings_by_official.role IS 'chair (chủ trì), speaker, reporter (presented the report), attendee (dự) or mentioned';
COMMENT ON COLUMN report.meetings_by_official.is_chair IS 'True when the official chaired the meeting';
COMMENT ON COLUMN report.meetings_by_official.titles IS 'Titles the article gives the official, ; separated';
COMMENT ON COLUMN report.meetings_by_official.meeting_id IS 'Identifier of the meeting (see report.meetings)';
COMMENT ON COLUMN report.meetings_by_official.held_on IS 'Day the meeting was held';
COMMENT ON COLUMN report.meetings_by_official.time_of_day IS 'sáng (morning), chiều (afternoon), tối (evening), or empty';
COMMENT ON COLUMN report.meetings_by_official.meeting_kind IS 'sơ kết, tổng kết, giao ban, thường kỳ, chuyên đề, kỳ họp, đại hội or hội nghị';
COMMENT ON COLUMN report.meetings_by_official.organizer IS 'The body that met (Ban Chấp hành Đảng bộ huyện)';
COMMENT ON COLUMN report.meetings_by_official.locality_code IS 'GSO code of the locality whose body met';
COMMENT ON COLUMN report.meetings_by_official.locality_name IS 'Name of that locality';
COMMENT ON COLUMN report.meetings_by_official.locality_level IS '1 province, 2 district, 3 commune';
COMMENT ON COLUMN report.meetings_by_official.meeting_province_name IS 'Province of the meeting''s locality';
COMMENT ON COLUMN report.meetings_by_official.period_start IS 'First day of the period the meeting reviewed';
COMMENT ON COLUMN report.meetings_by_official.period_end IS 'Last day of the period the meeting reviewed';
COMMENT ON COLUMN report.meetings_by_official.period_label IS 'Period reviewed as the reports write it: 6T/2023, Q1/2022, 2021';
COMMENT ON COLUMN report.meetings_by_official.source_name IS 'File name of the article';
COMMENT ON COLUMN report.meetings_by_official.document_title IS 'Headline of the article';

GRANT SELECT ON ALL TABLES IN SCHEMA report TO baocao_reader;
