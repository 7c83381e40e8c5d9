// Does the article report a meeting, and if so: when it was held, which body
// met and where, what kind of meeting, its session and term, the period it
// reviewed and who chaired it. Every decision reads the sentence that reports
// the meeting first ("Sáng 12/7, Ban Chấp hành Đảng bộ huyện X tổ chức hội
// nghị sơ kết 6 tháng đầu năm..."), then the headline, then the lead. The
// period reviewed and the year of a day written without one are read by the
// PeriodReader (meeting_period.cpp).
#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include <spdlog/spdlog.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "extract/evidence_util.h"
#include "extract/gazetteer.h"
#include "extract/locality_context.h"
#include "extract/meeting_period.h"
#include "extract/meeting_chair.h"
#include "extract/meeting_nouns.h"
#include "extract/meeting_days.h"
#include "extract/meeting_text.h"
#include "extract/person_names.h"
#include "extract/stages.h"
#include "extract/url_places.h"
#include "text/dates.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

using namespace meeting_text;
using namespace meeting_days;

using model::Span;

constexpr std::size_t kLeadSentences = 10;  // the meeting is reported in the lead, not at the end

struct BodyPattern {
    std::string key;        // folded
    std::string organizer;  // display form
    std::vector<std::string> types;
};

struct BodyMatch {
    Span span;
    const BodyPattern* pattern = nullptr;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b <= s.size()) {
        std::size_t e = s.find(sep, b);
        if (e == std::string::npos) e = s.size();
        out.push_back(s.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
    return s;
}

// "huyện ủy" -> "Huyện ủy": only the first letter, as bodies are written.
std::string capitalise_first(const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    if (u.length() == 0) return s;
    icu::UnicodeString head(u, 0, 1);
    head.toUpper();
    u.replace(0, 1, head);
    std::string out;
    u.toUTF8String(out);
    return out;
}

class MeetingStage : public Stage {
public:
    MeetingStage() : gazetteer_(Gazetteer::shared()), names_(NameLexicon::shared()) {
        load_bodies();
        for (const auto& row : read_tsv_rows(data_file("meeting_kinds.tsv"), 2))
            kinds_.emplace_back(text::fold(row[0]), row[1]);
        // Each role of data/meeting_cues.tsv fills one word list; an unknown role is an error in the data.
        std::map<std::string, std::vector<std::string>*> lists{
            {"noun", &nouns_}, {"verb", &verbs_}, {"not_a_date", &not_a_date_}, {"title_word", &title_words_},
            {"interviewer", &interviewer_labels_}, {"to_come", &to_come_cues_}, {"takes_place", &takes_place_},
            {"interview_word", &interview_words_}, {"interviewee_address", &interviewee_addresses_},
            {"venue", &venue_words_}, {"issuer", &issuer_words_}, {"sequel", &sequel_cues_},
            {"decided", &decided_cues_}, {"deadline", &deadline_cues_}, {"schedule_opener", &schedule_openers_},
            {"reported_at", &reported_at_cues_}, {"document_preamble", &document_preamble_},
            {"day_to_come", &day_to_come_cues_}, {"title_word_after", &title_words_after_},
            {"before_verb", &before_verb_words_}, {"background_opener", &background_openers_},
            {"called_off", &called_off_cues_}};
        lists.merge(meetings_.cue_lists());  // and the roles each reader reads
        lists.merge(chair_.cue_lists());
        lists.merge(period_.cue_lists());
        for (const auto& row : read_tsv_rows(data_file("meeting_cues.tsv"), 2)) {
            const auto list = lists.find(row[1]);
            if (list == lists.end())
                throw std::runtime_error(data_file("meeting_cues.tsv").string() + ": unknown role '" + row[1] + "' of '" + row[0] + "'");
            list->second->push_back(text::fold(row[0]));
        }
        for (const auto& row : read_tsv_rows(data_file("common_words.tsv"), 1)) common_words_.push_back(text::fold(row[0]));
    }

    const char* name() const override { return "meeting"; }

    void run(model::Document& doc) const override {
        std::string scratch;
        const std::string& folded = folded_text(doc, scratch);
        doc.is_meeting_report = false;
        const int latest_named = latest_year(folded);  // read once: the history check and the lead's sentences use it
        for (const auto& problem : {markup_problem(doc.text), encoding_problem(doc.text),
                                    language_problem(folded, common_words_), history_problem(latest_named),
                                    document_problem(folded, document_preamble_)}) {
            if (!problem.empty()) {
                doc.rejection_reason = problem;
                return;
            }
        }
        if (is_interview(folded)) {
            doc.rejection_reason = "an interview (questions put by a reporter), not a meeting report";
            return;
        }
        const auto lead = lead_sentences(doc);
        if (announces_an_interview(doc, folded, lead)) {
            doc.rejection_reason = "an interview (its headline or lead says so), not a meeting report";
            return;
        }
        const auto days = text::find_days(doc.text);
        if (is_listing(doc, days)) {
            doc.rejection_reason = "a listing of several dated news items, not one report";
            return;
        }
        // The page's own stamp dates it better than the latest year it names (a print date in the
        // page's head, "Ngày 17 tháng 01 năm 2022", is no year of the report).
        const auto posted = doc.published_on ? std::nullopt : posted_date(doc);
        const int reference = doc.published_on ? doc.published_on->year : posted ? posted->year : latest_named;
        int report = meeting_sentence(doc, folded, lead, days, reference);
        if (report < 0) {
            doc.rejection_reason = "no sentence in the lead reports a meeting being held";
            return;
        }
        doc.is_meeting_report = true;
        doc.rejection_reason.clear();

        model::Meeting m;
        const Span sentence = lead[static_cast<std::size_t>(report)];
        const std::vector<Span> where = search_order(doc, lead, static_cast<std::size_t>(report));
        m.evidence = evidence_at(doc, sentence);
        m.evidence.sentence = sentence;

        read_kind(folded, where, m);  // first: a congress's year is read from its term
        read_date(doc, folded, lead, sentence, days, m);
        if (!m.held_on && headline_prepares_for_a_meeting(doc, folded, lead)) {
            doc.is_meeting_report = false;
            doc.rejection_reason = "the run-up to a meeting (its headline prepares for it, no meeting day is told)";
            return;
        }
        if (headline_calls_it_off(doc, folded, lead)) {
            doc.is_meeting_report = false;
            doc.rejection_reason = "a meeting called off or put back (its headline says so), not held";
            return;
        }
        read_body(doc, folded, where, m);
        read_session_and_term(doc, folded, where, m);
        m.online = contains_word(std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin), "trực tuyến");
        period_.read_period(doc, folded, where, m);
        chair_.read_chair(doc, folded, lead, m);
        if (is_past_congress(doc, m)) {
            doc.is_meeting_report = false;
            doc.rejection_reason = "a congress held years before the page was posted (a look back, not a report)";
            return;
        }
        doc.meetings.insert(doc.meetings.begin(), std::move(m));
    }

private:
    // "Đại hội Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2015-2020 có ý nghĩa ..." on a page of
    // 2019: a congress meets as its term begins, so one whose term began two years or
    // more before the page was posted, told with no day, is recalled, not reported.
    static bool is_past_congress(const model::Document& doc, const model::Meeting& m) {
        if (m.held_on || !doc.published_on || m.kind != "đại hội" || !m.period) return false;
        if (m.period_basis != "congress_term") return false;
        return m.period->end.year + 2 <= doc.published_on->year;
    }

    void load_bodies() {
        struct Level { std::string word, committee; std::vector<std::string> types; std::string display; };
        std::vector<Level> levels;
        for (const auto& row : read_tsv_rows(data_file("body_levels.tsv"), 4))
            levels.push_back(Level{row[0], row[1], split(row[2], '|'), row[3]});
        for (const auto& row : read_tsv_rows(data_file("bodies.tsv"), 2)) {
            for (const auto& level : levels) {
                if (row[0].find("{cấp}") == std::string::npos && row[0].find("{ủy}") == std::string::npos) continue;
                const std::string& word = level.display;
                BodyPattern p;
                p.key = text::fold(replace_all(replace_all(row[0], "{cấp}", level.word), "{ủy}", level.committee));
                // "Huyện đoàn Vân Canh": a level word that opens the name is capitalised.
                p.organizer = capitalise_first(
                    replace_all(replace_all(row[1], "{Cấp}", word), "{Ủy}", capitalise_first(level.committee)));
                p.types = level.types;
                if (std::none_of(bodies_.begin(), bodies_.end(), [&](const BodyPattern& b) { return b.key == p.key; }))
                    bodies_.push_back(std::move(p));
            }
        }
        std::stable_sort(bodies_.begin(), bodies_.end(),
                         [](const BodyPattern& a, const BodyPattern& b) { return a.key.size() > b.key.size(); });
        // Each pattern under the word it opens with, in the order above; one that opens on no
        // word (a bracket) is tried everywhere.
        std::vector<const BodyPattern*> anywhere;
        for (const auto& b : bodies_) {
            const std::string first = b.key.substr(0, word_run(b.key, 0));
            if (first.empty()) anywhere.push_back(&b);
            else bodies_by_first_word_[first].push_back(&b);
        }
        if (!anywhere.empty())
            for (auto& [word, list] : bodies_by_first_word_) {
                list.insert(list.end(), anywhere.begin(), anywhere.end());
                std::stable_sort(list.begin(), list.end(), [](const BodyPattern* a, const BodyPattern* b) { return a < b; });
            }
        bodies_anywhere_ = std::move(anywhere);
    }

    // Bytes of the run of word bytes (letters, digits, non-ASCII) at i.
    static std::size_t word_run(std::string_view s, std::size_t i) {
        std::size_t e = i;
        while (e < s.size() && word_byte(s, e)) ++e;
        return e - i;
    }

    // ------------------------------------------------------------ where to look

    // Content sentences of the lead (furniture left out); lines when the text
    // layer gave no sentences.
    // A round-up lists its items as bullet headlines ("*Xã A phấn đấu ...") before
    // telling them; the headlines report nothing themselves.
    static bool bullet_line(const model::Document& doc, const Span& s) {
        // The sentence opens its line. (Not a search back for the line's start:
        // that costs the whole text per sentence when the text is one line.)
        if (s.begin != 0 && doc.text[s.begin - 1] != '\n') return false;
        return doc.text.compare(s.begin, 1, "*") == 0 || doc.text.compare(s.begin, 3, "•") == 0;
    }

    static bool is_round_up(const model::Document& doc) {
        constexpr int kFewestItems = 3;
        int bullets = 0;
        for (const auto& s : doc.sentences)
            if (!s.furniture && bullet_line(doc, s.span)) ++bullets;
        return bullets >= kFewestItems;
    }

    std::vector<Span> lead_sentences(const model::Document& doc) const {
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
    std::vector<Span> search_order(const model::Document& doc, const std::vector<Span>& lead, std::size_t report) const {
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
    bool is_meeting_day(const std::string& folded, const text::DayMention& d) const {
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
    bool announces_an_interview(const model::Document& doc, const std::string& folded,
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
    bool is_interview(const std::string& folded) const {
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

    // "Thoại Sơn tích cực chuẩn bị Đại hội ...", "Hà Tĩnh hướng tới Đại hội Đảng bộ tỉnh", "Sơn Dương
    // sẵn sàng cho Đại hội MTTQ": a headline whose every meeting is one prepared for, welcomed
    // or still to come. Told with no meeting day, the article is about the run-up, not a meeting.
    // "Nghệ An hoãn kỳ họp bất thường HĐND tỉnh": the headline's meeting did not take place.
    bool headline_calls_it_off(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead) const {
        if (lead.empty() || !is_title(doc, lead.front())) return false;
        const std::string_view headline = std::string_view(folded).substr(lead.front().begin, lead.front().end - lead.front().begin);
        const auto nouns = meetings_.meeting_nouns(headline);
        return std::any_of(nouns.begin(), nouns.end(), [&](const auto& n) {
            return ends_with_any(trim_end(headline.substr(0, n.first)), called_off_cues_);
        });
    }

    bool headline_prepares_for_a_meeting(const model::Document& doc, const std::string& folded,
                                         const std::vector<Span>& lead) const {
        if (lead.empty() || !is_title(doc, lead.front())) return false;
        const std::string_view headline = std::string_view(folded).substr(lead.front().begin, lead.front().end - lead.front().begin);
        if (meetings_.names_a_meeting(headline)) return false;
        const auto nouns = meetings_.meeting_nouns(headline);
        return std::any_of(nouns.begin(), nouns.end(), [&](const auto& n) { return meetings_.names_another_meeting(headline, n.first); });
    }

    // reference: the article's year (its date header, else the latest year it names).
    int meeting_sentence(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead,
                         const std::vector<text::DayMention>& days, int reference) const {
        int noun_and_verb = -1, with_body = -1, guests = -1, reported_at = -1;
        bool announced_first = false;  // the lead opens announcing a meeting still to come
        for (std::size_t i = 0; i < lead.size(); ++i) {
            std::string_view part = std::string_view(folded).substr(lead[i].begin, lead[i].end - lead[i].begin);
            if (!meetings_.names_a_meeting(part)) continue;
            if (inside_quotation(doc.text, lead[i].begin)) continue;
            // "Trước đó, ... Thường trực Tỉnh ủy đã có cuộc họp ...": what led up to the news, not it.
            if (starts_with_any(part, background_openers_)) continue;
            if (tells_of_the_past(reference, part)) continue;
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
            const bool future_undated = !dated && has_any(part, to_come_cues_) && !told_as_held(part);
            if (announces(part) || future_undated || only_future || day_to_come) {
                // Only a later sentence dated on a meeting held can still be the report's
                // ("Kỳ họp thứ 9 dự kiến diễn ra đầu tháng 12" / "Sáng 2/10, hội nghị liên tịch ... đã
                // được tổ chức").
                // A headline that only names it, with no verb of a meeting held ("Đại hội đại biểu
                // Đảng bộ tỉnh ... lần thứ I: Dấu mốc ..."), names the same meeting announced.
                const auto headline_or_none = [&](int k) {
                    if (k < 0) return true;
                    const Span& h = lead[static_cast<std::size_t>(k)];
                    return is_title(doc, h) && !has_any(std::string_view(folded).substr(h.begin, h.end - h.begin), verbs_);
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
            if (dated && (verb || part.size() < 400)) return static_cast<int>(i);
            if (announced_first) continue;
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
            for (const auto& b : bodies_in(folded, lead[i]))
                if (!inside_title(folded, b.span)) names_body = true;
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
    static bool sets_this_terms_goals(std::string_view folded_part, int year) {
        if (year == 0 || !contains_word(folded_part, "đại hội") || contains_word(folded_part, "ban hành")) return false;
        for (const auto& p : text::find_periods(std::string(folded_part), std::nullopt))
            if (p.period.start.year == year && p.period.end.year > year) return true;
        return false;
    }

    // "đã", "vừa" as words: what the sentence tells is done.
    static bool told_as_held(std::string_view folded_part) {
        return contains_word(folded_part, "đã") || contains_word(folded_part, "vừa");
    }

    // "sẽ được tổ chức": the passive "được" between the cue and the verb.
    static std::string_view without_passive(std::string_view before) {
        before = trim_end(before);
        return ends_with_word(before, "được") ? before.substr(0, before.size() - std::string_view("được").size())
                                               : before;
    }

    // "Đại hội ... sẽ (được) diễn ra trong hai ngày 23-24/8": a meeting announced, still to come;
    // "Theo kế hoạch, từ 11 đến 18-10, có 36 Đảng bộ tổ chức Đại hội": a schedule.
    bool announces(std::string_view folded_part) const {
        if (starts_with_any(folded_part, schedule_openers_)) return true;
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
    static bool tells_of_the_past(int reference, std::string_view sentence) {
        if (reference == 0) return false;
        const int latest = latest_year(sentence);
        return latest > 0 && latest < reference - 5;
    }

    // A listing page strings together several dated items that start paragraphs.
    bool is_listing(const model::Document& doc, const std::vector<text::DayMention>& days) const {
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

    // ------------------------------------------------------------ date

    void read_date(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead,
                   const Span& sentence, const std::vector<text::DayMention>& days, model::Meeting& m) const {
        const text::DayMention* chosen = nullptr;
        const std::size_t at = static_cast<std::size_t>(
            std::find_if(lead.begin(), lead.end(), [&](const Span& s) { return s.begin == sentence.begin; }) - lead.begin());
        for (const auto& d : days)
            if (dates_sentence(folded, lead, at, d) && is_meeting_day(folded, d) &&
                !after_posting(doc, d)) {
                chosen = &d;
                break;
            }
        // "Chiều 25/9, Ban Chấp hành ... bầu Ban Chấp hành khóa mới. Ban Chấp hành sau đó tổ chức Hội
        // nghị lần thứ nhất": a meeting told as what came next was held the day of the sentence before.
        if (!chosen && at > 0 && at < lead.size() &&
            has_any(std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin), sequel_cues_))
            for (const auto& d : days)
                if (!chosen && d.span.begin >= lead[at - 1].begin && d.span.end <= lead[at - 1].end &&
                    is_meeting_day(folded, d) && !after_posting(doc, d))
                    chosen = &d;
        if (!chosen) {  // a day with a time of day elsewhere in the lead, in a sentence about a meeting
            for (const auto& s : lead)
                for (const auto& d : days)
                    if (!chosen && d.span.begin >= s.begin && d.span.begin < s.end && !d.time_of_day.empty() &&
                        is_meeting_day(folded, d) && !after_posting(doc, d) &&
                        has_any(std::string_view(folded).substr(s.begin, s.end - s.begin), nouns_))
                        chosen = &d;
        }
        if (!chosen) {
            read_today(doc, folded, sentence, m);
            // "Khai mạc kỳ họp thứ Chín" in the headline, "Hôm nay, HĐND tỉnh khai mạc ..." below it.
            for (const auto& s : lead)
                if (!m.held_on && s.begin != sentence.begin &&
                    has_any(std::string_view(folded).substr(s.begin, s.end - s.begin), nouns_))
                    read_today(doc, folded, s, m);
            return;
        }
        m.time_of_day = chosen->time_of_day;
        m.date_basis = "written";
        int year = chosen->year ? *chosen->year
                                : period_.infer_year(doc, *chosen, days, folded, sentence, m.kind == "đại hội", m.date_basis);
        if (year == 0) return;
        m.held_on = model::Date{year, chosen->month, chosen->day};
        m.evidence.match = chosen->span;
    }

    // ------------------------------------------------------------ body and place

    std::vector<BodyMatch> bodies_in(const std::string& folded, const Span& s) const {
        std::vector<BodyMatch> out;
        for (std::size_t pos = s.begin; pos < s.end; ++pos) {
            if (pos > 0 && word_byte(folded, pos - 1) && (static_cast<unsigned char>(folded[pos]) & 0xC0) != 0x80) continue;
            if ((static_cast<unsigned char>(folded[pos]) & 0xC0) == 0x80) continue;
            const std::size_t run = word_run(folded, pos);
            const auto listed = run ? bodies_by_first_word_.find(folded.substr(pos, run)) : bodies_by_first_word_.end();
            const auto& candidates = listed != bodies_by_first_word_.end() ? listed->second : bodies_anywhere_;
            for (const BodyPattern* b : candidates) {
                if (folded.compare(pos, b->key.size(), b->key) != 0) continue;
                if (!standalone(folded, pos, pos + b->key.size())) continue;
                out.push_back(BodyMatch{Span{pos, pos + b->key.size()}, b});
                pos += b->key.size() - 1;
                break;
            }
        }
        return out;
    }

    // "Bí thư Tỉnh ủy", "Phó Chủ tịch UBND huyện", "Ban Tuyên giáo và Dân vận
    // Thành ủy": a body named inside a person's title or an agency's name
    // (the words before it: title_word in data/meeting_cues.tsv).
    // "Bí thư Tỉnh ủy", and "Tỉnh ủy viên" (a member of the committee): the body is part of a title.
    bool inside_title(const std::string& folded, const Span& body) const {
        return right_after(folded, body, title_words_) ||
               opens_with_word(std::string_view(folded).substr(body.end), title_words_after_);
    }

    // "chào mừng Đại hội Đảng bộ huyện lần thứ 18, ... HĐND huyện tổ chức kỳ họp": the body
    // right after a meeting noun that names another meeting is that meeting's.
    bool body_of_another_meeting(const std::string& folded, const Span& s, const Span& body) const {
        const std::string_view part = std::string_view(folded).substr(s.begin, s.end - s.begin);
        // "Đại hội đại biểu phường X" is a body of its own, opening on its noun.
        if (meetings_.names_another_meeting(part, body.begin - s.begin)) return true;
        const std::string_view before = trim_end(part.substr(0, body.begin - s.begin));
        return std::any_of(nouns_.begin(), nouns_.end(), [&](const std::string& noun) {
            return ends_with_word(before, noun) && meetings_.names_another_meeting(part, before.size() - noun.size());
        });
    }

    bool names_the_venue(const std::string& folded, const Span& body) const { return right_after(folded, body, venue_words_); }

    // The words just before a body (within 30 bytes) end with one of `words`.
    static bool right_after(const std::string& folded, const Span& body, const std::vector<std::string>& words) {
        const std::size_t from = body.begin > 30 ? body.begin - 30 : 0;
        return ends_with_any(std::string_view(folded).substr(from, body.begin - from), words);
    }

    void read_body(const model::Document& doc, const std::string& folded, const std::vector<Span>& where,
                   model::Meeting& m) const {
        if (const model::PlaceMention* unit = subject_unit(doc, folded, where.front())) {
            m.locality = unit->ref;
            m.locality_basis = "subject_unit";
            if (m.evidence.match.empty()) m.evidence.match = unit->evidence.match;
            return;
        }
        // A body that met is not one named inside a person's title; failing
        // that, the body of the host's title ("Chủ tịch UBND tỉnh gặp mặt ...").
        for (bool allow_titles : {false, true}) {
            for (const auto& s : where) {
                // The bodies of a list of guests came to the meeting; they did not hold it.
                if (meetings_.lists_guests(std::string_view(folded).substr(s.begin, s.end - s.begin))) continue;
                for (const auto& b : bodies_in(folded, s)) {
                    if (!allow_titles && inside_title(folded, b.span)) continue;
                    if (body_of_another_meeting(folded, s, b.span)) continue;
                    // "tại UBND TP. Sóc Trăng, Thường trực HĐND ... tổ chức": where it met, not who.
                    if (!allow_titles && names_the_venue(folded, b.span)) continue;
                    // "thông báo quyết định của Ban Thường vụ Thành ủy về việc chỉ định ...": it issued
                    // a document read out there, it did not meet.
                    if (right_after(folded, b.span, issuer_words_)) continue;
                    m.organizer = b.pattern->organizer;
                    m.locality = locality_of_body(doc, b, m.locality_basis);
                    if (m.evidence.match.empty()) m.evidence.match = b.span;
                    return;
                }
            }
        }
        // No body named ("Phát biểu chỉ đạo tại đại hội, ...", "các thôn trên địa bàn xã tổ chức họp
        // thôn"): the unit the web address names, which is read only where it is certain.
        for (const auto& p : doc.url_places)
            if (p.ref.resolved()) {
                m.locality = p.ref;
                m.locality_basis = "source_url";
                return;
            }
        // Nor that, and no body of the gazetteer's levels ("Hội Nông dân tỉnh Nghệ An tổ chức Đại hội",
        // "BTV Huyện đoàn Đoan Hùng tổ chức hội nghị"): the unit the meeting sentence names first.
        // "tại TP Vinh, Hội Nông dân tỉnh Nghệ An tổ chức ...": where it met is not whose it was,
        // unless the sentence names no other unit ("tại xã Linh Hồ, huyện Vị Xuyên diễn ra Đại hội
        // Đảng bộ": the unit it met in, the first of its address).
        const model::PlaceMention* venue = nullptr;
        std::size_t address_end = 0;  // where the venue's address ("xã A, huyện B") ends
        for (const auto& p : doc.places) {
            const auto& at = p.evidence.match;
            if (!p.ref.resolved() || at.begin < where.front().begin || at.end > where.front().end) continue;
            const bool continues_address =
                address_end && at.begin >= address_end &&
                std::string_view(folded).substr(address_end, at.begin - address_end).find_first_not_of(" ,") == std::string_view::npos;
            if (names_the_venue(folded, at) || continues_address) {
                if (!venue) venue = &p;
                address_end = at.end;
                continue;
            }
            m.locality = p.ref;
            m.locality_basis = "sentence_place";
            return;
        }
        if (venue) {
            m.locality = venue->ref;
            m.locality_basis = "sentence_place";
            return;
        }
        // Nor that ("Sở Công Thương tổ chức hội nghị tổng kết"): the article's province.
        if (const Unit* province = context_province(doc, reference_date(doc).post_2025())) {
            m.locality = gazetteer_.ref(*province);
            m.locality_basis = "context";
        }
    }

    // The article's province (doc.context_province_code) in the era of the article's time; null when
    // no province dominates the article.
    const Unit* context_province(const model::Document& doc, bool post_2025) const {
        return doc.context_province_code.empty() ? nullptr : gazetteer_.by_code(doc.context_province_code, post_2025);
    }

    // "Chiều 16/1, xã Quảng Chính tổ chức hội nghị ...": the unit itself is the subject of the
    // verb of the meeting, so it held the meeting; a body named later in the sentence
    // ("triển khai Quyết định của UBND tỉnh") did not. The sentence may open with its day.
    const model::PlaceMention* subject_unit(const model::Document& doc, const std::string& folded, const Span& s) const {
        constexpr std::size_t kLongestOpener = 40;
        const std::string_view sentence = std::string_view(folded).substr(s.begin, s.end - s.begin);
        std::size_t start = 0;
        const std::size_t comma = sentence.find(", ");
        // ("Ngày 19/12/2021 HĐND xã Trung Hà, huyện Thủy Nguyên tổ chức ...": a body before the
        // comma is the subject, and what follows the comma is its address.)
        if (comma != std::string_view::npos && comma < kLongestOpener &&
            sentence.substr(0, comma).find_first_of("0123456789") != std::string_view::npos &&
            bodies_in(folded, Span{s.begin, s.begin + comma}).empty())
            start = comma + 2;
        // "Thanh Liêm: Xã Thanh Hương vừa tổ chức ...": a dateline of the place it comes from.
        const std::size_t colon = sentence.find(": ");
        if (start == 0 && colon != std::string_view::npos && colon < kLongestOpener &&
            bodies_in(folded, Span{s.begin, s.begin + colon}).empty())
            start = colon + 2;
        start = s.begin + skip_spaces(sentence, start);
        // "Huyện ủy Cẩm Xuyên tổ chức ...", "HĐND huyện ...": a body opens the sentence, read as one.
        // (Only bodies that begin by the subject's start can cover it.)
        for (const auto& b : bodies_in(folded, Span{s.begin, std::min(start + 1, s.end)}))
            if (b.span.begin <= start && b.span.end > start) return nullptr;
        for (const auto& p : doc.places) {
            if (p.evidence.match.begin != start || !p.ref.resolved()) continue;
            if (p.evidence.match.end > s.end) continue;
            std::string_view rest = std::string_view(folded).substr(p.evidence.match.end, s.end - p.evidence.match.end);
            // "xã A vừa tổ chức", "xã A đã long trọng tổ chức": words of time and manner before the verb.
            for (bool skipped = true; skipped;) {
                skipped = false;
                rest = rest.substr(std::min(rest.size(), rest.find_first_not_of(' ')));
                for (const std::string& word : before_verb_words_)
                    if (rest.size() > word.size() && rest.compare(0, word.size(), word) == 0 && rest[word.size()] == ' ') {
                        rest.remove_prefix(word.size());
                        skipped = true;
                    }
            }
            if (opens_with_word(rest, verbs_)) return &p;
        }
        return nullptr;
    }

    // The unit fits the body's level: "Thị ủy Phú Mỹ" fits a Phú Mỹ since made a city. A province
    // is no city: "HĐND Thành phố" on a provincial paper is the provincial city's, not the province's.
    static bool type_fits(const std::vector<std::string>& types, const model::LocalityRef& r) {
        if (std::find(types.begin(), types.end(), r.type) != types.end()) return true;
        if (r.level == 1) return false;
        return std::any_of(types.begin(), types.end(), [&](const std::string& t) {
            return Gazetteer::level_of_type(t) == r.level &&
                   !(r.post_2025 && r.level == 3 && Gazetteer::level_of_type(t) != 3);
        });
    }

    // Of the most-named units, the one the article names first.
    static const model::LocalityRef* first_named(const model::Document& doc, const BodyMatch& b,
                                                 const std::map<std::string, int>& count, int best_n) {
        const model::LocalityRef* first = nullptr;
        std::size_t first_at = std::string::npos;
        for (const auto& p : doc.places) {
            if (!p.ref.resolved() || !type_fits(b.pattern->types, p.ref)) continue;
            auto it = count.find(p.ref.code);
            if (it != count.end() && it->second == best_n && p.evidence.match.begin < first_at) {
                first = &p.ref;
                first_at = p.evidence.match.begin;
            }
        }
        return first;
    }

    // The one unit of the article's province, of a type the body fits, whose bare name opens the
    // headline before a colon ("Ba Tri: Họp liên tịch ...", "Lắk: ..."); null when none or several.
    const Unit* dateline_unit(const model::Document& doc, const std::vector<std::string>& types) const {
        constexpr std::size_t kLongestDateline = 40;  // bytes: a name of up to four syllables
        const std::size_t colon = doc.title.find(": ");
        if (colon == std::string::npos || colon == 0 || colon > kLongestDateline || doc.context_province_code.empty())
            return nullptr;
        const bool post = reference_date(doc).post_2025();
        const Unit* found = nullptr;
        for (const Unit* u : gazetteer_.find(std::string_view(doc.title).substr(0, colon), post)) {
            if (u->province_code != doc.context_province_code || u->level == 1) continue;
            if (!type_fits(types, gazetteer_.ref(*u))) continue;
            if (found && found != u) return nullptr;
            found = u;
        }
        return found;
    }

    model::LocalityRef locality_of_body(const model::Document& doc, const BodyMatch& b, std::string& basis) const {
        // The name written with the body: "Đảng bộ huyện Cẩm Xuyên", "BTV Thành ủy Hà Tĩnh".
        for (const auto& p : doc.places) {
            const auto& at = p.evidence.match;
            if (at.begin >= b.span.begin && at.begin <= b.span.end + 1 && at.end > b.span.end &&
                (type_fits(b.pattern->types, p.ref) || p.ref.type.empty())) {
                basis = p.ref.resolved() ? "named" : "";
                return p.ref;
            }
        }
        basis = "article";
        // Otherwise the unit of that level the article is about.
        std::map<std::string, int> count;
        std::map<std::string, const model::LocalityRef*> ref_of;
        for (const auto& p : doc.places) {
            if (!p.ref.resolved() || !type_fits(b.pattern->types, p.ref)) continue;
            if (++count[p.ref.code] == 1) ref_of[p.ref.code] = &p.ref;
        }
        const model::LocalityRef* best = nullptr;
        int best_n = 0;
        bool tie = false;
        for (const auto& [code, n] : count) {
            if (n > best_n) { best = ref_of[code]; best_n = n; tie = false; }
            else if (n == best_n) tie = true;
        }
        if (best && !tie) return *best;
        // Two units of that level named equally often (a joint report: "HĐND 2 huyện A, B"):
        // the one the report names first.
        if (best && tie)
            if (const model::LocalityRef* first = first_named(doc, b, count, best_n)) return *first;
        // "Ba Tri: Họp liên tịch chuẩn bị kỳ họp ...": the headline's dateline names it.
        if (const Unit* u = dateline_unit(doc, b.pattern->types)) {
            basis = "dateline";
            return gazetteer_.ref(*u);
        }
        // The text never names a unit of that level: the one its web address names.
        basis = "source_url";
        for (const auto& p : doc.url_places)
            if (type_fits(b.pattern->types, p.ref)) return p.ref;
        basis = "context";
        const bool post = reference_date(doc).post_2025();
        if (const Unit* province = context_province(doc, post)) {
            if (std::find(b.pattern->types.begin(), b.pattern->types.end(), province->type) != b.pattern->types.end())
                return gazetteer_.ref(*province);
            // "HĐND Thành phố" on a province's site: the city named as its province,
            // where it has one (Thái Bình, Sơn La), which is where such a body sits.
            for (const Unit* u : gazetteer_.find(province->name, post))
                if (u != province && u->province_code == province->code && u->type == "Thành phố" &&
                    std::find(b.pattern->types.begin(), b.pattern->types.end(), u->type) != b.pattern->types.end()) {
                    basis = "context_capital";
                    return gazetteer_.ref(*u);
                }
        }
        basis = "";
        model::LocalityRef unknown;
        unknown.type = b.pattern->types.empty() ? "" : b.pattern->types[0];
        return unknown;
    }

    // ------------------------------------------------------------ kind, session, term

    // The first specific kind written ("hội nghị sơ kết" is a sơ kết); "hội nghị" only when no other.
    void read_kind(const std::string& folded, const std::vector<Span>& where, model::Meeting& m) const {
        for (const auto& s : where) {
            std::size_t best = std::string::npos;
            bool generic = false;
            std::size_t first_noun = std::string::npos;
            // "chào mừng Đại hội Đảng bộ huyện lần thứ 18, sáng 2/7, HĐND huyện tổ chức kỳ họp": the
            // congress named first is another meeting, not this one's kind.
            const std::string_view part = std::string_view(folded).substr(s.begin, s.end - s.begin);
            const auto another = [&](std::size_t p) { return meetings_.names_another_meeting(part, p - s.begin); };
            for (const auto& noun : nouns_)
                for (std::size_t p = folded.find(noun, s.begin); p != std::string::npos && p < s.end; p = folded.find(noun, p + 1))
                    if (standalone(folded, p, p + noun.size()) && !meetings_.in_place_name(folded, s.begin, p) && !another(p)) {
                        first_noun = std::min(first_noun, p);
                        break;
                    }
            for (const auto& [phrase, kind] : kinds_) {
                for (std::size_t p = folded.find(phrase, s.begin); p != std::string::npos && p < s.end;
                     p = folded.find(phrase, p + 1)) {
                    if (!standalone(folded, p, p + phrase.size()) || meetings_.in_place_name(folded, s.begin, p) || another(p)) continue;
                    // A congress or a council session is the meeting only when named first:
                    // "cuộc họp ... chuẩn bị Đại hội" is a meeting about a congress.
                    if ((kind == "đại hội" || kind == "kỳ họp") && p > first_noun) break;
                    if (kind == "hội nghị") generic = true;
                    else if (p < best) { best = p; m.kind = kind; }
                    break;
                }
            }
            if (best != std::string::npos) return;
            // The sentence names a plain meeting ("hội nghị", "tổ chức họp đánh giá ..."):
            // a kind named further on ("chỉ đạo tổ chức Đại hội ...") is another meeting's.
            if (generic || first_noun != std::string::npos) break;
        }
        m.kind = "hội nghị";
    }

    void read_session_and_term(const model::Document& doc, const std::string& folded, const std::vector<Span>& where,
                               model::Meeting& m) const {
        for (const auto& s : where) {
            const std::string_view part = std::string_view(folded).substr(s.begin, s.end - s.begin);
            if (!m.session_number)
                if (const auto ordinal = session_ordinal(part)) {
                    // "Nghị quyết Đại hội Đảng bộ lần thứ XXX" numbers a congress, not this meeting.
                    const std::string_view before = part.substr(0, ordinal->at);
                    const std::string_view near = before.substr(before.size() > 60 ? before.size() - 60 : 0);
                    bool of_resolution = near.find(text::fold("nghị quyết")) != std::string_view::npos;
                    // "Đại hội ... lần thứ XII" numbers a congress: this meeting's number only at a congress.
                    bool of_congress = m.kind != "đại hội" && near.find(text::fold("đại hội")) != std::string_view::npos;
                    if (!of_resolution && !of_congress) m.session_number = text::parse_ordinal(std::string(ordinal->number));
                }
            if (m.term.empty())
                if (const auto term = term_words(part)) {
                    std::string written = doc.text.substr(s.begin + term->begin, term->end - term->begin);
                    while (!written.empty() && (written.back() == ' ' || written.back() == ',' || written.back() == '('))
                        written.pop_back();
                    if (!written.empty() && written.back() == ')' && written.find('(') == std::string::npos) written.pop_back();
                    m.term = text::canonical_tones(written);
                }
            if (m.session_number && !m.term.empty()) return;
        }
    }

    const Gazetteer& gazetteer_;
    const NameLexicon& names_;  // shared: the meeting and officials stages read the same
    std::vector<BodyPattern> bodies_;
    std::unordered_map<std::string, std::vector<const BodyPattern*>> bodies_by_first_word_;
    std::vector<const BodyPattern*> bodies_anywhere_;
    std::vector<std::pair<std::string, std::string>> kinds_;
    std::vector<std::string> before_verb_words_;
    std::vector<std::string> nouns_, verbs_, not_a_date_, to_come_cues_, day_to_come_cues_, title_words_after_,
        takes_place_, decided_cues_, deadline_cues_, schedule_openers_, background_openers_, called_off_cues_,
        interview_words_, venue_words_, issuer_words_, sequel_cues_, interviewer_labels_, title_words_,
        common_words_, reported_at_cues_, interviewee_addresses_, document_preamble_;
    MeetingNouns meetings_{nouns_};
    ChairReader chair_{names_};
    PeriodReader period_{nouns_};  // after nouns_, which it reads
};

}  // namespace

std::unique_ptr<Stage> make_meeting_stage() { return std::make_unique<MeetingStage>(); }

}  // namespace baocao::extract
