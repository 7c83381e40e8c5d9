-- A unit that is itself the subject of the meeting verb ("xã Quảng Chính tổ chức hội nghị") held the
-- meeting: locality_basis 'subject_unit'.
ALTER TABLE baocao.meetings DROP CONSTRAINT IF EXISTS meetings_locality_basis_check;
ALTER TABLE baocao.meetings
    ADD CONSTRAINT meetings_locality_basis_check
    CHECK (locality_basis IN ('named', 'article', 'source_url', 'context', 'context_capital', 'subject_unit'));

COMMENT ON COLUMN report.meetings.locality_basis IS
    'how the locality was found: named (written with the body), article (the unit of that level the article is about), source_url (named only in the web address), context (the article''s province), context_capital (the city named as the article''s province, for a city body that names no place), subject_unit (the unit itself is the subject of the meeting verb: "xã A tổ chức hội nghị"); null when unresolved';
