// How values read on the pages: amounts in the units the articles use
// (tỷ đồng, triệu USD), kinds of fact in words.
#pragma once

#include <string>

namespace baocao::review {

// value: base units as stored ("7232000000000"); unit: VND, USD, %, ha, count...
std::string readable_value(const std::string& value, const std::string& unit);

// "indicator_value" -> "figure"
std::string kind_label(const std::string& kind);

// The kinds in the order pages list them.
extern const char* const kFactKinds[6];

}  // namespace baocao::review
