#include "extract/page_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/stage.h"
#include "text/normalize.h"

namespace baocao::extract {

std::vector<Paragraph> content_paragraphs(const model::Document& doc) {
    std::vector<Paragraph> paragraphs;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const model::Sentence& s = doc.sentences[i];
        if (s.furniture) continue;
        if (paragraphs.empty() || paragraphs.back().index != s.paragraph) {
            paragraphs.push_back({s.paragraph, {}, s.span});
        }
        paragraphs.back().sentences.push_back(i);
        paragraphs.back().span.end = s.span.end;
    }
    return paragraphs;
}

std::vector<UChar32> code_points(std::string_view s) {
    std::vector<UChar32> cps;
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    int32_t i = 0;
    const int32_t length = static_cast<int32_t>(s.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        cps.push_back(c < 0 ? 0xFFFD : c);
    }
    return cps;
}

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) words.push_back(s.substr(i, j - i));
        i = j;
    }
    return words;
}

bool ends_like_a_sentence(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == ')')) s.remove_suffix(1);
    if (s.empty()) return false;
    const std::vector<UChar32> cps = code_points(s.substr(s.size() > 4 ? s.size() - 4 : 0));
    const UChar32 last = cps.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == 0x2026 ||
           last == 0x201D;
}

bool is_all_capitals(std::string_view s) {
    bool letters = false;
    for (UChar32 c : code_points(s)) {
        if (u_islower(c)) return false;
        if (u_isalpha(c)) letters = true;
    }
    return letters;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_letter_at(std::string_view text, std::size_t at) {
    const std::vector<UChar32> cps = code_points(text.substr(at, 4));
    return !cps.empty() && u_isalpha(cps[0]);
}

std::set<std::string> load_word_list(const std::string& relative) {
    std::set<std::string> words;
    for (const auto& row : read_tsv_rows(data_file(relative), 1)) words.insert(text::lower(row[0]));
    return words;
}

}  // namespace baocao::extract
