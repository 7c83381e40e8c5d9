// Where the byline sits on the page: the last lines (before furniture and a
// source line), else under the headline; and what makes a name line there no
// signature (the text talks about that person, a list, a signatory's title).
#include <unicode/uchar.h>

#include <algorithm>

#include "extract/bylines.h"
#include "extract/evidence_util.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

using model::Document;

// "Theo ...", "Nguồn: ...", "(Theo TTXVN)": where a story was taken from.
bool is_source_line(std::string_view line) {
    constexpr std::size_t kLongestSource = 80;
    // "hoanglam@gmail.com" under the name: the reporter's address.
    if (line.size() <= kLongestSource && line.find('@') != std::string_view::npos &&
        line.find(' ') == std::string_view::npos)
        return true;
    // "Nguồn Hà Nội TV: https://hanoionline.vn/...": the address after the source's name
    // does not count to its length.
    if (const std::size_t web = line.find("http"); web != std::string_view::npos &&
                                                   line.find(' ', web) == std::string_view::npos)
        line = line.substr(0, web);
    if (line.size() > kLongestSource) return false;
    if (!line.empty() && line.front() == '(') line.remove_prefix(1);
    return starts_with(line, "Theo ") || starts_with(line, "Nguồn:") || starts_with(line, "Nguồn ");
}

// A furniture line (not a photo credit) between paragraph k-1 and paragraph k:
// the page goes on after the article.
bool furniture_before(const Document& doc, const std::vector<Paragraph>& paragraphs, std::size_t k) {
    for (std::size_t i = paragraphs[k - 1].sentences.back() + 1; i < paragraphs[k].sentences.front(); ++i) {
        if (!doc.sentences[i].furniture) continue;
        const std::string folded = text::fold(doc.slice(doc.sentences[i].span));
        if (!starts_with(folded, "ảnh") && !starts_with(folded, "nguồn") && !starts_with(folded, "video")) return true;
    }
    return false;
}

// A furniture line with a figure (the publication time, a view count) between
// paragraph k-1 and paragraph k: the page's details block, where the author sits.
bool dated_before(const Document& doc, const std::vector<Paragraph>& paragraphs, std::size_t k) {
    for (std::size_t i = paragraphs[k - 1].sentences.back() + 1; i < paragraphs[k].sentences.front(); ++i)
        if (doc.sentences[i].furniture &&
            doc.slice(doc.sentences[i].span).find_first_of("0123456789") != std::string_view::npos)
            return true;
    return false;
}

bool has_letters(std::string_view line) {
    const std::vector<UChar32> cps = code_points(line);
    return std::any_of(cps.begin(), cps.end(), [](UChar32 c) { return u_isalpha(c); });
}

bool is_letter_before(std::string_view text, std::size_t at) {
    std::size_t from = at;
    while (from > 0 && at - from < 4) {
        --from;
        if ((static_cast<unsigned char>(text[from]) & 0xC0) != 0x80) break;
    }
    return at > 0 && is_letter_at(text, from);
}

// The word before byte `at` (past spaces and an opening bracket), as written.
std::string_view word_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '(')) --end;
    std::size_t begin = end;
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n' && text[begin - 1] != '(') --begin;
    return text.substr(begin, end - begin);
}

// "Ảnh: Thu Hà", "(ảnh Thu Hà)", "Tin, ảnh: Thu Hà": a credit, not a mention.
bool credited_at(std::string_view folded, std::size_t at) {
    const std::string_view before = word_before(folded, at);
    if (before == "ảnh" || before == "ảnh:") return true;
    if (!ends_with(before, ":")) return false;
    const std::string_view label = folded.substr(at >= 30 ? at - 30 : 0, at - (at >= 30 ? at - 30 : 0));
    const std::string_view label_end = label.substr(label.rfind('\n') == std::string_view::npos ? 0 : label.rfind('\n'));
    for (std::string_view word : {"ảnh", "bài", "tin", "nguồn", "video", "clip", "thực hiện", "đồ họa"})
        if (label_end.find(word) != std::string_view::npos) return true;
    return false;
}

// The article talks about someone of that name ("đồng chí Trần Quốc Bảo, Bí
// thư Huyện ủy", "PV: Xin cảm ơn ông!"): the line is that person's, not a
// signature. Copies of the byline and photo credits do not count.
bool named_in_text(const Document& doc, const std::string& folded_text, const BylineReading& reading,
                   model::Span written_at, const BylineReader& reader) {
    for (const std::string& name : reading.names) {
        if (reader.is_reporter_mark(name)) continue;  // "PV: Xin cảm ơn ông!" is the same reporter
        const std::string key = text::fold(name);
        const bool full_name = reader.is_surname(split_words(name)[0]);
        for (std::size_t at = folded_text.find(key); at != std::string::npos; at = folded_text.find(key, at + 1)) {
            const std::size_t end = at + key.size();
            if (is_letter_before(folded_text, at) || is_letter_at(folded_text, end)) continue;
            if (written_at.begin <= at && at < written_at.end) continue;  // the byline itself
            const auto sentence = std::find_if(doc.sentences.begin(), doc.sentences.end(),
                                               [&](const model::Sentence& s) { return s.span.begin <= at && at < s.span.end; });
            if (sentence == doc.sentences.end() || sentence->furniture) continue;
            if (const auto copy = reader.read(doc.slice(sentence->span)); copy) continue;
            if (credited_at(folded_text, at)) continue;
            // "Minh Tâm" inside "Nguyễn Minh Tâm" is another person's name.
            const std::string_view next = split_words(std::string_view(doc.text).substr(end, 40)).empty()
                                              ? std::string_view()
                                              : split_words(std::string_view(doc.text).substr(end, 40))[0];
            if (!next.empty() && is_name_word(next)) continue;
            const std::string_view before = word_before(doc.text, at);
            if (!full_name && is_name_word(before) && !reader.is_honorific(before)) continue;
            return true;
        }
    }
    return false;
}

// Names one under the other ("Nguyễn Văn Hùng" under "Lê Thị Mai"): a list of
// people; a name under "BÍ THƯ" or "(Đã ký)": the signatory of a document.
bool under_a_list_or_title(const Document& doc, const std::vector<Paragraph>& paragraphs, std::size_t k,
                           const BylineReading& reading, const BylineReader& reader) {
    if (k == 0 || paragraphs[k - 1].sentences.size() != 1) return false;
    const std::string_view above_line = doc.slice(paragraphs[k - 1].span);
    if (reader.is_signature_line(above_line)) return true;
    const auto above = reader.read(above_line);
    return above && above->author != reading.author;
}

// "Thuý Hồng - 14:29, 23/07/2020", "Quỳnh Trang 15:23, 22/12/2022": a line under the
// headline that ends with the time of posting; the line without it, or empty when none.
std::string_view before_posting_time(std::string_view line) {
    std::size_t cut = line.size();
    while (cut > 0 && std::string_view("0123456789:/,.| -h").find(line[cut - 1]) != std::string_view::npos) --cut;
    // An en or em dash before the time ("Thuý Hồng – 14:29, ...").
    for (std::string_view dash : {"\u2013", "\u2014"})
        if (cut >= dash.size() && line.substr(cut - dash.size(), dash.size()) == dash) cut -= dash.size();
    const std::string_view time = line.substr(cut);
    const bool has_day = time.find('/') != std::string_view::npos;
    const bool has_clock = time.find(':') != std::string_view::npos;
    if (!has_day || !has_clock) return {};
    std::string_view rest = line.substr(0, cut);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '-')) rest.remove_suffix(1);
    return rest;
}

}  // namespace

// The byline closes the article: its last content line, a name after the last
// sentence, or the last line before page furniture (share buttons, related
// articles, the site's footer) and a few short lines; past a source line or two
// ("Theo Báo ...", "Nguồn: ..."). Some pages print it under the headline
// instead, marked as a signature.
std::optional<Byline> find_byline(const Document& doc, const std::vector<Paragraph>& paragraphs,
                                  const BylineReader& reader) {
    if (paragraphs.empty()) return std::nullopt;
    std::string scratch;
    const std::string& folded_text = extract::folded_text(doc, scratch);
    const std::size_t n = paragraphs.size();
    constexpr std::size_t kTailParagraphs = 8, kLongestTailLine = 160, kSourceLines = 2;
    const auto from_the_end = [&](std::size_t end) -> std::optional<Byline> {
        // ";", "|", "356" closing the page (a view count's figure, a widget's bars) are no text.
        while (end > 0 && !has_letters(doc.slice(paragraphs[end - 1].span))) --end;
        bool tail_short = true;  // every paragraph from `tail` on is a short line
        for (std::size_t tail = end; tail >= 1 && tail + kTailParagraphs >= end; --tail) {
            if (tail < end) {
                tail_short = tail_short && doc.slice(paragraphs[tail].span).size() <= kLongestTailLine;
                if (!tail_short) return std::nullopt;
                if (!furniture_before(doc, paragraphs, tail)) continue;
            }
            for (std::size_t back = 0; back <= kSourceLines && back < tail; ++back) {
                const std::size_t k = tail - 1 - back;
                // "Ng.Hà" is cut in two by the sentence split; "... cùng ngày. Trần Thu
                // Hương" signs after the last sentence.
                std::vector<std::size_t> sentences = paragraphs[k].sentences;
                std::string_view line = doc.slice(paragraphs[k].span);
                auto reading = reader.read(line, true);
                if (!reading && sentences.size() > 1) {
                    sentences = {sentences.back()};
                    line = doc.slice(doc.sentences[sentences[0]].span);
                    reading = reader.read(line, true);
                }
                // "... cùng ngày. Trần Quốc Bảo.": a name closed by a full stop after a
                // sentence is the end of that sentence's paragraph, not a signature.
                if (reading && line.back() == '.' && line.size() < doc.slice(paragraphs[k].span).size()) return std::nullopt;
                if (reading) {
                    const model::Span written_at{static_cast<std::size_t>(line.data() - doc.text.data()),
                                                 static_cast<std::size_t>(line.data() - doc.text.data()) + line.size()};
                    if (named_in_text(doc, folded_text, *reading, written_at, reader)) return std::nullopt;
                    if (paragraphs[k].sentences.size() == 1 && under_a_list_or_title(doc, paragraphs, k, *reading, reader))
                        return std::nullopt;
                    return Byline{*reading, sentences};
                }
                // "Theo Báo ...", or where the author of the line above works.
                if (!is_source_line(line) && !reader.is_workplace_line(line)) break;
            }
        }
        return std::nullopt;
    };
    // Tags or a related-articles heading end the article: the page's other stories
    // after them, long or short, are no part of its tail.
    const auto article_end = std::find_if(doc.sentences.begin(), doc.sentences.end(),
                                          [](const model::Sentence& s) { return s.ends_article; });
    const std::size_t ended_at = static_cast<std::size_t>(article_end - doc.sentences.begin());
    const std::size_t before_end = static_cast<std::size_t>(
        std::find_if(paragraphs.begin(), paragraphs.end(),
                     [&](const Paragraph& p) { return p.sentences.front() > ended_at; }) -
        paragraphs.begin());
    if (before_end > 0 && before_end < n)
        if (auto byline = from_the_end(before_end)) return byline;
    if (auto byline = from_the_end(n)) return byline;

    // Under the headline, so the first line (where section names sit: "KINH TẾ")
    // only when a label introduces the names. Menus and slogans may stand above the
    // headline: the head runs to the lead, the first long paragraph.
    constexpr std::size_t kHeadParagraphs = 4, kMenuParagraphs = 8;
    for (std::size_t k = 0; k < n && k < kMenuParagraphs; ++k) {
        const Paragraph& p = paragraphs[k];
        if (k >= kHeadParagraphs && doc.slice(p.span).size() > kLongestTailLine) break;
        if (p.sentences.size() != 1) continue;
        // The name with the time it was posted after it: a signature dated on its own line.
        const std::string_view dated_name = before_posting_time(doc.slice(p.span));
        auto reading = reader.read(dated_name.empty() ? doc.slice(p.span) : dated_name);
        const bool dated_line = !dated_name.empty() && reading;
        if (k == 0 && reading && !reading->introduced) continue;
        const bool beside_date = dated_line || (k > 0 && dated_before(doc, paragraphs, k)) ||
                                 (k + 1 < n && dated_before(doc, paragraphs, k + 1));
        if (!reading || !(reading->marked || beside_date) || named_in_text(doc, folded_text, *reading, p.span, reader))
            continue;
        return Byline{*reading, {p.sentences[0]}};
    }
    // "Ngày đăng bài: 29/12/2018 | Tác giả: Thanh Khoa": the page's stamp line (furniture),
    // with the name and its label after a bar.
    constexpr std::size_t kHeadSentences = 8;
    for (std::size_t i = 0; i < doc.sentences.size() && i < kHeadSentences; ++i) {
        if (!doc.sentences[i].furniture) continue;
        const std::string_view line = doc.slice(doc.sentences[i].span);
        const std::size_t bar = line.rfind(" | ");
        if (bar == std::string_view::npos) continue;
        auto reading = reader.read(line.substr(bar + 3));
        if (reading && reading->introduced) return Byline{*reading, {i}};
    }
    return std::nullopt;
}

}  // namespace baocao::extract
