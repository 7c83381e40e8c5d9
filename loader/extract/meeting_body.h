// Which body held a meeting and the locality it is of, read for the meeting stage
// (meeting.cpp): the bodies of data/bodies.tsv at each level of data/body_levels.tsv
// ("Ban Chấp hành Đảng bộ huyện", "HĐND xã"), found in a sentence, set apart from
// those named inside a person's title, as the venue or as the issuer of a
// document; then the unit written with the body, or the one the article, its
// headline's dateline, its web address or its province names. Internal to the
// meeting stage.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/gazetteer.h"
#include "model/facts.h"

namespace baocao::extract {

class MeetingNouns;

struct BodyPattern {
    std::string key;        // folded
    std::string organizer;  // display form
    std::vector<std::string> types;
};

struct BodyMatch {
    model::Span span;
    const BodyPattern* pattern = nullptr;
};

class BodyReader {
public:
    using Span = model::Span;

    // Reads the bodies' data files. meetings, meeting_verbs: the stage's, which
    // outlive the reader (meeting_verbs: "tổ chức", "họp").
    BodyReader(const Gazetteer& gazetteer, const MeetingNouns& meetings, const std::vector<std::string>& meeting_verbs);
    BodyReader(const BodyReader&) = delete;  // the index points into bodies_
    BodyReader& operator=(const BodyReader&) = delete;

    // The word lists this reader needs, by their role in data/meeting_cues.tsv,
    // for the stage to fill as it reads the file.
    std::map<std::string, std::vector<std::string>*> cue_lists();

    // The bodies named in sentence s, in text order, the longest at each place.
    std::vector<BodyMatch> bodies_in(const std::string& folded, const Span& s) const;
    bool inside_title(const std::string& folded, const Span& body) const;
    // where: the meeting sentence first, then the headline, then the rest of the lead.
    void read_body(const model::Document& doc, const std::string& folded, const std::vector<Span>& where,
                   model::Meeting& m) const;

private:
    void load_bodies();
    static std::size_t word_run(std::string_view s, std::size_t i);
    bool body_of_another_meeting(const std::string& folded, const Span& s, const Span& body) const;
    bool names_the_venue(const std::string& folded, const Span& body) const;
    static bool right_after(const std::string& folded, const Span& body, const std::vector<std::string>& words);
    const Unit* context_province(const model::Document& doc, bool post_2025) const;
    const model::PlaceMention* subject_unit(const model::Document& doc, const std::string& folded, const Span& s) const;
    static bool type_fits(const std::vector<std::string>& types, const model::LocalityRef& r);
    static const model::LocalityRef* first_named(const model::Document& doc, const BodyMatch& b,
                                                 const std::map<std::string, int>& count, int best_n);
    const Unit* dateline_unit(const model::Document& doc, const std::vector<std::string>& types) const;
    model::LocalityRef locality_of_body(const model::Document& doc, const BodyMatch& b, std::string& basis) const;

    const Gazetteer& gazetteer_;
    const MeetingNouns& meetings_;
    const std::vector<std::string>& nouns_;
    const std::vector<std::string>& verbs_;
    std::vector<BodyPattern> bodies_;
    std::unordered_map<std::string, std::vector<const BodyPattern*>> bodies_by_first_word_;
    std::vector<const BodyPattern*> bodies_anywhere_;
    std::vector<std::string> title_words_, title_words_after_, venue_words_, issuer_words_, before_verb_words_;
};

}  // namespace baocao::extract
