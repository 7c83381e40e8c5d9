// Vietnamese numbers: "7.232" = 7232, "8,1" = 8.1, "1.097,8", "324,124",
// spaces or NBSP inside numbers, "55 %", and a few number words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"

namespace baocao::text {

// Parses one number written the Vietnamese way; nullopt if s is not one.
std::optional<model::Decimal> parse_number(std::string_view s);

// Formats the Vietnamese way (thousands '.', decimal ','): inverse of parse_number.
std::string format_number(const model::Decimal& d);

// value * 10^exponent, exactly ("tỷ" is exponent 9).
model::Decimal scale_by_power_of_ten(model::Decimal d, int exponent);

struct NumberToken {
    model::Span span;     // bytes of the number in the text
    model::Decimal value;
    bool is_word = false; // written as a word ("hai", "mười")
};

// Every number in text (byte offsets relative to text). Dates like 22/6 and
// ratios like 16/64 come out as two numbers; callers decide what they mean.
std::vector<NumberToken> find_numbers(std::string_view text);

}  // namespace baocao::text
