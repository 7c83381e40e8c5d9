-- Party membership growth: new party members admitted, members on the rolls and members disciplined, by locality and period, with the year's target for new members.
--
-- One row per locality and period. When several figures of a kind exist
-- (a total and a sub-count, or two articles), the largest is shown.
-- new_per_100_members = new members per 100 members on the rolls.
-- Source views: report.figures, report.targets_vs_actuals.
WITH party AS (
    SELECT f.province_name, f.locality_era, f.locality_code, f.locality_name, f.period_start, f.period_end, f.period_label, f.year,
           max(f.value) FILTER (WHERE f.indicator_code = 'new_party_members') AS new_members,
           max(f.value) FILTER (WHERE f.indicator_code = 'party_members_total') AS members_total,
           max(f.value) FILTER (WHERE f.indicator_code = 'party_members_disciplined') AS members_disciplined,
           string_agg(DISTINCT f.source_name, ', ') AS sources
    FROM report.figures f
    WHERE f.indicator_code IN ('new_party_members', 'party_members_total', 'party_members_disciplined')
      AND f.unit = 'count'
    GROUP BY f.province_name, f.locality_era, f.locality_code, f.locality_name, f.period_start, f.period_end, f.period_label, f.year
)
SELECT p.province_name,
       p.locality_name,
       p.period_label,
       p.new_members,
       p.members_total,
       p.members_disciplined,
       CASE WHEN p.members_total > 0 THEN round(p.new_members * 100 / p.members_total, 2) END AS new_per_100_members,
       (SELECT max(t.target_value) FROM report.targets_vs_actuals t
        WHERE t.indicator_code = 'new_party_members' AND t.target_year = p.year
          AND t.locality_era = p.locality_era AND t.locality_code = p.locality_code) AS new_members_target_for_year,
       p.sources
FROM party p
ORDER BY p.province_name NULLS LAST, p.locality_name, p.period_start, p.period_end;
