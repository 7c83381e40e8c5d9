// Is the article a meeting report, and which lead sentence reports it (see meeting_screen.h).
#include "extract/meeting_screen.h"

#include <algorithm>

#include "extract/evidence_util.h"
#include "extract/meeting_body.h"
#include "extract/meeting_days.h"
#include "extract/meeting_nouns.h"
#include "extract/meeting_text.h"
#include "text/normalize.h"

namespace baocao::extract {

using namespace meeting_text;
using namespace meeting_days;

using model::Span;

namespace {

constexpr std::size_t kLeadSentences = 10;  // the meeting is reported in the lead, not at the end

}  // namespace

std::map<std::string, std::vector<std::string>*> ReportScreen::cue_lists() {
    return {{"not_a_date", &not_a_date_}, {"deadline", &deadline_cues_}, {"interviewer", &interviewer_labels_},
            {"interview_word", &interview_words_}, {"interviewee_address", &interviewee_addresses_},
            {"called_off", &called_off_cues_}, {"history_headline", &history_headline_cues_}, {"to_come", &to_come_cues_}, {"not_to_come", &not_to_come_},
            {"day_to_come", &day_to_come_cues_}, {"convened_to_come", &convened_to_come_cues_},
            {"notice", &notice_cues_},
            {"decided", &decided_cues_}, {"reported_at", &reported_at_cues_},
            {"background_opener", &background_openers_}, {"schedule_opener", &schedule_openers_},
            {"takes_place", &takes_place_}};
}

// "Đại hội Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2015-2020 có ý nghĩa ..." on a page of
// 2019: a congress meets as its term begins, so one whose term began two years or
// more before the page was posted, told with no day, is recalled, not reported.
bool ReportScreen::is_past_congress(const model::Document& doc, const model::Meeting& m) {
    if (m.held_on || !doc.published_on || m.kind != "đại hội" || !m.period) return false;
    if (m.period_basis != "congress_term") return false;
    return m.period->end.year + 2 <= doc.published_on->year;
}

// A round-up lists its items as bullet headlines ("*Xã A phấn đấu ...") before
// telling them; the headlines report nothing themselves.
bool ReportScreen::bullet_line(const model::Document& doc, const Span& s) {
    // The sentence opens its line. (Not a search back for the line's start:
    // that costs the whole text per sentence when the text is one line.)
    if (s.begin != 0 && doc.text[s.begin - 1] != '\n') return false;
    return doc.text.compare(s.begin, 1, "*") == 0 || doc.text.compare(s.begin, 3, "•") == 0;
}

bool ReportScreen::is_round_up(const model::Document& doc) {
    constexpr int kFewestItems = 3;
    int bullets = 0;
    for (const auto& s : doc.sentences)
        if (!s.furniture && bullet_line(doc, s.span)) ++bullets;
    return bullets >= kFewestItems;
}

// Content sentences of the lead (furniture left out); lines when the text
// layer gave no sentences.
std::vector<Span> ReportScreen::lead_sentences(const model::Document& doc) const {
    std::vector<Span> out;
    const bool round_up = is_round_up(doc);
    for (const auto& s : doc.sentences) {
        if (s.furniture || (round_up && bullet_line(doc, s.span))) continue;
        out.push_back(s.span);
        if (out.size() >= kLeadSentences) break;
    }
    if (out.empty()) {
        std::size_t b = 0;
        while (b < doc.text.size() && out.size() < kLeadSentences) {
            std::size_t e = doc.text.find('\n', b);
            if (e == std::string::npos) e = doc.text.size();
            if (e > b) out.push_back(Span{b, e});
            b = e + 1;
        }
    }
    return out;
}

// The meeting sentence first, then the headline, then the rest of the lead.
std::vector<Span> ReportScreen::search_order(const model::Document& doc, const std::vector<Span>& lead, std::size_t report) const {
    std::vector<Span> order{lead[report]};
    if (!doc.title.empty()) {
        std::size_t at = doc.text.find(doc.title);
        if (at != std::string::npos) order.push_back(Span{at, at + doc.title.size()});
    }
    for (std::size_t i = 0; i < lead.size(); ++i)
        if (i != report) order.push_back(lead[i]);
    return order;
}

// A day that dates the meeting, not a document ("Nghị quyết số 02 ngày 3/2")
// nor the page ("Cập nhật: 19/11/2020").
bool ReportScreen::is_meeting_day(const std::string& folded, const text::DayMention& d) const {
    std::size_t from = d.span.begin > 40 ? d.span.begin - 40 : 0;
    std::string before = folded.substr(from, d.span.begin - from);
    std::size_t cut = before.find_last_of(".;\n");
    if (cut != std::string::npos) before = before.substr(cut + 1);
    if (has_any(before, not_a_date_)) return false;
    // "hoàn thành trước tháng 30/6/2020", "chậm nhất ngày 15/7": a deadline.
    if (ends_with_any(before, deadline_cues_)) return false;
    if (has_document_number(before)) return false;  // "93-KH/HU ngày"
    // "13:58 15/08/2025", "15/08/2025 13:58": the time a page was posted.
    if (ends_with_clock(before)) return false;
    const std::size_t line_end = std::min(folded.find('\n', d.span.end), folded.size());
    if (starts_with_clock(std::string_view(folded).substr(d.span.end, line_end - d.span.end))) return false;
    return true;
}

// "PHỎNG VẤN BÍ THƯ TỈNH ỦY ...", "phóng viên ... phỏng vấn đồng chí ...": the
// headline or the first sentences of the lead name an interview.
bool ReportScreen::announces_an_interview(const model::Document& doc, const std::string& folded,
                                          const std::vector<Span>& lead) const {
    if (has_any(text::fold(doc.title), interview_words_)) return true;
    for (std::size_t i = 0; i < lead.size() && i < 3; ++i)
        if (has_any(std::string_view(folded).substr(lead[i].begin, lead[i].end - lead[i].begin), interview_words_))
            return true;
    return false;
}

// An interview puts its questions in paragraphs of their own: "Phóng viên: ... ?".
// A reporter's questions: a line "Phóng viên: ...?", or two question lines set off as the
// questions of an interview are (a dash before them, or the interviewee addressed: "..., thưa ông?").
bool ReportScreen::is_interview(const std::string& folded) const {
    int questions = 0;
    std::size_t b = 0;
    while (b < folded.size()) {
        std::size_t e = folded.find('\n', b);
        if (e == std::string::npos) e = folded.size();
        std::string_view line = std::string_view(folded).substr(b, e - b);
        b = e + 1;
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        if (line.empty() || line.back() != '?') continue;
        for (const auto& label : interviewer_labels_)
            if (line.size() > label.size() + 1 && line.compare(0, label.size(), label) == 0 &&
                line.substr(label.size()).find_first_not_of(' ') != std::string_view::npos &&
                line[line.find_first_not_of(' ', label.size())] == ':')
                return true;
        const bool dashed = line.rfind("- ", 0) == 0 || line.rfind("\u2013 ", 0) == 0 || line.rfind("\u2014 ", 0) == 0;
        if (dashed || has_any(line, interviewee_addresses_)) ++questions;
        if (questions >= 2) return true;
    }
    return false;
}

// "Ôn lại truyền thống 93 năm Ngày thành lập Hội Nông dân Việt Nam", "Nhìn lại chặng đường ...": a
// headline (or the line opening the text) that recalls a history; with no meeting day the
// article is a feature, whatever congresses it recalls.
bool ReportScreen::headline_recalls_history(const std::string& folded, const std::vector<Span>& lead) const {
    constexpr std::size_t kHeadLines = 2;  // a page's banner or section line may come first
    for (std::size_t i = 0; i < lead.size() && i < kHeadLines; ++i) {
        const std::string_view line = std::string_view(folded).substr(lead[i].begin, lead[i].end - lead[i].begin);
        if (has_any(line, history_headline_cues_)) return true;
    }
    return false;
}

// "Thoại Sơn tích cực chuẩn bị Đại hội ...", "Hà Tĩnh hướng tới Đại hội Đảng bộ tỉnh", "Sơn Dương
// sẵn sàng cho Đại hội MTTQ": a headline whose every meeting is one prepared for, welcomed
// or still to come. Told with no meeting day, the article is about the run-up, not a meeting.
// "Nghệ An hoãn kỳ họp bất thường HĐND tỉnh": the headline's meeting did not take place.
bool ReportScreen::headline_calls_it_off(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead) const {
    if (lead.empty() || !is_title(doc, lead.front())) return false;
    const std::string_view headline = std::string_view(folded).substr(lead.front().begin, lead.front().end - lead.front().begin);
    const auto nouns = meetings_.meeting_nouns(headline);
    return std::any_of(nouns.begin(), nouns.end(), [&](const auto& n) {
        return ends_with_any(trim_end(headline.substr(0, n.first)), called_off_cues_);
    });
}

bool ReportScreen::headline_prepares_for_a_meeting(const model::Document& doc, const std::string& folded,
                                                   const std::vector<Span>& lead) const {
    if (lead.empty() || !is_title(doc, lead.front())) return false;
    const std::string_view headline = std::string_view(folded).substr(lead.front().begin, lead.front().end - lead.front().begin);
    if (meetings_.names_a_meeting(headline)) return false;
    const auto nouns = meetings_.meeting_nouns(headline);
    return std::any_of(nouns.begin(), nouns.end(),
                       [&](const auto& n) { return meetings_.names_another_meeting(headline, n.first); });
}

// reference: the article's year (its date header, else the latest year it names).
int ReportScreen::meeting_sentence(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead,
                                   const std::vector<text::DayMention>& days, int reference) const {
    int noun_and_verb = -1, with_body = -1, guests = -1, reported_at = -1;
    bool announced_first = false;  // the lead opens announcing a meeting still to come
    for (std::size_t i = 0; i < lead.size(); ++i) {
        std::string_view part = std::string_view(folded).substr(lead[i].begin, lead[i].end - lead[i].begin);
        if (!meetings_.names_a_meeting(part)) {
            // "Ngày 7/12, HĐND thành phố sẽ triệu tập kỳ họp thường lệ cuối năm": the lead opens on a
            // meeting convened for later; "Kỳ họp được tổ chức từ ngày 7/12" after it is its schedule.
            if (noun_and_verb < 0 && with_body < 0 && guests < 0 && has_any(part, convened_to_come_cues_))
                announced_first = true;
            continue;
        }
        if (inside_quotation(doc.text, lead[i].begin)) continue;
        // "Trước đó, ... Thường trực Tỉnh ủy đã có cuộc họp ...": what led up to the news, not it.
        if (starts_with_any(part, background_openers_)) continue;
        if (tells_of_the_past(reference, part)) continue;
        // "Đại hội ... được tiến hành vào thời gian nào?": a headline that asks reports nothing.
        if (const std::string_view asked = trim_end(part); is_title(doc, lead[i]) && !asked.empty() && asked.back() == '?')
            continue;
        bool dated = std::any_of(days.begin(), days.end(), [&](const text::DayMention& d) {
            return dates_sentence(folded, lead, i, d) && is_meeting_day(folded, d) &&
                   !after_posting(doc, d);
        });
        bool only_future = !dated && std::any_of(days.begin(), days.end(), [&](const text::DayMention& d) {
            return d.span.begin >= lead[i].begin && d.span.begin < lead[i].end && after_posting(doc, d);
        });
        // "... triệu tập đại biểu tham dự kỳ họp chuyên đề vào ngày 5-3 tới": a meeting day to come
        // (not "Từ ngày 10/3 tới 15/3": there "tới" opens the span's last day).
        const bool day_to_come = std::any_of(days.begin(), days.end(), [&](const text::DayMention& d) {
            if (d.span.begin < lead[i].begin || d.span.end > lead[i].end || !is_meeting_day(folded, d)) return false;
            const std::string_view after = std::string_view(folded).substr(d.span.end, lead[i].end - d.span.end);
            if (!opens_with_word(after, day_to_come_cues_)) return false;
            std::size_t next = after.find_first_not_of(' ');
            next = after.find(' ', next);  // past the cue word
            next = next == std::string_view::npos ? after.size() : after.find_first_not_of(' ', next);
            const std::string_view rest = next == std::string_view::npos ? std::string_view() : after.substr(next);
            return rest.empty() || !(ascii_digit(rest.front()) || rest.rfind("ngày", 0) == 0);
        });
        // An article that opens by announcing a meeting ("Đại hội ... sẽ diễn
        // ra trong hai ngày 23-24/8") tells of the run-up to it, not of it. So does one that
        // opens undated and in the future ("Tại kỳ họp này, HĐND tỉnh sẽ xem xét 24 báo cáo")
        // or on a meeting dated only after the page was posted ("Từ ngày 11.7 đến 13.7: Tiến
        // hành kỳ họp thứ sáu" under a stamp of 27/06).
        const bool future_undated = !dated && tells_what_is_to_come(part) && !told_as_held(part);
        if (announces(part) || future_undated || only_future || day_to_come) {
            // Only a later sentence dated on a meeting held can still be the report's
            // ("Kỳ họp thứ 9 dự kiến diễn ra đầu tháng 12" / "Sáng 2/10, hội nghị liên tịch ... đã
            // được tổ chức").
            // A headline that only names it ("Đại hội đại biểu Đảng bộ tỉnh ... lần thứ I: Dấu mốc
            // ..."), or tells the same meeting with a verb but no tense ("Xã A tổ chức Hội nghị đối
            // thoại" over "Chủ tịch UBND xã sẽ tổ chức Hội nghị ..."), names the meeting announced;
            // one told as done ("đã", "vừa"), or another meeting ("phiên họp" over a "kỳ họp" to
            // come), does not, nor one the sentence tells as held ("Tại phiên họp, ... kỳ họp ...
            // sẽ diễn ra").
            const auto headline_or_none = [&](int k) {
                if (k < 0) return true;
                const Span& h = lead[static_cast<std::size_t>(k)];
                if (!is_title(doc, h)) return false;
                const std::string_view headline = std::string_view(folded).substr(h.begin, h.end - h.begin);
                if (!has_any(headline, verbs_)) return true;
                return !told_as_held(headline) && !starts_with_any(part, reported_at_cues_) &&
                       meetings_.share_a_noun(headline, part);
            };
            if (headline_or_none(noun_and_verb) && headline_or_none(with_body) && headline_or_none(guests)) {
                announced_first = true;
                noun_and_verb = with_body = guests = -1;
            }
            continue;
        }
        // After the announcement, only a meeting told as held ("đã được tổ chức", "vừa họp"):
        // "Kỳ họp thứ 12 diễn ra từ 13 - 15/12" restates the one announced.
        if (announced_first && !told_as_held(part)) continue;
        bool verb = has_any(part, verbs_);
        // "Ngày 18/7, HĐND huyện tổ chức kỳ họp thứ 12" over "Thường trực HĐND huyện vừa ban hành
        // thông báo về việc tổ chức kỳ họp thứ 12": a headline with no tense over a lead that
        // announces it is the notice's, not a report's.
        const bool notice_follows = is_title(doc, lead[i]) && !told_as_held(part) && i + 1 < lead.size() &&
                                    announces(std::string_view(folded).substr(lead[i + 1].begin, lead[i + 1].end - lead[i + 1].begin));
        if (dated && (verb || part.size() < 400) && !notice_follows) return static_cast<int>(i);
        // "Theo chương trình, kỳ họp sẽ diễn ra trong các ngày 5, 6 và 7-12. ... Tại phiên họp, Chủ
        // tịch UBND thành phố đã báo cáo ...": what was done at the meeting announced tells it held.
        if (announced_first) {
            if (reported_at < 0 && starts_with_any(part, reported_at_cues_)) reported_at = static_cast<int>(i);
            continue;
        }
        // "Đại hội Đảng bộ tỉnh lần thứ XI đề ra 3 công trình trọng điểm": undated, no
        // verb of a meeting held, a meeting that decided something: a feature recalls it.
        // One told as done that opens its term in the article's year is this year's congress,
        // reported ("Đại hội ... nhiệm kỳ 2025-2030 đã đề ra các chỉ tiêu chủ yếu" in 2025).
        if (!verb && has_any(part, decided_cues_) && !(told_as_held(part) && sets_this_terms_goals(part, reference)))
            continue;
        // "Dự Đại hội còn có ... Thường trực HĐND tỉnh": the bodies named are guests.
        if (meetings_.lists_guests(part)) {
            if (guests < 0) guests = static_cast<int>(i);
            continue;
        }
        // Undated: a sentence naming the body that met ("Hội nghị lần thứ 16 của Ban
        // Chấp hành Đảng bộ thành phố") says more than one that only mentions a meeting.
        bool names_body = false;
        for (const auto& b : bodies_.bodies_in(folded, lead[i]))
            if (!bodies_.inside_title(folded, b.span)) names_body = true;
        if (names_body && with_body < 0) with_body = static_cast<int>(i);
        if (verb && noun_and_verb < 0) noun_and_verb = static_cast<int>(i);
        // "Tại hội nghị, đồng chí ... trình bày báo cáo ...": what was done at a meeting held,
        // in a text whose opening sentence (the one naming it) is missing.
        if (reported_at < 0 && starts_with_any(part, reported_at_cues_)) reported_at = static_cast<int>(i);
    }
    if (with_body >= 0) return with_body;
    if (noun_and_verb >= 0) return noun_and_verb;
    return guests >= 0 ? guests : reported_at;
}

// A congress, named with a term of several years that opens in `year` ("Đại hội ... nhiệm kỳ
// 2025-2030"), sets goals; a committee issuing a resolution ("đã ban hành Nghị quyết số 20")
// tells of a document.
bool ReportScreen::sets_this_terms_goals(std::string_view folded_part, int year) {
    if (year == 0 || !contains_word(folded_part, "đại hội") || contains_word(folded_part, "ban hành")) return false;
    for (const auto& p : text::find_periods(std::string(folded_part), std::nullopt))
        if (p.period.start.year == year && p.period.end.year > year) return true;
    return false;
}

// "đã", "vừa" as words: what the sentence tells is done.
bool ReportScreen::told_as_held(std::string_view folded_part) {
    return contains_word(folded_part, "đã") || contains_word(folded_part, "vừa");
}

// A word of what is to come ("sẽ", "sắp"), not one inside a compound ("sắp xếp": arranging).
bool ReportScreen::tells_what_is_to_come(std::string_view folded_part) const {
    for (const auto& cue : to_come_cues_)
        for (std::size_t p = folded_part.find(cue); p != std::string_view::npos; p = folded_part.find(cue, p + 1)) {
            if (!standalone(folded_part, p, p + cue.size())) continue;
            if (std::none_of(not_to_come_.begin(), not_to_come_.end(),
                             [&](const std::string& w) { return word_at(folded_part, p, w); }))
                return true;
        }
    return false;
}

// "sẽ được tổ chức": the passive "được" between the cue and the verb.
std::string_view ReportScreen::without_passive(std::string_view before) {
    before = trim_end(before);
    return ends_with_word(before, "được") ? before.substr(0, before.size() - std::string_view("được").size())
                                           : before;
}

// "Đại hội ... sẽ (được) diễn ra trong hai ngày 23-24/8": a meeting announced, still to come;
// "Theo kế hoạch, từ 11 đến 18-10, có 36 Đảng bộ tổ chức Đại hội": a schedule.
bool ReportScreen::announces(std::string_view folded_part) const {
    if (starts_with_any(folded_part, schedule_openers_)) return true;
    // "Thường trực HĐND huyện vừa ban hành thông báo về việc tổ chức kỳ họp thứ 12": a notice of it.
    if (has_any(folded_part, notice_cues_)) return true;
    for (const auto& verb : takes_place_)
        for (std::size_t p = folded_part.find(verb); p != std::string_view::npos; p = folded_part.find(verb, p + 1))
            if (standalone(folded_part, p, p + verb.size()) && ends_with_any(without_passive(folded_part.substr(0, p)), to_come_cues_))
                return true;
    return false;
}

// A sentence whose every year lies well before the article's own time tells
// of a past gathering ("Năm 1930, nơi đây là nơi hội họp ..."), not a meeting
// being reported now.
// reference: the article's year (its date header, else the latest year it names).
bool ReportScreen::tells_of_the_past(int reference, std::string_view sentence) {
    if (reference == 0) return false;
    const int latest = latest_year(sentence);
    return latest > 0 && latest < reference - 5;
}

// A listing page strings together several dated items that start paragraphs.
bool ReportScreen::is_listing(const model::Document& doc, const std::vector<text::DayMention>& days) const {
    std::map<std::pair<int, int>, int> item_days;
    std::map<std::pair<int, int>, std::string> item_lines;  // what each item's line says after its day
    std::size_t body_end = doc.text.size();
    for (const auto& d : days) {
        // Only bullet marks before the day on its line. Scans back over
        // the marks, not to the line's start: a one-line text of
        // megabytes has thousands of days.
        const std::size_t before_marks =
            d.span.begin == 0 ? std::string::npos : doc.text.find_last_not_of(" -*•(", d.span.begin - 1);
        if (before_marks != std::string::npos && doc.text[before_marks] != '\n') continue;
        // A date alone on its line is the page's stamp, not an item ("14/12/2021\nNgày 13/12, ...").
        std::size_t line_end = doc.text.find('\n', d.span.end);
        if (line_end == std::string::npos) line_end = doc.text.size();
        const std::string_view rest = std::string_view(doc.text).substr(d.span.end, line_end - d.span.end);
        if (rest.find_first_not_of(" ,.:;-|") == std::string_view::npos) continue;
        // "18/09/2019 15:35 Số lượt xem: 227": a stamp with the time it was posted.
        if (starts_with_clock(rest)) continue;
        // "Hôm nay (17-7), các đại biểu ...": the report's next day, told as such.
        static const std::string hom = text::fold("hôm ");
        if (text::fold(std::string_view(doc.text).substr(d.span.begin, hom.size())) == hom) continue;
        // Tags or "Tin liên quan" after the first item end the article: the dated items
        // after them are other articles' teasers.
        if (item_days.empty()) {
            for (const auto& sentence : doc.sentences)
                if (sentence.ends_article && sentence.span.begin > d.span.begin) {
                    body_end = sentence.span.begin;
                    break;
                }
        } else if (d.span.begin >= body_end) {
            break;
        }
        item_days[{d.month, d.day}]++;
        item_lines[{d.month, d.day}] = text::fold(rest);
    }
    // Paragraphs that each open on a different day are separate news items, but for two
    // days in a row of one congress or session ("Ngày 22/8, Đại hội ... phiên trù bị ..."
    // then "Sáng 23/8, Đại hội ... khai mạc ...").
    if (item_days.size() == 2) {
        const auto first = item_days.begin()->first, second = std::next(item_days.begin())->first;
        auto both_name = [&](std::string_view noun) {
            return contains_word(item_lines[first], noun) && contains_word(item_lines[second], noun);
        };
        static const std::string congress = text::fold("đại hội"), session = text::fold("kỳ họp");
        if (first.first == second.first && second.second - first.second == 1 &&
            (both_name(congress) || both_name(session)))
            return false;
    }
    return item_days.size() >= 2;
}

}  // namespace baocao::extract
