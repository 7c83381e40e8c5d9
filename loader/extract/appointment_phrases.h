// The words that tie a person to an office in data/appointment_phrases.tsv: "Ông A
// tái đắc cử, giữ chức Bí thư Tỉnh ủy", "miễn nhiệm chức danh ... đối với ông A",
// "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện", "thay mặt Ban Thường vụ, đồng chí A".
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/person_names.h"

namespace baocao::extract {

class AppointmentPhrases {
public:
    static AppointmentPhrases load(const std::filesystem::path& data_dir);

    // First token after the phrases starting at tokens[k] ("được bầu giữ chức",
    // ", vừa được bầu làm", "tái đắc cử, giữ chức") when they end with a link,
    // else k. A bracket may open them: "A (do được ... giữ chức ...)".
    // `body_end(i)`: the token after a body named at tokens[i] ("Ban Thường vụ Tỉnh
    // ủy"), else i: the agent of a passive ("được Tỉnh ủy điều động giữ chức").
    std::size_t skip(const std::vector<Token>& tokens, std::size_t k,
                     const std::function<std::size_t(std::size_t)>& body_end) const;

    // Whether a link phrase ends right before tokens[k] ("miễn nhiệm chức danh |").
    bool link_ends_before(const std::vector<Token>& tokens, std::size_t k) const;

    // Tokens of an addressee phrase at tokens[k] ("đối với"), 0 when none.
    std::size_t addressee_at(const std::vector<Token>& tokens, std::size_t k) const {
        return phrase_at(addressees_, tokens, k);
    }

    // Tokens of "thay mặt" at tokens[k], 0 when none: the body after it is one
    // the speaker represents, not a title of theirs.
    std::size_t on_behalf_at(const std::vector<Token>& tokens, std::size_t k) const {
        return phrase_at(on_behalf_, tokens, k);
    }

    // "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện": a word joining two titles.
    bool joins_titles(const Token& token) const { return token.word && joiners_.count(token.key) > 0; }

private:
    std::size_t phrase_at(const std::unordered_set<std::string>& phrases, const std::vector<Token>& tokens,
                          std::size_t k) const;

    enum class Link { adverb, verb, passive };
    std::unordered_map<std::string, Link> links_;
    std::unordered_set<std::string> addressees_, joiners_, on_behalf_;
    std::size_t max_words_ = 1;
};

}  // namespace baocao::extract
