// The meeting nouns of a sentence ("hội nghị", "kỳ họp", "đại hội") and what each names, read
// for the meeting stage (meeting.cpp) and its readers: a meeting being held, or an earlier one,
// one still to come, a building ("Trung tâm Hội nghị"), the meeting a list of guests came to.
// Internal to the meeting stage.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baocao::extract {

class MeetingNouns {
public:
    // meeting_nouns: the stage's meeting nouns ("hội nghị", "đại hội"); the
    // stage owns them and outlives this reader.
    explicit MeetingNouns(const std::vector<std::string>& meeting_nouns) : nouns_(meeting_nouns) {}

    // The word lists this reader needs, by their role in data/meeting_cues.tsv,
    // for the stage to fill as it reads the file.
    std::map<std::string, std::vector<std::string>*> cue_lists();

    const std::vector<std::string>& nouns() const { return nouns_; }

    // Of a folded sentence (or a part of one):
    bool names_a_meeting(std::string_view folded_part) const;  // one being held
    bool names_another_meeting(std::string_view folded_part, std::size_t p) const;  // the noun at p
    bool lists_guests(std::string_view folded_part) const;  // every noun follows a word of attending
    bool share_a_noun(std::string_view a, std::string_view b) const;  // the same meeting noun in both
    // [begin, end) of each meeting noun, in text order, but one inside a longer one.
    std::vector<std::pair<std::size_t, std::size_t>> meeting_nouns(std::string_view folded_part) const;
    // The meeting noun at p, in folded[from, ...), names a building.
    bool in_place_name(std::string_view folded, std::size_t from, std::size_t p) const;

private:
    bool many_units_hold_it(std::string_view folded_part, std::size_t p) const;
    bool counts_units(std::string_view before) const;
    static bool is_share_of_units(std::string_view word);

    const std::vector<std::string>& nouns_;
    std::vector<std::string> past_meeting_cues_, adopted_now_cues_, attending_cues_, not_meetings_, place_name_cues_,
        roundup_subjects_, beyond_one_body_, units_counted_;
};

}  // namespace baocao::extract
