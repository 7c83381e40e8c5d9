-- V007: figures as BI tools want them (report.figures), measured against
-- plan (report.plan_fulfilment), and the evidence behind any fact
-- (report.evidence). Joins are done here once so that analysts never need
-- the base tables.

-- What the basis of a plan comparison says (data/plan_basis_terms.tsv).
CREATE TABLE baocao.plan_basis_terms (
    term      text NOT NULL,
    aspect    text NOT NULL CHECK (aspect IN ('kind', 'issuer')),
    value     text NOT NULL,
    priority  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (term, aspect)
);

-- baocao:copy baocao.plan_basis_terms (term,aspect,value,priority) FROM 'plan_basis_terms.tsv' TSV

-- Figures ----------------------------------------------------------------------------

-- A figure's place is its own when the text names one, else the place of the
-- meeting that reported it. Its period likewise falls back to the meeting's.
CREATE VIEW report.figures AS
WITH figure AS (
    SELECT iv.*,
           m.meeting_id AS reporting_meeting_id,
           m.held_on,
           COALESCE(iv.locality_code, CASE WHEN iv.locality_text IS NULL THEN m.locality_code END) AS place_code,
           COALESCE(iv.locality_era, CASE WHEN iv.locality_text IS NULL THEN m.locality_era END) AS place_era,
           COALESCE(iv.locality_text, m.locality_text) AS place_text,
           COALESCE(iv.period_start, m.period_start) AS start_day,
           COALESCE(iv.period_end, m.period_end) AS end_day
    FROM baocao.indicator_values iv
    LEFT JOIN LATERAL (
        SELECT mm.* FROM baocao.meetings mm
        WHERE mm.meeting_id = iv.meeting_id
           OR (iv.meeting_id IS NULL AND mm.document_id = iv.document_id)
        ORDER BY (mm.meeting_id = iv.meeting_id) DESC NULLS LAST, mm.ordinal
        LIMIT 1
    ) m ON true
),
first_comparison AS (
    SELECT DISTINCT ON (indicator_value_id, kind) indicator_value_id, kind, percent, basis
    FROM baocao.indicator_comparisons
    ORDER BY indicator_value_id, kind, ordinal
)
SELECT f.indicator_value_id,
       f.document_id,
       d.source_name,
       d.title AS document_title,
       d.published_on,
       f.reporting_meeting_id AS meeting_id,
       f.held_on AS meeting_held_on,
       COALESCE(f.held_on, d.published_on) AS reported_on,
       f.place_era AS locality_era,
       f.place_code AS locality_code,
       COALESCE(l.name, f.place_text) AS locality_name,
       l.type AS locality_type,
       l.level AS locality_level,
       l.province_code,
       p.name AS province_name,
       f.indicator_code,
       c.meaning AS indicator_meaning,
       COALESCE(s.sector, 'other') AS sector,
       s.percent_kind,
       f.label,
       f.value,
       f.unit,
       f.qualifier,
       f.out_of,
       CASE WHEN f.out_of > 0 THEN round(f.value * 100 / f.out_of, 2) END AS percent_of_out_of,
       f.start_day AS period_start,
       f.end_day AS period_end,
       report.period_label(f.start_day, f.end_day) AS period_label,
       report.period_kind(f.start_day, f.end_day) AS period_kind,
       CASE WHEN extract(year FROM f.start_day) = extract(year FROM f.end_day)
            THEN extract(year FROM f.end_day)::int END AS year,
       CASE WHEN extract(year FROM f.start_day) = extract(year FROM f.end_day)
             AND (extract(month FROM f.end_day) <= 6 OR extract(month FROM f.start_day) >= 7)
            THEN CASE WHEN extract(month FROM f.end_day) <= 6 THEN 1 ELSE 2 END END AS half,
       CASE WHEN extract(year FROM f.start_day) = extract(year FROM f.end_day)
             AND extract(quarter FROM f.start_day) = extract(quarter FROM f.end_day)
            THEN extract(quarter FROM f.end_day)::int END AS quarter,
       report.period_months(f.start_day, f.end_day) AS period_months,
       plan.percent AS percent_of_plan,
       plan.basis AS plan_basis,
       prior_ratio.percent AS percent_of_prior,
       change.percent AS change_vs_prior_percent,
       COALESCE(change.percent, prior_ratio.percent - 100) AS growth_percent,
       ev.sentence_text AS evidence_sentence
FROM figure f
JOIN baocao.documents d ON d.document_id = f.document_id
LEFT JOIN baocao.localities l ON l.era = f.place_era AND l.code = f.place_code
LEFT JOIN baocao.localities p ON p.era = l.era AND p.code = l.province_code
LEFT JOIN baocao.indicator_catalog c ON c.code = f.indicator_code
LEFT JOIN baocao.indicator_semantics s ON s.code = f.indicator_code
LEFT JOIN first_comparison plan ON plan.indicator_value_id = f.indicator_value_id AND plan.kind = 'ratio_to_plan'
LEFT JOIN first_comparison prior_ratio ON prior_ratio.indicator_value_id = f.indicator_value_id AND prior_ratio.kind = 'ratio_to_prior'
LEFT JOIN first_comparison change ON change.indicator_value_id = f.indicator_value_id AND change.kind = 'change_vs_prior'
LEFT JOIN LATERAL (
    SELECT e.sentence_text FROM baocao.evidence e
    WHERE e.indicator_value_id = f.indicator_value_id
    ORDER BY e.evidence_id LIMIT 1
) ev ON true;

COMMENT ON VIEW report.figures IS
    'One row per reported figure with everything joined: document, meeting, locality with province and GSO code, indicator meaning and sector, period with label/year/half/quarter, and how it compares to plan and to the year before. The BI-friendly form of report.indicator_values.';
COMMENT ON COLUMN report.figures.indicator_value_id IS 'Identifier of the figure (same as in report.indicator_values and report.evidence)';
COMMENT ON COLUMN report.figures.document_id IS 'Identifier of the article that reported it';
COMMENT ON COLUMN report.figures.source_name IS 'File name of the article';
COMMENT ON COLUMN report.figures.document_title IS 'Headline of the article';
COMMENT ON COLUMN report.figures.published_on IS 'Publication month of the article (first day), when known';
COMMENT ON COLUMN report.figures.meeting_id IS 'The meeting that reported the figure';
COMMENT ON COLUMN report.figures.meeting_held_on IS 'Day that meeting was held';
COMMENT ON COLUMN report.figures.reported_on IS 'When the figure was made public: the meeting day, else the publication month';
COMMENT ON COLUMN report.figures.locality_era IS '2024 for units before the 1 July 2025 reform, 2025 after (see report.localities)';
COMMENT ON COLUMN report.figures.locality_code IS 'GSO code of the locality the figure is about (empty when the place did not match the gazetteer)';
COMMENT ON COLUMN report.figures.locality_name IS 'Name of the locality without its type word, or the name as written when unmatched';
COMMENT ON COLUMN report.figures.locality_type IS 'Huyện, Thị xã, Thành phố, Tỉnh, Xã, ...';
COMMENT ON COLUMN report.figures.locality_level IS '1 province, 2 district, 3 commune';
COMMENT ON COLUMN report.figures.province_code IS 'GSO code of the province';
COMMENT ON COLUMN report.figures.province_name IS 'Name of the province';
COMMENT ON COLUMN report.figures.indicator_code IS 'Indicator code from the catalog (budget_revenue, production_value, ...); other when unknown';
COMMENT ON COLUMN report.figures.indicator_meaning IS 'What the indicator measures, in plain words';
COMMENT ON COLUMN report.figures.sector IS 'Field the indicator belongs to: economy, industry, agriculture, budget, party building, social, ...';
COMMENT ON COLUMN report.figures.percent_kind IS 'For percentages: share (a part of a whole) or growth (a rate of change, e.g. economic growth); empty otherwise';
COMMENT ON COLUMN report.figures.label IS 'The phrase as written in the article (Tổng thu ngân sách)';
COMMENT ON COLUMN report.figures.value IS 'The figure in base units: đồng, US dollars, percent points, hectares, tonnes or a count';
COMMENT ON COLUMN report.figures.unit IS 'Unit of value: VND, USD, %, ha, count, tấn, ...';
COMMENT ON COLUMN report.figures.qualifier IS 'estimate (ước), more_than (hơn, trên), less_than (dưới), about (gần, khoảng), or empty';
COMMENT ON COLUMN report.figures.out_of IS 'The whole a count is part of: 16/64 works -> 64';
COMMENT ON COLUMN report.figures.percent_of_out_of IS 'value as a percentage of out_of';
COMMENT ON COLUMN report.figures.period_start IS 'First day of the period the figure covers';
COMMENT ON COLUMN report.figures.period_end IS 'Last day of the period the figure covers';
COMMENT ON COLUMN report.figures.period_label IS 'Period as the reports write it: 6T/2023, Q1/2022, 9T/2023, 2021';
COMMENT ON COLUMN report.figures.period_kind IS 'year, half, quarter, year_to_date, month, multi_year or other';
COMMENT ON COLUMN report.figures.year IS 'Calendar year of the period';
COMMENT ON COLUMN report.figures.half IS '1 or 2 when the period lies within one half-year';
COMMENT ON COLUMN report.figures.quarter IS '1 to 4 when the period lies within one quarter';
COMMENT ON COLUMN report.figures.period_months IS 'Number of months the period covers';
COMMENT ON COLUMN report.figures.percent_of_plan IS 'Share of plan reached, in percent (đạt 101% kế hoạch -> 101); the first one when the article gives several (see report.plan_fulfilment for all)';
COMMENT ON COLUMN report.figures.plan_basis IS 'Which plan, as written: kế hoạch tỉnh giao, dự toán HĐND huyện giao';
COMMENT ON COLUMN report.figures.percent_of_prior IS 'The figure as a percentage of the same period a year before (bằng 75% so với cùng kỳ -> 75)';
COMMENT ON COLUMN report.figures.change_vs_prior_percent IS 'Change against the same period a year before, in percent (tăng 9,7% -> 9.7, giảm 3% -> -3)';
COMMENT ON COLUMN report.figures.growth_percent IS 'Growth against the year before: change_vs_prior_percent, else percent_of_prior - 100';
COMMENT ON COLUMN report.figures.evidence_sentence IS 'The sentence the figure was read from';

-- Plan fulfilment ----------------------------------------------------------------

CREATE VIEW report.plan_fulfilment AS
SELECT f.indicator_value_id,
       c.comparison_id,
       f.source_name,
       f.reported_on,
       f.locality_code,
       f.locality_name,
       f.locality_level,
       f.province_code,
       f.province_name,
       f.indicator_code,
       f.sector,
       f.label,
       f.period_start,
       f.period_end,
       f.period_label,
       f.year,
       f.value,
       f.unit,
       f.qualifier,
       c.percent AS percent_of_plan,
       c.basis AS plan_basis,
       COALESCE(plan_kind.value, 'plan') AS plan_kind,
       plan_issuer.value AS plan_set_by,
       CASE WHEN c.percent > 0 THEN
           round(f.value * 100 / c.percent, CASE WHEN f.unit IN ('VND', 'USD', 'count') THEN 0 ELSE 2 END)
       END AS implied_plan_value,
       CASE WHEN c.percent > 0 THEN
           round(f.value * 100 / c.percent - f.value, CASE WHEN f.unit IN ('VND', 'USD', 'count') THEN 0 ELSE 2 END)
       END AS remaining_to_plan,
       c.percent >= 100 AS plan_reached,
       CASE WHEN report.period_kind(f.period_start, f.period_end) IN ('half', 'quarter', 'year_to_date', 'year', 'month')
             AND extract(month FROM f.period_start) = 1
            THEN round(report.period_months(f.period_start, f.period_end) * 100.0 / 12, 1) END AS expected_percent_by_period_end,
       CASE WHEN extract(month FROM f.period_start) = 1
             AND report.period_kind(f.period_start, f.period_end) IN ('half', 'quarter', 'year_to_date', 'year', 'month')
            THEN c.percent >= report.period_months(f.period_start, f.period_end) * 100.0 / 12 END AS on_pace
FROM report.figures f
JOIN baocao.indicator_comparisons c
  ON c.indicator_value_id = f.indicator_value_id AND c.kind = 'ratio_to_plan'
-- the best-matching word of the basis for each aspect (a lateral join, not a
-- function: a SQL function would read the terms table with the reader's rights)
LEFT JOIN LATERAL (
    SELECT t.value FROM baocao.plan_basis_terms t
    WHERE t.aspect = 'kind' AND (strpos(c.basis, t.term) > 0 OR strpos(lower(c.basis), t.term) > 0)
    ORDER BY t.priority DESC, length(t.term) DESC LIMIT 1
) plan_kind ON true
LEFT JOIN LATERAL (
    SELECT t.value FROM baocao.plan_basis_terms t
    WHERE t.aspect = 'issuer' AND (strpos(c.basis, t.term) > 0 OR strpos(lower(c.basis), t.term) > 0)
    ORDER BY t.priority DESC, length(t.term) DESC LIMIT 1
) plan_issuer ON true;

COMMENT ON VIEW report.plan_fulfilment IS
    'Each figure measured against a plan: one row per "đạt X% kế hoạch / dự toán / chỉ tiêu" statement, with the share of plan reached and the plan it implies (value / percent x 100). A figure compared with two plans (province''s and the locality''s own) has two rows.';
COMMENT ON COLUMN report.plan_fulfilment.indicator_value_id IS 'The figure (see report.figures)';
COMMENT ON COLUMN report.plan_fulfilment.comparison_id IS 'The plan comparison (see report.evidence)';
COMMENT ON COLUMN report.plan_fulfilment.source_name IS 'File name of the article';
COMMENT ON COLUMN report.plan_fulfilment.reported_on IS 'Day of the meeting that reported it, else the publication month';
COMMENT ON COLUMN report.plan_fulfilment.locality_code IS 'GSO code of the locality';
COMMENT ON COLUMN report.plan_fulfilment.locality_name IS 'Locality name without type word';
COMMENT ON COLUMN report.plan_fulfilment.locality_level IS '1 province, 2 district, 3 commune';
COMMENT ON COLUMN report.plan_fulfilment.province_code IS 'GSO code of the province';
COMMENT ON COLUMN report.plan_fulfilment.province_name IS 'Province name';
COMMENT ON COLUMN report.plan_fulfilment.indicator_code IS 'Indicator code from the catalog';
COMMENT ON COLUMN report.plan_fulfilment.sector IS 'Field of the indicator';
COMMENT ON COLUMN report.plan_fulfilment.label IS 'The phrase as written';
COMMENT ON COLUMN report.plan_fulfilment.period_start IS 'First day of the period the figure covers';
COMMENT ON COLUMN report.plan_fulfilment.period_end IS 'Last day of the period the figure covers';
COMMENT ON COLUMN report.plan_fulfilment.period_label IS 'Period as the reports write it: 6T/2023, Q1/2022, 2021';
COMMENT ON COLUMN report.plan_fulfilment.year IS 'Calendar year of the period';
COMMENT ON COLUMN report.plan_fulfilment.value IS 'The figure in base units';
COMMENT ON COLUMN report.plan_fulfilment.unit IS 'Unit of value and of implied_plan_value';
COMMENT ON COLUMN report.plan_fulfilment.qualifier IS 'estimate, more_than, less_than, about, or empty';
COMMENT ON COLUMN report.plan_fulfilment.percent_of_plan IS 'Share of plan reached, in percent';
COMMENT ON COLUMN report.plan_fulfilment.plan_basis IS 'Which plan, as written: kế hoạch tỉnh giao, dự toán HĐND huyện giao';
COMMENT ON COLUMN report.plan_fulfilment.plan_kind IS 'plan, budget estimate, target or resolution, read from the basis';
COMMENT ON COLUMN report.plan_fulfilment.plan_set_by IS 'Who set the plan, read from the basis: province, district, city, commune, people''s council, central government; empty when not said';
COMMENT ON COLUMN report.plan_fulfilment.implied_plan_value IS 'The plan this implies, value / percent_of_plan x 100, in the unit of value (approximate: the percentage is rounded in the text)';
COMMENT ON COLUMN report.plan_fulfilment.remaining_to_plan IS 'implied_plan_value - value: what is still to be reached (negative when exceeded)';
COMMENT ON COLUMN report.plan_fulfilment.plan_reached IS 'True when percent_of_plan is 100 or more';
COMMENT ON COLUMN report.plan_fulfilment.expected_percent_by_period_end IS 'For a period from 1 January, the share of the year elapsed (50 for 6T): what an even pace would have reached';
COMMENT ON COLUMN report.plan_fulfilment.on_pace IS 'True when percent_of_plan is at least expected_percent_by_period_end';

-- Evidence ---------------------------------------------------------------------------

CREATE VIEW report.evidence AS
SELECT e.evidence_id,
       e.fact_kind,
       COALESCE(e.indicator_value_id, e.comparison_id, e.target_id, e.meeting_id,
                e.official_mention_id, e.place_mention_id) AS fact_id,
       e.indicator_value_id,
       e.comparison_id,
       cmp.indicator_value_id AS compared_indicator_value_id,
       e.target_id,
       e.meeting_id,
       e.official_mention_id,
       e.place_mention_id,
       d.document_id,
       d.source_name,
       d.title AS document_title,
       d.published_on,
       e.sentence_text,
       substr(d.text, e.match_start + 1, e.match_end - e.match_start) AS matched_text,
       e.sentence_start,
       e.sentence_end,
       e.match_start,
       e.match_end
FROM baocao.evidence e
JOIN baocao.documents d ON d.document_id = e.document_id
LEFT JOIN baocao.indicator_comparisons cmp ON cmp.comparison_id = e.comparison_id;

COMMENT ON VIEW report.evidence IS
    'For any fact, the sentence it was read from and the article, so that an analyst can check a number. Find a figure''s evidence with WHERE indicator_value_id = ..., a target''s with target_id, a meeting''s with meeting_id.';
COMMENT ON COLUMN report.evidence.evidence_id IS 'Identifier of this piece of evidence';
COMMENT ON COLUMN report.evidence.fact_kind IS 'What the fact is: indicator_value, indicator_comparison, target, meeting, official_mention or place_mention';
COMMENT ON COLUMN report.evidence.fact_id IS 'Identifier of the fact in the view of its kind (indicator_value_id, comparison_id, target_id, meeting_id, ...)';
COMMENT ON COLUMN report.evidence.indicator_value_id IS 'The figure, when the fact is a figure (report.figures, report.indicator_values)';
COMMENT ON COLUMN report.evidence.comparison_id IS 'The comparison, when the fact is a comparison (report.plan_fulfilment)';
COMMENT ON COLUMN report.evidence.compared_indicator_value_id IS 'For a comparison, the figure it qualifies';
COMMENT ON COLUMN report.evidence.target_id IS 'The target, when the fact is a target (report.targets_vs_actuals)';
COMMENT ON COLUMN report.evidence.meeting_id IS 'The meeting, when the fact is a meeting (report.meetings)';
COMMENT ON COLUMN report.evidence.official_mention_id IS 'The mention of an official, when the fact is one';
COMMENT ON COLUMN report.evidence.place_mention_id IS 'The place mention, when the fact is one';
COMMENT ON COLUMN report.evidence.document_id IS 'Identifier of the article';
COMMENT ON COLUMN report.evidence.source_name IS 'File name of the article';
COMMENT ON COLUMN report.evidence.document_title IS 'Headline of the article';
COMMENT ON COLUMN report.evidence.published_on IS 'Publication month of the article (first day), when known';
COMMENT ON COLUMN report.evidence.sentence_text IS 'The whole sentence the fact was read from';
COMMENT ON COLUMN report.evidence.matched_text IS 'The exact words inside the sentence that gave the fact';
COMMENT ON COLUMN report.evidence.sentence_start IS 'Character offset (from 0) of the sentence in the article''s normalized text';
COMMENT ON COLUMN report.evidence.sentence_end IS 'Character offset just after the sentence';
COMMENT ON COLUMN report.evidence.match_start IS 'Character offset of the matched words';
COMMENT ON COLUMN report.evidence.match_end IS 'Character offset just after the matched words';

GRANT SELECT ON ALL TABLES IN SCHEMA report TO baocao_reader;
