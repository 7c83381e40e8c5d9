-- Indicator coverage per province: which indicators are reported in each province, and for what share of its localities and how many periods.
--
-- One row per province and indicator reported there. percent_of_localities
-- = localities with this indicator / localities of the province with any
-- figure. indicators_reported counts the province's catalog indicators with
-- at least one figure, out of indicators_in_catalog. Figures whose place did
-- not match the gazetteer count under province '(unknown)', and figures of no
-- named place as one locality '(unknown)'.
-- Source views: report.figures, report.indicators.
WITH fig AS (
    SELECT COALESCE(f.province_name, '(unknown)') AS province_name,
           COALESCE(f.locality_code, f.locality_name, '(unknown)') AS locality_key,
           f.indicator_code, f.sector, f.period_label, f.period_end, f.source_name
    FROM report.figures f
    WHERE f.indicator_code <> 'other'
),
province AS (
    SELECT province_name,
           count(DISTINCT locality_key) AS localities_with_figures,
           count(DISTINCT indicator_code) AS indicators_reported
    FROM fig
    GROUP BY province_name
)
SELECT p.province_name,
       p.indicators_reported,
       (SELECT count(*) FROM report.indicators i WHERE i.indicator_code <> 'other') AS indicators_in_catalog,
       f.sector,
       f.indicator_code,
       count(*) AS figures,
       count(DISTINCT f.locality_key) AS localities,
       round(100.0 * count(DISTINCT f.locality_key) / NULLIF(p.localities_with_figures, 0), 1) AS percent_of_localities,
       count(DISTINCT f.period_label) AS periods,
       string_agg(DISTINCT f.period_label, ', ') AS period_labels,
       max(f.period_end) AS latest_period_end,
       count(DISTINCT f.source_name) AS articles
FROM fig f
JOIN province p ON p.province_name = f.province_name
GROUP BY p.province_name, p.indicators_reported, p.localities_with_figures, f.sector, f.indicator_code
ORDER BY p.province_name, figures DESC, f.sector, f.indicator_code;
