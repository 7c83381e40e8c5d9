-- V006: what the BI views of `report` stand on: how each indicator is judged
-- (data/indicator_semantics.tsv), period labels, and two dimensions an
-- analyst joins figures to: periods and localities.

-- How to judge the figures of each indicator -----------------------------------

CREATE TABLE baocao.indicator_semantics (
    code          text PRIMARY KEY REFERENCES baocao.indicator_catalog (code),
    sector        text NOT NULL,
    better        text NOT NULL CHECK (better IN ('higher', 'lower', 'none')),
    accumulates   boolean NOT NULL,
    percent_kind  text CHECK (percent_kind IN ('share', 'growth')),
    part_of       text REFERENCES baocao.indicator_catalog (code)
);

CREATE TEMPORARY TABLE staging_semantics (
    code text, sector text, better text, accumulates text, percent_kind text, part_of text
) ON COMMIT DROP;

-- baocao:copy staging_semantics (code,sector,better,accumulates,percent_kind,part_of) FROM 'indicator_semantics.tsv' TSV

-- Codes the catalog does not know are skipped rather than failing the
-- migration: the catalog is the authority on which codes exist.
INSERT INTO baocao.indicator_semantics (code, sector, better, accumulates, percent_kind, part_of)
SELECT s.code, s.sector, s.better, s.accumulates = 'yes', NULLIF(s.percent_kind, ''),
       CASE WHEN EXISTS (SELECT 1 FROM baocao.indicator_catalog c WHERE c.code = s.part_of)
            THEN s.part_of END
FROM staging_semantics s
JOIN baocao.indicator_catalog c ON c.code = s.code;

-- Period labels ----------------------------------------------------------------------

-- The kind of a period: year, half, quarter, year_to_date (Jan 1 to the end
-- of a month: 9 months), month, multi_year (a term), other.
CREATE FUNCTION report.period_kind(period_start date, period_end date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN period_start IS NULL OR period_end IS NULL THEN NULL
        -- the period must end on the last day of a month and start on the first
        WHEN extract(day FROM period_start) <> 1
          OR period_end <> (date_trunc('month', period_end) + interval '1 month - 1 day')::date
            THEN 'other'
        WHEN extract(year FROM period_start) <> extract(year FROM period_end)
            THEN CASE WHEN extract(month FROM period_start) = 1 AND extract(month FROM period_end) = 12
                      THEN 'multi_year' ELSE 'other' END
        WHEN extract(month FROM period_start) = 1 AND extract(month FROM period_end) = 12 THEN 'year'
        WHEN extract(month FROM period_start) IN (1, 7)
         AND extract(month FROM period_end) = extract(month FROM period_start) + 5 THEN 'half'
        WHEN extract(month FROM period_start) IN (1, 4, 7, 10)
         AND extract(month FROM period_end) = extract(month FROM period_start) + 2 THEN 'quarter'
        WHEN extract(month FROM period_start) = extract(month FROM period_end) THEN 'month'
        WHEN extract(month FROM period_start) = 1 THEN 'year_to_date'
        ELSE 'other'
    END
$$;

-- The label Vietnamese reports use: 2021, 6T/2023 (first half), 6CT/2023
-- (second half), Q1/2022, 9T/2023 (January to September), T11/2020 (one
-- month), 2020-2025 (a term); otherwise 'start..end' in ISO dates.
CREATE FUNCTION report.period_label(period_start date, period_end date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE report.period_kind(period_start, period_end)
        WHEN 'year' THEN to_char(period_end, 'YYYY')
        WHEN 'half' THEN CASE WHEN extract(month FROM period_start) = 1 THEN '6T/' ELSE '6CT/' END
                         || to_char(period_end, 'YYYY')
        WHEN 'quarter' THEN 'Q' || to_char(period_end, 'Q') || '/' || to_char(period_end, 'YYYY')
        WHEN 'month' THEN 'T' || to_char(period_end, 'FMMM') || '/' || to_char(period_end, 'YYYY')
        WHEN 'year_to_date' THEN to_char(period_end, 'FMMM') || 'T/' || to_char(period_end, 'YYYY')
        WHEN 'multi_year' THEN to_char(period_start, 'YYYY') || '-' || to_char(period_end, 'YYYY')
        WHEN 'other' THEN period_start::text || '..' || period_end::text
    END
$$;

-- Months covered, rounded: 6T -> 6, Q1 -> 3, a year -> 12.
CREATE FUNCTION report.period_months(period_start date, period_end date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN period_start IS NULL OR period_end IS NULL THEN NULL ELSE
        (extract(year FROM age(period_end + 1, period_start)) * 12
         + extract(month FROM age(period_end + 1, period_start))
         + CASE WHEN extract(day FROM age(period_end + 1, period_start)) >= 15 THEN 1 ELSE 0 END)::integer
    END
$$;

COMMENT ON FUNCTION report.period_kind(date, date) IS
    'Kind of a period given by its first and last day: year, half, quarter, year_to_date, month, multi_year or other';
COMMENT ON FUNCTION report.period_label(date, date) IS
    'Label of a period as the reports write it: 2021, 6T/2023, 6CT/2023, Q1/2022, 9T/2023, T11/2020, 2020-2025';
COMMENT ON FUNCTION report.period_months(date, date) IS
    'Number of months a period covers (6 for a half-year)';

-- Dimension: periods -------------------------------------------------------------

-- Every standard period of every year the data touches, plus any other period
-- a figure, meeting or target uses.
CREATE VIEW report.periods AS
WITH data_periods AS (
    SELECT period_start, period_end FROM baocao.indicator_values WHERE period_start IS NOT NULL AND period_end IS NOT NULL
    UNION
    SELECT period_start, period_end FROM baocao.meetings WHERE period_start IS NOT NULL AND period_end IS NOT NULL
    UNION
    SELECT make_date(target_year, 1, 1), make_date(target_year, 12, 31) FROM baocao.targets
),
years AS (
    SELECT DISTINCT y::int AS year
    FROM data_periods, generate_series(extract(year FROM period_start)::int,
                                       extract(year FROM period_end)::int) AS y
),
standard_periods AS (
    SELECT make_date(year, 1, 1) AS period_start, make_date(year, 12, 31) AS period_end FROM years
    UNION ALL
    SELECT make_date(year, m, 1), (make_date(year, m, 1) + interval '6 months - 1 day')::date
    FROM years, (VALUES (1), (7)) AS h(m)
    UNION ALL
    SELECT make_date(year, m, 1), (make_date(year, m, 1) + interval '3 months - 1 day')::date
    FROM years, (VALUES (1), (4), (7), (10)) AS q(m)
    UNION ALL
    SELECT make_date(year, m, 1), (make_date(year, m, 1) + interval '1 month - 1 day')::date
    FROM years, generate_series(1, 12) AS m
    UNION ALL
    SELECT make_date(year, 1, 1), (make_date(year, m, 1) + interval '1 month - 1 day')::date
    FROM years, (VALUES (2), (4), (5), (7), (8), (9), (10), (11)) AS ytd(m)
),
all_periods AS (
    SELECT period_start, period_end FROM standard_periods
    UNION
    SELECT period_start, period_end FROM data_periods
)
SELECT report.period_label(period_start, period_end) AS period_label,
       report.period_kind(period_start, period_end) AS period_kind,
       period_start,
       period_end,
       report.period_months(period_start, period_end) AS months,
       CASE WHEN extract(year FROM period_start) = extract(year FROM period_end)
            THEN extract(year FROM period_end)::int END AS year,
       CASE WHEN extract(year FROM period_start) = extract(year FROM period_end)
             AND (extract(month FROM period_end) <= 6 OR extract(month FROM period_start) >= 7)
            THEN CASE WHEN extract(month FROM period_end) <= 6 THEN 1 ELSE 2 END END AS half,
       CASE WHEN extract(year FROM period_start) = extract(year FROM period_end)
             AND extract(quarter FROM period_start) = extract(quarter FROM period_end)
            THEN extract(quarter FROM period_end)::int END AS quarter,
       CASE WHEN report.period_kind(period_start, period_end) = 'month'
            THEN extract(month FROM period_end)::int END AS month,
       (extract(month FROM period_start) = 1 AND extract(day FROM period_start) = 1
        AND extract(year FROM period_start) = extract(year FROM period_end)) AS from_start_of_year,
       EXISTS (SELECT 1 FROM data_periods d
               WHERE d.period_start = p.period_start AND d.period_end = p.period_end) AS has_data
FROM all_periods p;

COMMENT ON VIEW report.periods IS
    'Period dimension: every year, half-year, quarter, month and January-to-month period of the years the data covers, plus any other period the data uses. Join figures on period_start and period_end (or on period_label).';
COMMENT ON COLUMN report.periods.period_label IS 'Label as the reports write it: 2021, 6T/2023 (first half), 6CT/2023 (second half), Q1/2022, 9T/2023 (January to September), T11/2020 (one month), 2020-2025 (several whole years)';
COMMENT ON COLUMN report.periods.period_kind IS 'year, half, quarter, year_to_date (January to the end of a month), month, multi_year or other';
COMMENT ON COLUMN report.periods.period_start IS 'First day of the period';
COMMENT ON COLUMN report.periods.period_end IS 'Last day of the period (inclusive)';
COMMENT ON COLUMN report.periods.months IS 'Number of months the period covers';
COMMENT ON COLUMN report.periods.year IS 'Calendar year of the period; empty when it spans several years';
COMMENT ON COLUMN report.periods.half IS '1 or 2 when the period lies within one half of a year, else empty';
COMMENT ON COLUMN report.periods.quarter IS '1 to 4 when the period lies within one quarter, else empty';
COMMENT ON COLUMN report.periods.month IS 'Month number for a one-month period, else empty';
COMMENT ON COLUMN report.periods.from_start_of_year IS 'True when the period runs from 1 January (6T, 9T, Q1, a whole year): such figures are cumulative for the year so far';
COMMENT ON COLUMN report.periods.has_data IS 'True when some figure, meeting or target uses exactly this period';

-- Dimension: localities --------------------------------------------------------------

CREATE VIEW report.localities AS
SELECT l.era AS locality_era,
       l.code AS locality_code,
       l.name AS locality_name,
       l.type AS locality_type,
       l.type || ' ' || l.name AS locality_full_name,
       l.level AS locality_level,
       CASE l.level WHEN 1 THEN 'province' WHEN 2 THEN 'district' ELSE 'commune' END AS level_name,
       l.parent_code,
       parent.name AS parent_name,
       l.province_code,
       province.name AS province_name,
       l.valid_from,
       l.valid_to
FROM baocao.localities l
LEFT JOIN baocao.localities parent ON parent.era = l.era AND parent.code = l.parent_code
LEFT JOIN baocao.localities province ON province.era = l.era AND province.code = l.province_code;

COMMENT ON VIEW report.localities IS
    'Locality dimension: every administrative unit of the official gazetteer, before (era 2024) and after (era 2025) the 1 July 2025 reform, with its province and GSO code.';
COMMENT ON COLUMN report.localities.locality_era IS '2024 = the three-level system valid until 30 June 2025; 2025 = the two-level system from 1 July 2025. GSO codes repeat across eras, so (era, code) identifies a unit';
COMMENT ON COLUMN report.localities.locality_code IS 'GSO code of the unit (e.g. 446)';
COMMENT ON COLUMN report.localities.locality_name IS 'Name without the type word (Cẩm Xuyên)';
COMMENT ON COLUMN report.localities.locality_type IS 'Type word: Tỉnh, Thành phố, Huyện, Thị xã, Quận, Xã, Phường, Thị trấn';
COMMENT ON COLUMN report.localities.locality_full_name IS 'Type and name (Huyện Cẩm Xuyên)';
COMMENT ON COLUMN report.localities.locality_level IS '1 province level, 2 district level (until June 2025), 3 commune level';
COMMENT ON COLUMN report.localities.level_name IS 'province, district or commune';
COMMENT ON COLUMN report.localities.parent_code IS 'GSO code of the unit it belongs to (empty for a province)';
COMMENT ON COLUMN report.localities.parent_name IS 'Name of the unit it belongs to';
COMMENT ON COLUMN report.localities.province_code IS 'GSO code of its province';
COMMENT ON COLUMN report.localities.province_name IS 'Name of its province';
COMMENT ON COLUMN report.localities.valid_from IS 'First day the unit existed in this form (empty: before the data begins)';
COMMENT ON COLUMN report.localities.valid_to IS 'Last day the unit existed in this form (empty: still exists)';

-- Dimension: indicators -------------------------------------------------------------

CREATE VIEW report.indicators AS
SELECT c.code AS indicator_code,
       c.meaning,
       c.unit AS usual_unit,
       COALESCE(s.sector, 'other') AS sector,
       COALESCE(s.better, 'none') AS better,
       COALESCE(s.accumulates, false) AS accumulates,
       s.percent_kind,
       s.part_of
FROM baocao.indicator_catalog c
LEFT JOIN baocao.indicator_semantics s ON s.code = c.code;

COMMENT ON VIEW report.indicators IS
    'Indicator dimension: every code of the indicator catalog with what it measures and how its figures are judged.';
COMMENT ON COLUMN report.indicators.indicator_code IS 'Code used in every view (budget_revenue, new_party_members, ...); other for figures outside the catalog';
COMMENT ON COLUMN report.indicators.meaning IS 'What the indicator measures, in plain words';
COMMENT ON COLUMN report.indicators.usual_unit IS 'Unit its figures usually have: VND, USD, %, ha, count, tấn, ...';
COMMENT ON COLUMN report.indicators.sector IS 'Field it belongs to: economy, industry, agriculture, budget, party building, social, ...';
COMMENT ON COLUMN report.indicators.better IS 'higher or lower: which way is good (decides whether a target was achieved); none when neither';
COMMENT ON COLUMN report.indicators.accumulates IS 'True when figures add up over the year (revenue, output, new members): a 6-month figure is part of the year''s';
COMMENT ON COLUMN report.indicators.percent_kind IS 'share (a part of a whole, at most 100%) or growth (a rate of change) for percentages; empty otherwise';
COMMENT ON COLUMN report.indicators.part_of IS 'The indicator this one is a part of (industry within total production value), used by report.quality_flags';

GRANT SELECT ON ALL TABLES IN SCHEMA report TO baocao_reader;
