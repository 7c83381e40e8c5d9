// Sentence split for the genre. Every non-empty line is a paragraph (web
// articles put one paragraph per line); inside a line a sentence ends at
// '.', '!', '?', '…' or "..." followed by a space and a capital, a digit or
// an opening quote, or at a '.' glued to a capital ("chào cờ.Đồng chí").
// Abbreviations ("TP.", "PGS.TS.") and numbers ("7.232", "8,1") never end one.
// Page furniture lines come from data/furniture.tsv.
#include "text/sentences.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <spdlog/spdlog.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

#include "extract/stage.h"
#include "text/normalize.h"  // data_file(): where the lexicons live

namespace baocao::text {

namespace {

using model::Sentence;
using model::Span;

// --- data files ---------------------------------------------------------------

// Rows of a TSV data file without the header and '#' comments.
std::vector<std::vector<std::string>> read_tsv(const std::string& relative) {
    return extract::read_tsv_rows(extract::data_file(relative));
}

enum class Scope { line, prefix, list, tail };

// All furniture patterns, compiled once: the line and list patterns as one RE2::Set (one
// automaton, one pass over a line, whatever the number of patterns), the prefix patterns
// on their own since their match's length is needed.
struct Furniture {
    Furniture() : whole_lines(options(), RE2::UNANCHORED) {}
    static RE2::Options options() {
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_log_errors(false);
        o.set_max_mem(64 << 20);  // the counted repetitions of caption patterns need room
        return o;
    }
    RE2::Set whole_lines;
    std::vector<Scope> scope_of;  // by index in whole_lines
    // By index in whole_lines: the full pattern when whole_lines holds its trigger
    // instead, else null. A hit of the trigger counts only once the pattern matches too.
    std::vector<std::unique_ptr<RE2>> confirm;
    std::vector<std::unique_ptr<RE2>> prefixes;
};

Scope scope_named(const std::string& name) {
    if (name == "prefix") return Scope::prefix;
    if (name == "list") return Scope::list;
    if (name == "tail") return Scope::tail;
    return Scope::line;
}

std::unique_ptr<Furniture> load_furniture() {
    auto furniture = std::make_unique<Furniture>();
    for (const auto& row : read_tsv("furniture.tsv")) {
        if (row.size() < 3) continue;
        const Scope scope = scope_named(row[1]);
        if (scope == Scope::prefix) {
            auto re = std::make_unique<RE2>(row[2], Furniture::options());
            if (!re->ok()) {
                spdlog::error("furniture.tsv: bad pattern '{}' ({})", row[2], re->error());
                continue;
            }
            furniture->prefixes.push_back(std::move(re));
            continue;
        }
        // A counted repetition over any letter (".{10,200}") costs the set's automaton a
        // state per character of every line; such a pattern runs alone, on the few lines
        // where its cheap trigger is found.
        const bool triggered = row.size() > 3 && !row[3].empty();
        std::unique_ptr<RE2> full;
        if (triggered) {
            full = std::make_unique<RE2>(row[2], Furniture::options());
            if (!full->ok()) {
                spdlog::error("furniture.tsv: bad pattern '{}' ({})", row[2], full->error());
                continue;
            }
        }
        std::string error;
        const std::string& searched = triggered ? row[3] : row[2];
        if (furniture->whole_lines.Add(searched, &error) < 0) {
            spdlog::error("furniture.tsv: bad pattern '{}' ({})", searched, error);
            continue;
        }
        furniture->scope_of.push_back(scope);
        furniture->confirm.push_back(std::move(full));
    }
    if (!furniture->whole_lines.Compile()) spdlog::error("furniture.tsv: the patterns do not compile as one set");
    return furniture;
}

const Furniture& furniture() {
    static const std::unique_ptr<Furniture> patterns = load_furniture();
    return *patterns;
}

const std::set<std::string>& abbreviations() {
    static const std::set<std::string> words = [] {
        std::set<std::string> out;
        for (const auto& row : read_tsv("sentence_abbreviations.tsv"))
            if (!row.empty() && !row[0].empty()) out.insert(row[0]);
        return out;
    }();
    return words;
}

}  // namespace

void preload_sentence_rules() noexcept {
    try {
        furniture();
        abbreviations();
    } catch (...) {
        // Reported by split_sentences, which loads them again.
    }
}

namespace {

// --- code points --------------------------------------------------------------

UChar32 code_point_at(std::string_view s, std::size_t i, std::size_t* next = nullptr) {
    if (i >= s.size()) {
        if (next) *next = s.size();
        return 0;
    }
    int32_t offset = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), c);
    if (next) *next = static_cast<std::size_t>(offset);
    return c < 0 ? 0xFFFD : c;
}

UChar32 code_point_before(std::string_view s, std::size_t i, std::size_t* start = nullptr) {
    if (i == 0) {
        if (start) *start = 0;
        return 0;
    }
    int32_t offset = static_cast<int32_t>(i);
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, offset, c);
    if (start) *start = static_cast<std::size_t>(offset);
    return c < 0 ? 0xFFFD : c;
}

bool is_closing_mark(UChar32 c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB;
}

bool is_opening_mark(UChar32 c) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0x00AB;
}

bool is_dash_or_bullet(UChar32 c) {
    return c == '-' || c == 0x2013 || c == 0x2014 || c == '*' || c == '+' || c == 0x2022;
}

bool starts_sentence(UChar32 c) {
    return u_isupper(c) || u_istitle(c) || u_isdigit(c) || is_opening_mark(c) || is_dash_or_bullet(c);
}

// The word right before byte i (letters only, stops at a space, '.' or mark).
std::string_view word_before(std::string_view s, std::size_t line_begin, std::size_t i) {
    std::size_t begin = i;
    while (begin > line_begin) {
        std::size_t start;
        const UChar32 c = code_point_before(s, begin, &start);
        if (!u_isalpha(c)) break;
        begin = start;
    }
    return s.substr(begin, i - begin);
}

// A '.' after "TP", "PGS.TS", a single capital ("Q.", "P.", an initial).
bool is_abbreviation(std::string_view word) {
    if (word.empty()) return false;
    if (abbreviations().count(std::string(word))) return true;
    std::size_t next;
    const UChar32 first = code_point_at(word, 0, &next);
    return next == word.size() && u_isupper(first);
}

// "lần thứ I.", "khóa V.": a one-letter roman numeral after an ordinal word is a
// number that may end the sentence, not an initial.
bool is_ordinal_numeral(std::string_view s, std::size_t line_begin, std::string_view word) {
    if (word != "I" && word != "V" && word != "X") return false;
    const std::size_t at = static_cast<std::size_t>(word.data() - s.data());
    if (at == 0 || s[at - 1] != ' ') return false;
    const std::string_view before = word_before(s, line_begin, at - 1);
    return before == "thứ" || before == "khóa" || before == "khoá" || before == "Khóa" || before == "Khoá";
}

// --- numbered items -------------------------------------------------------------

// A run-on "sentence" (a page whose clauses are only ever joined by commas) is
// cut into pieces of at most this many bytes. Every fact quotes its sentence
// as evidence, so an unbounded sentence makes the output, the stored evidence
// and the time grow with the square of the text. The genre's longest real
// sentences are about 1,300 bytes.
constexpr std::size_t kLongestSentence = 4000;


std::size_t number_begin(std::string_view s, std::size_t i) {
    while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') --i;
    return i;
}

enum class Enumeration { none, at_sentence_start, mid_sentence };

// "2." in "... 8,43%. 2. Thu ngân sách ..." is the marker of a numbered item,
// not the end of a sentence. A one- or two-digit number standing alone before
// the period counts as a marker at a sentence start, or in mid-sentence when
// the next item ("3. ") follows later on the line.
Enumeration enumeration_before(std::string_view s, std::size_t sentence_begin, std::size_t line_end,
                               std::size_t period) {
    const std::size_t digits_begin = number_begin(s, period);
    const std::size_t digits = period - digits_begin;
    if (digits == 0 || digits > 2) return Enumeration::none;
    if (digits_begin > 0 && s[digits_begin - 1] != ' ' && digits_begin != sentence_begin) return Enumeration::none;
    std::size_t lead = sentence_begin;
    while (lead < digits_begin && (s[lead] == ' ' || s[lead] == '-' || s[lead] == '*')) ++lead;
    if (lead == digits_begin) return Enumeration::at_sentence_start;
    const int number = std::stoi(std::string(s.substr(digits_begin, digits)));
    const std::string next_item = " " + std::to_string(number + 1) + ". ";
    // Looked for within a sentence's length, not to the line's end: a line of
    // megabytes has a "1." in every "1.560".
    const std::size_t found = s.substr(0, std::min(line_end, period + kLongestSentence)).find(next_item, period);
    return found != std::string_view::npos ? Enumeration::mid_sentence : Enumeration::none;
}

// --- splitting one line -------------------------------------------------------

// Ends of sentences inside [begin, end) of one line (exclusive byte offsets).
std::vector<std::size_t> sentence_ends(std::string_view s, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> ends;
    std::size_t i = begin;
    while (i < end) {
        std::size_t next;
        const UChar32 c = code_point_at(s, i, &next);
        if (c != '.' && c != '!' && c != '?' && c != 0x2026) {
            i = next;
            continue;
        }
        // The run of final punctuation and the closing quotes after it.
        const std::size_t punct_begin = i;
        std::size_t j = i, periods = 0, marks = 0;
        for (;;) {
            std::size_t after;
            const UChar32 p = code_point_at(s, j, &after);
            if (j >= end) break;
            if (p == '.') ++periods;
            else if (p == '!' || p == '?' || p == 0x2026) ++marks;
            else break;
            j = after;
        }
        const bool single_period = periods == 1 && marks == 0;
        std::size_t k = j;
        for (;;) {
            std::size_t after;
            const UChar32 q = code_point_at(s, k, &after);
            if (k >= end || !is_closing_mark(q)) break;
            k = after;
        }
        i = k;
        if (k >= end) break;  // the line's end closes the sentence anyway
        const UChar32 following = code_point_at(s, k);
        const std::string_view word = word_before(s, begin, punct_begin);
        if (single_period) {
            const std::size_t sentence_begin = ends.empty() ? begin : ends.back();
            const Enumeration item = enumeration_before(s, sentence_begin, end, punct_begin);
            if (item == Enumeration::at_sentence_start) continue;
            if (item == Enumeration::mid_sentence) {
                // "... năm 2018 1. Tăng trưởng ... 2. Thu ngân sách": the item starts a sentence.
                ends.push_back(number_begin(s, punct_begin));
                continue;
            }
        }
        if (following == ' ') {
            std::size_t m = k;
            while (m < end && s[m] == ' ') ++m;
            if (m >= end || !starts_sentence(code_point_at(s, m))) continue;
            if (single_period && is_abbreviation(word) && !is_ordinal_numeral(s, begin, word)) continue;
            ends.push_back(k);
        } else if (k == j && u_isupper(following)) {
            // Glued: "chào cờ.Đồng chí", "năm 2022.Đồng thời", "dự án...Đồng thời".
            // Not "TP.HCM", "TTH.VN", "PGS.TS": the letter before the dot must be
            // lower-case or a digit, and the word not an abbreviation.
            const UChar32 before = code_point_before(s, punct_begin);
            if (!(u_islower(before) || u_isdigit(before))) continue;
            if (is_abbreviation(word)) continue;
            ends.push_back(k);
        }
    }
    return ends;
}

Span trimmed(std::string_view s, std::size_t begin, std::size_t end) {
    while (begin < end && s[begin] == ' ') ++begin;
    while (end > begin && s[end - 1] == ' ') --end;
    return {begin, end};
}

// Where to cut [begin, end) when it is too long: after the last "; " in its
// second half, else after the last ", " there, else at the last space, else
// at a character boundary. Looks only at the kLongestSentence bytes ahead.
std::size_t clause_cut(std::string_view s, std::size_t begin) {
    const std::string_view window = s.substr(begin, kLongestSentence);
    for (const std::string_view mark : {std::string_view("; "), std::string_view(", ")}) {
        const std::size_t found = window.rfind(mark);
        if (found != std::string_view::npos && found >= kLongestSentence / 2) return begin + found + 1;
    }
    const std::size_t space = window.rfind(' ');
    if (space != std::string_view::npos && space > 0) return begin + space;
    std::size_t cut = begin + kLongestSentence;
    while (cut > begin + 1 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return cut;
}

// The ends of the pieces [begin, end) is cut into (end itself last).
std::vector<std::size_t> bounded_ends(std::string_view s, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> ends;
    while (end - begin > kLongestSentence) {
        begin = clause_cut(s, begin);
        ends.push_back(begin);
    }
    ends.push_back(end);
    return ends;
}

// --- furniture ----------------------------------------------------------------

re2::StringPiece piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// The scope of the first furniture pattern (in file order) that finds a match in line.
std::optional<Scope> furniture_match(std::string_view line) {
    const Furniture& f = furniture();
    thread_local std::vector<int> hits;
    hits.clear();
    RE2::Set::ErrorInfo error{};
    if (!f.whole_lines.Match(piece(line), &hits, &error)) {
        if (error.kind != RE2::Set::kNoError)
            spdlog::warn("furniture patterns could not be matched (error {}) on a line of {} bytes",
                         static_cast<int>(error.kind), line.size());
        return std::nullopt;
    }
    std::sort(hits.begin(), hits.end());
    for (const int hit : hits) {
        const auto index = static_cast<std::size_t>(hit);
        if (!f.confirm[index] || RE2::PartialMatch(piece(line), *f.confirm[index])) return f.scope_of[index];
    }
    return std::nullopt;
}

bool is_furniture_line(std::string_view line) { return furniture_match(line).has_value(); }

// A line in a list of related articles: a headline, short and without a final period.
bool is_headline_like(std::string_view line) {
    constexpr std::size_t kLongestHeadline = 200;
    if (line.size() > kLongestHeadline) return false;
    const UChar32 last = code_point_before(line, line.size());
    return last != '.' && last != '!' && last != '?' && last != 0x2026 && last != ':';
}

// Bytes of a furniture prefix at the start of line (" date 2023-07 "), or 0.
std::size_t furniture_prefix_length(std::string_view line) {
    for (const auto& re : furniture().prefixes) {
        re2::StringPiece match;
        if (re->Match(piece(line), 0, line.size(), RE2::ANCHOR_START, &match, 1) && !match.empty())
            return match.size();
    }
    return 0;
}

// --- repeated leads -------------------------------------------------------------

struct ContentParagraph {
    std::string_view text;
    std::size_t first_sentence, end_sentence;
};

std::size_t word_count(std::string_view s) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++count;
    return count;
}

// The folded words of a paragraph, sorted (a multiset to compare with another one).
std::vector<std::string> sorted_words(std::string_view s) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) words.emplace_back(fold(s.substr(i, j - i)));
        i = j;
    }
    std::sort(words.begin(), words.end());
    return words;
}

// Share of the longer paragraph's words that the other one also has.
double word_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0.0;
    std::size_t shared = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else ++shared, ++i, ++j;
    }
    return static_cast<double>(shared) / static_cast<double>(std::max(a.size(), b.size()));
}

// A sapo followed by a lead that says the same with a word more ("Huyện ủy X
// (Khánh Hòa) tổ chức ..."): the shorter copy becomes furniture so facts are
// read once, from the fuller paragraph. Words are folded only for neighbours
// whose word counts leave the overlap in reach, each paragraph at most once.
void mark_near_repeats(const std::vector<ContentParagraph>& paragraphs, std::vector<Sentence>& sentences) {
    constexpr std::size_t kMinimumWords = 12;
    constexpr double kSameText = 0.85;
    std::vector<std::size_t> counts;
    for (const auto& p : paragraphs) counts.push_back(word_count(p.text));
    std::vector<std::optional<std::vector<std::string>>> words(paragraphs.size());
    auto words_of = [&](std::size_t k) -> const std::vector<std::string>& {
        if (!words[k]) words[k] = sorted_words(paragraphs[k].text);
        return *words[k];
    };
    for (std::size_t k = 1; k < paragraphs.size(); ++k) {
        const std::size_t fewer = std::min(counts[k - 1], counts[k]), more = std::max(counts[k - 1], counts[k]);
        if (fewer < kMinimumWords) continue;
        if (static_cast<double>(fewer) / static_cast<double>(more) < kSameText) continue;  // overlap <= fewer/more
        if (word_overlap(words_of(k - 1), words_of(k)) < kSameText) continue;
        const ContentParagraph& a = paragraphs[k - 1];
        const ContentParagraph& b = paragraphs[k];
        const ContentParagraph& shorter = a.text.size() < b.text.size() ? a : b;
        for (std::size_t s = shorter.first_sentence; s < shorter.end_sentence; ++s) sentences[s].furniture = true;
    }
}

}  // namespace

std::vector<model::Sentence> split_sentences(std::string_view text) {
    std::vector<Sentence> sentences;
    std::vector<ContentParagraph> paragraphs;  // what each content line said, for the repeat check
    std::set<std::string_view> seen_paragraphs;
    bool in_related_list = false;  // after "Tin liên quan": other articles' headlines
    int paragraph = -1;
    std::size_t line_begin = 0;
    while (line_begin < text.size()) {
        std::size_t line_end = text.find('\n', line_begin);
        if (line_end == std::string_view::npos) line_end = text.size();
        const Span line = trimmed(text, line_begin, line_end);
        line_begin = line_end + 1;
        if (line.empty()) continue;
        ++paragraph;

        std::size_t content_begin = line.begin;
        if (const std::size_t prefix = furniture_prefix_length(text.substr(line.begin, line.end - line.begin))) {
            const Span header = trimmed(text, line.begin, line.begin + prefix);
            if (!header.empty()) sentences.push_back({header, paragraph, true});
            content_begin = trimmed(text, line.begin + prefix, line.end).begin;
        }
        if (content_begin >= line.end) continue;

        const std::string_view content = text.substr(content_begin, line.end - content_begin);
        // A paragraph printed twice (a lead repeated, a caption under two photos) is said once.
        const bool repeated = content.size() >= 20 && !seen_paragraphs.insert(content).second;
        const std::optional<Scope> match = furniture_match(content);
        if (match == Scope::list) in_related_list = true;
        else if (!match && !(in_related_list && is_headline_like(content))) in_related_list = false;
        const bool furniture_line = repeated || match || in_related_list;

        const std::size_t first_sentence = sentences.size();
        std::size_t sentence_begin = content_begin;
        std::vector<std::size_t> ends = sentence_ends(text, content_begin, line.end);
        ends.push_back(line.end);
        for (std::size_t sentence_end : ends) {
            for (std::size_t end : bounded_ends(text, sentence_begin, sentence_end)) {
                const Span span = trimmed(text, sentence_begin, end);
                sentence_begin = end;
                if (span.empty()) continue;
                const bool furniture =
                    furniture_line || is_furniture_line(text.substr(span.begin, span.end - span.begin));
                sentences.push_back({span, paragraph, furniture, match == Scope::list || match == Scope::tail});
            }
        }
        if (!furniture_line) paragraphs.push_back({content, first_sentence, sentences.size()});
    }
    mark_near_repeats(paragraphs, sentences);
    return sentences;
}

}  // namespace baocao::text
