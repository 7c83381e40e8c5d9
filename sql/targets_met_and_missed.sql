-- Targets met and missed: for each target set for a year, the figure later reported for that year and whether the target was achieved.
--
-- achieved is yes, no or unknown (no figure for that year yet, only a part
-- of the year so far, or a qualitative target); achievement_note says why.
-- The actual usually comes from another article than the target.
-- Source view: report.targets_vs_actuals.
SELECT t.achieved,
       t.province_name,
       t.locality_name,
       t.target_year,
       t.indicator_code,
       t.direction,
       t.target_value,
       t.actual_value,
       t.unit,
       t.actual_percent_of_target,
       t.actual_period_label,
       t.achievement_note,
       t.target_text,
       t.target_source_name,
       t.actual_source_name
FROM report.targets_vs_actuals t
ORDER BY CASE t.achieved WHEN 'yes' THEN 1 WHEN 'no' THEN 2 ELSE 3 END,
         t.province_name NULLS LAST, t.locality_name, t.target_year, t.indicator_code, t.target_id;
