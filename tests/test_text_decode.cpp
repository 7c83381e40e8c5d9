// Bytes to article text: what is read, how, and what is rejected with which reason.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "text/decode.h"

using namespace baocao::text;

namespace {
const std::string kArticle = "Sáng 12/7, Huyện ủy Cẩm Xuyên tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.";

std::string utf16le(const std::string& ascii_or_utf8) {
    // Only for the composed sentence: through its code points.
    std::string out = "\xFF\xFE";
    for (std::size_t i = 0; i < ascii_or_utf8.size();) {
        unsigned char c = static_cast<unsigned char>(ascii_or_utf8[i]);
        char32_t cp;
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(ascii_or_utf8[i + k]) & 0x3F);
        i += static_cast<std::size_t>(len);
        out += static_cast<char>(cp & 0xFF);
        out += static_cast<char>((cp >> 8) & 0xFF);
    }
    return out;
}
}  // namespace

TEST_CASE("UTF-8 is read as it is, with or without its byte-order mark", "[text][decode]") {
    auto plain = decode_article(kArticle);
    REQUIRE(plain.ok());
    CHECK(plain.text == kArticle);
    CHECK(plain.encoding == "UTF-8");
    CHECK(plain.message.empty());
    auto bom = decode_article("\xEF\xBB\xBF" + kArticle);
    REQUIRE(bom.ok());
    CHECK(bom.text == kArticle);
    CHECK(bom.encoding == "UTF-8 (BOM)");
}

TEST_CASE("UTF-16 and UTF-32 are read by their byte-order mark", "[text][decode]") {
    auto le = decode_article(utf16le(kArticle));
    REQUIRE(le.ok());
    CHECK(le.text == kArticle);
    CHECK(le.encoding == "UTF-16LE");
    std::string be = "\xFE\xFF";
    for (char c : std::string("Thu ngân sách")) (void)c;
    be += std::string("\x00T\x00h\x00u", 6);
    auto big = decode_article(be);
    REQUIRE(big.ok());
    CHECK(big.text == "Thu");
    std::string u32 = std::string("\xFF\xFE\x00\x00", 4) + std::string("H\x00\x00\x00N\x00\x00\x00", 8);
    auto wide = decode_article(u32);
    REQUIRE(wide.ok());
    CHECK(wide.text == "HN");
    CHECK(wide.encoding == "UTF-32LE");
}

TEST_CASE("a few bad bytes are replaced and counted, many are not UTF-8", "[text][decode]") {
    std::string text = kArticle + " " + kArticle;
    text[10] = '\xC3';  // a lead byte without its continuation
    auto few = decode_article(text);
    REQUIRE(few.ok());
    CHECK(few.replaced == 1);
    CHECK(few.text.find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(few.message.find("replaced") != std::string::npos);

    std::mt19937 random(7);
    std::string noise;
    for (int i = 0; i < 4000; ++i) noise += static_cast<char>(0x80 + random() % 0x7F);
    auto junk = decode_article(noise);
    CHECK(junk.reject == RejectReason::not_utf8);
    CHECK(std::string(reason_code(junk.reject)) == "not_utf8");
}

TEST_CASE("Vietnamese in the Windows code page 1258 is read in it", "[text][decode]") {
    // "Hội nghị sơ kết" in windows-1258: ộ = ô (0xF4) + combining dot (0xF2), ị = i + 0xF2,
    // ơ = 0xF5, ế = ê (0xEA) + combining acute (0xEC).
    std::string cp1258;
    for (int i = 0; i < 20; ++i) cp1258 += "H\xF4\xF2i ngh\x69\xF2 s\xF5 k\xEA\xECt. ";
    auto d = decode_article(cp1258);
    REQUIRE(d.ok());
    CHECK(d.encoding == "windows-1258");
    CHECK(d.text.rfind("Hội nghị sơ kết.", 0) == 0);
}

TEST_CASE("files that hold no text are rejected with their reason", "[text][decode]") {
    CHECK(decode_article("").reject == RejectReason::empty);
    CHECK(decode_article(" \n\t \r\n").reject == RejectReason::empty);
    CHECK(decode_article(std::string("Hội nghị\0\0\0 sơ kết", 20)).reject == RejectReason::binary);
    std::string controls;
    for (int i = 0; i < 200; ++i) controls += i % 3 ? 'a' : '\x01';
    CHECK(decode_article(controls).reject == RejectReason::binary);
    auto big = decode_article(std::string(2000, 'a'), 1000);
    CHECK(big.reject == RejectReason::too_large);
    CHECK(big.message.find("--max-bytes") != std::string::npos);
}

TEST_CASE("a text that kept a page's markup is read by its text, a few brackets stay as written", "[text][decode]") {
    std::string crawl = "Sáng 12/12, HĐND thành phố khai mạc kỳ họp thứ 15.\n\n";
    for (int i = 0; i < 12; ++i)
        crawl += "<p>Tổng thu ngân sách ước đạt " + std::to_string(100 + i) + " tỷ đồng.</p>\n<figure class=\"image\">"
                 "<img src=\"a.jpg\"></figure>\n";
    auto d = decode_article(crawl);
    REQUIRE(d.ok());
    CHECK(d.encoding == "UTF-8, HTML");
    CHECK(d.text.rfind("Sáng 12/12, HĐND thành phố khai mạc kỳ họp thứ 15.", 0) == 0);
    CHECK(d.text.find("Tổng thu ngân sách ước đạt 111 tỷ đồng.") != std::string::npos);
    CHECK(d.text.find('<') == std::string::npos);

    const std::string few = "Chỉ số <b>tăng</b> 5% so với cùng kỳ; tỷ lệ hộ nghèo < 3%.";
    auto plain = decode_article(few);
    REQUIRE(plain.ok());
    CHECK(plain.text == few);
}

TEST_CASE("an HTML page is read by its text, its scripts and markup left out", "[text][decode]") {
    const std::string page =
        "<!DOCTYPE html><html><head><title>Huyện Cẩm Xuyên sơ kết 6 tháng</title>"
        "<script>var x = '<p>not text</p>';</script><style>p { color: red }</style></head><body>"
        "<div class=\"menu\"><a href=\"/\">Trang chủ</a></div>"
        "<p>" + kArticle + "</p><p>Thu ngân sách đạt 120,3 tỷ đồng, bằng 40% dự toán &amp; tăng 5% so với cùng kỳ. "
        "Tổng giá trị sản xuất ước đạt 5.100 tỷ đồng.</p></body></html>";
    auto d = decode_article(page);
    REQUIRE(d.ok());
    CHECK(d.encoding == "UTF-8, HTML");
    CHECK(d.text.rfind("Huyện Cẩm Xuyên sơ kết 6 tháng\n", 0) == 0);  // the title first
    CHECK(d.text.find(kArticle) != std::string::npos);
    CHECK(d.text.find("dự toán & tăng") != std::string::npos);  // entities decoded
    CHECK(d.text.find("not text") == std::string::npos);
    CHECK(d.text.find("color") == std::string::npos);
    CHECK(d.text.find('<') == std::string::npos);

    auto empty_page = decode_article("<html><body><div><a href=\"/\">Trang chủ</a></div></body></html>");
    CHECK(empty_page.reject == RejectReason::html_no_text);
}
