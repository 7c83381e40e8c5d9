// Days and periods as Vietnamese reports write them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"

namespace baocao::text {

// "Sáng 6/1", "Chiều ngày 22/6", "Sáng 7-4", "ngày 17.12", "ngày 12/7/2023", "sáng nay 9-12".
struct DayMention {
    model::Span span;            // bytes in the text passed in
    int day = 0, month = 0;
    std::optional<int> year;     // only when written
    std::string time_of_day;     // "sáng", "chiều", "tối", "trưa" or ""
};
std::vector<DayMention> find_days(std::string_view text);

// "6 tháng đầu năm 2022", "6 tháng cuối năm", "quý I-2022", "quý II năm 2023",
// "9 tháng", "năm 2021", "tổng kết năm", "tháng 11/2020", "tháng 11 năm 2020",
// "nhiệm kỳ 2020-2025", "giai đoạn 2021-2025". A period written without its
// year takes default_year (and year_inferred is set); none when that is unset.
struct PeriodMention {
    model::Span span;
    model::Period period;
    bool year_inferred = false;
    bool forward_looking = false;  // "6 tháng cuối năm", "quý III", "năm 2024" after "nhiệm vụ": what is planned, not reviewed
    bool to_date = false;          // "tính đến hết tháng 11", "lũy kế đến tháng 5": summed up from the year's start
};
std::vector<PeriodMention> find_periods(std::string_view text, std::optional<int> default_year);

// Any time expression a report writes, read against the article's date: the days and
// periods above, and what only that date or a nearby period makes definite ("chiều nay",
// "năm tới", "từ đầu năm đến nay", "cùng kỳ năm trước", "thời gian tới"). A grammar over
// words (times.cpp); tests/data/time_phrasings.tsv holds its phrasings.
enum class TimeKind {
    day, days, month, quarter,
    year_to_date,   // "6 tháng đầu năm", "9 tháng", "từ đầu năm đến nay", "tháng 4 và 4 tháng đầu năm"
    rest_of_year,   // "6 tháng cuối năm", "các tháng còn lại của năm 2022"
    year, year_end, // "năm 2023", "năm tới"; "cuối năm 2025" (its last day)
    term, phase,    // "nhiệm kỳ 2020-2025"; "giai đoạn 2021-2025", "thời kỳ 2021-2030"
    span,           // "từ năm 2021 đến năm 2025", "từ năm 2020 đến nay"
    future, past,   // "thời gian tới", "sắp tới"; "thời gian qua": no fixed range
    same_period     // "cùng kỳ (năm trước)": the period compared with, a year back
};
std::string_view kind_name(TimeKind kind);  // "year_to_date", as the table writes it

struct TimeMention {
    model::Span span;                    // bytes in the text passed in
    TimeKind kind = TimeKind::day;
    std::optional<model::Period> period; // none when the words fix no range ("thời gian tới", "nhiệm kỳ qua")
    bool year_inferred = false;          // the year was not written: taken from the reference date
    bool relative = false;               // read from the reference date or the period compared with
    bool forward_looking = false;        // planned, not reviewed (as PeriodMention::forward_looking)
    bool horizon = false;                // a deadline: "đến năm 2030", "trước năm 2030", "đến cuối năm 2025"
    bool to_date = false;                // what is summed up to it: "tính đến", "lũy kế đến"
    bool basis = false;                  // what a figure is compared with: "so với năm trước", "cùng kỳ"
};
std::vector<TimeMention> find_times(std::string_view text, const model::Date& reference);

// Period label used by reports: "6T/2023", "Q1/2022", "9T/2023", "T11/2020", "2021", "2020-2025".
std::string period_label(const model::Date& start, const model::Date& end);

// "XI" -> 11, "iv" -> 4 (either case); nullopt when s is not a roman numeral.
std::optional<int> parse_roman(std::string_view s);

// An ordinal as session numbers are written: "9", "XI", "thứ" words "nhất",
// "hai", "ba", "tư", ... "mười" (without the word "thứ"); nullopt otherwise.
std::optional<int> parse_ordinal(std::string_view s);

}  // namespace baocao::text
