-- Two new ways facts are found. A body that names no place ("HĐND Thành phố") on the site of a province that has a
-- city of its own name is that city's: locality_basis 'context_capital'.
ALTER TABLE baocao.meetings DROP CONSTRAINT IF EXISTS meetings_locality_basis_check;
ALTER TABLE baocao.meetings
    ADD CONSTRAINT meetings_locality_basis_check
    CHECK (locality_basis IN ('named', 'article', 'source_url', 'context', 'context_capital'));

COMMENT ON COLUMN report.meetings.locality_basis IS
    'how the locality was found: named (written with the body), article (the unit of that level the article is about), source_url (named only in the web address), context (the article''s province), context_capital (the city named as the article''s province, for a city body that names no place); null when unresolved';

COMMENT ON COLUMN report.meetings.period_basis IS
    'where the period reviewed was told: meeting_sentence, headline, lead, lead_part_of_headline_year, lead_evaluated_over_session_name (what the lead says is evaluated, over the month or year that names the session), figures_before_meeting (the lead names none: the first span from January to within two months before the meeting that figures are told for), congress_term (the term a congress closes), congress_term_url (that term named only in the web address); _widened when a wider span of the same year reviewed as a whole was taken (tháng 4 và 4 tháng đầu năm); null when none';
