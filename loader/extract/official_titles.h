// Official titles as the press writes them: "Phó Bí thư Thường trực Huyện ủy Cẩm
// Xuyên", "ủy viên BTV Tỉnh ủy", "Trưởng phòng Nghiệp vụ II". The vocabulary comes
// from data/titles.tsv and data/abbreviations.tsv; the parser reads one title at a
// token, expands abbreviations, lower-cases it and drops the place name, and tells
// when a person's name follows the title directly.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/person_names.h"

namespace baocao::extract {

enum TitleKind : unsigned {
    kHead = 1u << 0,        // bí thư, chủ tịch, thành ủy viên
    kPrefix = 1u << 1,      // nguyên, quyền
    kQualifier = 1u << 2,   // thường trực
    kOrgan = 1u << 3,       // huyện ủy, ban thường vụ, hội đồng nhân dân
    kUnit = 1u << 4,        // ban, phòng, sở: takes a department name
    kLevel = 1u << 5,       // tỉnh, huyện, xã, phường...: a place name may follow
    kDepartment = 1u << 6,  // dân vận, tài chính - kế hoạch
    kHonorific = 1u << 7,   // đồng chí, ông, bà
    kBound = 1u << 8,       // trưởng: a head only with a body after it
    kFamiliar = 1u << 9,    // anh, chị: an honorific for anyone, not only officials
    kNumbered = 1u << 10,   // tổ công tác: a group told apart by its number ("số 17")
};

// Longest lexicon entry found at a token.
struct LexMatch {
    std::size_t length = 0;  // tokens
    unsigned kinds = 0;
    std::string text;        // canonical lower-case form (abbreviations expanded)
    bool found() const { return length > 0; }
};

// The lexicon's entries at one token, whatever kinds a reader wants: what match() picks from.
struct TitleEntries {
    struct Entry {
        std::size_t length = 0;  // tokens
        unsigned kinds = 0;
        const std::string* text = nullptr;  // owned by the lexicon
    };
    bool abbreviated = false;    // an abbreviation is written there: it alone answers
    Entry abbreviation;
    std::vector<Entry> phrases;  // the phrases that end there, shortest first
    // The longest entry having one of the wanted kinds (none when the abbreviation has none).
    LexMatch pick(unsigned wanted) const;
};

class TitleLexicon {
public:
    static TitleLexicon load(const std::filesystem::path& data_dir);

    void add_phrase(const std::string& phrase, unsigned kinds);
    void add_abbreviation(const std::string& abbreviation, const std::string& expansion, unsigned kinds);

    // Longest entry at tokens[i] having one of the wanted kinds.
    LexMatch match(const std::vector<Token>& tokens, std::size_t i, unsigned wanted) const {
        return entries_at(tokens, i).pick(wanted);
    }
    TitleEntries entries_at(const std::vector<Token>& tokens, std::size_t i) const;
    bool is_abbreviation(const Token& token) const;
    // "chủ tịch", "đại tướng": a head alone, naming no body.
    bool is_bare_head(const std::string& title) const;

private:
    // One leading run of words of an entry's key: match() grows a key word by word and stops as
    // soon as no entry starts so. A run that is an entry itself carries the entry's match, so
    // each word costs one lookup.
    struct Step {
        bool complete = false;  // the run is an entry
        unsigned kinds = 0;
        std::string text;  // the entry's canonical text
    };
    using Steps = std::unordered_map<std::string, Step>;
    static void add_prefixes(Steps& steps, const std::string& key, unsigned kinds, const std::string& text);

    struct Phrase {
        unsigned kinds = 0;
        std::string text;  // as written in titles.tsv ("văn hóa, thể thao và du lịch")
    };
    std::unordered_map<std::string, Phrase> phrases_;  // by joined token keys
    Steps phrase_steps_;        // by joined token keys
    Steps abbreviation_steps_;  // by surfaces joined by spaces (the expansion as the text)
    std::size_t max_words_ = 1;
    struct Abbreviation {
        std::string expansion;
        unsigned kinds = 0;
    };
    std::unordered_map<std::string, Abbreviation> abbreviations_;  // by surfaces joined by spaces
    std::size_t max_abbreviation_tokens_ = 1;
};

unsigned parse_title_kinds(const std::string& comma_list);

// Tokens [begin, end) of a person's name; empty when none.
struct NameSpan {
    std::size_t begin = 0, end = 0;
    bool found() const { return end > begin; }
};

// The entries at every token of one line, each looked up once: the line's readers ask at a
// token for one kind after another (an honorific, a title, a body, what breaks a name).
class TitleMatches {
public:
    TitleMatches(const TitleLexicon& titles, const std::vector<Token>& tokens)
        : titles_(titles), tokens_(tokens), at_(tokens.size()) {}
    // Other token sequences than the line's are looked up afresh.
    LexMatch match(const std::vector<Token>& tokens, std::size_t i, unsigned wanted) const;

private:
    const TitleLexicon& titles_;
    const std::vector<Token>& tokens_;
    mutable std::vector<std::optional<TitleEntries>> at_;
};

// What the parsers need besides the tokens.
struct TitleContext {
    const TitleLexicon& titles;
    const NameLexicon& names;
    const std::unordered_set<std::string>& document_places;  // lower-case names of the article's places
    const TitleMatches* line = nullptr;  // the entries of the line being read, when kept
    LexMatch match(const std::vector<Token>& tokens, std::size_t i, unsigned wanted) const {
        return line ? line->match(tokens, i, wanted) : titles.match(tokens, i, wanted);
    }
    // `communes`: count wards and communes too (after "xã", "phường", "Đảng ủy").
    bool is_place(const std::string& key, bool communes = true) const {
        return is_gazetteer_place(key, communes) || document_places.count(key) > 0;
    }
    // Only the gazetteer's: the article's places include guesses ("huyện Mùi Thị" read from
    // "đại biểu HĐND huyện Mùi Thị Ban").
    bool is_gazetteer_place(const std::string& key, bool communes = true) const {
        return communes ? names.is_place(key) : names.is_major_place(key);
    }
};

struct TitleParse {
    std::size_t begin = 0, end = 0;  // tokens of the title and of its dropped place name
    std::string text;                // "bí thư huyện ủy"
    NameSpan name;                   // a name written right after the title
    bool dropped_place = false;
    bool ok() const { return end > begin && !text.empty(); }
};

// Reads a title at tokens[i]. `owned`: the title follows its holder's name
// ("ông A, Bí thư Huyện ủy Châu Đức"), so a capitalised run after it is a place,
// never another name. `tail`: no head needed (", huyện, thị - Ban Tổ chức Thành ủy").
TitleParse parse_title(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t i,
                       bool owned, bool tail = false);

// A person's name starting at tokens[i] (or a little after, past words such as
// "TS"), outside any title. `after_honorific` accepts names without a known surname.
NameSpan name_at(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t i,
                 bool after_honorific);

// Whether tokens[i] cannot be part of a person's name (punctuation, lower case,
// a title word, an abbreviation).
bool breaks_name(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t i);

}  // namespace baocao::extract
