// A grammar of Vietnamese time expressions over words: at each word the rules
// that can start there are tried, the longest reading is kept and the scan goes
// on after it (no backtracking: linear in the text). Then readings joined by
// "và" are merged or share their year, and the words before each one say whether
// it is planned, a deadline, a total to date or a basis of comparison.
#include <algorithm>
#include <array>
#include <vector>

#include "text/dates.h"
#include "text/normalize.h"
#include "text/time_context.h"
#include "text/time_words.h"

namespace baocao::text {
namespace {

using model::Date;
using model::Period;
using model::Span;

using time_words::FoldedText;
using time_words::folded_text;
using time_words::general_punctuation_at;
using time_words::is_word_byte;
using time_words::Word;

int days_in_month(int year, int month) {
    static const std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[static_cast<std::size_t>(month - 1)];
}

Date add_days(Date d, int n) {
    d.day += n;
    while (d.day < 1) {
        if (--d.month < 1) { d.month = 12; --d.year; }
        d.day += days_in_month(d.year, d.month);
    }
    while (d.day > days_in_month(d.year, d.month)) {
        d.day -= days_in_month(d.year, d.month);
        if (++d.month > 12) { d.month = 1; ++d.year; }
    }
    return d;
}

bool before(const Date& a, const Date& b) {
    return a.year != b.year ? a.year < b.year : a.month != b.month ? a.month < b.month : a.day < b.day;
}

Period make_period(const Date& start, const Date& end) { return Period{start, end, period_label(start, end)}; }
Period months(int year, int first, int last) {
    return make_period(Date{year, first, 1}, Date{year, last, days_in_month(year, last)});
}

// ---------------------------------------------------------------- the reader

// One reading: the words [first, last) and what they mean.
struct Reading {
    std::size_t first = 0, last = 0;
    TimeMention mention;
    int month_shift_basis = 0;  // for an inferred year: the last month the words name (0 = no shift)
    int named_year = 0;         // "cùng kỳ năm 2022": the year named, until the range is known
    int day = 0, month = 0;     // a day as written ("31/4" stays 31)
    std::string time_of_day;    // "sáng", "chiều", "tối", "trưa" or ""
};

class Grammar {
public:
    // extended: also the words only the reference date (or a nearby period) makes
    // definite, and the newer constructions find_times reads; without it the grammar
    // reads what find_days and find_periods always have.
    Grammar(const FoldedText& text, const Date& reference, bool extended)
        : folded_(text.folded), words_(text.words), ref_(reference), extended_(extended) {}

    std::vector<Reading> read() const {
        std::vector<Reading> out;
        std::size_t i = 0;
        while (i < words_.size()) {
            std::optional<Reading> best;
            // Only the rules that can start at this word, in the order of kRules (the first
            // of the longest wins, as if all had been tried).
            for (RuleSet rules = rules_starting_at(i); rules; rules &= rules - 1) {
                auto r = (this->*kRules[static_cast<std::size_t>(__builtin_ctz(rules))])(i);
                if (r && r->last > i && (!best || r->last > best->last)) best = r;
            }
            // "(20 - 21/2)" opens with its bracket, whatever it is written against.
            if (best && (is(best->first, "(") || stands_alone(*best))) {
                out.push_back(*best);
                i = best->last;
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    using Rule = std::optional<Reading> (Grammar::*)(std::size_t) const;
    static const std::array<Rule, 15> kRules;
    using RuleSet = unsigned;  // bit k: kRules[k]
    // The first words of the rules by their first byte (a handful each: cheaper than hashing).
    using FirstWords = std::array<std::vector<std::pair<std::string_view, RuleSet>>, 256>;
    static const FirstWords kRulesByFirstWord;
    static const RuleSet kRulesAtNumber;

    // Every rule returns nothing unless its first word is one it names (or a number):
    // most words start none, and the grammar runs over whole texts.
    RuleSet rules_starting_at(std::size_t i) const {
        const std::string_view w = words_[i].text;
        RuleSet rules = words_[i].number ? kRulesAtNumber : 0;
        if (w.empty()) return rules;
        for (const auto& [word, starting] : kRulesByFirstWord[static_cast<unsigned char>(w[0])])
            if (word == w) rules |= starting;
        return rules;
    }

    std::string_view folded_;
    const std::vector<Word>& words_;
    Date ref_;
    bool extended_;

    // ------------------------------------------------ word tests

    bool is(std::size_t i, std::string_view w) const { return i < words_.size() && words_[i].text == w; }
    bool any(std::size_t i, std::initializer_list<std::string_view> ws) const {
        for (auto w : ws)
            if (is(i, w)) return true;
        return false;
    }
    // The words of `phrase` (space-separated) from i on; the index after them, or 0.
    std::size_t seq(std::size_t i, std::string_view phrase) const {
        std::size_t from = 0;
        while (from < phrase.size()) {
            std::size_t space = std::min(phrase.find(' ', from), phrase.size());
            if (!is(i, phrase.substr(from, space - from))) return 0;
            ++i;
            from = space + 1;
        }
        return i;
    }
    bool number(std::size_t i) const { return i < words_.size() && words_[i].number; }
    int value(std::size_t i) const {
        const auto t = words_[i].text;
        return t.size() > 4 ? -1 : std::stoi(std::string(t));
    }
    // "xii", "iv": a term's number (folded to lower case).
    bool roman_at(std::size_t i) const {
        if (i >= words_.size() || words_[i].text.empty() || words_[i].text.size() > 6) return false;
        return words_[i].text.find_first_not_of("ivxl") == std::string_view::npos;
    }
    bool year_at(std::size_t i) const {
        if (!number(i) || words_[i].text.size() != 4) return false;
        const int y = value(i);
        return y >= 1900 && y < 2100;
    }
    bool separator(std::size_t i) const { return any(i, {"/", ".", "-"}); }
    bool adjacent(std::size_t a, std::size_t b) const { return words_[a].end == words_[b].begin; }
    bool time_of_day(std::size_t i) const { return any(i, {"sáng", "chiều", "tối", "trưa"}); }

    // A reading may not start or end inside a word ("tháng 5" in "5tháng5" is not one).
    bool stands_alone(const Reading& r) const {
        const std::size_t b = words_[r.first].begin, e = words_[r.last - 1].end;
        if (b > 0 && is_word_byte(static_cast<unsigned char>(folded_[b - 1])) &&
            !(b >= 3 && general_punctuation_at(folded_, b - 3)))
            return false;
        return !(e < folded_.size() && is_word_byte(static_cast<unsigned char>(folded_[e])) &&
                 !general_punctuation_at(folded_, e));
    }

    Reading reading(std::size_t first, std::size_t last, TimeKind kind, std::optional<Period> period) const {
        Reading r;
        r.first = first;
        r.last = last;
        r.mention.kind = kind;
        r.mention.period = std::move(period);
        r.mention.span = Span{words_[first].begin, words_[last - 1].end};
        return r;
    }

    // A written year after a period's words: "/2022", "-2022", "năm 2022", "2022"; the index after it.
    std::size_t year_suffix(std::size_t i, int& year) const {
        if (any(i, {"/", "-"}) && year_at(i + 1)) { year = value(i + 1); return i + 2; }
        if (is(i, "năm") && year_at(i + 1)) { year = value(i + 1); return i + 2; }
        if (year_at(i)) { year = value(i); return i + 1; }
        return 0;
    }

    // The reference year for words without one; marks the reading and lets the
    // reviewed-period shift ("tháng 12" read in January) apply to `last_month`.
    int infer(Reading& r, int last_month) const {
        r.mention.year_inferred = true;
        r.month_shift_basis = last_month;
        return ref_.year;
    }

    // "6", "06", "sáu", "mười một": how many months; the index after the number, or 0.
    std::size_t month_count(std::size_t i, int& n, bool& spelled) const {
        spelled = false;
        if (number(i) && words_[i].text.size() <= 2) { n = value(i); return i + 1; }
        static const std::array<std::pair<std::string_view, int>, 10> words{{{"hai", 2}, {"ba", 3}, {"bốn", 4},
            {"năm", 5}, {"sáu", 6}, {"bảy", 7}, {"tám", 8}, {"chín", 9}, {"mười", 10}, {"nửa", 6}}};
        for (const auto& [w, v] : words)
            if (is(i, w)) {
                spelled = true;
                n = v;
                if (w == "mười" && is(i + 1, "một")) { n = 11; return i + 2; }
                return i + 1;
            }
        return 0;
    }

    // ------------------------------------------------ days

    // "6/1", "22-6", "17.12", "12/7/2023" from i: day, month, year (0 when not written).
    std::size_t day_month(std::size_t i, int& d, int& m, int& y) const {
        if (!number(i) || words_[i].text.size() > 2 || !separator(i + 1) || !number(i + 2) ||
            words_[i + 2].text.size() > 2)
            return 0;
        d = value(i);
        m = value(i + 2);
        y = 0;
        if (d < 1 || d > 31 || m < 1 || m > 12) return 0;
        if (separator(i + 3) && year_at(i + 4)) { y = value(i + 4); return i + 5; }
        return i + 3;
    }

    // "16 tháng 8", "16 tháng 8 năm 2020": the last day of a list, its month in words.
    std::size_t spelled_day_month(std::size_t i, int& d, int& m, int& y) const {
        if (!number(i) || words_[i].text.size() > 2 || !is(i + 1, "tháng") || !number(i + 2) || words_[i + 2].text.size() > 2)
            return 0;
        d = value(i);
        m = value(i + 2);
        y = 0;
        if (d < 1 || d > 31 || m < 1 || m > 12) return 0;
        if (is(i + 3, "năm") && year_at(i + 4)) { y = value(i + 4); return i + 5; }
        return i + 3;
    }

    Period day_period(Reading& r, int d, int m, int y) const {
        if (y == 0) y = infer(r, 0) - (m > ref_.month + 1 ? 1 : 0);
        const Date date{y, m, std::min(d, days_in_month(y, m))};
        return make_period(date, date);
    }

    // "Sáng 6/1", "chiều ngày 22/6", "ngày 17.12", "sáng nay 9-12", "chiều nay (07/12)", "sáng nay, 31/7",
    // "12/7/2023";
    // extended: "hôm qua (5/8)", and the closing bracket in the span.
    std::optional<Reading> day(std::size_t i) const {
        std::size_t k = i;
        bool lead = true, paren = false;
        std::string tod;
        if (time_of_day(k)) {
            tod = std::string(words_[k++].text);
            bool relative = false;
            if (any(k, {"nay", "qua"})) ++k, relative = true;
            else if (is(k, "hôm") && any(k + 1, {"nay", "qua"})) k += 2, relative = true;
            if (any(k, {",", "("}) && is(k + 1, "ngày")) k += 2;
            else if (relative && is(k, ",")) ++k;  // "Sáng nay, 31/7, ...": the day told after a comma
            else if (is(k, "ngày")) ++k;
            else if (is(k, "(")) { ++k; paren = true; }
        } else if (is(k, "hôm") && any(k + 1, {"nay", "qua"})) {
            k += 2;
            if (is(k, ",")) ++k;
            if (is(k, "(")) { ++k; paren = true; }
        } else if (any(k, {"ngày", "hôm"})) {
            ++k;
        } else {
            lead = false;
        }
        if (lead && any(k, {"mùng", "mồng"})) ++k;  // "ngày mùng 5/8"
        int d, m, y;
        std::size_t end = day_month(k, d, m, y);
        if (!end) return std::nullopt;
        // Bare, only "12/7/2023" written as one word.
        if (!lead && !(y && is(k + 1, "/") && is(k + 3, "/") && adjacent(k, k + 1) && adjacent(k + 2, k + 3) &&
                       adjacent(k + 3, k + 4)))
            return std::nullopt;
        if (extended_ && paren && is(end, ")")) ++end;
        Reading r = reading(i, end, TimeKind::day, std::nullopt);
        r.mention.period = day_period(r, d, m, y);
        r.day = d;
        r.month = m;
        r.time_of_day = tod;
        return r;
    }

    // "ngày 6 và 7/8", "ngày 26 - 28/6/2017", "(20 - 21/2)", "từ 2 - 4/10/2025", "(13/7-14/7)",
    // "ngày 18, 19 và 20/8/2010", "ngày 14, 15/8":
    // a meeting of several days.
    std::optional<Reading> days(std::size_t i) const {
        std::size_t k = i;
        std::string tod;
        if (any(k, {"sáng", "chiều"})) tod = std::string(words_[k++].text);
        // "từ 2 - 4/10": "từ" right before the first day opens the span too ("Từ ngày ..." starts at "ngày").
        const bool from = is(k, "từ") && number(k + 1);
        const bool paren = is(k, "(");
        if (!paren && !is(k, "ngày") && !from) return std::nullopt;
        ++k;
        if (!paren && !from && is(k, ",") && number(k + 1)) ++k;  // "Trong 2 ngày, 12 đến 13/12/2019"
        if (any(k, {"mùng", "mồng"})) ++k;  // "ngày mùng 11 và 12/8"
        // "13/7-14/7": the first day written with its month.
        const bool first_with_month = number(k) && is(k + 1, "/") && number(k + 2) && is(k + 3, "-");
        // "ngày 18, 19 và 20/8/2010": days listed with commas before the last two.
        std::size_t listed = k;
        while (!first_with_month && number(listed) && is(listed + 1, ",") && number(listed + 2) &&
               value(listed + 2) == value(listed) + 1)
            listed += 2;
        // "ngày 14, 15/8", "Trong 2 ngày 20, 21-3-2020": the last day listed after a comma alone.
        const bool joined = any(listed + 1, {"và", "-", "đến", "&"});
        if (!number(k) || (!first_with_month && !joined && listed == k)) return std::nullopt;
        const int first = value(k);
        std::size_t second = first_with_month ? k + 4 : joined ? listed + 2 : listed;
        // "từ ngày 4 đến ngày 6/12/2018": the noun written again before the last day.
        const bool noun_again = joined && is(second, "ngày") && number(second + 1);
        if (noun_again) ++second;
        int d, m, y;
        std::size_t end = day_month(second, d, m, y);
        // "20, 21-3-2020": the dash after the last day listed opens its month.
        if (!end && !first_with_month && listed > k) end = day_month(second = listed, d, m, y);
        // "Trong 3 ngày 14, 15, 16 tháng 8 năm 2020", "ngày 14 và 15 tháng 8".
        if (!end && !first_with_month) {
            second = joined ? listed + 2 + (noun_again ? 1 : 0) : listed;
            end = spelled_day_month(second, d, m, y);
        }
        if (!end || d <= first || d - first > 7) return std::nullopt;
        if (first_with_month && value(k + 2) != m) return std::nullopt;
        if (extended_ && paren && is(end, ")")) ++end;
        Reading r = reading(i, end, TimeKind::days, std::nullopt);
        const Period last = day_period(r, d, m, y);
        r.mention.period = make_period(Date{last.end.year, m, first}, last.end);
        r.day = first;
        r.month = m;
        r.time_of_day = tod;
        return r;
    }

    // "ngày 5 tháng 7 năm 2023", "sáng ngày 5 tháng 7".
    std::optional<Reading> spelled_day(std::size_t i) const {
        std::size_t k = time_of_day(i) ? i + 1 : i;
        if (!is(k, "ngày") || !number(k + 1) || !is(k + 2, "tháng") || !number(k + 3)) return std::nullopt;
        if (words_[k + 1].text.size() > 2 || words_[k + 3].text.size() > 2) return std::nullopt;
        const int d = value(k + 1), m = value(k + 3);
        if (d < 1 || d > 31 || m < 1 || m > 12) return std::nullopt;
        std::size_t end = k + 4;
        int y = 0;
        if (is(end, "năm") && year_at(end + 1)) { y = value(end + 1); end += 2; }
        Reading r = reading(i, end, TimeKind::day, std::nullopt);
        r.mention.period = day_period(r, d, m, y);
        r.day = d;
        r.month = m;
        if (k > i) r.time_of_day = std::string(words_[i].text);
        return r;
    }

    // "chiều nay", "hôm qua", "ngày mai", "sáng mai": the reference day or its neighbours.
    std::optional<Reading> relative_day(std::size_t i) const {
        if (!extended_ || (!time_of_day(i) && !any(i, {"hôm", "ngày"}))) return std::nullopt;
        const int offset = is(i + 1, "nay") ? 0 : is(i + 1, "qua") ? -1 : is(i + 1, "mai") ? 1 : 99;
        if (offset == 99 || (is(i, "ngày") && offset != 1) || (is(i, "hôm") && offset == 1)) return std::nullopt;
        Reading r = reading(i, i + 2, TimeKind::day, std::nullopt);
        const Date d = add_days(ref_, offset);
        r.mention.period = make_period(d, d);
        r.mention.relative = true;
        r.mention.forward_looking = offset > 0;
        return r;
    }

    // ------------------------------------------------ parts of the year

    // "6 tháng đầu năm 2023", "9 tháng", "7 tháng năm 2024", "sáu tháng đầu năm", "nửa đầu năm";
    // "6 tháng cuối năm", "những tháng cuối năm", "nửa cuối năm", "9 tháng còn lại năm 2021".
    std::optional<Reading> months_of_year(std::size_t i) const {
        int n = 6;
        bool spelled = false;
        std::size_t k = any(i, {"những", "các"}) ? i + 1 : month_count(i, n, spelled);
        const bool some = any(i, {"những", "các"});
        if (!k) return std::nullopt;
        const bool half = is(i, "nửa");
        if (!half && !is(k++, "tháng")) return std::nullopt;
        if (number(k)) return std::nullopt;  // "6 tháng 7": a day
        const bool first = is(k, "đầu") && is(k + 1, "năm");
        // "9 tháng còn lại (của) năm 2021": the months after the first quarter, like "9 tháng cuối năm".
        const bool remaining = !half && !some && is(k, "còn") && is(k + 1, "lại");
        const bool last = remaining || ((is(k, "cuối") || (half && is(k, "sau"))) && is(k + 1, "năm"));
        if (first || last) k += 2;
        if (remaining && is(k, "của")) ++k;
        int year = 0;
        const std::size_t after = year_suffix(k, year);
        if (remaining && !after && is(k, "năm")) ++k;  // "... còn lại của năm": the year inferred
        if (n < 1 || n > 11 || (some && !last) || ((spelled || half) && !first && !last)) return std::nullopt;
        // ("nửa đầu năm 2017", "sáu tháng cuối năm 2023" are parts of the year for every reader.)
        if (!extended_ && is(i, "các")) return std::nullopt;
        // "trong 2 tháng" is a duration; "6 tháng", "9 tháng" and, in an article of August,
        // "7 tháng" are the months of the year so far.
        // "lũy kế 7 tháng", "tính chung 7 tháng": summed up, so the months of the year so far.
        const bool summed = i >= 2 && ((is(i - 2, "lũy") && is(i - 1, "kế")) || (is(i - 2, "tính") && is(i - 1, "chung")));
        if (!first && !last && !after && n != 6 && n != 9 && !summed && !(extended_ && months_so_far(i, n)))
            return std::nullopt;
        Reading r = reading(i, after ? after : k, last ? TimeKind::rest_of_year : TimeKind::year_to_date, std::nullopt);
        if (!after) year = infer(r, last ? 0 : n);
        r.mention.period = last ? months(year, 13 - n, 12) : months(year, 1, n);
        r.mention.forward_looking = last;
        return r;
    }

    // Whether a bare "N tháng" at i counts the months of the year up to the article:
    // N is the reference month or the one before, and no word before makes it a length
    // of time ("sau 7 tháng thi công", "hơn 7 tháng").
    bool months_so_far(std::size_t i, int n) const {
        if (n < 2 || (n != ref_.month && n != ref_.month - 1)) return false;
        return !(i > 0 && any(i - 1, {"sau", "vòng", "mất", "hơn", "gần", "khoảng", "hạn", "dài", "được", "thêm",
                                      "còn", "trước", "mỗi", "những", "các", "có"}));
    }

    // "các tháng còn lại của năm 2022": from the month after the reference to December.
    std::optional<Reading> rest_of_year(std::size_t i) const {
        if (!extended_) return std::nullopt;
        std::size_t k = seq(i, "các tháng còn lại");
        if (!k) k = seq(i, "những tháng còn lại");
        if (!k) return std::nullopt;
        if (is(k, "của")) ++k;
        int year = ref_.year;
        std::size_t end = year_suffix(k, year);
        if (!end && is(k, "năm")) end = k + 1;
        if (!end || year != ref_.year || ref_.month == 12) return std::nullopt;
        Reading r = reading(i, end, TimeKind::rest_of_year, months(year, ref_.month + 1, 12));
        r.mention.relative = r.mention.forward_looking = true;
        return r;
    }

    // "từ đầu năm (đến nay)", "đầu năm đến nay": January 1 to the reference day.
    std::optional<Reading> year_so_far(std::size_t i) const {
        if (!extended_) return std::nullopt;
        std::size_t k = is(i, "từ") ? i + 1 : i;
        std::size_t end = seq(k, "đầu năm");
        if (!end) return std::nullopt;
        if (std::size_t until = seq(end, "đến nay")) end = until;
        else if (std::size_t until2 = seq(end, "tới nay")) end = until2;
        else if (k == i) return std::nullopt;
        Reading r = reading(i, end, TimeKind::year_to_date, make_period(Date{ref_.year, 1, 1}, ref_));
        r.mention.relative = true;
        return r;
    }

    // "quý I/2022", "quý I-2022", "quý II năm 2023", "quý 1", "quý đầu năm", "quý cuối năm", "quý tới";
    // also spelt "quí".
    std::optional<Reading> quarter(std::size_t i) const {
        if (!is(i, "quý") && !is(i, "quí")) return std::nullopt;
        std::size_t k = i + 1;
        int q = 0;
        if (k < words_.size()) {
            const auto t = words_[k].text;
            if (t == "i") q = 1; else if (t == "ii") q = 2; else if (t == "iii") q = 3; else if (t == "iv") q = 4;
            else if (t.size() == 1 && t[0] >= '1' && t[0] <= '4') q = t[0] - '0';
        }
        if (q) ++k;
        else if (!extended_) return std::nullopt;
        else if (std::size_t e = seq(k, "đầu năm")) { q = 1; k = e; }
        else if (std::size_t e2 = seq(k, "cuối năm")) { q = 4; k = e2; }
        else if (any(k, {"tới", "sau", "trước"})) {
            int index = (ref_.month - 1) / 3 + (is(k, "trước") ? -1 : 1), year = ref_.year;
            if (index < 0) { index = 3; --year; }
            if (index > 3) { index = 0; ++year; }
            Reading r = reading(i, k + 1, TimeKind::quarter, months(year, 3 * index + 1, 3 * index + 3));
            r.mention.relative = true;
            r.mention.forward_looking = !is(k, "trước");
            return r;
        } else {
            return std::nullopt;
        }
        int year = 0;
        std::size_t after = year_suffix(k, year);
        if (after && year_at(k)) after = 0;  // "quý I 2022" is not how a quarter's year is written
        Reading r = reading(i, after ? after : k, TimeKind::quarter, std::nullopt);
        if (!after) year = infer(r, 3 * q);
        r.mention.period = months(year, 3 * q - 2, 3 * q);
        return r;
    }

    // "tháng 11/2020", "tháng 11 năm 2020", "tháng 4-2024", "tháng 5"; "tháng này", "tháng tới", "tháng trước".
    std::optional<Reading> month(std::size_t i) const {
        if (!is(i, "tháng")) return std::nullopt;
        // "tháng tới" is the next month; "2 tháng tới" a duration.
        if (extended_ && any(i + 1, {"này", "nay", "tới", "sau", "trước"}) && !(i > 0 && number(i - 1))) {
            int m = ref_.month + (any(i + 1, {"tới", "sau"}) ? 1 : is(i + 1, "trước") ? -1 : 0), year = ref_.year;
            if (m < 1) { m = 12; --year; }
            if (m > 12) { m = 1; ++year; }
            Reading r = reading(i, i + 2, TimeKind::month, months(year, m, m));
            r.mention.relative = true;
            r.mention.forward_looking = any(i + 1, {"tới", "sau"});
            return r;
        }
        if (!number(i + 1) || words_[i + 1].text.size() > 2) return std::nullopt;
        if (is(i + 2, "tháng")) return std::nullopt;  // "tháng 6 tháng đầu năm": the 6 counts months
        const int m = value(i + 1);
        if (m < 1 || m > 12) return std::nullopt;
        int year = 0;
        std::size_t after = year_suffix(i + 2, year);
        if (after && year_at(i + 2)) after = 0;
        Reading r = reading(i, after ? after : i + 2, TimeKind::month, std::nullopt);
        if (!after) year = infer(r, m);
        r.mention.period = months(year, m, m);
        return r;
    }

    // ------------------------------------------------ years

    // "năm 2021", "cả năm 2022", "tổng kết (công tác) năm"; "năm nay", "năm tới", "năm trước", "năm qua".
    std::optional<Reading> year(std::size_t i) const {
        std::size_t k = is(i, "cả") ? i + 1 : i;
        if (std::size_t e = seq(k, "tổng kết")) {
            if (is(e, "công") && is(e + 1, "tác")) e += 2;
            if (!is(e, "năm") || year_at(e + 1) || is(e + 1, "học")) return std::nullopt;  // "năm học": a school year
            Reading r = reading(i, e + 1, TimeKind::year, std::nullopt);
            const int y = infer(r, 12);
            r.mention.period = months(y, 1, 12);
            return r;
        }
        if (!is(k, "năm")) return std::nullopt;
        if (year_at(k + 1)) {
            const int y = value(k + 1);
            // "vụ đông xuân năm 2019 - 2020", "năm 2016 - 2020": the years from one to the other,
            // not the first alone.
            if (is(k + 2, "-") && year_at(k + 3) && value(k + 3) > y && value(k + 3) - y <= 10)
                return reading(i, k + 4, TimeKind::span, make_period(Date{y, 1, 1}, Date{value(k + 3), 12, 31}));
            return reading(i, k + 2, TimeKind::year, months(y, 1, 12));
        }
        if (!extended_ || (k > 0 && number(k - 1))) return std::nullopt;  // "5 năm qua", "3 năm tới": durations
        int y = 0;
        std::size_t end = k + 2;
        bool ahead = false;
        if (is(k + 1, "nay")) y = ref_.year;
        else if (any(k + 1, {"tới", "sau"})) { y = ref_.year + 1; ahead = true; }
        else if (any(k + 1, {"trước", "ngoái"})) y = ref_.year - 1;
        else if (is(k + 1, "qua") || (is(k + 1, "vừa") && is(k + 2, "qua"))) {
            // Said in a year-end review: the year ending; said early in a year: the one before.
            y = ref_.month >= 7 ? ref_.year : ref_.year - 1;
            if (is(k + 1, "vừa")) end = k + 3;
        } else {
            return std::nullopt;
        }
        Reading r = reading(i, end, TimeKind::year, months(y, 1, 12));
        r.mention.relative = true;
        r.mention.forward_looking = ahead;
        return r;
    }

    // "cuối năm 2025", "cuối năm nay", "cuối năm": the year's last day.
    std::optional<Reading> year_end(std::size_t i) const {
        if (!extended_) return std::nullopt;
        std::size_t k = seq(i, "cuối năm");
        if (!k) return std::nullopt;
        Reading r = reading(i, k, TimeKind::year_end, std::nullopt);
        int y = 0;
        if (year_at(k)) { y = value(k); r = reading(i, k + 1, TimeKind::year_end, std::nullopt); }
        else if (is(k, "nay")) { y = ref_.year; r = reading(i, k + 1, TimeKind::year_end, std::nullopt); r.mention.relative = true; }
        else y = infer(r, 0);
        r.mention.period = make_period(Date{y, 12, 31}, Date{y, 12, 31});
        return r;
    }

    // "nhiệm kỳ 2020 - 2025", "giai đoạn 2021–2025", "thời kỳ 2021 - 2030", "nhiệm kỳ 2020-25",
    // "nhiệm kỳ (2021-2026)"; "nhiệm kỳ qua", "nhiệm kỳ tới".
    std::optional<Reading> term(std::size_t i) const {
        std::size_t k = seq(i, "nhiệm kỳ");
        TimeKind kind = TimeKind::term;
        // "Ban Chấp hành ... khóa XII (2020-2025)": the years of a numbered term, in brackets.
        if (!k && is(i, "khóa") && roman_at(i + 1) && is(i + 2, "(") && year_at(i + 3)) k = i + 2;
        if (!k) {
            k = seq(i, "giai đoạn");
            if (!k && extended_) k = seq(i, "thời kỳ");
            kind = TimeKind::phase;
        }
        if (!k) return std::nullopt;
        if (extended_ && kind == TimeKind::term && (any(k, {"qua", "trước", "tới", "sau"}) || seq(k, "vừa qua"))) {
            const bool ahead = any(k, {"tới", "sau"});
            Reading r = reading(i, is(k, "vừa") ? k + 2 : k + 1, kind, std::nullopt);
            r.mention.relative = true;
            r.mention.forward_looking = ahead;
            return r;
        }
        // "giữa nhiệm kỳ (2021-2026)": the years in brackets.
        const bool bracketed = is(k, "(") && year_at(k + 1);
        if (bracketed) ++k;
        if (!year_at(k) || !is(k + 1, "-") || !number(k + 2)) return std::nullopt;
        const int from = value(k), to_written = value(k + 2);
        const int to = words_[k + 2].text.size() == 2 ? 2000 + to_written : to_written;
        if ((words_[k + 2].text.size() != 2 && !year_at(k + 2)) || to <= from || to - from > 10) return std::nullopt;
        const std::size_t end = bracketed && is(k + 3, ")") ? k + 4 : k + 3;
        return reading(i, end, kind, make_period(Date{from, 1, 1}, Date{to, 12, 31}));
    }

    // "từ năm 2021 đến năm 2025", "từ năm 2020 đến nay".
    std::optional<Reading> span(std::size_t i) const {
        if (!extended_) return std::nullopt;
        if (!is(i, "từ") || !is(i + 1, "năm") || !year_at(i + 2) || !any(i + 3, {"đến", "tới"})) return std::nullopt;
        const int from = value(i + 2);
        if (is(i + 4, "nay")) {
            Reading r = reading(i, i + 5, TimeKind::span, make_period(Date{from, 1, 1}, ref_));
            r.mention.relative = true;
            return r;
        }
        std::size_t k = is(i + 4, "năm") ? i + 5 : i + 4;
        if (!year_at(k) || value(k) <= from) return std::nullopt;
        return reading(i, k + 1, TimeKind::span, make_period(Date{from, 1, 1}, Date{value(k), 12, 31}));
    }

    // "thời gian tới", "sắp tới", "thời gian qua": no fixed range.
    std::optional<Reading> vague(std::size_t i) const {
        if (!extended_) return std::nullopt;
        const std::size_t k = seq(i, "thời gian");
        std::size_t end = 0;
        bool ahead = true;
        if (k) {
            for (std::string_view tail : {"tới", "sắp tới", "qua", "vừa qua"})
                if (!end && (end = seq(k, tail))) ahead = tail.find("tới") != std::string_view::npos;
        } else {
            end = seq(i, "sắp tới");
        }
        if (!end) return std::nullopt;
        Reading r = reading(i, end, ahead ? TimeKind::future : TimeKind::past, std::nullopt);
        r.mention.relative = true;
        r.mention.forward_looking = ahead;
        return r;
    }

    // "cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm 2022": its range comes from the period compared (later).
    std::optional<Reading> same_period(std::size_t i) const {
        if (!extended_) return std::nullopt;
        std::size_t k = seq(i, "cùng kỳ");
        if (!k) return std::nullopt;
        Reading r = reading(i, k, TimeKind::same_period, std::nullopt);
        r.mention.basis = true;
        r.mention.relative = true;
        if (is(k, "năm") && year_at(k + 1)) {
            r = reading(i, k + 2, TimeKind::same_period, std::nullopt);
            r.mention.basis = true;
            r.named_year = value(k + 1);
        } else if (is(k, "năm") && any(k + 1, {"trước", "ngoái"})) {
            r = reading(i, k + 2, TimeKind::same_period, std::nullopt);
            r.mention.basis = r.mention.relative = true;
        }
        return r;
    }
};

const std::array<Grammar::Rule, 15> Grammar::kRules{
    &Grammar::day, &Grammar::days, &Grammar::spelled_day, &Grammar::relative_day, &Grammar::months_of_year,
    &Grammar::rest_of_year, &Grammar::year_so_far, &Grammar::quarter, &Grammar::month, &Grammar::year,
    &Grammar::year_end, &Grammar::term, &Grammar::span, &Grammar::vague, &Grammar::same_period};

// The words each rule of kRules can start with (bit k: rule k), read off the rules above:
// keep them in step when a rule learns a new first word.
namespace rule_bits {
constexpr unsigned starts_day = 1u << 0, starts_days = 1u << 1, starts_spelled_day = 1u << 2,
                   starts_relative_day = 1u << 3, starts_months_of_year = 1u << 4, starts_rest_of_year = 1u << 5,
                   starts_year_so_far = 1u << 6, starts_quarter = 1u << 7, starts_month = 1u << 8,
                   starts_year = 1u << 9, starts_year_end = 1u << 10, starts_term = 1u << 11,
                   starts_span = 1u << 12, starts_vague = 1u << 13, starts_same_period = 1u << 14;
}  // namespace rule_bits

// "12/7/2023" and "6 tháng" start with their number.
const Grammar::RuleSet Grammar::kRulesAtNumber = rule_bits::starts_day | rule_bits::starts_months_of_year;

const Grammar::FirstWords Grammar::kRulesByFirstWord = [] {
    using namespace rule_bits;
    const unsigned any_day = starts_day | starts_spelled_day | starts_relative_day;  // "tối", "trưa"
    const unsigned spelled_count = starts_months_of_year;                            // "sáu tháng"
    const std::initializer_list<std::pair<std::string_view, unsigned>> starts{
        {"sáng", any_day | starts_days}, {"chiều", any_day | starts_days}, {"tối", any_day}, {"trưa", any_day},
        {"hôm", starts_day | starts_relative_day}, {"ngày", any_day | starts_days}, {"(", starts_days},
        {"từ", starts_days | starts_year_so_far | starts_span},
        {"những", starts_months_of_year | starts_rest_of_year}, {"các", starts_months_of_year | starts_rest_of_year},
        {"hai", spelled_count}, {"ba", spelled_count}, {"bốn", spelled_count}, {"năm", spelled_count | starts_year},
        {"sáu", spelled_count}, {"bảy", spelled_count}, {"tám", spelled_count}, {"chín", spelled_count},
        {"mười", spelled_count}, {"nửa", spelled_count}, {"đầu", starts_year_so_far}, {"quý", starts_quarter},
        {"quí", starts_quarter}, {"tháng", starts_month}, {"cả", starts_year}, {"tổng", starts_year},
        {"cuối", starts_year_end}, {"nhiệm", starts_term}, {"khóa", starts_term}, {"giai", starts_term},
        {"thời", starts_term | starts_vague}, {"sắp", starts_vague}, {"cùng", starts_same_period}};
    FirstWords table;
    for (const auto& [word, rules] : starts) table[static_cast<unsigned char>(word[0])].emplace_back(word, rules);
    return table;
}();

// The same months and days of a one-year period in another year (its last day
// kept inside the month: 29 February of a year without one is the 28th).
Period in_year(const Period& p, int year) {
    return make_period(Date{year, p.start.month, p.start.day},
                       Date{year, p.end.month, std::min(p.end.day, days_in_month(year, p.end.month))});
}

// What lies between two readings, spaces and commas aside: "" or "và" joins them.
std::string between(std::string_view folded, const TimeMention& a, const TimeMention& b) {
    std::string rest;
    for (char c : folded.substr(a.span.end, b.span.begin - a.span.end))
        if (c != ' ' && c != ',' && c != '-') rest.push_back(c);
    return rest;
}

// "tháng 4 và 4 tháng đầu năm", "quý III và 9 tháng", "tháng 3 và quý I": a session reviews
// its month and the span that ends with it; the widest is what it reviews as a whole.
// "quý I và quý II năm 2023": the first takes the year written after the second.
void join_conjoined(std::string_view folded, std::vector<Reading>& rs, bool share_years) {
    for (std::size_t i = 0; i + 1 < rs.size();) {
        TimeMention& a = rs[i].mention;
        TimeMention& b = rs[i + 1].mention;
        if (!a.period || !b.period || between(folded, a, b) != "và") { ++i; continue; }
        const bool part = (a.kind == TimeKind::month || a.kind == TimeKind::quarter) &&
                          (b.kind == TimeKind::year_to_date || (b.kind == TimeKind::quarter && a.kind == TimeKind::month)) &&
                          a.period->end.month == b.period->end.month && a.period->start.month > b.period->start.month &&
                          (a.year_inferred || a.period->end.year == b.period->end.year);
        if (part) {
            b.span.begin = a.span.begin;
            rs[i + 1].first = rs[i].first;
            rs.erase(rs.begin() + static_cast<std::ptrdiff_t>(i));  // the merged one may join the next
            continue;
        }
        if (share_years && a.year_inferred && !b.year_inferred && a.kind == b.kind && !a.relative) {
            a.period = in_year(*a.period, b.period->end.year);
            a.year_inferred = false;
            rs[i].month_shift_basis = 0;
        }
        ++i;
    }
}

// A part of the year written without its year takes `year`, read from a period or a
// comparison beside it.
void take_year(Reading& r, int year) {
    r.mention.period = in_year(*r.mention.period, year);
    r.mention.year_inferred = false;
    r.mention.relative = true;
    r.month_shift_basis = 0;
}

// A part of the year reviewed ("9 tháng", "quý I", "tháng 7") written without its year, which a
// period or comparison beside it may give.
bool takes_year_from_beside(const TimeMention& a) {
    if (!a.period || !a.year_inferred || a.relative || a.forward_looking) return false;
    return a.kind == TimeKind::year_to_date || a.kind == TimeKind::quarter || a.kind == TimeKind::month;
}

// "6 tháng đầu năm; nhiệm vụ ... 6 tháng cuối năm 2016", "9 tháng và ... những tháng còn
// lại của năm 2019": a part of the year reviewed without its year takes the year of the
// rest of that year, planned later in its sentence.
void share_year_with_rest(std::string_view folded, std::vector<Reading>& rs) {
    constexpr std::size_t kReach = 240;  // bytes between the two
    for (std::size_t i = 0; i + 1 < rs.size(); ++i) {
        const TimeMention& a = rs[i].mention;
        if (!takes_year_from_beside(a)) continue;
        const TimeMention& b = rs[i + 1].mention;
        if (!b.period || b.year_inferred || b.span.begin < a.span.end || b.span.begin - a.span.end > kReach) continue;
        if (folded.substr(a.span.end, b.span.begin - a.span.end).find_first_of(".\n") != std::string_view::npos) continue;
        const model::Period& q = *b.period;
        // "7 tháng ..., tăng 5% so với cùng kỳ năm 2021": the year named is the comparison's
        // basis, the months are of the year after it (year_from_basis, in every reading).
        std::string_view gap = folded.substr(a.span.end, b.span.begin - a.span.end);
        while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
        constexpr std::string_view kSamePeriod = "cùng kỳ";
        const bool basis = gap.size() >= kSamePeriod.size() && gap.substr(gap.size() - kSamePeriod.size()) == kSamePeriod;
        if (basis && b.kind == TimeKind::year) {
            take_year(rs[i], q.end.year + 1);
            continue;
        }
        const bool rest = q.start.year == q.end.year && q.end.month == 12 &&
                          (q.start.month == a.period->end.month + 1 || (q.start.month == 1 && b.kind == TimeKind::year));
        if (!rest || !(b.forward_looking || b.kind == TimeKind::rest_of_year || b.kind == TimeKind::year)) continue;
        take_year(rs[i], q.end.year);
    }
}

// "6 tháng đầu năm đạt 7,1% so với cùng kỳ năm 2023": a part of the year written
// without its year, compared in its clause with the same months of a year named,
// is of the year after that one.
void year_from_basis(std::string_view folded, std::vector<Reading>& rs) {
    constexpr std::size_t kReach = 160;  // bytes between the two
    for (std::size_t i = 0; i + 1 < rs.size(); ++i) {
        const TimeMention& a = rs[i].mention;
        if (!takes_year_from_beside(a)) continue;
        const Reading& b = rs[i + 1];
        if (b.mention.kind != TimeKind::same_period || !b.named_year) continue;
        if (b.mention.span.begin < a.span.end || b.mention.span.begin - a.span.end > kReach) continue;
        if (folded.substr(a.span.end, b.mention.span.begin - a.span.end).find_first_of(".;\n") != std::string_view::npos)
            continue;
        take_year(rs[i], b.named_year + 1);
    }
}

// "cùng kỳ năm trước" after "6 tháng đầu năm 2023": the same months a year (or to the year named) back.
void date_same_periods(std::string_view folded, std::vector<Reading>& rs) {
    for (std::size_t i = 0; i < rs.size(); ++i) {
        if (rs[i].mention.kind != TimeKind::same_period) continue;
        const int named_year = rs[i].named_year;
        for (std::size_t j = i; j-- > 0;) {
            const TimeMention& p = rs[j].mention;
            if (folded.substr(p.span.end, rs[i].mention.span.begin - p.span.end).find_first_of(".;\n") !=
                std::string_view::npos)
                break;
            if (!p.period || p.kind == TimeKind::same_period || p.period->start.year != p.period->end.year) continue;
            rs[i].mention.period = in_year(*p.period, named_year ? named_year : p.period->start.year - 1);
            break;
        }
    }
}

// Planned or reviewed, a deadline, a total to date, a basis: read from the words before,
// in text order; a reading joined to the one before by "và" or a comma shares its plan.
// Without `extended`, only planned or reviewed, as find_periods has always read it.
void read_context(std::string_view folded, std::vector<Reading>& rs, bool extended) {
    for (std::size_t i = 0; i < rs.size(); ++i) {
        TimeMention& m = rs[i].mention;
        const std::size_t prev_end = i > 0 ? rs[i - 1].mention.span.end : 0;
        if (m.kind == TimeKind::same_period || m.kind == TimeKind::future || m.kind == TimeKind::past) continue;
        if (extended) {
            if (detail::compared_before(folded, m.span.begin)) { m.basis = true; continue; }
            const auto deadline = detail::deadline_before(folded, m.span.begin, prev_end);
            m.horizon = deadline == detail::Deadline::horizon;
            m.to_date = deadline == detail::Deadline::to_date;
            if (m.horizon) m.forward_looking = true;
        } else {
            // "tính đến hết tháng 11": what is summed up from the year's start (find_periods tells it).
            m.to_date = detail::deadline_before(folded, m.span.begin, prev_end) == detail::Deadline::to_date;
        }
        if (m.forward_looking || m.kind == TimeKind::day || m.kind == TimeKind::days) continue;
        if (i > 0 && prev_end <= m.span.begin) {
            const std::string rest = between(folded, rs[i - 1].mention, m);
            if (rest.empty() || rest == "và") {
                m.forward_looking = rs[i - 1].mention.forward_looking;
                continue;
            }
        }
        m.forward_looking = detail::planned_at(folded, m.span.begin, prev_end);
    }
}

// "Đến cuối năm 2019 có 6 xã đạt chuẩn" read in 2020: a "deadline" already past is
// what had been done by then, planned only if other words plan it.
void settle_past_deadlines(std::string_view folded, const Date& reference, std::vector<Reading>& rs) {
    for (std::size_t i = 0; i < rs.size(); ++i) {
        TimeMention& m = rs[i].mention;
        if (!m.horizon || !m.period || !before(m.period->end, reference)) continue;
        m.horizon = false;
        m.to_date = true;
        const std::size_t prev_end = i > 0 ? rs[i - 1].mention.span.end : 0;
        m.forward_looking = detail::planned_at(folded, m.span.begin, prev_end, false);
    }
}

// A reviewed period whose year was not written, naming months after the reference
// month: "tổng kết năm" or "quý IV" in January looks back on the year before.
void shift_reviewed_years(const Date& reference, std::vector<Reading>& rs) {
    for (auto& r : rs) {
        TimeMention& m = r.mention;
        if (!m.year_inferred || !m.period || m.forward_looking || r.month_shift_basis == 0) continue;
        if (r.month_shift_basis <= reference.month + 1) continue;
        Period& p = *m.period;
        p = make_period(Date{p.start.year - 1, p.start.month, p.start.day},
                        Date{p.end.year - 1, p.end.month, std::min(p.end.day, days_in_month(p.end.year - 1, p.end.month))});
    }
}

}  // namespace

std::string_view kind_name(TimeKind kind) {
    static const std::array<std::string_view, 14> names{"day", "days", "month", "quarter", "year_to_date",
        "rest_of_year", "year", "year_end", "term", "phase", "span", "future", "past", "same_period"};
    return names[static_cast<std::size_t>(kind)];
}

namespace detail {

std::vector<WrittenTime> read_written_times(std::string_view text, std::optional<int> default_year) {
    const auto folded_held = folded_text(text);
    const std::string& folded = folded_held->folded;
    auto readings = Grammar(*folded_held, Date{default_year.value_or(0), 12, 31}, false).read();
    share_year_with_rest(folded, readings);
    year_from_basis(folded, readings);
    // Without a default year a period whose year is not written is no period at all (and
    // its words do not stand between the next one and the words that qualify it).
    if (!default_year)
        readings.erase(std::remove_if(readings.begin(), readings.end(),
                                      [](const Reading& r) {
                                          return r.mention.year_inferred && r.mention.kind != TimeKind::day &&
                                                 r.mention.kind != TimeKind::days;
                                      }),
                       readings.end());
    join_conjoined(folded, readings, false);
    read_context(folded, readings, false);
    std::vector<WrittenTime> out;
    out.reserve(readings.size());
    for (auto& r : readings) out.push_back(WrittenTime{std::move(r.mention), r.day, r.month, std::move(r.time_of_day)});
    return out;
}

}  // namespace detail

std::vector<TimeMention> find_times(std::string_view text, const model::Date& reference) {
    const auto folded_held = folded_text(text);
    const std::string& folded = folded_held->folded;
    auto readings = Grammar(*folded_held, reference, true).read();
    share_year_with_rest(folded, readings);
    year_from_basis(folded, readings);
    join_conjoined(folded, readings, true);
    date_same_periods(folded, readings);
    read_context(folded, readings, true);
    settle_past_deadlines(folded, reference, readings);
    shift_reviewed_years(reference, readings);
    std::vector<TimeMention> out;
    out.reserve(readings.size());
    for (auto& r : readings) out.push_back(std::move(r.mention));
    return out;
}

}  // namespace baocao::text
