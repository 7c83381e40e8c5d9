#include "text/time_words.h"

#include "text/normalize.h"
#include "text/recent_results.h"

namespace baocao::text::time_words {

namespace {

// The C locale's classes, inline (the program never sets another): this runs over whole texts.
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace

bool is_word_byte(unsigned char c) {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool general_punctuation_at(std::string_view s, std::size_t i) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80;
}

std::vector<Word> split_words(std::string_view folded) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < folded.size()) {
        const auto c = static_cast<unsigned char>(folded[i]);
        if (is_ascii_space(c)) { ++i; continue; }
        Word w;
        w.begin = i;
        if (general_punctuation_at(folded, i)) {
            const auto third = static_cast<unsigned char>(folded[i + 2]);
            i += 3;
            w.end = i;
            w.text = (third == 0x93 || third == 0x94) ? std::string_view("-") : folded.substr(w.begin, 3);
        } else if (!is_word_byte(c)) {
            w.end = ++i;
            w.text = folded.substr(w.begin, 1);
        } else {
            const bool digits = is_ascii_digit(c);
            while (i < folded.size() && is_word_byte(static_cast<unsigned char>(folded[i])) &&
                   !general_punctuation_at(folded, i) && is_ascii_digit(static_cast<unsigned char>(folded[i])) == digits)
                ++i;
            w.end = i;
            w.text = folded.substr(w.begin, i - w.begin);
            w.number = digits;
        }
        words.push_back(w);
    }
    return words;
}

// A whole article is read for its days, then for its periods with the meeting's year: the
// folding and words of the last two long texts are kept per thread. Not those of huge texts,
// whose words (some 8 times their bytes) would stay in memory after the document.
std::shared_ptr<const FoldedText> folded_text(std::string_view text) {
    constexpr std::size_t kCachedFrom = 1024;  // bytes, as for the readings (dates.cpp)
    constexpr std::size_t kCachedUpTo = 1 << 20;
    auto make = [&] {
        auto made = std::make_shared<FoldedText>();
        made->folded = fold(text);
        made->words = split_words(made->folded);  // after the folding is in place: views into it
        return std::shared_ptr<const FoldedText>(std::move(made));
    };
    if (text.size() < kCachedFrom || text.size() > kCachedUpTo) return make();
    thread_local RecentResults<int, std::shared_ptr<const FoldedText>, 2> recent;
    return recent.get(text, 0, make);
}

}  // namespace baocao::text::time_words
