#include "extract/meeting_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <iterator>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>

#include "text/decode.h"

namespace baocao::extract::meeting_text {

namespace {

// The C locale's classes (the program never sets another), inline: these scans read whole texts.
bool c_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool c_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool c_punct(unsigned char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}
bool is_tone_mark(UChar32 c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323; }
}  // namespace

bool word_byte(std::string_view t, std::size_t pos) {
    if (pos >= t.size()) return false;
    unsigned char c = static_cast<unsigned char>(t[pos]);
    return std::isalnum(c) || c >= 0x80;
}

bool standalone(std::string_view t, std::size_t b, std::size_t e) {
    if (b > 0) {
        std::size_t i = b - 1;
        while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
        if (word_byte(t, i)) return false;
    }
    return !word_byte(t, e);
}

bool contains_word(std::string_view folded, std::string_view word) {
    for (std::size_t p = folded.find(word); p != std::string_view::npos; p = folded.find(word, p + 1))
        if (standalone(folded, p, p + word.size())) return true;
    return false;
}

// ------------------------------------------------------------ rejection

// Tone marks in the canonical decomposition of c ("ộ" has one, "ì" one, "a" none); one for a
// tone mark itself. The letters of Vietnamese lie below U+2000: a table built once.
int tones_of(UChar32 c) {
    constexpr UChar32 kTabled = 0x2000;
    static const std::vector<std::uint8_t> table = [] {
        std::vector<std::uint8_t> t(kTabled, 0);
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        for (UChar32 cp = 0; cp < kTabled; ++cp) {
            icu::UnicodeString d;
            if (U_SUCCESS(status) && nfd->getDecomposition(cp, d)) {
                for (int32_t i = 0; i < d.length(); ++i) t[static_cast<std::size_t>(cp)] += is_tone_mark(d.charAt(i)) ? 1 : 0;
            } else {
                t[static_cast<std::size_t>(cp)] = is_tone_mark(cp) ? 1 : 0;
            }
        }
        return t;
    }();
    return c >= 0 && c < kTabled ? table[static_cast<std::size_t>(c)] : (is_tone_mark(c) ? 1 : 0);
}

// Words of text (runs between white space) with two tone marks on one syllable. A
// syllable is a run of letters and their marks: "Lương,Hòn" is one word of two syllables.
std::size_t double_toned_words(std::string_view text) {
    std::size_t count = 0;
    int tones = 0;
    bool word_counted = false;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) c = 0xFFFD;
        if (c < 0x80) {
            if (c_space(static_cast<unsigned char>(c))) {
                word_counted = false;
                tones = 0;
            } else if (!c_alpha(static_cast<unsigned char>(c))) {
                tones = 0;  // punctuation or a digit ends the syllable, not the word
            }
            continue;
        }
        if (u_isUWhiteSpace(c)) {
            word_counted = false;
            tones = 0;
            continue;
        }
        const int marks = tones_of(c);
        if (marks > 0) {
            tones += marks;
            if (tones >= 2 && !word_counted) {
                ++count;
                word_counted = true;
            }
        } else if (!u_isalpha(c) && (U_GET_GC_MASK(c) & U_GC_M_MASK) == 0) {
            tones = 0;
        }
    }
    return count;
}

// Text typed in a legacy font, or mangled on its way, puts two tones on one
// syllable ("qùỵết") or brackets inside words ("q[ă"; "[GMT+7]" opens a word); real Vietnamese does neither.
std::string encoding_problem(std::string_view text) {
    std::size_t words = 0, bracketed = 0;
    std::size_t b = 0;
    while (b < text.size()) {
        while (b < text.size() && c_space(static_cast<unsigned char>(text[b]))) ++b;
        std::size_t e = b;
        while (e < text.size() && !c_space(static_cast<unsigned char>(text[e]))) ++e;
        if (e > b) {
            ++words;
            std::string_view w = text.substr(b, e - b);
            for (std::size_t i = 0; i < w.size(); ++i)
                if (i > 0 && std::string_view("[\\{}|~^").find(w[i]) != std::string_view::npos && i + 1 < w.size() &&
                    (static_cast<unsigned char>(w[i + 1]) >= 0x80 || c_alpha(static_cast<unsigned char>(w[i + 1])))) {
                    ++bracketed;
                    break;
                }
        }
        b = e;
    }
    if (words < 20) return "";
    if (double_toned_words(text) * 100 > words * 3)
        return "garbled diacritics (a legacy font encoding?): several tone marks on one syllable";
    if (bracketed * 100 > words * 1) return "legacy font encoding: brackets and symbols inside words";
    return "";
}

std::string markup_problem(std::string_view text) {
    if (text::count_markup_tags(text, text::kPageSourceTags) >= text::kPageSourceTags)
        return "HTML page source, not an article text";
    return "";
}

// The share of the commonest Vietnamese syllables: far lower in another language.
std::string language_problem(const std::string& folded, const std::vector<std::string>& common) {
    std::size_t words = 0, hits = 0;
    std::size_t b = 0;
    auto separator = [](unsigned char c) { return c_space(c) || c_punct(c); };
    // The byte lengths (up to 63) of the common words by their first byte: most words of a
    // text are then ruled out without a comparison.
    std::array<std::uint64_t, 256> lengths_by_first{};
    for (const std::string& w : common)
        if (!w.empty() && w.size() < 64) lengths_by_first[static_cast<unsigned char>(w[0])] |= std::uint64_t{1} << w.size();
    auto may_be_common = [&](std::string_view w) {
        return w.size() >= 64 || (lengths_by_first[static_cast<unsigned char>(w[0])] >> w.size() & 1) != 0;
    };
    while (b < folded.size()) {
        while (b < folded.size() && separator(static_cast<unsigned char>(folded[b]))) ++b;
        std::size_t e = b;
        while (e < folded.size() && !separator(static_cast<unsigned char>(folded[e]))) ++e;
        if (e > b) {
            ++words;
            const std::string_view w = std::string_view(folded).substr(b, e - b);
            if (may_be_common(w) && std::find(common.begin(), common.end(), w) != common.end()) ++hits;
        }
        b = e;
    }
    if (words >= 50 && hits * 100 < words * 5) return "not Vietnamese (too few of its common words)";
    return "";
}

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A year the text looks ahead to: a horizon ("đến năm 2030", "tầm nhìn 2045") or
// the end of a span ("2020-2025"). It tells nothing of when the text was written.
bool looks_ahead_to(std::string_view folded, std::size_t year_at) {
    std::string_view before = folded.substr(0, year_at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (std::string_view cue : {"đến năm", "đến", "tầm nhìn", "tầm nhìn năm", "trước năm", "vào năm"})
        if (before.size() >= cue.size() && before.substr(before.size() - cue.size()) == cue &&
            (before.size() == cue.size() || !std::isalnum(static_cast<unsigned char>(before[before.size() - cue.size() - 1]))))
            return true;
    for (std::string_view dash : {"-", "\u2013", "\u2014"})
        if (before.size() >= dash.size() + 4 && before.substr(before.size() - dash.size()) == dash) {
            std::string_view rest = before.substr(0, before.size() - dash.size());
            while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
            if (rest.size() >= 4 && all_of_chars(rest.substr(rest.size() - 4), "0123456789")) return true;
        }
    return false;
}

// The latest year (19xx or 20xx, four digits standing alone) a folded text names,
// horizons and ends of spans left out; 0 when none.
int latest_year(std::string_view text) {
    int latest = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!ascii_digit(text[i])) { ++i; continue; }
        std::size_t e = i;
        while (e < text.size() && ascii_digit(text[e])) ++e;
        if (e - i == 4 && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0) && !looks_ahead_to(text, i))
            latest = std::max(latest, (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 +
                                          (text[i + 3] - '0'));
        i = e;
    }
    return latest;
}

// A history piece talks about long ago: no year it names is recent.
std::string history_problem(int latest) {
    if (latest > 0 && latest < 1990) return "history piece: the latest year it names is " + std::to_string(latest);
    return "";
}

// "Căn cứ Luật Tổ chức chính quyền địa phương ...": the preamble of a resolution or decision,
// whose text a site prints whole, with its number or the national motto in its head. News of a
// meeting cites laws too, even in its first paragraph, but never carries a document's header.
std::string document_problem(std::string_view folded, const std::vector<std::string>& preamble_words,
                             const std::vector<std::string>& document_markers) {
    constexpr std::size_t kHead = 3000;  // bytes: the document's header and first bases
    const std::string_view head = folded.substr(0, kHead);
    if (std::none_of(document_markers.begin(), document_markers.end(),
                     [&](const std::string& w) { return head.find(w) != std::string_view::npos; }))
        return "";
    for (const auto& w : preamble_words)
        if (contains_word(head, w)) return "the text of an official document ('" + w + "' in its head), not a report";
    return "";
}

// `word` at `at` in `s`, standing alone (no letter or digit glued to either side).
bool word_at(std::string_view s, std::size_t at, std::string_view word) {
    if (s.compare(at, word.size(), word) != 0) return false;
    return standalone(s, at, at + word.size());
}

std::string_view trim_end(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

bool ends_with_word(std::string_view text, std::string_view word) {
    text = trim_end(text);
    if (text.size() < word.size() || text.substr(text.size() - word.size()) != word) return false;
    return text.size() == word.size() || !word_byte(text, text.size() - word.size() - 1);
}

bool has_any(std::string_view folded_part, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return contains_word(folded_part, w); });
}

bool ends_with_any(std::string_view text, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return ends_with_word(text, w); });
}

bool space_at(std::string_view s, std::size_t i) {
    return i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r');
}
std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (space_at(s, i)) ++i;
    return i;
}
bool all_of_chars(std::string_view s, std::string_view allowed) {
    return !s.empty() && s.find_first_not_of(allowed) == std::string_view::npos;
}

std::optional<Ordinal> session_ordinal(std::string_view part) {
    static constexpr std::string_view kOrdinalWords[] = {"nhất", "hai", "ba", "tư", "năm", "sáu",
                                                          "bảy", "tám", "chín", "mười"};
    for (std::size_t p = part.find("thứ"); p != std::string_view::npos; p = part.find("thứ", p + 1)) {
        if (!standalone(part, p, p + std::string_view("thứ").size())) continue;
        std::string_view before = part.substr(0, p);
        if (before.empty() || !space_at(before, before.size() - 1)) continue;
        while (!before.empty() && space_at(before, before.size() - 1)) before.remove_suffix(1);
        std::size_t at = std::string_view::npos;
        for (std::string_view cue : {"lần", "kỳ họp", "phiên họp"})
            if (ends_with_word(before, cue)) at = before.size() - cue.size();
        if (at == std::string_view::npos) continue;
        std::size_t b = p + std::string_view("thứ").size();
        if (!space_at(part, b)) continue;
        b = skip_spaces(part, b);
        std::size_t e = b;
        while (e < part.size() && !space_at(part, e) && std::string_view(",.;:)").find(part[e]) == std::string_view::npos) ++e;
        const std::string_view token = part.substr(b, e - b);
        const bool digits = token.size() <= 3 && all_of_chars(token, "0123456789");
        const bool roman = all_of_chars(token, "ivxlc");
        const bool word = std::find(std::begin(kOrdinalWords), std::end(kOrdinalWords), token) != std::end(kOrdinalWords);
        if (digits || roman || word) return Ordinal{at, token};
    }
    return std::nullopt;
}

// "khóa XXI", "khóa 18 nhiệm kỳ 2020-2025", "khóa XII (nhiệm kỳ 2020 – 2025)":
// [begin, end) of the term as written; nullopt when `part` names none.
std::optional<Span> term_words(std::string_view part) {
    for (std::size_t p = part.find("khóa"); p != std::string_view::npos; p = part.find("khóa", p + 1)) {
        std::size_t i = p + std::string_view("khóa").size();
        if (!space_at(part, i)) continue;
        i = skip_spaces(part, i);
        std::size_t e = i;
        while (e < part.size() && std::string_view("ivxlc").find(part[e]) != std::string_view::npos) ++e;
        if (e == i) {
            while (e < part.size() && e - i < 2 && ascii_digit(part[e])) ++e;
            if (e == i) continue;
        }
        std::size_t end = e;
        // The term's years may follow: [,(] nhiệm kỳ YYYY - YYYY [)].
        std::size_t j = skip_spaces(part, e);
        if (j < part.size() && (part[j] == ',' || part[j] == '(')) j = skip_spaces(part, j + 1);
        const std::string_view nhiem_ky = "nhiệm kỳ";
        if (part.compare(j, nhiem_ky.size(), nhiem_ky) == 0 && space_at(part, j + nhiem_ky.size())) {
            std::size_t y = skip_spaces(part, j + nhiem_ky.size());
            auto year_at = [&](std::size_t k) {
                return k + 4 <= part.size() && all_of_chars(part.substr(k, 4), "0123456789") &&
                       (part.compare(k, 2, "19") == 0 || part.compare(k, 2, "20") == 0);
            };
            if (year_at(y)) {
                std::size_t d = skip_spaces(part, y + 4);
                std::size_t after_dash = std::string_view::npos;
                if (d < part.size() && part[d] == '-') after_dash = d + 1;
                else if (part.compare(d, 3, "\xE2\x80\x93") == 0) after_dash = d + 3;  // en dash
                if (after_dash != std::string_view::npos) {
                    const std::size_t y2 = skip_spaces(part, after_dash);
                    if (year_at(y2)) {
                        end = y2 + 4;
                        if (end < part.size() && part[end] == ')') ++end;
                    }
                }
            }
        }
        return Span{p, end};
    }
    return std::nullopt;
}

}  // namespace baocao::extract::meeting_text
