-- V009: figures that contradict themselves or each other, so an analyst
-- checks them (report.evidence has the sentences) before trusting them.
-- Every check is one SELECT of the UNION; data/indicator_semantics.tsv says
-- which percentages are shares and which indicator is part of which.
-- Implied plans are compared within one period (a quarter's plan is not the
-- year's), and within one article only between figures with the same wording.

CREATE VIEW report.quality_flags AS
WITH RECURSIVE whole_of (code, whole) AS (
    -- every indicator a figure is part of, directly or through another
    -- (industry within industry-and-construction within all sectors)
    SELECT code, part_of FROM baocao.indicator_semantics WHERE part_of IS NOT NULL
    UNION
    SELECT w.code, s.part_of
    FROM whole_of w JOIN baocao.indicator_semantics s ON s.code = w.whole
    WHERE s.part_of IS NOT NULL
),
fig AS (
    SELECT f.*,
           COALESCE(f.locality_era::text || ':' || f.locality_code, 'name:' || lower(f.locality_name)) AS place_key
    FROM report.figures f
),
plan AS (
    SELECT f.*, c.percent, f.value * 100 / c.percent AS implied_plan
    FROM fig f
    JOIN baocao.indicator_comparisons c
      ON c.indicator_value_id = f.indicator_value_id AND c.kind = 'ratio_to_plan' AND c.percent > 0
    WHERE f.year IS NOT NULL AND f.indicator_code <> 'other'
)
-- A share of a whole cannot pass 100%.
SELECT 'share_above_100'::text AS flag, 'error'::text AS severity,
       format('%s is a share and cannot exceed 100%%, but reads %s%%', f.indicator_code, f.value) AS description,
       f.indicator_value_id, NULL::bigint AS other_indicator_value_id,
       f.source_name, NULL::text AS other_source_name,
       f.locality_code, f.locality_name, f.province_name, f.indicator_code, f.period_label,
       f.value, f.unit, NULL::numeric AS other_value
FROM fig f
WHERE f.unit = '%' AND f.percent_kind = 'share' AND f.value > 100

UNION ALL
-- "16/64 công trình": the part cannot exceed the whole it is counted out of.
SELECT 'part_above_out_of', 'error',
       format('%s of %s: the part exceeds the whole', f.value, f.out_of),
       f.indicator_value_id, NULL, f.source_name, NULL,
       f.locality_code, f.locality_name, f.province_name, f.indicator_code, f.period_label,
       f.value, f.unit, f.out_of
FROM fig f
WHERE f.out_of IS NOT NULL AND f.value > f.out_of

UNION ALL
-- A sub-total above its total in the same article, place and period
-- (industry above all sectors, land-use fees above all budget revenue).
SELECT 'part_above_whole', 'error',
       format('%s (%s) exceeds %s (%s), which it is part of', part.indicator_code, part.value,
              whole.indicator_code, whole.value),
       part.indicator_value_id, whole.indicator_value_id, part.source_name, whole.source_name,
       part.locality_code, part.locality_name, part.province_name, part.indicator_code, part.period_label,
       part.value, part.unit, whole.value
FROM fig part
JOIN whole_of w ON w.code = part.indicator_code
JOIN fig whole
  ON whole.indicator_code = w.whole
 AND whole.document_id = part.document_id
 AND whole.place_key = part.place_key
 AND whole.unit = part.unit
 AND part.period_start >= whole.period_start AND part.period_end <= whole.period_end
WHERE part.value > whole.value

UNION ALL
-- Plans implied by ratio_to_plan for one indicator, place and period should
-- agree (a province's plan and a district's own differ, but not by half).
-- Within one article two figures of one code are often different items
-- (rice and maize both count as area planted), so there only figures with
-- the same wording are compared.
SELECT 'implied_plans_disagree', 'warning',
       format('implied plans for %s in %s range from %s to %s (%s%% of plan vs %s%%)',
              hi.indicator_code, hi.period_label, round(lo.implied_plan), round(hi.implied_plan), lo.percent, hi.percent),
       hi.indicator_value_id, lo.indicator_value_id, hi.source_name, lo.source_name,
       hi.locality_code, hi.locality_name, hi.province_name, hi.indicator_code, hi.period_label,
       hi.value, hi.unit, lo.value
FROM plan hi
JOIN plan lo
  ON lo.indicator_code = hi.indicator_code
 AND lo.place_key = hi.place_key
 AND lo.unit = hi.unit
 AND lo.period_start = hi.period_start AND lo.period_end = hi.period_end
 AND (lo.document_id <> hi.document_id OR lower(lo.label) = lower(hi.label))
WHERE hi.implied_plan > 2 * lo.implied_plan

UNION ALL
-- "tăng X%" and "bằng R% so với cùng kỳ" of one figure must say the same.
SELECT 'growth_statements_disagree', 'warning',
       format('change vs prior year %s%% but ratio to prior year %s%% (expected %s%%)',
              f.change_vs_prior_percent, f.percent_of_prior, 100 + f.change_vs_prior_percent),
       f.indicator_value_id, NULL, f.source_name, NULL,
       f.locality_code, f.locality_name, f.province_name, f.indicator_code, f.period_label,
       f.value, f.unit, NULL
FROM fig f
WHERE abs(f.percent_of_prior - (100 + f.change_vs_prior_percent)) > 1

UNION ALL
-- Two articles giving different values for the same thing.
SELECT 'conflicting_reports', 'warning',
       format('another article gives %s for the same place, indicator and period', b.value),
       a.indicator_value_id, b.indicator_value_id, a.source_name, b.source_name,
       a.locality_code, a.locality_name, a.province_name, a.indicator_code, a.period_label,
       a.value, a.unit, b.value
FROM fig a
JOIN fig b
  ON b.indicator_code = a.indicator_code
 AND b.place_key = a.place_key
 AND b.unit = a.unit
 AND b.period_start = a.period_start AND b.period_end = a.period_end
 AND b.document_id > a.document_id
WHERE a.indicator_code <> 'other'
  AND abs(a.value - b.value) > 0.01 * greatest(abs(a.value), abs(b.value))

UNION ALL
-- Amounts, areas and counts are never negative.
SELECT 'negative_amount', 'error',
       format('%s cannot be negative', f.unit),
       f.indicator_value_id, NULL, f.source_name, NULL,
       f.locality_code, f.locality_name, f.province_name, f.indicator_code, f.period_label,
       f.value, f.unit, NULL
FROM fig f
WHERE f.value < 0 AND f.unit <> '%'

UNION ALL
-- Ten times the plan is a misread number far more often than a real result.
SELECT 'plan_ratio_implausible', 'warning',
       format('%s%% of plan is implausible', c.percent),
       f.indicator_value_id, NULL, f.source_name, NULL,
       f.locality_code, f.locality_name, f.province_name, f.indicator_code, f.period_label,
       f.value, f.unit, NULL
FROM fig f
JOIN baocao.indicator_comparisons c
  ON c.indicator_value_id = f.indicator_value_id AND c.kind = 'ratio_to_plan'
WHERE c.percent <= 0 OR c.percent > 1000;

COMMENT ON VIEW report.quality_flags IS
    'Figures whose parts contradict each other: a share above 100%, a part above its total or above the whole it is counted out of, plans implied by "đạt X% kế hoạch" for the same place and period that disagree by more than twofold, growth statements that disagree, two articles giving different values for the same thing, negative amounts, implausible plan ratios. Check them in report.evidence before use.';

COMMENT ON COLUMN report.quality_flags.flag IS 'Which check: share_above_100, part_above_out_of, part_above_whole, implied_plans_disagree, growth_statements_disagree, conflicting_reports, negative_amount, plan_ratio_implausible';
COMMENT ON COLUMN report.quality_flags.severity IS 'error (cannot be right) or warning (probably wrong, or needs explaining)';
COMMENT ON COLUMN report.quality_flags.description IS 'What is wrong, in plain words';
COMMENT ON COLUMN report.quality_flags.indicator_value_id IS 'The figure flagged (see report.figures and report.evidence)';
COMMENT ON COLUMN report.quality_flags.other_indicator_value_id IS 'The figure it contradicts, when the check compares two';
COMMENT ON COLUMN report.quality_flags.source_name IS 'Article of the flagged figure';
COMMENT ON COLUMN report.quality_flags.other_source_name IS 'Article of the other figure';
COMMENT ON COLUMN report.quality_flags.locality_code IS 'GSO code of the locality';
COMMENT ON COLUMN report.quality_flags.locality_name IS 'Locality name';
COMMENT ON COLUMN report.quality_flags.province_name IS 'Province name';
COMMENT ON COLUMN report.quality_flags.indicator_code IS 'Indicator of the flagged figure';
COMMENT ON COLUMN report.quality_flags.period_label IS 'Period of the flagged figure';
COMMENT ON COLUMN report.quality_flags.value IS 'Value of the flagged figure, in base units';
COMMENT ON COLUMN report.quality_flags.unit IS 'Unit of value';
COMMENT ON COLUMN report.quality_flags.other_value IS 'The value it contradicts (the other figure, or the whole it is out of)';

GRANT SELECT ON ALL TABLES IN SCHEMA report TO baocao_reader;
