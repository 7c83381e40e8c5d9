-- V014: how each meeting's date and period were found, so that analysts can
-- keep to the sure ones and rule writers can see which rules fail.
--   * meetings.date_basis: where the year of the meeting's day came from.
--   * meetings.period_basis: where the period reviewed was told.
-- (meetings.locality_basis, from V011, says the same of the locality.)

ALTER TABLE baocao.meetings ADD COLUMN date_basis text;
ALTER TABLE baocao.meetings ADD COLUMN period_basis text;

CREATE OR REPLACE VIEW report.meetings AS
SELECT m.meeting_id,
       d.source_name,
       m.held_on,
       m.locality_code,
       coalesce(l.name, m.locality_text) AS locality_name,
       l.level AS locality_level,
       l.province_name,
       m.organizer,
       m.period_start,
       m.period_end,
       m.chair_name,
       m.document_id,
       m.ordinal = 0 AS is_main_meeting,
       m.time_of_day,
       m.kind,
       m.session_number,
       m.term,
       m.online,
       m.period_label,
       l.province_code,
       m.locality_era,
       m.locality_basis,
       m.date_basis,
       m.period_basis
FROM baocao.meetings m
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = m.locality_era AND l.code = m.locality_code;
COMMENT ON COLUMN report.meetings.date_basis IS
    'how the year of the meeting''s day was found: written (with the day), date_header, page_stamp, meeting_sentence_period (the meeting sentence''s year over a page stamp), congress_term (the term a congress opens), period_named, other_date, term_named, posted_today (sáng nay on a dated page); null when no day';
COMMENT ON COLUMN report.meetings.period_basis IS
    'where the period reviewed was told: meeting_sentence, headline, lead, lead_part_of_headline_year, congress_term (the term a congress closes), congress_term_url (that term named only in the web address); _widened when a wider span of the same year reviewed as a whole was taken (tháng 4 và 4 tháng đầu năm); null when none';
