// Who chaired a meeting, read for the meeting stage (meeting.cpp): the person
// named by a cue of chairing in the lead ("dưới sự chủ trì của đồng chí X", "do
// đồng chí X ... chủ trì", "Các đồng chí: A - ...; B - ... chủ trì"). Internal to
// the meeting stage.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/person_names.h"
#include "model/facts.h"

namespace baocao::extract {

class ChairReader {
public:
    using Span = model::Span;

    // names: the shared name lexicon, which outlives the reader.
    explicit ChairReader(const NameLexicon& names) : names_(names) {}

    // The word lists this reader needs, by their role in data/meeting_cues.tsv,
    // for the stage to fill as it reads the file.
    std::map<std::string, std::vector<std::string>*> cue_lists();

    void read_chair(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead,
                    model::Meeting& m) const;

private:
    std::string first_person(const std::vector<Token>& tokens, std::size_t from, std::size_t to) const;
    bool opens_a_title(const std::vector<Token>& tokens, std::size_t i) const;
    std::string chair_around(const model::Document& doc, const std::string& folded, const Span& s, std::size_t at,
                             std::size_t after) const;

    const NameLexicon& names_;
    std::vector<std::string> chair_cues_, guest_openers_, titles_after_name_;
};

}  // namespace baocao::extract
