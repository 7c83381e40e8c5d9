-- The ways a target's year is found, all of them: a meeting neither dated nor reviewing a period
-- takes the article's own year ('article_year').
COMMENT ON COLUMN report.targets.year_basis IS
    'how the target year was found: written (near the figure), scope (the year of the list or sentence it stands in), term_end (the last year of a term or phase), next_year (the year after the meeting''s), meeting_year (the year of the meeting or of the period it reviews), article_year (the meeting is neither dated nor reviews a period: the year the article names for itself); null when unsaid';
