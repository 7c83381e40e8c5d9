#include "extract/figure_words.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <stdexcept>

#include "extract/stage.h"
#include "text/normalize.h"
#include "text/numbers.h"
#include "text/recent_results.h"

namespace baocao::extract::figures {

// ---------------------------------------------------------------- words ----

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

namespace {

// General punctuation U+2010..U+206F (dashes, quotes, ellipsis) is three bytes E2 80|81 xx.
std::size_t unicode_punct_length(std::string_view s, std::size_t i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        (static_cast<unsigned char>(s[i + 1]) == 0x80 || static_cast<unsigned char>(s[i + 1]) == 0x81))
        return 3;
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2) return 2;  // « » ° ·
    return 0;
}

bool is_letter_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    return is_ascii_letter(c) || (c >= 0x80 && unicode_punct_length(s, i) == 0);
}

// The end of a web address starting at byte i ("http://", "https://", "www." after a
// space or at the start), up to the next white space; i when none starts there.
// A piece of one cut inside its sentence counts too when it holds two percent-escapes
// ("cbo-mat%e2%80%9d-cua-ha-noi").
std::size_t web_address_end(std::string_view folded, std::size_t i) {
    // Only at the start of a space-separated token, so each byte is scanned once more at most.
    if (i > 0 && folded[i - 1] != ' ' && folded[i - 1] != '\n' && folded[i - 1] != '(') return i;
    std::size_t j = i;
    while (j < folded.size() && folded[j] != ' ' && folded[j] != '\n' && folded[j] != '\t') ++j;
    const std::string_view token = folded.substr(i, j - i);
    if (token.substr(0, 7) == "http://" || token.substr(0, 8) == "https://" || token.substr(0, 4) == "www.") return j;
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    int escapes = 0;
    for (std::size_t k = 0; k + 2 < token.size(); ++k)
        if (token[k] == '%' && hex(token[k + 1]) && hex(token[k + 2])) ++escapes;
    return escapes >= 2 ? j : i;
}

}  // namespace

// Splits `folded` (a folded copy of the text slice starting at document byte
// `base`) into words, using the number tokens found in `original`.
std::vector<Word> split_words(std::string_view original, std::string_view folded, std::size_t base) {
    std::vector<Word> words;
    words.reserve(folded.size() / 4 + 4);  // a word and its space take 5 bytes or more: no regrowth
    const auto numbers = text::find_numbers(original);
    std::size_t next_number = 0;
    std::size_t i = 0;
    while (i < folded.size()) {
        while (next_number < numbers.size() && numbers[next_number].span.begin < i) ++next_number;
        // "http://.../2020/6/ba-dinh-la-%E2%80%9C...": a web address is one word, its digits no figures.
        if (const std::size_t end = web_address_end(folded, i); end > i) {
            Word w;
            w.begin = base + i;
            w.end = base + end;
            w.text = "url";
            words.push_back(std::move(w));
            i = end;
            continue;
        }
        const auto c = static_cast<unsigned char>(folded[i]);
        if (next_number < numbers.size() && numbers[next_number].span.begin == i) {
            const auto& token = numbers[next_number];
            Word w;
            w.begin = base + i;
            w.end = base + token.span.end;
            w.text = std::string(folded.substr(i, token.span.end - i));
            if (token.is_word) {
                w.kind = Word::Kind::letters;
                w.word_number = token.value;
            } else {
                w.kind = Word::Kind::number;
                w.number = token.value;
            }
            words.push_back(std::move(w));
            i = token.span.end;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        if (is_letter_at(folded, i) || is_digit(c)) {
            std::size_t j = i;
            while (j < folded.size() && (is_letter_at(folded, j) || is_digit(static_cast<unsigned char>(folded[j])))) {
                if (j > i && next_number < numbers.size() && numbers[next_number].span.begin == j) break;
                ++j;
            }
            Word w;
            w.begin = base + i;
            w.end = base + j;
            w.text = std::string(folded.substr(i, j - i));
            words.push_back(std::move(w));
            i = j;
            continue;
        }
        std::size_t len = unicode_punct_length(folded, i);
        if (len == 0) len = 1;
        Word w;
        w.kind = Word::Kind::punct;
        w.begin = base + i;
        w.end = base + i + len;
        w.text = std::string(folded.substr(i, len));
        if (len == 3) w.text = "-";  // en/em dashes and quotes read as separators
        words.push_back(std::move(w));
        i += len;
    }
    return words;
}

// A document's sentences are read by its target scopes first, then by its figures: the cache
// holds more sentences than most articles have. An entry is reused only for the same bytes at
// the same offset, so it holds at most 64 sentences (cut at 4,000 bytes) of any document.
std::shared_ptr<const std::vector<Word>> sentence_words(std::string_view text, Span span) {
    const std::string_view original = text.substr(span.begin, span.end - span.begin);
    thread_local text::RecentResults<std::size_t, std::shared_ptr<const std::vector<Word>>, 64> recent;
    return recent.get(original, span.begin, [&] {
        const std::string folded = text::fold(original);
        return std::make_shared<const std::vector<Word>>(split_words(original, folded, span.begin));
    });
}

std::vector<Word> split_phrase(const std::string& phrase) {
    const std::string folded = text::fold(phrase);
    return split_words(phrase, folded, 0);
}

std::vector<std::string> phrase_tokens(const std::string& phrase) {
    std::vector<std::string> out;
    for (const auto& w : split_phrase(phrase)) out.push_back(w.text);
    return out;
}

bool is_punct(const Word& w, std::string_view which) {
    return w.kind == Word::Kind::punct && which.find(w.text) != std::string_view::npos;
}

// ------------------------------------------------------------- data files ---

std::vector<std::vector<std::string>> read_tsv(const std::string& name, std::size_t min_columns) {
    return read_tsv_rows(data_file(name), min_columns);
}

std::string join(const std::vector<std::string>& tokens) {
    std::string out;
    for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
    return out;
}

bool is_year_like(const Decimal& d) {
    return d.scale == 0 && d.unscaled >= 1900 && d.unscaled <= 2100;
}

// "2030", never "2.000" (a count written with a thousands point).
int year_of(const Word& w) {
    if (w.kind != Word::Kind::number || !is_year_like(w.number)) return 0;
    if (!std::all_of(w.text.begin(), w.text.end(), [](unsigned char c) { return is_digit(c); })) return 0;
    return static_cast<int>(w.number.unscaled);
}

// -------------------------------------------------------------- lexicons ---

void FigureReader::Impl::load() {
    for (const auto& row : read_tsv("units.tsv", 4)) {
        UnitRow u;
        u.tokens = phrase_tokens(row[0]);
        u.unit = row[1];
        try {
            u.power = std::stoi(row[2]);
        } catch (const std::exception&) {
            throw std::runtime_error("units.tsv: power '" + row[2] + "' of '" + row[0] + "' is not a number");
        }
        u.kind = row[3];
        u.scale = u.kind == "scale";
        if (!u.tokens.empty()) units.push_back(std::move(u));
    }
    for (std::size_t k = 0; k < units.size(); ++k) units_by_first[units[k].tokens.front()].push_back(k);
    for (const auto& row : read_tsv("figure_cues.tsv", 2)) cues[row[1]].push_back(phrase_tokens(row[0]));
    for (auto& [role, list] : cues)
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (const auto& [role, list] : cues) {
        CueIndex& index = cue_index[role];
        for (const auto& tokens : list) {
            if (tokens.empty()) continue;
            index.by_first[tokens.front()].push_back(&tokens);
            index.by_last[tokens.back()].push_back(&tokens);
        }
    }
    for (const auto& [role, index] : cue_index) {
        for (const auto& [token, phrases] : index.by_first) cue_tokens[token].first.push_back({&index, &phrases});
        for (const auto& [token, phrases] : index.by_last) cue_tokens[token].last.push_back({&index, &phrases});
    }
    if (auto it = cues.find("time_word"); it != cues.end())
        for (const auto& phrase : it->second) time_words.insert(join(phrase));
    for (const auto& row : read_tsv("figure_abbreviations.tsv", 2))
        abbreviations[text::fold(row[0])] = phrase_tokens(row[1]);
    for (const auto& row : read_tsv("indicator_catalog.tsv", 3)) {
        code_unit[row[0]] = row[1];
        if (row.size() > 3 && !row[3].empty()) {
            growth_code[row[3]] = row[0];
            growth_codes.insert(row[0]);
        }
        if (row.size() > 4 && !row[4].empty()) {
            std::size_t start = 0;
            while (start <= row[4].size()) {
                const auto bar = row[4].find('|', start);
                const std::string noun = row[4].substr(start, bar == std::string::npos ? std::string::npos : bar - start);
                if (!noun.empty()) code_counts[row[0]].insert(join(phrase_tokens(noun)));
                if (bar == std::string::npos) break;
                start = bar + 1;
            }
        }
    }
    auto known = [&](const std::string& file, const std::string& code) {
        if (!code_unit.count(code))
            throw std::runtime_error(file + ": code '" + code + "' is not in indicator_catalog.tsv");
    };
    for (const auto& row : read_tsv("indicator_sectors.tsv", 4)) {
        known("indicator_sectors.tsv", row[0]);
        known("indicator_sectors.tsv", row[3]);
        sector_codes.push_back({row[0], join(label_tokens_of(phrase_tokens(row[1]))), phrase_tokens(row[2]), row[3]});
    }
    for (const auto& row : read_tsv("indicator_shares.tsv", 2)) {
        known("indicator_shares.tsv", row[0]);
        known("indicator_shares.tsv", row[1]);
        share_code[row[0]] = row[1];
    }
    for (const auto& row : read_tsv("indicator_share_subjects.tsv", 2)) {
        known("indicator_share_subjects.tsv", row[1]);
        share_subjects.emplace_back(phrase_tokens(row[0]), row[1]);
    }
    for (const auto& row : read_tsv("indicator_rates.tsv", 1)) {
        if (!code_unit.count(row[0]))
            throw std::runtime_error("indicator_rates.tsv: code '" + row[0] + "' is not in indicator_catalog.tsv");
        rate_codes.insert(row[0]);
    }
    for (const auto& row : read_tsv("indicator_phrasings.tsv", 2)) {
        if (!code_unit.count(row[0]))
            throw std::runtime_error("indicator_phrasings.tsv: code '" + row[0] +
                                     "' is not in indicator_catalog.tsv");
        Phrasing p;
        p.code = row[0];
        p.tokens = label_tokens_of(phrase_tokens(row[1]));
        p.weight = static_cast<int>(std::count_if(p.tokens.begin(), p.tokens.end(),
                                                  [](const auto& t) { return t != "..."; }));
        if (p.weight > 0) phrasings.push_back(std::move(p));
    }
    for (std::size_t i = 0; i < phrasings.size(); ++i) phrasings_by_first[phrasings[i].tokens.front()].push_back(i);
}

// Tokens that do not tell labels apart: separators and "và", "các", "ngành".
bool FigureReader::Impl::ignorable_in_label(const std::string& t) {
    return t == "-" || t == "," || t == "/" || t == "(" || t == ")" || t == "và" || t == "các" ||
           t == "ngành" || t == "lĩnh" || t == "vực" || t == "\"" || t == "'";
}

std::vector<std::string> FigureReader::Impl::label_tokens_of(const std::vector<std::string>& raw) const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == "." && i + 2 < raw.size() && raw[i + 1] == "." && raw[i + 2] == ".") {
            out.push_back("...");
            i += 2;
            continue;
        }
        if (raw[i] == "…") {
            out.push_back("...");
            continue;
        }
        if (ignorable_in_label(raw[i])) continue;
        auto ab = abbreviations.find(raw[i]);
        if (ab != abbreviations.end())
            out.insert(out.end(), ab->second.begin(), ab->second.end());
        else
            out.push_back(raw[i]);
    }
    return out;
}

// ------------------------------------------------------ cue matching --

bool FigureReader::Impl::tokens_at(const std::vector<Word>& words, std::size_t i,
                                   const std::vector<std::string>& tokens) {
    if (tokens.empty() || i + tokens.size() > words.size()) return false;
    for (std::size_t k = 0; k < tokens.size(); ++k)
        if (words[i + k].text != tokens[k]) return false;
    return true;
}

std::uint64_t FigureReader::Impl::new_serial() {
    static std::atomic<std::uint64_t> next{1};
    return next++;
}

// The readers ask for cues at every word, each time naming the role by a string literal:
// hashing the name and probing the table cost more than most cues. Each thread remembers,
// by the literal's address, the index it named last; the name is compared again, so an
// address reused for another name only costs a lookup.
const FigureReader::Impl::CueIndex* FigureReader::Impl::index_of(const char* role) const {
    struct Slot {
        std::uint64_t lexicon = 0;  // the serial of the Impl the index belongs to
        const char* role = nullptr;
        std::string name;
        const CueIndex* index = nullptr;
    };
    thread_local std::array<Slot, 128> slots;
    Slot& slot = slots[(reinterpret_cast<std::uintptr_t>(role) >> 3) % slots.size()];
    if (slot.lexicon == serial && slot.role == role && slot.name == role) return slot.index;
    const auto found = cue_index.find(role);
    slot = Slot{serial, role, role, found == cue_index.end() ? nullptr : &found->second};
    return slot.index;
}

// Most words start and end no cue of any role, and the readers ask about several roles at
// each: a word learns once, with one lookup, which cues start or end with it.
void FigureReader::Impl::learn_cues(const Word& w) const {
    if (w.cue_lexicon == serial) return;
    w.cue_lexicon = serial;
    const auto found = cue_tokens.find(w.text);
    w.cues = found == cue_tokens.end() ? nullptr : &found->second;
}

// Length in words of the longest cue of `role` starting at word i (0 if none).
std::size_t FigureReader::Impl::cue_at(const std::vector<Word>& words, std::size_t i, const char* role) const {
    if (i >= words.size()) return 0;
    learn_cues(words[i]);
    if (!words[i].cues || words[i].cues->first.empty()) return 0;
    const CueIndex* index = index_of(role);
    if (!index) return 0;
    const CuePhrases* candidates = CueToken::of(words[i].cues->first, index);
    if (!candidates) return 0;
    for (const auto* tokens : *candidates)
        if (tokens_at(words, i, *tokens)) {
            // "tăng cường các biện pháp" (strengthen) starts with "tăng" but tells no change.
            const bool change = std::strcmp(role, "up") == 0 || std::strcmp(role, "down") == 0;
            if (change && cue_at(words, i, "not_change") > tokens->size()) return 0;
            return tokens->size();
        }
    return 0;
}

// Length of the longest cue of `role` ending just before word `end`.
std::size_t FigureReader::Impl::cue_ending_at(const std::vector<Word>& words, std::size_t end,
                                              const char* role) const {
    if (end == 0 || end > words.size()) return 0;
    learn_cues(words[end - 1]);
    if (!words[end - 1].cues || words[end - 1].cues->last.empty()) return 0;
    const CueIndex* index = index_of(role);
    if (!index) return 0;
    const CuePhrases* candidates = CueToken::of(words[end - 1].cues->last, index);
    if (!candidates) return 0;
    for (const auto* tokens : *candidates)
        if (tokens->size() <= end && tokens_at(words, end - tokens->size(), *tokens)) return tokens->size();
    return 0;
}

UnitMatch FigureReader::Impl::unit_at(const std::vector<Word>& words, std::size_t i) const {
    auto longest = [&](std::size_t at, bool scales) {
        const UnitRow* best = nullptr;
        if (at >= words.size()) return best;
        const auto candidates = units_by_first.find(words[at].text);
        if (candidates == units_by_first.end()) return best;
        for (const std::size_t k : candidates->second) {
            const UnitRow& u = units[k];
            if (u.scale != scales) continue;
            if (tokens_at(words, at, u.tokens) && (!best || u.tokens.size() > best->tokens.size())) best = &u;
        }
        return best;
    };
    UnitMatch m;
    const UnitRow* plain = longest(i, false);
    const UnitRow* scale = longest(i, true);
    const UnitRow* after_scale = scale ? longest(i + scale->tokens.size(), false) : nullptr;
    const std::size_t plain_len = plain ? plain->tokens.size() : 0;
    const std::size_t scaled_len = scale ? scale->tokens.size() + (after_scale ? after_scale->tokens.size() : 0) : 0;
    if (plain && plain_len >= scaled_len) {
        if (plain->kind == "not_unit") return m;
        m = {plain_len, plain->unit, plain->power, plain->kind, join(plain->tokens)};
    } else if (scale && after_scale && after_scale->kind != "not_unit") {
        m = {scaled_len, after_scale->unit, scale->power + after_scale->power, after_scale->kind,
             join(after_scale->tokens)};
    } else if (scale && !scale->unit.empty()) {
        m = {scale->tokens.size(), scale->unit, scale->power, "money", ""};
    }
    return m;
}

}  // namespace baocao::extract::figures
