#include "extract/person_names.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "extract/stage.h"  // read_tsv_rows, read_file
#include "text/normalize.h"

namespace baocao::extract {

namespace {

bool is_ascii_alnum(UChar32 c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The ASCII cases answered without ICU (they are most of a text); ICU says the same for them.
bool is_word_char(UChar32 c) {
    if (c < 0x80) return is_ascii_alnum(c);
    return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

bool is_white_space(UChar32 c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return u_isUWhiteSpace(c);
}

bool is_alpha(UChar32 c) { return c < 0x80 ? is_ascii_alnum(c) && !(c >= '0' && c <= '9') : u_isalpha(c); }
bool is_upper(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c); }
bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c); }

std::string title_case_syllable(std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    icu::UnicodeString lowered = u;
    lowered.toLower(icu::Locale("vi"));
    if (lowered.length() > 0) {
        const UChar32 first = lowered.char32At(0);
        const int32_t first_len = U16_LENGTH(first);
        icu::UnicodeString head(lowered, 0, first_len);
        head.toUpper(icu::Locale("vi"));
        lowered.replace(0, first_len, head);
    }
    std::string out;
    lowered.toUTF8String(out);
    return out;
}


}  // namespace

namespace {

std::vector<Token> tokenize_text(std::string_view text, std::size_t offset, bool with_keys) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 4 + 4);  // a token and its space take 5 bytes or more: no regrowth
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || is_white_space(c)) continue;
        Token token;
        if (is_word_char(c)) {
            int32_t end = i;
            bool all_upper = true;
            int letters = 0;
            auto note = [&](UChar32 ch) {
                if (is_alpha(ch)) {
                    ++letters;
                    if (!is_upper(ch)) all_upper = false;
                }
                if (is_digit(ch)) token.has_digit = true;
            };
            note(c);
            token.capitalised = is_upper(c);
            while (end < length) {
                int32_t next = end;
                UChar32 d;
                U8_NEXT(bytes, next, length, d);
                // "H'Giang Niê", "K'Điệp", "Y Bang H’đơt": a capital, an apostrophe and a letter open
                // one name (the prefixes of Ê Đê and K'Ho names).
                if (end == i && token.capitalised && (d == 0x27 || d == 0x2019 || d == 0x02BC) && next < length) {
                    int32_t after = next;
                    UChar32 e;
                    U8_NEXT(bytes, after, length, e);
                    if (e >= 0 && is_alpha(e)) {
                        end = next;
                        continue;
                    }
                }
                if (d < 0 || !is_word_char(d)) break;
                note(d);
                end = next;
            }
            i = end;
            token.word = true;
            token.all_caps = all_upper && letters >= 2;
        }
        token.begin = offset + static_cast<std::size_t>(start);
        token.end = offset + static_cast<std::size_t>(i);
        token.surface = std::string(text.substr(start, i - start));
        if (with_keys) token.key = token.word ? text::lower(token.surface) : token.surface;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t offset) { return tokenize_text(text, offset, true); }

std::vector<Token> tokenize_surfaces(std::string_view text) { return tokenize_text(text, 0, false); }

bool is_roman_numeral(std::string_view s) {
    if (s.empty() || s.size() > 6) return false;
    for (char c : s)
        if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
    return true;
}

namespace {

// Tone marks in the NFD of text (grave, acute, tilde, hook above, dot below), -1 if ICU fails.
int tone_marks_decomposed(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return -1;
    const icu::UnicodeString decomposed = nfd->normalize(text, status);
    if (U_FAILURE(status)) return -1;
    int tones = 0;
    for (int32_t i = 0; i < decomposed.length(); ++i) {
        const UChar c = decomposed.charAt(i);
        if (c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323) ++tones;
    }
    return tones;
}

// Tone marks in the NFD of one code point. A text's NFD is its code points' NFDs put
// together (then its marks reordered): a syllable's count is the sum of its letters'.
// Vietnamese letters lie below U+2000, counted once into a table; every token is checked.
int tone_marks_of(UChar32 c) {
    constexpr UChar32 kTabled = 0x2000;
    static const std::vector<int> table = [] {
        std::vector<int> t(kTabled);
        for (UChar32 cp = 0; cp < kTabled; ++cp) t[static_cast<std::size_t>(cp)] = tone_marks_decomposed(icu::UnicodeString(cp));
        return t;
    }();
    return c < kTabled ? table[static_cast<std::size_t>(c)] : tone_marks_decomposed(icu::UnicodeString(c));
}

}  // namespace

bool plausible_syllable(std::string_view surface) {
    // ASCII carries no tone mark, decomposed or not.
    if (std::all_of(surface.begin(), surface.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return true;
    const auto* bytes = reinterpret_cast<const uint8_t*>(surface.data());
    const auto length = static_cast<int32_t>(surface.size());
    int tones = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) continue;  // read as U+FFFD, which has no mark
        const int marks = tone_marks_of(c);
        if (marks < 0) return true;  // no NFD to count with
        tones += marks;
    }
    return tones <= 1;
}

std::string display_name(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end; ++i) {
        if (!out.empty()) out += ' ';
        const Token& t = tokens[i];
        out += t.all_caps ? title_case_syllable(t.surface) : t.surface;
    }
    return text::canonical_tones(out);
}

std::string joined_key(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end && i < tokens.size(); ++i) {
        if (!out.empty()) out += ' ';
        out += tokens[i].key;
    }
    return out;
}

void NameLexicon::add_surname(std::string_view key) { surnames_.insert(text::lower(key)); }
void NameLexicon::add_place(std::string_view key, int level) {
    std::string lowered = text::lower(key);
    if (level <= 2) major_places_.insert(lowered);
    places_.insert(std::move(lowered));
}
void NameLexicon::add_historical(std::string_view key) { historical_.insert(text::lower(key)); }

const NameLexicon& NameLexicon::shared() {
    static const NameLexicon lexicon = load(data_dir());
    return lexicon;
}

NameLexicon NameLexicon::load(const std::filesystem::path& data_dir) {
    NameLexicon lexicon;
    for (const auto& row : read_tsv_rows(data_dir / "surnames.tsv"))
        if (!row.empty() && !row[0].empty()) lexicon.add_surname(row[0]);
    for (const auto& row : read_tsv_rows(data_dir / "historical_figures.tsv"))
        if (!row.empty() && !row[0].empty()) lexicon.add_historical(row[0]);
    // lower() of a name is the lower() of its syllables joined by the same spaces: ICU's
    // lower-casing (no Vietnamese special case), NFC and tone placement never look across
    // a space. The gazetteer's 14,000 names have some 2,000 syllables, each lowered once.
    std::unordered_map<std::string, std::string> lowered_syllables;
    const auto lowered = [&](std::string_view name) {
        std::string out;
        out.reserve(name.size());
        std::size_t b = 0;
        while (true) {
            std::size_t e = name.find(' ', b);
            if (e == std::string_view::npos) e = name.size();
            const std::string syllable(name.substr(b, e - b));
            auto [it, fresh] = lowered_syllables.try_emplace(syllable);
            if (fresh) it->second = text::lower(syllable);
            out += it->second;
            if (e == name.size()) return out;
            out.push_back(' ');
            b = e + 1;
        }
    };
    // Unit names of the gazetteer (CSV: code,name,type,...): a capitalised run that
    // is one of these after "huyện ủy", "xã"... is a place, not a person.
    for (const char* file : {"gazetteer/units_2024.csv", "gazetteer/units_2025.csv"}) {
        const std::optional<std::string> text = read_file(data_dir / file);
        if (!text) throw std::runtime_error("cannot read data file " + (data_dir / file).string());
        bool header = true;
        for_each_line(*text, [&](std::string_view line) {
            if (header) {
                header = false;
                return;
            }
            // Cells as a std::getline loop cuts them: a trailing ',' opens no empty cell.
            // Only the name (cell 1) and the level (cell 3) are read, in place.
            std::string_view cells[4];
            std::size_t count = 0, b = 0;
            while (b < line.size() && count < 4) {
                std::size_t e = line.find(',', b);
                if (e == std::string_view::npos) e = line.size();
                cells[count++] = line.substr(b, e - b);
                b = e + 1;
            }
            if (count < 4) return;
            const std::string name(cells[1]);
            const int level = std::atoi(std::string(cells[3]).c_str());
            if (name.find(' ') == std::string::npos) return;  // one-word names are too ambiguous
            std::string key = lowered(name);  // what add_place(name, level) would insert
            if (level <= 2) lexicon.major_places_.insert(key);
            lexicon.places_.insert(std::move(key));
        });
    }
    return lexicon;
}

}  // namespace baocao::extract
