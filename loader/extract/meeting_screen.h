// Is the article a meeting report, and which sentence of its lead reports the
// meeting, read for the meeting stage (meeting.cpp): an interview, a listing of
// news items, the run-up to a meeting or one called off, a look back at a past
// congress are no reports; the lead sentence that reports one names a meeting
// being held, dated on a meeting day, with a verb of a meeting held or the body
// that met. Internal to the meeting stage.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"
#include "text/dates.h"

namespace baocao::extract {

class BodyReader;
class MeetingNouns;

class ReportScreen {
public:
    using Span = model::Span;

    // meetings, bodies, meeting_verbs: the stage's, which outlive the screen
    // (meeting_verbs: "tổ chức", "họp").
    ReportScreen(const MeetingNouns& meetings, const BodyReader& bodies, const std::vector<std::string>& meeting_verbs)
        : meetings_(meetings), bodies_(bodies), verbs_(meeting_verbs) {}

    // The word lists this screen needs, by their role in data/meeting_cues.tsv,
    // for the stage to fill as it reads the file.
    std::map<std::string, std::vector<std::string>*> cue_lists();

    // Where to look: the lead's content sentences, and the order to read them in
    // once the meeting sentence (lead[report]) is known.
    std::vector<Span> lead_sentences(const model::Document& doc) const;
    std::vector<Span> search_order(const model::Document& doc, const std::vector<Span>& lead, std::size_t report) const;
    bool is_meeting_day(const std::string& folded, const text::DayMention& d) const;

    // Articles that are no meeting report.
    bool is_interview(const std::string& folded) const;
    bool announces_an_interview(const model::Document& doc, const std::string& folded,
                                const std::vector<Span>& lead) const;
    bool is_listing(const model::Document& doc, const std::vector<text::DayMention>& days) const;
    bool headline_calls_it_off(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead) const;
    bool headline_recalls_history(const std::string& folded, const std::vector<Span>& lead) const;
    bool headline_prepares_for_a_meeting(const model::Document& doc, const std::string& folded,
                                         const std::vector<Span>& lead) const;
    static bool is_past_congress(const model::Document& doc, const model::Meeting& m);

    // The index in lead of the sentence that reports the meeting, or -1 when none does.
    int meeting_sentence(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead,
                         const std::vector<text::DayMention>& days, int reference) const;

private:
    static bool bullet_line(const model::Document& doc, const Span& s);
    static bool is_round_up(const model::Document& doc);
    static bool sets_this_terms_goals(std::string_view folded_part, int year);
    static bool told_as_held(std::string_view folded_part);
    static std::string_view without_passive(std::string_view before);
    bool announces(std::string_view folded_part) const;
    bool tells_what_is_to_come(std::string_view folded_part) const;
    static bool tells_of_the_past(int reference, std::string_view sentence);

    const MeetingNouns& meetings_;
    const BodyReader& bodies_;
    const std::vector<std::string>& verbs_;
    std::vector<std::string> not_a_date_, deadline_cues_, interviewer_labels_, interview_words_,
        interviewee_addresses_, called_off_cues_, history_headline_cues_, to_come_cues_, not_to_come_, day_to_come_cues_, convened_to_come_cues_, notice_cues_, decided_cues_, reported_at_cues_,
        background_openers_, schedule_openers_, takes_place_;
};

}  // namespace baocao::extract
