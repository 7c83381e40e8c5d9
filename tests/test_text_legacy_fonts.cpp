// The Vietnamese font encodings (TCVN3, VNI): sentences composed here, put into
// each encoding by this file's own charts (not the data file's), read back.
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

#include "legacy_font_charts.h"
#include "text/decode.h"
#include "text/legacy_fonts.h"

using namespace baocao::text;
using namespace baocao::testing::fonts;

namespace {

// Composed, not taken from any article.
const std::string kHeading = "ĐẢNG BỘ HUYỆN THẠCH HÀ TỔNG KẾT NĂM 2023";
const std::string kBody =
    "Sáng 15/12, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị tổng kết công tác năm 2023, "
    "triển khai nhiệm vụ năm 2024. Đồng chí Nguyễn Văn Hưởng, Bí thư Huyện ủy chủ trì. "
    "Tổng thu ngân sách trên địa bàn ước đạt 215 tỷ đồng, tăng 12% so với cùng kỳ; "
    "thu nhập bình quân đầu người đạt 58 triệu đồng; tỷ lệ hộ nghèo giảm còn 2,1%. "
    "Những kết quả quan trọng được ghi nhận, xứng đáng với sự nỗ lực của quyết tâm chung.";
const std::string kArticle = kHeading + "\n\n" + kBody + "\n";

}  // namespace

TEST_CASE("a word spells a Vietnamese syllable, or it does not", "[text][decode][legacy]") {
    for (const std::string word : {"Đảng", "nghiêng", "quyết", "người", "gì", "được", "khuya", "NGUYỄN", "xoong", "ơi"})
        CHECK(is_vietnamese_syllable(word));
    for (const std::string word : {"Ñaûng", "§¶ng", "boä", "tØnh", "très", "ấá", "bcd", "nghiêngg", "s"})
        CHECK_FALSE(is_vietnamese_syllable(word));
}

TEST_CASE("the VNI table of data/ agrees with the rules of the encoding for every letter", "[text][decode][legacy]") {
    const std::string vowels = "aăâeêioôơuưy";
    const std::u32string tones = U"\u0301\u0300\u0309\u0303\u0323";
    for (char32_t v : code_points(vowels + "AĂÂEÊIOÔƠUƯY")) {
        for (int t = -1; t < 5; ++t) {
            icu::UnicodeString u;
            u.append(static_cast<UChar32>(v));
            if (t >= 0) u.append(static_cast<UChar32>(tones[static_cast<std::size_t>(t)]));
            UErrorCode status = U_ZERO_ERROR;
            std::string letter;
            icu::Normalizer2::getNFCInstance(status)->normalize(u, status).toUTF8String(letter);
            INFO(letter);
            CHECK(convert_legacy_font(as_latin1_text(to_vni(letter)), LegacyFont::vni) == letter);
        }
    }
    CHECK(convert_legacy_font(as_latin1_text(to_vni("đĐ")), LegacyFont::vni) == "đĐ");
}

TEST_CASE("the TCVN3 table of data/ agrees with the chart for every letter", "[text][decode][legacy]") {
    for (const auto& [letter, byte] : tcvn3_chart()) {
        INFO(letter);
        CHECK(convert_legacy_font(utf8_of(byte), LegacyFont::tcvn3) == letter);
    }
}

TEST_CASE("TCVN3 text, as mojibake in UTF-8 or as its bytes, is read back", "[text][decode][legacy]") {
    const std::string bytes = to_tcvn3(kArticle);
    REQUIRE(bytes.find("\xA7\xB6NG B\xE9") != std::string::npos);  // '§¶NG Bé', the heading in an H font
    auto from_bytes = decode_article(bytes);
    REQUIRE(from_bytes.ok());
    CHECK(from_bytes.text == kArticle);
    CHECK(from_bytes.encoding == "TCVN3 font");
    CHECK(from_bytes.message.find("through TCVN3") != std::string::npos);

    auto from_text = decode_article(as_latin1_text(bytes));
    REQUIRE(from_text.ok());
    CHECK(from_text.text == kArticle);
    CHECK(from_text.encoding == "UTF-8, TCVN3 font");
}

TEST_CASE("VNI text, as mojibake in UTF-8 or as its bytes, is read back", "[text][decode][legacy]") {
    const std::string bytes = to_vni(kArticle);
    REQUIRE(as_latin1_text(bytes).rfind("ÑAÛNG BOÄ HUYEÄN", 0) == 0);
    auto from_text = decode_article(as_latin1_text(bytes));
    REQUIRE(from_text.ok());
    CHECK(from_text.text == kArticle);
    CHECK(from_text.encoding == "UTF-8, VNI font");
    auto from_bytes = decode_article(bytes);
    REQUIRE(from_bytes.ok());
    CHECK(from_bytes.text == kArticle);
    CHECK(from_bytes.encoding == "VNI font");
}

TEST_CASE("a Unicode title over a legacy body: the title stays, the body is read", "[text][decode][legacy]") {
    const std::string page = "Huyện Thạch Hà tổng kết năm 2023\n\n" + as_latin1_text(to_vni(kBody)) + "\n";
    auto d = decode_article(page);
    REQUIRE(d.ok());
    CHECK(d.text == "Huyện Thạch Hà tổng kết năm 2023\n\n" + kBody + "\n");
}

TEST_CASE("Unicode Vietnamese is never read through a font table", "[text][decode][legacy]") {
    CHECK(decode_article(kArticle).text == kArticle);
    // Lines of Latin-1 letters only ('Bé Ba', 'Lê Hà') are Vietnamese as they are.
    const std::string names = kBody + "\nBé Ba\nLê Hà\nHồ Thị Bé\nCà Mau\nTrà Vinh và Bến Tre\n";
    auto d = decode_article(names);
    REQUIRE(d.ok());
    CHECK(d.text == names);
    CHECK(d.encoding == "UTF-8");
    const auto plain = read_legacy_font("Bé Ba, Lê Hà, Cà Mau, Bé Tí, Hà Mã và Lê Ca.");
    CHECK(plain.words == 10);
    CHECK_FALSE(plain.recognised);
    CHECK_FALSE(plain.looks_legacy);
}

TEST_CASE("Latin-1 words that no table reads as Vietnamese are rejected as an unknown encoding", "[text][decode][legacy]") {
    const std::string french =
        "Le conseil général a présenté le résultat économique de l'année; les élèves étaient très nombreux "
        "à la fête, où l'on a parlé des priorités régionales.";
    auto d = decode_article(french);
    CHECK(d.reject == RejectReason::unknown_encoding);
    CHECK(std::string(reason_code(d.reject)) == "unknown_encoding");
    CHECK(d.message.find("through TCVN3") != std::string::npos);
    // As bytes (not UTF-8), the same text is not_utf8: nothing read it.
    std::string latin1;
    for (char32_t c : code_points(french)) latin1 += static_cast<char>(c);
    CHECK(decode_article(latin1).reject == RejectReason::not_utf8);
    // A few such words in a Vietnamese text say nothing.
    CHECK(decode_article(kBody + "\nThư gửi từ Paris: « très réussi », « été », « déjà », « très ».\n").ok());
}
