#include "extract/meeting_days.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "extract/evidence_util.h"     // folded_text
#include "extract/locality_context.h"  // posted_date
#include "extract/meeting_text.h"

namespace baocao::extract::meeting_days {

using namespace meeting_text;

// "(Baohatinh.vn) - Theo kế hoạch ...": a bracketed site or agency tag and its dash open the
// paragraph before its words; what the sentence opens with comes after them.
static std::string_view past_bracketed_tag(std::string_view text) {
    constexpr std::size_t kLongestTag = 40;  // bytes
    if (text.empty() || text.front() != '(') return text;
    const std::size_t close = text.find(')');
    if (close == std::string_view::npos || close > kLongestTag) return text;
    std::string_view rest = text.substr(close + 1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    for (std::string_view dash : {"-", "\u2013", "\u2014"})
        if (rest.substr(0, dash.size()) == dash) {
            rest.remove_prefix(dash.size());
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            return rest;
        }
    return text;
}

// Whether text opens with one of `words`, a whole word ("tại hội nghị," not "tại hội nghịch"), a
// bracketed tag before it aside.
bool starts_with_any(std::string_view text, const std::vector<std::string>& words) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    text = past_bracketed_tag(text);
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return text.substr(0, w.size()) == w &&
               (text.size() == w.size() || text[w.size()] == ' ' || text[w.size()] == ',' || text[w.size()] == ':');
    });
}

// "“... Trong đó, đã tổ chức thành công Đại hội Đảng bộ xã Phổ An. ...”": a leader's words, quoted
// in a paragraph opened by a quotation mark still open at the sentence, tell of meetings; the
// article reports none of them. (Only the sentence's own line is read back: bounded.)
bool inside_quotation(std::string_view text, std::size_t at) {
    const std::size_t line = text.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t from = line == std::string_view::npos || at == 0 ? 0 : line + 1;
    constexpr std::string_view kOpen = "\u201C", kClose = "\u201D";
    int open = 0;
    for (std::size_t i = from; i < at; ++i) {
        if (text.compare(i, kOpen.size(), kOpen) == 0) ++open;
        else if (text.compare(i, kClose.size(), kClose) == 0 && open > 0) --open;
    }
    return open > 0;
}

// Whether day d dates lead sentence i: written in it, or begun on the line before it ("Sáng\n12/8/2021
// tại phòng họp, HĐND phường ..."), or the dateline sentence right before it ("Ngày 19/3/2023.
// Đảng ủy xã ... tổ chức Hội nghị").
bool dates_sentence(const std::string& folded, const std::vector<Span>& lead, std::size_t i,
                    const text::DayMention& d) {
    if (i >= lead.size()) return false;
    const Span& s = lead[i];
    if (d.span.begin >= s.begin && d.span.begin < s.end) return true;
    if (d.span.begin < s.begin && d.span.end > s.begin) return true;
    if (i == 0) return false;
    const Span& before = lead[i - 1];
    if (d.span.begin < before.begin || d.span.end > before.end) return false;
    constexpr std::size_t kDatelineRest = 3;  // the full stop and spaces after the day
    const std::string_view rest = std::string_view(folded).substr(d.span.end, before.end - d.span.end);
    return d.span.begin == before.begin && rest.size() <= kDatelineRest && rest.find_first_not_of(" .:-") == std::string_view::npos;
}

// Whether text, its first spaces left aside, opens with one of `words` standing alone
// ("tới." and "tới," open with "tới"; "tớiX" does not).
bool opens_with_word(std::string_view text, const std::vector<std::string>& words) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return text.substr(0, w.size()) == w && !word_byte(text, w.size()); });
}

// "Kế hoạch số 93-KH/HU ngày ...": a word holding both '-' and '/' numbers a document.
bool has_document_number(std::string_view s) {
    for (std::size_t b = 0; b < s.size();) {
        std::size_t e = s.find(' ', b);
        if (e == std::string_view::npos) e = s.size();
        const std::string_view word = s.substr(b, e - b);
        if (word.find('/') != std::string_view::npos && word.find('-') != std::string_view::npos) return true;
        b = e + 1;
    }
    return false;
}

// "... 13:58 ": a time of day (hh:mm, hh:mm:ss, 8h30) is the last word, spaces aside.
bool ends_with_clock(std::string_view s) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    const std::size_t space = s.find_last_of(' ');
    const std::string_view word = space == std::string_view::npos ? s : s.substr(space + 1);
    const std::size_t end = clock_end(word, 0);
    if (end == 0 || end == word.size()) return end != 0;
    // seconds: ":ss" and nothing after
    return word.size() == end + 3 && word[end] == ':' && std::isdigit(static_cast<unsigned char>(word[end + 1])) &&
           std::isdigit(static_cast<unsigned char>(word[end + 2]));
}

// A day after the page was posted is an event announced, not the meeting reported.
bool after_posting(const model::Document& doc, const text::DayMention& d) {
    if (told_as_today(doc, d)) return false;
    if (auto posted = posted_date(doc)) {
        // A day without its year in a later month than the stamp is of the year before, as its
        // meeting's year is read (infer_year): "Ngày 4/12" under a stamp of 17/01/2022 is 2021's.
        const int year = d.year ? *d.year : year_under_stamp(d.month, posted->year, posted->month);
        return std::make_tuple(year, d.month, d.day) > std::make_tuple(posted->year, posted->month, posted->day);
    }
    if (doc.published_on && (!d.year || *d.year == doc.published_on->year))
        return d.month > doc.published_on->month;
    return false;
}

// "Hôm nay, ngày 14-7-2020, Đại hội ... khai mạc" on a page stamped the evening before: the day
// the article calls today is the one it reports, not one still to come.
bool told_as_today(const model::Document& doc, const text::DayMention& d) {
    constexpr std::size_t kLookBack = 24;
    std::string scratch;
    const std::string& folded = folded_text(doc, scratch);  // as long as the text, byte for byte
    const std::size_t from = d.span.begin > kLookBack ? d.span.begin - kLookBack : 0;
    std::string_view before = std::string_view(folded).substr(from, d.span.begin - from);
    const auto trim = [&] {
        while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
    };
    trim();
    if (ends_with_word(before, "ngày")) before.remove_suffix(std::string_view("ngày").size());
    trim();
    return ends_with_word(before, "hôm nay");
}

// "15:35", " 08:05 | ...", " - 10:30": a time of day opens the text (past a separator).
bool starts_with_clock(std::string_view rest) {
    const std::size_t i = rest.find_first_not_of(" -|,");
    return i != std::string_view::npos && clock_end(rest, i) != 0;
}

// Where a time of day written from byte i ends ("8:05", "15h30": one or two digits of
// hours, ':' or 'h', two of minutes, no digit after them), or 0 when none is written there.
std::size_t clock_end(std::string_view s, std::size_t i) {
    auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    std::size_t hours = 0;
    while (digit(i + hours)) ++hours;
    if (hours < 1 || hours > 2 || i + hours >= s.size()) return 0;
    const char sep = s[i + hours];
    const bool clock = (sep == ':' || sep == 'h') && digit(i + hours + 1) && digit(i + hours + 2) && !digit(i + hours + 3);
    return clock ? i + hours + 3 : 0;
}

// "diễn ra sáng nay" in a bulletin or page stamped with its day: that day.
void read_today(const model::Document& doc, const std::string& folded, const Span& sentence,
                model::Meeting& m) {
    const std::string_view text = std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin);
    std::size_t at = std::string_view::npos;
    std::string_view when;
    for (std::size_t p = text.find(" nay"); p != std::string_view::npos && at == std::string_view::npos;
         p = text.find(" nay", p + 1)) {
        if (!standalone(text, p + 1, p + 4)) continue;
        for (std::string_view w : {"sáng", "chiều", "tối", "trưa", "hôm"})
            if (p >= w.size() && word_at(text, p - w.size(), w)) {
                at = p - w.size();
                when = w;
                break;
            }
    }
    if (at == std::string_view::npos) return;
    // The page's stamp, else the day of its date header ("Hôm nay, HĐND tỉnh khai mạc ...").
    const auto stamped = posted_date(doc);
    const auto posted = stamped ? stamped : doc.published_day;
    if (!posted) return;
    m.held_on = *posted;
    m.date_basis = "posted_today";
    if (when != "hôm") m.time_of_day = std::string(when);
    m.evidence.match = Span{sentence.begin + at, sentence.begin + at + when.size() + std::string(" nay").size()};
}

}  // namespace baocao::extract::meeting_days
