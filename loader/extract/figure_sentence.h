// The reader of one sentence's figures, internal to FigureReader::read_sentence: it finds
// the numbers with their units and reads the words around each (figure_numbers.cpp), codes
// each figure (figure_codes.cpp), and in the main pass makes the figures and attaches their
// comparisons (figure_main_pass.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/figure_words.h"
#include "extract/figures.h"
#include "model/facts.h"

namespace baocao::extract::figures {

// --------------------------------------------------------- raw figures ----

struct RawFigure {
    std::size_t first = 0, last = 0;  // words: the number .. one past the unit
    Decimal value;
    std::string unit, kind;
    std::optional<Decimal> out_of;
    std::string noun;              // what a count counts: "đảng viên"
    bool percent_missing = false;  // "bằng 39,7 kế hoạch"
    int range = 0;                 // -1 low end, +1 high end of "từ A đến B"
};

class SentenceReader {
public:
    SentenceReader(const FigureReader::Impl& lex, const FigureReader& reader, std::string_view text, Span sentence,
                   int default_year);
    std::vector<ReadFigure> read();

private:
    const FigureReader::Impl& lex_;
    const FigureReader& reader_;
    std::string_view text_;
    Span sentence_;
    int default_year_ = 0;  // the year of a period written without one ("quý II")
    std::shared_ptr<const std::vector<Word>> sentence_words_;  // shared with the other readers of the sentence
    const std::vector<Word>& words_;
    std::vector<RawFigure> raws_;
    std::vector<ReadFigure> out_;

    bool is_connective(std::size_t i, std::size_t& len) const;
    void mark_directives();
    bool number_word(std::size_t i) const { return i < words_.size() && words_[i].kind == Word::Kind::number; }

    // -------------------------------------------------- finding numbers --

    std::vector<bool> vote_clauses() const;
    bool share_in_brackets(std::size_t i, std::size_t after) const;
    void find_raw_figures();
    bool rate_after_years(std::size_t i) const;
    bool lists_guests() const;
    bool cue_shortly_before(std::size_t i, const char* role, std::string_view crossable) const;
    bool in_not_figure_clause(std::size_t i) const;
    bool body_named_before(std::size_t i) const;
    bool ends_a_span_of_years(std::size_t i) const;
    std::size_t skip_back_to_named(std::size_t i) const;
    bool national_before(std::size_t i) const;
    bool prior_value_before(std::size_t i, bool percent) const;
    bool per_hectare_at(std::size_t i, const UnitMatch& unit) const;
    std::size_t prior_basis_after_subject(std::size_t k, std::size_t limit) const;
    static bool times_ten(Decimal& d);
    static std::optional<Decimal> add(Decimal a, Decimal b);
    bool forgotten_percent(std::size_t i) const;
    // "2 triệu 383 nghìn lượt", "11 nghìn 700 tỷ đồng": a number, a bare scale word, a
    // second number with its unit. Fills f (value, unit, span) and returns true when so.
    bool compound_amount(std::size_t i, const Decimal& number, RawFigure& f) const;

    // ------------------------------------------------- reading the gap --

    struct Gap {
        std::size_t begin = 0, end = 0;  // words
        std::string verb;                // up, down, ratio, exceed, share or ""
        std::size_t verb_word = 0;
        bool leveled = false;            // "giảm còn 4%": a level, not a change
        std::string qualifier;
        std::string direction;
        bool label_empty = true;
        std::size_t label_begin = 0, label_end = 0;  // words of the label inside the gap
        std::string basis_kind;          // plan/prior found before the number ("so dự toán giao đạt 42%")
        std::string basis;
    };

    Gap read_gap(std::size_t begin, std::size_t end) const;
    bool range_from_before(std::size_t number) const;
    std::size_t average_ending_at(std::size_t end, std::size_t begin) const;
    std::string basis_text(std::size_t k, std::size_t limit) const;
    std::size_t basis_end(std::size_t k, std::size_t limit) const;
    bool starts_figure(std::size_t word) const;
    std::size_t next_figure_start(std::size_t after) const;

    // What follows a figure's unit: "so với cùng kỳ", "kế hoạch tỉnh giao", ...
    struct BasisAfter {
        std::string kind;  // plan, prior, share or ""
        std::string text;
        std::size_t end = 0;
    };

    BasisAfter read_basis_after(std::size_t k) const;
    std::size_t description_end(std::size_t k, bool stop_at_verbs) const;

    // ------------------------------------------------------------ codes --

    struct CodeMatch {
        std::string code = "other";
        std::string phrase;  // the catalog phrasing matched, as listed
        std::size_t start_word = static_cast<std::size_t>(-1);  // where the phrasing starts, when before the number
        bool names_own_subject = false;  // a phrasing matched, or one of another unit follows the unit ("12 tấn mía")
    };

    CodeMatch code_for(std::size_t window_begin, const RawFigure& f, std::size_t after_end, bool growth,
                       bool rate) const;
    bool names_several_sectors(std::size_t begin, std::size_t end) const;
    static bool match_phrase(const std::vector<std::string>& seq, const std::vector<bool>& break_before,
                             std::size_t start, const std::vector<std::string>& tokens, std::size_t& end);
    bool unit_agrees(const std::string& code, const RawFigure& f, bool growth, bool rate) const;

    // ---------------------------------------------------- the main pass --

    std::string text_of(std::size_t begin_word, std::size_t end_word) const;
    void classify();
    bool points_difference(const Gap& gap) const;
    bool names_earlier_month_of_year(std::size_t k) const;
    std::size_t month_basis_end(std::size_t k) const;
    bool national_after(std::size_t k) const;
    bool members_beside_party_units(const RawFigure& f) const;
    bool bare_growth_clause(const Gap& gap) const;
    std::optional<ReadFigure> rate_of_plan(const Gap& gap, const RawFigure& f, const std::string& kind,
                                           bool nothing_pending, std::size_t consumed, std::size_t basis_end);
    std::string sole_code_counting(const std::string& noun) const;
    bool met_in_clause(const std::string& code, const std::string& noun, std::size_t k) const;
    bool clause_ends_before_next_figure(std::size_t k) const;
    bool year_of_at(std::size_t k) const { return k < words_.size() && year_of(words_[k]) != 0; }
    std::size_t label_segment_begin(const Gap& gap, std::size_t phrase_start) const;
    std::optional<model::Period> period_written_before(std::size_t begin_word, std::size_t number_word) const;
    bool until_at(std::size_t byte) const;
    std::size_t word_at(std::size_t byte) const;
    bool compared_at(std::size_t byte) const;
    static std::string qualifier_direction(const std::string& qualifier);
    static Decimal negate(Decimal d);
    static Decimal add_hundred(Decimal d);
    bool adopted_target_set(const Gap& gap, const RawFigure& f) const;
    bool semicolon_between(std::size_t from_byte, std::size_t to_word) const;
    bool in_bracket_after(std::size_t from_byte, std::size_t to_word) const;
    bool share_of_plan_at(std::size_t i) const;
    bool only_percentages_follow_in_clause(std::size_t k) const;
    bool label_tells_only_a_time(const Gap& gap) const;
    bool label_raises_the_total(const Gap& gap) const;
    bool names_later_year(std::size_t from, std::size_t to) const;
    std::string share_subject_between(std::size_t from_byte, std::size_t to_word) const;
    bool plan_in_brackets_before(std::size_t i) const;
    std::string refine_by_sector(std::string& code, const CodeMatch& match, const RawFigure& f, bool growth) const;
    bool sector_breakdown_of_growth(const Gap& gap) const;
    ReadFigure new_figure(const Gap& gap, const RawFigure& f, std::size_t window_begin, std::size_t after_end,
                          bool growth);
};

}  // namespace baocao::extract::figures
