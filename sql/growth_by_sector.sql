-- Growth by sector: how fast each sector grew against the same period of the year before, by locality and period.
--
-- Growth is either stated as a rate (tăng trưởng kinh tế 8,1%; công nghiệp -
-- xây dựng tăng 11,7%: indicators whose percentages are growth rates) or
-- given with a figure (doanh thu ... tăng 31,9% so với cùng kỳ; bằng 75% so
-- với cùng kỳ counts as -25). One row per figure that says how it grew.
-- Source view: report.figures.
SELECT f.sector,
       f.province_name,
       f.locality_name,
       f.period_label,
       f.indicator_code,
       f.label,
       CASE WHEN f.unit = '%' AND f.percent_kind = 'growth' THEN f.value ELSE f.growth_percent END AS growth_percent,
       CASE WHEN f.unit = '%' AND f.percent_kind = 'growth' THEN 'stated growth rate'
            ELSE 'change of the figure' END AS measured_as,
       CASE WHEN f.unit = '%' AND f.percent_kind = 'growth' THEN NULL ELSE f.value END AS figure_value,
       CASE WHEN f.unit = '%' AND f.percent_kind = 'growth' THEN NULL ELSE f.unit END AS figure_unit,
       f.source_name
FROM report.figures f
WHERE (f.unit = '%' AND f.percent_kind = 'growth')
   OR f.growth_percent IS NOT NULL
ORDER BY f.sector, f.province_name NULLS LAST, f.locality_name, f.period_start, f.period_end, f.indicator_code;
