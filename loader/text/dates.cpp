// Days and periods as Vietnamese reports write them, read by the time grammar
// (times.cpp) without the words only the article's date makes definite; and what
// the words before a period say of it (planned, a deadline, compared). Matching
// runs on fold(text), which keeps byte lengths, so every span is one of the text passed in.
#include "text/dates.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/normalize.h"
#include "text/recent_results.h"
#include "text/time_context.h"

namespace baocao::text {
namespace {

int days_in_month(int year, int month) {
    static const std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[static_cast<std::size_t>(month - 1)];
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

// Whether `word` occurs in hay other than right after one of `befores` ("thực hiện kế hoạch").
bool contains_word_not_after_any(std::string_view hay, std::string_view word,
                                 std::initializer_list<std::string_view> befores) {
    for (std::size_t at = hay.find(word); at != std::string_view::npos; at = hay.find(word, at + 1)) {
        std::string_view head = hay.substr(0, at);
        while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
        if (std::none_of(befores.begin(), befores.end(), [&](std::string_view b) {
                return head.size() >= b.size() && head.substr(head.size() - b.size()) == b;
            }))
            return true;
    }
    return false;
}

bool contains_word_not_after(std::string_view hay, std::string_view word, std::string_view before) {
    return contains_word_not_after_any(hay, word, {before});
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

// Whether `word` stands in hay as a whole word.
bool has_word(std::string_view hay, std::string_view word) {
    for (std::size_t at = hay.find(word); at != std::string_view::npos; at = hay.find(word, at + 1)) {
        const bool starts = at == 0 || hay[at - 1] == ' ';
        const bool ends = at + word.size() == hay.size() || hay[at + word.size()] == ' ' || hay[at + word.size()] == ',';
        if (starts && ends) return true;
    }
    return false;
}

// "yêu cầu / giao nhiệm vụ cho ... đẩy mạnh tuyên truyền ... trong quý III năm 2020":
// what someone is told to do in a period, however long the instruction runs; "giao chỉ
// tiêu ..., dự toán thu ngân sách, đầu tư xây dựng năm 2020": targets assigned for it.
bool directed(std::string_view folded, std::size_t pos) {
    constexpr std::size_t kLongestInstruction = 400;  // bytes back to the sentence start at most
    const std::string_view sentence = text_back_to(folded, pos, kLongestInstruction, ".;\n");
    for (std::string_view cue : {"yêu cầu", "giao nhiệm vụ", "đề nghị", "giao chỉ tiêu", "giao kế hoạch",
                                 "giao dự toán", "phân bổ dự toán", "phân bổ ngân sách", "phân bổ vốn", "phân bổ chi tiết"}) {
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
    // "đánh giá công tác lãnh đạo, chỉ đạo nhiệm vụ năm 2023": the pair is one phrase, not two pieces.
    constexpr std::string_view kPaired = "chỉ đạo";
    while (comma != std::string_view::npos && comma > 0 && ends_with_word(before.substr(0, comma), "lãnh đạo")) {
        const std::size_t next = before.find_first_not_of(' ', comma + 1);
        if (next == std::string_view::npos || before.substr(next, kPaired.size()) != kPaired) break;
        comma = before.find_last_of(',', comma - 1);
    }
    // "nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2014", "KT- XH, QP- AN": the
    // fields of one task, not two pieces.
    const auto opens_a_field = [&](std::size_t at) {
        const std::size_t next = before.find_first_not_of(' ', at + 1);
        if (next == std::string_view::npos) return false;
        const std::string_view rest = before.substr(next);
        for (std::string_view field : {"quốc phòng", "qp", "an ninh", "an-qp", "an - qp", "an- qp"})
            if (rest.substr(0, field.size()) == field &&
                (rest.size() == field.size() || rest[field.size()] == ' ' || rest[field.size()] == '-'))
                return true;
        return false;
    };
    while (comma != std::string_view::npos && comma > 0 && opens_a_field(comma)) comma = before.find_last_of(',', comma - 1);
    std::string_view piece = comma == std::string_view::npos ? before : before.substr(comma + 1);
    if (piece.find_first_not_of(' ') == std::string_view::npos) piece = before;
    return piece;
}

// "đánh giá kết quả thực hiện các mục tiêu kinh tế - xã hội năm 2014": the goals of a
// period are being carried out, and the period is reviewed.
bool goals_carried_out(std::string_view piece) {
    const std::size_t at = piece.rfind("mục tiêu");
    if (at == std::string_view::npos) return false;
    std::string_view before = piece.substr(0, at);
    for (std::string_view plural : {"các", "những"})
        if (ends_with_word(before, plural)) {
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            before.remove_suffix(plural.size());
        }
    // "đánh giá kết quả các mục tiêu kinh tế - xã hội năm 2019" reviews them too.
    for (std::string_view verb : {"thực hiện", "hoàn thành", "đạt", "kết quả", "đánh giá", "tổng kết", "sơ kết"})
        if (ends_with_word(before, verb)) return true;
    return false;
}

// "kết quả thực hiện nhiệm vụ kế hoạch phát triển kinh tế - xã hội năm 2020": a
// plan carried out, told by a review word anywhere before "kế hoạch" ("để thực
// hiện kế hoạch năm 2024" states a purpose: that plan is still to come).
bool plan_carried_out(std::string_view piece) {
    const std::size_t at = piece.find("kế hoạch");
    if (at == std::string_view::npos) return false;
    const std::string_view head = piece.substr(0, at);
    return contains_any(head, {"thực hiện", "kết quả"}) && !contains_any(head, {"để thực hiện"});
}

// "nhiệm vụ công tác", "nhiệm vụ công tác hội", "nhiệm vụ công tác Đảng": the tasks of a
// field of work, named in at most two words after "công tác", end the piece.
bool ends_with_work_tasks(std::string_view piece) {
    constexpr std::string_view kTasks = "nhiệm vụ công tác";
    constexpr int kMostFieldWords = 2;
    const std::size_t at = piece.rfind(kTasks);
    if (at == std::string_view::npos || (at > 0 && piece[at - 1] != ' ')) return false;
    const std::string_view field = piece.substr(at + kTasks.size());
    if (!field.empty() && field.front() != ' ') return false;
    int words = 0;
    for (std::size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c >= '0' && c <= '9') return false;
        if (c != ' ' && (i == 0 || field[i - 1] == ' ')) ++words;
    }
    return words <= kMostFieldWords;
}

// What a meeting plans rather than reviews: "triển khai nhiệm vụ quý III",
// "phương hướng năm 2024", "nhiệm vụ năm 2024", "kế hoạch năm 2023".
// deadlines: whether "đến", "trước" right before count (a deadline is planned);
// find_times asks without them for a deadline already past.
bool looks_forward(std::string_view folded, std::size_t pos, std::size_t not_before, bool deadlines = true) {
    const std::string_view piece = context_piece(folded, pos, not_before);
    // "đã chỉ đạo nhiều nhiệm vụ trọng tâm tại hội nghị tổng kết công tác năm 2025": the review
    // right before the period names what is reviewed, whatever plan words come earlier.
    for (std::string_view review : {"tổng kết", "sơ kết", "tổng kết công tác", "sơ kết công tác"})
        if (ends_with_word(piece, review)) return false;
    // "triển khai nhiệm vụ quý II" plans; "đánh giá kết quả triển khai thực hiện các nhiệm vụ ... năm
    // 2024" reviews what was carried out.
    if (contains_word_not_after_any(piece, "triển khai", {"kết quả", "tình hình"})) return true;
    if (contains_any(piece, {"phương hướng", "phấn đấu",
                             "định hướng", "đề ra nhiệm vụ", "nhiệm vụ trọng tâm", "nhiệm vụ, giải pháp",
                             "chỉ tiêu chủ yếu", "dự toán", "sắp tới", "trong thời gian tới", "giải pháp thực hiện",
                             "thực hiện thắng lợi", "hoàn thành thắng lợi", "thắng lợi mới", "phát động",
                             "dự kiến"}))
        return true;
    // "kế hoạch năm 2024", "mục tiêu đến năm 2030" plan; "kết quả thực hiện kế hoạch giai
    // đoạn 2021-2025" reviews one, and "Chương trình mục tiêu quốc gia" is a programme's name.
    if ((contains_word_not_after(piece, "kế hoạch", "thực hiện") && !plan_carried_out(piece)) ||
        (contains_any(piece, {"kế hoạch"}) && contains_any(piece, {"để thực hiện"})) ||
        (contains_word_not_before(piece, "mục tiêu", "quốc gia") && !goals_carried_out(piece)))
        return true;
    // "thông qua nhiều nghị quyết ... của tỉnh trong năm 2023": resolutions adopted for a
    // year plan it; "kết quả thực hiện nghị quyết năm 2022" reviews one.
    if (contains_any(piece, {"thông qua"}) && contains_any(piece, {"nghị quyết"}) &&
        !contains_any(piece, {"thực hiện", "kết quả"}))
        return true;
    // "đón Tết Nguyên đán Quý Mão năm 2023": the new year being welcomed.
    if (contains_any(piece, {"tết", "mừng xuân", "đón xuân"})) return true;
    // "đến năm 2025", "trước năm 2030", "vào cuối năm 2019": a deadline, not a period anyone
    // reviews; but "lũy kế đến tháng 5", "tính đến năm 2023" sum up what was done.
    const bool cumulative = contains_any(piece, {"lũy kế", "tính đến", "tính tới"});
    for (std::string_view deadline : {"đến", "tới", "trước", "vào cuối", "đến cuối"})
        if (deadlines && !cumulative && ends_with_word(piece, deadline)) return true;
    // "tỷ lệ hộ nghèo dưới 0,2% vào năm 2030": a point set ahead; "đã được công nhận ... vào năm
    // 2023" tells when it was done.
    if (deadlines && ends_with_word(piece, "vào") && !has_word(piece, "đã")) return true;
    // "nhiệm vụ năm 2024" is planned; "thực hiện nhiệm vụ năm 2023" is reviewed.
    // "Để thực hiện nhiệm vụ tháng 11, ..." states a purpose: the month is still to come.
    if (ends_with_word(piece, "nhiệm vụ") || ends_with_work_tasks(piece))
        return contains_any(piece, {"để thực hiện"}) ||
               !contains_any(piece, {"thực hiện", "kết quả", "đánh giá", "tổng kết", "sơ kết"});
    return directed(folded, pos);
}

}  // namespace

namespace detail {

bool planned_at(std::string_view folded, std::size_t pos, std::size_t not_before, bool deadlines) {
    return looks_forward(folded, pos, not_before, deadlines);
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

namespace {

// The times of a whole article are read by several stages (its days, its periods with and
// without a default year): a few per-thread slots keep the last readings of long texts, so
// each is read once. Short texts (clause windows) are read afresh; they are cheap and many.
const std::vector<detail::WrittenTime>& written_times(std::string_view text, std::optional<int> default_year) {
    constexpr std::size_t kCachedFrom = 1024;  // bytes
    thread_local std::vector<detail::WrittenTime> uncached;
    if (text.size() < kCachedFrom) {
        uncached = detail::read_written_times(text, default_year);
        return uncached;
    }
    thread_local RecentResults<std::optional<int>, std::vector<detail::WrittenTime>, 3> whole_texts;
    return whole_texts.get(text, default_year, [&] { return detail::read_written_times(text, default_year); });
}

}  // namespace

std::vector<DayMention> find_days(std::string_view text) {
    std::vector<DayMention> out;
    for (const auto& t : written_times(text, std::nullopt)) {
        if (t.mention.kind != TimeKind::day && t.mention.kind != TimeKind::days) continue;
        std::optional<int> year;
        if (!t.mention.year_inferred) year = t.mention.period->start.year;
        out.push_back(DayMention{t.mention.span, t.day, t.month, year, t.time_of_day});
    }
    return out;
}

std::vector<PeriodMention> find_periods(std::string_view text, std::optional<int> default_year) {
    std::vector<PeriodMention> out;
    for (const auto& t : written_times(text, default_year)) {
        if (t.mention.kind == TimeKind::day || t.mention.kind == TimeKind::days || !t.mention.period) continue;
        out.push_back(PeriodMention{t.mention.span, *t.mention.period, t.mention.year_inferred, t.mention.forward_looking,
                                    t.mention.to_date});
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
