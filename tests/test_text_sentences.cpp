#include <catch2/catch.hpp>

#include "text/sentences.h"

using baocao::model::Sentence;
using namespace baocao::text;

namespace {
struct Piece {
    std::string text;
    int paragraph;
    bool furniture;
};

std::vector<Piece> split(const std::string& text) {
    std::vector<Piece> out;
    for (const Sentence& s : split_sentences(text))
        out.push_back({text.substr(s.span.begin, s.span.end - s.span.begin), s.paragraph, s.furniture});
    return out;
}

std::vector<std::string> texts(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& p : split(text)) out.push_back(p.text);
    return out;
}
}  // namespace

TEST_CASE("sentences end at final punctuation followed by a capital", "[text][sentences]") {
    CHECK(texts("Hội nghị bắt đầu lúc 8 giờ. Đồng chí Bí thư phát biểu! Có ai hỏi? Không.") ==
          std::vector<std::string>{"Hội nghị bắt đầu lúc 8 giờ.", "Đồng chí Bí thư phát biểu!", "Có ai hỏi?",
                                   "Không."});
    CHECK(texts("Thu ngân sách đạt 7.232 tỷ đồng, tăng 8,1%. Năm 2023 phấn đấu tăng 10%.") ==
          std::vector<std::string>{"Thu ngân sách đạt 7.232 tỷ đồng, tăng 8,1%.", "Năm 2023 phấn đấu tăng 10%."});
    CHECK(texts("Kết quả như sau: thu ngân sách đạt khá. 6 tháng cuối năm cần cố gắng.") ==
          std::vector<std::string>{"Kết quả như sau: thu ngân sách đạt khá.", "6 tháng cuối năm cần cố gắng."});
}

TEST_CASE("abbreviations and initials do not end sentences", "[text][sentences]") {
    CHECK(texts("Đoàn công tác TP. Hà Tĩnh do PGS.TS. Nguyễn Văn An dẫn đầu.").size() == 1);
    CHECK(texts("Hội nghị ở TX. Kỳ Anh có ThS. Lê Thị Bình và Th.S Trần Văn Cường dự.").size() == 1);
    CHECK(texts("Trụ sở ở số 5, P. Bắc Hà, Q. Ba Đình. Đồng chí Lê An dự.").size() == 2);
    CHECK(texts("Đại diện TP.HCM và TS. Ngô Văn Dũng dự.").size() == 1);
}

TEST_CASE("a one-letter roman numeral after 'lần thứ' or 'khóa' ends a sentence, an initial does not",
          "[text][sentences]") {
    CHECK(texts("Đảng bộ xã tổ chức Đại hội lần thứ I. Dự đại hội có đồng chí Lê An.") ==
          std::vector<std::string>{"Đảng bộ xã tổ chức Đại hội lần thứ I.", "Dự đại hội có đồng chí Lê An."});
    CHECK(texts("Hội đồng nhân dân huyện khóa V. Kỳ họp bế mạc lúc 11 giờ.").size() == 2);
    CHECK(texts("Ông Trần V. Bình dự.").size() == 1);
}

TEST_CASE("numbers with dots and commas stay inside a sentence", "[text][sentences]") {
    CHECK(texts("Tổng vốn 1.097,8 tỷ đồng, trong đó 324,124 tỷ đồng vốn tỉnh.").size() == 1);
}

TEST_CASE("ellipses and closing quotes", "[text][sentences]") {
    CHECK(texts("Chỉnh trang đô thị, vệ sinh môi trường... Đồng thời bám sát cơ sở.").size() == 2);
    CHECK(texts("thu ngân sách, giải ngân vốn... và nhiều việc khác.").size() == 1);
    CHECK(texts("tiến độ các dự án…Đồng thời tháo gỡ khó khăn.").size() == 2);
    CHECK(texts("Ông nhấn mạnh: “Phải làm ngay.” Sau đó hội nghị bế mạc.") ==
          std::vector<std::string>{"Ông nhấn mạnh: “Phải làm ngay.”", "Sau đó hội nghị bế mạc."});
}

TEST_CASE("captions on their own line and glued to the next sentence", "[text][sentences]") {
    const auto pieces = split("Toàn cảnh hội nghị.\n\nCác đại biểu dự lễ chào cờ.Đồng chí Bí thư phát biểu khai mạc.");
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].text == "Toàn cảnh hội nghị.");
    CHECK(pieces[0].paragraph == 0);
    CHECK(pieces[1].text == "Các đại biểu dự lễ chào cờ.");
    CHECK(pieces[2].text == "Đồng chí Bí thư phát biểu khai mạc.");
    CHECK(pieces[2].paragraph == 1);
    // Site names and acronyms with a dot are not glued sentences.
    CHECK(texts("TTH.VN - Hội nghị diễn ra sáng nay.").size() == 1);
}

TEST_CASE("spans point into the text", "[text][sentences]") {
    const std::string text = " Câu một.  Câu hai.\nCâu ba";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0].span.begin == 1);
    CHECK(text.substr(sentences[1].span.begin, sentences[1].span.end - sentences[1].span.begin) == "Câu hai.");
    CHECK(sentences[2].paragraph == 1);
}

TEST_CASE("date header is split off as furniture", "[text][sentences]") {
    const auto pieces = split(" date 2023-07 Ngày 11/7, Huyện ủy tổ chức hội nghị.\nĐồng chí An chủ trì.");
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].text == "date 2023-07");
    CHECK(pieces[0].furniture);
    CHECK(pieces[1].text == "Ngày 11/7, Huyện ủy tổ chức hội nghị.");
    CHECK_FALSE(pieces[1].furniture);
    CHECK(pieces[1].paragraph == 0);
}

TEST_CASE("page furniture is flagged", "[text][sentences]") {
    const std::string page =
        "Truy cập nội dung luôn\n"
        "Hội nghị giao ban quý II\n"
        "15/07/2023 - 09:30\n"
        "• Lượt xem: 1234 lượt xem\n"
        "Sáng 14/7, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.\n"
        "Chia sẻ bài viết\n"
        "Tin liên quan\n"
        "Đánh giá:\n"
        "lượt đánh giá: , trung bình: Bình luận\n"
        "Mã xác thực không đúng.\n"
        "Liên kết website\n"
        "baocao.gov.vn\n";
    const auto pieces = split(page);
    REQUIRE(pieces.size() == 12);
    for (const auto& p : pieces) {
        INFO(p.text);
        const bool content = p.text.rfind("Hội nghị giao ban", 0) == 0 || p.text.rfind("Sáng 14/7", 0) == 0;
        CHECK(p.furniture == !content);
    }
}

TEST_CASE("a site's footer of its own names and advertisers is furniture, a report's line is not",
          "[text][sentences]") {
    const auto pieces = split(
        "Chương trình TRUYỀN HÌNH\n"
        "Cty TNHH Hòa Lợi 12/2020\n"
        "Công ty Điện lực Đồng Tháp\n"
        "Cổng Thông tin điện tử Đồng Tháp\n"
        "Báo Đồng Tháp\n"
        "Báo cáo của UBND huyện nêu rõ nhiều kết quả\n"
        "Công ty đã giải quyết việc làm cho 300 lao động\n");
    REQUIRE(pieces.size() == 7);
    for (std::size_t i = 0; i < 5; ++i) {
        INFO(pieces[i].text);
        CHECK(pieces[i].furniture);
    }
    CHECK_FALSE(pieces[5].furniture);
    CHECK_FALSE(pieces[6].furniture);
}

// RE2's \b knows only ASCII letters: patterns ending in a Vietnamese letter spell the boundary
// out, and must still tell a word from a longer one.
TEST_CASE("furniture words ending in a Vietnamese letter end at the word", "[text][sentences]") {
    const auto pieces = split(
        "12 lượt đánh giá\n"
        "Cỡ chữ\n"
        "Cỡ chữ: A A A\n"
        "Cỡ chữa cháy rừng được bố trí ở ba xã trên địa bàn huyện\n");
    REQUIRE(pieces.size() == 4);
    CHECK(pieces[0].furniture);
    CHECK(pieces[1].furniture);
    CHECK(pieces[2].furniture);
    CHECK_FALSE(pieces[3].furniture);
}

TEST_CASE("a repeated paragraph is furniture the second time", "[text][sentences]") {
    const std::string lead = "Chiều 3/7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết.";
    const auto pieces = split(lead + "\n" + lead + "\nĐồng chí An chủ trì.");
    REQUIRE(pieces.size() == 3);
    CHECK_FALSE(pieces[0].furniture);
    CHECK(pieces[1].furniture);
    CHECK_FALSE(pieces[2].furniture);
}

TEST_CASE("a near-copy of the previous paragraph: the shorter one is furniture", "[text][sentences]") {
    const std::string sapo =
        "Sáng 4-8, Huyện ủy Hòa Bình tổ chức hội nghị lần thứ 7 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.";
    const std::string lead =
        "Sáng 4-8, Huyện ủy Hòa Bình (tỉnh Nam Bắc) tổ chức hội nghị lần thứ 7 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.";
    const auto pieces = split(sapo + "\n\n" + lead + "\n\nThu ngân sách đạt 120 tỷ đồng.");
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].furniture);
    CHECK_FALSE(pieces[1].furniture);
    CHECK_FALSE(pieces[2].furniture);
}

TEST_CASE("numbered items keep their number", "[text][sentences]") {
    CHECK(texts("Các chỉ tiêu năm 2024 1. Tăng trưởng kinh tế 8%. 2. Thu ngân sách 500 tỷ đồng. 3. Giảm hộ nghèo 1%.") ==
          std::vector<std::string>{"Các chỉ tiêu năm 2024", "1. Tăng trưởng kinh tế 8%.", "2. Thu ngân sách 500 tỷ đồng.",
                                   "3. Giảm hộ nghèo 1%."});
    CHECK(texts("Đạt 33/35 nhiệm vụ. Kinh tế tăng trưởng khá.").size() == 2);
}

TEST_CASE("more page furniture kinds", "[text][sentences]") {
    for (std::string line : {"0:00 / 0:00", "• Nữ miền Nam", "<!DOCTYPE html>", "<meta name=\"author\" content=\"x\">",
                             "Hotline: 0900.000.000", "---------", "Thứ Hai, ngày 3 tháng 1 năm 2022 - 10:15",
                             "Ngày đăng 01/02/2020 | 08:15 | View count: 12", "Thứ sáu, 06/01/2017 | 14:52",
                             "Cập nhật: 08-05-2020 | 13:40:46", "21:39 - 05/11/2019", "09:08, 24/08/2021",
                             "Ảnh: Minh Anh", "Báo Hòa Bình điện tử", "Bản tin 15h 9/12/2025",
                             "Cập nhật lúc 10:20 ngày 12/07/2023", "Thứ Ba, 12/07/2023, 10:20 (GMT+7)",
                             "Từ khóa: hội nghị, Huyện ủy", "3 bình luận", "© 2023 Báo Sơn Hà", "Tổng biên tập: Lê A",
                             "Lượt đọc: 1.234", "A- A A+"}) {
        INFO(line);
        const auto pieces = split(line);
        REQUIRE_FALSE(pieces.empty());
        CHECK(pieces[0].furniture);
    }
}

TEST_CASE("headlines listed under 'Tin liên quan' are furniture, the article after them is not", "[text][sentences]") {
    const auto pieces = split(
        "Sáng 3/7, Huyện ủy Sơn Hà tổ chức hội nghị.\n"
        "Tin liên quan\n"
        "Xã Sơn Bình đạt chuẩn nông thôn mới nâng cao\n"
        "Huyện Sơn Hà thu ngân sách vượt dự toán\n"
        "Hội nghị cũng thông qua chương trình công tác 6 tháng cuối năm của Ban Thường vụ Huyện ủy.\n");
    REQUIRE(pieces.size() == 5);
    CHECK_FALSE(pieces[0].furniture);
    CHECK(pieces[1].furniture);
    CHECK(pieces[2].furniture);
    CHECK(pieces[3].furniture);
    CHECK_FALSE(pieces[4].furniture);
}

TEST_CASE("a photo caption that ends with its credit is furniture, a paragraph is not", "[text][sentences]") {
    const auto pieces = split(
        "Lãnh đạo huyện trao quà cho các gia đình chính sách năm 2023. Ảnh: baohatinh.vn\n"
        "Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị (Ảnh: Thu Hà)\n"
        "Sáng 12/7, Huyện ủy Cẩm Xuyên tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\n");
    REQUIRE(pieces.size() >= 3);
    for (const auto& p : pieces) {
        INFO(p.text);
        CHECK(p.furniture == (p.text.find("Ảnh") != std::string::npos || p.text.rfind("Lãnh đạo", 0) == 0));
    }
}

TEST_CASE("a pattern run by its trigger needs the whole pattern, not the trigger alone", "[text][sentences]") {
    // furniture.tsv gives the caption and weather patterns cheap triggers (" ảnh 2" at the
    // end, "Ảnh:", "°C" at the end); a line with the trigger but not the pattern is content.
    for (std::string line : {"Lãnh đạo tỉnh thăm hỏi các hộ dân bị ảnh hưởng của bão ảnh 2", "Hà Nội 13 °C",
                             "Các đại biểu dự hội nghị sơ kết công tác 6 tháng đầu năm (Ảnh minh họa: Internet)"}) {
        INFO(line);
        const auto pieces = split(line);
        REQUIRE(pieces.size() == 1);
        CHECK(pieces[0].furniture);
    }
    for (std::string line : {"Xem ảnh 2", "Ngày 12/6, nhiệt độ tại huyện lên tới 39 °C",
                             "Ảnh: các đại biểu dự hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Huyện ủy Cẩm Xuyên."}) {
        INFO(line);
        const auto pieces = split(line);
        REQUIRE_FALSE(pieces.empty());
        CHECK_FALSE(pieces[0].furniture);
    }
}

TEST_CASE("a run-on sentence is cut at clause boundaries into bounded pieces", "[text][sentences]") {
    // Clauses joined by commas and never ended: 600 of them, about 24 KB.
    std::string run_on = "Hội nghị đánh giá tình hình";
    for (int i = 0; i < 600; ++i) run_on += ", thu ngân sách xã đạt " + std::to_string(100 + i) + " tỷ đồng";
    run_on += ".";
    const auto pieces = split(run_on);
    REQUIRE(pieces.size() > 1);
    std::string joined;
    for (const auto& p : pieces) {
        CHECK(p.text.size() <= 4000);
        CHECK(p.paragraph == 0);
        CHECK_FALSE(p.furniture);
        joined += (joined.empty() ? "" : " ") + p.text;
    }
    CHECK(joined == run_on);  // nothing lost: each cut is after a comma, before its space
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) CHECK(pieces[i].text.back() == ',');
}

TEST_CASE("a long sentence without commas or spaces is still cut on a character boundary", "[text][sentences]") {
    std::string blob;
    for (int i = 0; i < 3000; ++i) blob += "đ";  // two bytes each
    const auto pieces = split(blob);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].text.size() <= 4000);
    CHECK(pieces[0].text + pieces[1].text == blob);
}

TEST_CASE("a long sentence under the bound is never cut", "[text][sentences]") {
    std::string sentence = "Kết quả";
    for (int i = 0; i < 60; ++i) sentence += ", chỉ tiêu số " + std::to_string(i) + " đạt kế hoạch";
    sentence += ".";
    REQUIRE(sentence.size() > 2000);  // longer than any real sentence, under the bound
    CHECK(texts(sentence) == std::vector<std::string>{sentence});
}
