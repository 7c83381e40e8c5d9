-- A new way a meeting's year is found: the month a news site files the page under in its web
-- address ("/thoi-su/202110/..."), when the article carries no date header nor page stamp.
COMMENT ON COLUMN report.meetings.date_basis IS
    'how the year of the meeting''s day was found: written (with the day), date_header, page_stamp, url_month (the year and month in the web address, "/202110/"), meeting_sentence_period (the meeting sentence''s year over a page stamp or web address), congress_term (the term a congress opens), period_named, other_date, term_named, posted_today (sáng nay on a dated page); null when no day';
