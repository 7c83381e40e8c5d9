#include "extract/appointment_phrases.h"

#include <algorithm>
#include <stdexcept>

#include "extract/stage.h"  // read_tsv_rows

namespace baocao::extract {

namespace {
bool is_comma(const std::vector<Token>& tokens, std::size_t i) { return i < tokens.size() && tokens[i].surface == ","; }
bool is_open_bracket(const std::vector<Token>& tokens, std::size_t i) {
    return i < tokens.size() && tokens[i].surface == "(";
}
}  // namespace

AppointmentPhrases AppointmentPhrases::load(const std::filesystem::path& data_dir) {
    AppointmentPhrases phrases;
    for (const auto& row : read_tsv_rows(data_dir / "appointment_phrases.tsv", 2)) {
        const auto tokens = tokenize(row[0]);
        const std::string key = joined_key(tokens, 0, tokens.size());
        const std::string& kind = row[1];
        if (kind == "addressee") phrases.addressees_.insert(key);
        else if (kind == "joiner") phrases.joiners_.insert(key);
        else if (kind == "on_behalf") phrases.on_behalf_.insert(key);
        else if (kind == "link") phrases.links_[key] = Link::verb;
        else if (kind == "passive") phrases.links_[key] = Link::passive;
        else if (kind == "adverb") phrases.links_[key] = Link::adverb;
        else
            throw std::runtime_error("appointment_phrases.tsv: kind must be link, adverb, passive, addressee, "
                                     "joiner or on_behalf, not " + kind);
        phrases.max_words_ = std::max(phrases.max_words_, tokens.size());
    }
    return phrases;
}

std::size_t AppointmentPhrases::skip(const std::vector<Token>& tokens, std::size_t k,
                                     const std::function<std::size_t(std::size_t)>& body_end) const {
    std::size_t end = k;
    std::size_t i = is_open_bracket(tokens, k) ? k + 1 : k;
    bool after_passive = false;
    while (i < tokens.size()) {
        std::size_t at = i;
        if (is_comma(tokens, at)) ++at;
        if (after_passive) at = body_end(at);
        if (at >= tokens.size()) break;
        std::size_t length = std::min(max_words_, tokens.size() - at);
        for (; length >= 1; --length)
            if (links_.count(joined_key(tokens, at, at + length)) && tokens[at + length - 1].word) break;
        if (length == 0) break;
        i = at + length;
        const Link kind = links_.at(joined_key(tokens, at, i));
        after_passive = kind == Link::passive;
        if (kind == Link::verb) end = i;
    }
    return end;
}

bool AppointmentPhrases::link_ends_before(const std::vector<Token>& tokens, std::size_t k) const {
    for (std::size_t length = 1; length <= std::min(max_words_, k); ++length) {
        const auto found = links_.find(joined_key(tokens, k - length, k));
        if (found != links_.end() && found->second == Link::verb) return true;
    }
    return false;
}

std::size_t AppointmentPhrases::phrase_at(const std::unordered_set<std::string>& phrases,
                                          const std::vector<Token>& tokens, std::size_t k) const {
    if (k >= tokens.size()) return 0;
    // The longest phrase: the key grows a word at a time instead of being rebuilt per length.
    std::size_t longest = 0;
    std::string key;
    for (std::size_t length = 1; length <= std::min(max_words_, tokens.size() - k); ++length) {
        if (length > 1) key += ' ';
        key += tokens[k + length - 1].key;
        if (phrases.count(key)) longest = length;
    }
    return longest;
}

}  // namespace baocao::extract
