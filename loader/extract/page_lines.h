// How the document stage sees a page: its content paragraphs (furniture left
// out) and the small code-point helpers the headline and byline readers share.
#pragma once

#include <unicode/umachine.h>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"

namespace baocao::extract {

// The content of one paragraph (one line of the page): its non-furniture sentences.
struct Paragraph {
    int index = 0;
    std::vector<std::size_t> sentences;  // indexes into doc.sentences, content only
    model::Span span;                    // from the first content sentence to the last
};

std::vector<Paragraph> content_paragraphs(const model::Document& doc);

std::vector<UChar32> code_points(std::string_view s);
std::vector<std::string_view> split_words(std::string_view s);
// Ends in '.', '!', '?', ':', ';', '…' or a closing quote (past brackets and quotes).
bool ends_like_a_sentence(std::string_view s);
// Has letters, none of them lower case.
bool is_all_capitals(std::string_view s);
std::string_view trim(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
// A letter begins at byte `at` of text.
bool is_letter_at(std::string_view text, std::size_t at);

// The first column of a data file, lower case (text::lower).
std::set<std::string> load_word_list(const std::string& relative);

}  // namespace baocao::extract
