// Composed Vietnamese put into the legacy font encodings by the tests' own
// charts (TCVN 5712:1993 VN3 and VNI Windows), independent of data/.
#pragma once

#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <map>
#include <string>

namespace baocao::testing::fonts {

inline std::u32string code_points(const std::string& utf8) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::u32string out;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out += static_cast<char32_t>(u.char32At(i));
    return out;
}

inline std::string utf8_of(char32_t c) {
    icu::UnicodeString u;
    u.append(static_cast<UChar32>(c));
    std::string out;
    u.toUTF8String(out);
    return out;
}

// Bytes as a program reading them in windows-1252 shows them, in UTF-8:
// the mojibake a crawler stores (every byte used here is ASCII or >= A0).
inline std::string as_latin1_text(const std::string& bytes) {
    std::string out;
    for (unsigned char b : bytes) out += utf8_of(b);
    return out;
}

// TCVN 5712:1993 VN3, from its chart: the small letters with marks, and the
// capitals it has (Ă Â Ê Ô Ơ Ư Đ). A capital with a tone is typed with the
// small letter's code in an 'H' font: headings here are all capitals.
inline const std::map<std::string, unsigned char>& tcvn3_chart() {
    static const std::map<std::string, unsigned char> chart = {
        {"Ă", 0xA1}, {"Â", 0xA2}, {"Ê", 0xA3}, {"Ô", 0xA4}, {"Ơ", 0xA5}, {"Ư", 0xA6}, {"Đ", 0xA7},
        {"ă", 0xA8}, {"â", 0xA9}, {"ê", 0xAA}, {"ô", 0xAB}, {"ơ", 0xAC}, {"ư", 0xAD}, {"đ", 0xAE},
        {"à", 0xB5}, {"ả", 0xB6}, {"ã", 0xB7}, {"á", 0xB8}, {"ạ", 0xB9},
        {"ằ", 0xBB}, {"ẳ", 0xBC}, {"ẵ", 0xBD}, {"ắ", 0xBE}, {"ặ", 0xC6},
        {"ầ", 0xC7}, {"ẩ", 0xC8}, {"ẫ", 0xC9}, {"ấ", 0xCA}, {"ậ", 0xCB},
        {"è", 0xCC}, {"ẻ", 0xCE}, {"ẽ", 0xCF}, {"é", 0xD0}, {"ẹ", 0xD1},
        {"ề", 0xD2}, {"ể", 0xD3}, {"ễ", 0xD4}, {"ế", 0xD5}, {"ệ", 0xD6},
        {"ì", 0xD7}, {"ỉ", 0xD8}, {"ĩ", 0xDC}, {"í", 0xDD}, {"ị", 0xDE},
        {"ò", 0xDF}, {"ỏ", 0xE1}, {"õ", 0xE2}, {"ó", 0xE3}, {"ọ", 0xE4},
        {"ồ", 0xE5}, {"ổ", 0xE6}, {"ỗ", 0xE7}, {"ố", 0xE8}, {"ộ", 0xE9},
        {"ờ", 0xEA}, {"ở", 0xEB}, {"ỡ", 0xEC}, {"ớ", 0xED}, {"ợ", 0xEE},
        {"ù", 0xEF}, {"ủ", 0xF1}, {"ũ", 0xF2}, {"ú", 0xF3}, {"ụ", 0xF4},
        {"ừ", 0xF5}, {"ử", 0xF6}, {"ữ", 0xF7}, {"ứ", 0xF8}, {"ự", 0xF9},
        {"ỳ", 0xFA}, {"ỷ", 0xFB}, {"ỹ", 0xFC}, {"ý", 0xFD}, {"ỵ", 0xFE},
    };
    return chart;
}

inline std::string to_tcvn3(const std::string& utf8) {
    std::string out;
    for (char32_t c : code_points(utf8)) {
        if (c < 0x80) { out += static_cast<char>(c); continue; }
        std::string letter = utf8_of(c);
        auto found = tcvn3_chart().find(letter);
        if (found == tcvn3_chart().end()) {  // a capital with a tone: its small code, in an H font
            icu::UnicodeString u = icu::UnicodeString::fromUTF8(letter);
            letter.clear();
            u.toLower().toUTF8String(letter);
            found = tcvn3_chart().find(letter);
        }
        REQUIRE(found != tcvn3_chart().end());
        out += static_cast<char>(found->second);
    }
    return out;
}

// VNI Windows, from its rules: the base letter, then one byte for its marks
// (circumflex, breve, horn, tone, or the two together); i, ỵ, ơ, ư and đ have
// bytes of their own. A capital's mark bytes are the small ones less 0x20.
inline std::string vni_letter(char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u;
    u.append(static_cast<UChar32>(c));
    const bool capital = u_isupper(static_cast<UChar32>(c));
    const icu::UnicodeString parts = icu::Normalizer2::getNFDInstance(status)->normalize(u.toLower(), status);
    char base = static_cast<char>(parts.char32At(0));
    UChar32 shape = 0, tone = 0;
    for (int32_t i = 1; i < parts.length(); ++i) {
        const UChar32 m = parts.char32At(i);
        (m == 0x0302 || m == 0x0306 || m == 0x031B ? shape : tone) = m;
    }
    const std::map<UChar32, int> tone_byte = {{0x0301, 0xF9}, {0x0300, 0xF8}, {0x0309, 0xFB}, {0x0303, 0xF5}, {0x0323, 0xEF}};
    const std::map<UChar32, int> circumflex = {{0, 0xE2}, {0x0301, 0xE1}, {0x0300, 0xE0}, {0x0309, 0xE5}, {0x0303, 0xE3}, {0x0323, 0xE4}};
    const std::map<UChar32, int> breve = {{0, 0xEA}, {0x0301, 0xE9}, {0x0300, 0xE8}, {0x0309, 0xFA}, {0x0303, 0xFC}, {0x0323, 0xEB}};
    const std::map<UChar32, int> toned_i = {{0x0301, 0xED}, {0x0300, 0xEC}, {0x0309, 0xE6}, {0x0303, 0xF3}, {0x0323, 0xF2}};
    auto mark = [&](int small) { return static_cast<char>(capital ? small - 0x20 : small); };
    auto letter = [&](char l) { return static_cast<char>(capital ? l - 0x20 : l); };
    if (c == U'đ' || c == U'Đ') return std::string(1, mark(0xF1));
    std::string out;
    if (shape == 0x031B) out += mark(base == 'o' ? 0xF4 : 0xF6);
    else if (base == 'i' && tone) return std::string(1, mark(toned_i.at(tone)));
    else if (base == 'y' && tone == 0x0323) return std::string(1, mark(0xEE));
    else out += letter(base);
    if (shape == 0x0302) out += mark(circumflex.at(tone));
    else if (shape == 0x0306) out += mark(breve.at(tone));
    else if (tone) out += mark(tone_byte.at(tone));
    return out;
}

inline std::string to_vni(const std::string& utf8) {
    std::string out;
    for (char32_t c : code_points(utf8)) out += c < 0x80 ? std::string(1, static_cast<char>(c)) : vni_letter(c);
    return out;
}

}  // namespace baocao::testing::fonts
