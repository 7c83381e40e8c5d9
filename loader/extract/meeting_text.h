// Words and whole-text checks the meeting reader works with: whole-word
// tests on folded text, the latest year a text names, the signs that a text
// is no article to read (legacy font encodings, HTML source, another
// language, a history piece), and the scanners for session ordinals and
// terms ("lần thứ 9", "khóa XXI, nhiệm kỳ 2020-2025"). Plain scanners, linear
// in their input, no regular expressions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"

namespace baocao::extract::meeting_text {

using model::Span;

bool word_byte(std::string_view t, std::size_t pos);  // a letter, digit or non-ASCII byte
bool standalone(std::string_view t, std::size_t b, std::size_t e);  // [b, e) is a whole word
bool contains_word(std::string_view folded, std::string_view word);
bool word_at(std::string_view s, std::size_t at, std::string_view word);
// The year of a day of `month` written without its year on a page stamped in `stamp_month` of
// `stamp_year`: a month two or more after the stamp's is of the year before. The month
// right after it is of the same year: a page posted on 27/6 about "ngày 11.7" announces
// next month's session (as infer_year reads a date header).
inline int year_under_stamp(int month, int stamp_year, int stamp_month) {
    return month > stamp_month + 1 ? stamp_year - 1 : stamp_year;
}
// `text` without the spaces at its end.
std::string_view trim_end(std::string_view text);
// Whether `text`, its final spaces left aside, ends with `word` standing alone
// ("... tăng 7,7% so với" ends with "so với", "... giáo" does not end with "o").
bool ends_with_word(std::string_view text, std::string_view word);
// Whether the folded text holds one of `words`, each a whole word.
bool has_any(std::string_view folded_part, const std::vector<std::string>& words);
// Whether `text`, its final spaces left aside, ends with one of `words` standing alone.
bool ends_with_any(std::string_view text, const std::vector<std::string>& words);
bool ascii_digit(char c);
bool space_at(std::string_view s, std::size_t i);
std::size_t skip_spaces(std::string_view s, std::size_t i);
bool all_of_chars(std::string_view s, std::string_view allowed);

// The latest year (19xx or 20xx, four digits standing alone) a folded text names,
// horizons ("đến năm 2030") and ends of spans ("2020-2025") left out; 0 when none.
int latest_year(std::string_view folded);

// Why a text is no article to read, or "" when nothing is wrong.
std::string encoding_problem(std::string_view text);
std::string markup_problem(std::string_view text);
std::string language_problem(const std::string& folded, const std::vector<std::string>& common);
std::string history_problem(int latest_year_named);  // latest_year() of the whole text
// An official document's own text (a resolution, a decision) opens with its header and legal bases.
std::string document_problem(std::string_view folded, const std::vector<std::string>& preamble_words,
                             const std::vector<std::string>& document_markers);

// "lần thứ 9", "kỳ họp thứ XI", "phiên họp thứ nhất": the ordinal's text and
// where the words start.
struct Ordinal {
    std::size_t at;
    std::string_view number;
};
std::optional<Ordinal> session_ordinal(std::string_view part);

// "khóa XXI", "khóa 18 nhiệm kỳ 2020-2025", "khóa XII (nhiệm kỳ 2020 – 2025)":
// [begin, end) of the term as written in `part`.
std::optional<Span> term_words(std::string_view part);

}  // namespace baocao::extract::meeting_text
