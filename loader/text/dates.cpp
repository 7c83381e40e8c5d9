// Days and periods as Vietnamese reports write them. Matching runs on fold(text),
// which keeps byte lengths, so every span found is a span of the text passed in.
#include "text/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "text/normalize.h"
#include "text/time_context.h"

namespace baocao::text {
namespace {

using model::Date;
using model::Period;
using model::Span;

// A dash as the press writes it between numbers: "-", "–" (en dash), "—", with spaces or not.
const std::string kDash = R"((?:\s*(?:-|–|—)\s*))";
const std::string kRomanOrDigit = R"(((?:iv|v?i{1,3}|v|[1-4])))";
const std::string kYear = R"(((?:19|20)\d\d))";

bool is_word_byte(unsigned char c) {
    return std::isalnum(c) || c >= 0x80;
}

// True when the match does not start or end inside a word (ASCII \b does not
// know that Vietnamese letters are letters).
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end) {
    if (begin > 0 && is_word_byte(static_cast<unsigned char>(text[begin - 1]))) return false;
    if (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) return false;
    return true;
}

int days_in_month(int year, int month) {
    static const std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[static_cast<std::size_t>(month - 1)];
}

Date month_start(int year, int month) { return Date{year, month, 1}; }
Date month_end(int year, int month) { return Date{year, month, days_in_month(year, month)}; }

Period make_period(const Date& start, const Date& end) {
    Period p{start, end, ""};
    p.label = period_label(start, end);
    return p;
}

int expand_year(int y) { return y < 100 ? 2000 + y : y; }

// Reads a quarter written "I".."IV" or "1".."4".
std::optional<int> quarter_number(const std::string& s) {
    auto n = parse_roman(s);
    if (!n) {
        if (s.size() == 1 && s[0] >= '1' && s[0] <= '4') n = s[0] - '0';
    }
    if (n && *n >= 1 && *n <= 4) return n;
    return std::nullopt;
}

// ---------------------------------------------------------------- days

// "sáng", "chiều ngày", "ngày", "sáng nay", "sáng qua", "chiều nay (07/12)" before a day/month.
const std::regex& day_regex() {
    static const std::regex re(
        R"((?:(sáng|chiều|tối|trưa)(?:\s+(?:nay|qua|hôm nay|hôm qua))?(?:\s*[,(]?\s*ngày|\s*\()?|ngày|hôm))"
        R"(\s*(\d{1,2})\s*(?:[/.]|-)\s*(\d{1,2})(?:\s*(?:[/.]|-)\s*((?:19|20)\d\d))?)",
        std::regex::optimize);
    return re;
}

// Meetings over several days: "ngày 6 và 7/8", "Từ ngày 26 - 28/6/2017",
// "Trong 2 ngày 10 và 11.7", "(20 - 21/2)": the first day is the one kept.
const std::regex& day_range_regex() {
    static const std::regex re(
        R"((?:(sáng|chiều)\s+)?(?:ngày\s*|\()(\d{1,2})\s*(?:và|-|–|đến)\s*(\d{1,2})\s*(?:[/.]|-)\s*(\d{1,2}))"
        R"((?:\s*(?:[/.]|-)\s*((?:19|20)\d\d))?)",
        std::regex::optimize);
    return re;
}

// A bare full date "12/7/2023" with no lead word.
const std::regex& bare_full_date_regex() {
    static const std::regex re(R"((\d{1,2})/(\d{1,2})/((?:19|20)\d\d))", std::regex::optimize);
    return re;
}

// "ngày 5 tháng 7 năm 2023", "sáng ngày 5 tháng 7".
const std::regex& spelled_day_regex() {
    static const std::regex re(
        R"((?:(sáng|chiều|tối|trưa)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d\d))?)",
        std::regex::optimize);
    return re;
}

bool valid_day(int day, int month) { return day >= 1 && day <= 31 && month >= 1 && month <= 12; }

void add_day(std::vector<DayMention>& out, std::size_t begin, std::size_t end, int day, int month,
             std::optional<int> year, std::string time_of_day) {
    if (!valid_day(day, month)) return;
    for (const auto& d : out)  // a bare full date inside a longer mention already taken
        if (begin < d.span.end && d.span.begin < end) return;
    out.push_back(DayMention{Span{begin, end}, day, month, year, std::move(time_of_day)});
}

// ---------------------------------------------------------------- periods

struct PeriodRule {
    std::regex re;
    // Builds the period from the match; nullopt rejects the match.
    std::optional<PeriodMention> (*build)(const std::smatch&, std::optional<int> default_year);
};

std::optional<int> year_of(const std::smatch& m, std::size_t group, std::optional<int> default_year,
                           bool& inferred) {
    if (m[group].matched && m[group].length() > 0) return std::stoi(m[group].str());
    inferred = true;
    return default_year;
}

std::optional<PeriodMention> months_from_start(const std::smatch& m, std::optional<int> dy) {
    // "6 tháng đầu năm 2022", "9 tháng năm 2023", "9 tháng": the first N months.
    int n = std::stoi(m[1].str());
    bool said_first = m[2].matched;
    bool has_year = m[3].matched;
    if (n < 1 || n > 11) return std::nullopt;
    if (!said_first && !has_year && n != 6 && n != 9) return std::nullopt;  // "trong 2 tháng" is a duration
    bool inferred = false;
    auto year = year_of(m, 3, dy, inferred);
    if (!year) return std::nullopt;
    PeriodMention pm;
    pm.period = make_period(month_start(*year, 1), month_end(*year, n));
    pm.year_inferred = inferred;
    return pm;
}

std::optional<PeriodMention> months_to_end(const std::smatch& m, std::optional<int> dy) {
    // "6 tháng cuối năm 2023", "3 tháng cuối năm", "những tháng cuối năm": always what comes next.
    int n = m[1].matched ? std::stoi(m[1].str()) : 6;
    if (n < 1 || n > 11) return std::nullopt;
    bool inferred = false;
    auto year = year_of(m, 2, dy, inferred);
    if (!year) return std::nullopt;
    PeriodMention pm;
    pm.period = make_period(month_start(*year, 13 - n), month_end(*year, 12));
    pm.year_inferred = inferred;
    pm.forward_looking = true;
    return pm;
}

std::optional<PeriodMention> quarter(const std::smatch& m, std::optional<int> dy) {
    auto q = quarter_number(m[1].str());
    if (!q) return std::nullopt;
    bool inferred = false;
    auto year = year_of(m, 2, dy, inferred);
    if (!year) return std::nullopt;
    PeriodMention pm;
    pm.period = make_period(month_start(*year, 3 * *q - 2), month_end(*year, 3 * *q));
    pm.year_inferred = inferred;
    return pm;
}

std::optional<PeriodMention> term(const std::smatch& m, std::optional<int>) {
    // "nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2025"
    int from = std::stoi(m[1].str()), to = expand_year(std::stoi(m[2].str()));
    if (to <= from || to - from > 10) return std::nullopt;
    PeriodMention pm;
    pm.period = make_period(Date{from, 1, 1}, Date{to, 12, 31});
    return pm;
}

std::optional<PeriodMention> month(const std::smatch& m, std::optional<int> dy) {
    // "tháng 11/2020", "tháng 11 năm 2020", "tháng 4-2024", "tháng 11"
    int mo = std::stoi(m[1].str());
    if (mo < 1 || mo > 12) return std::nullopt;
    bool inferred = false;
    auto year = year_of(m, 2, dy, inferred);
    if (!year) return std::nullopt;
    PeriodMention pm;
    pm.period = make_period(month_start(*year, mo), month_end(*year, mo));
    pm.year_inferred = inferred;
    return pm;
}

std::optional<PeriodMention> whole_year(const std::smatch& m, std::optional<int> dy) {
    // "năm 2021", "tổng kết năm" (the year that ends with the meeting)
    bool inferred = false;
    auto year = year_of(m, 1, dy, inferred);
    if (!year) return std::nullopt;
    PeriodMention pm;
    pm.period = make_period(Date{*year, 1, 1}, Date{*year, 12, 31});
    pm.year_inferred = inferred;
    return pm;
}

const std::vector<PeriodRule>& period_rules() {
    // Longest constructions first: a span taken by one rule is not read again by a later one.
    static const std::vector<PeriodRule> rules = [] {
        std::vector<PeriodRule> r;
        auto add = [&r](const std::string& pattern, auto build) {
            r.push_back(PeriodRule{std::regex(pattern, std::regex::optimize), build});
        };
        add(R"((?:(\d{1,2})|những)\s+tháng\s+cuối\s+năm(?:\s*(?:/|-)?\s*)" + kYear + ")?", months_to_end);
        add(R"((\d{1,2})\s+tháng(?!\s*\d)(\s+đầu\s+năm)?(?:\s*(?:năm\s+|/|-)?\s*)" + kYear + ")?", months_from_start);
        add("quý\\s+" + kRomanOrDigit + "(?:(?:\\s*(?:/|-)\\s*|\\s+năm\\s+)" + kYear + ")?", quarter);
        add("(?:nhiệm\\s+kỳ|giai\\s+đoạn)\\s+" + kYear + kDash + R"(((?:19|20)?\d\d))", term);
        add(R"(tháng\s+(\d{1,2})(?:(?:\s*(?:/|-)\s*|\s+năm\s+))" + kYear + ")?", month);
        add("(?:cả\\s+)?năm\\s+" + kYear, whole_year);
        add("tổng\\s+kết\\s+(?:công\\s+tác\\s+)?năm()(?!\\s+(?:(?:19|20)\\d\\d|học))", whole_year);
        return r;
    }();
    return rules;
}

bool overlaps(const std::vector<PeriodMention>& found, std::size_t b, std::size_t e) {
    for (const auto& f : found)
        if (b < f.span.end && f.span.begin < e) return true;
    return false;
}

// The text before pos back to the last of `breaks`, at most max_bytes long.
std::string_view text_back_to(std::string_view folded, std::size_t pos, std::size_t max_bytes, const char* breaks) {
    const std::size_t start = pos > max_bytes ? pos - max_bytes : 0;
    std::string_view window = folded.substr(start, pos - start);
    const std::size_t cut = window.find_last_of(breaks);
    if (cut != std::string_view::npos) window.remove_prefix(cut + 1);
    return window;
}

// The clause before a period: back to the last sentence or clause break.
std::string_view clause_before(std::string_view folded, std::size_t pos) {
    return text_back_to(folded, pos, 120, ".;:\n");
}

bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles) {
    for (auto n : needles)
        if (hay.find(n) != std::string_view::npos) return true;
    return false;
}

// Whether `word` occurs in hay other than right after `before` ("thực hiện kế hoạch").
bool contains_word_not_after(std::string_view hay, std::string_view word, std::string_view before) {
    for (std::size_t at = hay.find(word); at != std::string_view::npos; at = hay.find(word, at + 1)) {
        std::string_view head = hay.substr(0, at);
        while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
        if (head.size() < before.size() || head.substr(head.size() - before.size()) != before) return true;
    }
    return false;
}

// Whether `word` occurs in hay other than right before `after` ("mục tiêu quốc gia").
bool contains_word_not_before(std::string_view hay, std::string_view word, std::string_view after) {
    for (std::size_t at = hay.find(word); at != std::string_view::npos; at = hay.find(word, at + 1)) {
        std::string_view tail = hay.substr(at + word.size());
        while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
        if (tail.substr(0, after.size()) != after) return true;
    }
    return false;
}

// Whether hay (trailing spaces and commas aside) ends with `word` as whole
// words, not with the tail of a longer word.
bool ends_with_word(std::string_view hay, std::string_view word) {
    while (!hay.empty() && (hay.back() == ' ' || hay.back() == ',')) hay.remove_suffix(1);
    if (hay.size() < word.size() || hay.substr(hay.size() - word.size()) != word) return false;
    return hay.size() == word.size() || hay[hay.size() - word.size() - 1] == ' ';
}

// "yêu cầu / giao nhiệm vụ cho ... đẩy mạnh tuyên truyền ... trong quý III năm 2020":
// what someone is told to do in a period, however long the instruction runs.
bool directed(std::string_view folded, std::size_t pos) {
    constexpr std::size_t kLongestInstruction = 400;  // bytes back to the sentence start at most
    const std::string_view sentence = text_back_to(folded, pos, kLongestInstruction, ".;\n");
    for (std::string_view cue : {"yêu cầu", "giao nhiệm vụ", "đề nghị"}) {
        const std::size_t at = sentence.rfind(cue);
        if (at == std::string_view::npos) continue;
        const std::string_view instruction = sentence.substr(at);
        if (!contains_any(instruction, {"kết quả", "đánh giá", "tổng kết", "sơ kết", "báo cáo"})) return true;
    }
    return false;
}


// The words that qualify a period at pos: its clause back to an earlier period
// (not_before), and of that only the last comma-separated piece.
std::string_view context_piece(std::string_view folded, std::size_t pos, std::size_t not_before) {
    std::string_view before = clause_before(folded, pos);
    // Words before an earlier period of the clause belong to that one: in "triển khai
    // nhiệm vụ năm 2024 và đánh giá kết quả năm 2023" the second is reviewed.
    const std::size_t clause_start = pos - before.size();
    if (not_before > clause_start && not_before <= pos) before = folded.substr(not_before, pos - not_before);
    // Only the last comma-separated piece: "đánh giá kết quả năm 2023, triển khai nhiệm vụ năm 2024".
    std::size_t comma = before.find_last_of(',');
    std::string_view piece = comma == std::string_view::npos ? before : before.substr(comma + 1);
    if (piece.find_first_not_of(' ') == std::string_view::npos) piece = before;
    return piece;
}

// What a meeting plans rather than reviews: "triển khai nhiệm vụ quý III",
// "phương hướng năm 2024", "nhiệm vụ năm 2024", "kế hoạch năm 2023".
bool looks_forward(std::string_view folded, std::size_t pos, std::size_t not_before) {
    const std::string_view piece = context_piece(folded, pos, not_before);
    if (contains_any(piece, {"triển khai", "phương hướng", "phấn đấu",
                             "định hướng", "đề ra nhiệm vụ", "nhiệm vụ trọng tâm", "nhiệm vụ, giải pháp",
                             "chỉ tiêu chủ yếu", "dự toán", "sắp tới", "trong thời gian tới",
                             "thắng lợi", "phát động"}))
        return true;
    // "kế hoạch năm 2024", "mục tiêu đến năm 2030" plan; "kết quả thực hiện kế hoạch giai
    // đoạn 2021-2025" reviews one, and "Chương trình mục tiêu quốc gia" is a programme's name.
    if (contains_word_not_after(piece, "kế hoạch", "thực hiện") || contains_word_not_before(piece, "mục tiêu", "quốc gia"))
        return true;
    // "đón Tết Nguyên đán Quý Mão năm 2023": the new year being welcomed.
    if (contains_any(piece, {"tết", "mừng xuân", "đón xuân"})) return true;
    // "đến năm 2025", "trước năm 2030", "vào cuối năm 2019": a deadline, not a period anyone
    // reviews; but "lũy kế đến tháng 5", "tính đến năm 2023" sum up what was done.
    const bool cumulative = contains_any(piece, {"lũy kế", "tính đến", "tính tới"});
    for (std::string_view deadline : {"đến", "tới", "trước", "vào cuối", "đến cuối"})
        if (!cumulative && ends_with_word(piece, deadline)) return true;
    // "nhiệm vụ năm 2024" is planned; "thực hiện nhiệm vụ năm 2023" is reviewed.
    if (ends_with_word(piece, "nhiệm vụ") || ends_with_word(piece, "nhiệm vụ công tác"))
        return !contains_any(piece, {"thực hiện", "kết quả", "đánh giá", "tổng kết", "sơ kết"});
    return directed(folded, pos);
}

// "ngày 5 tháng 7 năm 2023": the "tháng 7 năm 2023" inside is a day, not a month reviewed.
std::vector<PeriodMention> spelled_days_as_blockers(const std::string& folded) {
    std::vector<PeriodMention> blockers;
    for (auto it = std::sregex_iterator(folded.begin(), folded.end(), spelled_day_regex());
         it != std::sregex_iterator(); ++it) {
        PeriodMention pm;
        pm.span = Span{static_cast<std::size_t>(it->position(0)),
                       static_cast<std::size_t>(it->position(0) + it->length(0))};
        blockers.push_back(pm);
    }
    return blockers;
}

}  // namespace

namespace detail {

bool planned_at(std::string_view folded, std::size_t pos, std::size_t not_before) {
    return looks_forward(folded, pos, not_before);
}

Deadline deadline_before(std::string_view folded, std::size_t pos, std::size_t not_before) {
    const std::string_view piece = context_piece(folded, pos, not_before);
    const bool cumulative = contains_any(piece, {"lũy kế", "tính đến", "tính tới"});
    for (std::string_view word : {"đến", "tới", "trước", "đến hết", "tới hết"})
        if (ends_with_word(piece, word)) return cumulative ? Deadline::to_date : Deadline::horizon;
    return Deadline::none;
}

bool compared_before(std::string_view folded, std::size_t pos) {
    const std::string_view piece = text_back_to(folded, pos, 40, ".;:\n");
    return ends_with_word(piece, "so với") || ends_with_word(piece, "so");
}

}  // namespace detail

std::optional<int> parse_roman(std::string_view s) {
    if (s.empty() || s.size() > 8) return std::nullopt;
    auto value = [](char c) -> int {
        switch (c) {
            case 'i': case 'I': return 1;
            case 'v': case 'V': return 5;
            case 'x': case 'X': return 10;
            case 'l': case 'L': return 50;
            default: return 0;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        int v = value(s[i]);
        if (v == 0) return std::nullopt;
        int next = i + 1 < s.size() ? value(s[i + 1]) : 0;
        total += v < next ? -v : v;
    }
    return total > 0 ? std::optional<int>(total) : std::nullopt;
}

std::optional<int> parse_ordinal(std::string_view s) {
    std::string key = fold(s);
    while (!key.empty() && key.back() == ' ') key.pop_back();
    if (key.empty()) return std::nullopt;
    if (std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isdigit(c); }))
        return key.size() <= 4 ? std::optional<int>(std::stoi(key)) : std::nullopt;
    static const std::vector<std::pair<std::string, int>> words{
        {"nhất", 1}, {"hai", 2}, {"ba", 3}, {"tư", 4}, {"bốn", 4}, {"năm", 5}, {"sáu", 6},
        {"bảy", 7}, {"tám", 8}, {"chín", 9}, {"mười", 10}, {"mười một", 11}, {"mười hai", 12}};
    for (const auto& [word, n] : words)
        if (key == word) return n;
    return parse_roman(key);
}

std::vector<DayMention> find_days(std::string_view text) {
    const std::string folded = fold(text);
    std::vector<DayMention> out;
    // Spelled days ("ngày 5 tháng 7") and numeric ones ("Sáng 6/1") share one group
    // layout: 1 time of day, 2 day, 3 month, 4 year.
    const auto read_days = [&](const std::regex& re) {
        for (auto it = std::sregex_iterator(folded.begin(), folded.end(), re); it != std::sregex_iterator(); ++it) {
            const auto& m = *it;
            auto b = static_cast<std::size_t>(m.position(0)), e = b + static_cast<std::size_t>(m.length(0));
            if (!stands_alone(folded, b, e)) continue;
            std::optional<int> year;
            if (m[4].matched) year = std::stoi(m[4].str());
            add_day(out, b, e, std::stoi(m[2].str()), std::stoi(m[3].str()), year, m[1].str());
        }
    };
    read_days(spelled_day_regex());
    for (auto it = std::sregex_iterator(folded.begin(), folded.end(), day_range_regex());
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        auto b = static_cast<std::size_t>(m.position(0)), e = b + static_cast<std::size_t>(m.length(0));
        if (!stands_alone(folded, b, e) && folded[b] != '(') continue;
        int first = std::stoi(m[2].str()), last = std::stoi(m[3].str());
        if (last <= first || last - first > 7) continue;
        std::optional<int> year;
        if (m[5].matched) year = std::stoi(m[5].str());
        add_day(out, b, e, first, std::stoi(m[4].str()), year, m[1].str());
    }
    read_days(day_regex());
    for (auto it = std::sregex_iterator(folded.begin(), folded.end(), bare_full_date_regex());
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        auto b = static_cast<std::size_t>(m.position(0)), e = b + static_cast<std::size_t>(m.length(0));
        if (!stands_alone(folded, b, e)) continue;
        add_day(out, b, e, std::stoi(m[1].str()), std::stoi(m[2].str()), std::stoi(m[3].str()), "");
    }
    std::sort(out.begin(), out.end(),
              [](const DayMention& a, const DayMention& b) { return a.span.begin < b.span.begin; });
    return out;
}

std::vector<PeriodMention> find_periods(std::string_view text, std::optional<int> default_year) {
    const std::string folded = fold(text);
    std::vector<PeriodMention> out;
    const auto blockers = spelled_days_as_blockers(folded);
    for (const auto& rule : period_rules()) {
        for (auto it = std::sregex_iterator(folded.begin(), folded.end(), rule.re);
             it != std::sregex_iterator(); ++it) {
            const auto& m = *it;
            auto b = static_cast<std::size_t>(m.position(0));
            auto e = b + static_cast<std::size_t>(m.length(0));
            if (!stands_alone(folded, b, e) || overlaps(out, b, e)) continue;
            if (overlaps(blockers, b, e)) continue;
            auto pm = rule.build(m, default_year);
            if (!pm) continue;
            pm->span = Span{b, e};
            out.push_back(std::move(*pm));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const PeriodMention& a, const PeriodMention& b) { return a.span.begin < b.span.begin; });
    // Planned or reviewed, read in text order: "6 tháng cuối năm" is planned by itself;
    // a period joined to the one before by "và" or a comma shares its reading.
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].forward_looking) continue;
        const std::size_t prev_end = i > 0 ? out[i - 1].span.end : 0;
        if (i > 0 && prev_end <= out[i].span.begin) {
            std::string_view between = std::string_view(folded).substr(prev_end, out[i].span.begin - prev_end);
            std::string rest;
            for (char c : between)
                if (c != ' ' && c != ',' && c != '-') rest.push_back(c);
            if (rest.empty() || rest == "và") {
                out[i].forward_looking = out[i - 1].forward_looking;
                continue;
            }
        }
        out[i].forward_looking = looks_forward(folded, out[i].span.begin, prev_end);
    }
    return out;
}

std::string period_label(const model::Date& start, const model::Date& end) {
    const std::string y = std::to_string(start.year);
    bool starts_month = start.day == 1;
    bool ends_month = end.day == days_in_month(end.year, end.month) && end.month >= 1;
    if (starts_month && ends_month && start.year == end.year) {
        if (start.month == 1 && end.month == 12) return y;
        if (start.month == end.month) return "T" + std::to_string(start.month) + "/" + y;
        if (end.month - start.month == 2 && start.month % 3 == 1)
            return "Q" + std::to_string((start.month + 2) / 3) + "/" + y;
        if (start.month == 1) return std::to_string(end.month) + "T/" + y;
        if (end.month == 12) return std::to_string(13 - start.month) + "TC/" + y;  // last months of the year
    }
    if (starts_month && ends_month && start.month == 1 && end.month == 12)
        return y + "-" + std::to_string(end.year);
    return start.iso() + ".." + end.iso();
}

}  // namespace baocao::text
