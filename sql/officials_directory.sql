-- Officials directory: every official named in the articles, with their titles over time and the meetings they chaired.
--
-- One row per person (same full name in the same province across articles).
-- titles_seen gives each title with the first and last day it was seen.
-- Source view: report.officials.
SELECT o.full_name,
       o.province_name,
       o.latest_titles,
       o.titles_seen,
       o.articles,
       o.meetings_chaired,
       o.first_seen_on,
       o.last_seen_on
FROM report.officials o
ORDER BY o.province_name NULLS LAST, o.meetings_chaired DESC, o.articles DESC, o.full_name;
