// The meeting reader's tests of days and of the words around them: whether a day dates a
// sentence, falls after the page was posted, is told as today or sits beside the time a page
// was posted; and the word tests they use. Plain scanners over folded text, bounded in what
// they read around a position.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"
#include "text/dates.h"

namespace baocao::extract::meeting_days {

using model::Span;

// Whether text opens with one of `words`, a whole word ("tại hội nghị," not "tại hội nghịch").
bool starts_with_any(std::string_view text, const std::vector<std::string>& words);

// "“... Trong đó, đã tổ chức thành công Đại hội Đảng bộ xã Phổ An. ...”": a leader's words, quoted
// in a paragraph opened by a quotation mark still open at the sentence, tell of meetings; the
// article reports none of them. (Only the sentence's own line is read back: bounded.)
bool inside_quotation(std::string_view text, std::size_t at);

// Whether day d dates lead sentence i: written in it, or begun on the line before it ("Sáng\n12/8/2021
// tại phòng họp, HĐND phường ..."), or the dateline sentence right before it ("Ngày 19/3/2023.
// Đảng ủy xã ... tổ chức Hội nghị").
bool dates_sentence(const std::string& folded, const std::vector<Span>& lead, std::size_t i,
                    const text::DayMention& d);

// Whether text, its first spaces left aside, opens with one of `words` standing alone
// ("tới." and "tới," open with "tới"; "tớiX" does not).
bool opens_with_word(std::string_view text, const std::vector<std::string>& words);

// "Kế hoạch số 93-KH/HU ngày ...": a word holding both '-' and '/' numbers a document.
bool has_document_number(std::string_view s);

// "... 13:58 ": a time of day (hh:mm, hh:mm:ss, 8h30) is the last word, spaces aside.
bool ends_with_clock(std::string_view s);

// A day after the page was posted is an event announced, not the meeting reported.
bool after_posting(const model::Document& doc, const text::DayMention& d);

// "Hôm nay, ngày 14-7-2020, Đại hội ... khai mạc" on a page stamped the evening before: the day
// the article calls today is the one it reports, not one still to come.
bool told_as_today(const model::Document& doc, const text::DayMention& d);

// "15:35", " 08:05 | ...", " - 10:30": a time of day opens the text (past a separator).
bool starts_with_clock(std::string_view rest);

// Where a time of day written from byte i ends ("8:05", "15h30": one or two digits of
// hours, ':' or 'h', two of minutes, no digit after them), or 0 when none is written there.
std::size_t clock_end(std::string_view s, std::size_t i);

// "diễn ra sáng nay" in a bulletin or page stamped with its day: that day.
void read_today(const model::Document& doc, const std::string& folded, const Span& sentence,
                model::Meeting& m);

}  // namespace baocao::extract::meeting_days
