// Between the day and period readers (dates.cpp) and the time grammar (times.cpp):
// how the words before a time expression qualify it, and the grammar's readings of
// what is written. Internal to loader/text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/dates.h"

namespace baocao::text::detail {

// Whether the period at pos of folded text is planned rather than reviewed
// ("triển khai nhiệm vụ", "phương hướng", "đến" as a deadline...). not_before:
// where the period before it in the clause ends (its words are not this one's).
// deadlines: whether "đến năm 2030" alone makes it planned.
bool planned_at(std::string_view folded, std::size_t pos, std::size_t not_before, bool deadlines = true);

// "đến năm 2030", "trước năm 2030": a deadline; "tính đến / lũy kế đến tháng 5": summed up to it.
enum class Deadline { none, horizon, to_date };
Deadline deadline_before(std::string_view folded, std::size_t pos, std::size_t not_before);

// "so với năm 2022": what a figure is compared with.
bool compared_before(std::string_view folded, std::size_t pos);

// What find_days and find_periods are read from (times.cpp): the time grammar
// without the words that only the article's date makes definite. A period without
// its year takes default_year; the day as written ("31/4" stays 31) and its time of day.
struct WrittenTime {
    TimeMention mention;
    int day = 0, month = 0;
    std::string time_of_day;
};
std::vector<WrittenTime> read_written_times(std::string_view text, std::optional<int> default_year);

}  // namespace baocao::text::detail
