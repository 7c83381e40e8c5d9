-- V012: unit names in one tone style. GSO writes some names in the old style
-- ("Kiến Thuỵ", "Hoà Bình") and others in the new one; the extractor stores
-- every name and title in the new style ("Kiến Thụy", "Hòa Bình"), so the
-- report views show gazetteer names the same way. The tables keep GSO's own
-- spelling. Same rule as the loader's text::canonical_tones: the tone of "oa",
-- "oe", "uy" ending a word moves to the first vowel ("quý" keeps its own, as
-- the u belongs to "qu").

CREATE FUNCTION baocao.canonical_tones(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(name,
           'oà(?![[:alpha:]])', 'òa', 'g'), 'oá(?![[:alpha:]])', 'óa', 'g'), 'oả(?![[:alpha:]])', 'ỏa', 'g'),
           'oã(?![[:alpha:]])', 'õa', 'g'), 'oạ(?![[:alpha:]])', 'ọa', 'g'),
           'oè(?![[:alpha:]])', 'òe', 'g'), 'oé(?![[:alpha:]])', 'óe', 'g'), 'oẻ(?![[:alpha:]])', 'ỏe', 'g'),
           'oẽ(?![[:alpha:]])', 'õe', 'g'), 'oẹ(?![[:alpha:]])', 'ọe', 'g'),
           '(?<![qQ])uỳ(?![[:alpha:]])', 'ùy', 'g'), '(?<![qQ])uý(?![[:alpha:]])', 'úy', 'g'),
           '(?<![qQ])uỷ(?![[:alpha:]])', 'ủy', 'g'), '(?<![qQ])uỹ(?![[:alpha:]])', 'ũy', 'g'),
           '(?<![qQ])uỵ(?![[:alpha:]])', 'ụy', 'g'),
           'Oà(?![[:alpha:]])', 'Òa', 'g'), 'Oá(?![[:alpha:]])', 'Óa', 'g'), 'Oả(?![[:alpha:]])', 'Ỏa', 'g'),
           'Oã(?![[:alpha:]])', 'Õa', 'g'), 'Oạ(?![[:alpha:]])', 'Ọa', 'g'),
           'Oè(?![[:alpha:]])', 'Òe', 'g'), 'Oé(?![[:alpha:]])', 'Óe', 'g'), 'Oẻ(?![[:alpha:]])', 'Ỏe', 'g'),
           'Oẽ(?![[:alpha:]])', 'Õe', 'g'), 'Oẹ(?![[:alpha:]])', 'Ọe', 'g'),
           'Uỳ(?![[:alpha:]])', 'Ùy', 'g'), 'Uý(?![[:alpha:]])', 'Úy', 'g'), 'Uỷ(?![[:alpha:]])', 'Ủy', 'g'),
           'Uỹ(?![[:alpha:]])', 'Ũy', 'g'), 'Uỵ(?![[:alpha:]])', 'Ụy', 'g')
$$;
COMMENT ON FUNCTION baocao.canonical_tones(text) IS
    'a Vietnamese name in the new tone style: Kiến Thuỵ -> Kiến Thụy, Hoà Bình -> Hòa Bình';

CREATE OR REPLACE VIEW report.locality_names AS
SELECT l.era, l.code, baocao.canonical_tones(l.name) AS name, l.type, l.level, l.province_code,
       baocao.canonical_tones(p.name) AS province_name
FROM baocao.localities l
JOIN baocao.localities p ON p.era = l.era AND p.code = l.province_code;
COMMENT ON COLUMN report.locality_names.name IS 'name without the type word, in the new tone style (Thụy, Hòa)';
