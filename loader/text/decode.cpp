// Bytes to article text: byte-order marks, UTF-8 validity, a legacy code
// page, HTML pages, and the files that hold no article at all.
#include "text/decode.h"

#include "text/legacy_fonts.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace baocao::text {

const char* reason_code(RejectReason reason) {
    switch (reason) {
        case RejectReason::none: return "none";
        case RejectReason::empty: return "empty";
        case RejectReason::too_large: return "too_large";
        case RejectReason::binary: return "binary";
        case RejectReason::not_utf8: return "not_utf8";
        case RejectReason::html_no_text: return "html_no_text";
        case RejectReason::unknown_encoding: return "unknown_encoding";
    }
    return "unknown";
}

namespace {

Decoded rejected(RejectReason reason, std::string message) {
    Decoded d;
    d.reject = reason;
    d.message = std::move(message);
    return d;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The bytes in another Unicode encoding or code page, through ICU's converters.
// Unmappable bytes become U+FFFD; *substituted counts them.
std::string convert_to_utf8(std::string_view bytes, const char* codepage, std::size_t* substituted = nullptr) {
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
    if (substituted) *substituted = static_cast<std::size_t>(std::count(u.getBuffer(), u.getBuffer() + u.length(), u'\uFFFD'));
    std::string out;
    u.toUTF8String(out);
    return out;
}

struct Bom {
    std::string_view bytes;
    const char* encoding;
};

// Longest first: the UTF-32LE mark begins with the UTF-16LE one.
constexpr Bom kBoms[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
};

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

// Control characters other than tab, line feed, form feed and carriage return.
std::size_t control_bytes(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](unsigned char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }));
}

// UTF-8 with every invalid sequence replaced by U+FFFD; returns their number.
std::size_t repair_utf8(std::string_view in, std::string& out) {
    out.clear();
    out.reserve(in.size());
    std::size_t bad = 0;
    int32_t i = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(in.data());
    const auto n = static_cast<int32_t>(in.size());
    while (i < n) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) {
            ++bad;
            out += "\xEF\xBF\xBD";
        } else {
            out.append(in.data() + start, static_cast<std::size_t>(i - start));
        }
    }
    return bad;
}

// Share of letters that only Vietnamese writes (đ, ư, ơ, ă, â, ê, ô and the
// toned vowels): high in a Vietnamese text, nil in mojibake of another code page.
double vietnamese_letter_share(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return 0.0;
    const icu::UnicodeString u = nfc->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    if (U_FAILURE(status)) return 0.0;
    std::size_t letters = 0, vietnamese = 0, plain = 0, spaces = 0;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        const UChar32 c = u.char32At(i);
        if (c == ' ') ++spaces;
        if (!u_isalpha(c)) continue;
        ++letters;
        if (c < 0x80) ++plain;
        else if ((c >= 0x00C0 && c <= 0x01B0) || (c >= 0x1EA0 && c <= 0x1EF9)) ++vietnamese;
    }
    // Words of a few letters, most of them plain Latin: the shape of Vietnamese,
    // not of random bytes that happen to map to letters.
    const auto length = static_cast<std::size_t>(u.countChar32());
    if (!letters || plain * 2 < letters || spaces * 10 < length) return 0.0;
    return static_cast<double>(vietnamese) / static_cast<double>(letters);
}

// ---------------------------------------------------------------- HTML ----

bool looks_like_html(std::string_view s) {
    std::string head;
    for (char c : s.substr(0, 1024)) head += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || head[first] != '<') return false;
    return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
           head.find("<body") != std::string::npos || head.find("<head") != std::string::npos;
}

// A text that carries a page's markup in it ("<p>Tại kỳ họp, ...</p>", "<figure
// class=...>"): a crawl that kept part of the HTML, to read by its text.
bool carries_markup(std::string_view s) { return count_markup_tags(s, kPageSourceTags) >= kPageSourceTags; }

bool named(const xmlNode* node, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(n)) == 0) return true;
    return false;
}

// The page's words, one line per block (paragraph, heading, list item, cell),
// without scripts, styles or the head (but for the title, which goes first).
void collect_text(const xmlNode* node, std::string& out) {
    for (const xmlNode* n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) out += reinterpret_cast<const char*>(n->content);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE) continue;
        if (named(n, {"script", "style", "noscript", "template", "head", "svg", "iframe"})) continue;
        const bool block = named(n, {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                                     "section", "article", "header", "footer", "blockquote", "figcaption", "pre",
                                     "table", "ul", "ol", "dd", "dt", "title"});
        if (block) out += '\n';
        collect_text(n->children, out);
        if (block) out += '\n';
    }
}

const xmlNode* find_element(const xmlNode* node, const char* name) {
    for (const xmlNode* n = node; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && named(n, {name})) return n;
        if (const xmlNode* found = find_element(n->children, name)) return found;
    }
    return nullptr;
}

// Lines trimmed, runs of spaces made one, empty lines dropped but for one
// between blocks.
std::string tidy_lines(const std::string& in) {
    std::string out;
    std::string line;
    auto flush = [&] {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        if (!line.empty()) out += line + "\n\n";
        line.clear();
    };
    for (char c : in) {
        if (c == '\n') { flush(); continue; }
        const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\f';
        if (space && (line.empty() || line.back() == ' ')) continue;
        line += space ? ' ' : c;
    }
    flush();
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

constexpr std::size_t kShortestArticle = 200;  // bytes of text an HTML page must hold

Decoded text_of_html(const std::string& utf8) {
    using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;
    Doc doc(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
            &xmlFreeDoc);
    if (!doc) return rejected(RejectReason::html_no_text, "an HTML page the parser could not read");
    std::string raw_text;
    if (const xmlNode* title = find_element(xmlDocGetRootElement(doc.get()), "title")) collect_text(title->children, raw_text);
    raw_text += '\n';
    if (const xmlNode* body = find_element(xmlDocGetRootElement(doc.get()), "body")) collect_text(body->children, raw_text);
    std::string text = tidy_lines(raw_text);
    if (text.size() < kShortestArticle)
        return rejected(RejectReason::html_no_text,
                        "an HTML page with only " + std::to_string(text.size()) + " bytes of text: no article in it");
    Decoded d;
    d.text = std::move(text);
    d.encoding = "HTML";
    return d;
}

// A UTF-8 text that is the mojibake of a legacy font encoding: converted when
// a table reads it as Vietnamese, rejected when none does.
Decoded read_fonts_in_unicode(Decoded d) {
    const LegacyReading font = read_legacy_font(d.text);
    if (font.looks_legacy)
        return rejected(RejectReason::unknown_encoding,
                        "Latin-1 letters and signs that spell no Vietnamese, as they are or through a font table (" +
                            font.summary + "): another legacy encoding, or not Vietnamese");
    if (!font.recognised) return d;
    d.text = font.text;
    d.encoding += std::string(", ") + font_name(font.font) + " font";
    const std::string note = std::string("read through the ") + font_name(font.font) + " font table (" + font.summary + ")";
    d.message = d.message.empty() ? note : d.message + "; " + note;
    return d;
}

}  // namespace

Decoded too_large(std::uintmax_t size, std::size_t max_bytes) {
    return rejected(RejectReason::too_large,
                    std::to_string(size) + " bytes, more than the limit of " + std::to_string(max_bytes) + " (--max-bytes)");
}

Decoded decode_article(std::string_view raw, std::size_t max_bytes) {
    if (raw.size() > max_bytes) return too_large(raw.size(), max_bytes);
    Decoded d;
    d.encoding = "UTF-8";
    std::string utf8;
    bool converted = false;
    bool fonts_read = false;  // the legacy font tables were tried on the bytes already
    for (const Bom& bom : kBoms) {
        if (!starts_with(raw, bom.bytes)) continue;
        const std::string_view rest = raw.substr(bom.bytes.size());
        if (std::string_view(bom.encoding) == "UTF-8") {
            raw = rest;
            d.encoding = "UTF-8 (BOM)";
        } else {
            std::size_t bad = 0;
            utf8 = convert_to_utf8(rest, bom.encoding, &bad);
            d.encoding = bom.encoding;
            d.replaced = bad;
            converted = true;
        }
        break;
    }
    if (!converted) {
        if (raw.empty() || is_blank(raw)) return rejected(RejectReason::empty, raw.empty() ? "an empty file" : "only white space");
        if (raw.find('\0') != std::string_view::npos)
            return rejected(RejectReason::binary, "NUL bytes: a binary file (or UTF-16 without its byte-order mark)");
        if (control_bytes(raw) * 100 > raw.size())
            return rejected(RejectReason::binary, "control characters in more than 1% of the bytes: not a text file");
        const std::size_t bad = repair_utf8(raw, utf8);
        const std::size_t few = std::max<std::size_t>(3, raw.size() / 1000);
        if (bad > few) {
            // Not UTF-8: the bytes of a legacy font encoding (read as windows-1252, as
            // the programs that saved them did), or the Vietnamese Windows code page.
            const LegacyReading font = read_legacy_font(convert_to_utf8(raw, "windows-1252"));
            std::size_t unmapped = 0;
            std::string legacy = font.recognised ? std::string() : convert_to_utf8(raw, "windows-1258", &unmapped);
            if (font.recognised) {
                utf8 = font.text;
                d.encoding = std::string(font_name(font.font)) + " font";
                d.message = "read through the " + d.encoding + " table (" + font.summary + ")";
                fonts_read = true;
            } else if (unmapped == 0 && vietnamese_letter_share(legacy) >= 0.15) {
                // The code page writes tones as combining marks: composed here, as UTF-8 texts are.
                UErrorCode status = U_ZERO_ERROR;
                icu::UnicodeString composed =
                    icu::Normalizer2::getNFCInstance(status)->normalize(icu::UnicodeString::fromUTF8(legacy), status);
                utf8.clear();
                composed.toUTF8String(utf8);
                d.encoding = "windows-1258";
            } else {
                return rejected(RejectReason::not_utf8, std::to_string(bad) +
                                                            " invalid UTF-8 sequences, and not Vietnamese in windows-1258, "
                                                            "TCVN3 or VNI either");
            }
        } else if (bad > 0) {
            d.replaced = bad;
        }
    }
    if (is_blank(utf8)) return rejected(RejectReason::empty, "only white space");
    if (converted && utf8.find('\0') != std::string::npos)
        return rejected(RejectReason::binary, std::string("NUL characters after decoding ") + d.encoding);
    if (d.replaced)
        d.message = std::to_string(d.replaced) + " invalid byte sequence" + (d.replaced == 1 ? "" : "s") +
                    " replaced by U+FFFD";
    if (looks_like_html(utf8) || carries_markup(utf8)) {
        Decoded page = text_of_html(utf8);
        if (!page.ok()) return page;
        page.encoding = d.encoding + ", HTML";
        page.replaced = d.replaced;
        page.message = d.message.empty() ? "the text of an HTML page" : d.message + "; the text of an HTML page";
        d = std::move(page);
    } else {
        d.text = std::move(utf8);
    }
    return fonts_read ? d : read_fonts_in_unicode(std::move(d));
}

std::size_t count_markup_tags(std::string_view s, std::size_t at_most) {
    std::size_t tags = 0;
    for (std::size_t p = s.find('<'); p != std::string_view::npos && tags < at_most; p = s.find('<', p + 1))
        if (p + 1 < s.size() && (std::isalpha(static_cast<unsigned char>(s[p + 1])) || s[p + 1] == '/' || s[p + 1] == '!'))
            ++tags;
    return tags;
}

}  // namespace baocao::text
