#include <catch2/catch.hpp>

#include <random>

#include "text/normalize.h"

using namespace baocao::text;

TEST_CASE("normalize composes to NFC and keeps a map to raw bytes", "[text]") {
    // "Hòa" written decomposed: o + combining grave.
    const std::string raw = "Ho\xCC\x80" "a b";
    const Normalized n = normalize(raw);
    CHECK(n.text == "Hòa b");
    REQUIRE(n.to_raw.size() == n.text.size() + 1);
    CHECK(n.to_raw[0] == 0);
    CHECK(n.to_raw[n.text.size() - 1] == raw.size() - 1);  // 'b'
    CHECK(n.to_raw.back() == raw.size());
}

TEST_CASE("normalize maps lookalikes, spaces and full-width forms", "[text]") {
    CHECK(normalize("\xC3\x90\xE1\xBB\x93ng ch\xC3\xAD").text == "Đồng chí");  // U+00D0 for Đ
    CHECK(normalize("\xC3\xB0\xE1\xBA\xA1i h\xE1\xBB\x99i").text == "đại hội");  // U+00F0 for đ
    CHECK(normalize("7.232\xC2\xA0tỷ\xE2\x80\xAF" "đồng").text == "7.232 tỷ đồng");
    CHECK(normalize("đạt\xE2\x80\x8B 8,1\xEF\xBC\x85").text == "đạt 8,1%");  // ZWSP and '％'
    CHECK(normalize("\xEF\xBC\x91\xEF\xBC\x92 xã").text == "12 xã");          // full-width digits
    CHECK(normalize("\xEF\xBB\xBFHội nghị").text == "Hội nghị");              // BOM
    CHECK(normalize("kinh\xC2\xADtế").text == "kinhtế");                      // soft hyphen
    CHECK(normalize("a\xE2\x80\x83" "b").text == "a b");                       // em space
}

TEST_CASE("normalize tidies line ends and spaces", "[text]") {
    CHECK(normalize("Dòng một  \r\nDòng   hai\t\tba\rDòng bốn   ").text == "Dòng một\nDòng hai ba\nDòng bốn");
    CHECK(normalize(" date 2023-07 Ngày 5/7").text == " date 2023-07 Ngày 5/7");
    CHECK(normalize("a \n \nb").text == "a\n\nb");
}

TEST_CASE("normalize maps every output byte to a raw offset", "[text]") {
    const std::string raw = "\xEF\xBB\xBF  Tỉnh  u\xE1\xBB\xB7\r\nx";
    const Normalized n = normalize(raw);
    CHECK(n.text == " Tỉnh uỷ\nx");
    REQUIRE(n.to_raw.size() == n.text.size() + 1);
    for (std::size_t i = 1; i < n.to_raw.size(); ++i) CHECK(n.to_raw[i] >= n.to_raw[i - 1]);
    CHECK(raw.substr(n.to_raw[n.text.find("Tỉnh")], 4) == "T\xE1\xBB\x89");
    CHECK(raw[n.to_raw[n.text.size() - 1]] == 'x');
}

TEST_CASE("fold lower-cases and moves old-style tones, keeping byte length", "[text]") {
    CHECK(fold("Uỷ ban") == "ủy ban");
    CHECK(fold("UỶ BAN") == "ủy ban");
    CHECK(fold("Thuỷ") == "thủy");
    CHECK(fold("Hoà Bình") == "hòa bình");
    CHECK(fold("hoà") == fold("hòa"));
    CHECK(fold("khoẻ mạnh") == "khỏe mạnh");
    CHECK(fold("quý, huỷ.") == "quý, hủy.");
    // "uỳ" is a byte longer than "ùy": fold must keep lengths, so it stays.
    CHECK(fold("Tuỳ") == "tuỳ");
    CHECK(lower("Tuỳ") == "tùy");
    // normalize() settles those pairs in the text, so folded text and lexicon agree.
    CHECK(normalize("Nguyễn Thị Thuỳ, Luỹ, khoẽ").text == "Nguyễn Thị Thùy, Lũy, khõe");
    CHECK(normalize("Tỉnh uỷ Hoà Bình").text == "Tỉnh uỷ Hoà Bình");  // same-length pairs: fold() handles them
    CHECK(fold(normalize("THUỲ").text) == fold("Thùy"));
    CHECK(fold("Tỉnh uỷ") == fold("Tỉnh ủy"));
    // Closed syllables, "qu" and other nuclei are the same in both styles.
    CHECK(fold("khuyến") == "khuyến");
    CHECK(fold("\xC3\x90\xE1\xBA\xA3ng") == "đảng");  // U+00D0 lookalike
    CHECK(fold("Hoàng Quý Huỳnh toàn") == "hoàng quý huỳnh toàn");
    CHECK(fold("ngoài thuế") == "ngoài thuế");
    for (std::string s : {"Uỷ viên BTV Tỉnh uỷ", "ĐẠI HỘI Đảng bộ", "Hoà Thuỷ Khoẻ", "xyz 123"})
        CHECK(fold(s).size() == s.size());
}

TEST_CASE("canonical_tones keeps case, lower lowers", "[text]") {
    CHECK(canonical_tones("Uỷ ban nhân dân") == "Ủy ban nhân dân");
    CHECK(canonical_tones("UỶ BAN") == "ỦY BAN");
    CHECK(canonical_tones("Nguyễn Thị Thuỷ") == "Nguyễn Thị Thủy");
    CHECK(canonical_tones("Ho\xCC\x80" "a") == "Hòa");
    CHECK(lower("ỦY BAN Hoà") == "ủy ban hòa");
    CHECK(lower("ĐẢNG BỘ") == "đảng bộ");
}

TEST_CASE("char_offset counts code points", "[text]") {
    const std::string s = "Đồng chí Hà";
    CHECK(char_offset(s, 0) == 0);
    CHECK(char_offset(s, s.find("chí")) == 5);
    CHECK(char_offset(s, s.size()) == 11);
}

TEST_CASE("CharOffsets gives char_offset's answer at every byte of a long text", "[text]") {
    for (const std::size_t repeats : {0, 1, 23, 64, 100}) {
        std::string s;
        for (std::size_t i = 0; i < repeats; ++i) s += "Đồng chí Hà, thu ngân sách đạt 1.560 tỷ đồng. ";
        const CharOffsets offsets(s);
        for (std::size_t b = 0; b <= s.size() + 2; ++b) REQUIRE(offsets(b) == char_offset(s, b));
    }
}

TEST_CASE("sha256_hex", "[text]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("property: normalize keeps a monotone map and fold keeps lengths", "[text][property]") {
    // Pieces the genre mixes: letters in both tone styles, decomposed marks,
    // odd spaces, zero-width characters, line ends, digits and punctuation.
    const std::vector<std::string> pieces = {
        "a", "Đ", "\xC3\x90", "uỷ", "Uỷ", "oà", "hoà", "Thuỳ", "o\xCC\x80", "e\xCC\x82\xCC\x81", "quý", "khuyến",
        " ", "  ", "\t", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x8B", "\xC2\xAD", "\xEF\xBB\xBF", "\r\n", "\r", "\n",
        "7.232", "8,1", "\xEF\xBC\x95", "\xEF\xBC\x85", ".", "“", "”", "ĐẢNG", "Ủy", "ỷ", "\xCC\x81"};
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    for (int round = 0; round < 2000; ++round) {
        std::string raw;
        for (int k = length(rng); k > 0; --k) raw += pieces[pick(rng)];
        const Normalized n = normalize(raw);
        INFO(raw);
        REQUIRE(n.to_raw.size() == n.text.size() + 1);
        for (std::size_t i = 1; i < n.to_raw.size(); ++i) REQUIRE(n.to_raw[i] >= n.to_raw[i - 1]);
        REQUIRE(n.to_raw.back() == raw.size());
        CHECK(normalize(n.text).text == n.text);  // idempotent
        CHECK(fold(n.text).size() == n.text.size());
        CHECK(fold(raw).size() == raw.size());
    }
}

TEST_CASE("normalize joins the lines of a text wrapped at a fixed width", "[text]") {
    // One long line that ends no sentence, before a lower-case word: a wrap in any text.
    CHECK(normalize("Chiều ngày 18/2, Huyện ủy Cẩm Xuyên tổ chức Hội\nnghị tổng kết năm 2021.").text ==
          "Chiều ngày 18/2, Huyện ủy Cẩm Xuyên tổ chức Hội nghị tổng kết năm 2021.");
    // A byline over the site's name, a headline over its text: left as they are.
    CHECK(normalize("Trần Văn An\nbaohatinh.vn").text == "Trần Văn An\nbaohatinh.vn");
    CHECK(normalize("Huyện Cẩm Xuyên tổng kết công tác xây dựng Đảng năm 2021\nSáng 5/1, huyện tổ chức hội nghị.").text ==
          "Huyện Cẩm Xuyên tổng kết công tác xây dựng Đảng năm 2021\nSáng 5/1, huyện tổ chức hội nghị.");
    // Wrapped throughout: breaks inside paragraphs go, also before capitals; paragraph breaks stay.
    const std::string wrapped =
        "Sáng ngày 18/2, Huyện ủy Cẩm Xuyên tổ chức hội nghị tổng kết công tác xây dựng\n"
        "Đảng năm 2021. Các đồng chí lãnh đạo tỉnh đến dự hội nghị. Đồng chí Nguyễn Thị Minh\n"
        "Kiều, Bí thư Huyện ủy chủ trì hội nghị; đồng chí Lê Văn Hùng, Phó Bí thư Huyện\n"
        "ủy cùng điều hành. Năm 2021, thu ngân sách của huyện đạt 300 tỷ đồng, tăng 10%\n"
        "so với năm trước.\n\n"
        "Hội nghị cũng đánh giá kết quả công tác kiểm tra, giám sát và kỷ luật của Đảng\n"
        "trong năm qua. Toàn Đảng bộ đã kết nạp 120 đảng viên mới, đạt 105% kế hoạch đề ra. Đồng chí\n"
        "Trần Văn Bình, Phó Bí thư Thường trực Huyện ủy phát biểu kết luận hội nghị. Về nhiệm vụ năm\n"
        "2022, Huyện ủy yêu cầu các cấp ủy tập trung lãnh đạo thực hiện thắng lợi các chỉ tiêu của\n"
        "Nghị quyết Đại hội.";
    const std::string joined = normalize(wrapped).text;
    CHECK(joined.find("Nguyễn Thị Minh Kiều") != std::string::npos);
    CHECK(joined.find("xây dựng Đảng năm 2021") != std::string::npos);
    CHECK(joined.find("năm trước.\n\nHội nghị") != std::string::npos);
    CHECK(joined.find('\n') == joined.find("\n\n"));  // only the paragraph break is left
}

TEST_CASE("a wrapped line that ends in ',' or ',' goes on in the next one", "[text]") {
    const std::string list = "Huyện đề ra các chỉ tiêu chủ yếu: ngành công nghiệp tăng trên 18%;\n"
                             "ngành dịch vụ tăng trên 15%; thu ngân sách đạt 300 tỷ đồng.";
    CHECK(normalize(list).text.find('\n') == std::string::npos);
    CHECK(normalize(normalize(list).text).text == normalize(list).text);
    // A list item on its own line, a short line: kept.
    CHECK(normalize("Các chỉ tiêu chủ yếu năm 2024 gồm có những chỉ tiêu sau;\n- Thu ngân sách 300 tỷ đồng.").text.find('\n') !=
          std::string::npos);
    CHECK(normalize("Thu ngân sách;\nchi ngân sách.").text.find('\n') != std::string::npos);
}

TEST_CASE("a text whose lines end in commas keeps its headline and date header lines", "[text]") {
    const std::string speech =
        "Phát biểu khai mạc của Chủ tọa tại Kỳ họp thứ Chín, Hội đồng nhân dân tỉnh khóa XII\n"
        " date 2022-12-07\n"
        "Thưa các vị đại biểu Quốc hội, các vị đại biểu Hội đồng nhân dân tỉnh, các vị khách quý,\n"
        "Thưa toàn thể cử tri và Nhân dân trong tỉnh, thưa các đồng chí lãnh đạo các sở, ngành,\n"
        "Hôm nay, Hội đồng nhân dân tỉnh khai mạc Kỳ họp thứ Chín để xem xét các nội dung quan trọng. \n"
        "Đồng chí Chủ tịch Hội đồng nhân dân tỉnh phát biểu khai mạc kỳ họp thường lệ cuối năm\n"
        "Thay mặt Thường trực Hội đồng nhân dân tỉnh, tôi nhiệt liệt chào mừng các vị đại biểu về dự\n";
    const std::string text = normalize(speech).text;
    CHECK(text.find("khóa XII\n date 2022-12-07\nThưa") != std::string::npos);
    CHECK(normalize(text).text == text);
}

TEST_CASE("normalize breaks a page stamp glued to the text after it", "[text]") {
    CHECK(normalize("14/12/2021Ngày 13/12, Tỉnh ủy họp.").text == "14/12/2021\nNgày 13/12, Tỉnh ủy họp.");
    CHECK(normalize("mạng 5G và 100MW điện").text == "mạng 5G và 100MW điện");  // no capitalised word follows
    const std::string once = normalize("Cập nhật 09:30 14/12/2021Chiều nay, huyện họp.").text;
    CHECK(normalize(once).text == once);
}
