-- Ways the year of the meeting's day is found that the column's comment did not name yet:
-- within_term (a year read from the text that falls outside the term the meeting sentence names,
-- "kỳ họp thứ hai HĐND tỉnh khóa XVI, nhiệm kỳ 2016 - 2021", moved to the term's nearest end) and
-- after_documents (loader/extract/meeting.cpp: a year read from the text's periods moved on to
-- the year of the latest document the article dates, "Nghị quyết số 13/NQ-HĐND ngày 16/7/2024",
-- since a meeting is not held before the documents it handles).
COMMENT ON COLUMN report.meetings.date_basis IS
    'how the year of the meeting''s day was found: written (with the day), date_header, page_stamp, url_month (the year and month in the web address, "/202110/"), meeting_sentence_period (the meeting sentence''s year over a page stamp or web address), congress_term (the term a congress opens), term_in_sentence (a mid-term review in the middle of the term its sentence names; a phase reviewed as the next is planned in the last year of the phase), period_named, other_date, term_named, posted_today (sáng nay on a dated page), within_term (a year read from the text outside the term the meeting sentence names moved to that term''s nearest end), after_documents (a year read from the text moved on to that of the latest document it dates: a meeting is not held before the documents it handles); null when no day';

-- And the period reviewed: year_end_session now also covers a December session that names no
-- other year; year_start_session (a council's regular session of
-- January that plans the year just begun and names no span reviewed closes the year before).
COMMENT ON COLUMN report.meetings.period_basis IS
    'where the period reviewed was told: meeting_sentence, headline, lead, lead_part_of_headline_year, lead_evaluated_over_session_name (what the lead says is evaluated, over the month or year that names the session), mid_year_session (a session named "giữa năm N" that names no span: the first half of N), figures_before_meeting (the lead names none: the first span from January to within two months before the meeting that figures are told for), before_the_plan (the meeting sentence plans the rest of a year: the year up to where the plan begins), year_end_session (a council''s regular session of November or December that plans the next year and names no span, or one of December that names no other year: the year it ends), year_start_session (a council''s regular session of January that plans the year just begun and names no span: the year before), congress_term (the term a congress closes), congress_term_url (that term named only in the web address); _widened when a wider span of the same year reviewed as a whole was taken (tháng 4 và 4 tháng đầu năm); null when none';
