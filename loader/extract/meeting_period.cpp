// The period a meeting reviewed and the year of a meeting day written
// without one, both read from the periods the text names (see meeting_period.h).
#include "extract/meeting_period.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "extract/evidence_util.h"
#include "extract/locality_context.h"
#include "extract/meeting_text.h"
#include "extract/url_places.h"
#include "text/normalize.h"

namespace baocao::extract {

using namespace meeting_text;

using model::Span;

namespace {

// Months of the year whose meetings, naming a whole year, look back on the one just ended
// (a meeting of April naming one is as often of its own year: "dự toán năm 2025" on 24/4/2025).
constexpr int kYearEndReviewMonths = 3;

bool whole_year(const model::Period& p) {
    return p.start.year == p.end.year && p.start.month == 1 && p.start.day == 1 && p.end.month == 12 &&
           p.end.day == 31;
}

// "phiên họp thường kỳ tháng 7 ... đánh giá ... 6 tháng đầu năm": the
// session is named after a month, what it reviews is the wider part of
// the same year told in the same sentence ("cho năm 2025" only dates it).
// A session named after one month ("phiên họp thường kỳ tháng 7") that
// evaluates a part of the year ("6 tháng đầu năm") reviews that part.
model::Period widest_in_sentence(const Span& s, const std::vector<text::PeriodMention>& periods,
                                 model::Period chosen) {
    const bool one_month = chosen.start.year == chosen.end.year && chosen.start.month == chosen.end.month;
    for (const auto& p : periods) {
        if (p.span.begin < s.begin || p.span.begin >= s.end || p.forward_looking) continue;
        const model::Period& q = p.period;
        if (q.start.year != q.end.year || q.start.year != chosen.start.year || whole_year(q)) continue;
        const bool contains = q.start.iso() <= chosen.start.iso() && q.end.iso() >= chosen.end.iso();
        const bool wider_part = one_month && q.start.month < q.end.month &&
                                (q.end.month - q.start.month) > (chosen.end.month - chosen.start.month);
        if (contains || wider_part) chosen = q;
    }
    return chosen;
}

// The term reviewed at a congress held in held_in (0: unknown) that names
// the term first..last: that term when it has ended, else the one before it.
std::optional<model::Period> reviewed_term(int first, int last, int held_in) {
    if (last <= first || last - first > 10) return std::nullopt;
    const int held = held_in ? held_in : first;
    model::Period reviewed{model::Date{first, 1, 1}, model::Date{last, 12, 31}, ""};
    if (last > held) reviewed = model::Period{model::Date{2 * first - last, 1, 1}, model::Date{first, 12, 31}, ""};
    reviewed.label = text::period_label(reviewed.start, reviewed.end);
    return reviewed;
}

// A congress closes one term and opens the next ("Đại hội ... nhiệm kỳ
// 2020-2025", held in 2020): it reviews the term that ends with it. The
// first term named where the meeting is told is either the one closing
// (it ends by the congress's year) or the one opening (the term of the
// same length before it is reviewed; a unit formed in 2025 reviews the
// term of the units it was formed from all the same).
std::optional<model::Period> congress_period(const std::vector<Span>& where,
                                             const std::vector<text::PeriodMention>& periods,
                                             int held_in) {
    // First a term that opens or closes in the congress's year: "Chủ tịch UBND tỉnh nhiệm kỳ
    // 2016-2021" in the lead of a congress of 2020 is a leader's term, not the congress's.
    for (const bool of_its_year : {true, false}) {
        if (of_its_year && !held_in) continue;
        for (const auto& s : where)
            for (const auto& p : periods) {
                if (p.span.begin < s.begin || p.span.begin >= s.end) continue;
                // "giai đoạn 2021-2025" is a five-year plan; the Party's term it falls in runs
                // from the congress of 2020 to that of 2025.
                const int first =
                    p.period.end.year - p.period.start.year == 4 ? p.period.start.year - 1 : p.period.start.year;
                if (of_its_year && first != held_in && p.period.end.year != held_in) continue;
                if (auto reviewed = reviewed_term(first, p.period.end.year, held_in)) return reviewed;
            }
    }
    return std::nullopt;
}

// The headline's words in the address ("...-dai-hoi-dang-bo-tinh-x-lan-thu-xi-
// nhiem-ky-2020-2025-640928") name the term when the text leaves it unsaid.
std::optional<model::Period> congress_period_from_url(const std::string& url, int held_in) {
    auto year_of = [](const std::string& w) {
        return w.size() == 4 && std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); })
                   ? std::stoi(w)
                   : 0;
    };
    for (const auto& slug : split_url(url).slugs)
        for (std::size_t i = 0; i + 2 < slug.size(); ++i) {
            if (slug[i] != "nhiem" || slug[i + 1] != "ky") continue;
            if (i + 3 < slug.size())
                if (const int first = year_of(slug[i + 2]), last = year_of(slug[i + 3]); first >= 1945)
                    return reviewed_term(first, last, held_in);
            // "...-nhiem-ky-20202025-268187": the two years written together.
            const std::string& both = slug[i + 2];
            if (both.size() == 8)
                if (const int first = year_of(both.substr(0, 4)), last = year_of(both.substr(4)); first >= 1945)
                    return reviewed_term(first, last, held_in);
        }
    return std::nullopt;
}

// A monthly session reviews the month and the year to date ("tháng 4 và 4
// tháng đầu năm"): the widest span that ends with the one first named and
// is reviewed as a whole.
model::Period widest_ending_with(const std::vector<Span>& where,
                                 const std::vector<text::PeriodMention>& periods, model::Period chosen) {
    const model::Period first = chosen;
    for (const auto& s : where)
        for (const auto& p : periods) {
            if (p.span.begin < s.begin || p.span.begin >= s.end || p.forward_looking) continue;
            const model::Period& q = p.period;
            if (q.start.year != q.end.year || q.end.iso() != first.end.iso()) continue;
            if (q.start.iso() < chosen.start.iso()) chosen = q;
        }
    return chosen;
}

// The words before byte `pos` back to the sentence's or clause's start ('.', ';', a line
// break), at most `bytes` of them.
std::string_view clause_before(std::string_view folded, std::size_t pos, std::size_t bytes) {
    std::string_view before = folded.substr(0, pos);
    if (before.size() > bytes) before = before.substr(before.size() - bytes);
    const std::size_t stop = before.find_last_of(".;\n");
    return stop == std::string_view::npos ? before : before.substr(stop + 1);
}

// "Hội nghị giao ban cụm III năm 2016" names its event's year; the lead then
// says which part of it was reviewed ("kết quả quý III").
std::optional<model::Period> reviewed_part_of_year(const std::vector<Span>& where,
                                                  const std::vector<text::PeriodMention>& periods,
                                                  int year) {
    for (std::size_t i = 2; i < where.size(); ++i)
        for (const auto& p : periods)
            if (p.span.begin >= where[i].begin && p.span.begin < where[i].end && !p.forward_looking &&
                p.period.start.year == year && p.period.end.year == year && !whole_year(p.period))
                return p.period;
    return std::nullopt;
}

}  // namespace

std::map<std::string, std::vector<std::string>*> PeriodReader::cue_lists() {
    return {{"adopts", &adoption_cues_}, {"adopted_document", &adopted_document_cues_},
            {"same_period_base", &same_period_cues_}, {"settled_accounts", &settled_accounts_cues_},
            {"adjusted_document", &adjusted_document_cues_},
            {"comparison_base", &comparison_cues_}, {"plan_after", &plan_cues_},
            {"elects_leadership", &elects_cues_}, {"single_topic", &single_topic_cues_},
            {"session_label", &session_label_cues_}, {"evaluates", &evaluates_cues_},
            {"reviewed_term_before", &done_term_cues_}, {"entered", &entered_cues_},
            {"horizon_before", &horizon_cues_}, {"schedule_before", &schedule_cues_}, {"congress_drafts", &congress_draft_cues_}};
}

// ------------------------------------------------------------ period

namespace {
constexpr std::size_t kDocumentClause = 200;  // bytes before a period, for the document it is of
}  // namespace

void PeriodReader::read_period(const model::Document& doc, const std::string& folded, const std::vector<Span>& where,
                               model::Meeting& m) const {
    std::optional<int> year;
    if (m.held_on) year = m.held_on->year;
    else if (doc.published_on) year = doc.published_on->year;
    else if (int y = reference_date(doc).year) year = y;
    const auto periods = text::find_periods(doc.text, year);
    if (opens_a_term(folded, where.front(), m)) {
        const int held_in = m.held_on ? m.held_on->year : year.value_or(0);
        m.period = congress_period(where, periods, held_in);
        if (m.period) m.period_basis = "congress_term";
        else if ((m.period = congress_period_from_url(doc.source_url, held_in))) m.period_basis = "congress_term_url";
        return;
    }
    if (auto ending = term_before_drafts(folded, where.front(), periods, m.held_on ? m.held_on->year : year.value_or(0))) {
        m.period = ending;
        m.period_basis = "congress_drafts";
        return;
    }
    const std::optional<model::Date> not_begun_by =
        m.held_on ? m.held_on : doc.published_on ? doc.published_on : posted_date(doc);
    // "khai mạc Kỳ họp thứ 21 - kỳ họp chuyên đề" under "Kỳ họp thứ 21 (tháng 9/2024)": a session on
    // one matter reviews a period only when its own sentence names one.
    // So does a council's first session of its term ("khai mạc kỳ họp thứ nhất, nhiệm kỳ 2016-2021"):
    // it elects the council's officers and reviews nothing.
    const bool first_session = m.kind == "kỳ họp" && m.session_number && *m.session_number == 1;
    const bool single_topic =
        first_session ||
        has_any(std::string_view(folded).substr(where.front().begin, where.front().end - where.front().begin),
                single_topic_cues_);
    for (const auto& s : period_search_order(doc, folded, where)) {
        if (single_topic && s.begin != where.front().begin) continue;
        std::string_view part = std::string_view(folded).substr(s.begin, s.end - s.begin);
        bool mid_term = contains_word(part, "giữa nhiệm kỳ") || contains_word(part, "nửa nhiệm kỳ");
        for (const auto& p : periods) {
            if (p.span.begin < s.begin || p.span.begin >= s.end || p.forward_looking) continue;
            if (comparison_base(folded, p)) continue;
            // "bước vào quý II, toàn tỉnh đã tập trung ...": a span being entered, not one reviewed.
            if (ends_with_any(std::string_view(folded).substr(0, p.span.begin), entered_cues_)) continue;
            // "thẩm tra quyết toán ngân sách năm 2015" at a session of 2016: last year's settled
            // accounts are handled there, not reviewed.
            if (has_any(clause_before(folded, p.span.begin, kDocumentClause), settled_accounts_cues_)) continue;
            // "Kỳ họp thứ 16 (kỳ họp chuyên đề) thông qua 19 nghị quyết về: Bổ sung, điều chỉnh kế hoạch
            // thu hồi đất năm 2020": a single-topic session's year of the documents it handles is no review.
            if (single_topic && handles_a_document(folded, p)) continue;
            bool term = p.period.start.year != p.period.end.year;
            // "Hội nghị đánh giá kết quả thực hiện Chương trình ... giai đoạn 2021-2025" held in
            // 2025: the meeting sentence reviews a phase that ends by the meeting's year.
            const bool phase_reviewed = term && s.begin == where.front().begin && m.held_on &&
                                        p.period.end.year <= m.held_on->year && review_words_before(folded, p);
            if (term && !mid_term && !phase_reviewed) continue;
            if (evaluated_later(folded, s, p, periods)) continue;
            // "Kỳ họp bất thường năm 2015": the year names a single-topic session; it reviews none.
            if (names_the_session(folded, p) && has_any(part, single_topic_cues_)) continue;
            model::Period chosen = p.period;
            const bool in_meeting_sentence = s.begin == where.front().begin;
            m.period_basis = in_meeting_sentence ? "meeting_sentence" : is_title(doc, s) ? "headline" : "lead";
            if (!in_meeting_sentence && is_title(doc, s) && whole_year(chosen))
                if (auto part = reviewed_part_of_year(where, periods, chosen.start.year)) {
                    chosen = *part;
                    m.period_basis = "lead_part_of_headline_year";
                }
            if (p.year_inferred && m.held_on && chosen.start.year == chosen.end.year &&
                chosen.end.month > m.held_on->month + 1) {
                // "tổng kết năm" held in January looks back on the year before.
                chosen.start.year -= 1;
                chosen.end.year -= 1;
                chosen.label = text::period_label(chosen.start, chosen.end);
            }
            // "quyết định ... ngân sách nhà nước năm 2026" at a session of December 2025: a span
            // not yet begun on the meeting day (or, undated, when the page was posted) is planned
            // there, not reviewed.
            // So is the whole year a January meeting falls in ("thông qua 8 Nghị quyết về: Nhiệm vụ ...
            // năm 2018" on 9-1-2018): barely begun, it has nothing to review yet.
            const bool year_just_begun = m.held_on && m.held_on->month == 1 && whole_year(chosen) &&
                                         chosen.start.year == m.held_on->year;
            if (year_just_begun || (not_begun_by && chosen.start.iso() > not_begun_by->iso())) {
                m.period_basis.clear();
                continue;
            }
            if (names_the_session(folded, p)) {
                if (auto evaluated = evaluated_elsewhere(folded, where, periods, s, chosen.start.year)) {
                    chosen = *evaluated;
                    m.period_basis = "lead_evaluated_over_session_name";
                } else if (whole_year(chosen) && names_mid_year(folded, p)) {
                    // "kỳ họp thường lệ giữa năm 2024": the mid-year session reviews the first half.
                    chosen.end = model::Date{chosen.start.year, 6, 30};
                    chosen.label = text::period_label(chosen.start, chosen.end);
                    m.period_basis = "mid_year_session";
                }
            }
            const model::Period first = chosen;
            m.period = widest_ending_with(where, periods, widest_in_sentence(s, periods, chosen));
            if (m.period->start.iso() != first.start.iso()) m.period_basis += "_widened";
            else if (auto to_date = year_to_date_reported(folded, where.front(), periods, *m.period)) {
                m.period = *to_date;
                m.period_basis += "_year_to_date";
            }
            return;
        }
    }
    if (!has_any(std::string_view(folded).substr(where.front().begin, where.front().end - where.front().begin),
                 single_topic_cues_)) {
        read_period_of_the_figures(folded, periods, m);
        if (!m.period) read_period_before_the_plan(where.front(), periods, m);
        if (!m.period) read_year_ending(periods, m);
    }
}

// "Tiếp tục chương trình kỳ họp thứ 7 ... tờ trình về nhiệm vụ phát triển kinh tế - xã hội năm 2019"
// on 5/12: a council's regular session of November or December that plans the next year and
// names no span reviewed reviews the year it ends.
// Held in January and planning the year just begun ("Ngày 9-1, Kỳ họp thứ 6 ... thông qua Nghị quyết
// về nhiệm vụ ... năm 2018"), such a session closes the year before.
void PeriodReader::read_year_ending(const std::vector<text::PeriodMention>& periods, model::Meeting& m) {
    constexpr int kYearEndSessionsFrom = 11;  // month
    if (!m.held_on || m.kind != "kỳ họp") return;
    const bool year_start = m.held_on->month == 1;
    if (!year_start && m.held_on->month < kYearEndSessionsFrom) return;
    const int year = year_start ? m.held_on->year - 1 : m.held_on->year;  // the year it closes
    const bool plans_next_year = std::any_of(periods.begin(), periods.end(), [&](const text::PeriodMention& p) {
        return p.period.start.year == year + 1 && p.period.end.year == year + 1 && !p.year_inferred;
    });
    // A regular session in December closes the year even when the lead names no year at all
    // ("Ngày 7-12, HĐND tỉnh ... khai mạc kỳ họp thứ 5": the year's results are its business).
    constexpr int kLastMonth = 12;
    const bool december = !year_start && m.held_on->month == kLastMonth && names_no_other_year(periods, year);
    if (!plans_next_year && !december) return;
    m.period = model::Period{model::Date{year, 1, 1}, model::Date{year, 12, 31}, ""};
    m.period->label = text::period_label(m.period->start, m.period->end);
    m.period_basis = year_start ? "year_start_session" : "year_end_session";
}

// A document adopted or amended is named in the clause before the period ("thông qua ... dự toán",
// "điều chỉnh kế hoạch ..."), and no words of review ("đánh giá kết quả") stand there.
bool PeriodReader::handles_a_document(const std::string& folded, const text::PeriodMention& p) const {
    const std::string_view before = clause_before(folded, p.span.begin, kDocumentClause);
    return (has_any(before, adopted_document_cues_) || has_any(before, adjusted_document_cues_)) &&
           !review_words_before(folded, p);
}

// No single year other than `year` and the next is written with its own number (a term may be).
bool PeriodReader::names_no_other_year(const std::vector<text::PeriodMention>& periods, int year) {
    return std::none_of(periods.begin(), periods.end(), [&](const text::PeriodMention& p) {
        return p.period.start.year == p.period.end.year && !p.year_inferred && p.period.start.year != year &&
               p.period.start.year != year + 1;
    });
}

// "... xem xét tình hình thực hiện nhiệm vụ; nhiệm vụ, giải pháp 6 tháng cuối năm 2016": a
// meeting sentence that reviews without naming a span, and plans the rest of a year, reviews
// that year up to where the plan begins (here the first half).
void PeriodReader::read_period_before_the_plan(const Span& sentence, const std::vector<text::PeriodMention>& periods,
                                               model::Meeting& m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (const auto& p : periods) {
        if (p.span.begin < sentence.begin || p.span.begin >= sentence.end || !p.forward_looking) continue;
        const model::Date& from = p.period.start;
        const model::Date& to = p.period.end;
        if (from.year != to.year || to.month != 12 || to.day != 31 || from.day != 1 || from.month < 2) continue;
        const int last_month = from.month - 1;
        const bool leap = (from.year % 4 == 0 && from.year % 100 != 0) || from.year % 400 == 0;
        const int last_day = kDays[last_month - 1] + (last_month == 2 && leap ? 1 : 0);
        model::Period reviewed;
        reviewed.start = model::Date{from.year, 1, 1};
        reviewed.end = model::Date{from.year, last_month, last_day};
        reviewed.label = text::period_label(reviewed.start, reviewed.end);
        m.period = reviewed;
        m.period_basis = "before_the_plan";
        return;
    }
}

// The lead names no span: a regular session's report reviews the part of the year
// its figures are told for ("6 tháng đầu năm, thu ngân sách ..."), the first one
// written that runs from January to within two months before the meeting.
void PeriodReader::read_period_of_the_figures(const std::string& folded, const std::vector<text::PeriodMention>& periods,
                                              model::Meeting& m) const {
    if (!m.held_on) return;
    const model::Date& held = *m.held_on;
    for (const auto& p : periods) {
        const model::Period& q = p.period;
        if (p.forward_looking || comparison_base(folded, p) || q.start.year != q.end.year) continue;
        if (q.start.month != 1 || q.start.day != 1 || q.end.iso() > held.iso()) continue;
        const int months_before = (held.year - q.end.year) * 12 + held.month - q.end.month;
        if (months_before > 2) continue;
        m.period = q;
        m.period_basis = "figures_before_meeting";
        return;
    }
}

// A monthly meeting ("sơ kết ... tháng 7") whose report goes on with the year to
// date ("lũy kế 7 tháng ...", "tính đến hết tháng 11, ...") reviews the months from
// January: the widest span it reviews as a whole. Read in the report's first
// paragraphs after the meeting sentence (kReportBytes), not in plans.
std::optional<model::Period> PeriodReader::year_to_date_reported(const std::string& folded, const Span& meeting_sentence,
                                                                 const std::vector<text::PeriodMention>& periods,
                                                                 const model::Period& month) const {
    constexpr std::size_t kReportBytes = 1500;
    if (month.start.year != month.end.year || month.start.month != month.end.month || month.start.month == 1)
        return std::nullopt;
    for (const auto& p : periods) {
        if (p.span.begin < meeting_sentence.end) continue;
        if (p.span.begin >= meeting_sentence.end + kReportBytes) break;
        if (p.forward_looking || comparison_base(folded, p)) continue;
        const model::Period& q = p.period;
        if (q.end.iso() != month.end.iso()) continue;
        if (q.start.year == q.end.year && q.start.month == 1 && q.start.day == 1) return q;
        if (p.to_date) {
            model::Period widened{model::Date{month.start.year, 1, 1}, month.end, ""};
            widened.label = text::period_label(widened.start, widened.end);
            return widened;
        }
    }
    return std::nullopt;
}

// "phiên họp thường kỳ tháng 8", "kỳ họp thường lệ giữa năm 2024": a month or
// year right after a session word names the session, which may review another span ("đánh giá ... tháng 7 và 7
// tháng đầu năm" told in the lead).
bool PeriodReader::names_the_session(const std::string& folded, const text::PeriodMention& p) const {
    const model::Period& q = p.period;
    const bool one_month = q.start.year == q.end.year && q.start.month == q.end.month;
    return (one_month || whole_year(q)) &&
           ends_with_any(std::string_view(folded).substr(0, p.span.begin), session_label_cues_);
}

// "giữa năm 2024", "giữa năm": the words of the year's mention, or right before it, say mid-year.
bool PeriodReader::names_mid_year(const std::string& folded, const text::PeriodMention& p) const {
    static const std::string mid = text::fold("giữa");
    const std::string_view written = std::string_view(folded).substr(p.span.begin, p.span.end - p.span.begin);
    return written.rfind(mid, 0) == 0 || ends_with_word(trim_end(std::string_view(folded).substr(0, p.span.begin)), mid);
}

// The first span of the same year that another sentence of the lead says
// is evaluated ("đánh giá", "sơ kết" before it in its sentence).
std::optional<model::Period> PeriodReader::evaluated_elsewhere(const std::string& folded, const std::vector<Span>& where,
                                                               const std::vector<text::PeriodMention>& periods,
                                                               const Span& named_in, int year) const {
    for (const auto& s : where) {
        if (s.begin == named_in.begin) continue;
        for (const auto& p : periods) {
            if (p.span.begin < s.begin || p.span.begin >= s.end || p.forward_looking) continue;
            const model::Period& q = p.period;
            if (q.start.year != year || q.end.year != year || comparison_base(folded, p)) continue;
            if (names_the_session(folded, p)) continue;
            if (has_any(std::string_view(folded).substr(s.begin, p.span.begin - s.begin), evaluates_cues_))
                return widest_in_sentence(s, periods, q);
        }
    }
    return std::nullopt;
}

// "Thực hiện chương trình công tác năm 2023, ... tổ chức hội nghị sơ kết công tác Quý I
// năm 2023": a span named before the words that say what is evaluated, with one named
// after them in the sentence, only frames the meeting.
bool PeriodReader::evaluated_later(const std::string& folded, const Span& s, const text::PeriodMention& p,
                                   const std::vector<text::PeriodMention>& periods) const {
    auto part = [&](std::size_t from, std::size_t to) { return std::string_view(folded).substr(from, to - from); };
    if (has_any(part(s.begin, p.span.begin), evaluates_cues_)) return false;
    for (const auto& q : periods) {
        if (q.span.begin >= s.end) break;  // periods come in text order: none further is in the sentence
        if (q.span.begin < p.span.end || q.forward_looking) continue;
        if (q.period.start.year != q.period.end.year || comparison_base(folded, q)) continue;
        if (has_any(part(p.span.end, q.span.begin), evaluates_cues_)) return true;
    }
    return false;
}

// "tăng 7,7% so với cùng kỳ năm 2016": the year compared with, not reviewed.
bool PeriodReader::comparison_base(const std::string& folded, const text::PeriodMention& p) const {
    return ends_with_any(std::string_view(folded).substr(0, p.span.begin), comparison_cues_);
}

// Where the period reviewed is told: the meeting sentence and the
// headline, then the lead's sentences, those that adopt plans or accounts
// last ("biểu quyết thông qua Nghị quyết ... năm 2024", "phê chuẩn quyết
// toán ngân sách năm 2014": another year than the one reviewed). A
// single-topic or extraordinary session ("kỳ họp chuyên đề") reviews a
// period only when the meeting sentence names one (read_period skips its headline).
std::vector<Span> PeriodReader::period_search_order(const model::Document& doc, const std::string& folded,
                                                    const std::vector<Span>& where) const {
    const std::size_t head = where.size() > 1 && is_title(doc, where[1]) ? 2 : 1;
    std::vector<Span> order(where.begin(), where.begin() + static_cast<std::ptrdiff_t>(head));
    auto part = [&](const Span& s) { return std::string_view(folded).substr(s.begin, s.end - s.begin); };
    if (has_any(part(where.front()), single_topic_cues_)) return order;
    for (bool adopting : {false, true})
        for (std::size_t i = head; i < where.size(); ++i)
            if (has_any(part(where[i]), adoption_cues_) == adopting) order.push_back(where[i]);
    return order;
}

// A congress, and the first meeting of the committee it elected ("phiên
// họp thứ nhất Ban Chấp hành ... khóa XII", "hội nghị đã bầu Ban Thường vụ
// Tỉnh ủy khóa XX": elects_leadership in data/meeting_cues.tsv), close one
// term and open the next. A council's first session is left out: it opens
// the council's term, not a party's.
bool PeriodReader::opens_a_term(const std::string& folded, const Span& sentence, const model::Meeting& m) const {
    if (m.kind == "đại hội") return true;
    const std::string organizer = text::fold(m.organizer);
    if (organizer.empty() || organizer.find(text::fold("nhân dân")) != std::string::npos) return false;
    if (m.session_number && *m.session_number == 1 && !m.term.empty()) return true;
    return has_any(std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin), elects_cues_);
}

// "Hội nghị Ban Chấp hành ... cho ý kiến vào Dự thảo Báo cáo chính trị Đại hội ... nhiệm kỳ
// 2020-2025", held in 2019: a meeting on the drafts of a congress to come reviews, as that
// congress will, the term ending (2015-2020). Only when its sentence names no span of its own
// ("tổng kết năm 2019 và cho ý kiến vào dự thảo ...": that year) and the term named opens no
// earlier than the meeting's year.
std::optional<model::Period> PeriodReader::term_before_drafts(const std::string& folded, const Span& sentence,
                                                              const std::vector<text::PeriodMention>& periods,
                                                              int held_in) const {
    if (!held_in || !has_any(std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin),
                             congress_draft_cues_))
        return std::nullopt;
    std::optional<model::Period> coming;
    for (const auto& p : periods) {
        if (p.span.begin < sentence.begin || p.span.begin >= sentence.end) continue;
        const int years = p.period.end.year - p.period.start.year;
        if (years < 4) return std::nullopt;  // a year or part of one: the meeting reviews that
        if (years <= 5 && p.period.start.year >= held_in && !coming) coming = p.period;
    }
    if (!coming) return std::nullopt;
    return reviewed_term(coming->start.year, coming->end.year, held_in);
}

// ------------------------------------------------------------ year of the meeting day

// The year a day written without one belongs to: the date header, else the
// period the meeting reviews (a January meeting on "năm 2021" is held in
// 2022), else the plans it sets, else any full date in the text.
// A congress is held in the year its new term opens ("Đại hội ... nhiệm kỳ
// 2020-2025" in 2020), whatever plans for later years it adopts.
int PeriodReader::infer_year(const model::Document& doc, const text::DayMention& day,
                             const std::vector<text::DayMention>& days, const std::string& folded, const Span& sentence,
                             bool congress, std::string& basis) const {
    if (doc.published_on) {
        basis = "date_header";
        return year_under_stamp(day.month, doc.published_on->year, doc.published_on->month);
    }
    const auto periods = text::find_periods(doc.text, std::nullopt);
    if (auto posted = posted_date(doc)) {
        // A page stamp may be the day a page was re-posted years later; the
        // meeting sentence's own year ("... nhiệm vụ 6 tháng cuối năm 2017") wins.
        // A congress's own year is the one its new term opens, whatever years its goals name
        // ("nhiệm kỳ 2015 - 2020 ... phấn đấu đến năm 2020" under a stamp of 2015).
        basis = "congress_term";
        // Only the term the meeting sentence names: a page's head may name a programme's span.
        std::vector<text::PeriodMention> own_terms;
        if (congress)
            for (const auto& p : periods)
                if (p.span.begin >= sentence.begin && p.span.begin < sentence.end) own_terms.push_back(p);
        const int opened = own_terms.empty() ? 0 : opened_term_year(folded, own_terms);
        if (opened && opened != posted->year) return opened;
        // Only an earlier year: a meeting is not held after the page telling of it was posted
        // ("... thông qua Nghị quyết về nhiệm vụ năm 2024" on a page of 19/12/2023 plans 2024).
        basis = "meeting_sentence_period";
        // Not the year of a document the session handles ("hủy dự toán ... không thể giải ngân năm 2023").
        if (int own = year_from_periods(folded, day, periods, sentence, false); !opened && own && own < posted->year)
            return own;
        basis = "page_stamp";
        return year_under_stamp(day.month, posted->year, posted->month);
    }
    // The month the site files the page under: a day in a later month is of the year before.
    if (auto filed = url_month(doc)) {
        basis = "url_month";
        if (int own = year_from_periods(folded, day, periods, sentence, false); own && own < filed->year) {
            basis = "meeting_sentence_period";
            return own;
        }
        return year_under_stamp(day.month, filed->year, filed->month);
    }
    basis = "congress_term";
    if (congress)
        if (int opened = congress_opens(folded, periods, sentence)) return opened;
    basis = "term_in_sentence";
    if (int y = year_from_terms(folded, periods, sentence, day.month)) return y;
    basis = "period_named";
    if (int y = year_from_periods(folded, day, periods, sentence)) return y;
    if (int y = year_from_periods(folded, day, periods, Span{0, doc.text.size()})) return y;
    basis = "other_date";
    for (const auto& d : days)
        if (d.year) return *d.year;
    basis = "term_named";
    for (const auto& p : periods)  // a congress opens the term it names
        if (p.period.start.year != p.period.end.year) return p.period.start.year;
    basis = "";
    return 0;
}

// "đánh giá kết quả thực hiện ...", "tổng kết ...", "sơ kết ..." in the clause before p.
bool PeriodReader::review_words_before(const std::string& folded, const text::PeriodMention& p) const {
    constexpr std::size_t kClause = 200;  // bytes before the span
    const std::string_view before = clause_before(folded, p.span.begin, kClause);
    for (std::string_view w : {"kết quả thực hiện", "tổng kết", "sơ kết", "đánh giá kết quả", "đánh giá tình hình thực hiện"})
        if (before.find(w) != std::string_view::npos) return true;
    return false;
}

// The year a meeting sentence dates by the spans of years it names: "sơ kết giữa
// nhiệm kỳ ... nhiệm kỳ 2020-2025" is held mid-term (2023); a review that proposes
// the next phase ("giai đoạn 2021-2025, đồng thời đề xuất phương hướng giai đoạn
// 2026-2030") is held in the last year of the one it reviews, and so is one that sums up a
// phase ("tổng kết ... giai đoạn 2016-2020") on a day of that year's second half (one of
// its first half may be early in the next year). 0 when none of these.
int PeriodReader::year_from_terms(const std::string& folded, const std::vector<text::PeriodMention>& periods,
                                  const Span& sentence, int month) const {
    constexpr std::size_t kClause = 200;  // bytes before a span, for its review word
    const std::string_view part = std::string_view(folded).substr(sentence.begin, sentence.end - sentence.begin);
    const bool mid_term = contains_word(part, "giữa nhiệm kỳ") || contains_word(part, "nửa nhiệm kỳ");
    const text::PeriodMention* reviewed = nullptr;
    for (const auto& p : periods) {
        if (p.span.begin < sentence.begin || p.span.begin >= sentence.end) continue;
        const int first = p.period.start.year, last = p.period.end.year;
        if (last <= first || last - first > 10) continue;
        if (mid_term) return first + (last - first + 1) / 2;
        if (!p.forward_looking && !reviewed) reviewed = &p;
        else if (p.forward_looking && reviewed && first == reviewed->period.end.year + 1) return reviewed->period.end.year;
    }
    if (reviewed && month >= 7 && clause_before(folded, reviewed->span.begin, kClause).find("tổng kết") != std::string_view::npos)
        return reviewed->period.end.year;
    return 0;
}

// The year a meeting on `day` falls in, told by the first period written with
// its year within `where`: one it reviews (a January meeting on "năm 2021"
// is held in 2022), else one it plans (a December meeting plans the next year).
// Periods named with a document adopted ("thông qua 21 Nghị quyết ... năm 2023",
// "bổ sung dự toán chi ngân sách năm 2025") tell the year that document is for, so
// they are read only when no other period is named, and not at all without `documents_too`.
int PeriodReader::year_from_periods(const std::string& folded, const text::DayMention& day,
                                    const std::vector<text::PeriodMention>& periods, const Span& where,
                                    bool documents_too) const {
    constexpr std::size_t kClause = 200;  // bytes before a period
    auto inside = [&](const text::PeriodMention& p) { return p.span.begin >= where.begin && p.span.begin < where.end; };
    // ("đánh giá kết quả thực hiện các nhiệm vụ ... năm 2024": the tasks of a year, reviewed, are no
    // plan; "đánh giá ... quý I, triển khai nhiệm vụ quý II-2022" still plans the quarter.)
    auto planned = [&](const text::PeriodMention& p) {
        return (p.forward_looking || plans_follow(folded, p) ||
                ends_with_any(std::string_view(folded).substr(0, p.span.begin), schedule_cues_)) &&
               !(whole_year(p.period) && review_words_before(folded, p));
    };
    // ("tổng kết Nghị quyết năm 2023" reviews the year: no document handled.)
    auto of_a_document = [&](const text::PeriodMention& p) {
        return has_any(clause_before(folded, p.span.begin, kClause), adopted_document_cues_) &&
               !review_words_before(folded, p);
    };
    // One pass in text order: the first period reviewed decides; failing one, the first plan; failing
    // that, the first document handled.
    const text::PeriodMention* plan = nullptr;
    const text::PeriodMention* document = nullptr;
    for (const auto& p : periods) {
        if (!inside(p) || p.period.start.year != p.period.end.year || p.year_inferred) continue;
        const bool handled = of_a_document(p), planned_here = planned(p);
        const model::Date& end = p.period.end;
        // "tăng 11,44% so với cùng kỳ năm 2017": the year before the meeting's; other
        // bases ("so với năm 2015") tell nothing of it.
        if (comparison_base(folded, p)) {
            if (!handled && !planned_here &&
                ends_with_any(std::string_view(folded).substr(0, p.span.begin), same_period_cues_))
                return end.year + 1;
            continue;
        }
        if (handled) {
            if (!document) document = &p;
            continue;
        }
        if (planned_here) {
            // "mục tiêu ... đến năm 2030", "dưới 0,2% vào năm 2030": a horizon, years ahead of any
            // meeting that sets it, dates none.
            if (!plan && !ends_with_any(std::string_view(folded).substr(0, p.span.begin), horizon_cues_)) plan = &p;
            continue;
        }
        // "kỳ họp thường lệ giữa năm 2024" names the session's own year.
        if (whole_year(p.period) && names_the_session(folded, p)) return end.year;
        // A whole year named at a meeting of its first quarter is the year just ended
        // ("tổng kết năm 2021" in January 2022); from April on, the meeting's own year
        // ("Năm 2022 là năm ..." at a session of July 2022).
        if (whole_year(p.period)) return day.month <= kYearEndReviewMonths ? end.year + 1 : end.year;
        return day.month + 1 < end.month ? end.year + 1 : end.year;
    }
    // A plan, or a document handled: a year's settled accounts ("phê chuẩn quyết toán ngân sách
    // năm 2024") are passed the year after; estimates and resolutions ("dự toán năm 2025") are
    // for the meeting's year, or the next one at a meeting of its last quarter.
    // "điều chỉnh, phân bổ kế hoạch vốn năm 2023 (đợt 3)" at a session of November: a year's
    // documents amended are those of the year under way.
    // So are those handed out in batches ("dự toán ... năm 2023 (đợt 2)").
    const auto adjusted = [&](const text::PeriodMention& p) {
        constexpr std::size_t kBatchAfter = 8;  // bytes: " (đợt", " - đợt"
        const std::string_view after = std::string_view(folded).substr(p.span.end, kBatchAfter + 6);
        const std::size_t batch = after.find("đợt");
        return has_any(clause_before(folded, p.span.begin, kClause), adjusted_document_cues_) ||
               (batch != std::string_view::npos && batch <= kBatchAfter);
    };
    const auto planned_for = [&](const text::PeriodMention& p) {
        return p.period.start.month == 1 && day.month >= 10 && !adjusted(p) ? p.period.start.year - 1
                                                                             : p.period.start.year;
    };
    const bool settled = document && has_any(clause_before(folded, document->span.begin, kClause), settled_accounts_cues_);
    // "phân bổ kế hoạch vốn năm 2022 ... dự kiến kế hoạch đầu tư công năm 2023" in August: the
    // session handles this year's documents and drafts next year's plan; the earlier year is its own.
    if (plan && document && documents_too && !settled)
        return std::min(planned_for(*plan), planned_for(*document));
    if (plan) return planned_for(*plan);
    if (document && documents_too) return settled ? document->period.end.year + 1 : planned_for(*document);
    return 0;
}

// "Năm 2026, huyện phấn đấu ...": a year that opens its clause, followed by
// plans (plan_after in data/meeting_cues.tsv, up to the sentence's end). A
// year that closes what is reviewed ("tổng kết năm 2023, mục tiêu năm
// 2024", "9 tháng năm 2016, đề ra phương hướng") is not one of them.
bool PeriodReader::plans_follow(const std::string& folded, const text::PeriodMention& p) const {
    constexpr std::size_t kClause = 120;  // bytes after the period
    std::string_view before = std::string_view(folded).substr(0, p.span.begin);
    const std::size_t clause_start = before.find_last_of(".;:,\n");
    before = clause_start == std::string_view::npos ? before : before.substr(clause_start + 1);
    while (!before.empty() && before.front() == ' ') before.remove_prefix(1);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.empty() && before != "trong" && before != "bước sang" && before != "sang") return false;
    std::string_view after = std::string_view(folded).substr(p.span.end, kClause);
    const std::size_t stop = after.find_first_of(".;\n");
    if (stop != std::string_view::npos) after = after.substr(0, stop);
    return has_any(after, plan_cues_);
}

// The year the term named first opens; when the closing term is named
// before it ("nhiệm kỳ 2015-2020 ... nhiệm kỳ 2020-2025"), where one ends and the next starts.
int PeriodReader::opened_term_year(const std::string& folded, const std::vector<text::PeriodMention>& periods) const {
    // The next term named close by (a plan "Giai đoạn 2025-2030" paragraphs later opens nothing).
    constexpr std::size_t kNear = 300;  // bytes between the two
    const text::PeriodMention* first = nullptr;
    for (const auto& p : periods) {
        const int a = p.period.start.year, b = p.period.end.year;
        if (b <= a || b - a > 10) continue;
        if (!first) { first = &p; continue; }
        if (a == first->period.end.year && p.span.begin <= first->span.end + kNear) return a;
    }
    if (!first) return 0;
    // "hoàn thành thắng lợi các chỉ tiêu ... trong nhiệm kỳ 2010 - 2015": the term
    // told as done is the one the congress closes, held in its last year.
    return tells_a_term_done(folded, *first) ? first->period.end.year : first->period.start.year;
}

// The year a congress's term opens, with no page stamp to go by: the term its sentence names;
// else the term the article names most often ("nhiệm kỳ 2020-2025" three times beside a leader's
// "nhiệm kỳ 2016-2021" once), the latest of those named as often; a term named once and alone as
// opened_term_year reads it.
int PeriodReader::congress_opens(const std::string& folded, const std::vector<text::PeriodMention>& periods,
                                 const Span& sentence) const {
    std::vector<text::PeriodMention> own;
    std::map<std::pair<int, int>, int> named;
    for (const auto& p : periods) {
        const int a = p.period.start.year, b = p.period.end.year;
        if (b <= a || b - a > 10) continue;
        if (p.span.begin >= sentence.begin && p.span.begin < sentence.end) own.push_back(p);
        // Only five-year terms vote ("giai đoạn 2021-2025", a plan, counts as the term 2020-2025;
        // a ten-year strategy "2021-2030" opens no congress's term).
        if (b - a == 5) ++named[{a, b}];
        else if (b - a == 4) ++named[{a - 1, b}];
    }
    if (!own.empty()) return opened_term_year(folded, own);
    // Among terms named equally often, the latest: a leader's earlier term ("Chủ tịch UBND tỉnh
    // nhiệm kỳ 2016-2021") is older than the one the congress opens ("khóa XIX, nhiệm kỳ 2020-2025").
    const auto most = std::max_element(named.begin(), named.end(), [](const auto& x, const auto& y) {
        return x.second != y.second ? x.second < y.second : x.first < y.first;
    });
    if (most != named.end() && (most->second >= 2 || named.size() >= 2)) {
        // "kết quả nhiệm kỳ 2020-2025" named most in a congress that opens 2025-2030: the term the
        // most-named one hands over to, when named, is the one opened.
        const int end = most->first.second;
        const bool next_named = std::any_of(named.begin(), named.end(), [&](const auto& t) { return t.first.first == end; });
        return next_named ? end : most->first.first;
    }
    return opened_term_year(folded, periods);
}

// Result words (reviewed_term_before) before a term in its clause, and no meeting noun
// there ("Đại hội ... nhiệm kỳ 2020-2025" names the term a congress opens).
bool PeriodReader::tells_a_term_done(const std::string& folded, const text::PeriodMention& p) const {
    constexpr std::size_t kClause = 160;  // bytes before the term
    const std::string_view before = clause_before(folded, p.span.begin, kClause);
    return has_any(before, done_term_cues_) && !has_any(before, nouns_);
}

}  // namespace baocao::extract
