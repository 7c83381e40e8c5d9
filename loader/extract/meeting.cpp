// Does the article report a meeting, and if so: when it was held, which body
// met and where, what kind of meeting, its session and term, the period it
// reviewed and who chaired it. Every decision reads the sentence that reports
// the meeting first ("Sáng 12/7, Ban Chấp hành Đảng bộ huyện X tổ chức hội
// nghị sơ kết 6 tháng đầu năm..."), then the headline, then the lead. The stage
// reads the date, kind, session and term itself and leaves the rest to its
// readers: whether the article is a report and which sentence reports the
// meeting to the ReportScreen (meeting_screen.cpp), what its meeting nouns name
// to MeetingNouns (meeting_nouns.cpp), the body and its locality to the
// BodyReader (meeting_body.cpp), the chair to the ChairReader
// (meeting_chair.cpp), and the period reviewed and the year of a day written
// without one to the PeriodReader (meeting_period.cpp).
#include <algorithm>
#include <map>
#include <stdexcept>

#include "extract/evidence_util.h"
#include "extract/gazetteer.h"
#include "extract/locality_context.h"
#include "extract/meeting_body.h"
#include "extract/meeting_chair.h"
#include "extract/meeting_days.h"
#include "extract/meeting_nouns.h"
#include "extract/meeting_period.h"
#include "extract/meeting_screen.h"
#include "extract/meeting_text.h"
#include "extract/person_names.h"
#include "extract/stages.h"
#include "text/dates.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

using namespace meeting_text;
using namespace meeting_days;

using model::Span;

class MeetingStage : public Stage {
public:
    MeetingStage() : gazetteer_(Gazetteer::shared()), names_(NameLexicon::shared()) {
        for (const auto& row : read_tsv_rows(data_file("meeting_kinds.tsv"), 2))
            kinds_.emplace_back(text::fold(row[0]), row[1]);
        // Each role of data/meeting_cues.tsv fills one word list; an unknown role is an error in the data.
        std::map<std::string, std::vector<std::string>*> lists{
            {"noun", &nouns_}, {"verb", &verbs_}, {"sequel", &sequel_cues_}, {"document_preamble", &document_preamble_},
            {"document_marker", &document_markers_},
            {"dated_document", &dated_document_cues_}};
        // and the roles each reader reads
        lists.merge(meetings_.cue_lists());
        lists.merge(screen_.cue_lists());
        lists.merge(body_.cue_lists());
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
                                    document_problem(folded, document_preamble_, document_markers_)}) {
            if (!problem.empty()) {
                doc.rejection_reason = problem;
                return;
            }
        }
        if (screen_.is_interview(folded)) {
            doc.rejection_reason = "an interview (questions put by a reporter), not a meeting report";
            return;
        }
        const auto lead = screen_.lead_sentences(doc);
        if (screen_.announces_an_interview(doc, folded, lead)) {
            doc.rejection_reason = "an interview (its headline or lead says so), not a meeting report";
            return;
        }
        const auto days = text::find_days(doc.text);
        if (screen_.is_listing(doc, days)) {
            doc.rejection_reason = "a listing of several dated news items, not one report";
            return;
        }
        // The page's own stamp dates it better than the latest year it names (a print date in the
        // page's head, "Ngày 17 tháng 01 năm 2022", is no year of the report).
        const auto posted = doc.published_on ? std::nullopt : posted_date(doc);
        const int reference = doc.published_on ? doc.published_on->year : posted ? posted->year : latest_named;
        int report = screen_.meeting_sentence(doc, folded, lead, days, reference);
        if (report < 0) {
            doc.rejection_reason = "no sentence in the lead reports a meeting being held";
            return;
        }
        doc.is_meeting_report = true;
        doc.rejection_reason.clear();

        model::Meeting m;
        const Span sentence = lead[static_cast<std::size_t>(report)];
        const std::vector<Span> where = screen_.search_order(doc, lead, static_cast<std::size_t>(report));
        m.evidence = evidence_at(doc, sentence);
        m.evidence.sentence = sentence;

        read_kind(folded, where, m);  // first: a congress's year is read from its term
        read_date(doc, folded, lead, sentence, days, m);
        if (!m.held_on && screen_.headline_prepares_for_a_meeting(doc, folded, lead)) {
            doc.is_meeting_report = false;
            doc.rejection_reason = "the run-up to a meeting (its headline prepares for it, no meeting day is told)";
            return;
        }
        if (!m.held_on && screen_.headline_recalls_history(folded, lead)) {
            doc.is_meeting_report = false;
            doc.rejection_reason = "a look back (its headline recalls a history, no meeting day is told)";
            return;
        }
        if (screen_.headline_calls_it_off(doc, folded, lead)) {
            doc.is_meeting_report = false;
            doc.rejection_reason = "a meeting called off or put back (its headline says so), not held";
            return;
        }
        body_.read_body(doc, folded, where, m);
        read_session_and_term(doc, folded, where, m);
        m.online = contains_word(std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin), "trực tuyến");
        period_.read_period(doc, folded, where, m);
        chair_.read_chair(doc, folded, lead, m);
        if (screen_.is_past_congress(doc, m)) {
            doc.is_meeting_report = false;
            doc.rejection_reason = "a congress held years before the page was posted (a look back, not a report)";
            return;
        }
        doc.meetings.insert(doc.meetings.begin(), std::move(m));
    }

private:
    // ------------------------------------------------------------ date

    void read_date(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead,
                   const Span& sentence, const std::vector<text::DayMention>& days, model::Meeting& m) const {
        const text::DayMention* chosen = nullptr;
        const std::size_t at = static_cast<std::size_t>(
            std::find_if(lead.begin(), lead.end(), [&](const Span& s) { return s.begin == sentence.begin; }) - lead.begin());
        for (std::size_t k = 0; k < days.size(); ++k) {
            const auto& d = days[k];
            if (k + 1 < days.size() && dateline_stamp(folded, sentence, d, days[k + 1])) continue;
            if (dates_sentence(folded, lead, at, d) && screen_.is_meeting_day(folded, d) &&
                !after_posting(doc, d)) {
                chosen = &d;
                break;
            }
        }
        // "Chiều 25/9, Ban Chấp hành ... bầu Ban Chấp hành khóa mới. Ban Chấp hành sau đó tổ chức Hội
        // nghị lần thứ nhất": a meeting told as what came next was held the day of the sentence before.
        if (!chosen && at > 0 && at < lead.size() &&
            has_any(std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin), sequel_cues_))
            for (const auto& d : days)
                if (!chosen && d.span.begin >= lead[at - 1].begin && d.span.end <= lead[at - 1].end &&
                    screen_.is_meeting_day(folded, d) && !after_posting(doc, d))
                    chosen = &d;
        if (!chosen) {  // a day with a time of day elsewhere in the lead, in a sentence about a meeting
            for (const auto& s : lead)
                for (const auto& d : days)
                    if (!chosen && d.span.begin >= s.begin && d.span.begin < s.end && !d.time_of_day.empty() &&
                        screen_.is_meeting_day(folded, d) && !after_posting(doc, d) &&
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
        first_day_of_its_span(folded, lead, days, m);
        // A year read from the text (not with the day, nor from the page's header, stamp or web
        // address, which date the page itself) is checked against the term and the documents.
        if (!chosen->year && m.date_basis != "date_header" && m.date_basis != "page_stamp" &&
            m.date_basis != "url_month") {
            within_the_term(doc, folded, sentence, m);
            not_before_its_documents(folded, days, m);
        }
    }

    // "26/06/2020 Sở TT&TT AG - Ngày 11 tháng 6 năm 2020, Ủy ban nhân dân tỉnh tổ chức ...": a full
    // date opening the sentence, then a source's tag and a dash before the next day, is the page's
    // stamp, not the meeting's day.
    static bool dateline_stamp(const std::string& folded, const Span& sentence, const text::DayMention& d,
                               const text::DayMention& next) {
        constexpr std::size_t kLongestTag = 60;  // bytes between the stamp and the next day
        if (!d.year || next.span.begin >= sentence.end || next.span.begin < d.span.end) return false;
        std::string_view head = std::string_view(folded).substr(sentence.begin, d.span.begin - std::min(d.span.begin, sentence.begin));
        while (!head.empty() && head.front() == ' ') head.remove_prefix(1);
        if (!head.empty() || next.span.begin - d.span.end > kLongestTag) return false;
        const std::string_view between = std::string_view(folded).substr(d.span.end, next.span.begin - d.span.end);
        return between.find(" - ") != std::string_view::npos || between.find(" – ") != std::string_view::npos;
    }

    // "Kết thúc Đại hội, ngày 25/9/2020, ..." then "Đại hội ... được tổ chức từ ngày 22-9-2020 đến ngày
    // 25-9-2020": a meeting of several days is dated by the first day the article names for it, so a
    // day written as the end of a span of days in a sentence about a meeting gives way to its start.
    void first_day_of_its_span(const std::string& folded, const std::vector<Span>& lead,
                               const std::vector<text::DayMention>& days, model::Meeting& m) const {
        constexpr int kLongestMeeting = 7;  // days
        for (std::size_t k = 0; k + 1 < days.size(); ++k) {
            const text::DayMention &from = days[k], &to = days[k + 1];
            if (to.day != m.held_on->day || to.month != m.held_on->month) continue;
            if (to.year && *to.year != m.held_on->year) continue;
            if (from.year && *from.year != m.held_on->year) continue;
            if (from.span.end > to.span.begin) continue;
            std::string_view between = std::string_view(folded).substr(from.span.end, to.span.begin - from.span.end);
            while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
            if (between.rfind("đến", 0) != 0 || between.size() > std::string_view("đến hết ngày ").size()) continue;
            const int first = from.month == to.month ? from.day : 0;
            if (first <= 0 || first >= to.day || to.day - first > kLongestMeeting) continue;
            const auto sentence = std::find_if(lead.begin(), lead.end(), [&](const Span& s) {
                return from.span.begin >= s.begin && from.span.begin < s.end;
            });
            if (sentence == lead.end() ||
                !has_any(std::string_view(folded).substr(sentence->begin, sentence->end - sentence->begin), nouns_))
                continue;
            m.held_on->day = first;
            m.evidence.match = from.span;
            return;
        }
    }

    // "kỳ họp thứ hai HĐND tỉnh khóa XVI, nhiệm kỳ 2016 - 2021 vừa khai mạc sáng 15/7": a body meets
    // within the term its meeting sentence names, so a year read from elsewhere in the text (a
    // comparison with 2012) that falls outside it gives way to the term's nearest end.
    void within_the_term(const model::Document& doc, const std::string& folded, const Span& sentence,
                         model::Meeting& m) const {
        constexpr int kLongestTerm = 6;  // years
        static const std::string term_word = text::fold("nhiệm kỳ");
        const std::string_view text = std::string_view(doc.text).substr(sentence.begin, sentence.end - sentence.begin);
        for (const auto& p : text::find_periods(text, std::nullopt)) {
            const int first = p.period.start.year, last = p.period.end.year;
            if (last <= first || last - first > kLongestTerm) continue;
            const std::string_view written = std::string_view(folded).substr(sentence.begin + p.span.begin, p.span.end - p.span.begin);
            if (written.rfind(term_word, 0) != 0 &&
                !ends_with_word(trim_end(std::string_view(folded).substr(0, sentence.begin + p.span.begin)), term_word))
                continue;
            const int year = m.held_on->year;
            if (year >= first && year <= last) return;
            m.held_on->year = year < first ? first : last;
            m.date_basis = "within_term";
            return;
        }
    }

    // "Chiều ngày 04/11, HĐND thành phố ... điều chỉnh Nghị quyết số 13/NQ-HĐND ngày 16/7/2024": a
    // meeting handles documents issued before it, so a year read from the text's periods that puts
    // it before the latest of them is a year too early.
    void not_before_its_documents(const std::string& folded, const std::vector<text::DayMention>& days,
                                  model::Meeting& m) const {
        std::optional<model::Date> latest;
        for (const auto& d : days) {
            if (!d.year) continue;
            constexpr std::size_t kBefore = 40;  // bytes: "Nghị quyết số 13/NQ-HĐND ngày "
            const std::size_t from = d.span.begin > kBefore ? d.span.begin - kBefore : 0;
            std::string_view before = std::string_view(folded).substr(from, d.span.begin - from);
            if (const std::size_t cut = before.find_last_of(".;\n"); cut != std::string_view::npos)
                before = before.substr(cut + 1);
            if (!has_any(before, dated_document_cues_) && !has_document_number(before)) continue;
            const model::Date issued{*d.year, d.month, d.day};
            if (!latest || latest->iso() < issued.iso()) latest = issued;
        }
        if (!latest || latest->iso() <= m.held_on->iso()) return;
        model::Date held = *m.held_on;
        held.year = latest->year;
        if (held.iso() < latest->iso()) ++held.year;
        m.held_on = held;
        m.date_basis = "after_documents";
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
    std::vector<std::pair<std::string, std::string>> kinds_;
    std::vector<std::string> nouns_, verbs_;  // the meeting nouns and verbs the readers share ("hội nghị", "tổ chức")
    std::vector<std::string> sequel_cues_, common_words_, document_preamble_, document_markers_, dated_document_cues_;
    // The readers, after the lists and references they read.
    MeetingNouns meetings_{nouns_};
    BodyReader body_{gazetteer_, meetings_, verbs_};  // reads the bodies' data files
    ReportScreen screen_{meetings_, body_, verbs_};
    ChairReader chair_{names_};
    PeriodReader period_{nouns_};
};

}  // namespace

std::unique_ptr<Stage> make_meeting_stage() { return std::make_unique<MeetingStage>(); }

}  // namespace baocao::extract
