// The periods a meeting report names, read for the meeting stage
// (meeting.cpp): the span the meeting reviewed ("hội nghị sơ kết 6 tháng đầu
// năm", the term a congress closes) and the year a meeting day written
// without one belongs to (a January meeting on "năm 2021" is held in 2022).
// Internal to the meeting stage.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/facts.h"
#include "text/dates.h"

namespace baocao::extract {

class PeriodReader {
public:
    using Span = model::Span;

    // meeting_nouns: the stage's meeting nouns ("hội nghị", "đại hội"); the
    // stage owns them and outlives the reader.
    explicit PeriodReader(const std::vector<std::string>& meeting_nouns) : nouns_(meeting_nouns) {}

    // The word lists this reader needs, by their role in data/meeting_cues.tsv,
    // for the stage to fill as it reads the file.
    std::map<std::string, std::vector<std::string>*> cue_lists();

    // where: the meeting sentence first, then the headline, then the rest of the lead.
    void read_period(const model::Document& doc, const std::string& folded, const std::vector<Span>& where,
                     model::Meeting& m) const;
    int infer_year(const model::Document& doc, const text::DayMention& day, const std::vector<text::DayMention>& days,
                   const std::string& folded, const Span& sentence, bool congress, std::string& basis) const;

private:
    void read_period_of_the_figures(const std::string& folded, const std::vector<text::PeriodMention>& periods,
                                    model::Meeting& m) const;
    static void read_period_before_the_plan(const Span& sentence, const std::vector<text::PeriodMention>& periods,
                                            model::Meeting& m);
    static void read_year_ending(const std::vector<text::PeriodMention>& periods, model::Meeting& m);
    bool handles_a_document(const std::string& folded, const text::PeriodMention& p) const;
    static bool names_no_other_year(const std::vector<text::PeriodMention>& periods, int year);
    std::optional<model::Period> year_to_date_reported(const std::string& folded, const Span& meeting_sentence,
                                                       const std::vector<text::PeriodMention>& periods,
                                                       const model::Period& month) const;
    bool names_the_session(const std::string& folded, const text::PeriodMention& p) const;
    bool names_mid_year(const std::string& folded, const text::PeriodMention& p) const;
    std::optional<model::Period> evaluated_elsewhere(const std::string& folded, const std::vector<Span>& where,
                                                     const std::vector<text::PeriodMention>& periods,
                                                     const Span& named_in, int year) const;
    bool evaluated_later(const std::string& folded, const Span& s, const text::PeriodMention& p,
                         const std::vector<text::PeriodMention>& periods) const;
    bool comparison_base(const std::string& folded, const text::PeriodMention& p) const;
    std::vector<Span> period_search_order(const model::Document& doc, const std::string& folded,
                                          const std::vector<Span>& where) const;
    bool opens_a_term(const std::string& folded, const Span& sentence, const model::Meeting& m) const;
    bool review_words_before(const std::string& folded, const text::PeriodMention& p) const;
    int year_from_terms(const std::string& folded, const std::vector<text::PeriodMention>& periods,
                        const Span& sentence, int month) const;
    int year_from_periods(const std::string& folded, const text::DayMention& day,
                          const std::vector<text::PeriodMention>& periods, const Span& where,
                          bool documents_too = true) const;
    bool plans_follow(const std::string& folded, const text::PeriodMention& p) const;
    int opened_term_year(const std::string& folded, const std::vector<text::PeriodMention>& periods) const;
    int congress_opens(const std::string& folded, const std::vector<text::PeriodMention>& periods,
                       const Span& sentence) const;
    bool tells_a_term_done(const std::string& folded, const text::PeriodMention& p) const;
    std::optional<model::Period> term_before_drafts(const std::string& folded, const Span& sentence,
                                                    const std::vector<text::PeriodMention>& periods,
                                                    int held_in) const;

    const std::vector<std::string>& nouns_;
    std::vector<std::string> schedule_cues_;  // "Thời gian thực hiện trong năm 2024"
    std::vector<std::string> horizon_cues_, adopted_document_cues_, same_period_cues_, settled_accounts_cues_, adjusted_document_cues_, adoption_cues_,
        comparison_cues_, single_topic_cues_, session_label_cues_, evaluates_cues_, done_term_cues_, plan_cues_,
        elects_cues_, entered_cues_, congress_draft_cues_;
};

}  // namespace baocao::extract
