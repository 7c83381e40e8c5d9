-- Latest figures per locality: the most recent value of every indicator for each locality.
--
-- Most recent = the latest period end, then the latest report. One row per
-- locality, indicator and unit; period_label says how old the figure is.
-- Source view: report.figures.
SELECT DISTINCT ON (f.province_name, f.locality_name, f.locality_code, f.indicator_code, f.unit)
       f.province_name,
       f.locality_name,
       f.locality_code,
       f.indicator_code,
       f.label,
       f.value,
       f.unit,
       f.qualifier,
       f.period_label,
       f.period_end,
       f.percent_of_plan,
       f.growth_percent,
       f.reported_on,
       f.source_name
FROM report.figures f
WHERE f.indicator_code <> 'other'
ORDER BY f.province_name NULLS LAST, f.locality_name, f.locality_code, f.indicator_code, f.unit,
         f.period_end DESC NULLS LAST, f.reported_on DESC NULLS LAST, f.indicator_value_id DESC;
