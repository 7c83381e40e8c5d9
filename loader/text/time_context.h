// How the words before a time expression qualify it; shared by the period reader
// (dates.cpp) and the time grammar (times.cpp). Internal to loader/text.
#pragma once

#include <cstddef>
#include <string_view>

namespace baocao::text::detail {

// Whether the period at pos of folded text is planned rather than reviewed
// ("triển khai nhiệm vụ", "phương hướng", "đến" as a deadline...). not_before:
// where the period before it in the clause ends (its words are not this one's).
bool planned_at(std::string_view folded, std::size_t pos, std::size_t not_before);

// "đến năm 2030", "trước năm 2030": a deadline; "tính đến / lũy kế đến tháng 5": summed up to it.
enum class Deadline { none, horizon, to_date };
Deadline deadline_before(std::string_view folded, std::size_t pos, std::size_t not_before);

// "so với năm 2022": what a figure is compared with.
bool compared_before(std::string_view folded, std::size_t pos);

}  // namespace baocao::text::detail
