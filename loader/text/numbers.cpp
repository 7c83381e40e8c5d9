// Vietnamese number notation: '.' groups thousands, ',' marks the decimals.
// Everything stays an exact decimal (int64 digits + scale); no double is ever
// used to hold a figure.
#include "text/numbers.h"

#include <array>
#include <cstdint>
#include <limits>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace baocao::text {

namespace {

using model::Decimal;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Accumulates digits into an int64, refusing overflow.
class DigitAccumulator {
public:
    bool push(char digit) {
        const std::int64_t d = digit - '0';
        if (value_ > (std::numeric_limits<std::int64_t>::max() - d) / 10) return false;
        value_ = value_ * 10 + d;
        return true;
    }
    std::int64_t value() const { return value_; }

private:
    std::int64_t value_ = 0;
};

// Length of a group separator at s[i]: ' ', NBSP (C2 A0) or U+202F (E2 80 AF); 0 otherwise.
std::size_t space_separator_length(std::string_view s, std::size_t i) {
    if (i < s.size() && s[i] == ' ') return 1;
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
    return 0;
}

std::size_t digit_run(std::string_view s, std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    return j - i;
}

// True when s[i..] holds exactly three digits not followed by another digit.
bool three_digit_group_at(std::string_view s, std::size_t i) { return digit_run(s, i) == 3; }

// "tháng 6 100% số xã": two numbers, not 6100%; a space-grouped number is never a percentage.
bool percent_follows(std::string_view s, std::size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i < s.size() && s[i] == '%';
}

struct Scan {
    std::size_t end = 0;
    std::string digits;  // all digits, integer part then fraction
    int scale = 0;
};

// The extent of one number starting at s[begin] (a digit): integer part with
// '.' or space thousands groups, then an optional ',' decimal part. When
// allow_dot_decimal is set, a '.' followed by other than exactly three digits
// is a decimal point (a typo the press makes in standalone figures).
Scan scan_number(std::string_view s, std::size_t begin, bool allow_dot_decimal) {
    Scan scan;
    std::size_t i = begin;
    const std::size_t first_group = digit_run(s, i);
    scan.digits.append(s.substr(i, first_group));
    i += first_group;
    bool grouped_by_dot = false, grouped_by_space = false;
    while (i < s.size()) {
        if (s[i] == '.' && !grouped_by_space && three_digit_group_at(s, i + 1)) {
            grouped_by_dot = true;
            scan.digits.append(s.substr(i + 1, 3));
            i += 4;
            continue;
        }
        const std::size_t space = space_separator_length(s, i);
        if (space && !grouped_by_dot && first_group <= 3 && three_digit_group_at(s, i + space) &&
            !percent_follows(s, i + space + 3)) {
            grouped_by_space = true;
            scan.digits.append(s.substr(i + space, 3));
            i += space + 3;
            continue;
        }
        break;
    }
    const bool comma_decimal = i + 1 < s.size() && s[i] == ',' && is_digit(s[i + 1]);
    // A dot before other than three digits is a decimal point where the caller
    // allows it, and always before '%' ("tăng 8.1%": no date has a percent sign).
    const bool dot_then_digit = !grouped_by_dot && i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1]);
    const bool dot_decimal =
        dot_then_digit && (allow_dot_decimal || percent_follows(s, i + 1 + digit_run(s, i + 1)));
    if (comma_decimal || dot_decimal) {
        const std::size_t fraction = digit_run(s, i + 1);
        scan.digits.append(s.substr(i + 1, fraction));
        scan.scale = static_cast<int>(fraction);
        i += 1 + fraction;
    }
    scan.end = i;
    return scan;
}

std::optional<Decimal> to_decimal(const std::string& digits, int scale, bool negative) {
    DigitAccumulator acc;
    for (char c : digits)
        if (!acc.push(c)) return std::nullopt;
    return Decimal{negative ? -acc.value() : acc.value(), scale};
}

// The code point before / at byte i, or 0 at the text's edges.
UChar32 code_point_before(std::string_view text, std::size_t i) {
    if (i == 0) return 0;
    int32_t offset = static_cast<int32_t>(i);
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, offset, c);
    return c < 0 ? 0 : c;
}

UChar32 code_point_at(std::string_view text, std::size_t i, std::size_t& next) {
    int32_t offset = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, static_cast<int32_t>(text.size()), c);
    next = static_cast<std::size_t>(offset);
    return c < 0 ? 0xFFFD : c;
}

bool is_letter(UChar32 c) {
    // ASCII letters are the ASCII code points ICU calls letters (none combines): most of a text.
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isalpha(c) || u_getCombiningClass(c) != 0;
}

struct NumberWord {
    std::string_view lower, capitalised;
    int value;
};

// Counting words from two to ten; "một" (also "one of") and larger compounds
// are left out on purpose: callers decide what a word means in context.
constexpr std::array<NumberWord, 10> kNumberWords{{
    {"hai", "Hai", 2},
    {"ba", "Ba", 3},
    {"bốn", "Bốn", 4},
    {"năm", "Năm", 5},
    {"sáu", "Sáu", 6},
    {"bảy", "Bảy", 7},
    {"bẩy", "Bẩy", 7},
    {"tám", "Tám", 8},
    {"chín", "Chín", 9},
    {"mười", "Mười", 10},
}};

bool word_boundary_before(std::string_view text, std::size_t i) {
    const UChar32 before = code_point_before(text, i);
    return !is_letter(before) && !(before >= '0' && before <= '9');
}

bool word_boundary_after(std::string_view text, std::size_t i) {
    if (i >= text.size()) return true;
    std::size_t next;
    const UChar32 after = code_point_at(text, i, next);
    return !is_letter(after) && !is_digit(text[i]);
}

std::optional<NumberToken> number_word_at(std::string_view text, std::size_t i) {
    for (const NumberWord& w : kNumberWords) {
        for (std::string_view form : {w.lower, w.capitalised}) {
            // Called at every word: the first byte rules out most forms without a comparison,
            // and the boundaries (which decode characters) are looked at only for a form found.
            if (i >= text.size() || text[i] != form[0]) continue;
            if (text.substr(i, form.size()) == form && word_boundary_before(text, i) &&
                word_boundary_after(text, i + form.size())) {
                NumberToken token;
                token.span = {i, i + form.size()};
                token.value = Decimal{w.value, 0};
                token.is_word = true;
                return token;
            }
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<model::Decimal> parse_number(std::string_view s) {
    while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (!negative) {
        // A number word standing alone ("hai", "Mười", also "một" here).
        if (s == "một" || s == "Một") return Decimal{1, 0};
        if (auto word = number_word_at(s, 0); word && word->span.end == s.size()) return word->value;
    }
    if (s.empty() || !is_digit(s.front())) return std::nullopt;
    const Scan scan = scan_number(s, 0, /*allow_dot_decimal=*/true);
    if (scan.end != s.size()) return std::nullopt;
    return to_decimal(scan.digits, scan.scale, negative);
}

std::string format_number(const model::Decimal& d) {
    // Decimal::to_string gives canonical "-1234.5"; regroup it the Vietnamese way.
    const std::string plain = d.to_string();
    std::string_view rest = plain;
    std::string out;
    if (!rest.empty() && rest.front() == '-') {
        out.push_back('-');
        rest.remove_prefix(1);
    }
    const std::size_t point = rest.find('.');
    const std::string_view integer = rest.substr(0, point);
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) out.push_back('.');
        out.push_back(integer[i]);
    }
    if (point != std::string_view::npos) {
        out.push_back(',');
        out.append(rest.substr(point + 1));
    }
    return out;
}

model::Decimal scale_by_power_of_ten(model::Decimal d, int exponent) {
    d.scale -= exponent;
    // Fold a negative scale into the digits while they fit, so values stay plain.
    while (d.scale < 0 && d.unscaled > std::numeric_limits<std::int64_t>::min() / 10 &&
           d.unscaled < std::numeric_limits<std::int64_t>::max() / 10) {
        d.unscaled *= 10;
        ++d.scale;
    }
    return d;
}

std::vector<NumberToken> find_numbers(std::string_view text) {
    std::vector<NumberToken> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        if (is_digit(text[i])) {
            // Digits glued to a letter ("Q1", "km2", "COVID19") are not figures.
            const bool glued = is_letter(code_point_before(text, i));
            // In running text a dot followed by one or two digits is a date ("17.12"), not a decimal.
            const Scan scan = scan_number(text, i, /*allow_dot_decimal=*/false);
            if (!glued) {
                if (auto value = to_decimal(scan.digits, scan.scale, false)) {
                    NumberToken token;
                    token.span = {i, scan.end};
                    token.value = *value;
                    tokens.push_back(token);
                }
            }
            i = scan.end;
            continue;
        }
        std::size_t next;
        const UChar32 c = code_point_at(text, i, next);
        if (is_letter(c)) {
            if (auto word = number_word_at(text, i)) {
                tokens.push_back(*word);
                i = word->span.end;
                continue;
            }
            // Skip the rest of this word.
            while (i < text.size() && is_letter(code_point_at(text, i, next))) i = next;
            continue;
        }
        i = next;
    }
    return tokens;
}

}  // namespace baocao::text
