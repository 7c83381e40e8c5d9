// The words the time grammar (times.cpp) reads: a folded text split into words, numbers
// and punctuation marks, and the folding and words of the last long texts read. Internal
// to loader/text.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::text::time_words {

struct Word {
    std::size_t begin = 0, end = 0;
    std::string_view text;  // folded
    bool number = false;
};

// ASCII letters and digits, and any byte of a multi-byte character.
bool is_word_byte(unsigned char c);

// "–", "—", "“", "”": three bytes E2 80 xx, punctuation though not ASCII.
bool general_punctuation_at(std::string_view s, std::size_t i);

std::vector<Word> split_words(std::string_view folded);

// A folded text and its words (views into the folding).
struct FoldedText {
    std::string folded;
    std::vector<Word> words;
};

// fold(text) and its words; those of the last two long texts are kept per thread.
std::shared_ptr<const FoldedText> folded_text(std::string_view text);

}  // namespace baocao::text::time_words
