#include "extract/figures.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <cctype>

#include "extract/figure_words.h"
#include "extract/locality_context.h"
#include "text/dates.h"
#include "text/normalize.h"

namespace baocao::extract::figures {

// ------------------------------------------------------------- targets ---

namespace {

// A year a period phrase names at word k: "năm 2024" -> 2024; a span
// "giai đoạn 2026-2030", "nhiệm kỳ 2025 - 2030" -> its last year, with `first`
// its first. 0 when word k starts no such phrase.
struct NamedYear {
    int year = 0;
    int first = 0;
};

NamedYear named_year(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t k) {
    const int y = k < words.size() ? year_of(words[k]) : 0;
    if (!y || k == 0) return {};
    // "5 năm (2026 - 2030)": the span in brackets after the duration names it too.
    const std::size_t named_at = k >= 2 && is_punct(words[k - 1], "(") ? k - 1 : k;
    const bool after_year_word = words[named_at - 1].text == "năm";
    if (!after_year_word && !lex.cue_ending_at(words, named_at, "period_word")) return {};
    if (k + 2 < words.size() && (is_punct(words[k + 1], "-") || words[k + 1].text == "đến"))
        if (int end = year_of(words[k + 2]); end > y) return {end, y};
    return {y, y};
}

bool compared_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    for (std::size_t back = 1; back <= 3 && back <= i; ++back)
        if (lex.cue_ending_at(words, i - back + 1, "compare") || words[i - back].text == "so") return true;
    return false;
}

// "đã đề ra", "thông qua ... các chỉ tiêu": an adopting verb before word i of
// the sentence, with no verb of a result or a report word between them
// ("thông qua báo cáo kết quả ...", "đề ra 20 chỉ tiêu, đạt 18").
bool adopted_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    for (std::size_t k = i; k-- > 0;) {
        if (lex.cue_at(words, k, "ratio") || lex.cue_at(words, k, "exceed") || lex.cue_at(words, k, "report_word"))
            return false;
        if (lex.cue_at(words, k, "adopt")) return true;
        // "xây dựng 17 chỉ tiêu": such a verb adopts only the count right after it.
        if (const std::size_t n = lex.cue_at(words, k, "adopt_count");
            n && k + n + 1 == i && words[k + n].kind == Word::Kind::number)
            return true;
    }
    return false;
}

// "kế hoạch đã đề ra", "mục tiêu mà Nghị quyết đề ra": the verb only refers
// to targets set earlier.
// With `role` "ratio": "hoàn thành toàn bộ nội dung đề ra", the same for a result verb.
bool relative_adoption(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i,
                       const char* role = nullptr) {
    for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
        const std::size_t end = i - back + 1;
        if (!role && (lex.cue_ending_at(words, end, "plan_basis") || lex.cue_ending_at(words, end, "relative_before")))
            return true;
        if (role && lex.cue_ending_at(words, end, role)) return true;
        if (words[i - back].kind == Word::Kind::punct) break;
    }
    return false;
}

// A list of targets after an adopting verb: "thông qua nghị quyết ... với một
// số chỉ tiêu như ...", "thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm:".
// Returns the words up to the opener, 0 when no list opens here.
std::size_t adopted_list_at(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    const std::size_t len = lex.cue_at(words, i, "target_list");
    if (!len || !adopted_before(lex, words, i)) return 0;
    for (std::size_t k = i + len; k < std::min(words.size(), i + len + 12); ++k) {
        if (is_punct(words[k], ":")) return k - i;
        if (lex.cue_at(words, k, "list_opener")) return k - i;
        // "với các nhiệm vụ, giải pháp trọng tâm là: ...": nouns of one list joined by a comma.
        if (is_punct(words[k], ",") && lex.cue_at(words, k + 1, "list_companion")) continue;
        if (is_punct(words[k], ",;.") || lex.cue_at(words, k, "ratio") || lex.cue_at(words, k, "exceed")) return 0;
    }
    return 0;
}

// "kế hoạch đã đề ra", "hoàn thành các nội dung đề ra", "so với mức đã đề ra", "đề ra
// theo Nghị quyết", "tiến độ đề ra,": the adopting verb at word i (`len` words) only
// names targets set earlier.
bool adoption_refers_back(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i,
                          std::size_t len) {
    return relative_adoption(lex, words, i) || relative_adoption(lex, words, i, "ratio") ||
           relative_adoption(lex, words, i, "compare") || i + len >= words.size() ||
           words[i + len].kind == Word::Kind::punct || lex.cue_at(words, i + len, "relative_after");
}

// A number that is no year between two words. With `lex`, a count of targets is none either
// ("đề ra 20 chỉ tiêu chủ yếu" gives none of them).
bool figure_between(const std::vector<Word>& words, std::size_t from, std::size_t to,
                    const FigureReader::Impl* lex = nullptr) {
    for (std::size_t k = from; k < to && k < words.size(); ++k)
        if (words[k].kind == Word::Kind::number && !year_of(words[k]) && !(lex && lex->cue_at(words, k + 1, "target_noun")))
            return true;
    return false;
}

// A result verb against the plan ("đạt và vượt kế hoạch", "hoàn thành kế hoạch") from word k on,
// before the first figure or colon: what follows tells how targets were met.
bool results_of_plan_follow(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t k) {
    for (; k < words.size(); ++k) {
        // A year names the targets' year ("các chỉ tiêu chủ yếu của ngành năm 2019 đạt và vượt kế
        // hoạch"); any other number is a figure.
        if ((words[k].kind == Word::Kind::number && !year_of(words[k])) || is_punct(words[k], ":;")) return false;
        if (!lex.cue_at(words, k, "ratio") && !lex.cue_at(words, k, "exceed")) continue;
        for (std::size_t j = k + 1; j < std::min(words.size(), k + 5); ++j)
            if (lex.cue_at(words, j, "plan_basis")) return true;
    }
    return false;
}

// "Chi xây dựng cơ bản và mục tiêu hơn 17 tỷ đồng": an amount (not a year) at word k,
// perhaps after its qualifier, makes "mục tiêu" a budget line.
bool amount_follows(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t k) {
    for (const char* role : {"more_than", "less_than", "about", "estimate"})
        if (k < words.size()) k += lex.cue_at(words, k, role);
    return k < words.size() && words[k].kind == Word::Kind::number && !year_of(words[k]);
}

// "Sau 3 năm thực hiện Nghị quyết về phát triển du lịch đến năm 2030, ...": the
// horizon belongs to a document's title, and what follows reports on it.
bool names_document_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    for (std::size_t back = 1; back <= 14 && back <= i; ++back) {
        if (lex.cue_at(words, i - back, "document_noun")) return true;
        if (is_punct(words[i - back], ";.:")) break;
    }
    return false;
}

// Report words and words of a result before word i ("Kết quả thực hiện các chỉ tiêu ..."): any
// of them, and any but "đã" (which "đã thông qua" also writes).
struct ResultWords {
    bool any = false, other_than_da = false;
};

ResultWords result_words_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t i) {
    ResultWords found;
    for (std::size_t k = 0; k < i && !found.other_than_da; ++k) {
        const bool report = lex.cue_at(words, k, "report_word");
        const bool past = lex.cue_at(words, k, "past_marker");
        found.any = found.any || report || past;
        found.other_than_da = report || (past && words[k].text != "đã");
    }
    return found;
}

// "cụ thể như sau:", "bao gồm:": a list opener within the three words before a colon.
bool opener_before(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t colon) {
    for (std::size_t k = colon > 3 ? colon - 3 : 0; k < colon; ++k)
        if (lex.cue_at(words, k, "list_opener")) return true;
    return false;
}

// "Đại hội đã thông qua 33 chỉ tiêu chủ yếu.", "đề ra 3 khâu đột phá và 18 chỉ tiêu
// kinh tế - xã hội.": from word `from` on, the sentence ends naming the targets,
// which the rest of the paragraph lists.
bool ends_naming_targets(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t from) {
    std::size_t end = words.size();
    while (end > from && words[end - 1].kind == Word::Kind::punct && !is_punct(words[end - 1], "-")) --end;
    // The label may go on after the noun ("28 chỉ tiêu chủ yếu về kinh tế - xã hội, quốc phòng - an
    // ninh và môi trường."), with no figure and no result verb in it.
    for (std::size_t k = end; k-- > from && end - k <= 20;) {
        if (lex.cue_at(words, k, "target_noun")) return true;
        if ((words[k].kind == Word::Kind::number && !named_year(lex, words, k).year) ||
            (words[k].kind == Word::Kind::punct && !is_punct(words[k], "-,")) || lex.cue_at(words, k, "ratio") ||
            lex.cue_at(words, k, "exceed"))
            return false;
    }
    return false;
}

// The words before the sentence's first figure (a year, a duration, "5 năm (2026 - 2030)" no figure).
std::size_t lead_end(const std::vector<Word>& words) {
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (words[k].kind != Word::Kind::number || year_of(words[k])) continue;
        const bool duration = k + 1 < words.size() && (words[k + 1].text == "năm" || words[k + 1].text == "tháng");
        if (!duration) return k;
    }
    return words.size();
}

bool tells_a_result(const FigureReader::Impl& lex, const std::vector<Word>& words) {
    for (std::size_t k = 0; k < words.size(); ++k)
        if (lex.cue_at(words, k, "past_marker")) return true;
    return false;
}

// "Năm 2024, tổng sản phẩm trên địa bàn tăng 7,5%; thu ngân sách 5.800 tỷ đồng." in a review of
// 2023: a year written in the lead (words [0, end)) that starts after the year reviewed frames the
// whole sentence as a plan. Returns that period's last year, 0 when no such frame. A comparison's
// basis or a document's title makes no frame; nor does a sentence of results (see target_scope).
int later_lead_year(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t end,
                    int reference_year) {
    if (!reference_year) return 0;
    int year = 0;
    for (std::size_t k = 0; k < end && !year; ++k) {
        if (words[k].kind != Word::Kind::number) continue;
        const NamedYear named = named_year(lex, words, k);
        if (!named.year) continue;
        if (compared_before(lex, words, k)) break;
        // "Thực hiện Nghị quyết ... năm 2025" names a document; "HĐND quyết định tổng thu ngân sách năm
        // 2025 là ..." adopts the figures.
        if (names_document_before(lex, words, k - 1) && !adopted_before(lex, words, k)) break;
        if (named.first <= reference_year) break;
        year = named.year;
    }
    if (!year) return 0;
    return figure_between(words, 0, words.size()) ? year : 0;
}

// "Nhiệm vụ 6 tháng cuối năm: giải ngân 100% vốn ..." in a review of the first half, "Tháng 8, tập
// trung ..." in a review of July: a period written before the first figure that starts after the one
// reviewed ends (the lead: words [0, end)). Returns its last year, 0 when none; not a comparison's basis.
int later_lead_period(const FigureReader::Impl& lex, std::string_view text, Span sentence,
                      const std::vector<Word>& words, std::size_t end, const model::Date& reviewed_end) {
    if (end >= words.size()) return 0;
    const std::size_t to = words[end].begin;
    const auto window = text.substr(sentence.begin, to - sentence.begin);
    for (const auto& mention : text::find_periods(window, reviewed_end.year)) {
        if (mention.period.start.iso() <= reviewed_end.iso()) continue;
        std::size_t k = 0;
        while (k < end && words[k].begin < sentence.begin + mention.span.begin) ++k;
        if (compared_before(lex, words, k)) continue;
        if (k > 0 && names_document_before(lex, words, k) && !adopted_before(lex, words, k)) continue;  // a title
        return mention.period.end.year;
    }
    return 0;
}

}  // namespace

// The ")" closing a bracket that word i stands in, words.size() when it stands in none.
static std::size_t bracket_closing_after(const std::vector<Word>& words, std::size_t i) {
    bool inside = false;
    for (std::size_t k = i; k-- > 0;) {
        if (is_punct(words[k], ")")) break;
        if (is_punct(words[k], "(")) {
            inside = true;
            break;
        }
    }
    if (!inside) return words.size();
    for (std::size_t k = i; k < words.size(); ++k)
        if (is_punct(words[k], ")")) return k;
    return words.size();
}

// The clause from word `from` on ends on a verb that sets targets ("đề ra", "đặt ra"), no
// number before it.
static bool clause_ends_adopting(const FigureReader::Impl& lex, const std::vector<Word>& words, std::size_t from) {
    std::size_t k = from;
    while (k < words.size() && words[k].kind != Word::Kind::punct) {
        if (words[k].kind == Word::Kind::number) return false;
        ++k;
    }
    return k > from && lex.cue_ending_at(words, k, "target_adopt") > 0;
}

std::optional<FigureReader::TargetScope> FigureReader::target_scope(std::string_view text, Span sentence,
                                                                    int reference_year, bool& opens_block,
                                                                    const model::Date* reviewed_end) const {
    opens_block = false;
    if (sentence.empty() || sentence.end > text.size()) return std::nullopt;
    const auto sentence_words_held = sentence_words(text, sentence);
    const std::vector<Word>& words = *sentence_words_held;
    const Impl& lex = *impl_;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool after_compare = i > 0 && (lex.cue_ending_at(words, i, "compare"));
        std::size_t len = lex.cue_at(words, i, "target");
        // "các chỉ tiêu chủ yếu ... đều đạt và vượt kế hoạch đề ra: ...": the targets' results.
        if (len && lex.cue_at(words, i, "target_noun") && results_of_plan_follow(lex, words, i + len)) len = 0;
        // "có 14/21 chỉ tiêu chủ yếu đạt", "2 chỉ tiêu cơ bản đạt": a count of targets is a
        // cue only when they are being set ("Đại hội thông qua 33 chỉ tiêu chủ yếu").
        const bool counted = len && i > 0 && words[i - 1].kind == Word::Kind::number && !named_year(lex, words, i - 1).year;
        if (counted && !adopted_before(lex, words, i)) len = 0;
        const bool counts_set = counted && len;
        bool clause_only = false;
        int year = 0;
        bool adopting = false;
        if (!len && (len = lex.cue_at(words, i, "target_adopt")) && (adopting = true) &&
            adoption_refers_back(lex, words, i, len))
            len = 0;
        bool adopted_list = false;
        bool adopted_document = false;
        bool horizon_leads = false;
        if (!len && (len = adopted_list_at(lex, words, i))) adopted_list = true;
        if (!len && (len = lex.cue_at(words, i, "target_clause"))) {
            clause_only = true;
            // "mục tiêu được đưa ra tại Đại hội", "mục tiêu mà Nghị quyết đề ra": named, not set here.
            if (i + len < words.size() && lex.cue_at(words, i + len, "not_target_after")) continue;
            // "thực hiện các mục tiêu Nghị quyết Đại hội nhiệm kỳ trước đề ra.": a clause ending on
            // the verb that set them, no figure between, names goals set by another.
            if (clause_ends_adopting(lex, words, i + len)) continue;
            if (amount_follows(lex, words, i + len)) continue;
            // "hoàn thành xuất sắc các mục tiêu, nhiệm vụ": targets met, a result.
            if (relative_adoption(lex, words, i, "ratio") || relative_adoption(lex, words, i, "exceed")) continue;
        }
        if (!len) {
            // "đến năm 2030", "giai đoạn 2026-2030" (not in a document's title), "kế hoạch năm 2024".
            len = lex.cue_at(words, i, "target_horizon");
            if (!len) len = lex.cue_at(words, i, "target_if_future");
            // "thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024": a plan for a
            // later year adopted here sets targets; the title of one carried out reports on it.
            if (len && names_document_before(lex, words, i)) {
                if (!adopted_before(lex, words, i)) continue;
                adopted_document = true;
            }
            if (!len || (i > 0 && words[i - 1].kind == Word::Kind::number)) continue;
            // "bằng 105% kế hoạch năm 2025", "vượt kế hoạch năm 2025": the basis of a result.
            if (i > 0 && (is_punct(words[i - 1], "%") || lex.cue_ending_at(words, i, "ratio") ||
                          lex.cue_ending_at(words, i, "exceed")))
                continue;
            // "kế hoạch năm 2024", "chỉ tiêu thu ngân sách năm 2024", "giai đoạn 2026-2030":
            // a later year (a span that starts no earlier than the meeting's) within a few words.
            for (std::size_t k = i + len; k < std::min(words.size(), i + len + 10); ++k) {
                // "chỉ tiêu kinh tế - xã hội năm 2024": a dash joins the words of the label.
                if (words[k].kind == Word::Kind::punct && !is_punct(words[k], "-")) break;
                if (const NamedYear named = named_year(lex, words, k); named.year) {
                    if (compared_before(lex, words, k)) break;
                    if (named.first == named.year || named.first >= reference_year) year = named.year;
                    break;
                }
            }
            if (!year || !reference_year || year <= reference_year) continue;
            horizon_leads = i == 0;
        }
        if (after_compare || (i > 0 && lex.cue_ending_at(words, i, "not_target_before"))) continue;
        const ResultWords result_words = result_words_before(lex, words, i);
        TargetScope scope;
        // "Năm 2020, thị trấn phấn đấu ...": a later year written before the cue, in the lead,
        // frames the paragraph's next sentences as the lead alone would.
        scope.leads = horizon_leads || (i < lead_end(words) && !result_words.any &&
                                        later_lead_year(lex, words, i, reference_year) > 0);
        scope.begin = words[counts_set ? i - 1 : i].begin;  // the count of targets set is no result either
        // A year right after the cue names the target year ("chỉ tiêu chủ yếu năm 2022"),
        // so does a period a few words on ("mục tiêu phấn đấu trong nhiệm kỳ 2025-2030").
        for (std::size_t k = i + len; k < std::min(words.size(), i + len + 3); ++k)
            if (int y = year_of(words[k]); y) year = y;
        for (std::size_t k = i + len; k < std::min(words.size(), i + len + 8); ++k) {
            if (words[k].kind == Word::Kind::punct && !is_punct(words[k], "-")) break;
            const NamedYear named = named_year(lex, words, k);
            if (named.year && !compared_before(lex, words, k)) {
                if (named.first == named.year || named.first >= reference_year) year = named.year;
                break;
            }
        }
        scope.year = year;
        // "Các chỉ tiêu kinh tế - xã hội năm 2024" alone, or "Chỉ tiêu chủ yếu năm 2025:" at the
        // end of its sentence: a heading, whose items may follow line by line.
        if (year) {
            std::size_t last = words.size();
            while (last > i + len && words[last - 1].kind == Word::Kind::punct && !is_punct(words[last - 1], ":")) --last;
            const bool colon_ends = last > i + len && is_punct(words[last - 1], ":");
            if (colon_ends) --last;
            const bool year_ends = last > i + len && year_of(words[last - 1]) == year;
            // "Kết quả thực hiện các chỉ tiêu năm 2023:" heads results, and a past year none.
            if ((year_ends || (colon_ends && last <= i + len + 10)) && !result_words.any &&
                (!reference_year || year >= reference_year)) {
                scope.heading = colon_ends ? 2 : 1;
                opens_block = true;
            }
        }
        // "đề ra 22 tiêu chí, đến nay đã có 20/22 tiêu chí đạt": what follows is a result.
        std::size_t scope_end = words.size();
        for (std::size_t k = i + len; k < words.size(); ++k)
            if (lex.cue_at(words, k, "target_end") && !lex.cue_ending_at(words, k, "keeps_before")) {
                scope_end = k;
                scope.end = words[k].begin;
                break;
            }
        // "(kế hoạch năm 2017 là 5.680 tỷ đồng); thu nhập ... đạt 32,5 triệu đồng": a plan told in
        // brackets ends with them.
        if (const std::size_t close = bracket_closing_after(words, i); close < scope_end) {
            scope_end = close;
            scope.end = words[close].begin;
        }
        // "chỉ tiêu chủ yếu:", or a colon after "cụ thể (như sau)", "gồm" further on: a list follows.
        // "đề ra mục tiêu tăng trưởng cao để trình kỳ họp xem xét: Tốc độ tăng GRDP đạt 9%. Cơ cấu
        // kinh tế: ...": a colon further on, with no figure before it, opens the list as well.
        for (std::size_t k = i + len; k < scope_end && !opens_block; ++k)
            if (is_punct(words[k], ":") && (k < i + len + 8 || opener_before(lex, words, k) ||
                                            !figure_between(words, i + len, k, &lex)))
                opens_block = true;
        // "Đại hội đã thông qua 33 chỉ tiêu chủ yếu.", "thông qua nghị quyết với một số chỉ
        // tiêu như ...": the list goes on in the paragraph.
        if (adopted_list && scope_end == words.size()) opens_block = true;
        if (!opens_block && !clause_only && (adopting || adopted_before(lex, words, i)) &&
            ends_naming_targets(lex, words, i))
            opens_block = true;
        if (adopted_document && scope_end == words.size() && !figure_between(words, i + len, scope_end))
            opens_block = true;
        // "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023:" announces results; "đã thông qua" adopts.
        scope.announces = opens_block && !result_words.other_than_da && !figure_between(words, i + len, scope_end, &lex);
        std::size_t clause_end = scope_end;
        if (clause_only && !opens_block) {
            for (std::size_t k = i + len; k < scope_end; ++k)
                if (is_punct(words[k], ";")) {
                    clause_end = k;
                    scope.end = words[k].begin;
                    break;
                }
            // "thông qua ... mục tiêu, nhiệm vụ, giải pháp 2025-2030; thống nhất 29 chỉ tiêu
            // chủ yếu, trong đó: ...": a clause that names goals with no figure in it leaves
            // the rest of the sentence to the cues after it.
            if (clause_end < words.size() && !figure_between(words, i + len, clause_end)) {
                i = clause_end;
                continue;
            }
            // "Đại hội thông qua Nghị quyết về phương hướng, mục tiêu và nhiệm vụ nhiệm kỳ 2020-2025."
            // then "Cụ thể, tốc độ tăng trưởng ...": goals adopted, given in the sentences after
            // (a count of the targets adopted is no figure: "xác định mục tiêu ... và 18 chỉ tiêu").
            if (clause_end == words.size() && !figure_between(words, i + len, clause_end, &lex) &&
                adopted_before(lex, words, i)) {
                opens_block = true;
                scope.announces = true;
            }
        }
        // A goal without a figure: a goal verb, then a year not before the meeting's.
        bool goal_verb = false;
        for (std::size_t k = i + len; k < clause_end; ++k) {
            if (lex.cue_at(words, k, "goal")) goal_verb = true;
            if (int y = year_of(words[k]); y && goal_verb && (!reference_year || y >= reference_year)) {
                scope.goal = true;
                scope.goal_year = y;
            }
        }
        return scope;
    }
    // Words of a result ("đã", "năm qua") anywhere in the sentence make no frame.
    if (tells_a_result(lex, words)) return std::nullopt;
    const std::size_t lead = lead_end(words);
    int later = later_lead_year(lex, words, lead, reference_year);
    if (!later && reviewed_end) later = later_lead_period(lex, text, sentence, words, lead, *reviewed_end);
    if (later) {
        TargetScope scope;
        scope.begin = sentence.begin;
        scope.year = later;
        scope.frame = true;
        scope.leads = true;
        return scope;
    }
    return std::nullopt;
}

int FigureReader::year_before(std::string_view text, std::size_t from, std::size_t to, int reference_year) const {
    if (to <= from || to > text.size()) return 0;
    const auto sentence_words_held = sentence_words(text, Span{from, to});
    const std::vector<Word>& words = *sentence_words_held;
    int year = 0;
    // A year in a closed parenthesis ("(theo chuẩn nghèo giai đoạn 2021 - 2025)") is an aside.
    std::vector<int> before_paren;
    // "Năm 2025: thu ngân sách 300 tỷ; ..." heads every item; "... đạt chuẩn vào cuối năm 2020;
    // tỷ lệ tham gia bảo hiểm y tế đạt 100%" dates only its own item: at ';' the year goes back
    // to the one written before the sentence's first figure.
    int lead_year = 0;
    bool figure_seen = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!figure_seen && words[i].kind == Word::Kind::number && !year_of(words[i])) {
            figure_seen = true;
            lead_year = year;
        }
        if (figure_seen && is_punct(words[i], ";")) year = lead_year;
        if (is_punct(words[i], "(")) before_paren.push_back(year);
        if (is_punct(words[i], ")") && !before_paren.empty()) {
            year = before_paren.back();
            before_paren.pop_back();
        }
        // A span begun before the meeting ("Nghị quyết nhiệm kỳ 2020-2025" in a 2023 review) is the
        // term under way, not the year of the target.
        const NamedYear named = named_year(*impl_, words, i);
        if (named.year && !compared_before(*impl_, words, i) &&
            (named.first == named.year || named.first >= reference_year))
            year = named.year;
    }
    return year;
}

int FigureReader::year_right_after(std::string_view text, std::size_t at) const {
    constexpr std::size_t kReach = 24;  // bytes: "vào năm 2025"
    if (at >= text.size()) return 0;
    const auto original = text.substr(at, std::min(kReach, text.size() - at));
    const std::string folded = text::fold(original);
    const auto words = split_words(original, folded, at);
    std::size_t i = 0;
    if (i < words.size() && (words[i].text == "vào" || words[i].text == "trong")) ++i;
    if (i >= words.size() || words[i].text != "năm") return 0;
    const NamedYear named = named_year(*impl_, words, i + 1);  // at the year's number
    return named.year && named.first == named.year ? named.year : 0;
}

FigureReader::ListItem FigureReader::list_item(std::string_view text, Span sentence) const {
    ListItem item;
    if (sentence.empty() || sentence.end > text.size()) return item;
    const auto sentence_words_held = sentence_words(text, sentence);
    const std::vector<Word>& words = *sentence_words_held;
    item.opens = !words.empty() && impl_->cue_at(words, 0, "list_item");
    item.continues = !words.empty() && impl_->cue_at(words, 0, "list_continues");
    item.attendance = !words.empty() && impl_->cue_at(words, 0, "attendance");
    for (std::size_t i = 0; i < words.size() && !item.past; ++i)
        item.past = impl_->cue_at(words, i, "past_marker") || impl_->cue_at(words, i, "compare") > 1;
    return item;
}

// "khóa XII (2020-2025)" with word i the first year: a numbered term and its years in brackets.
static NamedYear numbered_term(const std::vector<Word>& words, std::size_t i) {
    if (i < 3 || i + 2 >= words.size() || !is_punct(words[i - 1], "(") || words[i - 3].text != "khóa") return {};
    const std::string& number = words[i - 2].text;
    if (number.empty() || number.find_first_not_of("ivxl") != std::string::npos) return {};
    const int from = year_of(words[i]), to = year_of(words[i + 2]);
    if (!from || !is_punct(words[i + 1], "-") || to <= from || to - from > 10) return {};
    return {to, from};
}

int FigureReader::term_end_year(std::string_view text, int reference_year) const {
    const std::string folded = text::fold(text);
    const auto words = split_words(text, folded, 0);
    NamedYear best;
    for (std::size_t i = 1; i < words.size(); ++i) {
        NamedYear named;
        if (impl_->cue_ending_at(words, i, "term_word")) named = named_year(*impl_, words, i);
        else if (!(named = numbered_term(words, i)).year) continue;
        if (named.year <= named.first || named.year <= reference_year) continue;
        if (!best.year || named.first < best.first) best = named;
    }
    return best.year;
}

// A congress, or a meeting that reviews a term of several years ending in its own year (the first
// session of a committee just elected at its congress): it sets the targets of the term it opens.
static bool closes_a_term(const model::Document& doc) {
    if (doc.meetings.empty()) return false;
    const auto& m = doc.meetings.front();
    // The period of a congress, of the first meeting of the committee it elected, or of a meeting
    // on its drafts.
    if (m.kind == "đại hội" || m.period_basis.rfind("congress_", 0) == 0) return true;
    const int held = m.held_on ? m.held_on->year : (doc.published_on ? doc.published_on->year : 0);
    return m.period && m.period->end.year - m.period->start.year >= 2 && held && m.period->end.year >= held - 1 &&
           m.period->end.year <= held;
}

constexpr int kTermYears = 5;  // a Party or council term

// The meeting sentence names the resolution of a congress ("Nghị quyết Đại hội đại biểu Đảng bộ").
static bool on_a_new_terms_resolution(const model::Document& doc) {
    if (doc.meetings.empty()) return false;
    const Span s = doc.meetings.front().evidence.sentence;
    if (s.empty() || s.end > doc.text.size()) return false;
    static const std::string resolution = text::fold("nghị quyết đại hội");
    return text::fold(std::string_view(doc.text).substr(s.begin, s.end - s.begin)).find(resolution) != std::string::npos;
}

// "Đảng ủy phường tổ chức hội nghị quán triệt Nghị quyết Đại hội ... (nhiệm kỳ 2025 - 2030)" in
// 2025: a meeting on the resolution of a congress just held restates the targets of its term.
// The term's last year, or 0.
static int restated_term_end(const model::Document& doc, const FigureReader& reader, int year) {
    if (!on_a_new_terms_resolution(doc)) return 0;
    const int term_end = reader.term_end_year(doc.text, year);
    return term_end && year && term_end - year >= kTermYears - 1 ? term_end : 0;
}

int default_target_year(const model::Document& doc, const FigureReader& reader, std::string* basis) {
    std::string ignored;
    std::string& how = basis ? *basis : ignored;
    const int year = reference_year(doc);
    // A congress sets its targets for the term it opens ("nhiệm kỳ 2025-2030" -> 2030).
    if (closes_a_term(doc))
        if (int term_end = reader.term_end_year(doc.text, year)) {
            how = "term_end";
            return term_end;
        }
    if (int term_end = restated_term_end(doc, reader, year)) {
        how = "term_end";
        return term_end;
    }
    if (auto p = meeting_period(doc); p && p->end.month == 12) {
        how = "next_year";
        return p->end.year + 1;
    }
    // No period reviewed: a meeting late in the year sets the next year's plan.
    if (!doc.meetings.empty() && !meeting_period(doc) && doc.meetings.front().held_on &&
        doc.meetings.front().held_on->month >= 10) {
        how = "next_year";
        return doc.meetings.front().held_on->year + 1;
    }
    how = "meeting_year";
    if (year) return year;
    // A meeting neither dated nor reviewing a period ("Sở NN&PTNT triển khai nhiệm vụ sản xuất vụ
    // mùa năm 2020"): the article's own year, as the meeting reader would date it.
    const int article_year = reference_date(doc).year;
    if (article_year) how = "article_year";
    return article_year;
}

}  // namespace baocao::extract::figures

namespace baocao::extract::figures {

namespace {

// "1. Tăng trưởng ...", "2) ...", "a) ...", "- Thu ngân sách ...", "+ ...", "• ...": an item of a list.
bool starts_as_item(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '-' || c == '+' || c == '*') return true;
    if (text.compare(i, 3, "\u2022") == 0 || text.compare(i, 3, "\u2013") == 0 || text.compare(i, 3, "\u2014") == 0)
        return true;
    std::size_t j = i;
    while (j < text.size() && is_digit(static_cast<unsigned char>(text[j]))) ++j;
    if (j == i && is_ascii_letter(c)) j = i + 1;  // "a)"
    if (j == i || j - i > 2 || j + 1 >= text.size()) return false;
    return (text[j] == ')' || (text[j] == '.' && is_digit(c))) && text[j + 1] == ' ';
}

// "2-2,5%; ngành ...": a line that goes on with a figure; one that opens with a
// capital opens a sentence of its own (lower-case wraps are joined by normalize).
bool starts_with_digit(const model::Document& doc, const model::Sentence& s) {
    const std::string_view text = doc.slice(s.span);
    return !text.empty() && text.front() >= '0' && text.front() <= '9';
}

// The sentence without the spaces after its last character.
std::string_view trimmed_sentence(const model::Document& doc, const model::Sentence& s) {
    std::string_view text = doc.slice(s.span);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

// A sentence whose last character (spaces aside) is a full stop, '!', '?' or '…'.
bool ends_with_stop(const model::Document& doc, const model::Sentence& s) {
    const std::string_view text = trimmed_sentence(doc, s);
    if (text.empty()) return false;
    const char last = text.back();
    return last == '.' || last == '!' || last == '?' || (text.size() >= 3 && text.substr(text.size() - 3) == "\u2026");
}

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A line that ends on a word, no stop: the sentence was cut by a line break.
bool ends_cut_off(const model::Document& doc, const model::Sentence& s) {
    const std::string_view text = trimmed_sentence(doc, s);
    if (text.empty()) return false;
    for (std::string_view stop : {"\u2026", "\u201D", "\u00BB"})  // "…", closing quotes
        if (text.size() >= stop.size() && text.substr(text.size() - stop.size()) == stop) return false;
    const unsigned char last = static_cast<unsigned char>(text.back());
    return last >= 0x80 || std::isalnum(last);
}

// What the scopes are read from: the text, its sentences and what the meeting says of time.
std::string scope_inputs(const model::Document& doc, const FigureReader& reader) {
    std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(&reader)) + '|' +
                      std::to_string(reinterpret_cast<std::uintptr_t>(doc.text.data())) + '|' +
                      std::to_string(doc.text.size()) + '|' +
                      std::to_string(std::hash<std::string_view>{}(doc.text)) + '|' +  // a buffer reused by another text
                      std::to_string(doc.sentences.size()) + '|' +
                      (doc.published_on ? doc.published_on->iso() : "");
    for (const auto& s : doc.sentences) key += s.furniture ? 'f' : '.';
    if (!doc.meetings.empty()) {
        const auto& m = doc.meetings.front();
        key += '|' + m.kind + '|' + (m.held_on ? m.held_on->iso() : "") + '|' +
               (m.period ? m.period->start.iso() + m.period->end.iso() : "");
    }
    return key;
}

}  // namespace

// Bytes of a subject and connective before a sentence's target words ("Theo đó, huyện Cẩm Xuyên ").
constexpr std::size_t kLongestSubject = 48;

static std::vector<SentenceScope> compute_target_scopes(const model::Document& doc, const FigureReader& reader);

std::vector<SentenceScope> target_scopes(const model::Document& doc, const FigureReader& reader) {
    thread_local std::string last_inputs;
    thread_local std::vector<SentenceScope> last_scopes;
    std::string inputs = scope_inputs(doc, reader);
    if (inputs != last_inputs || last_scopes.size() != doc.sentences.size()) {
        last_scopes = compute_target_scopes(doc, reader);
        last_inputs = std::move(inputs);
    }
    return last_scopes;
}

static std::vector<SentenceScope> compute_target_scopes(const model::Document& doc, const FigureReader& reader) {
    std::vector<SentenceScope> scopes(doc.sentences.size());
    // Whether sentence k is the last of its paragraph (a line).
    auto ends_paragraph = [&](std::size_t k) {
        return k + 1 >= doc.sentences.size() || doc.sentences[k + 1].paragraph != doc.sentences[k].paragraph;
    };
    const int year = reference_year(doc);
    int block_paragraph = -1;
    int block_year = 0;
    // A heading ("Các chỉ tiêu chủ yếu năm 2024", "Chỉ tiêu năm 2025:") whose items stand one a
    // line: each following paragraph that reads as an item goes on with the list.
    bool list_open = false, list_colon = false;
    // A congress lists its targets paragraph by paragraph ("Về xây dựng Đảng, hằng năm có
    // trên 90% ...", "Về xã hội, ..."): a paragraph right after one that ended inside target
    // scope goes on with it until a sentence reports a result.
    // So does a meeting that restates a new term's resolution.
    const bool congress = closes_a_term(doc) || restated_term_end(doc, reader, reference_year(doc)) > 0;
    // "... thu nhập bình quân đầu người năm 2020 đạt 55 triệu đồng": a year not after the
    // meeting's own tells a result; no list of targets goes on through it.
    auto names_a_year_done = [&](const model::Sentence& s) {
        const int own = reader.year_before(doc.text, s.span.begin, s.span.end, year);
        return own && own <= year;
    };
    int paragraph = -1;
    bool last_in_scope = false, ended_in_scope = false, carrying = false;
    int last_scope_year = 0, ended_scope_year = 0, carried_year = 0;
    // A line cut off inside target scope ("... tăng từ\n2-2,5%; ...") goes on in the next line.
    std::optional<FigureReader::TargetScope> cut_scope;
    bool cut_opens_block = false;
    const auto reviewed = meeting_period(doc);
    int frame_paragraph = -1, frame_year = 0;
    // Sentence k opens with "Trong đó" / "Cụ thể" right after a sentence of its paragraph in
    // target scope to its end (with figures or a goal only: "Năm 2018, Huyện ủy phấn đấu giữ
    // vững danh hiệu trong sạch, vững mạnh. Trong đó có 50% ..."), and reports nothing done
    // ("đã", "ước đạt", "so với cùng kỳ").
    auto continues_the_sentence_before = [&](std::size_t k) {
        const auto& prev = doc.sentences[k - 1];
        if (prev.furniture || prev.paragraph != doc.sentences[k].paragraph || !scopes[k - 1].scope ||
            scopes[k - 1].scope->end < prev.span.end)
            return false;
        const auto item = reader.list_item(doc.text, doc.sentences[k].span);
        return item.continues && !item.past;
    };
    // A paragraph that ends announcing targets it does not give ("... thông qua 28 chỉ tiêu chủ yếu.").
    std::optional<FigureReader::TargetScope> announced;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const auto& s = doc.sentences[i];
        if (s.furniture) continue;
        if (s.paragraph != paragraph) {
            if (list_open) {
                // Unnumbered lines go on with a list whose heading ends in ':' while each is one
                // sentence with a figure that reports nothing done ("đã", "so với cùng kỳ").
                const bool item = starts_as_item(doc.slice(s.span)) ||
                                  (list_colon && ends_paragraph(i) && !reader.list_item(doc.text, s.span).past &&
                                   !reader.read_sentence(doc.text, s.span, year).empty());
                if (item) block_paragraph = s.paragraph;
                else list_open = false;
            }
            ended_in_scope = paragraph >= 0 && last_in_scope;
            ended_scope_year = ended_in_scope ? last_scope_year : 0;
            paragraph = s.paragraph;
            if (announced && reader.list_item(doc.text, s.span).continues) {
                block_paragraph = s.paragraph;
                block_year = announced->year;
            }
            // "Đại hội đề ra 20 chỉ tiêu chủ yếu" then "- Tốc độ tăng trưởng ...": its items, line by line.
            if (announced && !list_open && starts_as_item(doc.slice(s.span))) {
                block_paragraph = s.paragraph;
                block_year = announced->year;
                list_open = true;
                list_colon = false;
            }
            // A photo caption between ("Đồng chí ... phát biểu tại hội nghị", one line, no stop, no figure)
            // leaves the announcement waiting for its list.
            const bool caption_like = ends_paragraph(i) && !ends_with_stop(doc, s) && !has_digit(doc.slice(s.span));
            if (!caption_like || block_paragraph == s.paragraph) announced.reset();
            carrying = false;
            carried_year = 0;
            // Any paragraph goes on with it but one that lists the guests ("Dự đại hội có ...").
            if (congress && ended_in_scope) {
                const auto item = reader.list_item(doc.text, s.span);
                carrying = !item.past && !item.attendance && !names_a_year_done(s);
            }
            // "Năm 2015, huyện phấn đấu tổng giá trị sản xuất tăng 10% ...\n\nThu ngân sách đạt 161,3
            // tỷ đồng, ...": in any meeting, the plan of the year after the one reviewed goes on into
            // the next paragraph of figures, while it reports nothing done.
            // (Only the next year's plan: a term's targets named in passing carry nothing.)
            if (!congress && ended_in_scope && reviewed && ended_scope_year == reviewed->end.year + 1) {
                const auto item = reader.list_item(doc.text, s.span);
                carrying = !item.past && !item.attendance && !names_a_year_done(s);
                if (carrying) carried_year = ended_scope_year;
            }
        }
        last_in_scope = false;
        if (block_paragraph >= 0 && s.paragraph == block_paragraph) {
            FigureReader::TargetScope scope;
            scope.begin = s.span.begin;
            scope.year = block_year;
            scopes[i].scope = scope;
            scopes[i].block = true;
            last_in_scope = true;
            last_scope_year = block_year;
            continue;
        }
        block_paragraph = -1;
        if (cut_scope && i > 0 && doc.sentences[i - 1].paragraph != s.paragraph && starts_with_digit(doc, s)) {
            FigureReader::TargetScope scope;
            scope.begin = s.span.begin;
            scope.year = cut_scope->year;
            scopes[i].scope = scope;
            cut_scope = ends_cut_off(doc, s) ? scopes[i].scope : std::nullopt;
            last_in_scope = true;
            // The list the cut line opened ("đề ra các chỉ tiêu, cụ thể như: ... tăng từ\n2-2,5%; ...
            // Lao động được giải quyết việc làm khoảng 4.000 lao động.") goes on in this paragraph.
            if (cut_opens_block) {
                block_paragraph = s.paragraph;
                block_year = scope.year;
            }
            continue;
        }
        cut_scope.reset();
        cut_opens_block = false;
        bool opens_block = false;
        scopes[i].scope = reader.target_scope(doc.text, s.span, year, opens_block, reviewed ? &reviewed->end : nullptr);
        if (opens_block) {
            block_paragraph = s.paragraph;
            block_year = scopes[i].scope->year;
            list_open = scopes[i].scope->heading > 0;
            // "Một số chỉ tiêu chủ yếu đến năm 2030" on a line of its own heads the lines after it
            // as a colon would.
            const bool alone = (i == 0 || doc.sentences[i - 1].paragraph != s.paragraph) && ends_paragraph(i);
            list_colon = scopes[i].scope->heading == 2 || (scopes[i].scope->heading == 1 && alone);
        }
        // "Đến năm 2020, GRDP bình quân đầu người đạt 61 triệu đồng. Tỷ lệ che phủ rừng đạt 45%.":
        // a sentence opening on a later period frames the sentences after it in its paragraph,
        // until one tells a result or names a year of its own that is not later.
        // In a congress, a sentence that sets figures to its end frames the rest of its paragraph
        // ("Phấn đấu thành lập mới 2.000 doanh nghiệp/năm. Tỷ lệ đô thị hóa đạt trên 75%.").
        // So does, in any meeting, a sentence that opens on its target words ("Mục tiêu tổng quát
        // năm 2023 phấn đấu ... đạt 621 tỉ đồng, ... Thu nhập bình quân đạt 59 triệu đồng.").
        // ("Theo đó, Bắc Ninh phấn đấu tốc độ tăng trưởng GRDP đạt 11,29%, ...": its subject and a
        // connective before the target words, no figure, open on them as well.)
        const bool opens_on_targets =
            scopes[i].scope && (scopes[i].scope->begin == s.span.begin ||
                                (scopes[i].scope->begin > s.span.begin && scopes[i].scope->begin < s.span.end &&
                                 !has_digit(std::string_view(doc.text).substr(s.span.begin, scopes[i].scope->begin - s.span.begin)) &&
                                 scopes[i].scope->begin - s.span.begin <= kLongestSubject));
        const bool sets_figures_to_end = (congress || opens_on_targets) && scopes[i].scope &&
                                         scopes[i].scope->end >= s.span.end &&
                                         // what it sets tells nothing done ("Bên cạnh đánh giá những kết
                                         // quả đạt được ..., Đại hội xác định ... phấn đấu ..." sets)
                                         !reader.list_item(doc.text, Span{scopes[i].scope->begin, s.span.end}).past &&
                                         !reader.read_sentence(doc.text, s.span, year).empty();
        if (scopes[i].scope && (scopes[i].scope->leads || sets_figures_to_end)) {
            frame_paragraph = s.paragraph;
            frame_year = scopes[i].scope->year;
        } else if (!scopes[i].scope && i > 0 && continues_the_sentence_before(i)) {
            // "Mục tiêu năm 2023 phấn đấu tổng thu nhập đạt 621 tỉ đồng. Trong đó giá trị nông
            // nghiệp đạt 50 tỉ đồng, ...": the parts of a target set are set with it.
            FigureReader::TargetScope scope;
            scope.begin = s.span.begin;
            scope.year = scopes[i - 1].scope->year;
            scopes[i].scope = scope;
        } else if (!scopes[i].scope && s.paragraph == frame_paragraph) {
            const int own = reader.year_before(doc.text, s.span.begin, s.span.end, year);
            if (reader.list_item(doc.text, s.span).past || (own && own <= year)) {
                frame_paragraph = -1;
            } else {
                FigureReader::TargetScope scope;
                scope.begin = s.span.begin;
                scope.year = own ? own : frame_year;
                scopes[i].scope = scope;
            }
        }
        bool carried = false;
        if (carrying && !scopes[i].scope) {
            carrying = !reader.list_item(doc.text, s.span).past && !names_a_year_done(s);
            if (carrying) {
                FigureReader::TargetScope scope;
                scope.begin = s.span.begin;
                scope.year = carried_year;
                scopes[i].scope = scope;
                carried = true;
            }
        }
        // A carried paragraph without a figure ("Về công tác cán bộ, ...") hands the list on to none.
        last_in_scope = scopes[i].scope && scopes[i].scope->end >= s.span.end &&
                        (!carried || !reader.read_sentence(doc.text, s.span, year).empty());
        // The year the scope is for: its own, else the one written before it ("Theo đó, năm 2015, huyện
        // ... phấn đấu").
        if (last_in_scope)
            last_scope_year = scopes[i].scope->year
                                  ? scopes[i].scope->year
                                  : reader.year_before(doc.text, s.span.begin, std::max(s.span.begin, scopes[i].scope->begin), year);
        const bool last_of_line = ends_paragraph(i);
        if (last_of_line && scopes[i].scope && scopes[i].scope->announces) announced = scopes[i].scope;
        if (last_in_scope && last_of_line && ends_cut_off(doc, s)) {
            cut_scope = scopes[i].scope;
            cut_opens_block = opens_block;
        }
    }
    return scopes;
}

}  // namespace baocao::extract::figures
