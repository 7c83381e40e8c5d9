-- A way the year of the meeting's day is found that the column's comment did not name yet:
-- after_documents (loader/extract/meeting.cpp: a year read from the text's periods moved on to
-- the year of the latest document the article dates, "Nghị quyết số 13/NQ-HĐND ngày 16/7/2024",
-- since a meeting is not held before the documents it handles).
COMMENT ON COLUMN report.meetings.date_basis IS
    'how the year of the meeting''s day was found: written (with the day), date_header, page_stamp, url_month (the year and month in the web address, "/202110/"), meeting_sentence_period (the meeting sentence''s year over a page stamp or web address), congress_term (the term a congress opens), term_in_sentence (a mid-term review in the middle of the term its sentence names; a phase reviewed as the next is planned in the last year of the phase), period_named, other_date, term_named, posted_today (sáng nay on a dated page), after_documents (a year read from the text moved on to that of the latest document it dates: a meeting is not held before the documents it handles); null when no day';
