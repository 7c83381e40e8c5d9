-- V012: unit names in one tone style. GSO writes some names in the old style
-- ("Kiến Thuỵ", "Hoà Bình") and others in the new one; the extractor stores
-- every name and title in the new style ("Kiến Thụy", "Hòa Bình"). So the
-- localities table holds names in the new style too, and every view built on
-- it shows them that way; gso_name keeps GSO's own spelling. A trigger does it
-- for every row written later (a future gazetteer migration), so no migration
-- has to remember. Same rule as the loader's text::canonical_tones: the tone of
-- "oa", "oe", "uy" ending a word moves to the first vowel ("quý" keeps its
-- own, as the u belongs to "qu").

CREATE FUNCTION baocao.canonical_tones(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    old_new text[];
    result text := name;
BEGIN
    -- Each pair as it ends a word: old style, new style.
    FOREACH old_new SLICE 1 IN ARRAY ARRAY[
        ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
        ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
        ['Oà', 'Òa'], ['Oá', 'Óa'], ['Oả', 'Ỏa'], ['Oã', 'Õa'], ['Oạ', 'Ọa'],
        ['Oè', 'Òe'], ['Oé', 'Óe'], ['Oẻ', 'Ỏe'], ['Oẽ', 'Õe'], ['Oẹ', 'Ọe'],
        ['(?<![qQ])uỳ', 'ùy'], ['(?<![qQ])uý', 'úy'], ['(?<![qQ])uỷ', 'ủy'], ['(?<![qQ])uỹ', 'ũy'], ['(?<![qQ])uỵ', 'ụy'],
        ['Uỳ', 'Ùy'], ['Uý', 'Úy'], ['Uỷ', 'Ủy'], ['Uỹ', 'Ũy'], ['Uỵ', 'Ụy']]
    LOOP
        result := regexp_replace(result, old_new[1] || '(?![[:alpha:]])', old_new[2], 'g');
    END LOOP;
    RETURN result;
END
$$;
COMMENT ON FUNCTION baocao.canonical_tones(text) IS
    'a Vietnamese name in the new tone style: Kiến Thuỵ -> Kiến Thụy, Hoà Bình -> Hòa Bình';

ALTER TABLE baocao.localities ADD COLUMN gso_name text;
COMMENT ON COLUMN baocao.localities.gso_name IS 'the name as GSO writes it (name is in the new tone style)';

CREATE FUNCTION baocao.localities_in_new_tone_style() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.gso_name := NEW.name;
    NEW.name := baocao.canonical_tones(NEW.name);
    RETURN NEW;
END
$$;
CREATE TRIGGER localities_in_new_tone_style
    BEFORE INSERT OR UPDATE OF name ON baocao.localities
    FOR EACH ROW EXECUTE FUNCTION baocao.localities_in_new_tone_style();

UPDATE baocao.localities SET name = name;  -- the rows already there, through the trigger
