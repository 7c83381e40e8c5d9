// From the bytes of a file to the UTF-8 text of an article, or a reason why
// the file holds none. Runs before normalize(): every later layer may take
// its input for well-formed UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::text {

// Why a file is not read as an article; stable codes, stored with the reject.
enum class RejectReason {
    none,
    empty,        // no bytes, or only white space
    too_large,    // more bytes than the limit (--max-bytes)
    binary,       // NUL bytes or control characters: not a text file
    not_utf8,     // neither UTF-8 (with a few bad bytes at most) nor a recognised encoding
    html_no_text, // an HTML page whose text is too short to be an article
    unknown_encoding,  // UTF-8 whose words are Latin-1 mojibake that no font table reads as Vietnamese
};
const char* reason_code(RejectReason reason);  // "empty", "too_large", ...

struct Decoded {
    RejectReason reject = RejectReason::none;
    std::string message;   // for the log and the rejects table; "" when read as is
    std::string text;      // UTF-8, when not rejected
    std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1258", "UTF-8, HTML", "UTF-8, TCVN3 font"
    std::size_t replaced = 0;  // bad UTF-8 sequences replaced by U+FFFD
    bool ok() const { return reject == RejectReason::none; }
};

// The limit `load` and `extract` apply unless told otherwise (--max-bytes).
constexpr std::size_t kDefaultMaxBytes = 20 * 1024 * 1024;

// Reads raw as an article: UTF-8 with or without BOM; UTF-16/32 by their BOM;
// UTF-8 with a few invalid sequences (replaced, and counted); a legacy
// Vietnamese code page (windows-1258) when the bytes are not UTF-8 and read
// as Vietnamese in it; an HTML page by its text (libxml2's HTML parser, not
// patterns); a text in the TCVN3 or VNI font encodings, as UTF-8 mojibake or
// as their bytes, through their tables (text/legacy_fonts.h) when recognised.
// Everything else is rejected with its reason.
Decoded decode_article(std::string_view raw, std::size_t max_bytes = kDefaultMaxBytes);

// HTML tags in a text ('<' then a letter, '/' or '!'), counted up to `at_most`. As many as
// kPageSourceTags make a text a web page's source, read by its text (decode_article).
constexpr std::size_t kPageSourceTags = 20;
std::size_t count_markup_tags(std::string_view s, std::size_t at_most);

// The reject of a file of `size` bytes over the limit, as decode_article gives
// it; for callers that know the size before reading the file.
Decoded too_large(std::uintmax_t size, std::size_t max_bytes);

}  // namespace baocao::text
