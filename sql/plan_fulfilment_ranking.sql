-- Plan fulfilment ranking: which localities are furthest ahead of or behind plan, for each indicator and period.
--
-- One row per "đạt X% kế hoạch / dự toán" statement, ranked within its
-- indicator and period (rank 1 = highest share of plan). on_pace compares
-- the share with the part of the year elapsed (50% after six months).
-- implied_plan_value = value / percent x 100, in the unit of value.
-- Source view: report.plan_fulfilment.
SELECT p.indicator_code,
       p.period_label,
       rank() OVER (PARTITION BY p.indicator_code, p.period_label ORDER BY p.percent_of_plan DESC) AS rank,
       p.province_name,
       p.locality_name,
       p.percent_of_plan,
       p.plan_basis,
       p.plan_kind,
       p.plan_set_by,
       p.expected_percent_by_period_end,
       p.on_pace,
       p.plan_reached,
       p.value,
       p.implied_plan_value,
       p.unit,
       p.source_name
FROM report.plan_fulfilment p
ORDER BY p.indicator_code, p.period_start, p.period_end, rank, p.locality_name, p.comparison_id;
