// The document stage: what the page says about itself rather than about the
// meeting. The " date YYYY-MM" header, the headline, the byline (a short
// name line at the end, under the headline, or after the last sentence) and
// the site the text names ("thainguyen.gov.vn", "(Baohatinh.vn) - ...").
// The byline reader is in bylines.cpp.
#include <spdlog/spdlog.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/bylines.h"
#include "extract/page_lines.h"
#include "extract/stages.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

using model::Document;
using model::Sentence;

// --- date header --------------------------------------------------------------------

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// " date 2023-07 ..." (also " date 2025-12-19"): the month the page was published.
std::optional<model::Date> date_header_at(std::string_view text);

// At the top of the text, or on the line right under a headline (a short first line).
std::optional<model::Date> date_header(std::string_view text) {
    constexpr std::size_t kLongestHeadline = 300;  // bytes
    if (auto d = date_header_at(text)) return d;
    const std::size_t newline = text.find('\n');
    if (newline == std::string_view::npos || newline > kLongestHeadline) return std::nullopt;
    return date_header_at(text.substr(newline + 1));
}

std::optional<model::Date> date_header_at(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (text.substr(i, 5) != "date ") return std::nullopt;
    i += 5;
    const std::string_view year = text.substr(i, 4), dash = text.substr(i + 4, 1), month = text.substr(i + 5, 2);
    if (!all_digits(year) || dash != "-" || !all_digits(month)) return std::nullopt;
    model::Date date{std::stoi(std::string(year)), std::stoi(std::string(month)), 0};
    if (date.month < 1 || date.month > 12) return std::nullopt;
    // " date 2022-12-07": the day too, when the header gives it (day 0 when it does not).
    const std::string_view day = text.substr(i + 7, 3);
    if (day.size() == 3 && day[0] == '-' && all_digits(day.substr(1))) {
        const int d = std::stoi(std::string(day.substr(1)));
        if (d >= 1 && d <= 31 && (i + 10 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 10]))))
            date.day = d;
    }
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
        if (auto header = date_header(doc.text)) {
            if (header->day) doc.published_day = *header;
            header->day = 1;  // the month is what the header is trusted for
            doc.published_on = header;
        }
        doc.site = find_site(doc);
        const std::vector<Paragraph> paragraphs = content_paragraphs(doc);
        std::set<std::size_t> byline_sentences;
        if (auto byline = find_byline(doc, paragraphs, bylines_)) {
            doc.author = byline->reading.author;
            byline_sentences.insert(byline->sentences.begin(), byline->sentences.end());
        }
        doc.title = find_title(doc, paragraphs, byline_sentences, caption_openers_);
        // The byline is not content: later stages must not read it as an official.
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            if (doc.author.empty()) break;
            if (byline_sentences.count(i)) {
                doc.sentences[i].furniture = true;
                continue;
            }
            const auto copy = bylines_.read(doc.slice(doc.sentences[i].span));
            if (copy && copy->author == doc.author) doc.sentences[i].furniture = true;
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
