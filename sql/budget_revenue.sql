-- Budget revenue by locality and period: how much state budget revenue each locality collected in each period reported, against plan and the year before.
--
-- One row per reported figure (indicator budget_revenue). revenue_vnd is in
-- đồng, revenue_billion_vnd in tỷ đồng (10^9). plans lists every "đạt X% ..."
-- the article gives (a province's plan and the locality's own often differ).
-- Source views: report.figures, report.plan_fulfilment.
SELECT f.province_name,
       f.locality_name,
       f.locality_code,
       f.locality_level,
       f.period_label,
       f.period_start,
       f.period_end,
       f.value AS revenue_vnd,
       round(f.value / 1e9, 2) AS revenue_billion_vnd,
       f.qualifier,
       (SELECT string_agg(p.percent_of_plan || '% ' || COALESCE(p.plan_basis, 'plan'), '; ' ORDER BY p.comparison_id)
        FROM report.plan_fulfilment p
        WHERE p.indicator_value_id = f.indicator_value_id) AS plans,
       f.growth_percent AS growth_vs_prior_year_percent,
       f.source_name,
       f.indicator_value_id
FROM report.figures f
WHERE f.indicator_code = 'budget_revenue'
  AND f.unit = 'VND'
ORDER BY f.province_name NULLS LAST, f.locality_name, f.period_start, f.period_end, f.source_name;
