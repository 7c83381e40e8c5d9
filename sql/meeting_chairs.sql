-- Who chairs which meetings: every meeting reported with the official who chaired it and the titles the article gives them.
--
-- One row per meeting, newest first. chair_name is empty when the article
-- does not say who chaired (chủ trì). chair_titles come from the official's
-- mention in the same article.
-- Source views: report.meetings, report.meetings_by_official.
SELECT m.held_on,
       m.province_name,
       m.locality_name,
       m.organizer,
       m.kind AS meeting_kind,
       COALESCE(m.period_label, report.period_label(m.period_start, m.period_end)) AS period_reviewed,
       m.chair_name,
       (SELECT string_agg(DISTINCT o.titles, ' | ') FROM report.meetings_by_official o
        WHERE o.meeting_id = m.meeting_id AND o.is_chair) AS chair_titles,
       m.source_name,
       m.meeting_id
FROM report.meetings m
WHERE m.is_main_meeting
ORDER BY m.held_on DESC NULLS LAST, m.province_name, m.locality_name, m.meeting_id;
