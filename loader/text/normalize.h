// Unicode clean-up of raw article text (ICU): NFC, lookalike letters, every
// kind of space, full-width digits. Keeps a map back to the raw bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace baocao::text {

struct Normalized {
    std::string text;                 // NFC UTF-8, what the document stores
    std::vector<std::size_t> to_raw;  // to_raw[i] = raw byte offset of text byte i (size = text.size()+1)
};

// NFC; U+00D0/U+00F0 -> Đ/đ; NBSP, U+202F, other spaces -> ' '; zero-width,
// BOM and soft hyphen dropped; full-width digits and '％' -> ASCII; CRLF -> LF;
// runs of spaces inside a line collapsed; trailing spaces trimmed.
Normalized normalize(std::string_view raw);

// Matching key with the SAME byte length as its input, so an offset found in
// fold(s) is an offset in s: lower-case (per code point, only where the byte
// length is kept) and old-style tone placement rewritten to the new style
// ("uỷ" -> "ủy", "oà" -> "òa", "Thuỷ" -> "thủy"). The three pairs whose new
// form is a byte shorter ("uỳ", "uỹ", "oẽ") cannot move here; normalize()
// rewrites them in the text instead ("Thuỳ" -> "Thùy").
std::string fold(std::string_view s);

// Canonical display form of a name or title: NFC and new-style tone placement,
// case kept ("Uỷ ban" -> "Ủy ban", "Thuỷ" -> "Thủy").
std::string canonical_tones(std::string_view s);

// Lower-case plus canonical tones, for keys that need not keep lengths.
std::string lower(std::string_view s);

// The words of s the way news sites write them in web addresses: lower-case
// ASCII without tone or vowel marks, đ -> d, words joined by '-', everything
// else dropped ("Quỳnh Lưu" -> "quynh-luu", "Bà Rịa - Vũng Tàu" -> "ba-ria-vung-tau").
std::string url_words(std::string_view s);

// Number of Unicode code points in s[0, byte_offset): converts a byte offset to
// the character offset PostgreSQL's substr() understands.
std::size_t char_offset(std::string_view s, std::size_t byte_offset);

// char_offset for many offsets into one text: a count is kept every kStride
// bytes, so each call scans at most kStride bytes. A document's thousands of
// evidence spans then cost their number, not their number times its length.
// The text must outlive this object and stay unchanged.
class CharOffsets {
public:
    explicit CharOffsets(std::string_view s);
    std::size_t operator()(std::size_t byte_offset) const;

private:
    static constexpr std::size_t kStride = 256;
    std::string_view s_;
    std::vector<std::size_t> before_;  // before_[k]: code points in s[0, k * kStride)
};

std::string sha256_hex(std::string_view bytes);

}  // namespace baocao::text
