// Who chaired a meeting (see meeting_chair.h).
#include "extract/meeting_chair.h"

#include <algorithm>

#include "extract/meeting_days.h"
#include "extract/meeting_text.h"
#include "text/normalize.h"

namespace baocao::extract {

using namespace meeting_text;
using namespace meeting_days;

std::map<std::string, std::vector<std::string>*> ChairReader::cue_lists() {
    return {{"chair", &chair_cues_}, {"guest_opener", &guest_openers_}, {"title_after_name", &titles_after_name_}};
}

// The first person whose name starts in tokens [from, to) (it may end past `to`): a run of
// capitalised words that, once a leading place name is set aside ("Huyện ủy Cẩm Xuyên Nguyễn
// Văn A", "Tỉnh ủy An Giang Lê Hồng Quang"), starts with a family name.
std::string ChairReader::first_person(const std::vector<Token>& tokens, std::size_t from, std::size_t to) const {
    std::size_t i = from;
    while (i < to) {
        if (!tokens[i].word || !tokens[i].capitalised || tokens[i].has_digit) { ++i; continue; }
        std::size_t run_end = i;
        while (run_end < tokens.size() && (run_end < to || run_end - i < 4) && tokens[run_end].word &&
               tokens[run_end].capitalised && !tokens[run_end].has_digit && !opens_a_title(tokens, run_end))
            ++run_end;
        std::size_t k = i;
        for (std::size_t e = run_end; e >= i + 2; --e)
            if (names_.is_place(joined_key(tokens, i, e))) { k = e; break; }
        // "Bà Đỗ Thị Hồng", "Ông Nguyễn Văn A" at a sentence start: the form of address is not the name.
        if (k + 2 < run_end && (tokens[k].key == text::fold("bà") || tokens[k].key == text::fold("ông"))) ++k;
        if (run_end - k >= 2 && names_.is_surname(tokens[k].key) && !tokens[k].all_caps) {
            std::size_t end = std::min(run_end, k + 4);
            if (!names_.is_historical(joined_key(tokens, k, end))) return display_name(tokens, k, end);
        }
        i = std::max(run_end, i + 1);  // a title word alone makes no run: step past it
    }
    return "";
}

// "Nguyễn Thanh Bình Chủ tịch UBND huyện": a title written capitalised right after a name, with no
// comma, starts at token i and ends the name (title_after_name in data/meeting_cues.tsv).
bool ChairReader::opens_a_title(const std::vector<Token>& tokens, std::size_t i) const {
    for (std::size_t n = 1; n <= 3 && i + n <= tokens.size(); ++n)
        if (std::find(titles_after_name_.begin(), titles_after_name_.end(), joined_key(tokens, i, i + n)) !=
            titles_after_name_.end())
            return true;
    return false;
}

void ChairReader::read_chair(const model::Document& doc, const std::string& folded, const std::vector<Span>& lead,
                             model::Meeting& m) const {
    for (const auto& s : lead) {
        for (const auto& key : chair_cues_) {
            for (std::size_t p = folded.find(key, s.begin); p != std::string::npos && p < s.end;
                 p = folded.find(key, p + 1)) {
                if (!standalone(folded, p, p + key.size())) continue;
                std::string name = chair_around(doc, folded, s, p, p + key.size());
                if (!name.empty()) {
                    m.chair_name = name;
                    return;
                }
            }
        }
    }
}

std::string ChairReader::chair_around(const model::Document& doc, const std::string& folded, const Span& s, std::size_t at,
                                      std::size_t after) const {
    const std::string sentence = doc.text.substr(s.begin, s.end - s.begin);
    const auto tokens = tokenize(sentence, s.begin);
    auto index_at = [&](std::size_t byte) {
        std::size_t i = 0;
        while (i < tokens.size() && tokens[i].begin < byte) ++i;
        return i;
    };
    // "dưới sự chủ trì của đồng chí X", "chủ trì hội nghị là đồng chí X": the name follows.
    std::string before = folded.substr(s.begin, at - s.begin);
    std::string trimmed = before;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    const std::string su = text::fold("sự");
    bool name_follows = trimmed.empty() ||
                        (trimmed.size() >= su.size() && trimmed.compare(trimmed.size() - su.size(), su.size(), su) == 0);
    if (name_follows) {
        std::size_t from = index_at(after);
        return first_person(tokens, from, std::min(tokens.size(), from + 20));  // titles may come first
    }
    // "do đồng chí X, ... chủ trì": the name follows "do".
    std::size_t do_at = before.rfind(" do ");
    std::size_t from_byte = s.begin;
    if (do_at != std::string::npos) from_byte = s.begin + do_at + 4;
    // "Các đồng chí: A - ...; B - ... chủ trì": the first of the list, which
    // opens after the last colon before its first ';' (items may repeat "đồng chí:").
    const std::size_t first_item_end = before.find(';');
    std::size_t colon = first_item_end == std::string::npos ? before.rfind(':') : before.rfind(':', first_item_end);
    if (colon != std::string::npos && s.begin + colon > from_byte) {
        // "Chủ tịch UBND tỉnh A, các Phó Chủ tịch UBND tỉnh: B, C chủ trì": a person named
        // before the colon heads the list.
        if (std::string head = first_person(tokens, index_at(from_byte), index_at(s.begin + colon)); !head.empty())
            return head;
        from_byte = s.begin + colon + 1;
    } else if (const std::size_t item = before.rfind(';');
               item != std::string::npos && s.begin + item > from_byte && starts_with_any(before, guest_openers_)) {
        // "Dự kỳ họp có ông A - ...; ông B - ..., Chủ tịch HĐND huyện chủ tọa kỳ họp; ...": in a
        // list of guests, the item the cue stands in names the chair ("A; B chủ tọa" alone
        // names co-chairs, the first of them first).
        from_byte = s.begin + item + 1;
    }
    std::string name = first_person(tokens, index_at(from_byte), index_at(at));
    if (!name.empty()) return name;
    std::size_t from = index_at(after);  // "... chủ trì. " with the name written after it
    std::size_t to = std::min(tokens.size(), from + 8);
    // Not past a ';': "... – Chủ trì hội nghị; Đ/c: B – ..." lists the next person.
    for (std::size_t k = from; k < to; ++k)
        if (!tokens[k].word && tokens[k].surface == ";") to = k;
    return first_person(tokens, from, to);
}

}  // namespace baocao::extract
