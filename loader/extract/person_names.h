// Words of a sentence as the officials stage sees them, and what tells a
// person's name (2-4 capitalised syllables, usually from a known family name)
// from a place name or a figure of history.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace baocao::extract {

// One word or one punctuation character, with its byte range in the text the
// tokens were cut from (plus the offset given to tokenize()).
struct Token {
    std::size_t begin = 0, end = 0;
    std::string surface;  // as written
    std::string key;      // lower case, canonical tones: what lexicons are matched on
    bool word = false;    // letters or digits; otherwise a single punctuation character
    bool capitalised = false;  // first letter upper case ("Nguyễn", "HĐND")
    bool all_caps = false;     // every letter upper case, two letters or more
    bool has_digit = false;
};

std::vector<Token> tokenize(std::string_view text, std::size_t offset = 0);
// tokenize without the keys (left empty), for checks that read only what is written: the
// lower-casing is most of a tokenization's cost.
std::vector<Token> tokenize_surfaces(std::string_view text);

// "II", "XIV": a roman numeral written in capitals.
bool is_roman_numeral(std::string_view surface);

// A syllable with at most one tone mark: text in a legacy font encoding,
// decoded wrongly ("Ngủỷễn"), fails this.
bool plausible_syllable(std::string_view surface);

// "NGUYỄN VĂN AN" -> "Nguyễn Văn An"; mixed case is kept; tones canonical.
std::string display_name(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

// Lower-case key of tokens [begin, end) joined by single spaces.
std::string joined_key(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

class NameLexicon {
public:
    // surnames.tsv, historical_figures.tsv and the gazetteer's unit names.
    static NameLexicon load(const std::filesystem::path& data_dir);
    // The one loaded from data_dir(), read once and shared by the stages that need it.
    static const NameLexicon& shared();

    void add_surname(std::string_view key);
    void add_place(std::string_view key, int level = 3);
    void add_historical(std::string_view key);

    bool is_surname(const std::string& key) const { return surnames_.count(key) > 0; }
    // Any unit of the gazetteer (with a name of two words or more).
    bool is_place(const std::string& key) const { return places_.count(key) > 0; }
    // A province or a district: many wards and communes bear a person's name
    // ("Lê Hồng Phong", "Trần Phú"), provinces and districts do not.
    bool is_major_place(const std::string& key) const { return major_places_.count(key) > 0; }
    bool is_historical(const std::string& key) const { return historical_.count(key) > 0; }

private:
    std::unordered_set<std::string> surnames_, places_, major_places_, historical_;
};

// Rows of a UTF-8 TSV data file: header row and '#' comment lines skipped.

}  // namespace baocao::extract
