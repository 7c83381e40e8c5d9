#include "extract/figures.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>
#include <mutex>
#include <stdexcept>

#include "extract/stage.h"
#include "text/dates.h"
#include "text/normalize.h"
#include "text/numbers.h"

namespace baocao::extract::figures {

using model::Decimal;
using model::Span;

namespace {

// ---------------------------------------------------------------- words ----

// One word of a sentence: letters, a number, or one punctuation mark.
struct Word {
    enum class Kind { letters, number, punct };
    Kind kind = Kind::letters;
    std::size_t begin = 0, end = 0;  // document bytes
    std::string text;                // folded
    Decimal number;                  // when kind == number
    std::optional<Decimal> word_number;  // "hai", "mười": a count only before a unit
};

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

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

// Splits `folded` (a folded copy of the text slice starting at document byte
// `base`) into words, using the number tokens found in `original`.
std::vector<Word> split_words(std::string_view original, std::string_view folded, std::size_t base) {
    std::vector<Word> words;
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

struct UnitRow {
    std::vector<std::string> tokens;
    std::string unit;
    int power = 0;
    std::string kind;  // money, percent, measure, count, scale, not_unit
};

struct Phrasing {
    std::string code;
    std::vector<std::string> tokens;  // "..." = any words
    int weight = 0;                   // number of real tokens
};

struct UnitMatch {
    std::size_t length = 0;  // words
    std::string unit;
    int power = 0;
    std::string kind;
    std::string noun;  // the unit words without the scale: "đảng viên", "tỷ đồng" -> "đồng"
};

std::string join(const std::vector<std::string>& tokens) {
    std::string out;
    for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
    return out;
}

}  // namespace

// -------------------------------------------------------------- lexicons ---

struct FigureReader::Impl {
    std::vector<UnitRow> units;
    std::map<std::string, std::vector<std::vector<std::string>>> cues;  // role -> phrases, longest first
    std::map<std::string, std::vector<std::string>> abbreviations;       // token -> expansion tokens
    std::map<std::string, std::string> code_unit;                        // code -> unit
    std::map<std::string, std::string> growth_code;                      // value code -> growth code
    std::set<std::string> growth_codes;
    std::map<std::string, std::set<std::string>> code_counts;             // count code -> nouns it counts
    std::set<std::string> rate_codes;  // money codes also reported as a percentage done ("giải ngân đạt 47%")
    std::vector<Phrasing> phrasings;
    std::set<std::string> time_words;  // the time_word cues, one word each
    struct SectorCode {
        std::string general, bare;        // bare: label tokens joined ("giá trị sản xuất")
        std::vector<std::string> sector;  // the sector word's tokens
        std::string code;
    };
    std::vector<SectorCode> sector_codes;            // indicator_sectors.tsv
    std::map<std::string, std::string> share_code;  // count code -> code of the share its X/Y makes

    void load() {
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
            if (!u.tokens.empty()) units.push_back(std::move(u));
        }
        for (const auto& row : read_tsv("figure_cues.tsv", 2)) cues[row[1]].push_back(phrase_tokens(row[0]));
        for (auto& [role, list] : cues)
            std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
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
    }

    // Tokens that do not tell labels apart: separators and "và", "các", "ngành".
    static bool ignorable_in_label(const std::string& t) {
        return t == "-" || t == "," || t == "/" || t == "(" || t == ")" || t == "và" || t == "các" ||
               t == "ngành" || t == "lĩnh" || t == "vực" || t == "\"" || t == "'";
    }

    std::vector<std::string> label_tokens_of(const std::vector<std::string>& raw) const {
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

    static bool tokens_at(const std::vector<Word>& words, std::size_t i, const std::vector<std::string>& tokens) {
        if (tokens.empty() || i + tokens.size() > words.size()) return false;
        for (std::size_t k = 0; k < tokens.size(); ++k)
            if (words[i + k].text != tokens[k]) return false;
        return true;
    }

    // Length in words of the longest cue of `role` starting at word i (0 if none).
    std::size_t cue_at(const std::vector<Word>& words, std::size_t i, const std::string& role) const {
        auto it = cues.find(role);
        if (it == cues.end()) return 0;
        for (const auto& tokens : it->second)
            if (tokens_at(words, i, tokens)) return tokens.size();
        return 0;
    }

    // Length of the longest cue of `role` ending just before word `end`.
    std::size_t cue_ending_at(const std::vector<Word>& words, std::size_t end, const std::string& role) const {
        auto it = cues.find(role);
        if (it == cues.end()) return 0;
        for (const auto& tokens : it->second)
            if (tokens.size() <= end && tokens_at(words, end - tokens.size(), tokens)) return tokens.size();
        return 0;
    }

    UnitMatch unit_at(const std::vector<Word>& words, std::size_t i) const {
        auto longest = [&](std::size_t at, bool scales) {
            const UnitRow* best = nullptr;
            for (const auto& u : units) {
                if ((u.kind == "scale") != scales) continue;
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
};

FigureReader::FigureReader() {
    auto impl = std::make_shared<Impl>();
    impl->load();
    impl_ = impl;
    spdlog::debug("figures: {} unit words, {} phrasings", impl->units.size(), impl->phrasings.size());
}

std::string FigureReader::growth_code_of(const std::string& code) const {
    if (impl_->growth_codes.count(code)) return code;
    auto it = impl_->growth_code.find(code);
    return it == impl_->growth_code.end() ? "other" : it->second;
}

bool FigureReader::label_only_says_when(std::string_view label) const {
    const auto words = phrase_tokens(std::string(label));
    if (words.empty()) return false;
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        const bool number = std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c) || c == '/' || c == '-'; });
        return number || impl_->time_words.count(w) || text::parse_roman(w);
    });
}

namespace {

// --------------------------------------------------------- raw figures ----

struct RawFigure {
    std::size_t first = 0, last = 0;  // words: the number .. one past the unit
    Decimal value;
    std::string unit, kind;
    std::optional<Decimal> out_of;
    std::string noun;              // what a count counts: "đảng viên"
    bool percent_missing = false;  // "bằng 39,7 kế hoạch"
    int range = 0;                 // -1 low end, +1 high end of "từ A đến B"
};

bool is_year_like(const Decimal& d) {
    return d.scale == 0 && d.unscaled >= 1900 && d.unscaled <= 2100;
}

// "2030", never "2.000" (a count written with a thousands point).
int year_of(const Word& w) {
    if (w.kind != Word::Kind::number || !is_year_like(w.number)) return 0;
    if (!std::all_of(w.text.begin(), w.text.end(), [](unsigned char c) { return is_digit(c); })) return 0;
    return static_cast<int>(w.number.unscaled);
}

class SentenceReader {
public:
    SentenceReader(const FigureReader::Impl& lex, const FigureReader& reader, std::string_view text, Span sentence,
                   int default_year)
        : lex_(lex), reader_(reader), text_(text), sentence_(sentence), default_year_(default_year) {
        const auto original = text.substr(sentence.begin, sentence.end - sentence.begin);
        folded_ = text::fold(original);
        words_ = split_words(original, folded_, sentence.begin);
    }

    std::vector<ReadFigure> read() {
        find_raw_figures();
        classify();
        mark_directives();
        return std::move(out_);
    }

private:
    const FigureReader::Impl& lex_;
    const FigureReader& reader_;
    std::string_view text_;
    Span sentence_;
    int default_year_ = 0;  // the year of a period written without one ("quý II")
    std::string folded_;
    std::vector<Word> words_;
    std::vector<RawFigure> raws_;
    std::vector<ReadFigure> out_;

    bool is_connective(std::size_t i, std::size_t& len) const {
        static const char* roles[] = {"estimate", "more_than", "less_than", "about", "up", "down", "ratio",
                                      "exceed", "plan_basis", "prior_basis", "compare", "filler", "min", "max",
                                      "share_basis"};
        len = 0;
        for (const char* role : roles) len = std::max(len, lex_.cue_at(words_, i, role));
        return len > 0;
    }

    // "Kết luận hội nghị, đồng chí ... yêu cầu ...": what follows is asked for.
    void mark_directives() {
        for (std::size_t k = 0; k < words_.size(); ++k) {
            if (!lex_.cue_at(words_, k, "directive")) continue;
            // "đáp ứng yêu cầu phát triển", "theo yêu cầu": a requirement met, nobody asks.
            if (k > 0 && lex_.cue_ending_at(words_, k, "not_directive_before")) continue;
            for (auto& f : out_)
                if (f.number.begin > words_[k].begin) f.after_directive = true;
            return;
        }
    }

    bool number_word(std::size_t i) const { return i < words_.size() && words_[i].kind == Word::Kind::number; }

    // -------------------------------------------------- finding numbers --

    void find_raw_figures() {
        for (std::size_t i = 0; i < words_.size(); ++i) {
            const Word& w = words_[i];
            const bool digit_number = w.kind == Word::Kind::number;
            if (!digit_number && !w.word_number) continue;
            if (i > 0 && is_punct(words_[i - 1], "/") ) continue;               // tail of a date or ratio
            if (i > 0 && lex_.cue_ending_at(words_, i, "not_figure_before") &&
                !lex_.cue_ending_at(words_, i, "per_period"))  // "năm 2022", "số 02"; not "mỗi năm 2,1%"
                continue;
            if (in_not_figure_clause(i)) continue;  // "thành lập trên cơ sở sáp nhập 2 xã", "số phiếu đạt 100%"
            if (i > 0 && words_[i - 1].kind == Word::Kind::letters && words_[i - 1].end == w.begin) continue;
            const Decimal number = digit_number ? w.number : *w.word_number;
            UnitMatch unit = lex_.unit_at(words_, i + 1);
            std::size_t after = i + 1 + unit.length;
            if (!digit_number && unit.kind != "count") continue;  // number words count things only
            if (unit.length && lex_.cue_at(words_, after, "not_figure_after")) continue;  // "100% đại biểu tán thành"
            if (unit.length && (national_before(i) || (unit.kind != "percent" && prior_value_before(i)))) continue;
            // "giảm từ 3,5% xuống còn 2,8%": the old level is not a figure of this period.
            if (unit.length && i > 0 && lex_.cue_ending_at(words_, i, "from_level") &&
                lex_.cue_at(words_, after, "to_level"))
                continue;
            // A ratio: "16/64 công trình", "376,7 tỷ/609,1 tỷ đồng". Without a unit after it, a date.
            if (after < words_.size() && is_punct(words_[after], "/") && number_word(after + 1) &&
                words_[after].begin == words_[after - 1].end) {
                UnitMatch second = lex_.unit_at(words_, after + 2);
                if (second.length == 0) {
                    i = after + 1;
                    continue;
                }
                RawFigure f;
                f.first = i;
                f.last = after + 2 + second.length;
                const UnitMatch& own = unit.length ? unit : second;
                f.value = text::scale_by_power_of_ten(number, own.power);
                f.unit = own.unit;
                f.kind = own.kind;
                f.noun = own.noun.empty() ? second.noun : own.noun;
                f.out_of = text::scale_by_power_of_ten(words_[after + 1].number, second.power);
                raws_.push_back(f);
                i = f.last - 1;
                continue;
            }
            if (i + 1 < words_.size() && is_punct(words_[i + 1], "/") && number_word(i + 2)) {
                i += 2;  // a date "22/6" or "31/5/2017"
                continue;
            }
            // A range: "7,5 - 8%", "từ 7,5 đến 8%".
            if (unit.length == 0 && i + 2 < words_.size() &&
                (is_punct(words_[i + 1], "-") || words_[i + 1].text == "đến") && number_word(i + 2)) {
                UnitMatch high = lex_.unit_at(words_, i + 3);
                if (high.length && !is_year_like(number)) {
                    RawFigure low;
                    low.first = i;
                    low.last = i + 1;
                    low.value = text::scale_by_power_of_ten(number, high.power);
                    low.unit = high.unit;
                    low.kind = high.kind;
                    low.noun = high.noun;
                    low.range = -1;
                    raws_.push_back(low);
                    continue;
                }
            }
            if (unit.length == 0) {
                if (digit_number && forgotten_percent(i)) {
                    RawFigure f;
                    f.first = i;
                    f.last = i + 1;
                    f.value = number;
                    f.unit = "%";
                    f.kind = "percent";
                    f.percent_missing = true;
                    raws_.push_back(f);
                }
                continue;
            }
            RawFigure f;
            f.first = i;
            f.last = after;
            f.value = text::scale_by_power_of_ten(number, unit.power);
            // "12 tỷ 500 triệu đồng": a smaller amount follows a bare scale word.
            if (unit.kind == "money" && unit.noun.empty() && number_word(after)) {
                const UnitMatch rest = lex_.unit_at(words_, after + 1);
                if (rest.length && rest.unit == unit.unit && rest.power < unit.power) {
                    if (auto sum = add(f.value, text::scale_by_power_of_ten(words_[after].number, rest.power))) {
                        f.value = *sum;
                        f.last = after = after + 1 + rest.length;
                    }
                }
            }
            f.unit = unit.unit;
            f.kind = unit.kind;
            f.noun = unit.noun;
            if (!raws_.empty() && raws_.back().range == -1 && raws_.back().first + 2 == i) f.range = 1;
            // "từ 62 triệu đồng đến 64 triệu đồng"; for rates also "chiếm 32,7% đến 32,9%", the
            // low end below the high one.
            const bool from_before = !raws_.empty() && raws_.back().first > 0 && words_[raws_.back().first - 1].text == "từ";
            const bool rising_rates = !raws_.empty() && f.unit == "%" && raws_.back().value.to_double() < f.value.to_double();
            // "10% - 10,5%/năm": a dash between two rates, the low one first, joins them alike.
            const bool joined = i > 0 && (words_[i - 1].text == "đến" ? (from_before || rising_rates)
                                                                      : is_punct(words_[i - 1], "-") && rising_rates);
            if (!raws_.empty() && raws_.back().range == 0 && raws_.back().unit == f.unit &&
                raws_.back().last + 1 == i && joined) {
                raws_.back().range = -1;
                f.range = 1;
            }
            raws_.push_back(f);
            i = after - 1;
        }
    }

    // Whether a not_figure_clause cue stands a few words before word i, with no
    // punctuation between: what a unit was formed from, a vote.
    bool in_not_figure_clause(std::size_t i) const {
        for (std::size_t end = i, steps = 0; end > 0 && steps < 8; --end, ++steps) {
            if (words_[end - 1].kind == Word::Kind::punct && !is_punct(words_[end - 1], ":")) return false;  // "Lượt xem: 473"
            if (lex_.cue_ending_at(words_, end, "not_figure_clause")) return true;
        }
        return false;
    }

    // Word index before the words that may stand between a comparison and the
    // figure it names: "(", "là", "mức", "chỉ", qualifiers ("cả nước (6,5%)",
    // "so với năm 2020 là khoảng 45 triệu đồng").
    std::size_t skip_back_to_named(std::size_t i) const {
        for (int hops = 0; hops < 4 && i > 0; ++hops) {
            const Word& w = words_[i - 1];
            if (is_punct(w, "(") || w.text == "là" || w.text == "mức" || w.text == "chỉ" || w.text == "ở") {
                --i;
                continue;
            }
            const std::size_t len = std::max({lex_.cue_ending_at(words_, i, "about"), lex_.cue_ending_at(words_, i, "more_than"),
                                              lex_.cue_ending_at(words_, i, "less_than")});
            if (!len) break;
            i -= len;
        }
        return i;
    }

    // The nation's figure, not the locality's: "cao hơn mức trung bình của cả nước (5,05%)".
    bool national_before(std::size_t i) const {
        const std::size_t j = skip_back_to_named(i);
        return j > 0 && lex_.cue_ending_at(words_, j, "national");
    }

    // The earlier period's amount in a comparison: "so với năm 2020 (là 45 triệu đồng)",
    // "so với cùng kỳ là 380 tỷ đồng": no figure of this period.
    bool prior_value_before(std::size_t i) const {
        std::size_t j = skip_back_to_named(i);
        if (j >= 2 && year_of(words_[j - 1]) && words_[j - 2].text == "năm") j -= 2;
        else if (std::size_t len = lex_.cue_ending_at(words_, j, "prior_basis")) j -= len;
        else return false;
        if (j > 0 && words_[j - 1].text == "với") --j;
        return j > 0 && lex_.cue_ending_at(words_, j, "compare");
    }

    static bool times_ten(Decimal& d) {
        if (__builtin_mul_overflow(d.unscaled, 10, &d.unscaled)) return false;
        ++d.scale;
        return true;
    }

    // a + b exactly, at the finer of the two scales; nullopt when that does not fit in 64 bits.
    static std::optional<Decimal> add(Decimal a, Decimal b) {
        while (a.scale < b.scale)
            if (!times_ten(a)) return std::nullopt;
        while (b.scale < a.scale)
            if (!times_ten(b)) return std::nullopt;
        std::int64_t sum = 0;
        if (__builtin_add_overflow(a.unscaled, b.unscaled, &sum)) return std::nullopt;
        return Decimal{sum, a.scale};
    }

    // "bằng 39,7 kế hoạch": a ratio verb before, a plan or prior basis right after.
    bool forgotten_percent(std::size_t i) const {
        if (i + 1 >= words_.size()) return false;
        const bool basis_after = lex_.cue_at(words_, i + 1, "plan_basis") || lex_.cue_at(words_, i + 1, "prior_basis") ||
                                 (lex_.cue_at(words_, i + 1, "compare") && words_[i + 1].text == "so");
        if (!basis_after) return false;
        std::size_t j = i;
        for (int hops = 0; hops < 3 && j > 0; ++hops) {
            if (lex_.cue_ending_at(words_, j, "ratio") || lex_.cue_ending_at(words_, j, "exceed")) return true;
            std::size_t q = std::max({lex_.cue_ending_at(words_, j, "more_than"), lex_.cue_ending_at(words_, j, "about"),
                                      lex_.cue_ending_at(words_, j, "less_than")});
            if (!q) break;
            j -= q;
        }
        return false;
    }

    // ------------------------------------------------- reading the gap --

    struct Gap {
        std::size_t begin = 0, end = 0;  // words
        std::string verb;                // up, down, ratio, exceed, share or ""
        std::size_t verb_word = 0;
        bool leveled = false;            // "giảm còn 4%": a level, not a change
        std::string qualifier;
        std::string direction;
        bool label_empty = true;
        std::size_t label_begin = 0, label_end = 0;  // words of the label inside the gap
        std::string basis_kind;          // plan/prior found before the number ("so dự toán giao đạt 42%")
        std::string basis;
    };

    Gap read_gap(std::size_t begin, std::size_t end) const {
        Gap g;
        g.begin = begin;
        g.end = end;
        // Qualifier and direction right before the number.
        for (const char* role : {"more_than", "less_than", "about"}) {
            if (lex_.cue_ending_at(words_, end, role) && g.qualifier.empty()) g.qualifier = role;
        }
        const std::size_t max_len = lex_.cue_ending_at(words_, end, "max");
        const std::size_t min_len = lex_.cue_ending_at(words_, end, "min");
        if (max_len || min_len) g.direction = max_len >= min_len ? "max" : "min";
        // The verb: the nearest change/ratio word, past qualifiers and fillers.
        std::size_t j = end;
        bool leveling = false;
        for (int hops = 0; hops < 5 && j > begin; ++hops) {
            bool found = false;
            for (const char* role : {"up", "down", "ratio", "exceed", "share"}) {
                const std::size_t len = lex_.cue_ending_at(words_, j, role);
                if (len && j - len >= begin) {
                    g.verb = role;
                    g.verb_word = j - len;
                    found = true;
                    break;
                }
            }
            if (found) break;
            std::size_t skip = 0;
            for (const char* role : {"more_than", "less_than", "about", "estimate", "filler", "max", "min"}) {
                const std::size_t len = lex_.cue_ending_at(words_, j, role);
                if (len > skip && j - len >= begin) skip = len;
            }
            if (!skip) skip = average_ending_at(j, begin);
            if (!skip && j == end && range_from_before(end)) skip = 1;
            if (!skip) break;
            for (const char* role : {"max", "less_than"})
                if (lex_.cue_ending_at(words_, j, role)) leveling = true;
            j -= skip;
        }
        // "GRDP tăng bình quân hằng năm đạt 6,4%": the change verb before the average
        // says what "đạt" reports.
        if (g.verb == "ratio") {
            std::size_t v = g.verb_word, skipped = 0;
            while (std::size_t len = average_ending_at(v, begin)) {
                v -= len;
                ++skipped;
            }
            for (const char* role : {"up", "down"}) {
                const std::size_t len = lex_.cue_ending_at(words_, v, role);
                if (skipped && len && v - len >= begin) {
                    g.verb = role;
                    g.verb_word = v - len;
                    break;
                }
            }
        }
        if ((g.verb == "up" || g.verb == "down") && leveling) g.leveled = true;
        if (g.qualifier.empty())
            for (std::size_t k = begin; k < end; ++k)
                if (lex_.cue_at(words_, k, "estimate")) g.qualifier = "estimate";
        // Is there a label, or only verbs, qualifiers and comparison words?
        std::size_t k = begin;
        bool after_compare = false;
        while (k < end) {
            const Word& w = words_[k];
            // A remark in brackets ("(theo giá so sánh 2010)") does not separate a figure from its comparisons.
            if (is_punct(w, "(")) {
                std::size_t close = k + 1;
                while (close < end && !is_punct(words_[close], ")")) ++close;
                if (close < end) {
                    k = close + 1;
                    continue;
                }
            }
            if (w.kind == Word::Kind::punct) {
                ++k;
                continue;
            }
            if (w.kind == Word::Kind::number && k > begin && words_[k - 1].text == "năm") {
                ++k;
                continue;
            }
            if (w.text == "năm" && number_word(k + 1)) {
                ++k;
                continue;
            }
            std::size_t len = 0;
            if (k + 1 == end && range_from_before(end)) {
                ++k;
                continue;
            }
            if (lex_.cue_at(words_, k, "compare")) after_compare = true;
            if (std::size_t plan = lex_.cue_at(words_, k, "plan_basis"); plan && after_compare) {
                g.basis_kind = "plan";
                g.basis = basis_text(k, end);
            }
            if (is_connective(k, len)) {
                k += len;
                continue;
            }
            if (after_compare && !g.basis_kind.empty()) {  // "so dự toán HĐND huyện giao đạt"
                ++k;
                continue;
            }
            g.label_empty = false;
            break;
        }
        // The label: the gap without leading joiners and trailing verbs/qualifiers.
        std::size_t lb = begin, le = end;
        while (lb < le) {
            std::size_t len = 0;
            if (words_[lb].kind == Word::Kind::punct) { ++lb; continue; }
            if ((len = lex_.cue_at(words_, lb, "subordinate")) || (len = lex_.cue_at(words_, lb, "filler"))) {
                lb += len;
                continue;
            }
            if (words_[lb].text == "cụ" || words_[lb].text == "thể" || words_[lb].text == "theo" ||
                words_[lb].text == "đó") {
                ++lb;
                continue;
            }
            break;
        }
        // After "trong đó" the label is what follows it: before it, the previous figure's words.
        for (std::size_t k = lb; k < end; ++k)
            if (std::size_t len = lex_.cue_at(words_, k, "subordinate")) lb = std::max(lb, k + len);
        if (!g.verb.empty() && g.verb_word >= lb) le = std::min(le, g.verb_word);
        while (le > lb) {
            if (words_[le - 1].kind == Word::Kind::punct) { --le; continue; }
            if (le == end && range_from_before(end)) { --le; continue; }
            std::size_t len = 0;
            for (const char* role : {"more_than", "less_than", "about", "estimate", "filler", "ratio", "up", "down",
                                     "exceed", "share", "min", "max"})
                len = std::max(len, lex_.cue_ending_at(words_, le, role));
            if (!len || le - len < lb) break;
            le -= len;
        }
        g.label_begin = lb;
        g.label_end = le;
        return g;
    }

    // "tăng từ 8,5% đến 9%": the "từ" before word `number` opens a range of rates, a
    // joiner like the fillers. ("giá tăng từ 10.000 đến 30.000 đồng/kg" may be levels.)
    bool range_from_before(std::size_t number) const {
        if (number == 0 || words_[number - 1].text != "từ") return false;
        for (const auto& r : raws_)
            if (r.first == number) return r.range < 0 && r.unit == "%";
        return false;
    }

    // Length of the average words ending at word `end` ("bình quân hằng năm", "5
    // năm", a comma before them: "tăng cao, bình quân 15,7%"), 0 if none.
    std::size_t average_ending_at(std::size_t end, std::size_t begin) const {
        if (std::size_t len = lex_.cue_ending_at(words_, end, "average"); len && end - len >= begin) {
            if (end - len > begin && is_punct(words_[end - len - 1], ",")) ++len;
            return len;
        }
        if (end >= begin + 2 && words_[end - 1].text == "năm" && number_word(end - 2)) return 2;
        return 0;
    }

    // The basis as written: from word k to a separator, a verb, "và" or a figure.
    std::string basis_text(std::size_t k, std::size_t limit) const {
        std::size_t e = basis_end(k, limit);
        if (e <= k) return "";
        return std::string(text_.substr(words_[k].begin, words_[e - 1].end - words_[k].begin));
    }

    std::size_t basis_end(std::size_t k, std::size_t limit) const {
        std::size_t e = k;
        int count = 0;
        while (e < limit && count < 12) {
            const Word& w = words_[e];
            if (w.kind == Word::Kind::punct && !is_punct(w, "-")) break;
            if (e > k && (lex_.cue_at(words_, e, "up") || lex_.cue_at(words_, e, "down") ||
                          lex_.cue_at(words_, e, "ratio") || lex_.cue_at(words_, e, "exceed") || w.text == "và" ||
                          w.text == "trong"))
                break;
            if (starts_figure(e)) break;
            ++e;
            ++count;
        }
        while (e > k && is_punct(words_[e - 1], "-")) --e;
        return e;
    }

    bool starts_figure(std::size_t word) const {
        for (const auto& r : raws_)
            if (r.first == word) return true;
        return false;
    }

    std::size_t next_figure_start(std::size_t after) const {
        for (const auto& r : raws_)
            if (r.first >= after) return r.first;
        return words_.size();
    }

    // What follows a figure's unit: "so với cùng kỳ", "kế hoạch tỉnh giao", ...
    struct BasisAfter {
        std::string kind;  // plan, prior, share or ""
        std::string text;
        std::size_t end = 0;
    };

    BasisAfter read_basis_after(std::size_t k) const {
        BasisAfter b;
        b.end = k;
        const std::size_t limit = next_figure_start(k);
        bool compare = false;
        if (k < words_.size() && is_punct(words_[k], "%")) ++k;  // "55 %" split by a space is a unit already
        if (std::size_t len = lex_.cue_at(words_, k, "compare")) {
            compare = true;
            k += len;
            if (k < words_.size() && words_[k].text == "với") ++k;
        }
        if (k >= words_.size() || k >= limit) return b;
        if (lex_.cue_at(words_, k, "plan_basis")) b.kind = "plan";
        else if (lex_.cue_at(words_, k, "prior_basis")) b.kind = "prior";
        else if (lex_.cue_at(words_, k, "share_basis")) b.kind = "share";
        else if (compare && words_[k].kind != Word::Kind::punct) b.kind = "prior";
        if (b.kind.empty()) return b;
        b.end = basis_end(k, limit);
        b.text = b.end > k ? std::string(text_.substr(words_[k].begin, words_[b.end - 1].end - words_[k].begin)) : "";
        return b;
    }

    // Words after a figure's unit that describe it ("đảng viên mới", "công
    // trình chuyển tiếp đã hoàn thành"): up to a separator or the next figure.
    std::size_t description_end(std::size_t k, bool stop_at_verbs) const {
        const std::size_t limit = next_figure_start(k);
        std::size_t e = k;
        while (e < limit && e < words_.size()) {
            const Word& w = words_[e];
            if (w.kind == Word::Kind::punct && !is_punct(w, "-")) break;
            // "đạt 556 tỷ đồng và chi ngân sách 453 tỷ đồng": "và" opens the next figure's
            // label, and so does "nâng tổng số đảng viên lên 4.100" (opens_label).
            if (stop_at_verbs && (lex_.cue_at(words_, e, "up") || lex_.cue_at(words_, e, "down") ||
                                  lex_.cue_at(words_, e, "ratio") || lex_.cue_at(words_, e, "exceed") ||
                                  lex_.cue_at(words_, e, "compare") || lex_.cue_at(words_, e, "opens_label") ||
                                  w.text == "và"))
                break;
            ++e;
        }
        return e;
    }

    // ------------------------------------------------------------ codes --

    struct CodeMatch {
        std::string code = "other";
        std::string phrase;  // the catalog phrasing matched, as listed
        std::size_t start_word = static_cast<std::size_t>(-1);  // where the phrasing starts, when before the number
        bool names_own_subject = false;  // a phrasing matched, or one of another unit follows the unit ("12 tấn mía")
    };

    // `rate`: a percentage that is no share ("giải ngân đạt 47%") may report a
    // money code of indicator_rates.tsv.
    CodeMatch code_for(std::size_t window_begin, const RawFigure& f, std::size_t after_end, bool growth,
                       bool rate) const {
        // Label words with the number as "#", each token remembering its word.
        // A comma, ';' or ':' before a token is remembered: "..." in a phrasing does not
        // reach across it ("6 chỉ tiêu đạt, 2 chỉ tiêu ..." is no "đạt ... chỉ tiêu").
        std::vector<std::string> seq;
        std::vector<std::size_t> source;
        std::vector<bool> break_before;
        bool pending_break = false;
        auto push_word = [&](std::size_t k, std::size_t from) {
            if (is_punct(words_[k], ",;:")) pending_break = true;
            for (auto& t : lex_.label_tokens_of({words_[k].text})) {
                seq.push_back(t);
                source.push_back(from);
                break_before.push_back(pending_break);
                pending_break = false;
            }
        };
        for (std::size_t k = window_begin; k < f.first; ++k) push_word(k, k);
        const std::size_t marker = seq.size();
        seq.push_back("#");
        source.push_back(f.first);
        break_before.push_back(pending_break);
        pending_break = false;
        for (std::size_t k = f.first + 1; k < after_end; ++k) {
            if (k < f.last && f.out_of && (is_punct(words_[k], "/") || words_[k].kind == Word::Kind::number)) continue;
            push_word(k, f.first);
        }
        CodeMatch result;

        std::string best;
        long best_distance = 1 << 20;
        int best_weight = 0;
        std::size_t best_start = f.first;  // the word the best phrasing starts at
        std::size_t best_seq_start = seq.size();
        // Subjects before the number that end where another begins, to tell "A và B" apart.
        struct Before {
            std::size_t start, end;
            std::string code, phrase;
            int weight;
        };
        std::vector<Before> before;
        for (const auto& p : lex_.phrasings) {
            // A phrasing coded "other" names a subject outside the catalog ("trồng rừng",
            // "chi phí"), and a subject whose growth the catalog lacks ("tổng mức bán lẻ
            // ... tăng 12%") is no other code's growth: either wins as "other" when nearest.
            const bool outside = p.code == "other" || (growth && reader_.growth_code_of(p.code) == "other");
            const std::string code = outside ? "other" : growth ? reader_.growth_code_of(p.code) : p.code;
            const bool agrees = outside || unit_agrees(code, f, growth, rate);
            for (std::size_t start = 0; start < seq.size(); ++start) {
                std::size_t end = 0;
                if (!match_phrase(seq, break_before, start, p.tokens, end)) continue;
                if (!agrees) {
                    if (start > marker && start <= marker + (f.last - f.first)) result.names_own_subject = true;
                    continue;
                }
                if (end <= marker && code != "other") before.push_back({start, end, code, join(p.tokens), p.weight});
                long distance;
                if (end <= marker) distance = static_cast<long>(marker - end);
                // Right after the number (its unit word: "# chỉ tiêu không đạt") is as near as
                // a phrasing around it ("đạt ... chỉ tiêu"); the longer one then wins.
                else if (start > marker) distance = static_cast<long>(start - marker - 1);
                else distance = 0;  // the phrasing spans the number: "kết nạp ... đảng viên"
                if (distance < best_distance || (distance == best_distance && p.weight > best_weight)) {
                    best = code;
                    result.phrase = join(p.tokens);
                    best_start = std::min(source[start], f.first);
                    best_seq_start = start;
                    result.start_word = start < marker ? source[start] : static_cast<std::size_t>(-1);
                    best_distance = distance;
                    best_weight = p.weight;
                }
            }
        }
        // "Kim ngạch xuất khẩu và doanh thu dịch vụ ngoại tệ đạt 1.790 triệu USD": of two
        // subjects joined by "và" into one figure, the first named heads it.
        if (!best.empty() && best_seq_start < marker && best_start > 0 && words_[best_start - 1].text == "và") {
            const Before* head = nullptr;
            for (const auto& b : before)
                if (b.end == best_seq_start && b.code != best && source[b.end - 1] + 2 == best_start &&
                    (!head || b.weight > head->weight))
                    head = &b;
            if (head) {
                best = head->code;
                result.phrase = head->phrase;
                result.start_word = source[head->start];
                best_start = source[head->start];
            }
        }
        if (!best.empty()) result.names_own_subject = true;  // even when that subject is "other"
        // Only sectors listed with the phrasing count (a few words before it, as far as
        // "..." reaches): "Xây dựng khu du lịch ... với 180 đảng viên" far before joins nothing.
        const std::size_t sectors_from = std::max(window_begin, best_start >= 8 ? best_start - 8 : 0);
        if (!best.empty() && !growth && names_several_sectors(sectors_from, f.first)) {
            best.clear();
            result.phrase.clear();
        }
        if (!best.empty()) result.code = best;
        return result;
    }

    // "giá trị tiểu thủ công nghiệp, dịch vụ, thương mại đạt 1.351 tỷ": one value of
    // sectors from different groups (sector_* cues in words [begin, end)) fits none
    // of their indicators.
    bool names_several_sectors(std::size_t begin, std::size_t end) const {
        int groups = 0;
        for (const auto& [role, phrases] : lex_.cues) {
            if (role.rfind("sector_", 0) != 0) continue;
            for (std::size_t i = begin; i < end; ++i) {
                const std::size_t length = lex_.cue_at(words_, i, role);
                if (length && i + length <= end) { ++groups; break; }
            }
        }
        return groups >= 2;
    }

    static bool match_phrase(const std::vector<std::string>& seq, const std::vector<bool>& break_before,
                             std::size_t start, const std::vector<std::string>& tokens, std::size_t& end) {
        std::size_t i = start;
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            if (tokens[t] == "...") {
                // The next real token, within a few words.
                if (t + 1 >= tokens.size()) continue;
                std::size_t k = i;
                const std::size_t stop = std::min(seq.size(), i + 9);
                while (k < stop && seq[k] != tokens[t + 1] && !break_before[k]) ++k;
                if (k >= stop || seq[k] != tokens[t + 1] || (k > i && break_before[k])) return false;
                i = k;
                continue;
            }
            if (i >= seq.size() || seq[i] != tokens[t]) return false;
            ++i;
        }
        end = i;
        return true;
    }

    bool unit_agrees(const std::string& code, const RawFigure& f, bool growth, bool rate) const {
        const std::string& unit = f.unit;
        if (rate && !growth && unit == "%" && lex_.rate_codes.count(code)) return true;
        if (unit.find("/ha") != std::string::npos)  // a yield: "6 tấn/ha" is as good as "60 tạ/ha"
            return lex_.code_unit.count(code) && lex_.code_unit.at(code).find("/ha") != std::string::npos;
        if (unit == "count" && !growth) {
            auto counts = lex_.code_counts.find(code);
            if (counts != lex_.code_counts.end() && !counts->second.count(f.noun)) return false;
        }
        auto it = lex_.code_unit.find(code);
        if (it == lex_.code_unit.end()) return false;
        const std::string& want = it->second;
        if (growth) return want == "%" && lex_.growth_codes.count(code);
        if (unit == "VND" || unit == "USD") return want == "VND" || want == "USD";
        return want == unit;
    }

    // ---------------------------------------------------- the main pass --

    std::string text_of(std::size_t begin_word, std::size_t end_word) const {
        if (end_word <= begin_word) return "";
        return std::string(text_.substr(words_[begin_word].begin, words_[end_word - 1].end - words_[begin_word].begin));
    }

    void classify() {
        int host = -1;               // index in out_ of the figure comparisons attach to
        std::size_t consumed = 0;    // words before this are read
        std::string last_verb;
        std::vector<ReadComparison> pending;  // comparisons written before their figure
        std::size_t pending_window = 0;
        std::string pending_label;  // the label written before those comparisons
        std::size_t figures_before_previous = 0;  // to tell whether the low end of "từ A đến B" made a figure
        std::size_t comparisons_before_previous = 0;  // ... or a comparison of the host
        for (std::size_t r = 0; r < raws_.size(); ++r) {
            const RawFigure& f = raws_[r];
            const bool low_made_figure = r > 0 && raws_[r - 1].range < 0 && out_.size() > figures_before_previous;
            const bool low_made_comparison = r > 0 && raws_[r - 1].range < 0 && !low_made_figure && host >= 0 &&
                                             comparisons_before_previous < out_[host].comparisons.size();
            figures_before_previous = out_.size();
            comparisons_before_previous = host >= 0 ? out_[host].comparisons.size() : 0;
            if (f.range > 0 && low_made_comparison) {
                // "GRDP bình quân đầu người đạt ..., tăng từ 8,5% đến 9% so với năm 2023": the
                // change is a range too, its low end the least, its high end the most.
                ReadComparison& low = out_[host].comparisons.back();
                ReadComparison high = low;
                const BasisAfter basis = read_basis_after(f.last);
                high.percent = low.percent.unscaled < 0 ? negate(f.value) : f.value;
                high.qualifier = "max";
                low.qualifier = "min";
                if (!basis.text.empty()) low.basis = high.basis = basis.text;
                high.span = {words_[f.first].begin, words_[std::max(f.last, basis.end) - 1].end};
                out_[host].comparisons.push_back(high);
                out_[host].span.end = high.span.end;
                consumed = std::max(f.last, basis.end);
                continue;
            }
            if (f.range > 0 && low_made_figure) {
                // The high end of a range reads like its low end.
                ReadFigure high = out_.back();
                high.value = f.value;
                high.direction = "max";
                high.number = {words_[f.first].begin, words_[f.first].end};
                high.span.end = words_[f.last - 1].end;
                high.comparisons.clear();
                out_.push_back(std::move(high));
                host = static_cast<int>(out_.size()) - 1;
                consumed = description_end(f.last, true);
                continue;
            }
            // A ';' ends what a comparison may attach to.
            for (std::size_t k = consumed; k < f.first; ++k) {
                if (is_punct(words_[k], ";")) {
                    host = -1;
                    pending.clear();
                    consumed = k + 1;
                    last_verb.clear();
                }
            }
            if (consumed > f.first) consumed = f.first;
            const Gap gap = read_gap(consumed, f.first);
            const bool attachable = host >= 0 && gap.label_empty;
            const std::string verb = !gap.verb.empty() ? gap.verb : (attachable ? last_verb : "");

            // "tăng trưởng đạt 6,75%, cao hơn cùng kỳ năm 2016 là 0,17%": a difference in
            // points from a rate's earlier level, neither a figure nor a comparison.
            if (f.unit == "%" && attachable && out_[host].unit == "%" && gap.verb.empty() && points_difference(gap)) {
                consumed = f.last;
                continue;
            }
            if (f.unit == "%") {
                BasisAfter basis = read_basis_after(f.last);
                if (basis.kind.empty() && !gap.basis_kind.empty()) {
                    basis.kind = gap.basis_kind;
                    basis.text = gap.basis;
                }
                // "tăng 10% so với kế hoạch" is 110% of plan, not a change on last year.
                const bool change = (verb == "up" || verb == "down") && !gap.leveled && basis.kind != "plan";
                ReadComparison c;
                c.span = {words_[gap.verb.empty() ? f.first : gap.verb_word].begin,
                          words_[std::max(f.last, basis.end) - 1].end};
                c.basis = basis.text;
                c.qualifier = gap.direction.empty() ? qualifier_direction(gap.qualifier) : gap.direction;
                if (change) {
                    c.kind = "change_vs_prior";
                    c.percent = verb == "down" ? negate(f.value) : f.value;
                    if (attachable) {
                        out_[host].comparisons.push_back(c);
                        out_[host].span.end = c.span.end;
                        consumed = std::max(f.last, basis.end);
                        last_verb = verb;
                        continue;
                    }
                    // A change with no figure before it is a growth figure of its own, of the
                    // subject named before any plan ratio ("Giá trị sản xuất đạt 50% KH, tăng 1%");
                    // its value is the size of the change ("giảm 5% hộ nghèo" -> 5).
                    const std::size_t window = !pending.empty() && gap.label_empty ? pending_window : consumed;
                    ReadFigure g = new_figure(gap, f, window, basis.end, /*growth=*/true);
                    g.value = f.value;
                    host = static_cast<int>(out_.size());
                    out_.push_back(std::move(g));
                    consumed = std::max(f.last, basis.end);
                    last_verb = verb;
                    continue;
                }
                const bool ratio_verb = verb == "ratio" || verb == "exceed";
                std::string kind;
                if (verb == "share" || basis.kind == "share") kind = "";
                else if (basis.kind == "plan") kind = "ratio_to_plan";
                else if (basis.kind == "prior") kind = verb == "exceed" ? "change_vs_prior" : "ratio_to_prior";
                else if (ratio_verb && attachable && !f.percent_missing) kind = "ratio_to_plan";
                const bool plan_change = (verb == "up" || verb == "down") && basis.kind == "plan" && !gap.leveled;
                if (!kind.empty()) {
                    c.kind = kind;
                    c.percent = f.value;
                    if (kind == "ratio_to_plan" && verb == "exceed" && f.value.to_double() < 100)
                        c.percent = add_hundred(f.value);
                    if (plan_change) c.percent = add_hundred(verb == "down" ? negate(f.value) : f.value);
                    if (attachable) {
                        out_[host].comparisons.push_back(c);
                        out_[host].span.end = c.span.end;
                    } else {
                        if (pending.empty()) {
                            pending_window = gap.begin;
                            pending_label = gap.label_end > gap.label_begin
                                                ? text_of(label_segment_begin(gap, gap.label_begin), gap.label_end)
                                                : (out_.empty() ? "" : out_.back().label);
                        }
                        pending.push_back(c);
                    }
                    consumed = std::max(f.last, basis.end);
                    last_verb = verb;
                    continue;
                }
                if (f.percent_missing) continue;
                // A percentage that is a figure of its own: a rate or a share.
                ReadFigure g = new_figure(gap, f, consumed, description_end(f.last, false), false);
                host = static_cast<int>(out_.size());
                out_.push_back(std::move(g));
                consumed = std::max(f.last, basis.kind == "share" ? basis.end : description_end(f.last, true));
                last_verb.clear();
                continue;
            }

            // "tăng 1,48 lần": a multiple of the earlier period, a ratio to it on the figure
            // before (148%), else a figure of its own ("Doanh thu du lịch tăng gấp 2,1 lần");
            // without a change verb ("3 lần kiểm tra") no figure at all.
            if (f.kind == "times") {
                if (verb != "up") {
                    consumed = f.last;
                    continue;
                }
                if (attachable) {
                    ReadComparison c;
                    c.kind = "ratio_to_prior";
                    c.percent = text::scale_by_power_of_ten(f.value, 2);
                    const BasisAfter basis = read_basis_after(f.last);
                    c.basis = basis.text;
                    c.span = {words_[gap.verb.empty() ? f.first : gap.verb_word].begin,
                              words_[std::max(f.last, basis.end) - 1].end};
                    out_[host].comparisons.push_back(c);
                    out_[host].span.end = c.span.end;
                    consumed = std::max(f.last, basis.end);
                    continue;
                }
            }
            // Money, counts, areas...: "tăng 4,02 triệu đồng so với năm 2020" is a difference, not a figure.
            if ((gap.verb == "up" || gap.verb == "down") && !gap.leveled && gap.verb_word + 3 >= f.first &&
                f.kind != "times") {
                consumed = std::max(f.last, read_basis_after(f.last).end);
                continue;
            }
            // The same figure again in brackets ("(792,9 tỷ/1.426,5 tỷ đồng)"): one figure.
            if (gap.label_empty) {
                int same = -1;
                for (std::size_t k = 0; k < out_.size(); ++k)
                    if (out_[k].unit == f.unit && out_[k].value == f.value) same = static_cast<int>(k);
                if (same >= 0) {
                    for (auto& c : pending) out_[same].comparisons.push_back(c);
                    pending.clear();
                    consumed = f.last;
                    host = same;
                    continue;
                }
            }
            const std::size_t window = !pending.empty() && gap.label_empty ? pending_window : consumed;
            ReadFigure g = new_figure(gap, f, window, description_end(f.last, false), false);
            if (!pending.empty() && gap.label_empty) {
                g.comparisons = pending;
                if (!pending_label.empty()) g.label = pending_label;
                g.span.begin = std::min(g.span.begin, pending.front().span.begin);
            }
            pending.clear();
            host = static_cast<int>(out_.size());
            out_.push_back(std::move(g));
            consumed = description_end(f.last, true);
            last_verb.clear();
        }
    }

    // A change verb, then an earlier period, in a gap without a label: "cao hơn cùng kỳ là".
    bool points_difference(const Gap& gap) const {
        bool changed = false;
        for (std::size_t k = gap.begin; k < gap.end; ++k) {
            if (lex_.cue_at(words_, k, "up") || lex_.cue_at(words_, k, "down")) changed = true;
            else if (changed && (lex_.cue_at(words_, k, "prior_basis") || (words_[k].text == "năm" && year_of_at(k + 1))))
                return true;
        }
        return false;
    }
    bool year_of_at(std::size_t k) const { return k < words_.size() && year_of(words_[k]) != 0; }

    // The label keeps the comma-separated part that names the indicator
    // ("Năm 2021, thu ngân sách" -> "thu ngân sách"), else the last part.
    std::size_t label_segment_begin(const Gap& gap, std::size_t phrase_start) const {
        const bool phrase_inside = phrase_start >= gap.label_begin && phrase_start < gap.label_end;
        const std::size_t anchor = phrase_inside ? phrase_start : gap.label_end;
        std::size_t begin = gap.label_begin;
        for (std::size_t k = gap.label_begin; k < anchor; ++k)
            if (is_punct(words_[k], ",:")) begin = k + 1;
        if (begin >= gap.label_end) return gap.label_begin;
        return begin;
    }

    // A period written in the figure's own clause overrides the meeting's:
    // "năm 2022 tổng nguồn vốn ... đạt 141 tỷ đồng", "quý I ... đạt",
    // "tính đến ngày 31/5/2017 trên 8 tỷ đồng" (the year up to that day).
    // Periods that are a comparison's basis ("so với cùng kỳ năm 2022") do not count.
    std::optional<model::Period> period_written_before(std::size_t begin_word, std::size_t number_word) const {
        if (number_word <= begin_word || number_word > words_.size()) return std::nullopt;
        const std::size_t from = words_[begin_word].begin, to = words_[number_word].begin;
        const std::string_view window = text_.substr(from, to - from);
        std::optional<model::Period> found;
        const auto default_year = default_year_ ? std::optional<int>(default_year_) : std::nullopt;
        for (const auto& mention : text::find_periods(window, default_year)) {
            // "đến cuối năm 2024 là 638 tỷ đồng" in a review of 2020-2025: a year already past
            // is a point reached, not a plan.
            if (mention.forward_looking && (!default_year_ || mention.period.end.year >= default_year_)) continue;
            // "tổ chức Đại hội nhiệm kỳ 2025-2030 và kết nạp 25 đảng viên": a span running past
            // the year reviewed is a term named, not what the figure covers.
            if (default_year_ && mention.period.end.year > default_year_) continue;
            if (compared_at(from + mention.span.begin)) continue;
            found = mention.period;
            // "lũy kế đến tháng 6": from the start of the year to the end of that month.
            if (until_at(from + mention.span.begin)) found->start = {found->end.year, 1, 1};
            if (found->start.month == 1 && found->start.day == 1)
                found->label = text::period_label(found->start, found->end);
        }
        for (const auto& day : text::find_days(window)) {
            if (!day.year) continue;
            if (!until_at(from + day.span.begin)) continue;
            model::Period p;
            p.start = {*day.year, 1, 1};
            p.end = {*day.year, day.month, day.day};
            p.label = text::period_label(p.start, p.end);
            found = p;
        }
        return found;
    }

    // Whether "đến", "tính đến (ngày)", "lũy kế đến" stands right before a date or month at `byte`.
    bool until_at(std::size_t byte) const {
        const auto w = word_at(byte);
        // The mention may start at its number or at the word "ngày"/"tháng".
        return w < words_.size() &&
               (lex_.cue_ending_at(words_, w, "until_day") || lex_.cue_ending_at(words_, w + 1, "until_day"));
    }

    std::size_t word_at(std::size_t byte) const {
        for (std::size_t k = 0; k < words_.size(); ++k)
            if (words_[k].begin >= byte) return k;
        return words_.size();
    }

    // Whether the words just before a byte offset compare ("so với", "cùng kỳ", "kế hoạch").
    bool compared_at(std::size_t byte) const {
        const std::size_t w = word_at(byte);
        for (std::size_t back = 0; back < 3 && back < w; ++back) {
            const std::size_t end = w - back;
            if (lex_.cue_ending_at(words_, end, "compare") || lex_.cue_ending_at(words_, end, "prior_basis") ||
                lex_.cue_ending_at(words_, end, "plan_basis"))
                return true;
        }
        return false;
    }

    static std::string qualifier_direction(const std::string& qualifier) {
        if (qualifier == "more_than") return "min";
        if (qualifier == "less_than") return "max";
        return "";
    }

    static Decimal negate(Decimal d) {
        d.unscaled = -d.unscaled;
        return d;
    }

    // 100 + d exactly ("vượt 19,3%" of plan is 119,3% of it); d itself when
    // that does not fit in 64 bits (a percentage of twenty decimals).
    static Decimal add_hundred(Decimal d) {
        return add(d, Decimal{100, 0}).value_or(d);
    }

    // A count of targets set, not met: "phấn đấu đạt 17 chỉ tiêu", "đề ra 24 chỉ tiêu
    // chủ yếu", "thông qua 33 chỉ tiêu chủ yếu" (a target_set word after the noun, no
    // result verb before it nor after it in its clause; "đạt và vượt 16 chỉ tiêu chủ
    // yếu" and "đề ra 18 chỉ tiêu, trong đó" stay results).
    bool adopted_target_set(const Gap& gap, const RawFigure& f) const {
        std::size_t j = f.first;
        for (int hops = 0; hops < 3 && j > gap.begin; ++hops) {
            std::size_t len = std::max(lex_.cue_ending_at(words_, j, "ratio"), lex_.cue_ending_at(words_, j, "more_than"));
            if (!len) break;
            j -= len;
        }
        if (j > 0 && lex_.cue_ending_at(words_, j, "target")) return true;
        if (gap.verb == "ratio" || gap.verb == "exceed") return false;
        bool set_word = false;
        for (std::size_t k = f.last; k < words_.size() && words_[k].kind != Word::Kind::punct; ++k) {
            if (lex_.cue_at(words_, k, "ratio") || lex_.cue_at(words_, k, "exceed")) return false;
            if (k < f.last + 4 && lex_.cue_at(words_, k, "target_set")) set_word = true;
        }
        return set_word;
    }

    bool semicolon_between(std::size_t from_byte, std::size_t to_word) const {
        for (std::size_t k = 0; k < to_word; ++k)
            if (words_[k].begin > from_byte && is_punct(words_[k], ";")) return true;
        return false;
    }

    // "Về nông nghiệp, giá trị sản xuất đạt ...": a bare general phrasing takes the code of
    // the one sector the head of its clause names (indicator_sectors.tsv). Returns the
    // sector word when it did, else "".
    std::string refine_by_sector(std::string& code, const CodeMatch& match, const RawFigure& f, bool growth) const {
        if (match.start_word == static_cast<std::size_t>(-1) || match.start_word >= f.first) return "";
        std::size_t clause = 0;
        for (std::size_t k = 0; k < match.start_word; ++k)
            if (is_punct(words_[k], ";")) clause = k + 1;
        // "giá trị sản xuất các ngành", "toàn huyện": all sectors.
        for (std::size_t k = match.start_word; k < f.first; ++k)
            if (words_[k].text == "các" || words_[k].text == "toàn" || words_[k].text == "tổng") return "";
        std::string found, word;
        for (const auto& sc : lex_.sector_codes) {
            if (sc.bare != match.phrase) continue;
            if (code != sc.general && code != reader_.growth_code_of(sc.general)) continue;
            for (std::size_t k = clause; k < std::min(match.start_word, clause + 6); ++k) {
                if (!FigureReader::Impl::tokens_at(words_, k, sc.sector)) continue;
                if (!found.empty() && found != sc.code) return "";  // two sectors: no one's value
                if (found.empty()) word = join(sc.sector);
                found = sc.code;
            }
        }
        if (found.empty()) return "";
        const std::string refined = growth ? reader_.growth_code_of(found) : found;
        if (refined == "other") return "";
        code = refined;
        return word;
    }

    ReadFigure new_figure(const Gap& gap, const RawFigure& f, std::size_t window_begin, std::size_t after_end,
                          bool growth) {
        ReadFigure g;
        g.value = f.value;
        g.unit = f.unit;
        g.out_of = f.out_of;
        g.noun = f.noun;
        if (auto meta = lex_.cues.find("meta_count"); meta != lex_.cues.end() && f.unit == "count")
            for (const auto& tokens : meta->second)
                if (join(tokens) == f.noun) g.meta_count = true;
        if (auto sets = lex_.cues.find("set_noun"); sets != lex_.cues.end() && f.unit == "count" && !f.out_of)
            for (const auto& tokens : sets->second)
                if (join(tokens) == f.noun) g.set_size = true;
        if (g.meta_count && !f.out_of && adopted_target_set(gap, f)) g.set_size = true;
        g.growth = growth;
        g.qualifier = gap.qualifier;
        g.number = {words_[f.first].begin, words_[f.first].end};
        const std::size_t code_after = std::max(after_end, f.last);
        // "Tốc độ tăng tổng thu ngân sách ... đạt 10%" is a growth rate, not a share of the plan done.
        bool rate = gap.verb != "share" && !lex_.cue_at(words_, f.last, "share_basis");
        for (std::size_t k = gap.label_begin; k < gap.label_end && rate; ++k)
            if (lex_.cue_at(words_, k, "up") || lex_.cue_at(words_, k, "down")) rate = false;
        // "Tốc độ tăng trưởng giá trị sản xuất nông nghiệp đạt 3,2%": a percentage whose
        // label says growth is the growth of the sector it names.
        bool label_says_growth = false;
        for (std::size_t k = gap.label_begin; k < gap.label_end && f.unit == "%" && !growth; ++k)
            if (lex_.cue_at(words_, k, "up")) label_says_growth = true;
        const CodeMatch match =
            code_for(std::min(window_begin, gap.label_begin), f, code_after, growth || label_says_growth, rate);
        g.code = match.code;
        const std::string sector_word = refine_by_sector(g.code, match, f, growth || label_says_growth);
        const bool rate_of = rate && !growth && !label_says_growth && f.unit == "%" && lex_.rate_codes.count(g.code);
        if (g.code == "other") g.code_basis = "unknown";
        else if (!sector_word.empty()) g.code_basis = "sector_before: " + sector_word;
        else if (growth || label_says_growth) g.code_basis = "growth_of: " + match.phrase;
        else if (rate_of) g.code_basis = "rate_of: " + match.phrase;
        else g.code_basis = "subject: " + match.phrase;
        // The label as written; when nothing stands before the number, what follows it ("80% tổ chức ...").
        if (gap.label_end > gap.label_begin) {
            g.label = text_of(label_segment_begin(gap, match.start_word), gap.label_end);
        } else {
            g.label = text_of(f.last, description_end(f.last, false));
            if (g.label.empty() && f.last > f.first + 1) g.label = text_of(f.first + 1, f.last);
            // A label-less figure continues the previous one's subject ("; đạt 51,1% nguồn vốn huyện giao (...)").
            if (g.code == "other" && !match.names_own_subject && !out_.empty() && out_.back().unit == f.unit &&
                out_.back().growth == growth &&
                (f.unit != "count" || out_.back().noun == f.noun)) {
                g.code = out_.back().code;
                if (g.code != "other") g.code_basis = "continues: " + out_.back().code;
                if (g.label.empty()) g.label = out_.back().label;
            }
        }
        // "154/182 xã đạt chuẩn nông thôn mới, chiếm 84,6%": the share that count makes.
        const bool share_verb = gap.verb == "share" || lex_.cue_ending_at(words_, f.first, "share");
        if (g.code == "other" && f.unit == "%" && share_verb && !out_.empty() && out_.back().out_of &&
            out_.back().unit == "count" && !semicolon_between(out_.back().number.begin, f.first)) {
            if (auto it = lex_.share_code.find(out_.back().code); it != lex_.share_code.end()) {
                g.code = it->second;
                g.code_basis = "share_of: " + out_.back().code;
            }
        }
        // Direction as a target reads it.
        g.direction = gap.direction.empty() ? qualifier_direction(gap.qualifier) : gap.direction;
        if (gap.qualifier == "about" || gap.qualifier == "estimate") g.direction = gap.direction;
        // "10%/năm trở lên": the direction follows a per-year rate.
        std::size_t after = f.last;
        if (after + 1 < words_.size() && is_punct(words_[after], "/") && words_[after + 1].text == "năm") after += 2;
        const std::size_t desc = description_end(after, false);
        for (std::size_t k = after; k < desc; ++k) {
            if (lex_.cue_at(words_, k, "min_after")) g.direction = "min";
            if (lex_.cue_at(words_, k, "max_after")) g.direction = "max";
        }
        if (f.range < 0) g.direction = "min";
        if (f.range > 0) g.direction = "max";
        if (g.direction.empty()) g.direction = "eq";
        g.period = period_written_before(window_begin, f.first);
        const std::size_t label_start = gap.label_end > gap.label_begin ? gap.label_begin : f.first;
        g.span = {words_[std::min(label_start, f.first)].begin, words_[f.last - 1].end};
        return g;
    }
};

}  // namespace

std::vector<ReadFigure> FigureReader::read_sentence(std::string_view text, Span sentence, int default_year) const {
    if (sentence.empty() || sentence.end > text.size()) return {};
    SentenceReader reader(*impl_, *this, text, sentence, default_year);
    return reader.read();
}

// ------------------------------------------------------------- targets ---

namespace {

// A year a period phrase names at word k: "năm 2024" -> 2024; a span
// "giai đoạn 2026-2030", "nhiệm kỳ 2025 - 2030" -> its last year, with `first`
// its first. 0 when word k starts no such phrase.
struct NamedYear {
    int year = 0;
    int first = 0;
};

NamedYear named_year(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t k) {
    const int y = k < words.size() ? year_of(words[k]) : 0;
    if (!y || k == 0) return {};
    // "5 năm (2026 - 2030)": the span in brackets after the duration names it too.
    const std::size_t named_at = k >= 2 && is_punct(words[k - 1], "(") ? k - 1 : k;
    const bool after_year_word = words[named_at - 1].text == "năm";
    if (!after_year_word && !lex.cue_ending_at(words, named_at, "period_word")) return {};
    if (k + 2 < words.size() && (is_punct(words[k + 1], "-") || words[k + 1].text == "đến"))
        if (int end = year_of(words[k + 2]); end > y) return {end, y};
    return {y, y};
}

bool compared_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    for (std::size_t back = 1; back <= 3 && back <= i; ++back)
        if (lex.cue_ending_at(words, i - back + 1, "compare") || words[i - back].text == "so") return true;
    return false;
}

// "đã đề ra", "thông qua ... các chỉ tiêu": an adopting verb before word i of
// the sentence, with no verb of a result or a report word between them
// ("thông qua báo cáo kết quả ...", "đề ra 20 chỉ tiêu, đạt 18").
bool adopted_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    for (std::size_t k = i; k-- > 0;) {
        if (lex.cue_at(words, k, "ratio") || lex.cue_at(words, k, "exceed") || lex.cue_at(words, k, "report_word"))
            return false;
        if (lex.cue_at(words, k, "adopt")) return true;
    }
    return false;
}

// "kế hoạch đã đề ra", "mục tiêu mà Nghị quyết đề ra": the verb only refers
// to targets set earlier.
// With `role` "ratio": "hoàn thành toàn bộ nội dung đề ra", the same for a result verb.
bool relative_adoption(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i,
                       const std::string& role = "") {
    for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
        const std::size_t end = i - back + 1;
        if (role.empty() && (lex.cue_ending_at(words, end, "plan_basis") || lex.cue_ending_at(words, end, "relative_before")))
            return true;
        if (!role.empty() && lex.cue_ending_at(words, end, role)) return true;
        if (words[i - back].kind == Word::Kind::punct) break;
    }
    return false;
}

// A list of targets after an adopting verb: "thông qua nghị quyết ... với một
// số chỉ tiêu như ...", "thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm:".
// Returns the words up to the opener, 0 when no list opens here.
std::size_t adopted_list_at(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    const std::size_t len = lex.cue_at(words, i, "target_list");
    if (!len || !adopted_before(lex, words, i)) return 0;
    for (std::size_t k = i + len; k < std::min(words.size(), i + len + 12); ++k) {
        if (is_punct(words[k], ":")) return k - i;
        if (lex.cue_at(words, k, "list_opener")) return k - i;
        if (is_punct(words[k], ",;.") || lex.cue_at(words, k, "ratio") || lex.cue_at(words, k, "exceed")) return 0;
    }
    return 0;
}

// "kế hoạch đã đề ra", "hoàn thành các nội dung đề ra", "so với mức đã đề ra", "đề ra
// theo Nghị quyết", "tiến độ đề ra,": the adopting verb at word i (`len` words) only
// names targets set earlier.
bool adoption_refers_back(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i,
                          std::size_t len) {
    return relative_adoption(lex, words, i) || relative_adoption(lex, words, i, "ratio") ||
           relative_adoption(lex, words, i, "compare") || i + len >= words.size() ||
           words[i + len].kind == Word::Kind::punct || lex.cue_at(words, i + len, "relative_after");
}

// "Chi xây dựng cơ bản và mục tiêu hơn 17 tỷ đồng": an amount (not a year) at word k,
// perhaps after its qualifier, makes "mục tiêu" a budget line.
// A number that is no year between two words.
bool figure_between(const std::vector<Word>& words, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < words.size(); ++k)
        if (words[k].kind == Word::Kind::number && !year_of(words[k])) return true;
    return false;
}

// A result verb against the plan ("đạt và vượt kế hoạch", "hoàn thành kế hoạch") from word k on,
// before the first figure or colon: what follows tells how targets were met.
bool results_of_plan_follow(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t k) {
    for (; k < words.size(); ++k) {
        if (words[k].kind == Word::Kind::number || is_punct(words[k], ":;")) return false;
        if (!lex.cue_at(words, k, "ratio") && !lex.cue_at(words, k, "exceed")) continue;
        for (std::size_t j = k + 1; j < std::min(words.size(), k + 5); ++j)
            if (lex.cue_at(words, j, "plan_basis")) return true;
    }
    return false;
}

// The same, a count of targets aside ("đề ra 20 chỉ tiêu chủ yếu" gives none of them).
bool figure_other_than_counts(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t from,
                              std::size_t to) {
    for (std::size_t k = from; k < to && k < words.size(); ++k)
        if (words[k].kind == Word::Kind::number && !year_of(words[k]) && !lex.cue_at(words, k + 1, "target_noun"))
            return true;
    return false;
}

bool amount_follows(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t k) {
    for (const char* role : {"more_than", "less_than", "about", "estimate"})
        if (k < words.size()) k += lex.cue_at(words, k, role);
    return k < words.size() && words[k].kind == Word::Kind::number && !year_of(words[k]);
}

// "Sau 3 năm thực hiện Nghị quyết về phát triển du lịch đến năm 2030, ...": the
// horizon belongs to a document's title, and what follows reports on it.
bool names_document_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    for (std::size_t back = 1; back <= 14 && back <= i; ++back) {
        if (lex.cue_at(words, i - back, "document_noun")) return true;
        if (is_punct(words[i - back], ";.:")) break;
    }
    return false;
}

// "cụ thể như sau:", "bao gồm:": a list opener within the three words before a colon.
bool opener_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t colon) {
    for (std::size_t k = colon > 3 ? colon - 3 : 0; k < colon; ++k)
        if (lex.cue_at(words, k, "list_opener")) return true;
    return false;
}

// "Đại hội đã thông qua 33 chỉ tiêu chủ yếu.", "đề ra 3 khâu đột phá và 18 chỉ tiêu
// kinh tế - xã hội.": from word `from` on, the sentence ends naming the targets,
// which the rest of the paragraph lists.
bool ends_naming_targets(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t from) {
    std::size_t end = words.size();
    while (end > from && words[end - 1].kind == Word::Kind::punct && !is_punct(words[end - 1], "-")) --end;
    // The label may go on after the noun ("28 chỉ tiêu chủ yếu về kinh tế - xã hội, quốc phòng - an
    // ninh và môi trường."), with no figure and no result verb in it.
    for (std::size_t k = end; k-- > from && end - k <= 20;) {
        if (lex.cue_at(words, k, "target_noun")) return true;
        if ((words[k].kind == Word::Kind::number && !named_year(lex, words, k).year) ||
            (words[k].kind == Word::Kind::punct && !is_punct(words[k], "-,")) || lex.cue_at(words, k, "ratio") ||
            lex.cue_at(words, k, "exceed"))
            return false;
    }
    return false;
}

// "Năm 2024, tổng sản phẩm trên địa bàn tăng 7,5%; thu ngân sách 5.800 tỷ đồng." in a review of
// 2023: a period written before the sentence's first figure that starts after the year reviewed
// frames the whole sentence as a plan. Returns that period's last year, 0 when no such frame.
// Words of a result ("đã", "năm qua"), a comparison's basis or a document's title make no frame.
// The words before the sentence's first figure (a year, a duration, "5 năm (2026 - 2030)" no figure).
std::size_t lead_end(const std::vector<Word>& words) {
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (words[k].kind != Word::Kind::number || year_of(words[k])) continue;
        const bool duration = k + 1 < words.size() && (words[k + 1].text == "năm" || words[k + 1].text == "tháng");
        if (!duration) return k;
    }
    return words.size();
}

bool tells_a_result(const FigureReader::Impl& lex, const std::vector<Word>& words) {
    for (std::size_t k = 0; k < words.size(); ++k)
        if (lex.cue_at(words, k, "past_marker")) return true;
    return false;
}

int later_lead_year(const FigureReader::Impl& lex, const std::vector<Word>& words, int reference_year) {
    if (!reference_year || tells_a_result(lex, words)) return 0;
    int year = 0;
    const std::size_t end = lead_end(words);
    for (std::size_t k = 0; k < end; ++k) {
        if (year || words[k].kind != Word::Kind::number) continue;
        const NamedYear named = named_year(lex, words, k);
        if (!named.year) continue;
        if (compared_before(lex, words, k)) break;
        // "Thực hiện Nghị quyết ... năm 2025" names a document; "HĐND quyết định tổng thu ngân sách năm
        // 2025 là ..." adopts the figures.
        if (names_document_before(lex, words, k - 1) && !adopted_before(lex, words, k)) break;
        if (named.first <= reference_year) break;
        year = named.year;
    }
    if (!year) return 0;
    return figure_between(words, 0, words.size()) ? year : 0;
}

// "Nhiệm vụ 6 tháng cuối năm: giải ngân 100% vốn ..." in a review of the first half, "Tháng 8, tập
// trung ..." in a review of July: a period written before the first figure that starts after the one
// reviewed ends. Returns its last year, 0 when none; not a comparison's basis, not in a sentence of results.
int later_lead_period(const FigureReader::Impl& lex, std::string_view text, Span sentence,
                      const std::vector<Word>& words, const model::Date& reviewed_end) {
    const std::size_t end = lead_end(words);
    if (end >= words.size() || tells_a_result(lex, words)) return 0;
    const std::size_t to = words[end].begin;
    const auto window = text.substr(sentence.begin, to - sentence.begin);
    for (const auto& mention : text::find_periods(window, reviewed_end.year)) {
        if (mention.period.start.iso() <= reviewed_end.iso()) continue;
        std::size_t k = 0;
        while (k < end && words[k].begin < sentence.begin + mention.span.begin) ++k;
        if (compared_before(lex, words, k)) continue;
        if (k > 0 && names_document_before(lex, words, k) && !adopted_before(lex, words, k)) continue;  // a title
        return mention.period.end.year;
    }
    return 0;
}

}  // namespace

std::optional<FigureReader::TargetScope> FigureReader::target_scope(std::string_view text, Span sentence,
                                                                    int reference_year, bool& opens_block,
                                                                    const model::Date* reviewed_end) const {
    opens_block = false;
    if (sentence.empty() || sentence.end > text.size()) return std::nullopt;
    const auto original = text.substr(sentence.begin, sentence.end - sentence.begin);
    const std::string folded = text::fold(original);
    const auto words = split_words(original, folded, sentence.begin);
    const Impl& lex = *impl_;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool after_compare = i > 0 && (lex.cue_ending_at(words, i, "compare"));
        std::size_t len = lex.cue_at(words, i, "target");
        // "các chỉ tiêu chủ yếu ... đều đạt và vượt kế hoạch đề ra: ...": the targets' results.
        if (len && lex.cue_at(words, i, "target_noun") && results_of_plan_follow(lex, words, i + len)) len = 0;
        // "có 14/21 chỉ tiêu chủ yếu đạt", "2 chỉ tiêu cơ bản đạt": a count of targets is a
        // cue only when they are being set ("Đại hội thông qua 33 chỉ tiêu chủ yếu").
        const bool counted = len && i > 0 && words[i - 1].kind == Word::Kind::number && !named_year(lex, words, i - 1).year;
        if (counted && !adopted_before(lex, words, i)) len = 0;
        const bool counts_set = counted && len;
        bool clause_only = false;
        int year = 0;
        bool adopting = false;
        if (!len && (len = lex.cue_at(words, i, "target_adopt")) && (adopting = true) &&
            adoption_refers_back(lex, words, i, len))
            len = 0;
        bool adopted_list = false;
        bool adopted_document = false;
        bool horizon_leads = false;
        if (!len && (len = adopted_list_at(lex, words, i))) adopted_list = true;
        if (!len && (len = lex.cue_at(words, i, "target_clause"))) {
            clause_only = true;
            // "mục tiêu được đưa ra tại Đại hội", "mục tiêu mà Nghị quyết đề ra": named, not set here.
            if (i + len < words.size() && lex.cue_at(words, i + len, "not_target_after")) continue;
            if (amount_follows(lex, words, i + len)) continue;
            // "hoàn thành xuất sắc các mục tiêu, nhiệm vụ": targets met, a result.
            if (relative_adoption(lex, words, i, "ratio") || relative_adoption(lex, words, i, "exceed")) continue;
        }
        if (!len) {
            // "đến năm 2030", "giai đoạn 2026-2030" (not in a document's title), "kế hoạch năm 2024".
            len = lex.cue_at(words, i, "target_horizon");
            if (!len) len = lex.cue_at(words, i, "target_if_future");
            // "thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024": a plan for a
            // later year adopted here sets targets; the title of one carried out reports on it.
            if (len && names_document_before(lex, words, i)) {
                if (!adopted_before(lex, words, i)) continue;
                adopted_document = true;
            }
            if (!len || (i > 0 && words[i - 1].kind == Word::Kind::number)) continue;
            // "bằng 105% kế hoạch năm 2025", "vượt kế hoạch năm 2025": the basis of a result.
            if (i > 0 && (is_punct(words[i - 1], "%") || lex.cue_ending_at(words, i, "ratio") ||
                          lex.cue_ending_at(words, i, "exceed")))
                continue;
            // "kế hoạch năm 2024", "chỉ tiêu thu ngân sách năm 2024", "giai đoạn 2026-2030":
            // a later year (a span that starts no earlier than the meeting's) within a few words.
            for (std::size_t k = i + len; k < std::min(words.size(), i + len + 10); ++k) {
                // "chỉ tiêu kinh tế - xã hội năm 2024": a dash joins the words of the label.
                if (words[k].kind == Word::Kind::punct && !is_punct(words[k], "-")) break;
                if (const NamedYear named = named_year(lex, words, k); named.year) {
                    if (compared_before(lex, words, k)) break;
                    if (named.first == named.year || named.first >= reference_year) year = named.year;
                    break;
                }
            }
            if (!year || !reference_year || year <= reference_year) continue;
            horizon_leads = i == 0;
        }
        if (after_compare || (i > 0 && lex.cue_ending_at(words, i, "not_target_before"))) continue;
        TargetScope scope;
        scope.leads = horizon_leads;
        scope.begin = words[counts_set ? i - 1 : i].begin;  // the count of targets set is no result either
        // A year right after the cue names the target year ("chỉ tiêu chủ yếu năm 2022"),
        // so does a period a few words on ("mục tiêu phấn đấu trong nhiệm kỳ 2025-2030").
        for (std::size_t k = i + len; k < std::min(words.size(), i + len + 3); ++k)
            if (int y = year_of(words[k]); y) year = y;
        for (std::size_t k = i + len; k < std::min(words.size(), i + len + 8); ++k) {
            if (words[k].kind == Word::Kind::punct && !is_punct(words[k], "-")) break;
            const NamedYear named = named_year(lex, words, k);
            if (named.year && !compared_before(lex, words, k)) {
                if (named.first == named.year || named.first >= reference_year) year = named.year;
                break;
            }
        }
        scope.year = year;
        // "Các chỉ tiêu kinh tế - xã hội năm 2024" alone, or "Chỉ tiêu chủ yếu năm 2025:" at the
        // end of its sentence: a heading, whose items may follow line by line.
        if (year) {
            std::size_t last = words.size();
            while (last > i + len && words[last - 1].kind == Word::Kind::punct && !is_punct(words[last - 1], ":")) --last;
            const bool colon_ends = last > i + len && is_punct(words[last - 1], ":");
            if (colon_ends) --last;
            const bool year_ends = last > i + len && year_of(words[last - 1]) == year;
            // "Kết quả thực hiện các chỉ tiêu năm 2023:" heads results, and a past year none.
            bool reports = false;
            for (std::size_t k = 0; k < i; ++k)
                if (lex.cue_at(words, k, "report_word") || lex.cue_at(words, k, "past_marker")) reports = true;
            if ((year_ends || (colon_ends && last <= i + len + 10)) && !reports &&
                (!reference_year || year >= reference_year)) {
                scope.heading = colon_ends ? 2 : 1;
                opens_block = true;
            }
        }
        // "đề ra 22 tiêu chí, đến nay đã có 20/22 tiêu chí đạt": what follows is a result.
        std::size_t scope_end = words.size();
        for (std::size_t k = i + len; k < words.size(); ++k)
            if (lex.cue_at(words, k, "target_end")) {
                scope_end = k;
                scope.end = words[k].begin;
                break;
            }
        // "chỉ tiêu chủ yếu:", or a colon after "cụ thể (như sau)", "gồm" further on: a list follows.
        for (std::size_t k = i + len; k < scope_end && !opens_block; ++k)
            if (is_punct(words[k], ":") && (k < i + len + 8 || opener_before(lex, words, k))) opens_block = true;
        // "Đại hội đã thông qua 33 chỉ tiêu chủ yếu.", "thông qua nghị quyết với một số chỉ
        // tiêu như ...": the list goes on in the paragraph.
        if (adopted_list && scope_end == words.size()) opens_block = true;
        if (!opens_block && !clause_only && (adopting || adopted_before(lex, words, i)) &&
            ends_naming_targets(lex, words, i))
            opens_block = true;
        if (adopted_document && scope_end == words.size() && !figure_between(words, i + len, scope_end))
            opens_block = true;
        // "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023:" announces results.
        bool told_as_result = false;
        for (std::size_t k = 0; k < i && !told_as_result; ++k)
            told_as_result = lex.cue_at(words, k, "report_word") ||
                             (lex.cue_at(words, k, "past_marker") && words[k].text != "đã");  // "đã thông qua" adopts
        scope.announces = opens_block && !told_as_result && !figure_other_than_counts(lex, words, i + len, scope_end);
        std::size_t clause_end = scope_end;
        if (clause_only && !opens_block) {
            for (std::size_t k = i + len; k < scope_end; ++k)
                if (is_punct(words[k], ";")) {
                    clause_end = k;
                    scope.end = words[k].begin;
                    break;
                }
            // "thông qua ... mục tiêu, nhiệm vụ, giải pháp 2025-2030; thống nhất 29 chỉ tiêu
            // chủ yếu, trong đó: ...": a clause that names goals with no figure in it leaves
            // the rest of the sentence to the cues after it.
            if (clause_end < words.size() && !figure_between(words, i + len, clause_end)) {
                i = clause_end;
                continue;
            }
            // "Đại hội thông qua Nghị quyết về phương hướng, mục tiêu và nhiệm vụ nhiệm kỳ 2020-2025."
            // then "Cụ thể, tốc độ tăng trưởng ...": goals adopted, given in the sentences after.
            if (clause_end == words.size() && !figure_between(words, i + len, clause_end) &&
                adopted_before(lex, words, i)) {
                opens_block = true;
                scope.announces = true;
            }
        }
        // A goal without a figure: a goal verb, then a year not before the meeting's.
        bool goal_verb = false;
        for (std::size_t k = i + len; k < clause_end; ++k) {
            if (lex.cue_at(words, k, "goal")) goal_verb = true;
            if (int y = year_of(words[k]); y && goal_verb && (!reference_year || y >= reference_year)) {
                scope.goal = true;
                scope.goal_year = y;
            }
        }
        return scope;
    }
    int later = later_lead_year(lex, words, reference_year);
    if (!later && reviewed_end) later = later_lead_period(lex, text, sentence, words, *reviewed_end);
    if (later) {
        TargetScope scope;
        scope.begin = sentence.begin;
        scope.year = later;
        scope.frame = true;
        scope.leads = true;
        return scope;
    }
    return std::nullopt;
}

int FigureReader::year_before(std::string_view text, std::size_t from, std::size_t to, int reference_year) const {
    if (to <= from || to > text.size()) return 0;
    const auto original = text.substr(from, to - from);
    const std::string folded = text::fold(original);
    const auto words = split_words(original, folded, from);
    int year = 0;
    // A year in a closed parenthesis ("(theo chuẩn nghèo giai đoạn 2021 - 2025)") is an aside.
    std::vector<int> before_paren;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (is_punct(words[i], "(")) before_paren.push_back(year);
        if (is_punct(words[i], ")") && !before_paren.empty()) {
            year = before_paren.back();
            before_paren.pop_back();
        }
        // A span begun before the meeting ("Nghị quyết nhiệm kỳ 2020-2025" in a 2023 review) is the
        // term under way, not the year of the target.
        const NamedYear named = named_year(*impl_, words, i);
        if (named.year && !compared_before(*impl_, words, i) &&
            (named.first == named.year || named.first >= reference_year))
            year = named.year;
    }
    return year;
}

FigureReader::ListItem FigureReader::list_item(std::string_view text, Span sentence) const {
    ListItem item;
    if (sentence.empty() || sentence.end > text.size()) return item;
    const auto original = text.substr(sentence.begin, sentence.end - sentence.begin);
    const std::string folded = text::fold(original);
    const auto words = split_words(original, folded, sentence.begin);
    item.opens = !words.empty() && impl_->cue_at(words, 0, "list_item");
    item.continues = !words.empty() && impl_->cue_at(words, 0, "list_continues");
    for (std::size_t i = 0; i < words.size() && !item.past; ++i)
        item.past = impl_->cue_at(words, i, "past_marker") || impl_->cue_at(words, i, "compare") > 1;
    return item;
}

int FigureReader::term_end_year(std::string_view text, int reference_year) const {
    const std::string folded = text::fold(text);
    const auto words = split_words(text, folded, 0);
    NamedYear best;
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (!impl_->cue_ending_at(words, i, "term_word")) continue;
        const NamedYear named = named_year(*impl_, words, i);
        if (named.year <= named.first || named.year <= reference_year) continue;
        if (!best.year || named.first < best.first) best = named;
    }
    return best.year;
}

std::shared_ptr<const FigureReader> shared_reader() {
    static std::mutex mutex;
    static std::shared_ptr<const FigureReader> reader;
    std::lock_guard<std::mutex> lock(mutex);
    if (!reader) reader = std::make_shared<FigureReader>();
    return reader;
}

std::optional<model::Period> meeting_period(const model::Document& doc) {
    if (doc.meetings.empty()) return std::nullopt;
    return doc.meetings.front().period;
}

int reference_year(const model::Document& doc) {
    if (auto p = meeting_period(doc)) return p->end.year;
    if (!doc.meetings.empty() && doc.meetings.front().held_on) return doc.meetings.front().held_on->year;
    if (doc.published_on) return doc.published_on->year;
    return 0;
}

int default_target_year(const model::Document& doc, const FigureReader& reader, std::string* basis) {
    std::string ignored;
    std::string& how = basis ? *basis : ignored;
    const int year = reference_year(doc);
    // A congress sets its targets for the term it opens ("nhiệm kỳ 2025-2030" -> 2030).
    if (!doc.meetings.empty() && doc.meetings.front().kind == "đại hội")
        if (int term_end = reader.term_end_year(doc.text, year)) {
            how = "term_end";
            return term_end;
        }
    if (auto p = meeting_period(doc); p && p->end.month == 12) {
        how = "next_year";
        return p->end.year + 1;
    }
    // No period reviewed: a meeting late in the year sets the next year's plan.
    if (!doc.meetings.empty() && !meeting_period(doc) && doc.meetings.front().held_on &&
        doc.meetings.front().held_on->month >= 10) {
        how = "next_year";
        return doc.meetings.front().held_on->year + 1;
    }
    how = "meeting_year";
    return year;
}

}  // namespace baocao::extract::figures

namespace baocao::extract::figures {

namespace {

// "1. Tăng trưởng ...", "2) ...", "a) ...", "- Thu ngân sách ...", "+ ...", "• ...": an item of a list.
bool starts_as_item(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '-' || c == '+' || c == '*') return true;
    if (text.compare(i, 3, "\u2022") == 0 || text.compare(i, 3, "\u2013") == 0 || text.compare(i, 3, "\u2014") == 0)
        return true;
    std::size_t j = i;
    while (j < text.size() && is_digit(static_cast<unsigned char>(text[j]))) ++j;
    if (j == i && is_ascii_letter(c)) j = i + 1;  // "a)"
    if (j == i || j - i > 2 || j + 1 >= text.size()) return false;
    return (text[j] == ')' || (text[j] == '.' && is_digit(c))) && text[j + 1] == ' ';
}

// "2-2,5%; ngành ...": a line that goes on with a figure; one that opens with a
// capital opens a sentence of its own (lower-case wraps are joined by normalize).
bool starts_with_digit(const model::Document& doc, const model::Sentence& s) {
    const std::string_view text = doc.slice(s.span);
    return !text.empty() && text.front() >= '0' && text.front() <= '9';
}

// A line that ends on a word, no stop: the sentence was cut by a line break.
bool ends_cut_off(const model::Document& doc, const model::Sentence& s) {
    std::string_view text = doc.slice(s.span);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return false;
    for (std::string_view stop : {"\u2026", "\u201D", "\u00BB"})  // "…", closing quotes
        if (text.size() >= stop.size() && text.substr(text.size() - stop.size()) == stop) return false;
    const unsigned char last = static_cast<unsigned char>(text.back());
    return last >= 0x80 || std::isalnum(last);
}

}  // namespace

std::vector<SentenceScope> target_scopes(const model::Document& doc, const FigureReader& reader) {
    std::vector<SentenceScope> scopes(doc.sentences.size());
    const int year = reference_year(doc);
    int block_paragraph = -1;
    int block_year = 0;
    // A heading ("Các chỉ tiêu chủ yếu năm 2024", "Chỉ tiêu năm 2025:") whose items stand one a
    // line: each following paragraph that reads as an item goes on with the list.
    bool list_open = false, list_colon = false;
    // A congress lists its targets paragraph by paragraph ("Về xây dựng Đảng, hằng năm có
    // trên 90% ...", "Về xã hội, ..."): a paragraph that starts like an item of that list,
    // right after a paragraph that ended inside target scope, goes on with it until a
    // sentence reports a result.
    const bool congress = !doc.meetings.empty() && doc.meetings.front().kind == "đại hội";
    int paragraph = -1;
    bool last_in_scope = false, ended_in_scope = false, carrying = false;
    // A line cut off inside target scope ("... tăng từ\n2-2,5%; ...") goes on in the next line.
    std::optional<FigureReader::TargetScope> cut_scope;
    bool cut_opens_block = false;
    const auto reviewed = meeting_period(doc);
    int frame_paragraph = -1, frame_year = 0;
    // A paragraph that ends announcing targets it does not give ("... thông qua 28 chỉ tiêu chủ yếu.").
    std::optional<FigureReader::TargetScope> announced;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const auto& s = doc.sentences[i];
        if (s.furniture) continue;
        if (s.paragraph != paragraph) {
            if (list_open) {
                // Unnumbered lines go on with a list whose heading ends in ':' while each is one
                // sentence with a figure that reports nothing done ("đã", "so với cùng kỳ").
                const auto sentence = doc.text.substr(s.span.begin, s.span.end - s.span.begin);
                const bool one_line = i + 1 >= doc.sentences.size() || doc.sentences[i + 1].paragraph != s.paragraph;
                const bool item = starts_as_item(sentence) ||
                                  (list_colon && one_line && !reader.list_item(doc.text, s.span).past &&
                                   !reader.read_sentence(doc.text, s.span, year).empty());
                if (item) block_paragraph = s.paragraph;
                else list_open = false;
            }
            ended_in_scope = paragraph >= 0 && last_in_scope;
            paragraph = s.paragraph;
            if (announced && reader.list_item(doc.text, s.span).continues) {
                block_paragraph = s.paragraph;
                block_year = announced->year;
            }
            // "Đại hội đề ra 20 chỉ tiêu chủ yếu" then "- Tốc độ tăng trưởng ...": its items, line by line.
            if (announced && !list_open && starts_as_item(doc.text.substr(s.span.begin, s.span.end - s.span.begin))) {
                block_paragraph = s.paragraph;
                block_year = announced->year;
                list_open = true;
                list_colon = false;
            }
            announced.reset();
            carrying = false;
            if (congress && ended_in_scope) {
                const auto item = reader.list_item(doc.text, s.span);
                carrying = item.opens && !item.past;
            }
        }
        last_in_scope = false;
        if (block_paragraph >= 0 && s.paragraph == block_paragraph) {
            FigureReader::TargetScope scope;
            scope.begin = s.span.begin;
            scope.year = block_year;
            scopes[i].scope = scope;
            scopes[i].block = true;
            last_in_scope = true;
            continue;
        }
        block_paragraph = -1;
        if (cut_scope && i > 0 && doc.sentences[i - 1].paragraph != s.paragraph && starts_with_digit(doc, s)) {
            FigureReader::TargetScope scope;
            scope.begin = s.span.begin;
            scope.year = cut_scope->year;
            scopes[i].scope = scope;
            cut_scope = ends_cut_off(doc, s) ? scopes[i].scope : std::nullopt;
            last_in_scope = true;
            // The list the cut line opened ("đề ra các chỉ tiêu, cụ thể như: ... tăng từ\n2-2,5%; ...
            // Lao động được giải quyết việc làm khoảng 4.000 lao động.") goes on in this paragraph.
            if (cut_opens_block) {
                block_paragraph = s.paragraph;
                block_year = scope.year;
            }
            continue;
        }
        cut_scope.reset();
        cut_opens_block = false;
        bool opens_block = false;
        scopes[i].scope = reader.target_scope(doc.text, s.span, year, opens_block, reviewed ? &reviewed->end : nullptr);
        if (opens_block) {
            block_paragraph = s.paragraph;
            block_year = scopes[i].scope->year;
            list_open = scopes[i].scope->heading > 0;
            // "Một số chỉ tiêu chủ yếu đến năm 2030" on a line of its own heads the lines after it
            // as a colon would.
            const bool alone = (i == 0 || doc.sentences[i - 1].paragraph != s.paragraph) &&
                               (i + 1 >= doc.sentences.size() || doc.sentences[i + 1].paragraph != s.paragraph);
            list_colon = scopes[i].scope->heading == 2 || (scopes[i].scope->heading == 1 && alone);
        }
        // "Đến năm 2020, GRDP bình quân đầu người đạt 61 triệu đồng. Tỷ lệ che phủ rừng đạt 45%.":
        // a sentence opening on a later period frames the sentences after it in its paragraph,
        // until one tells a result or names a year of its own that is not later.
        if (scopes[i].scope && scopes[i].scope->leads) {
            frame_paragraph = s.paragraph;
            frame_year = scopes[i].scope->year;
        } else if (!scopes[i].scope && s.paragraph == frame_paragraph) {
            const int own = reader.year_before(doc.text, s.span.begin, s.span.end, year);
            if (reader.list_item(doc.text, s.span).past || (own && own <= year)) {
                frame_paragraph = -1;
            } else {
                FigureReader::TargetScope scope;
                scope.begin = s.span.begin;
                scope.year = own ? own : frame_year;
                scopes[i].scope = scope;
            }
        }
        bool carried = false;
        if (carrying && !scopes[i].scope) {
            carrying = !reader.list_item(doc.text, s.span).past;
            if (carrying) {
                FigureReader::TargetScope scope;
                scope.begin = s.span.begin;
                scopes[i].scope = scope;
                carried = true;
            }
        }
        // A carried paragraph without a figure ("Về công tác cán bộ, ...") hands the list on to none.
        last_in_scope = scopes[i].scope && scopes[i].scope->end >= s.span.end &&
                        (!carried || !reader.read_sentence(doc.text, s.span, year).empty());
        const bool last_of_line = i + 1 >= doc.sentences.size() || doc.sentences[i + 1].paragraph != s.paragraph;
        if (last_of_line && scopes[i].scope && scopes[i].scope->announces) announced = scopes[i].scope;
        if (last_in_scope && last_of_line && ends_cut_off(doc, s)) {
            cut_scope = scopes[i].scope;
            cut_opens_block = opens_block;
        }
    }
    return scopes;
}

}  // namespace baocao::extract::figures
