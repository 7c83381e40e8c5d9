// Texts typed in the Vietnamese font encodings of the 1990s-2000s (TCVN3 =
// TCVN 5712:1993 VN3, the ABC fonts; VNI Windows) and saved by a program that
// took them for windows-1252: mojibake such as '§¶ng bé' or 'Ñaûng boä' for
// 'Đảng bộ'. Their letters are read back through the tables of
// data/legacy_encodings.tsv when the text is recognised: when most of its words
// spell Vietnamese syllables (data/vietnamese_syllables.tsv) once converted,
// and few did as they were.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace baocao::text {

enum class LegacyFont { tcvn3, vni };
const char* font_name(LegacyFont font);  // "TCVN3", "VNI"

// A word (UTF-8, any case, tone marks composed or not) spells a Vietnamese
// syllable: onset, vowel group and final consonant as the language writes
// them, and at most one tone mark.
bool is_vietnamese_syllable(std::string_view word);

// Every line of utf8 that holds no Vietnamese letter of Unicode read through
// the font's table. Code points up to U+00FF stand for the bytes of the font
// (windows-1252 reads byte n >= A0 as U+00n). TCVN3 has no capital with a tone:
// its headings were set in the capitals-only 'H' fonts, so a line (or word)
// whose plain letters are all capitals is made capitals throughout.
std::string convert_legacy_font(std::string_view utf8, LegacyFont font);

struct LegacyReading {
    bool recognised = false;      // text holds the conversion
    bool looks_legacy = false;    // mojibake that neither table reads as Vietnamese
    LegacyFont font = LegacyFont::tcvn3;
    std::string text;             // UTF-8, when recognised
    std::size_t words = 0;        // words with a letter or sign of U+00A1..U+00FF
    double share_as_is = 0;       // of those, the share that spell syllables unconverted
    double share_tcvn3 = 0, share_vni = 0;  // ... and through each table
    std::string summary;          // "30 words: as they are 10%, TCVN3 93%, VNI 3%"
};

// The detector. Only lines without a Vietnamese letter of Unicode count (a
// crawler may add a Unicode title to a legacy body). Recognised when at least
// kLegacyMinWords such words are found, at most half spell syllables as they
// are, and a table makes at least kLegacyMinShare of them syllables (the
// better table wins; shares are taken over the first 4000 such words). looks_legacy: the words are there and spell no syllable
// either way (another font encoding, or a text in another language).
constexpr std::size_t kLegacyMinWords = 5;
constexpr double kLegacyMinShare = 0.7;
LegacyReading read_legacy_font(std::string_view utf8);

}  // namespace baocao::text
