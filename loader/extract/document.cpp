// The document stage: what the page says about itself rather than about the
// meeting. The " date YYYY-MM" header, the headline, the byline (a short
// name line at the end, under the headline, or after the last sentence) and
// the site the text names ("thainguyen.gov.vn", "(Baohatinh.vn) - ...").
#include <spdlog/spdlog.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/stages.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

using model::Document;
using model::Sentence;
using model::Span;

// --- paragraphs -------------------------------------------------------------------

// The content of one paragraph: its non-furniture sentences.
struct Paragraph {
    int index = 0;
    std::vector<std::size_t> sentences;  // indexes into doc.sentences, content only
    Span span;                           // from the first content sentence to the last
};

std::vector<Paragraph> content_paragraphs(const Document& doc) {
    std::vector<Paragraph> paragraphs;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const Sentence& s = doc.sentences[i];
        if (s.furniture) continue;
        if (paragraphs.empty() || paragraphs.back().index != s.paragraph) {
            paragraphs.push_back({s.paragraph, {}, s.span});
        }
        paragraphs.back().sentences.push_back(i);
        paragraphs.back().span.end = s.span.end;
    }
    return paragraphs;
}

// --- code points ------------------------------------------------------------------

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

// --- data ---------------------------------------------------------------------------

std::set<std::string> load_word_list(const std::string& relative) {
    std::set<std::string> words;
    for (const auto& row : read_tsv_rows(data_file(relative), 1)) words.insert(text::lower(row[0]));
    return words;
}

// --- date header --------------------------------------------------------------------

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// " date 2023-07 ..." (also " date 2025-12-19"): the month the page was published.
std::optional<model::Date> date_header(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (text.substr(i, 5) != "date ") return std::nullopt;
    i += 5;
    const std::string_view year = text.substr(i, 4), dash = text.substr(i + 4, 1), month = text.substr(i + 5, 2);
    if (!all_digits(year) || dash != "-" || !all_digits(month)) return std::nullopt;
    model::Date date{std::stoi(std::string(year)), std::stoi(std::string(month)), 1};
    if (date.month < 1 || date.month > 12) return std::nullopt;
    return date;
}

// --- site ---------------------------------------------------------------------------

bool is_domain_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// "thainguyen.gov.vn", "Baohatinh.vn": letters, digits, hyphens and dots, ending in a known suffix.
std::optional<std::string> as_domain(std::string_view s) {
    if (s.size() < 4 || s.size() > 80) return std::nullopt;
    for (char c : s)
        if (!is_domain_char(c)) return std::nullopt;
    if (s.find('.') == std::string_view::npos || s.front() == '.' || s.back() == '.') return std::nullopt;
    std::string lowered(s);
    for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lowered.rfind("www.", 0) == 0) lowered.erase(0, 4);
    for (std::string_view suffix : {".vn", ".com", ".net", ".org", ".info"})
        if (lowered.size() > suffix.size() && lowered.compare(lowered.size() - suffix.size(), suffix.size(), suffix) == 0)
            return lowered;
    return std::nullopt;
}

// A line that is only a domain, else a source in a dateline: "(Baohatinh.vn) - ".
std::string find_site(const Document& doc) {
    for (const Sentence& s : doc.sentences) {
        std::string_view line = doc.slice(s.span);
        for (std::string_view scheme : {"https://", "http://"})
            if (line.rfind(scheme, 0) == 0) line.remove_prefix(scheme.size());
        line = line.substr(0, line.find('/'));  // "baohatinh.vn/kinh-te/..." names the site too
        if (auto domain = as_domain(line)) return *domain;
    }
    for (const Sentence& s : doc.sentences) {
        const std::string_view sentence = doc.slice(s.span);
        if (sentence.empty() || sentence.front() != '(') continue;
        const std::size_t close = sentence.find(')');
        if (close == std::string_view::npos) continue;
        if (auto domain = as_domain(sentence.substr(1, close - 1))) return *domain;
    }
    return {};
}

// --- byline -------------------------------------------------------------------------

// One word of a name: "Trâm", "TRÚC", "PV", "Q.SƠN" (an initial glued to the
// word). Capitalised or all capitals.
bool is_name_word(std::string_view word) {
    while (word.size() > 2 && word[1] == '.' && word[0] >= 'A' && word[0] <= 'Z') word.remove_prefix(2);
    const std::vector<UChar32> cps = code_points(word);
    if (cps.empty() || !u_isupper(cps[0])) return false;
    bool all_upper = true, rest_lower = true;
    for (std::size_t i = 1; i < cps.size(); ++i) {
        if (!u_isalpha(cps[i])) return false;
        if (!u_isupper(cps[i])) all_upper = false;
        if (!u_islower(cps[i])) rest_lower = false;
    }
    return all_upper || rest_lower;
}

bool is_all_capitals(std::string_view s) {
    bool letters = false;
    for (UChar32 c : code_points(s)) {
        if (u_islower(c)) return false;
        if (u_isalpha(c)) letters = true;
    }
    return letters;
}

class BylineReader {
public:
    BylineReader()
        : stopwords_(load_word_list("byline_stopwords.tsv")), prefixes_(load_word_list("byline_prefixes.tsv")) {}

    // "Phan Trâm", "TRÚC GIANG", "HIỀN THÚY - ĐÌNH HIỆP", "PV", "HOÀI NHI |": the
    // names as written (trailing "|" dropped), or nothing when s is not a byline.
    std::optional<std::string> read(std::string_view s) const {
        s = without_prefix(s);
        while (!s.empty() && (s.back() == ' ' || s.back() == '|')) s.remove_suffix(1);
        // "Thu Hà/VOV": the agency after the slash is not part of the name.
        if (const std::size_t slash = s.rfind('/'); slash != std::string_view::npos && slash > 0 &&
                                                    is_all_capitals(s.substr(slash + 1))) {
            s = s.substr(0, slash);
            while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
        }
        // "Minh Anh (TTXVN)": the agency in brackets is not part of the name.
        if (!s.empty() && s.back() == ')') {
            const std::size_t open = s.rfind('(');
            if (open == std::string_view::npos || open == 0) return std::nullopt;
            s = s.substr(0, open);
            while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
        }
        if (s.empty() || s.size() > 80) return std::nullopt;
        // "TRẦN VĂN AN, Viện Kinh tế Việt Nam": a name in capitals, then where the
        // author works.
        if (const std::size_t comma = s.find(", "); comma != std::string_view::npos &&
                                                    is_all_capitals(s.substr(0, comma)) &&
                                                    !is_all_capitals(s.substr(comma + 2)))
            return read(s.substr(0, comma));
        std::size_t names = 0, words_in_name = 0;
        bool ok = true;
        for (std::string_view word : split_words(s)) {
            if (word == "-" || word == "\xE2\x80\x93" || word == "và") {  // between two authors
                ok = ok && words_in_name > 0;
                words_in_name = 0;
                continue;
            }
            if (word.back() == ',') word.remove_suffix(1);
            if (!is_name_word(word) || stopwords_.count(text::lower(word))) return std::nullopt;
            if (words_in_name == 0) ++names;
            if (++words_in_name > 5) return std::nullopt;
        }
        if (!ok || names == 0 || names > 3 || words_in_name == 0) return std::nullopt;
        const auto words = split_words(s);
        // A single word must be an agency mark in capitals ("PV", "TTXVN"), not a stray word.
        if (words.size() == 1 && !(is_all_capitals(words[0]) && code_points(words[0]).size() >= 2)) return std::nullopt;
        // "A A": the font-size buttons of a page, not initials of a name.
        if (std::all_of(words.begin(), words.end(), [](std::string_view w) { return code_points(w).size() == 1; }))
            return std::nullopt;
        return std::string(s);
    }

private:
    // "Tin, ảnh: Lê Hà" -> "Lê Hà". fold() keeps byte lengths, so the prefix
    // found in the folded line is cut from the line as written.
    std::string_view without_prefix(std::string_view s) const {
        const std::string folded = text::fold(s);
        for (const std::string& prefix : prefixes_) {
            if (folded.rfind(prefix, 0) != 0) continue;
            // "CTV Ngô Thu", "PGS.TS TRẦN ĐÌNH THIÊN": a prefix without a colon ends at a space.
            const bool closed = prefix.back() == ':' || prefix.back() == ' ';
            if (!closed && folded.size() > prefix.size() && folded[prefix.size()] != ' ') continue;
            s.remove_prefix(prefix.size());
            while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
            return s;
        }
        return s;
    }

    std::set<std::string> stopwords_;
    std::set<std::string> prefixes_;
};

// "Theo Báo Hà Tĩnh", "Nguồn: baohatinh.vn", "(Theo TTXVN)": where a story was taken from.
bool is_source_line(std::string_view line) {
    constexpr std::size_t kLongestSource = 80;
    if (line.size() > kLongestSource) return false;
    if (!line.empty() && line.front() == '(') line.remove_prefix(1);
    return line.rfind("Theo ", 0) == 0 || line.rfind("Nguồn:", 0) == 0 || line.rfind("Nguồn ", 0) == 0;
}

// "Nguyễn Sơn (CTV)", "Minh Anh (TTXVN)": a name signed with its agency in brackets.
bool signed_with_agency(std::string_view line) {
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.size() < 4 || line.back() != ')') return false;
    const std::size_t open = line.rfind('(');
    return open != std::string_view::npos && open > 0 && is_all_capitals(line.substr(open + 1, line.size() - open - 2));
}

// "Tấn Thành - Chí Đại": two or more names joined by dashes, none of them a
// province or a district ("Quảng Ngãi - Ba Tơ" is where, not who).
bool names_joined_by_dashes(std::string_view line) {
    std::vector<std::string> parts(1);
    for (std::string_view word : split_words(line)) {
        if (word == "-" || word == "\xE2\x80\x93") {
            parts.emplace_back();
            continue;
        }
        if (!parts.back().empty()) parts.back() += ' ';
        parts.back() += std::string(word);
    }
    if (parts.size() < 2) return false;
    for (const std::string& part : parts) {
        if (part.empty()) return false;
        for (bool post_2025 : {false, true})
            for (const Unit* unit : Gazetteer::shared().find(part, post_2025))
                if (Gazetteer::contract_level(*unit) <= 2) return false;
    }
    return true;
}

struct Byline {
    std::string author;
    std::vector<std::size_t> sentences;  // where it is written
};

// A short line after a share button or a view counter ("Chia sẻ bài viết",
// then a section heading of the site): the page goes on, the article has ended.
bool after_page_furniture(const Document& doc, const std::vector<Paragraph>& paragraphs, std::size_t p) {
    constexpr std::size_t kLongestLeftover = 80;
    if (p == 0 || doc.slice(paragraphs[p].span).size() > kLongestLeftover) return false;
    const std::size_t last_before = paragraphs[p - 1].sentences.back();
    for (std::size_t i = last_before + 1; i < paragraphs[p].sentences.front(); ++i)
        if (doc.sentences[i].furniture) return true;
    return false;
}

// The byline closes the article (its last content line, or a name after the
// last sentence of the last paragraph); some pages print it under the headline
// instead, in capitals or followed by "|".
std::optional<Byline> find_byline(const Document& doc, const std::vector<Paragraph>& paragraphs,
                                  const BylineReader& reader) {
    if (paragraphs.empty()) return std::nullopt;
    // From the end, past a source line or two ("Theo Báo ...", "Nguồn: ...").
    constexpr std::size_t kSourceLines = 2;
    for (std::size_t back = 0; back <= kSourceLines && back < paragraphs.size(); ++back) {
        const Paragraph& p = paragraphs[paragraphs.size() - 1 - back];
        const std::size_t last_sentence = p.sentences.back();
        const std::string_view line = doc.slice(doc.sentences[last_sentence].span);
        if (auto author = reader.read(line)) return Byline{*author, {last_sentence}};
        if (!is_source_line(line) && !after_page_furniture(doc, paragraphs, paragraphs.size() - 1 - back)) break;
    }

    // Under the headline, so never the first line (where section names sit: "KINH TẾ").
    constexpr std::size_t kHeadParagraphs = 4;
    for (std::size_t k = 1; k < paragraphs.size() && k < kHeadParagraphs; ++k) {
        const Paragraph& p = paragraphs[k];
        if (p.sentences.size() != 1) continue;
        const std::string_view line = doc.slice(p.span);
        const bool marked = line.find('|') != std::string_view::npos || is_all_capitals(line) ||
                            signed_with_agency(line) || names_joined_by_dashes(line);
        if (!marked) continue;
        if (auto author = reader.read(line)) return Byline{*author, {p.sentences[0]}};
    }
    return std::nullopt;
}

// --- title --------------------------------------------------------------------------

// A caption ("Toàn cảnh hội nghị", "Đồng chí ... phát biểu") or a URL slug
// ("tp thai nguyen thu ngan sach ...") sits where headlines sit but is neither.
bool caption_or_slug(std::string_view line, const std::set<std::string>& caption_openers) {
    const std::vector<UChar32> cps = code_points(line.substr(0, 4));
    if (!cps.empty() && u_islower(cps[0])) return true;
    const std::string folded = text::lower(line);
    for (const std::string& opener : caption_openers) {
        if (folded.compare(0, opener.size(), opener) != 0) continue;
        if (folded.size() == opener.size() || folded[opener.size()] == ' ' || folded[opener.size()] == ',') return true;
    }
    return false;
}

// The headline: among the short lines before the first body paragraph (one
// that ends like a sentence or runs long), the longest one of three words or
// more; section names above it ("Hoạt động Đảng") are shorter.
std::string find_title(const Document& doc, const std::vector<Paragraph>& paragraphs,
                       const std::set<std::size_t>& byline_sentences, const std::set<std::string>& caption_openers) {
    constexpr std::size_t kLongestHeadline = 300;
    constexpr std::size_t kFewestWords = 3;
    std::string_view best;
    for (const Paragraph& p : paragraphs) {
        const std::string_view line = doc.slice(p.span);
        const bool body = p.sentences.size() > 1 || line.size() > kLongestHeadline || ends_like_a_sentence(line);
        if (body) break;
        if (byline_sentences.count(p.sentences[0])) continue;
        if (split_words(line).size() < kFewestWords || caption_or_slug(line, caption_openers)) continue;
        if (line.size() > best.size()) best = line;
    }
    return std::string(best);
}

// --- the stage ----------------------------------------------------------------------

class DocumentStage : public Stage {
public:
    const char* name() const override { return "document"; }

    void run(Document& doc) const override {
        doc.published_on = date_header(doc.text);
        doc.site = find_site(doc);
        const std::vector<Paragraph> paragraphs = content_paragraphs(doc);
        std::set<std::size_t> byline_sentences;
        if (auto byline = find_byline(doc, paragraphs, bylines_)) {
            doc.author = byline->author;
            byline_sentences.insert(byline->sentences.begin(), byline->sentences.end());
        }
        doc.title = find_title(doc, paragraphs, byline_sentences, caption_openers_);
        // The byline is not content: later stages must not read it as an official.
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            if (doc.author.empty()) break;
            if (byline_sentences.count(i) || bylines_.read(doc.slice(doc.sentences[i].span)) == doc.author)
                doc.sentences[i].furniture = true;
        }
        spdlog::debug("{}: title '{}', published {}, author '{}', site '{}'", doc.source_name, doc.title,
                      doc.published_on ? doc.published_on->iso() : "-", doc.author, doc.site);
    }

private:
    BylineReader bylines_;
    std::set<std::string> caption_openers_ = load_word_list("caption_openers.tsv");
};

}  // namespace

std::unique_ptr<Stage> make_document_stage() { return std::make_unique<DocumentStage>(); }

}  // namespace baocao::extract
