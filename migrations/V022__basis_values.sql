-- The ways a target's year is found, all of them: a meeting neither dated nor reviewing a period
-- takes the article's own year ('article_year').
COMMENT ON COLUMN report.targets.year_basis IS
    'how the target year was found: written (near the figure), scope (the year of the list or sentence it stands in), term_end (the last year of a term or phase), next_year (the year after the meeting''s), meeting_year (the year of the meeting or of the period it reviews), article_year (the meeting is neither dated nor reviews a period: the year the article names for itself); null when unsaid';

-- The ways a meeting's year is found, with term_in_sentence (a mid-term review, or a phase closed as
-- the next is planned, dated by the term its sentence names), which V019's list left out.
COMMENT ON COLUMN report.meetings.date_basis IS
    'how the year of the meeting''s day was found: written (with the day), date_header, page_stamp, url_month (the year and month in the web address, "/202110/"), meeting_sentence_period (the meeting sentence''s year over a page stamp or web address), congress_term (the term a congress opens), term_in_sentence (a mid-term review in the middle of the term its sentence names; a phase reviewed as the next is planned in the last year of the phase), period_named, other_date, term_named, posted_today (sáng nay on a dated page); null when no day';
