// The words the figure reader works with, internal to it: a sentence split into words
// (letters, a number, one punctuation mark; a web address is one word), and the lexicons
// of data/ loaded once, with the cues and units they find at a word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/figures.h"
#include "model/facts.h"

namespace baocao::extract::figures {

using model::Decimal;
using model::Span;

// ---------------------------------------------------------------- words ----

struct CueToken;  // the cues a token starts and ends (FigureReader::Impl::cue_tokens)

// One word of a sentence: letters, a number, or one punctuation mark.
struct Word {
    enum class Kind { letters, number, punct };
    Kind kind = Kind::letters;
    std::size_t begin = 0, end = 0;  // document bytes
    std::string text;                // folded
    Decimal number;                  // when kind == number
    std::optional<Decimal> word_number;  // "hai", "mười": a count only before a unit
    // The cues of any role the word starts or ends (null: none), learnt on the first cue lookup
    // at it (for the lexicon of that serial; see FigureReader::Impl::learn_cues).
    mutable std::uint64_t cue_lexicon = 0;
    mutable const CueToken* cues = nullptr;
};

bool is_ascii_letter(unsigned char c);
bool is_digit(unsigned char c);
std::vector<Word> split_words(std::string_view original, std::string_view folded, std::size_t base);
// The words of text[span] (folded, then split_words): target scopes, list items and the
// figure reader each read the same sentences, so the last ones read are kept per thread.
std::shared_ptr<const std::vector<Word>> sentence_words(std::string_view text, Span span);
std::vector<Word> split_phrase(const std::string& phrase);
std::vector<std::string> phrase_tokens(const std::string& phrase);
bool is_punct(const Word& w, std::string_view which);
bool is_year_like(const Decimal& d);
int year_of(const Word& w);

// ------------------------------------------------------------- data files ---

std::vector<std::vector<std::string>> read_tsv(const std::string& name, std::size_t min_columns);

struct UnitRow {
    std::vector<std::string> tokens;
    std::string unit;
    int power = 0;
    std::string kind;  // money, percent, measure, count, scale, not_unit
    bool scale = false;  // kind == "scale"
};

struct Phrasing {
    std::string code;
    std::vector<std::string> tokens;  // "..." = any words
    int weight = 0;                   // number of real tokens
};

struct UnitMatch {
    std::size_t length = 0;  // words
    std::string unit;
    int power = 0;
    std::string kind;
    std::string noun;  // the unit words without the scale: "đảng viên", "tỷ đồng" -> "đồng"
};

std::string join(const std::vector<std::string>& tokens);

// -------------------------------------------------------------- lexicons ---

using CuePhrases = std::vector<const std::vector<std::string>*>;

struct CueToken {
    struct OfRole {
        const void* index = nullptr;  // the role's FigureReader::Impl::CueIndex
        const CuePhrases* phrases = nullptr;
    };
    std::vector<OfRole> first, last;  // the phrases it starts / ends, by role
    static const CuePhrases* of(const std::vector<OfRole>& roles, const void* index) {
        for (const OfRole& r : roles)
            if (r.index == index) return r.phrases;
        return nullptr;
    }
};

struct FigureReader::Impl {
    std::vector<UnitRow> units;
    // The units by their first token (indexes into `units`, in its order): unit_at is asked
    // after every number and tries only the units that can start at the word there.
    std::unordered_map<std::string, std::vector<std::size_t>> units_by_first;
    std::map<std::string, std::vector<std::vector<std::string>>> cues;  // role -> phrases, longest first
    // The phrases of each role indexed by their first and by their last token (in the order of
    // `cues`), so that cue_at and cue_ending_at try only the phrases that can match there.
    struct CueIndex {
        std::unordered_map<std::string, std::vector<const std::vector<std::string>*>> by_first, by_last;
    };
    std::unordered_map<std::string, CueIndex> cue_index;
    // Each token of a cue with the phrases of each role starting and ending with it (the lists
    // of cue_index): a word looks its text up once and then asks about role after role.
    std::unordered_map<std::string, CueToken> cue_tokens;
    void learn_cues(const Word& w) const;
    // Tells this lexicon from any other one created at the same address (see index_of).
    const std::uint64_t serial = new_serial();
    static std::uint64_t new_serial();
    std::map<std::string, std::vector<std::string>> abbreviations;       // token -> expansion tokens
    std::map<std::string, std::string> code_unit;                        // code -> unit
    std::map<std::string, std::string> growth_code;                      // value code -> growth code
    std::set<std::string> growth_codes;
    std::map<std::string, std::set<std::string>> code_counts;             // count code -> nouns it counts
    std::set<std::string> rate_codes;  // money codes also reported as a percentage done ("giải ngân đạt 47%")
    std::vector<Phrasing> phrasings;
    // Indexes of phrasings by their first token ("..." first: under "..."), so a figure's
    // words look up the phrasings that can start at each of them instead of trying all.
    std::map<std::string, std::vector<std::size_t>> phrasings_by_first;
    std::set<std::string> time_words;  // the time_word cues, one word each

    struct SectorCode {
        std::string general, bare;        // bare: label tokens joined ("giá trị sản xuất")
        std::vector<std::string> sector;  // the sector word's tokens
        std::string code;
    };
    std::vector<SectorCode> sector_codes;            // indicator_sectors.tsv
    std::map<std::string, std::string> share_code;  // count code -> code of the share its X/Y makes
    // indicator_share_subjects.tsv: what a count counts -> the code of the share it makes
    // ("115 hộ nghèo, chiếm 2,66%": poverty_rate).
    std::vector<std::pair<std::vector<std::string>, std::string>> share_subjects;

    void load();
    static bool ignorable_in_label(const std::string& t);
    std::vector<std::string> label_tokens_of(const std::vector<std::string>& raw) const;

    // ------------------------------------------------------ cue matching --

    static bool tokens_at(const std::vector<Word>& words, std::size_t i, const std::vector<std::string>& tokens);
    // Roles are named by string literals (see index_of).
    const CueIndex* index_of(const char* role) const;
    std::size_t cue_at(const std::vector<Word>& words, std::size_t i, const char* role) const;
    std::size_t cue_ending_at(const std::vector<Word>& words, std::size_t end, const char* role) const;
    UnitMatch unit_at(const std::vector<Word>& words, std::size_t i) const;
};

}  // namespace baocao::extract::figures
