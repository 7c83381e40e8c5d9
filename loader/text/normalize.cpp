// Unicode clean-up with ICU. The text goes through a few passes over code
// points, each code point carrying the raw byte offset it came from, so the
// final UTF-8 keeps an exact-enough map back to the raw article.
#include "text/normalize.h"

#include <openssl/evp.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>
#include <cctype>
#include <cstdint>
#include <utility>
#include <stdexcept>

#include "text/recent_results.h"

namespace baocao::text {

namespace {

// Eight bytes a code point: a text of N bytes costs at most 8N while it is
// normalized (two vectors of units live at a time, see normalize()).
struct Unit {
    UChar32 cp;
    uint32_t raw;  // raw byte offset the code point came from
};

std::vector<Unit> decode(std::string_view raw) {
    if (raw.size() > UINT32_MAX) throw std::length_error("text longer than 4 GiB");
    std::vector<Unit> units;
    units.reserve(raw.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(raw.data());
    const int32_t length = static_cast<int32_t>(raw.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) c = 0xFFFD;  // invalid UTF-8 becomes the replacement character
        units.push_back({c, static_cast<uint32_t>(start)});
    }
    return units;
}

void append_utf8(std::string& out, UChar32 c) {
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, c);
    out.append(buf, static_cast<std::size_t>(n));
}

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer unavailable");
    return *n;
}

const icu::Normalizer2& nfd() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
    return *n;
}

// NFC segment by segment (a segment starts at a code point with a
// normalization boundary before it), so each output code point can be mapped
// to the raw offset of its segment.
std::vector<Unit> to_nfc(const std::vector<Unit>& in) {
    const icu::Normalizer2& norm = nfc();
    std::vector<Unit> out;
    out.reserve(in.size());
    std::size_t i = 0;
    while (i < in.size()) {
        std::size_t j = i + 1;
        while (j < in.size() && !norm.hasBoundaryBefore(in[j].cp)) ++j;
        // A lone code point that NFC keeps (ASCII; NFC_Quick_Check=Yes, so the string of it is
        // normalized) needs no ICU string: most segments are such.
        if (j == i + 1 && (in[i].cp < 0x80 || norm.isInert(in[i].cp) ||
                           u_getIntPropertyValue(in[i].cp, UCHAR_NFC_QUICK_CHECK) == UNORM_YES)) {
            out.push_back(in[i]);
        } else {
            icu::UnicodeString segment;
            for (std::size_t k = i; k < j; ++k) segment.append(in[k].cp);
            UErrorCode status = U_ZERO_ERROR;
            icu::UnicodeString composed = norm.normalize(segment, status);
            if (U_FAILURE(status)) composed = segment;
            if (composed == segment) {
                for (std::size_t k = i; k < j; ++k) out.push_back(in[k]);
            } else {
                for (int32_t k = 0; k < composed.length(); k = composed.moveIndex32(k, 1))
                    out.push_back({composed.char32At(k), in[i].raw});
            }
        }
        i = j;
    }
    return out;
}

bool is_dropped(UChar32 c) {
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// Lookalikes, spaces and full-width forms; 0 means "drop".
UChar32 map_code_point(UChar32 c) {
    if (is_dropped(c)) return 0;
    if (c == 0x00D0) return 0x0110;  // Icelandic Eth written for Đ
    if (c == 0x00F0) return 0x0111;  // eth written for đ
    if (c >= 0xFF10 && c <= 0xFF19) return '0' + (c - 0xFF10);
    if (c == 0xFF05) return '%';
    if (c == '\t') return ' ';
    if (c == 0x2028 || c == 0x2029) return '\n';
    if (c != ' ' && u_charType(c) == U_SPACE_SEPARATOR) return ' ';
    return c;
}

// In place: the text only shrinks.
void map_characters(std::vector<Unit>& units) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        UChar32 c = units[i].cp;
        if (c == '\r') {
            // CRLF -> LF (the LF follows), lone CR -> LF
            if (i + 1 < units.size() && units[i + 1].cp == '\n') continue;
            c = '\n';
        }
        c = map_code_point(c);
        if (c != 0) units[kept++] = {c, units[i].raw};
    }
    units.resize(kept);
}

// Collapses runs of spaces inside a line and trims spaces at line ends; in
// place (the text only shrinks).
void tidy_spaces(std::vector<Unit>& units) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit u = units[i];
        if (u.cp == ' ') {
            if (kept > 0 && units[kept - 1].cp == ' ') continue;
        } else if (u.cp == '\n') {
            while (kept > 0 && units[kept - 1].cp == ' ') --kept;
        }
        units[kept++] = u;
    }
    while (kept > 0 && units[kept - 1].cp == ' ') --kept;
    units.resize(kept);
}

// A text wrapped at a fixed width ("... tổ chức Hội\nnghị tổng kết ...") breaks
// sentences across lines. A break after a long line that ends no sentence,
// before a lower-case letter, is such a wrap in any text; in a text where most
// long lines end that way (hard-wrapped throughout), every break inside a
// paragraph after a line that ends no sentence is one ("Đồng chí Nguyễn Thị
// Minh\nKiều"). Such breaks become spaces.
struct LineBreak {
    std::size_t at;         // index of the '\n'
    std::size_t length;     // code points of the line it ends
    bool ends_sentence;     // the line ends with . ! ? : ; or a closing quote
    bool next_lower;        // the next line starts with a lower-case letter
    bool next_blank;        // the next line is empty (a paragraph break)
    bool soft_end;          // the line ends with ; or , which end no paragraph
    bool next_item;         // the next line starts like an item of a list ("- ", "+ ", "• ")
    bool structural = false;  // around a " date ..." header line: never a wrap
};

// " date 2022-12-07": the crawl's date header line.
bool is_date_header_at(const std::vector<Unit>& units, std::size_t i) {
    while (i < units.size() && units[i].cp == ' ') ++i;
    static constexpr char32_t kWord[] = U"date ";
    for (std::size_t k = 0; k < 5; ++k, ++i)
        if (i >= units.size() || units[i].cp != static_cast<UChar32>(kWord[k])) return false;
    return i < units.size() && units[i].cp >= '0' && units[i].cp <= '9';
}

std::vector<LineBreak> line_breaks(const std::vector<Unit>& units) {
    std::vector<LineBreak> out;
    std::size_t line_start = 0;
    bool line_is_date_header = is_date_header_at(units, 0);
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (units[i].cp != '\n') continue;
        LineBreak b{i, i - line_start, true, false, true, false, false};
        const bool next_is_date_header = is_date_header_at(units, i + 1);
        b.structural = line_is_date_header || next_is_date_header;
        line_is_date_header = next_is_date_header;
        std::size_t end = i;  // spaces left at a line's end say nothing of how it ends
        while (end > line_start && units[end - 1].cp == ' ') --end;
        if (end > line_start) {
            const UChar32 last = units[end - 1].cp;
            b.ends_sentence = std::u32string_view(U".!?:;\"\u201D\u2026)").find(static_cast<char32_t>(last)) !=
                              std::u32string_view::npos;
            b.soft_end = last == ';' || last == ',';
        }
        if (i + 1 < units.size() && units[i + 1].cp != '\n') {
            b.next_blank = false;
            b.next_lower = u_islower(units[i + 1].cp);
            b.next_item = std::u32string_view(U"-+*\u2022\u2013").find(static_cast<char32_t>(units[i + 1].cp)) !=
                          std::u32string_view::npos;
        }
        out.push_back(b);
        line_start = i + 1;
    }
    return out;
}

bool open_break(const LineBreak& b) { return !b.structural && !b.ends_sentence && !b.next_blank && b.length > 0; }

// Run after the lower-case wraps are joined, so that the text it returns
// gives the same answer: normalize() of a normalized text changes nothing.
bool hard_wrapped_throughout(const std::vector<LineBreak>& breaks, std::size_t long_line) {
    constexpr std::size_t kFewestWraps = 4;
    std::size_t long_lines = 0, open_long_lines = 0;
    for (const auto& b : breaks) {
        if (b.length < long_line) continue;
        ++long_lines;
        if (open_break(b)) ++open_long_lines;
    }
    return open_long_lines >= kFewestWraps && open_long_lines * 2 >= long_lines;
}

std::vector<Unit> join_wrapped_lines(std::vector<Unit> units) {
    constexpr std::size_t kLongLine = 40;  // code points; a byline or headline is shorter
    std::size_t joined_line = 0;           // code points of the line as joined so far
    for (const auto& b : line_breaks(units)) {
        joined_line += b.length;
        // "... tăng trên 18%;\nngành dịch vụ ...": ';' and ',' end no paragraph either.
        if ((open_break(b) || (b.soft_end && !b.next_blank && !b.structural)) && joined_line >= kLongLine && b.next_lower) {
            units[b.at].cp = ' ';
            joined_line += 1;
        } else {
            joined_line = 0;
        }
    }
    // In a text wrapped throughout, a line that ends in ';' or ',' goes on in the
    // next one too ("... tăng trên 18%;\nngành dịch vụ ..."), unless a list item starts there.
    const auto breaks = line_breaks(units);
    if (hard_wrapped_throughout(breaks, kLongLine))
        for (const auto& b : breaks)
            if (open_break(b) || (b.soft_end && !b.next_blank && !b.next_item && !b.structural)) units[b.at].cp = ' ';
    return units;
}

// A crawl that lost a line break glues a page's date stamp to the text after
// it ("14/12/2021Ngày 13/12, ..."): a digit followed by a capitalised word
// starts a new line there. ("5G", "100MW": no lower-case letter follows.)
std::vector<Unit> split_glued_lines(const std::vector<Unit>& in) {
    std::vector<Unit> out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (i > 0 && in[i - 1].cp >= '0' && in[i - 1].cp <= '9' && u_isupper(in[i].cp) && i + 1 < in.size() &&
            u_islower(in[i + 1].cp))
            out.push_back({'\n', in[i].raw});
        out.push_back(in[i]);
    }
    return out;
}

// --- tone placement -------------------------------------------------------

bool is_tone_mark(UChar32 c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

// Splits a precomposed vowel into its base letter and its single tone mark;
// false when the letter carries anything else (circumflex, breve, horn...).
bool split_tone(UChar32 c, UChar32& base, UChar32& tone) {
    icu::UnicodeString decomposition;
    if (!nfd().getDecomposition(c, decomposition)) return false;
    if (decomposition.countChar32() != 2) return false;
    base = decomposition.char32At(0);
    tone = decomposition.char32At(decomposition.moveIndex32(0, 1));
    return base < 0x80 && is_tone_mark(tone);
}

UChar32 compose(UChar32 base, UChar32 tone) {
    UChar32 composed = nfc().composePair(base, tone);
    return composed < 0 ? base : composed;
}

// The old style puts the tone on the second vowel of "oa", "oe", "uy" in an
// open syllable ("hoà", "thuỷ"); the new style on the first ("hòa", "thủy").
// Only the syllable nucleus at a word end moves: "hoàn", "huỳnh", "khuyến" and
// "quý" (where u belongs to "qu") are the same in both styles. Which pairs
// move depends on their UTF-8 length: "uỳ", "uỹ", "oẽ" are a byte longer than
// "ùy", "ũy", "õe"; fold() must keep lengths and leaves them, so normalize()
// settles exactly those in the text itself.
enum class TonePairs { all, same_length, length_changing };

// u_tolower without the ICU call for ASCII, where it is the plain A-Z mapping.
UChar32 to_lower(UChar32 c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    return u_tolower(c);
}

// True when some pair moved.
bool move_tones(std::vector<UChar32>& cps, TonePairs which) {
    bool moved_any = false;
    for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
        const UChar32 first = cps[i];
        const UChar32 first_lower = to_lower(first);
        if (first_lower != 'o' && first_lower != 'u') continue;
        // No letter below U+00C0 has a canonical decomposition: split_tone would say no.
        if (cps[i + 1] < 0xC0) continue;
        UChar32 base, tone;
        if (!split_tone(cps[i + 1], base, tone)) continue;
        const UChar32 base_lower = u_tolower(base);
        const bool pair_ok = (first_lower == 'u' && base_lower == 'y') ||
                             (first_lower == 'o' && (base_lower == 'a' || base_lower == 'e'));
        if (!pair_ok) continue;
        if (i + 2 < cps.size() && (u_isalpha(cps[i + 2]) || u_getCombiningClass(cps[i + 2]) != 0)) continue;
        if (first_lower == 'u' && i > 0 && u_tolower(cps[i - 1]) == 'q') continue;
        const UChar32 moved = compose(first, tone);
        const bool same_length = U8_LENGTH(moved) + U8_LENGTH(base) == U8_LENGTH(cps[i]) + U8_LENGTH(cps[i + 1]);
        if ((which == TonePairs::same_length && !same_length) || (which == TonePairs::length_changing && same_length))
            continue;
        cps[i] = moved;
        cps[i + 1] = base;
        moved_any = true;
    }
    return moved_any;
}

// "Thuỳ" -> "Thùy" in the stored text, so that fold() of the text and of a
// lexicon entry agree for every pair (see move_tones).
void settle_length_changing_tones(std::vector<Unit>& units) {
    std::vector<UChar32> cps;
    cps.reserve(units.size());
    for (const Unit& u : units) cps.push_back(u.cp);
    move_tones(cps, TonePairs::length_changing);
    for (std::size_t i = 0; i < units.size(); ++i) units[i].cp = cps[i];
}

std::vector<UChar32> code_points(std::string_view s) {
    std::vector<UChar32> cps;
    for (const Unit& u : decode(s)) cps.push_back(u.cp);
    return cps;
}

std::string encode(const std::vector<UChar32>& cps) {
    std::string out;
    out.reserve(cps.size());
    for (UChar32 c : cps) append_utf8(out, c);
    return out;
}

int utf8_length(UChar32 c) { return U8_LENGTH(c); }

std::string nfc_string(std::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    icu::UnicodeString n = nfc().normalize(u, status);
    std::string out;
    (U_FAILURE(status) ? u : n).toUTF8String(out);
    return out;
}

}  // namespace

Normalized normalize(std::string_view raw) {
    // Characters are mapped and dropped before NFC, so a mark split from its letter
    // by a soft hyphen or zero-width space still composes.
    // One step per statement, so each step's input is freed before the next
    // (nested calls would keep every intermediate vector to the end).
    std::vector<Unit> units = decode(raw);
    map_characters(units);
    units = to_nfc(units);
    tidy_spaces(units);
    units = split_glued_lines(units);
    units = join_wrapped_lines(std::move(units));
    tidy_spaces(units);
    settle_length_changing_tones(units);
    Normalized result;
    result.text.reserve(raw.size());
    result.to_raw.reserve(raw.size() + 1);
    for (const Unit& u : units) {
        const std::size_t before = result.text.size();
        append_utf8(result.text, u.cp);
        for (std::size_t k = before; k < result.text.size(); ++k) result.to_raw.push_back(u.raw);
    }
    result.to_raw.push_back(raw.size());
    return result;
}

namespace {

// The reference folding, kept for texts with invalid UTF-8 (whose U+FFFD may change lengths).
std::string fold_invalid_utf8(std::string_view s) {
    std::vector<UChar32> cps = code_points(s);
    for (UChar32& c : cps) {
        if (c == 0x00D0 || c == 0x00F0 || c == 0x0110) {  // Đ and its lookalikes, all two bytes
            c = 0x0111;
            continue;
        }
        const UChar32 lowered = u_tolower(c);
        if (utf8_length(lowered) == utf8_length(c)) c = lowered;
    }
    move_tones(cps, TonePairs::same_length);
    std::string out = encode(cps);
    // Invalid input bytes became U+FFFD: fall back to the input to keep the length.
    return out.size() == s.size() ? out : std::string(s);
}

// The same folding as fold_invalid_utf8 for valid UTF-8, written in place over a copy of s:
// every code point keeps its byte length, so no intermediate vectors of units are built
// and the code points are encoded again only when a tone moved.
std::string fold_uncached(std::string_view s) {
    std::string out(s);
    // A thread keeps the buffer of sentence-sized texts; a whole text's is freed after it.
    constexpr std::size_t kKeptBuffer = 64 * 1024;  // bytes of text
    thread_local std::vector<UChar32> kept;
    std::vector<UChar32> own;
    std::vector<UChar32>& cps = s.size() <= kKeptBuffer ? kept : own;
    cps.clear();
    auto* bytes = reinterpret_cast<uint8_t*>(out.data());
    const int32_t length = static_cast<int32_t>(out.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return fold_invalid_utf8(s);
        if (c == 0x00D0 || c == 0x00F0 || c == 0x0110) {  // Đ and its lookalikes, all two bytes
            c = 0x0111;
        } else {
            const UChar32 lowered = to_lower(c);
            if (utf8_length(lowered) == utf8_length(c)) c = lowered;
        }
        cps.push_back(c);
        int32_t at = start;
        U8_APPEND_UNSAFE(bytes, at, c);
    }
    if (move_tones(cps, TonePairs::same_length)) {
        int32_t at = 0;
        for (UChar32 c : cps) U8_APPEND_UNSAFE(bytes, at, c);
    }
    return out;
}

}  // namespace

// The readers of a sentence (figures, targets, their years, lists) each fold it: the last few
// sentence-sized foldings are kept per thread and compared byte for byte before reuse.
std::string fold(std::string_view s) {
    constexpr std::size_t kCachedUpTo = 8192;  // bytes: sentences, not whole texts
    if (s.size() > kCachedUpTo) return fold_uncached(s);
    thread_local RecentResults<int, std::string, 8> cache;
    return cache.get(s, 0, [&] { return fold_uncached(s); });
}

std::string canonical_tones(std::string_view s) {
    std::vector<UChar32> cps = code_points(nfc_string(s));
    move_tones(cps, TonePairs::all);
    return encode(cps);
}

namespace {

std::string lower_uncached(std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toLower(icu::Locale("vi"));
    std::string lowered;
    u.toUTF8String(lowered);
    return canonical_tones(lowered);
}

}  // namespace

// The officials' tokenizer lowers every word of every sentence, and a report's vocabulary is
// small: words are kept per thread (the table is emptied when it grows past a bound).
std::string lower(std::string_view s) {
    // ASCII lowers to ASCII, with no tone to move, and needs neither ICU nor the table.
    if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        return out;
    }
    constexpr std::size_t kWordBytes = 32;
    constexpr std::size_t kMostWords = 50000;  // a few MiB per thread at most
    if (s.size() > kWordBytes) return lower_uncached(s);
    thread_local std::unordered_map<std::string, std::string> words;
    const std::string key(s);
    if (const auto it = words.find(key); it != words.end()) return it->second;
    if (words.size() >= kMostWords) words.clear();
    return words.emplace(key, lower_uncached(s)).first->second;
}

std::string url_words(std::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD: ") + u_errorName(status));
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    const icu::UnicodeString decomposed = nfd->normalize(u, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD: ") + u_errorName(status));
    std::string out;
    bool gap = false;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        UChar32 c = decomposed.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;  // tone and vowel marks
        if (c == 0x0110 || c == 0x0111) c = 'd';              // Đ đ have no decomposition
        if (c < 0x80 && std::isalnum(static_cast<unsigned char>(c))) {
            if (gap && !out.empty()) out += '-';
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

std::size_t char_offset(std::string_view s, std::size_t byte_offset) {
    if (byte_offset > s.size()) byte_offset = s.size();
    std::size_t count = 0;
    for (std::size_t i = 0; i < byte_offset; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
    return count;
}

CharOffsets::CharOffsets(std::string_view s) : s_(s) {
    before_.reserve(s.size() / kStride + 1);
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i % kStride == 0) before_.push_back(count);
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
    }
    if (s.size() % kStride == 0) before_.push_back(count);  // the end itself
}

std::size_t CharOffsets::operator()(std::size_t byte_offset) const {
    if (byte_offset > s_.size()) byte_offset = s_.size();
    const std::size_t block = byte_offset / kStride;
    std::size_t count = before_[block];
    for (std::size_t i = block * kStride; i < byte_offset; ++i)
        if ((static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80) ++count;
    return count;
}

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr))
        throw std::runtime_error("SHA-256 failed");
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 0x0F]);
    }
    return out;
}

}  // namespace baocao::text
