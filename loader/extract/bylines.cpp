#include "extract/bylines.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "extract/gazetteer.h"
#include "extract/stage.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

// Spaces and the "|" some sites print after a byline ("HOÀI NHI |").
std::string_view trim_bars(std::string_view s, bool& had_bar) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '|')) had_bar |= s.front() == '|', s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '|')) had_bar |= s.back() == '|', s.remove_suffix(1);
    return s;
}

// "Q.SƠN", "Đ.TUẤN", "T.Hằng", "Ng.Hà", "TH.HƯƠNG": initials (a letter, or a
// consonant pair) glued to the last syllable. Returns the syllable, and how
// many initials were cut off.
std::string_view without_initials(std::string_view word, int& initials) {
    initials = 0;
    for (;;) {
        const std::vector<UChar32> cps = code_points(word.substr(0, 8));
        if (cps.size() < 3 || !u_isupper(cps[0])) return word;
        std::size_t bytes = static_cast<std::size_t>(U8_LENGTH(cps[0]));
        // A second letter of the same initial: "Ng.", "TH.".
        if (cps[1] < 0x80 && u_isalpha(cps[1]) && (u_isupper(cps[1]) == u_isupper(cps[0]) || u_islower(cps[1])) &&
            cps[2] == '.')
            bytes += 1;
        if (word.size() <= bytes + 1 || word[bytes] != '.') return word;
        word.remove_prefix(bytes + 1);
        ++initials;
    }
}

// "BTG", "TTXVN", "HĐND": no vowel, so no Vietnamese syllable.
bool is_abbreviation(std::string_view word) {
    for (char c : text::url_words(word))
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') return false;
    return true;
}

bool has_initials(std::string_view word) {
    int initials = 0;
    without_initials(word, initials);
    return initials > 0;
}

// What separates two authors, or the authors from where they work.
// A hyphen may be glued to one side ("Mai Linh- Siu Tơ Ni", "Thu Hà -Minh Tuấn").
constexpr std::string_view kSeparators[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ", ", " và ", "; ", "- ", " -"};

// "Bài: Thu Trang - Ảnh: Đức Huy": the photographer after the writer is not an author.
std::string_view without_photographer(std::string_view s) {
    const std::string folded = text::fold(s);
    for (std::size_t at = folded.find("ảnh"); at != std::string::npos; at = folded.find("ảnh", at + 1)) {
        std::size_t after = at + std::string_view("ảnh").size();
        while (after < folded.size() && folded[after] == ' ') ++after;
        if (after >= folded.size() || folded[after] != ':') continue;
        std::string_view before = trim(s.substr(0, at));
        for (std::string_view mark : {"-", "\xE2\x80\x93", ";", ",", "|", "("})
            if (ends_with(before, mark) && before.size() > mark.size())
                return trim(before.substr(0, before.size() - mark.size()));
    }
    return s;
}

}  // namespace

// One word of a name: capitalised or all capitals, letters only.
bool is_name_word(std::string_view word) {
    int initials = 0;
    word = without_initials(word, initials);
    const std::vector<UChar32> cps = code_points(word);
    if (cps.empty() || !u_isupper(cps[0])) return false;
    bool all_upper = true, rest_lower = true;
    for (std::size_t i = 1; i < cps.size(); ++i) {
        // "H’Xuân", "Y-Moan": names of the Central Highlands join syllables.
        const bool joiner = cps[i] == '\'' || cps[i] == 0x2019 || cps[i] == '-';
        if (joiner && i + 1 < cps.size() && u_isupper(cps[i + 1])) {
            ++i;
            continue;
        }
        if (!u_isalpha(cps[i])) return false;
        if (!u_isupper(cps[i])) all_upper = false;
        if (!u_islower(cps[i])) rest_lower = false;
    }
    return all_upper || rest_lower;
}

std::string BylineReader::text_key(std::string_view word) { return text::lower(word); }

BylineReader::BylineReader()
    : stopwords_(load_word_list("byline_stopwords.tsv")),
      prefixes_(load_word_list("byline_prefixes.tsv")),
      affiliations_(load_word_list("byline_affiliations.tsv")),
      headings_(load_word_list("byline_headings.tsv")),
      surnames_(load_word_list("surnames.tsv")),
      historical_(load_word_list("historical_figures.tsv")),
      signatures_(load_word_list("byline_signatures.tsv")) {
    for (const auto& row : read_tsv_rows(data_file("byline_marks.tsv"), 2))
        if (row[1] == "reporter") reporter_marks_.insert(text::lower(row[0]));
        else affiliations_.insert(text::lower(row[0]));  // an agency: where the author works
    for (const auto& row : read_tsv_rows(data_file("byline_honorifics.tsv"), 2))
        (row[1] == "yes" ? honorifics_before_surname_ : honorifics_).insert(text::lower(row[0]));
}

// "Tin, ảnh: Lê Hà" -> "Lê Hà". fold() keeps byte lengths, so the prefix
// found in the folded line is cut from the line as written.
std::string_view BylineReader::without_prefix(std::string_view s, bool& stripped) const {
    const std::string folded = text::fold(s);
    for (const std::string& prefix : prefixes_) {
        if (folded.rfind(prefix, 0) != 0) continue;
        // "CTV Ngô Thu", "PGS.TS TRẦN ĐÌNH THIÊN": a prefix without a colon ends at a space.
        const bool closed = prefix.back() == ':' || prefix.back() == ' ';
        if (!closed && (folded.size() <= prefix.size() || folded[prefix.size()] != ' ')) continue;
        stripped = true;
        return trim(s.substr(prefix.size()));
    }
    return s;
}

// "Văn phòng Huyện ủy", "Trung tâm VH-TT&TT huyện", "Báo Nghệ An", "CTV",
// "TTXVN": where the authors work, after their names.
bool BylineReader::is_affiliation(std::string_view part) const {
    const std::string key = text::lower(part);
    for (const std::string& head : affiliations_)
        // "Đài TT-TH huyện": the head ends where a letter does not follow.
        if (starts_with(key, head) && !is_letter_at(key, head.size())) return true;
    // "THĐT", "VOV": one word in capitals after a name is an agency's mark;
    // "BTG Huyện ủy", "BTG HUYỆN ỦY": so is a part led by an abbreviation.
    const auto words = split_words(part);
    if (words.empty() || !is_all_capitals(words[0]) || has_initials(words[0]) || code_points(words[0]).size() < 2 ||
        reporter_marks_.count(text::lower(words[0])))
        return false;
    return words.size() == 1 || !is_all_capitals(part) || is_abbreviation(words[0]);
}

bool BylineReader::is_workplace_line(std::string_view line) const {
    constexpr std::size_t kLongestWorkplace = 100;
    std::string_view part = trim(line);
    // "(Đài TT-TH Lệ Thủy)": the workplace in brackets under the names.
    if (part.size() > 2 && part.front() == '(' && part.back() == ')') part = trim(part.substr(1, part.size() - 2));
    return line.size() <= kLongestWorkplace && !ends_like_a_sentence(part) && is_affiliation(part);
}

bool BylineReader::is_signature_line(std::string_view line) const {
    const std::string key = text::lower(trim(line));
    for (const std::string& opener : signatures_)
        if (starts_with(key, opener) && !is_letter_at(key, opener.size())) return true;
    return false;
}

int BylineReader::major_place_level(std::string_view part) const {
    int level = 0;
    for (bool post_2025 : {false, true})
        for (const Unit* unit : Gazetteer::shared().find(part, post_2025))
            if (const int l = Gazetteer::contract_level(*unit); l <= 2 && (level == 0 || l < level)) level = l;
    return level;
}

// One author's name: 1-5 capitalised words, none a word of headings, not a
// section name, not a person addressed or pointed at ("Ông ...", "Anh Nguyễn ..."),
// not a figure of history.
bool BylineReader::is_name(std::string_view part) const {
    const auto words = split_words(part);
    constexpr std::size_t kLongestName = 5;
    if (words.empty() || words.size() > kLongestName) return false;
    for (std::string_view word : words)
        if (!is_name_word(word) || stopwords_.count(text::lower(word))) return false;
    const std::string key = text::lower(part);
    if (headings_.count(key) || historical_.count(key) || is_affiliation(part)) return false;
    const std::string first = text::lower(words[0]);
    if (honorifics_.count(first)) return false;
    if (words.size() >= 2 && honorifics_.count(first + " " + text::lower(words[1]))) return false;
    if (words.size() >= 2 && honorifics_before_surname_.count(first) && surnames_.count(text::lower(words[1])))
        return false;
    // "A A": the font-size buttons of a page, not initials of a name.
    if (std::all_of(words.begin(), words.end(), [](std::string_view w) { return code_points(w).size() == 1; }))
        return false;
    // A single word: a reporter's mark ("PV") or a name with initials ("T.Hằng").
    if (words.size() == 1 && !reporter_marks_.count(key) && !has_initials(words[0])) return false;
    return true;
}

std::optional<BylineReading> BylineReader::read(std::string_view line, bool after_the_text) const {
    constexpr std::size_t kLongestLine = 120;
    BylineReading reading;
    std::string_view s = trim_bars(line, reading.marked);
    if (s.empty() || s.size() > kLongestLine) return std::nullopt;
    {
        const std::string folded = text::fold(s);
        for (std::string_view credit : {"ảnh:", "ảnh :", "nguồn:", "nguồn :", "video:", "clip:"})
            if (starts_with(folded, credit)) return std::nullopt;  // a photographer or a source
    }
    // "Thu Hà | 14/12/2023 09:15", "Thu Hà | Báo Hòa Sơn": a date or a workplace after the name.
    if (const std::size_t bar = s.find(" | "); bar != std::string_view::npos) {
        const std::string_view rest = trim(s.substr(bar + 3));
        if (rest.find_first_of("0123456789") != std::string_view::npos || is_affiliation(rest)) {
            s = trim(s.substr(0, bar));
            reading.marked = true;
        }
    }
    if (s.empty()) return std::nullopt;
    // "(Theo TTXVN)", "Theo Ngọc Hà (Báo Tin tức)": only an author with an agency is a byline.
    bool source = false;
    if (s.front() == '(' && s.back() == ')' && starts_with(text::fold(s), "(theo ")) s = trim(s.substr(1, s.size() - 2));
    if (starts_with(text::fold(s), "theo ")) {
        source = true;
        s = trim(s.substr(5));
    }
    bool agency = false;
    // "Thu Hà (TTXVN)", "Bảo Ngọc (tổng hợp)": a note in brackets after the names.
    if (!s.empty() && s.back() == ')') {
        const std::size_t open = s.rfind('(');
        if (open == std::string_view::npos || open == 0) return std::nullopt;
        s = trim(s.substr(0, open));
        agency = true;
    }
    s = without_prefix(s, reading.introduced);
    reading.marked = reading.marked || reading.introduced;
    s = without_photographer(s);
    // "Hoàng Anh/Báo Nghệ An", "Thu Hà/VOV": the agency after the slash.
    if (const std::size_t slash = s.find('/'); slash != std::string_view::npos && slash > 0 &&
                                                !(slash + 1 < s.size() && s[slash + 1] >= '0' && s[slash + 1] <= '9')) {
        s = trim(s.substr(0, slash));
        agency = true;
    }
    // "Minh Châu.": some sites close the byline with a full stop.
    if (s.size() > 2 && s.back() == '.' && s[s.size() - 3] != '.' && s[s.size() - 2] != ' ') s = trim(s.substr(0, s.size() - 1));
    if (s.empty() || s.find_first_of("()") != std::string_view::npos) return std::nullopt;

    // The parts between separators; from the first workplace (or date) on, the
    // rest is where they work.
    std::vector<Part> parts;
    for (std::size_t from = 0; from <= s.size();) {
        std::size_t at = s.size(), length = 0;
        for (std::string_view separator : kSeparators)
            if (const std::size_t found = s.find(separator, from); found < at) at = found, length = separator.size();
        parts.push_back({from, at, at + length});
        if (at == s.size()) break;
        from = at + length;
    }
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const std::string_view part = s.substr(parts[i].begin, parts[i].end - parts[i].begin);
        // "TRẦN VĂN AN, Viện Kinh tế Việt Nam": a name in capitals, then where the author works.
        const bool after_capitals = s.substr(parts[i - 1].end, 2) == ", " &&
                                    is_all_capitals(s.substr(0, parts[i - 1].end)) &&
                                    !is_all_capitals(s.substr(parts[i].begin));
        if (!part.empty() && part[0] >= '0' && part[0] <= '9') {
            // "Hà Nội, 12/7/2023" is a dateline; "Thu Hà - 12/7/2023" a name and its date.
            if (s.substr(parts[i - 1].end, 2) == ", ") return std::nullopt;
            parts.resize(i);
            break;
        }
        if (is_affiliation(part) || reporter_marks_.count(text::lower(part)) || after_capitals) {
            parts.resize(i);
            agency = true;
            break;
        }
    }
    constexpr std::size_t kMostAuthors = 4;
    if (parts.size() > kMostAuthors) return std::nullopt;
    if (source && !agency) return std::nullopt;  // "Theo Dân Trí", "Theo Thu Hà"
    std::size_t places = 0;
    bool province = false;
    for (const Part& p : parts) {
        const std::string_view name = s.substr(p.begin, p.end - p.begin);
        if (!is_name(name)) return std::nullopt;
        reading.names.emplace_back(name);
        const int level = major_place_level(name);
        places += level > 0;
        province = province || level == 1;
    }
    reading.marked = reading.marked || agency || is_all_capitals(s);
    // "Cẩm Xuyên", "NGHỆ AN", "Hà Tĩnh - Cẩm Xuyên": where, not who; a signature
    // may still share a district's name ("Thanh Hà (TTXVN)", "KIM SƠN"), and so may
    // the last line of an article that names no such place elsewhere (the caller checks).
    if (places == parts.size() && (parts.size() > 1 || province || !(reading.marked || after_the_text)))
        return std::nullopt;
    reading.marked = reading.marked || parts.size() > 1;
    reading.author = std::string(s.substr(parts.front().begin, parts.back().end - parts.front().begin));
    return reading;
}

}  // namespace baocao::extract
