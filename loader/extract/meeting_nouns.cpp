// What the meeting nouns of a sentence name (see meeting_nouns.h).
#include "extract/meeting_nouns.h"

#include <algorithm>

#include "extract/meeting_days.h"
#include "extract/meeting_text.h"

namespace baocao::extract {

using namespace meeting_text;

std::map<std::string, std::vector<std::string>*> MeetingNouns::cue_lists() {
    return {{"names_a_past_meeting", &past_meeting_cues_}, {"adopts_now", &adopted_now_cues_},
            {"attending", &attending_cues_}, {"not_a_meeting", &not_meetings_},
            {"place_name_before", &place_name_cues_}, {"roundup_subject", &roundup_subjects_}, {"unit_counted", &units_counted_},
            {"beyond_one_body", &beyond_one_body_}};
}

// A meeting noun that names a meeting being held, not an earlier one's
// resolution ("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX").
bool MeetingNouns::names_a_meeting(std::string_view folded_part) const {
    for (const auto& [p, e] : meeting_nouns(folded_part)) {
        // "họp báo": a press conference, no meeting of the bodies reported on.
        if (std::any_of(not_meetings_.begin(), not_meetings_.end(),
                        [&](const std::string& w) { return word_at(folded_part, p, w); }))
            continue;
        if (in_place_name(folded_part, 0, p)) continue;
        // "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "đại hội đảng bộ các cấp": the nation's
        // congress, or those of every level, no one body's.
        if (meeting_days::opens_with_word(folded_part.substr(e), beyond_one_body_)) continue;
        // "... Đại hội đại biểu Đảng bộ tỉnh lần thứ I (Đại hội)", "Kỳ họp thứ 21 (Kỳ họp giữa năm)": a
        // name in brackets restates the meeting named before it, which alone is judged.
        if (const std::string_view before = trim_end(folded_part.substr(0, p)); !before.empty() && before.back() == '(')
            continue;
        if (many_units_hold_it(folded_part, p)) continue;
        if (!names_another_meeting(folded_part, p)) return true;
    }
    return false;
}

// "Đến nay, đã có trên 50% số chi bộ này tổ chức thành công Đại hội", "760/928 số tổ chức cơ sở
// đảng đã tiến hành đại hội": many units each held one, a round-up, no meeting reported.
// (Any words of the sentence before the noun: "toàn tỉnh đã có 760/928 số tổ chức cơ sở đảng đã
// tiến hành đại hội ...; trong đó các Đảng bộ ... đã hoàn thành đại hội" counts both.)
bool MeetingNouns::many_units_hold_it(std::string_view folded_part, std::size_t p) const {
    return has_any(folded_part.substr(0, p), roundup_subjects_) || counts_units(folded_part.substr(0, p));
}

// "35/240 hội nông dân cấp xã đã tổ chức đại hội", "Đến nay, 100% Hội Nông dân cấp huyện ... đã tổ
// chức thành công Đại hội": a share of units (N/M or a percentage, then a unit noun) held one each.
// A date ("ngày 13/6", "sáng 10/12") is no share: a word of the day or month stands before it.
bool MeetingNouns::counts_units(std::string_view before) const {
    static const std::vector<std::string> time_words{"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "tháng"};
    std::size_t b = 0;
    std::string_view previous;
    while (b < before.size()) {
        while (b < before.size() && before[b] == ' ') ++b;
        std::size_t e = before.find(' ', b);
        if (e == std::string_view::npos) e = before.size();
        const std::string_view word = before.substr(b, e - b);
        const bool a_day = std::find(time_words.begin(), time_words.end(), previous) != time_words.end();
        previous = word;
        if (!a_day && is_share_of_units(word)) {
            std::string_view rest = before.substr(e);
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            if (rest.rfind("số ", 0) == 0) rest.remove_prefix(std::string_view("số ").size());
            if (meeting_days::opens_with_word(rest, units_counted_)) return true;
        }
        b = e;
    }
    return false;
}

// "35/240", "10/10" (the first no larger than the second), "100%".
bool MeetingNouns::is_share_of_units(std::string_view word) {
    auto digits = [](std::string_view s) {
        return !s.empty() && s.size() <= 5 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (word.size() > 1 && word.back() == '%') return digits(word.substr(0, word.size() - 1));
    const std::size_t slash = word.find('/');
    if (slash == std::string_view::npos) return false;
    const std::string_view part = word.substr(0, slash), whole = word.substr(slash + 1);
    if (!digits(part) || !digits(whole)) return false;
    return std::stoi(std::string(part)) <= std::stoi(std::string(whole));
}

// The words right before the meeting noun at p make it an earlier meeting, one still to come,
// or one convened or noticed ("chào mừng Đại hội", "triệu tập kỳ họp"), unless its resolution
// is being adopted now ("thông qua Nghị quyết Đại hội").
bool MeetingNouns::names_another_meeting(std::string_view folded_part, std::size_t p) const {
    const std::string_view before = trim_end(folded_part.substr(0, p));
    const auto cue = std::find_if(past_meeting_cues_.begin(), past_meeting_cues_.end(),
                                  [&](const std::string& c) { return ends_with_word(before, c); });
    if (cue == past_meeting_cues_.end()) return false;
    const std::string_view earlier = before.substr(0, before.size() - cue->size());
    return !ends_with_any(earlier, adopted_now_cues_);
}

// Every meeting noun of the sentence follows a word of attending ("Về dự kỳ
// họp có ông ...", "Dự đại hội còn có ..."): it lists who came.
bool MeetingNouns::lists_guests(std::string_view folded_part) const {
    std::vector<std::pair<std::size_t, std::size_t>> seen;  // "kỳ họp" holds "họp": one noun
    for (const auto& noun : nouns_)
        for (std::size_t p = folded_part.find(noun); p != std::string_view::npos; p = folded_part.find(noun, p + 1)) {
            if (!standalone(folded_part, p, p + noun.size())) continue;
            const std::size_t e = p + noun.size();
            if (std::any_of(seen.begin(), seen.end(), [&](const auto& r) { return p >= r.first && e <= r.second; }))
                continue;
            if (!ends_with_any(folded_part.substr(0, p), attending_cues_)) return false;
            seen.emplace_back(p, e);
        }
    return !seen.empty();
}

// Where the meeting nouns of a sentence stand, in text order, but one inside a longer
// one ("họp" of "kỳ họp": the words before a noun are read before the longer one).
std::vector<std::pair<std::size_t, std::size_t>> MeetingNouns::meeting_nouns(std::string_view folded_part) const {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (const auto& noun : nouns_)
        for (std::size_t p = folded_part.find(noun); p != std::string_view::npos; p = folded_part.find(noun, p + 1))
            if (standalone(folded_part, p, p + noun.size())) found.emplace_back(p, p + noun.size());
    // By start, the longer first: a noun is inside another when one before it reaches as far.
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    std::vector<std::pair<std::size_t, std::size_t>> outer;
    std::size_t reach = 0;
    for (const auto& span : found) {
        if (reach < span.second) outer.push_back(span);
        reach = std::max(reach, span.second);
    }
    return outer;
}

// "tại Trung tâm Hội nghị tỉnh", "Cung Hội nghị": the meeting noun at p names a building
// (place_name_before in data/meeting_cues.tsv), not a meeting.
bool MeetingNouns::in_place_name(std::string_view folded, std::size_t from, std::size_t p) const {
    const std::string_view before = trim_end(folded.substr(from, p - from));
    return std::any_of(place_name_cues_.begin(), place_name_cues_.end(),
                       [&](const std::string& c) { return ends_with_word(before, c); });
}

// Both texts name a meeting with the same noun ("hội nghị" and "hội nghị", not "phiên họp" and "kỳ họp";
// meeting_nouns leaves out "họp" inside "kỳ họp").
bool MeetingNouns::share_a_noun(std::string_view a, std::string_view b) const {
    const auto in_b = meeting_nouns(b);
    for (const auto& [p, e] : meeting_nouns(a))
        for (const auto& [q, f] : in_b)
            if (a.substr(p, e - p) == b.substr(q, f - q)) return true;
    return false;
}

}  // namespace baocao::extract
