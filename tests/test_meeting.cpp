// The meeting an article reports, on short reports composed in the genre's style.
#include <catch2/catch.hpp>

#include "extract/pipeline.h"
#include "extract/stages.h"
#include "model/facts.h"
#include "text/normalize.h"
#include "text/sentences.h"

using baocao::model::Date;
using baocao::model::Document;

namespace {

Document read_meeting(const std::string& text, std::optional<Date> published = std::nullopt,
                      const std::string& site = "", const std::string& url = "") {
    static const auto places = baocao::extract::make_locality_stage();
    static const auto meeting = baocao::extract::make_meeting_stage();
    Document doc;
    doc.text = baocao::text::normalize(text).text;
    doc.sentences = baocao::text::split_sentences(doc.text);
    doc.published_on = published;
    doc.site = site;
    doc.source_url = url;
    places->run(doc);
    meeting->run(doc);
    return doc;
}

}  // namespace

TEST_CASE("a district committee's half-year review", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 12/7, Ban Chấp hành Đảng bộ huyện Cẩm Xuyên tổ chức hội nghị sơ kết công tác xây dựng Đảng "
        "6 tháng đầu năm; triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2023.\n"
        "6 tháng đầu năm 2023, kinh tế của huyện tiếp tục tăng trưởng.",
        Date{2023, 7, 1});
    REQUIRE(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    const auto& m = doc.meetings[0];
    REQUIRE(m.held_on);
    CHECK(m.held_on->iso() == "2023-07-12");
    CHECK(m.time_of_day == "sáng");
    CHECK(m.organizer == "Ban Chấp hành Đảng bộ huyện");
    CHECK(m.locality.code == "446");
    CHECK(m.locality.level == 2);
    CHECK(m.kind == "sơ kết");
    REQUIRE(m.period);
    CHECK(m.period->label == "6T/2023");
    CHECK(doc.slice(m.evidence.match) == "Sáng 12/7");
}

TEST_CASE("a January meeting on the year before agrees with the date header", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 6/1, Thị ủy Kỳ Anh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021, "
        "triển khai nhiệm vụ năm 2022.",
        Date{2022, 1, 1});
    REQUIRE(doc.meetings.size() == 1);
    const auto& m = doc.meetings[0];
    CHECK(m.held_on->iso() == "2022-01-06");
    CHECK(m.organizer == "Thị ủy");
    CHECK(m.locality.name == "Kỳ Anh");
    CHECK(m.locality.type == "Thị xã");
    CHECK(m.kind == "tổng kết");
    REQUIRE(m.period);
    CHECK(m.period->label == "2021");
}

TEST_CASE("year from the period reviewed, session, term, online and chair", "[meeting]") {
    auto doc = read_meeting(
        "Chiều 7-4, BCH Đảng bộ TP Thanh Hóa khóa XXI, nhiệm kỳ 2020-2025 tổ chức hội nghị trực tuyến "
        "lần thứ 9 đánh giá tình hình thực hiện nhiệm vụ quý I-2022, triển khai nhiệm vụ quý II-2022. "
        "Đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy chủ trì hội nghị.");
    REQUIRE(doc.meetings.size() == 1);
    const auto& m = doc.meetings[0];
    CHECK(m.held_on->iso() == "2022-04-07");
    CHECK(m.time_of_day == "chiều");
    CHECK(m.organizer == "Ban Chấp hành Đảng bộ thành phố");
    CHECK(m.locality.code == "380");
    CHECK(*m.session_number == 9);
    CHECK(m.term == "khóa XXI, nhiệm kỳ 2020-2025");
    CHECK(m.online);
    REQUIRE(m.period);
    CHECK(m.period->label == "Q1/2022");
    CHECK(m.chair_name == "Lê Văn An");
}

TEST_CASE("a council session numbered in roman numerals or words", "[meeting]") {
    auto roman = read_meeting("Sáng 14.12, HĐND huyện Quế Sơn khai mạc kỳ họp thứ XI, đánh giá kết quả năm 2017.");
    REQUIRE(roman.meetings.size() == 1);
    CHECK(*roman.meetings[0].session_number == 11);
    CHECK(roman.meetings[0].kind == "kỳ họp");
    CHECK(roman.meetings[0].held_on->iso() == "2017-12-14");
    CHECK(roman.meetings[0].organizer == "Hội đồng nhân dân huyện");

    auto word = read_meeting("Ngày 19/12, HĐND xã Thanh Ba tổ chức kỳ họp thứ ba, khóa I.", Date{2025, 12, 1});
    REQUIRE(word.meetings.size() == 1);
    CHECK(*word.meetings[0].session_number == 3);
    CHECK(word.meetings[0].locality.level == 3);
    CHECK(word.meetings[0].term == "khóa I");
}

TEST_CASE("the chair after 'dưới sự chủ trì của' and in a list of co-chairs", "[meeting]") {
    auto a = read_meeting(
        "Chiều 26/7, dưới sự chủ trì của đồng chí Trần Văn Bình - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, "
        "UBND tỉnh tổ chức phiên họp thường kỳ tháng 7/2022.");
    REQUIRE(a.meetings.size() == 1);
    CHECK(a.meetings[0].chair_name == "Trần Văn Bình");
    CHECK(a.meetings[0].kind == "thường kỳ");
    CHECK(a.meetings[0].period->label == "T7/2022");

    auto b = read_meeting(
        "Sáng 10/7, Ban Chấp hành Đảng bộ huyện Long Điền tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. "
        "Các đồng chí: Phạm Văn Cường, Bí thư Huyện ủy; Đỗ Thị Dung, Phó Bí thư Huyện ủy đồng chủ trì hội nghị.");
    REQUIRE(b.meetings.size() == 1);
    CHECK(b.meetings[0].chair_name == "Phạm Văn Cường");
}

TEST_CASE("the chair named after the committee's place", "[meeting]") {
    auto doc = read_meeting(
        "Chiều 5/10, Huyện ủy Cẩm Xuyên tổ chức hội nghị đánh giá kết quả 9 tháng năm 2023. "
        "Bí thư Huyện ủy Cẩm Xuyên Hoàng Văn Em chủ trì hội nghị.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].chair_name == "Hoàng Văn Em");
    CHECK(doc.meetings[0].period->label == "9T/2023");
}

TEST_CASE("a congress reviews the term that ends with it and dates from the term it opens", "[meeting]") {
    // The first congress of a ward formed in 2025 reviews the 2020-2025 term of the units it came from.
    auto doc = read_meeting("Trong 2 ngày 6 và 7/8, Đảng bộ phường Mông Dương tổ chức Đại hội đại biểu lần thứ I, "
                            "nhiệm kỳ 2025-2030.");
    REQUIRE(doc.meetings.size() == 1);
    const auto& m = doc.meetings[0];
    CHECK(m.kind == "đại hội");
    CHECK(m.held_on->iso() == "2025-08-06");
    REQUIRE(m.period);
    CHECK(m.period->start.iso() == "2020-01-01");
    CHECK(m.period->end.iso() == "2025-12-31");
    CHECK(*m.session_number == 1);
    CHECK(m.locality.level == 3);

    CHECK(m.date_basis == "congress_term");
    CHECK(m.period_basis == "congress_term");

    // Plans for the next year do not date it: the term it opens does.
    auto plans = read_meeting("Sáng 25/6, Đảng bộ huyện Cẩm Xuyên khai mạc Đại hội đại biểu lần thứ XXV, nhiệm kỳ "
                              "2020 - 2025.\nPhấn đấu năm 2021 thu ngân sách đạt 200 tỷ đồng.");
    REQUIRE(plans.meetings.size() == 1);
    CHECK(plans.meetings[0].held_on->iso() == "2020-06-25");
    CHECK(plans.meetings[0].period->start.iso() == "2015-01-01");
    CHECK(plans.meetings[0].period->end.iso() == "2020-12-31");

    // The resolution of the term that closes is named first: that term is the one reviewed.
    auto closing = read_meeting("Ngày 10/7/2025, Đảng bộ xã Thạch Hà tổ chức Đại hội đại biểu. Sau 5 năm thực hiện "
                                "Nghị quyết Đại hội nhiệm kỳ 2020-2025, kinh tế của xã phát triển.");
    REQUIRE(closing.meetings.size() == 1);
    REQUIRE(closing.meetings[0].period);
    CHECK(closing.meetings[0].period->start.iso() == "2020-01-01");
    CHECK(closing.meetings[0].period->end.iso() == "2025-12-31");
}

TEST_CASE("a monthly session reviews the year to date, or the wider part of the year it names", "[meeting]") {
    auto ytd = read_meeting("Sáng 5/5, UBND huyện Cẩm Xuyên họp phiên thường kỳ tháng 4 và 4 tháng đầu năm 2022.");
    REQUIRE(ytd.meetings.size() == 1);
    REQUIRE(ytd.meetings[0].period);
    CHECK(ytd.meetings[0].period->start.iso() == "2022-01-01");
    CHECK(ytd.meetings[0].period->end.iso() == "2022-04-30");
    CHECK(ytd.meetings[0].period_basis.rfind("meeting_sentence", 0) == 0);  // the reader may join the two itself
    CHECK(ytd.meetings[0].date_basis == "period_named");

    auto half = read_meeting("Sáng ngày 9/6, UBND tỉnh Hà Tĩnh tổ chức họp thường kỳ tháng 5 đánh giá tình hình "
                             "kinh tế - xã hội 6 tháng đầu năm 2021.");
    REQUIRE(half.meetings.size() == 1);
    REQUIRE(half.meetings[0].period);
    // The span named after "đánh giá" is the one reviewed (chosen directly, or by widening the month).
    CHECK(half.meetings[0].period_basis.rfind("meeting_sentence", 0) == 0);
    CHECK(half.meetings[0].period->start.iso() == "2021-01-01");
    CHECK(half.meetings[0].period->end.iso() == "2021-06-30");

    // "cho năm 2025" dates the plans; the half-year is what is reviewed.
    auto dated = read_meeting("Ngày 27/6/2025, Tỉnh ủy Hà Tĩnh tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm "
                              "và đề ra phương hướng nhiệm vụ 6 tháng cuối năm cho năm 2025.");
    REQUIRE(dated.meetings[0].period);
    CHECK(dated.meetings[0].period->end.iso() == "2025-06-30");
}

TEST_CASE("periods that are not the one reviewed", "[meeting]") {
    // The base of a comparison.
    auto base = read_meeting("Ngày 14/7/2017, HĐND huyện Cẩm Xuyên tổ chức kỳ họp thứ 4.\nKỳ họp đã nghe báo cáo "
                             "tình hình kinh tế. Tổng vốn đầu tư đạt 822 tỷ đồng, tăng 7,7% so với cùng kỳ năm 2016.\n"
                             "Kết quả 6 tháng đầu năm 2017 được đánh giá cao.");
    REQUIRE(base.meetings.size() == 1);
    REQUIRE(base.meetings[0].period);
    CHECK(base.meetings[0].period->start.iso() == "2017-01-01");
    CHECK(base.meetings[0].period->end.iso() == "2017-06-30");

    // Plans and accounts adopted come after the results reported.
    auto adopted = read_meeting("Tuần qua, HĐND xã Thạch Hà tổ chức kỳ họp thứ 8.\nĐại biểu đã biểu quyết thông "
                                "qua Nghị quyết về phát triển kinh tế - xã hội năm 2024.\nTrước đó, đại biểu nghe báo "
                                "cáo tình hình thực hiện nhiệm vụ năm 2023.",
                                Date{2024, 1, 1});
    REQUIRE(adopted.meetings.size() == 1);
    REQUIRE(adopted.meetings[0].period);
    CHECK(adopted.meetings[0].period->start.iso() == "2023-01-01");

    // A single-topic session reviews no period unless its own sentence names one.
    auto topic = read_meeting("Sáng 21/4/2025, HĐND xã Thạch Hà tổ chức kỳ họp chuyên đề về sắp xếp đơn vị hành chính."
                              "\nKỳ họp thông qua nghị quyết phê chuẩn quyết toán ngân sách năm 2024.");
    REQUIRE(topic.meetings.size() == 1);
    CHECK_FALSE(topic.meetings[0].period);
}

TEST_CASE("a page stamp years after the meeting yields to the meeting sentence's year", "[meeting]") {
    auto doc = read_meeting("Thứ bảy, 24/10/2020\nSáng nay (20/6), Ban Chấp hành Đảng bộ huyện Cẩm Xuyên tổ chức hội "
                            "nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2017.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2017-06-20");
    CHECK(doc.meetings[0].date_basis == "meeting_sentence_period");
    CHECK(doc.meetings[0].period_basis == "meeting_sentence");
}

TEST_CASE("the province's committee known only from the site", "[meeting]") {
    auto doc = read_meeting("Chiều 9/3/2024, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3.", std::nullopt,
                            "baothanhhoa.vn");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].organizer == "Ban Thường vụ Tỉnh ủy");
    CHECK(doc.meetings[0].locality.name == "Thanh Hóa");
    CHECK(doc.meetings[0].locality.level == 1);
}

TEST_CASE("texts that report no meeting", "[meeting]") {
    auto history = read_meeting(
        "Năm 1930, Đảng bộ tỉnh ra đời trong phong trào cách mạng. Năm 1936, các chi bộ được khôi phục và "
        "phát triển rộng khắp trong tỉnh. Đến năm 1938, phong trào của tỉnh tiếp tục lớn mạnh. Những năm đó, "
        "các đảng viên đã có nhiều hoạt động sôi nổi, tổ chức nhiều hội nghị bí mật để bàn việc xây dựng "
        "phong trào, phát triển cơ sở đảng và các đoàn thể cứu quốc trong toàn tỉnh và các huyện.");
    CHECK_FALSE(history.is_meeting_report);
    CHECK(history.meetings.empty());
    CHECK(history.rejection_reason.find("history") != std::string::npos);

    auto news = read_meeting(
        "Năm 2023, thu ngân sách của huyện đạt 420 tỷ đồng, tăng 12% so với cùng kỳ. Tổng giá trị sản xuất "
        "đạt 5.100 tỷ đồng. Toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới.");
    CHECK_FALSE(news.is_meeting_report);
    CHECK_FALSE(news.rejection_reason.empty());

    std::string foreign;
    for (int i = 0; i < 12; ++i) foreign += "The district council met to review the results of the first half of the year. ";
    auto english = read_meeting(foreign);
    CHECK_FALSE(english.is_meeting_report);
    CHECK(english.rejection_reason.find("Vietnamese") != std::string::npos);

    std::string html = "<!DOCTYPE html><html><head>";
    for (int i = 0; i < 25; ++i) html += "<div class=\"item\"><a href=\"/tin\">Hội nghị</a></div>\n";
    auto page = read_meeting(html);
    CHECK_FALSE(page.is_meeting_report);
}

TEST_CASE("a council session's chair after 'chủ tọa'", "[meeting]") {
    auto session = read_meeting(
        "Ngày 18/12, HĐND xã Sơn Tiến khóa I tổ chức kỳ họp thứ 5 đánh giá kết quả năm 2025. "
        "Các đồng chí: Lê Thị Hạnh - Bí thư Đảng ủy, Chủ tịch HĐND xã; Trần Văn Bình - Phó Chủ tịch "
        "HĐND xã chủ tọa kỳ họp.",
        Date{2025, 12, 1});
    REQUIRE(session.is_meeting_report);
    CHECK(session.meetings.at(0).chair_name == "Lê Thị Hạnh");
}

TEST_CASE("a gathering long before the article's time is history, not a report", "[meeting]") {
    auto temple = read_meeting(
        "Ngôi chùa cổ của làng được dựng từ thế kỷ XIX. Năm 1945, chùa từng là nơi hội họp của du kích "
        "trong vùng. Năm 2018, chùa được công nhận di tích cấp tỉnh và hằng năm dân làng tổ chức lễ hội.",
        Date{2024, 5, 1});
    CHECK_FALSE(temple.is_meeting_report);
    CHECK(temple.meetings.empty());

    auto recent = read_meeting(
        "Sáng 10/5, Ban Thường vụ Huyện ủy Hương Khê tổ chức hội nghị sơ kết công tác quý I năm 2024.",
        Date{2024, 5, 1});
    CHECK(recent.is_meeting_report);
}

TEST_CASE("a listing of dated news items is not one report", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 3/4, Huyện ủy Cẩm Xuyên tổ chức hội nghị giao ban quý I.\n"
        "Chiều 5/4, UBND huyện Kỳ Anh họp phiên thường kỳ tháng 3.\n"
        "Ngày 8/4, HĐND thành phố Hà Tĩnh tổ chức kỳ họp chuyên đề.");
    CHECK_FALSE(doc.is_meeting_report);
    CHECK(doc.rejection_reason.find("listing") != std::string::npos);
}

TEST_CASE("co-chairs in a ',' list, each after 'đồng chí:': the first chairs", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 16/5, Đảng ủy xã Cẩm Lộc tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020-2025.\n"
        "Đồng chí: Lê Văn Hải - Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí: Phan Thị Mai - Phó Bí thư Đảng ủy; "
        "đồng chí: Võ Văn Tâm - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị.",
        Date{2023, 5, 1});
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].chair_name == "Lê Văn Hải");
}

TEST_CASE("a chair introduced as 'Bà' or 'Ông' who runs the session", "[meeting]") {
    auto doc = read_meeting(
        "Chiều 12-8, HĐND xã Phú Lâm tổ chức kỳ họp thứ ba đánh giá tình hình 6 tháng đầu năm.\n"
        "Bà Nguyễn Thị Hoa, Bí thư Đảng ủy, Chủ tịch HĐND xã và bà Trần Thị Lan, Phó Chủ tịch HĐND xã "
        "điều hành kỳ họp.",
        Date{2025, 8, 1});
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].chair_name == "Nguyễn Thị Hoa");
}

TEST_CASE("'sáng nay' in a bulletin stamped with its day", "[meeting]") {
    auto doc = read_meeting(
        "Bản tin 15h 9/12/2025\n"
        "Tại phiên khai mạc kỳ họp thứ 8, HĐND tỉnh Đồng Nai khóa 10, diễn ra sáng nay, Chủ tịch HĐND tỉnh "
        "Tôn Văn Hạnh nhận định kết quả năm 2025 tạo nền tảng quan trọng.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-12-09");
    CHECK(doc.meetings[0].time_of_day == "sáng");
    // Without a stamp "sáng nay" gives no day.
    auto undated = read_meeting(
        "Tại phiên khai mạc kỳ họp thứ 8, HĐND tỉnh Đồng Nai khóa 10, diễn ra sáng nay, Chủ tịch HĐND tỉnh "
        "Tôn Văn Hạnh phát biểu.");
    REQUIRE(undated.meetings.size() == 1);
    CHECK_FALSE(undated.meetings[0].held_on);
}

TEST_CASE("a round-up's bullet headlines are skipped for the item it tells", "[meeting]") {
    auto doc = read_meeting(
        "Tin trong tỉnh chiều 30-12\n\n"
        "*Xã Phú Lâm phấn đấu thu ngân sách vượt dự toán năm 2026\n\n"
        "*Đảng ủy xã Phú Riềng triển khai nhiệm vụ năm 2026\n\n"
        "*Công an xã Bình Minh tổng kết công tác năm 2025\n\n"
        "*Xã Phú Lâm phấn đấu thu ngân sách vượt dự toán năm 2026\n\n"
        "Chiều 30-12, xã Phú Lâm tổ chức hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2026.\n\n"
        "Năm 2025, xã Phú Lâm hoàn thành 20/20 chỉ tiêu Nghị quyết HĐND xã đề ra.",
        Date{2025, 12, 1}, "baodongnai.com.vn");
    REQUIRE(doc.meetings.size() == 1);
    const auto& m = doc.meetings[0];
    REQUIRE(m.held_on);
    CHECK(m.held_on->iso() == "2025-12-30");
    CHECK(m.locality.name == "Phú Lâm");
    CHECK(m.evidence.sentence.begin == doc.text.find("Chiều 30-12"));
}

namespace {
// The whole pipeline, for rules that need the document stage (the headline).
Document read_article(const std::string& text) {
    static const baocao::extract::Pipeline pipeline;
    return pipeline.read("composed.txt", "composed.txt", text);
}
}  // namespace

TEST_CASE("a headline's year names the event, the lead says which part was reviewed", "[meeting]") {
    auto doc = read_article(
        "Hội nghị giao ban cụm thi đua số 2 năm 2019\n\n"
        "Ngày 24/9/2019, Huyện ủy Cẩm Xuyên tổ chức hội nghị giao ban cụm thi đua số 2.\n\n"
        "Tại hội nghị, các xã báo cáo kết quả thực hiện nhiệm vụ quý III và định hướng nhiệm vụ quý IV năm 2019.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "Q3/2019");
    // A headline year with nothing finer in the lead stays the year.
    auto year = read_article(
        "Huyện Cẩm Xuyên tổng kết công tác năm 2019\n\n"
        "Ngày 24/12/2019, Huyện ủy Cẩm Xuyên tổ chức hội nghị tổng kết.\n\n"
        "Tại hội nghị, các đại biểu thảo luận phương hướng nhiệm vụ quý I năm 2020.");
    REQUIRE(year.meetings.size() == 1);
    REQUIRE(year.meetings[0].period);
    CHECK(year.meetings[0].period->label == "2019");
}

TEST_CASE("an interview and a look back on a resolution report no meeting", "[meeting]") {
    auto interview = read_meeting(
        "Nhân dịp năm mới, Bí thư Tỉnh ủy trả lời phỏng vấn về kết quả năm qua.\n"
        "Phóng viên: Xin đồng chí cho biết những kết quả nổi bật của tỉnh trong năm 2023?\n"
        "Bí thư Tỉnh ủy: Năm 2023, Ban Chấp hành Đảng bộ tỉnh tổ chức nhiều hội nghị chuyên đề.");
    CHECK_FALSE(interview.is_meeting_report);
    CHECK(interview.rejection_reason.find("interview") != std::string::npos);

    auto look_back = read_meeting(
        "Năm 2023 là năm thứ ba thực hiện Nghị quyết Đại hội Đảng bộ huyện Cẩm Xuyên lần thứ XXV. Kinh tế của huyện "
        "tiếp tục tăng trưởng, thu ngân sách đạt 420 tỷ đồng.");
    CHECK_FALSE(look_back.is_meeting_report);

    // The resolution being adopted is the congress being held.
    auto adopted = read_meeting("Các đại biểu biểu quyết thông qua Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần "
                                "thứ XX, nhiệm kỳ 2025-2030.",
                                Date{2025, 10, 1});
    CHECK(adopted.is_meeting_report);
}

TEST_CASE("a body inside an agency's name is not the body that met", "[meeting]") {
    auto doc = read_meeting("Ngày 19/8/2025, Đảng bộ phường Tân Đông Hiệp tổ chức Đại hội đại biểu lần thứ I. Dự có đồng "
                            "chí Nguyễn Văn An, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].organizer == "Đảng bộ phường");
    auto agency = read_meeting("Sáng 19/8/2025, đại hội khai mạc trọng thể. Tham dự có đồng chí Nguyễn Văn An, Phó "
                               "Trưởng Ban Tuyên giáo và Dân vận Thành ủy. Đại hội có 225 đại biểu của Đảng bộ phường "
                               "Tân Đông Hiệp.");
    REQUIRE(agency.meetings.size() == 1);
    CHECK(agency.meetings[0].organizer == "Đảng bộ phường");
}

TEST_CASE("next year's plans in the headline do not date a year-end meeting", "[meeting]") {
    auto doc = read_meeting("Năm 2026, huyện Cẩm Xuyên phấn đấu thu ngân sách đạt 500 tỷ đồng\n"
                            "Chiều 25/12, Huyện ủy Cẩm Xuyên tổ chức hội nghị tổng kết công tác xây dựng Đảng.\n"
                            "Năm 2025, thu ngân sách trên địa bàn huyện đạt 450 tỷ đồng.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-12-25");
    CHECK(doc.meetings[0].date_basis == "period_named");
}

TEST_CASE("a year reviewed before the plans of the same sentence dates the meeting", "[meeting]") {
    auto autumn = read_meeting("Ngày 26-10, Huyện ủy Cẩm Xuyên tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ 9 "
                               "tháng năm 2016, đề ra phương hướng, nhiệm vụ những tháng cuối năm.");
    REQUIRE(autumn.meetings.size() == 1);
    REQUIRE(autumn.meetings[0].held_on);
    CHECK(autumn.meetings[0].held_on->iso() == "2016-10-26");
    auto january = read_meeting("Ngày 6/1, Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác lãnh đạo năm 2023, mục "
                                "tiêu, nhiệm vụ, giải pháp năm 2024.");
    REQUIRE(january.meetings.size() == 1);
    REQUIRE(january.meetings[0].held_on);
    CHECK(january.meetings[0].held_on->iso() == "2024-01-06");
}

TEST_CASE("a session named after its month that evaluates a part of the year reviews that part", "[meeting]") {
    auto doc = read_meeting("Ngày 9/7, UBND huyện Cẩm Xuyên tổ chức phiên họp thường kỳ tháng 7 năm 2018, nhằm đánh giá "
                            "tình hình kinh tế - xã hội 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2018.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->start.iso() == "2018-01-01");
    CHECK(doc.meetings[0].period->end.iso() == "2018-06-30");
    auto month = read_meeting("Ngày 9/8, UBND huyện Cẩm Xuyên tổ chức phiên họp thường kỳ tháng 7 năm 2018, triển "
                              "khai nhiệm vụ 6 tháng cuối năm.");
    REQUIRE(month.meetings[0].period);
    CHECK(month.meetings[0].period->start.iso() == "2018-07-01");
    CHECK(month.meetings[0].period->end.iso() == "2018-07-31");
}

TEST_CASE("the first meeting of a committee just elected reviews the term that ended", "[meeting]") {
    auto first = read_meeting("Ngày 31/7/2020, phiên họp thứ nhất Ban Chấp hành Đảng bộ huyện Cẩm Xuyên khóa XXV, nhiệm "
                              "kỳ 2020 - 2025 đã bầu Ban Thường vụ Huyện ủy.");
    REQUIRE(first.meetings.size() == 1);
    REQUIRE(first.meetings[0].period);
    CHECK(first.meetings[0].period->start.iso() == "2015-01-01");
    CHECK(first.meetings[0].period->end.iso() == "2020-12-31");
    CHECK(first.meetings[0].period_basis == "congress_term");
    // A supplementary election mid-term is no such meeting.
    auto later = read_meeting("Ngày 5/3/2023, Ban Chấp hành Đảng bộ huyện Cẩm Xuyên khóa XXV, nhiệm kỳ 2020 - 2025 tổ "
                              "chức hội nghị lần thứ 15 bầu bổ sung Ủy viên Ban Thường vụ Huyện ủy.");
    REQUIRE(later.meetings.size() == 1);
    CHECK_FALSE(later.meetings[0].period);
}

TEST_CASE("a page stamp alone on its line is no item of a listing", "[meeting]") {
    auto doc = read_meeting("Tỉnh ủy Hà Tĩnh họp Ban Chấp hành\n14/12/2021Ngày 13/12, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội "
                            "nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7, nhiệm kỳ 2020-2025.");
    REQUIRE(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2021-12-13");
}

TEST_CASE("a session held 'dưới sự điều hành của' its chair, titles first", "[meeting]") {
    auto doc = read_meeting("Chiều 5/9/2022, UBND tỉnh Hà Tĩnh tổ chức phiên họp thường kỳ tháng 8. Phiên họp diễn ra dưới "
                            "sự điều hành của Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Ngọc Tuấn.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].chair_name == "Lê Ngọc Tuấn");
}

TEST_CASE("a session named after its month reviews what the lead says it evaluates", "[meeting][period]") {
    auto named = read_meeting(
        "UBND thị xã họp phiên thường kỳ tháng 9\n\n"
        "Vừa qua, UBND thị xã Hương Trà tổ chức phiên họp để đánh giá tình hình tháng 8 và 8 tháng đầu năm 2024.",
        Date{2024, 9, 1});
    REQUIRE(named.meetings.size() == 1);
    REQUIRE(named.meetings[0].period);
    CHECK(named.meetings[0].period->start.iso() == "2024-01-01");
    CHECK(named.meetings[0].period->end.iso() == "2024-08-31");

    // Without an evaluated span elsewhere, the session's month stands.
    auto alone = read_meeting(
        "UBND thị xã họp phiên thường kỳ tháng 9\n\n"
        "Vừa qua, UBND thị xã Hương Trà tổ chức phiên họp, các đại biểu thảo luận nhiều nội dung.",
        Date{2024, 9, 1});
    REQUIRE(alone.meetings.size() == 1);
    REQUIRE(alone.meetings[0].period);
    CHECK(alone.meetings[0].period->label == "T9/2024");
}

TEST_CASE("a meeting announced or prepared for is not one reported", "[meeting]") {
    auto announced = read_meeting(
        "Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025-2030 sẽ diễn ra trong hai ngày 20-21/8/2025. "
        "Phiên trù bị sẽ diễn ra vào chiều ngày 20/8/2025. Đảng bộ xã hiện có 40 chi bộ.");
    CHECK(announced.meetings.empty());

    auto preparing = read_meeting(
        "Chuẩn bị Đại hội Đảng bộ huyện Sơn Hà\n\n"
        "Những năm qua, huyện Sơn Hà đã tập trung phát triển sản xuất, tốc độ tăng trưởng kinh tế đạt 12%.");
    CHECK(preparing.meetings.empty());

    // A report that later says what the meeting will still do keeps its meeting.
    auto held = read_meeting(
        "Sáng 20/8/2025, Đảng bộ xã Tân Hòa khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
        "Đại hội sẽ diễn ra trong hai ngày.");
    REQUIRE(held.meetings.size() == 1);
    CHECK(held.meetings[0].held_on->iso() == "2025-08-20");
}

TEST_CASE("a unit type abbreviated with a dot names the body's place", "[meeting][localities]") {
    auto ward = read_meeting("Trong 2 ngày 20.8 và 21.8, Đảng bộ P.Châu Đốc tổ chức Đại hội đại biểu lần thứ 1.",
                             Date{2025, 8, 21});
    REQUIRE(ward.meetings.size() == 1);
    CHECK(ward.meetings[0].locality.name == "Châu Đốc");
    CHECK(ward.meetings[0].locality.level == 3);
    CHECK(ward.meetings[0].organizer == "Đảng bộ phường");

    auto district = read_meeting("Sáng 3/7/2020, UBND H.Châu Phú tổ chức hội nghị sơ kết 6 tháng đầu năm.");
    REQUIRE(district.meetings.size() == 1);
    CHECK(district.meetings[0].locality.name == "Châu Phú");
    CHECK(district.meetings[0].locality.level == 2);
}

TEST_CASE("a congress named later in the lead does not make a plain meeting a congress", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 29/9/2025, UBND xã Tân Lập tổ chức họp đánh giá tình hình 9 tháng đầu năm 2025. "
        "Xã vừa chỉ đạo công tác tổ chức Đại hội đại biểu Đảng bộ xã lần thứ nhất, nhiệm kỳ 2025-2030.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].kind != "đại hội");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "9T/2025");
}

TEST_CASE("a mid-year session is dated in its own year and reviews what it evaluates", "[meeting][period]") {
    auto doc = read_meeting(
        "Sáng ngày 30/7, HĐND huyện Minh Hóa khóa XX đã khai mạc Kỳ họp thứ 18 (Kỳ họp thường lệ giữa năm 2024). "
        "Kỳ họp nhằm đánh giá tình hình thực hiện nhiệm vụ 6 tháng đầu năm, đề ra nhiệm vụ 6 tháng cuối năm 2024.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2024-07-30");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "6T/2024");
}

TEST_CASE("the bodies in a list of guests did not hold the meeting", "[meeting][localities]") {
    auto doc = read_meeting(
        "Về dự kỳ họp có ông Trần Văn Tâm, Chánh Văn phòng HĐND tỉnh Cà Mau và 28/28 vị đại biểu HĐND huyện.\n\n"
        "Quang cảnh kỳ họp\n\n"
        "Kỳ họp lần thứ chín HĐND huyện Năm Căn lần này, các đại biểu sẽ thảo luận các báo cáo 6 tháng đầu năm 2019.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Năm Căn");
    CHECK(doc.meetings[0].locality.level == 2);
}

TEST_CASE("a horizon far ahead does not make the meeting's year look long past", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 20/8/2020, Đảng bộ huyện Cẩm Xuyên tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020-2025.\n\n"
        "Đại hội xác định mục tiêu phát triển đến năm 2030, tầm nhìn đến năm 2045.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].held_on->iso() == "2020-08-20");
}

TEST_CASE("an interview announced in its lead, and a congress watched, report no meeting", "[meeting]") {
    auto interview = read_meeting(
        "Đại hội đại biểu Đảng bộ huyện Sơn Hà lần thứ XXII, nhiệm kỳ 2020-2025 được tổ chức vào ngày 16/8/2020. "
        "Trước ngày khai mạc Đại hội, phóng viên đã phỏng vấn đồng chí Lê Văn Hùng, Bí thư Huyện ủy về những kết quả "
        "nhiệm kỳ qua.");
    CHECK(interview.meetings.empty());
    auto watched = read_meeting(
        "Người dân xã Tân Hòa theo dõi Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 (20/10/2020)\n\n"
        "Trong những ngày này, người dân đều đặt trọn niềm tin vào Đại hội.");
    CHECK(watched.meetings.empty());
}

TEST_CASE("a congress that tells its closing term as done is held as that term ends", "[meeting]") {
    auto doc = read_meeting(
        "Diễn ra trong 2 ngày 14 – 15/7, Đại hội lần thứ XVI Đảng bộ huyện Đăk Tô đã kết thúc thành công tốt đẹp.\n\n"
        "Đảng bộ huyện đã lãnh đạo hoàn thành thắng lợi các chỉ tiêu kinh tế - xã hội trong nhiệm kỳ 2010 – 2015.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2015-07-14");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->start.iso() == "2010-01-01");
    // "Đăk Tô" is the gazetteer's "Đắk Tô" (data/name_spellings.tsv).
    CHECK(doc.meetings[0].locality.name == "Đắk Tô");
    CHECK(doc.meetings[0].locality.level == 2);
}

TEST_CASE("listing items may open behind bullet marks, days inside a line are no items", "[meeting]") {
    auto listing = read_meeting(
        "- Sáng 3/4, Huyện ủy Cẩm Xuyên tổ chức hội nghị giao ban quý I.\n"
        "• Chiều 5/4, UBND huyện Kỳ Anh họp phiên thường kỳ tháng 3.\n"
        "(Ngày 8/4) HĐND thành phố Hà Tĩnh tổ chức kỳ họp chuyên đề.");
    CHECK_FALSE(listing.is_meeting_report);
    CHECK(listing.rejection_reason.find("listing") != std::string::npos);

    // One long line that names other days after the meeting's own.
    std::string run_on = "Sáng 3/4, Huyện ủy Cẩm Xuyên tổ chức hội nghị giao ban quý I";
    for (int day = 5; day < 25; ++day)
        run_on += ", từ ngày " + std::to_string(day) + "/3 các xã ra quân làm đường giao thông";
    run_on += ".";
    auto report = read_meeting(run_on);
    CHECK(report.is_meeting_report);
    REQUIRE(report.meetings.size() == 1);
    CHECK(report.meetings[0].locality.name == "Cẩm Xuyên");
}

TEST_CASE("a chair read among the officials is the meeting's chair", "[meeting][officials]") {
    auto doc = read_meeting(
        "Sáng 5/4/2023, UBND xã Ia Dơk tổ chức hội nghị sơ kết công tác Quý I năm 2023.\n"
        "Đ/c: Rơ Lan Hương - PBT. Đảng ủy – CT. UBND xã – Chủ trì hội nghị; Đ/c: Siu Bình – PCT. HĐND xã.");
    baocao::extract::make_officials_stage()->run(doc);
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].chair_name == "Rơ Lan Hương");
}

TEST_CASE("a span framing the meeting yields to the one its evaluating words name", "[meeting][period]") {
    auto doc = read_meeting(
        "Thực hiện chương trình công tác năm 2023, ngày 5/4/2023, UBND xã Ia Dơk tổ chức hội nghị sơ kết công tác "
        "Quý I năm 2023 nhằm đánh giá kết quả thực hiện nhiệm vụ.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "Q1/2023");
    auto year = read_meeting("Ngày 5/1/2024, Huyện ủy tổ chức hội nghị tổng kết năm 2023, đánh giá kết quả quý IV.");
    REQUIRE(year.meetings.size() == 1);
    REQUIRE(year.meetings[0].period);
    CHECK(year.meetings[0].period->label == "2023");
}

TEST_CASE("'Hôm nay (17-7)' after the opening day goes on with one report, it opens no new item", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 16-7-2013, HĐND huyện Diên Khánh khai mạc kỳ họp thứ 6.\n\n"
        "Hôm nay (17-7), các đại biểu tham gia thảo luận, chất vấn.");
    CHECK(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].held_on->iso() == "2013-07-16");
}

TEST_CASE("a session whose lead names no span reviews the part of the year its figures are told for", "[meeting][period]") {
    auto doc = read_meeting(
        "Ngày 14-7-2022, HĐND thành phố Sóc Trăng tổ chức kỳ họp thứ 6, khóa XII.\n\n"
        "Kỳ họp thông qua 10 nghị quyết quan trọng.\n\n"
        "Trong 6 tháng đầu năm 2022, thu ngân sách đạt 300 tỷ đồng, tăng 10% so với cùng kỳ năm 2021.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "6T/2022");
    auto topic = read_meeting(
        "Ngày 14-7-2022, HĐND thành phố Sóc Trăng tổ chức kỳ họp chuyên đề.\n\n"
        "Trong 6 tháng đầu năm 2022, thu ngân sách đạt 300 tỷ đồng.");
    REQUIRE(topic.meetings.size() == 1);
    CHECK_FALSE(topic.meetings[0].period);  // a single-topic session reviews no period unless its sentence names one
}

TEST_CASE("a body named as the venue did not hold the meeting", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 14-7-2022, tại UBND thành phố Sóc Trăng, Thường trực HĐND thành phố Sóc Trăng đã tổ chức kỳ họp thứ 6.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].organizer == "Thường trực Hội đồng nhân dân thành phố");
}

TEST_CASE("a span not yet begun on the meeting day is planned there, not reviewed", "[meeting][period]") {
    auto doc = read_meeting(
        "Ngày 18 tháng 12 năm 2025, HĐND xã Hòa Phú tổ chức kỳ họp chuyên đề để xem xét, quyết định dự toán "
        "ngân sách nhà nước năm 2026.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("the goals of a year being carried out date the session in that year", "[meeting][date]") {
    // No year with the day: the year the session reviews is its own, the next one's tasks are planned.
    auto doc = read_meeting(
        "Từ ngày 22 - 23/12, HĐND huyện Tân Lạc tổ chức kỳ họp thứ 9, đánh giá kết quả thực hiện các mục tiêu "
        "kinh tế - xã hội năm 2016; triển khai nhiệm vụ năm 2017.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2016-12-22");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2016");
}

TEST_CASE("a date stamp with the time it was posted is no item of a listing", "[meeting]") {
    auto doc = read_meeting(
        "UBND huyện Yên Phong họp thường kỳ tháng 8\n\n"
        "28/08/2020 16:40 Số lượt xem: 315\n\n"
        "Chiều ngày 27/8, UBND huyện tổ chức phiên họp thường kỳ tháng 8.");
    CHECK(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].held_on->iso() == "2020-08-27");
}

TEST_CASE("a text whose opening is missing still reports the meeting it tells of ('Tại hội nghị, ...')", "[meeting]") {
    auto doc = read_meeting(
        "Tại hội nghị, đồng chí Lê Văn Bình, Phó Bí thư Đảng ủy xã Hòa Phú, trình bày báo cáo tình hình công tác "
        "Đảng tháng 10/2025.\n\n"
        "Thu ngân sách tháng 10 ước đạt 4,2 tỷ đồng.");
    CHECK(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].held_on);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "T10/2025");
}

TEST_CASE("'lãnh đạo, chỉ đạo nhiệm vụ năm X' after an evaluating word reviews that year", "[meeting][date]") {
    auto doc = read_meeting(
        "Ngày 5/12, Ban Chấp hành Đảng bộ tỉnh Lai Châu tổ chức hội nghị đánh giá công tác lãnh đạo, chỉ đạo "
        "nhiệm vụ năm 2022, triển khai nhiệm vụ năm 2023.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2022-12-05");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2022");
}

TEST_CASE("the month a site files the page under dates a day written without its year", "[meeting][date]") {
    const std::string text =
        "Ngày 6.10, Ban Chấp hành Đảng bộ huyện Mèo Vạc tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ 9 "
        "tháng đầu năm, đề ra nhiệm vụ 3 tháng cuối năm.";
    auto doc = read_meeting(text, std::nullopt, "", "http://baotinh.vn/thoi-su-chinh-tri/202110/hoi-nghi-bch-782834/");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2021-10-06");
    CHECK(doc.meetings[0].date_basis == "url_month");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "9T/2021");
    // Filed in January: a December day is of the year before.
    auto january = read_meeting("Ngày 28/12, HĐND huyện Mèo Vạc khai mạc kỳ họp thứ 9.", std::nullopt, "",
                                "https://baotinh.vn/chinh-tri/202201/ky-hop-thu-9-1234.html");
    REQUIRE(january.meetings.size() == 1);
    REQUIRE(january.meetings[0].held_on);
    CHECK(january.meetings[0].held_on->iso() == "2021-12-28");
    auto no_month = read_meeting("Ngày 28/12, HĐND huyện Mèo Vạc khai mạc kỳ họp thứ 9.", std::nullopt, "",
                                 "https://baotinh.vn/chinh-tri/123456/ky-hop.html");  // 1234-56: no month
    REQUIRE(no_month.meetings.size() == 1);
    CHECK_FALSE(no_month.meetings[0].held_on);
}

TEST_CASE("a press briefing on a congress, the documents for one, a look-back across congresses are no report", "[meeting]") {
    CHECK_FALSE(read_meeting("Chiều 2/10, Tỉnh ủy Lai Châu họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, "
                             "nhiệm kỳ 2020 - 2025, diễn ra từ ngày 13 đến 15-10.")
                    .is_meeting_report);
    CHECK_FALSE(read_meeting("Sau 5 năm, tỷ lệ hộ nghèo giảm còn dưới 3%. Dự thảo văn kiện trình đại hội đại biểu Đảng "
                             "bộ tỉnh lần thứ X đề ra chỉ tiêu giảm nghèo 1%/năm.")
                    .is_meeting_report);
    CHECK_FALSE(read_meeting("Đảng bộ thành phố Vinh từ Đại hội đến Đại hội\n\nMỗi kỳ Đại hội là một mốc son của thành "
                             "phố.")
                    .is_meeting_report);
    // The congress itself, told over the days it took.
    auto held = read_meeting("Từ ngày 13 đến 15/10/2020, Đảng bộ tỉnh Lai Châu tổ chức Đại hội đại biểu lần thứ XIV, "
                             "nhiệm kỳ 2020 - 2025.");
    CHECK(held.is_meeting_report);
}

TEST_CASE("a body that holds its review without a meeting noun ('tổ chức tổng kết công tác') reports a meeting", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 26-12-2024, Đảng ủy xã Tân Hòa tổ chức tổng kết công tác xây dựng Đảng năm 2024, triển khai "
        "phương hướng, nhiệm vụ năm 2025.");
    CHECK(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].held_on->iso() == "2024-12-26");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2024");
}

TEST_CASE("a byline's stamp dates the page, not a print date in its head", "[meeting][date]") {
    auto doc = read_meeting(
        "Đặt mua báo in| Ngày 17 tháng 01 năm 2023, 09:02:38\n"
        "Kỳ họp 12, HĐND tỉnh Phú Yên: kỳ họp không giấy\n"
        "Minh Anh - 06/12/2017 15:53\n\n"
        "Ngày 6/12, tại hội trường tỉnh, Kỳ họp thứ 12, HĐND tỉnh Phú Yên khóa VII, nhiệm kỳ 2016-2021 đã khai mạc.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2017-12-06");
    CHECK(doc.meetings[0].date_basis == "page_stamp");
}

TEST_CASE("a council named in full with its abbreviation in brackets, told this morning", "[meeting]") {
    auto doc = read_meeting(
        "Khai mạc kỳ họp thứ 9 HĐND tỉnh\n"
        "Sáng nay, 17-12, Hội đồng nhân dân (HĐND) tỉnh Hà Tĩnh khóa XVIII khai mạc kỳ họp thứ 9 để đánh giá "
        "tình hình kinh tế - xã hội năm 2022.");
    REQUIRE(doc.meetings.size() == 1);
    const auto& m = doc.meetings[0];
    CHECK(m.organizer == "Hội đồng nhân dân tỉnh");
    CHECK(m.locality.name == "Hà Tĩnh");
    REQUIRE(m.held_on);
    CHECK(m.held_on->iso() == "2022-12-17");
    CHECK(m.time_of_day == "sáng");
}

TEST_CASE("a session that assigns a year's targets neither reviews that year nor is held after it", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 20-2, HĐND xã Tân Lập tổ chức kỳ họp bất thường nhằm giao chỉ tiêu phát triển kinh tế - xã hội, "
        "dự toán thu ngân sách, đầu tư công năm 2021.");
    REQUIRE(doc.meetings.size() == 1);
    const auto& m = doc.meetings[0];
    REQUIRE(m.held_on);
    CHECK(m.held_on->iso() == "2021-02-20");
    CHECK_FALSE(m.period);
}

TEST_CASE("an interview whose questions stand on dashed lines or address the interviewee", "[meeting]") {
    auto dashed = read_meeting(
        "Đại hội Đảng bộ xã Tân Hòa nhiệm kỳ 2025-2030 sắp diễn ra.\n"
        "- Ông đánh giá thế nào về ý nghĩa của Đại hội đại biểu Đảng bộ xã lần này?\n"
        "Đây là dịp để nhìn lại chặng đường đã qua.\n"
        "- Những kết quả nổi bật của nhiệm kỳ qua là gì, thưa ông?\n"
        "Thu nhập bình quân đầu người đạt 60 triệu đồng.");
    CHECK_FALSE(dashed.is_meeting_report);
    CHECK(dashed.rejection_reason.find("interview") != std::string::npos);
    // one question quoted in a report is no interview
    auto report = read_meeting(
        "Sáng 12/7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\n"
        "- Làm gì để thu hút đầu tư vào các cụm công nghiệp?\n"
        "Hội nghị thống nhất nhiệm vụ 6 tháng cuối năm.");
    CHECK(report.is_meeting_report);
}

TEST_CASE("preparing to hold a congress is no congress held", "[meeting]") {
    auto doc = read_meeting(
        "Thời gian qua, Ban Thường vụ Đảng ủy xã đã tập trung lãnh đạo, chuẩn bị tổ chức Đại hội Đảng bộ xã "
        "lần thứ I, nhiệm kỳ 2025-2030 chu đáo.");
    CHECK_FALSE(doc.is_meeting_report);
}

TEST_CASE("a congress held at a conference centre is still a congress", "[meeting]") {
    auto doc = read_meeting(
        "Chiều 3/10/2020, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI, "
        "nhiệm kỳ 2020 - 2025 bế mạc.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].kind == "đại hội");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2015-2020");
}

TEST_CASE("the time a page was posted, beside its day, is no meeting day", "[meeting]") {
    auto doc = read_meeting(
        "Xã Tân Hòa đại hội lần thứ I 09:15 16/08/2025 Trong 2 ngày (14 - 15/8), Đảng bộ xã Tân Hòa tổ chức "
        "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-08-14");
}
