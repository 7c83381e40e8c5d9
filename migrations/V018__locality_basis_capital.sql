-- A body that names no place ("HĐND Thành phố") on the site of a province that has a
-- city of its own name is that city's: locality_basis 'context_capital'.
ALTER TABLE baocao.meetings DROP CONSTRAINT IF EXISTS meetings_locality_basis_check;
ALTER TABLE baocao.meetings
    ADD CONSTRAINT meetings_locality_basis_check
    CHECK (locality_basis IN ('named', 'article', 'source_url', 'context', 'context_capital'));

COMMENT ON COLUMN report.meetings.locality_basis IS
    'how the locality was found: named (written with the body), article (the unit of that level the article is about), source_url (named only in the web address), context (the article''s province), context_capital (the city named as the article''s province, for a city body that names no place); null when unresolved';
