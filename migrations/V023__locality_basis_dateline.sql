-- A body that names no unit ("Thường trực HĐND huyện tổ chức họp liên tịch") under a headline
-- whose dateline names one of the article's province ("Ba Tri: Họp liên tịch ..."): that unit,
-- locality_basis 'dateline'.
ALTER TABLE baocao.meetings DROP CONSTRAINT IF EXISTS meetings_locality_basis_check;
ALTER TABLE baocao.meetings
    ADD CONSTRAINT meetings_locality_basis_check
    CHECK (locality_basis IN ('named', 'article', 'dateline', 'source_url', 'context', 'context_capital', 'subject_unit', 'sentence_place'));

COMMENT ON COLUMN report.meetings.locality_basis IS
    'how the locality was found: named (written with the body), article (the unit of that level the article is about), dateline (the unit of the article''s province whose name opens the headline before a colon: "Ba Tri: ..."), source_url (named only in the web address), context (the article''s province), context_capital (the city named as the article''s province, for a city body that names no place), subject_unit (the unit itself is the subject of the meeting verb: "xã A tổ chức hội nghị"), sentence_place (no body of a level of the gazetteer met, a mass organisation or a department: the unit its sentence names); null when unresolved';
