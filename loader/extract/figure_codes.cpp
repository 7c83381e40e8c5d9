// SentenceReader: the indicator code of a figure, from the catalog phrasings nearest its
// number (indicator_phrasings.tsv) and the sector its clause names (indicator_sectors.tsv).
#include "extract/figure_sentence.h"

#include <algorithm>

namespace baocao::extract::figures {

// ------------------------------------------------------------ codes --

// `rate`: a percentage that is no share ("giải ngân đạt 47%") may report a
// money code of indicator_rates.tsv.
SentenceReader::CodeMatch SentenceReader::code_for(std::size_t window_begin, const RawFigure& f, std::size_t after_end,
                                                   bool growth, bool rate) const {
    // Label words with the number as "#", each token remembering its word.
    // A comma, ';' or ':' before a token is remembered: "..." in a phrasing does not
    // reach across it ("6 chỉ tiêu đạt, 2 chỉ tiêu ..." is no "đạt ... chỉ tiêu").
    std::vector<std::string> seq;
    std::vector<std::size_t> source;
    std::vector<bool> break_before;
    // Tokens inside brackets: "tốc độ tăng trưởng kinh tế (tính theo giá trị sản xuất) 13,1%" names
    // its subject before the bracket; the bracket only says how it is measured.
    std::vector<bool> bracketed;
    int depth = 0;
    bool pending_break = false;
    // "94% dân số tham gia bảo hiểm y tế; 100% trường học đạt chuẩn": items of a list
    // separated by ';' each name their own subject, so a phrasing before the last ';'
    // ahead of the number codes nothing behind it.
    std::size_t list_item_begin = 0;
    auto push_word = [&](std::size_t k, std::size_t from) {
        if (is_punct(words_[k], ",;:")) pending_break = true;
        if (k < f.first && is_punct(words_[k], ";")) list_item_begin = seq.size();
        if (is_punct(words_[k], "(")) ++depth;
        if (is_punct(words_[k], ")") && depth > 0) --depth;
        for (auto& t : lex_.label_tokens_of({words_[k].text})) {
            seq.push_back(t);
            source.push_back(from);
            break_before.push_back(pending_break);
            bracketed.push_back(depth > 0);
            pending_break = false;
        }
    };
    for (std::size_t k = window_begin; k < f.first; ++k) push_word(k, k);
    const std::size_t marker = seq.size();
    const bool marker_bracketed = depth > 0;
    seq.push_back("#");
    source.push_back(f.first);
    break_before.push_back(pending_break);
    bracketed.push_back(marker_bracketed);
    pending_break = false;
    for (std::size_t k = f.first + 1; k < after_end; ++k) {
        if (k < f.last && f.out_of && (is_punct(words_[k], "/") || words_[k].kind == Word::Kind::number)) continue;
        push_word(k, f.first);
    }
    CodeMatch result;

    std::string best;
    long best_distance = 1 << 20;
    int best_weight = 0;
    std::size_t best_start = f.first;  // the word the best phrasing starts at
    std::size_t best_seq_start = seq.size();
    // Subjects before the number that end where another begins, to tell "A và B" apart.
    struct Before {
        std::size_t start, end;
        std::string code, phrase;
        int weight;
    };
    std::vector<Before> before;
    // The (phrasing, start) pairs whose first token is there, in catalog order and then
    // word order: ties are broken by which came first, as if every phrasing were tried.
    std::vector<std::pair<std::size_t, std::size_t>> candidates;
    const auto open_start = lex_.phrasings_by_first.find("...");
    for (std::size_t start = 0; start < seq.size(); ++start) {
        if (const auto it = lex_.phrasings_by_first.find(seq[start]); it != lex_.phrasings_by_first.end())
            for (std::size_t p : it->second) candidates.emplace_back(p, start);
        if (open_start != lex_.phrasings_by_first.end())
            for (std::size_t p : open_start->second) candidates.emplace_back(p, start);
    }
    std::sort(candidates.begin(), candidates.end());
    std::size_t agreed_for = static_cast<std::size_t>(-1);
    std::string code;
    bool agrees = false;
    for (const auto& [index, start] : candidates) {
        const Phrasing& p = lex_.phrasings[index];
        std::size_t end = 0;
        if (!match_phrase(seq, break_before, start, p.tokens, end)) continue;
        if (agreed_for != index) {
            // A phrasing coded "other" names a subject outside the catalog ("trồng rừng",
            // "chi phí"), and a subject whose growth the catalog lacks ("tổng mức bán lẻ
            // ... tăng 12%") is no other code's growth: either wins as "other" when nearest.
            const bool outside = p.code == "other" || (growth && reader_.growth_code_of(p.code) == "other");
            code = outside ? "other" : growth ? reader_.growth_code_of(p.code) : p.code;
            agrees = outside || unit_agrees(code, f, growth, rate);
            agreed_for = index;
        }
        if (!agrees) {
            if (start > marker && start <= marker + (f.last - f.first)) result.names_own_subject = true;
            continue;
        }
        if (end <= marker && end <= list_item_begin) continue;
        if (end <= marker && code != "other") before.push_back({start, end, code, join(p.tokens), p.weight});
        long distance;
        constexpr long kBracketed = 1000;  // behind any phrasing outside the brackets
        if (end <= marker) {
            distance = static_cast<long>(marker - end);
            if (end > 0 && bracketed[end - 1] && !marker_bracketed) distance += kBracketed;
        }
        // Right after the number (its unit word: "# chỉ tiêu không đạt") is as near as
        // a phrasing around it ("đạt ... chỉ tiêu"); the longer one then wins.
        else if (start > marker) distance = static_cast<long>(start - marker - 1);
        else distance = 0;  // the phrasing spans the number: "kết nạp ... đảng viên"
        if (distance < best_distance || (distance == best_distance && p.weight > best_weight)) {
            best = code;
            result.phrase = join(p.tokens);
            best_start = std::min(source[start], f.first);
            best_seq_start = start;
            result.start_word = start < marker ? source[start] : static_cast<std::size_t>(-1);
            best_distance = distance;
            best_weight = p.weight;
        }
    }
    // "Kim ngạch xuất khẩu và doanh thu dịch vụ ngoại tệ đạt 1.790 triệu USD": of two
    // subjects joined by "và" into one figure, the first named heads it.
    if (!best.empty() && best_seq_start < marker && best_start > 0 && words_[best_start - 1].text == "và") {
        const Before* head = nullptr;
        for (const auto& b : before)
            if (b.end == best_seq_start && b.code != best && source[b.end - 1] + 2 == best_start &&
                (!head || b.weight > head->weight))
                head = &b;
        if (head) {
            best = head->code;
            result.phrase = head->phrase;
            result.start_word = source[head->start];
            best_start = source[head->start];
        }
    }
    if (!best.empty()) result.names_own_subject = true;  // even when that subject is "other"
    // Only sectors listed with the phrasing count (a few words before it, as far as
    // "..." reaches): "Xây dựng khu du lịch ... với 180 đảng viên" far before joins nothing.
    const std::size_t sectors_from = std::max(window_begin, best_start >= 8 ? best_start - 8 : 0);
    if (!best.empty() && !growth && names_several_sectors(sectors_from, f.first)) {
        best.clear();
        result.phrase.clear();
    }
    if (!best.empty()) result.code = best;
    return result;
}

// "giá trị tiểu thủ công nghiệp, dịch vụ, thương mại đạt 1.351 tỷ": one value of
// sectors from different groups (sector_* cues in words [begin, end)) fits none
// of their indicators.
bool SentenceReader::names_several_sectors(std::size_t begin, std::size_t end) const {
    int groups = 0;
    for (const auto& [role, phrases] : lex_.cues) {
        if (role.rfind("sector_", 0) != 0) continue;
        for (std::size_t i = begin; i < end; ++i) {
            const std::size_t length = lex_.cue_at(words_, i, role.c_str());
            if (length && i + length <= end) { ++groups; break; }
        }
    }
    return groups >= 2;
}

bool SentenceReader::match_phrase(const std::vector<std::string>& seq, const std::vector<bool>& break_before,
                                  std::size_t start, const std::vector<std::string>& tokens, std::size_t& end) {
    std::size_t i = start;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t] == "...") {
            // The next real token, within a few words.
            if (t + 1 >= tokens.size()) continue;
            std::size_t k = i;
            const std::size_t stop = std::min(seq.size(), i + 9);
            while (k < stop && seq[k] != tokens[t + 1] && !break_before[k]) ++k;
            if (k >= stop || seq[k] != tokens[t + 1] || (k > i && break_before[k])) return false;
            i = k;
            continue;
        }
        if (i >= seq.size() || seq[i] != tokens[t]) return false;
        ++i;
    }
    end = i;
    return true;
}

bool SentenceReader::unit_agrees(const std::string& code, const RawFigure& f, bool growth, bool rate) const {
    const std::string& unit = f.unit;
    if (rate && !growth && unit == "%" && lex_.rate_codes.count(code)) return true;
    if (unit.find("/ha") != std::string::npos)  // a yield: "6 tấn/ha" is as good as "60 tạ/ha"
        return lex_.code_unit.count(code) && lex_.code_unit.at(code).find("/ha") != std::string::npos;
    if (unit == "count" && !growth) {
        auto counts = lex_.code_counts.find(code);
        if (counts != lex_.code_counts.end() && !counts->second.count(f.noun)) return false;
    }
    auto it = lex_.code_unit.find(code);
    if (it == lex_.code_unit.end()) return false;
    const std::string& want = it->second;
    if (growth) return want == "%" && lex_.growth_codes.count(code);
    if (unit == "VND" || unit == "USD") return want == "VND" || want == "USD";
    return want == unit;
}

// "Về nông nghiệp, giá trị sản xuất đạt ...": a bare general phrasing takes the code of
// the one sector the head of its clause names (indicator_sectors.tsv). Returns the
// sector word when it did, else "".
std::string SentenceReader::refine_by_sector(std::string& code, const CodeMatch& match, const RawFigure& f,
                                             bool growth) const {
    if (match.start_word == static_cast<std::size_t>(-1) || match.start_word >= f.first) return "";
    std::size_t clause = 0;
    for (std::size_t k = 0; k < match.start_word; ++k)
        if (is_punct(words_[k], ";")) clause = k + 1;
    // "giá trị sản xuất các ngành", "toàn huyện": all sectors.
    for (std::size_t k = match.start_word; k < f.first; ++k)
        if (words_[k].text == "các" || words_[k].text == "toàn" || words_[k].text == "tổng") return "";
    std::string found, word;
    for (const auto& sc : lex_.sector_codes) {
        if (sc.bare != match.phrase) continue;
        if (code != sc.general && code != reader_.growth_code_of(sc.general)) continue;
        for (std::size_t k = clause; k < std::min(match.start_word, clause + 6); ++k) {
            if (!FigureReader::Impl::tokens_at(words_, k, sc.sector)) continue;
            if (!found.empty() && found != sc.code) return "";  // two sectors: no one's value
            if (found.empty()) word = join(sc.sector);
            found = sc.code;
        }
    }
    if (found.empty()) return "";
    const std::string refined = growth ? reader_.growth_code_of(found) : found;
    if (refined == "other") return "";
    code = refined;
    return word;
}

}  // namespace baocao::extract::figures
