// Reading figures the way a Vietnamese reader does: a number with its unit,
// the qualifier before it, the label it measures, the comparisons that follow
// it, and whether it is reported or set as a target. Shared by the indicator
// and target stages; the words it knows live in data/ (units.tsv,
// figure_cues.tsv, indicator_catalog.tsv, indicator_phrasings.tsv,
// figure_abbreviations.tsv).
#pragma once

#include <algorithm>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"

namespace baocao::extract::figures {

// One comparison read next to a figure ("đạt 101% kế hoạch tỉnh giao").
struct ReadComparison {
    std::string kind;       // ratio_to_plan, ratio_to_prior, change_vs_prior
    model::Decimal percent;
    std::string basis;      // as written: "kế hoạch tỉnh giao", "cùng kỳ"
    model::Span span;       // from the verb to the end of the basis
    std::string qualifier;  // target direction words travel with a change target
};

// One figure of a sentence with everything read around it.
struct ReadFigure {
    std::string code = "other";
    std::string code_basis;        // how the code was found: "subject: thu ngân sách", "growth_of: ...", "unknown"
    std::string label;             // as written, without verbs and qualifiers
    model::Decimal value;          // base units
    std::string unit;              // VND, USD, %, ha, count, tấn, ...
    std::string qualifier;         // estimate, more_than, less_than, about or ""
    std::optional<model::Decimal> out_of;
    bool growth = false;           // the value is a rate of change ("công nghiệp tăng 11,7%")
    std::string direction;         // min, max or eq, as a target would read it
    std::string noun;              // what a count counts ("đảng viên"), else the unit word
    bool after_directive = false;  // after "yêu cầu", "đề nghị": asked for, not reported
    bool meta_count = false;       // a count of targets or criteria ("14 chỉ tiêu"): never a target
    bool set_size = false;         // "đề ra 22 tiêu chí": the size of a set of criteria, not a result (no X/Y)
    std::vector<ReadComparison> comparisons;
    std::optional<model::Period> period;  // set only when the text overrides the meeting's
    model::Span number;            // the number itself
    model::Span span;              // label start to the end of the last comparison
};

// The lexicons, loaded once.
class FigureReader {
public:
    FigureReader();  // throws std::runtime_error naming a missing or broken data file

    // Every figure of one sentence, in order of their numbers. `text` is the
    // whole document text and `sentence` a span of it; spans are document bytes.
    // `default_year` dates a period written without its year ("quý II").
    std::vector<ReadFigure> read_sentence(std::string_view text, model::Span sentence, int default_year = 0) const;

    // Code whose growth_of is `code` ("production_value" -> "production_value_growth"), or "other".
    std::string growth_code_of(const std::string& code) const;

    // True when a label only says when ("đến cuối năm 2024", "năm 2025"): its
    // words are all time_word cues, numbers or roman numerals.
    bool label_only_says_when(std::string_view label) const;

    // Where target scope begins in a sentence (byte offset in the document),
    // or nullopt. `reference_year` is the year the meeting reviews; a year
    // after it makes "kế hoạch năm 2024" a target cue. `block_open` says the
    // paragraph already opened a list of targets ("Một số chỉ tiêu chủ yếu năm
    // 2022:"); it is updated when this sentence opens one.
    struct TargetScope {
        std::size_t begin = 0;
        std::size_t end = static_cast<std::size_t>(-1);  // "mục tiêu" holds to the end of its clause only
        int year = 0;       // year named by the cue, 0 when none
        bool goal = false;  // a goal without a figure follows ("trở thành ... năm 2025")
        int goal_year = 0;
        // The sentence only names a list whose items follow: 1 "Các chỉ tiêu chủ yếu năm 2025",
        // 2 when it ends in ':' ("Chỉ tiêu chủ yếu năm 2025:"); 0 none.
        int heading = 0;
        // The sentence sets targets and names no figure of them ("HĐND thông qua 28 chỉ tiêu chủ
        // yếu."): a next paragraph opening "Trong đó, ..." lists them.
        bool announces = false;
        // No cue: the sentence opens on a period after the one reviewed ("Năm 2024, ...").
        bool frame = false;
        // The sentence opens on that later period ("Đến năm 2025, ...", "Năm 2024, ..."): its
        // frame holds for the sentences after it in the paragraph.
        bool leads = false;
        bool covers(std::size_t offset) const { return offset >= begin && offset < end; }
    };
    // `reviewed_end`, when known, is the last day of the period the meeting reviews: a
    // period written before the first figure that starts after it frames the figures as
    // planned ("Nhiệm vụ 6 tháng cuối năm: ..." in a half-year review).
    std::optional<TargetScope> target_scope(std::string_view text, model::Span sentence,
                                            int reference_year, bool& opens_block,
                                            const model::Date* reviewed_end = nullptr) const;

    // The year a target in [from, to) of the text is for: a year written before
    // the figure (not after "so với", not in a closed parenthesis), the last
    // year of a span ("giai đoạn 2026-2030" -> 2030) that starts no earlier than
    // `reference_year`, else 0.
    int year_before(std::string_view text, std::size_t from, std::size_t to, int reference_year = 0) const;

    // "phấn đấu tăng trưởng trên 8% năm 2025": a single year written right after a figure
    // ending at `at` (perhaps after "vào", "trong"), else 0.
    int year_right_after(std::string_view text, std::size_t at) const;

    // How a sentence without a cue of its own reads after a paragraph of a
    // congress's targets: `opens` when it starts like an item of such a list
    // ("Hằng năm, ...", "Về xã hội, ..."), `past` when it reports a result
    // ("nhiệm kỳ qua", "đã", "so với").
    struct ListItem {
        bool opens = false;  // starts like an item of a congress's list ("Hằng năm, ...")
        bool continues = false;  // starts by going on with the sentence before ("Trong đó, ...")
        bool attendance = false;  // starts listing who came ("Dự đại hội có ...")
        bool past = false;
    };
    ListItem list_item(std::string_view text, model::Span sentence) const;

    // The last year of the earliest term named in `text` ("nhiệm kỳ 2025 - 2030")
    // that ends after `reference_year`, else 0.
    int term_end_year(std::string_view text, int reference_year) const;

    struct Impl;

private:
    std::shared_ptr<const Impl> impl_;
};

// The reader shared by the stages of one process (loaded on first use).

std::shared_ptr<const FigureReader> shared_reader();

// The period a document's figures cover by default, and the year targets are
// set for when the text names none.
std::optional<model::Period> meeting_period(const model::Document& doc);
int reference_year(const model::Document& doc);
// `basis`, when given, says how: "term_end" (the last year of the term a
// congress opens), "next_year" (after a whole year reviewed), "meeting_year"
// (the rest of the year under review).
int default_target_year(const model::Document& doc, const FigureReader& reader, std::string* basis = nullptr);

}  // namespace baocao::extract::figures

namespace baocao::extract::figures {

// Target scope of every sentence of a document (nullopt outside it), with the
// paragraph-long lists opened by "Một số chỉ tiêu chủ yếu năm 2022:".
struct SentenceScope {
    std::optional<FigureReader::TargetScope> scope;
    bool block = false;  // inside a list of targets opened earlier in the paragraph
};
// The indicator and target stages both ask for them, one after the other: the last document's
// scopes are kept per thread and handed out again while its text, sentences and meeting are the same.
std::vector<SentenceScope> target_scopes(const model::Document& doc, const FigureReader& reader);

// Whether figure f of a sentence is set as a target by the sentence's scope: covered by it, and not
// an estimate of a period written in its own clause ("kế hoạch năm 2022 ..., tăng trưởng năm 2021
// ước đạt 5,6%": a result). The indicator stage leaves such figures to the target stage.
// Nor one measured as done, against a plan or an earlier period it names ("đạt 15.422 tấn (đạt 118,63%
// kế hoạch, bằng 110,15% so với năm 2022)"): a result, whatever list it stands in.
inline bool measured_as_done(const ReadFigure& f) {
    return std::any_of(f.comparisons.begin(), f.comparisons.end(), [](const auto& c) {
        return (c.kind == "ratio_to_plan" || c.kind == "ratio_to_prior") && !c.basis.empty();
    });
}
// "phấn đấu thu ngân sách đạt 250 tỷ đồng, vượt 5% dự toán": a figure right after the cue that sets
// it (within a short clause's length), measured against the plan only, is the target, its share of
// the plan part of the aim. Measured against a past year too, it was done.
inline bool right_after_cue(const SentenceScope& s, const ReadFigure& f) {
    constexpr std::size_t kCueReach = 80;  // bytes from the cue to the figure's number
    const bool against_the_past = std::any_of(f.comparisons.begin(), f.comparisons.end(),
                                              [](const auto& c) { return c.kind == "ratio_to_prior"; });
    return !against_the_past && f.number.begin >= s.scope->begin && f.number.begin - s.scope->begin <= kCueReach;
}
// "vốn đầu tư giai đoạn 2016-2020 là 100.000 tỷ đồng (giai đoạn 2011-2015 là 65.000 tỷ đồng)" at a
// review of 2015: a figure whose own period ends by the end of the one reviewed was done.
inline bool told_for_a_period_reviewed(const ReadFigure& f, const std::optional<model::Period>& reviewed) {
    return f.period && reviewed && f.period->end.iso() <= reviewed->end.iso();
}
inline bool set_by_scope(const SentenceScope& s, const ReadFigure& f, const std::optional<model::Period>& reviewed) {
    return s.scope && s.scope->covers(f.number.begin) && !(f.period && f.qualifier == "estimate") &&
           !told_for_a_period_reviewed(f, reviewed) && (!measured_as_done(f) || right_after_cue(s, f));
}

}  // namespace baocao::extract::figures
