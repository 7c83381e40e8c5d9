// TCVN3 and VNI mojibake back to Vietnamese: tables from data/, a syllable
// speller to tell Vietnamese from noise, and the detector that chooses.
#include "text/legacy_fonts.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>
#include <vector>

#include "extract/stage.h"

namespace baocao::text {

namespace {

using Word = std::u32string;

std::u32string to_u32(std::string_view utf8) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::u32string out;
    out.reserve(static_cast<std::size_t>(u.length()));
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out += static_cast<char32_t>(u.char32At(i));
    return out;
}

std::string to_utf8(const std::u32string& s) {
    icu::UnicodeString u;
    for (char32_t c : s) u.append(static_cast<UChar32>(c));
    std::string out;
    u.toUTF8String(out);
    return out;
}

// ---------------------------------------------------------- syllables ----

struct Spelling {
    std::set<Word> onsets, nuclei, codas;
    std::size_t longest_onset = 0, longest_coda = 0;
};

const Spelling& spelling() {
    static const Spelling s = [] {
        Spelling out;
        for (const auto& row : extract::read_tsv_rows(extract::data_file("vietnamese_syllables.tsv"), 2)) {
            const Word w = to_u32(row[1]);
            if (row[0] == "onset") out.onsets.insert(w), out.longest_onset = std::max(out.longest_onset, w.size());
            else if (row[0] == "nucleus") out.nuclei.insert(w);
            else if (row[0] == "coda") out.codas.insert(w), out.longest_coda = std::max(out.longest_coda, w.size());
        }
        if (out.onsets.empty() || out.nuclei.empty() || out.codas.empty())
            throw std::runtime_error("vietnamese_syllables.tsv: needs onset, nucleus and coda rows");
        return out;
    }();
    return s;
}

bool is_tone_mark(UChar32 c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

// The word in small letters without its tone mark; false when it has more than one.
bool toneless(const std::u32string& word, Word& out) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return false;
    icu::UnicodeString u;
    for (char32_t c : word) u.append(static_cast<UChar32>(c));
    u.toLower();
    const icu::UnicodeString decomposed = nfd->normalize(u, status);
    icu::UnicodeString bare;
    int tones = 0;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 c = decomposed.char32At(i);
        if (is_tone_mark(c)) ++tones;
        else bare.append(c);
    }
    if (tones > 1 || U_FAILURE(status)) return false;
    const icu::UnicodeString composed = nfc->normalize(bare, status);
    out.clear();
    for (int32_t i = 0; i < composed.length(); i = composed.moveIndex32(i, 1))
        out += static_cast<char32_t>(composed.char32At(i));
    return U_SUCCESS(status);
}

bool spells_syllable(const Word& bare) {
    const Spelling& s = spelling();
    for (std::size_t onset = 0; onset <= std::min(s.longest_onset, bare.size()); ++onset) {
        if (onset && !s.onsets.count(bare.substr(0, onset))) continue;
        for (std::size_t coda = 0; coda <= std::min(s.longest_coda, bare.size() - onset); ++coda) {
            if (coda && !s.codas.count(bare.substr(bare.size() - coda))) continue;
            const std::size_t length = bare.size() - onset - coda;
            if (length && s.nuclei.count(bare.substr(onset, length))) return true;
        }
    }
    return false;
}

bool syllable(const std::u32string& word) {
    Word bare;
    return !word.empty() && word.size() <= 8 && toneless(word, bare) && spells_syllable(bare);
}

// ------------------------------------------------------------- tables ----

struct FontTable {
    std::map<std::u32string, char32_t> letters;  // one or two code points -> the letter
};

// "61 F9" -> U+0061 U+00F9: windows-1252 and Latin-1 read each byte >= A0 (and ASCII) as itself.
std::u32string code_points_of(const std::string& hex_bytes, const std::string& where) {
    std::u32string out;
    std::size_t i = 0;
    while (i < hex_bytes.size()) {
        if (hex_bytes[i] == ' ') { ++i; continue; }
        std::size_t used = 0;
        const unsigned long byte = std::stoul(hex_bytes.substr(i, 2), &used, 16);
        if (used != 2 || (byte >= 0x80 && byte < 0xA0)) throw std::runtime_error(where + ": bad byte '" + hex_bytes + "'");
        out += static_cast<char32_t>(byte);
        i += 2;
    }
    if (out.empty() || out.size() > 2) throw std::runtime_error(where + ": one or two bytes a letter, not '" + hex_bytes + "'");
    return out;
}

const std::array<FontTable, 2>& tables() {
    static const std::array<FontTable, 2> all = [] {
        std::array<FontTable, 2> out;
        for (const auto& row : extract::read_tsv_rows(extract::data_file("legacy_encodings.tsv"), 3)) {
            const std::string where = "legacy_encodings.tsv (" + row[0] + " " + row[1] + ")";
            const std::u32string letter = to_u32(row[2]);
            if (letter.size() != 1) throw std::runtime_error(where + ": one letter expected");
            FontTable* table = row[0] == "tcvn3" ? &out[0] : row[0] == "vni" ? &out[1] : nullptr;
            if (!table) throw std::runtime_error(where + ": encoding is tcvn3 or vni");
            table->letters[code_points_of(row[1], where)] = letter[0];
        }
        return out;
    }();
    return all;
}

const FontTable& table_of(LegacyFont font) { return tables()[font == LegacyFont::tcvn3 ? 0 : 1]; }

// ----------------------------------------------------------- lines ----

// A letter only Unicode writes (ă đ ĩ ũ ơ ư and the letters with two marks, or
// the marks themselves): the line is Vietnamese in Unicode already.
bool unicode_vietnamese(char32_t c) {
    return (c >= 0x0102 && c <= 0x01B0) || (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323);
}

// Word characters: anything but space, ASCII signs and digits, and the general
// punctuation of windows-1252 (quotes, dashes). Latin-1 signs stay in the word:
// the fonts put letters there (TCVN3 B8 '¸' is á).
bool word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == 0xA0 || (c >= 0x2000 && c <= 0x206F)) return false;
    return !u_isspace(static_cast<UChar32>(c));
}

bool candidate(char32_t c) { return c >= 0xA1 && c <= 0xFF; }

struct Line {
    std::size_t begin, end;
    bool unicode;  // holds a Vietnamese letter of Unicode: left as it is
};

std::vector<Line> lines_of(const std::u32string& s) {
    std::vector<Line> out;
    std::size_t begin = 0;
    bool unicode = false;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == U'\n') {
            out.push_back({begin, i, unicode});
            begin = i + 1;
            unicode = false;
        } else if (unicode_vietnamese(s[i])) {
            unicode = true;
        }
    }
    return out;
}

std::u32string convert_span(const std::u32string& s, std::size_t begin, std::size_t end, const FontTable& table) {
    std::u32string out;
    for (std::size_t i = begin; i < end;) {
        if (i + 1 < end) {
            const auto two = table.letters.find(s.substr(i, 2));
            if (two != table.letters.end()) { out += two->second; i += 2; continue; }
        }
        const auto one = table.letters.find(s.substr(i, 1));
        out += one != table.letters.end() ? one->second : s[i];
        ++i;
    }
    return out;
}

char32_t upper(char32_t c) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))); }
bool ascii_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }

// TCVN3 headings: a line whose plain letters are all capitals (at least three),
// or a word with two or more plain capitals and no small plain letter, was set
// in an 'H' font, where the small codes show as capitals.
void capitals_of_h_fonts(std::u32string& line) {
    const auto capitals = std::count_if(line.begin(), line.end(), ascii_upper);
    const auto smalls = std::count_if(line.begin(), line.end(), ascii_lower);
    if (capitals >= 3 && smalls == 0) {
        for (char32_t& c : line) c = upper(c);
        return;
    }
    for (std::size_t i = 0; i < line.size();) {
        if (!word_char(line[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < line.size() && word_char(line[j])) ++j;
        const auto caps = std::count_if(line.begin() + static_cast<long>(i), line.begin() + static_cast<long>(j), ascii_upper);
        const auto small = std::count_if(line.begin() + static_cast<long>(i), line.begin() + static_cast<long>(j), ascii_lower);
        if (caps >= 2 && small == 0)
            for (std::size_t k = i; k < j; ++k) line[k] = upper(line[k]);
        i = j;
    }
}

std::u32string convert(const std::u32string& s, LegacyFont font) {
    const FontTable& table = table_of(font);
    std::u32string out;
    out.reserve(s.size());
    for (const Line& line : lines_of(s)) {
        if (line.unicode) {
            out.append(s, line.begin, line.end - line.begin);
        } else {
            std::u32string converted = convert_span(s, line.begin, line.end, table);
            if (font == LegacyFont::tcvn3) capitals_of_h_fonts(converted);
            out += converted;
        }
        if (line.end < s.size()) out += U'\n';
    }
    return out;
}

// The words that tell: those with a Latin-1 letter or sign, on lines not in
// Unicode Vietnamese; and how many words there are on either kind of line.
struct WordCount {
    std::vector<std::u32string> telling;  // the first kSampledWords of them: enough to judge by
    std::size_t telling_count = 0;
    std::size_t on_legacy_lines = 0, on_unicode_lines = 0;
};

constexpr std::size_t kSampledWords = 4000;

WordCount count_words(const std::u32string& s) {
    WordCount count;
    for (const Line& line : lines_of(s)) {
        for (std::size_t i = line.begin; i < line.end;) {
            if (!word_char(s[i])) { ++i; continue; }
            std::size_t j = i;
            bool tells = false;
            while (j < line.end && word_char(s[j])) tells |= candidate(s[j++]);
            ++(line.unicode ? count.on_unicode_lines : count.on_legacy_lines);
            if (tells && !line.unicode && count.telling_count++ < kSampledWords) count.telling.push_back(s.substr(i, j - i));
            i = j;
        }
    }
    return count;
}

// The counts of count_words (without the words) read straight from UTF-8: most texts are
// Unicode Vietnamese, where the counts alone say there is nothing to read, and decoding
// the whole text to code points first was most of the check's cost. False (counts left
// unset) on invalid UTF-8, which to_u32 reads in ICU's way.
bool count_words_in_utf8(std::string_view utf8, WordCount& count) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    auto next_code_point = [&](int32_t& i) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        return c;
    };
    for (int32_t begin = 0; begin <= length;) {
        int32_t end = begin;
        while (end < length && bytes[end] != '\n') ++end;
        bool unicode = false;
        for (int32_t i = begin; i < end && !unicode;) {
            const UChar32 c = next_code_point(i);
            if (c < 0) return false;
            unicode = unicode_vietnamese(static_cast<char32_t>(c));
        }
        for (int32_t i = begin; i < end;) {
            const UChar32 c = next_code_point(i);
            if (c < 0) return false;
            if (!word_char(static_cast<char32_t>(c))) continue;
            bool tells = candidate(static_cast<char32_t>(c));
            while (i < end) {  // the rest of the word
                int32_t after = i;
                const UChar32 d = next_code_point(after);
                if (d < 0) return false;
                if (!word_char(static_cast<char32_t>(d))) break;
                tells |= candidate(static_cast<char32_t>(d));
                i = after;
            }
            ++(unicode ? count.on_unicode_lines : count.on_legacy_lines);
            if (tells && !unicode) ++count.telling_count;
        }
        begin = end + 1;
    }
    return true;
}

double syllable_share(const std::vector<std::u32string>& words, const FontTable* table) {
    if (words.empty()) return 0;
    std::size_t spelled = 0;
    for (const auto& w : words) spelled += syllable(table ? convert_span(w, 0, w.size(), *table) : w);
    return static_cast<double>(spelled) / static_cast<double>(words.size());
}

std::string percent(double share) { return std::to_string(static_cast<int>(share * 100 + 0.5)) + "%"; }

}  // namespace

const char* font_name(LegacyFont font) { return font == LegacyFont::tcvn3 ? "TCVN3" : "VNI"; }

bool is_vietnamese_syllable(std::string_view word) { return syllable(to_u32(word)); }

std::string convert_legacy_font(std::string_view utf8, LegacyFont font) { return to_utf8(convert(to_u32(utf8), font)); }

LegacyReading read_legacy_font(std::string_view utf8) {
    LegacyReading r;
    // A few odd words in a long text (a sign, a foreign name) say nothing.
    if (WordCount quick; count_words_in_utf8(utf8, quick) &&
                         (quick.telling_count < kLegacyMinWords || quick.telling_count * 10 < quick.on_legacy_lines)) {
        r.words = quick.telling_count;
        return r;
    }
    const std::u32string s = to_u32(utf8);
    if (std::none_of(s.begin(), s.end(), candidate)) return r;  // the common case: nothing to read
    const WordCount count = count_words(s);
    const auto& words = count.telling;
    r.words = count.telling_count;
    // A few odd words in a long text (a sign, a foreign name) say nothing.
    if (r.words < kLegacyMinWords || r.words * 10 < count.on_legacy_lines) return r;
    r.share_as_is = syllable_share(words, nullptr);
    r.share_tcvn3 = syllable_share(words, &table_of(LegacyFont::tcvn3));
    r.share_vni = syllable_share(words, &table_of(LegacyFont::vni));
    r.summary = std::to_string(r.words) + " words with Latin-1 letters or signs spell Vietnamese syllables: " +
                percent(r.share_as_is) + " as they are, " + percent(r.share_tcvn3) + " through TCVN3, " +
                percent(r.share_vni) + " through VNI";
    if (r.share_as_is > 0.5) return r;
    const double best = std::max(r.share_tcvn3, r.share_vni);
    if (best < kLegacyMinShare) {
        // Rejected only when such lines are most of the text, never for a few lines of a Unicode one.
        r.looks_legacy = count.on_unicode_lines * 4 < count.on_unicode_lines + count.on_legacy_lines;
        return r;
    }
    r.recognised = true;
    r.font = r.share_tcvn3 >= r.share_vni ? LegacyFont::tcvn3 : LegacyFont::vni;
    r.text = to_utf8(convert(s, r.font));
    return r;
}

}  // namespace baocao::text
