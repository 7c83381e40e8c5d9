// Which texts report a meeting: interviews, listings, announcements, history and
// look-backs report none; a text whose opening is missing still may. Composed texts.
#include <catch2/catch.hpp>

#include "meeting_test_support.h"

using baocao::model::Date;
using baocao::model::Document;
using meeting_test::read_article;
using meeting_test::read_meeting;

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

TEST_CASE("dated teasers after the article's tags are other pages, no listing", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 21-12, HĐND huyện Vũ Thư tổ chức kỳ họp thứ 3.\n"
        "Kỳ họp đã đánh giá kết quả kinh tế - xã hội năm 2016.\n"
        "• Từ khóa\n"
        "HĐND huyện Kiến Xương tổ chức kỳ họp chuyên đề\n"
        "Sáng 26/4, HĐND huyện Kiến Xương tổ chức kỳ họp chuyên đề.");
    REQUIRE(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Vũ Thư");
    // The same items with no tags line between them are a listing.
    auto listing = read_meeting(
        "Sáng 21-12, HĐND huyện Vũ Thư tổ chức kỳ họp thứ 3.\n"
        "Sáng 26/4, HĐND huyện Kiến Xương tổ chức kỳ họp chuyên đề.");
    CHECK_FALSE(listing.is_meeting_report);
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

TEST_CASE("a page stamp alone on its line is no item of a listing", "[meeting]") {
    auto doc = read_meeting("Tỉnh ủy Hà Tĩnh họp Ban Chấp hành\n14/12/2021Ngày 13/12, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội "
                            "nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7, nhiệm kỳ 2020-2025.");
    REQUIRE(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2021-12-13");
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

    // Undated and told in the future: what a session still to come will do.
    auto to_do = read_meeting(
        "Tại kỳ họp này, HĐND tỉnh Hà Tĩnh sẽ xem xét 20 báo cáo về tình hình kinh tế - xã hội 6 tháng đầu năm 2023. "
        "Kỳ họp thứ 12, HĐND tỉnh khóa XVIII dự kiến tổ chức trong 2 ngày.");
    CHECK(to_do.meetings.empty());

    // A session convened, its dates changed, voters met before it: no session held.
    auto convened = read_meeting(
        "Chiều ngày 03/11/2020, Thường trực HĐND huyện Phú Ninh đã quyết định tổ chức kỳ họp HĐND huyện lần thứ 19.");
    CHECK(convened.meetings.empty());
    auto changed = read_meeting(
        "Ngày 10-11-2020, Thường trực HĐND tỉnh An Giang đã ban hành Quyết định số 37 về việc triệu tập kỳ họp thứ 18.");
    CHECK(changed.meetings.empty());
    auto planned = read_meeting(
        "Ngày 10/5/2024, UBND tỉnh Đắk Nông phê duyệt Kế hoạch tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh lần "
        "thứ IV.");
    CHECK(planned.meetings.empty());
    auto voters = read_meeting(
        "Chiều ngày 14/9/2021, đại biểu HĐND huyện Đức Linh tiếp xúc cử tri xã Trà Tân, thông báo kết quả kỳ họp thứ 2 "
        "HĐND huyện và trả lời ý kiến cử tri trước kỳ họp thứ 3.");
    CHECK(voters.meetings.empty());

    // The passive after the cue ("sẽ được tổ chức"), the eve of it ("trước thềm"), tomorrow's.
    auto passive = read_meeting(
        "Đại hội đại biểu Mặt trận Tổ quốc huyện Yên Hòa lần thứ XVII, nhiệm kỳ 2024 - 2029 sẽ được tổ chức trong "
        "hai ngày 3 và 4/6/2024. Các phần việc chuẩn bị đã được Ban trù bị hoàn tất.");
    CHECK(passive.meetings.empty());
    auto eve = read_meeting(
        "Rực rỡ cờ hoa trước thềm Đại hội đại biểu Đảng bộ tỉnh Lâm Hà lần thứ I\n\n"
        "Ngay trước thềm diễn ra Đại hội đại biểu Đảng bộ tỉnh Lâm Hà lần thứ I, nhiệm kỳ 2025 - 2030, công tác "
        "chuẩn bị đang được khẩn trương triển khai. Đại hội dự kiến diễn ra từ ngày 9 đến 11-10.");
    CHECK(eve.meetings.empty());
    auto tomorrow = read_meeting(
        "Ngày mai (29/6), Đại hội đại biểu Đảng bộ huyện Yên Hòa lần thứ XXII chính thức được khai mạc. Nhân dân "
        "trong huyện kỳ vọng vào một nhiệm kỳ mới.");
    CHECK(tomorrow.meetings.empty());
    auto scheme = read_meeting(
        "Tỉnh đoàn vừa ban hành đề án tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Yên Hòa lần thứ XIX. "
        "Thực hiện hướng dẫn về tổ chức đại hội chi đoàn, các cơ sở đoàn đang khẩn trương chuẩn bị.");
    CHECK(scheme.meetings.empty());

    // A headline that only prepares for a congress, a lead that tells no meeting day: the run-up.
    auto run_up = meeting_test::read_article(
        "Huyện Yên Hòa tích cực chuẩn bị Đại hội Đảng bộ huyện lần thứ XIII\n\n"
        "Huyện Yên Hòa đang tích cực chuẩn bị cho Đại hội Đảng bộ các cấp, đặc biệt là Đại hội đại biểu Đảng bộ "
        "huyện lần thứ XIII, nhiệm kỳ 2025 - 2030.");
    CHECK(run_up.meetings.empty());
    // A meeting held on a day to prepare for it is a meeting reported.
    auto preparing_meeting = meeting_test::read_article(
        "Yên Hòa chuẩn bị tốt Đại hội Đảng bộ huyện\n\n"
        "Sáng 12/5/2025, Ban Thường vụ Huyện ủy Yên Hòa tổ chức hội nghị cho ý kiến vào dự thảo văn kiện Đại hội.");
    REQUIRE(preparing_meeting.meetings.size() == 1);
    CHECK(preparing_meeting.meetings[0].held_on->iso() == "2025-05-12");

    // A report that later says what the meeting will still do keeps its meeting.
    auto held = read_meeting(
        "Sáng 20/8/2025, Đảng bộ xã Tân Hòa khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
        "Đại hội sẽ diễn ra trong hai ngày.");
    REQUIRE(held.meetings.size() == 1);
    CHECK(held.meetings[0].held_on->iso() == "2025-08-20");
}

TEST_CASE("a meeting day followed by 'tới' is still to come", "[meeting]") {
    auto announced = read_meeting(
        "Kỳ họp chuyên đề của HĐND thành phố Cần Thơ khai mạc vào ngày 5-3 tới tại hội trường thành phố.");
    CHECK(announced.meetings.empty());
    // A deadline "đến ngày ... tới" dates no meeting: the session held on 5-3 is reported.
    auto held = read_meeting(
        "Sáng 5-3-2024, HĐND thành phố Cần Thơ khai mạc kỳ họp chuyên đề, giao UBND thành phố hoàn thành hồ sơ đến "
        "ngày 30-6 tới.");
    REQUIRE(held.meetings.size() == 1);
    REQUIRE(held.meetings[0].held_on);
    CHECK(held.meetings[0].held_on->day == 5);
    // "tới" between two days joins a span: the session is held.
    auto span = read_meeting("Từ ngày 10/3/2024 tới 12/3/2024, HĐND thành phố Cần Thơ tổ chức kỳ họp chuyên đề.");
    REQUIRE(span.meetings.size() == 1);
    REQUIRE(span.meetings[0].held_on);
    CHECK(span.meetings[0].held_on->day == 10);
}

TEST_CASE("two tones on one syllable mark a legacy font, two syllables glued by a comma do not", "[meeting]") {
    // Commas without their space join words: "Hòn Đất,Giồng Riềng,Gò Quao" holds no garbled syllable.
    auto glued = read_meeting(
        "Sáng 24/2,HĐND tỉnh Kiên Giang khai mạc kỳ họp chuyên đề,thông qua đề án thành lập huyện mới. Tỉnh hiện có "
        "các huyện Hòn Đất,Giồng Riềng,Gò Quao,Vĩnh Thuận,Kiên Hải và các thành phố Rạch Giá,Hà Tiên. Các đại biểu "
        "đã thảo luận nhiều nội dung quan trọng.");
    CHECK(glued.rejection_reason.empty());
    CHECK(glued.meetings.size() == 1);
    auto garbled = read_meeting(
        "Sáng 24/2, HĐND tỉnh Kiên Giang khai mạc kỳ họp chuyên đề để thông qua đề án thành lập huyện mới. Các đại "
        "biểu đã thảo luận nhiều nộì dung quan trọng tạì hộì nghị của tỉnh trong năm nay.");
    CHECK(garbled.meetings.empty());
    CHECK(garbled.rejection_reason.find("tone marks") != std::string::npos);
}

TEST_CASE("a session dated only after the page's stamp is announced, not reported", "[meeting]") {
    // The stamp of 20/6 dates the page; "ngày 9.7" is next month's day, so still to come, and
    // the undated sentence naming the council restates the session announced.
    auto announced = read_meeting(
        "Từ ngày 9.7 đến 11.7: Tiến hành kỳ họp thứ tám Hội đồng nhân dân tỉnh khóa XVII\n\n"
        "10:15, 20/06/2019\n"
        "Theo quy chế, Hội đồng nhân dân tỉnh khóa XVII tiến hành kỳ họp thứ tám để xem xét nhiều nội dung quan trọng.");
    CHECK(announced.meetings.empty());

    // The same session told a month after it was held is reported.
    auto reported = read_meeting(
        "Ngày 9.7: Khai mạc kỳ họp thứ tám Hội đồng nhân dân tỉnh khóa XVII\n\n"
        "10:15, 20/08/2019\n"
        "Hội đồng nhân dân tỉnh khóa XVII tiến hành kỳ họp thứ tám để xem xét nhiều nội dung quan trọng.");
    REQUIRE(reported.meetings.size() == 1);
    REQUIRE(reported.meetings[0].held_on);
    CHECK(reported.meetings[0].held_on->iso() == "2019-07-09");
}

TEST_CASE("the day an article calls today is reported even when the page was stamped the evening before", "[meeting]") {
    auto today = read_meeting(
        "13/07/2020 - 20:02\n"
        "Khai mạc Đại hội đại biểu Đảng bộ quận Ninh Kiều\n"
        "Hôm nay, ngày 14-7-2020, Đại hội đại biểu Đảng bộ quận Ninh Kiều lần thứ XII chính thức khai mạc.");
    REQUIRE(today.meetings.size() == 1);
    REQUIRE(today.meetings[0].held_on);
    CHECK(today.meetings[0].held_on->iso() == "2020-07-14");
    // However many bytes the letters before it take ("Hôm nay" after a line of accented words).
    auto accented = read_meeting(
        "13/07/2020 - 20:02\n"
        "Khai mạc Đại hội đại biểu Đảng bộ quận Ninh Kiều\n"
        "Ở Ninh Kiều hôm nay, ngày 14-7-2020, Đại hội đại biểu Đảng bộ quận lần thứ XII chính thức khai mạc.");
    REQUIRE(accented.meetings.size() == 1);
    REQUIRE(accented.meetings[0].held_on);
    CHECK(accented.meetings[0].held_on->iso() == "2020-07-14");
}

TEST_CASE("a meeting's short name in brackets is judged with the name it restates", "[meeting]") {
    auto awaited = read_meeting(
        "Những ngày này, các tuyến phố của tỉnh Cà Mau rực rỡ cờ hoa chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ I, "
        "nhiệm kỳ 2025-2030 (Đại hội). Nhân dân tin tưởng vào thành công của Đại hội.");
    CHECK(awaited.meetings.empty());
    auto noticed = read_meeting(
        "Thông tin về Kỳ họp thứ 21 (Kỳ họp giữa năm) HĐND tỉnh Hậu Giang\n"
        "Dự kiến, Kỳ họp giữa năm HĐND tỉnh sẽ khai mạc vào ngày 23/7/2024 tại Hội trường UBND tỉnh.");
    CHECK(noticed.meetings.empty());
}

TEST_CASE("a round-up of the meetings many units held reports none of them", "[meeting]") {
    auto share = read_meeting(
        "Thị ủy Kinh Môn có 241 chi bộ trực thuộc. Đến nay, đã có trên 50% số chi bộ này tổ chức thành công Đại hội "
        "nhiệm kỳ 2020 - 2022.");
    CHECK(share.meetings.empty());
    auto count = read_meeting(
        "Đến hết tháng 5 năm 2020, toàn tỉnh đã có 760/928 số tổ chức cơ sở đảng đã tiến hành đại hội nhiệm kỳ "
        "2020-2025.");
    CHECK(count.meetings.empty());
    auto at_once = read_meeting(
        "Trong những ngày đầu tháng 01/2023, các chi hội nông dân của huyện Yên Hòa đồng loạt tổ chức Đại hội "
        "chi hội nhiệm kỳ 2023 - 2028.");
    CHECK(at_once.meetings.empty());
    auto branches = read_meeting(
        "Trong tháng 5/2025, các chi bộ trực thuộc Đảng ủy xã Yên Hòa đã tổ chức đại hội nhiệm kỳ 2025 - 2027.");
    CHECK(branches.meetings.empty());
}

TEST_CASE("meetings a leader tells of in a quotation are not the report's", "[meeting]") {
    auto quoted = read_meeting(
        "\u201CThực hiện chỉ đạo của tỉnh, huyện đã ban hành Kế hoạch chuẩn bị đại hội đảng các cấp. Trong đó, đã tổ "
        "chức thành công Đại hội Đảng bộ xã Phổ An. Các đại hội còn lại sẽ xong trong tháng 4\u201D, Bí thư Huyện ủy "
        "cho biết.");
    CHECK(quoted.meetings.empty());
    // A slogan in quotation marks, closed before the meeting is told, leaves it reported.
    auto slogan = read_meeting(
        "\u201CĐoàn kết - Dân chủ - Kỷ cương\u201D là chủ đề của Đại hội Đảng bộ xã Phổ An lần thứ XX khai mạc sáng "
        "12/5/2020.");
    CHECK(slogan.meetings.size() == 1);
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

TEST_CASE("'Hôm nay (17-7)' after the opening day goes on with one report, it opens no new item", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 16-7-2013, HĐND huyện Diên Khánh khai mạc kỳ họp thứ 6.\n\n"
        "Hôm nay (17-7), các đại biểu tham gia thảo luận, chất vấn.");
    CHECK(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].held_on->iso() == "2013-07-16");
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

TEST_CASE("a page stamp with its time after a dash is no item of a listing", "[meeting]") {
    auto doc = read_meeting(
        "29/06/2023 - 10:30\n"
        "Cần Giuộc: Các công trình xây dựng cơ bản được tập trung thực hiện tốt\n"
        "Sáng ngày 28/6/2023, Huyện ủy Cần Giuộc tổ chức Hội nghị lần thứ 14 sơ kết 6 tháng đầu năm.");
    CHECK(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2023-06-28");
}

TEST_CASE("two days in a row of one congress are one report, not a listing", "[meeting]") {
    auto doc = read_meeting(
        "Sáng ngày 23/8/2025, Đại hội đại biểu Đảng bộ phường Đông Hòa lần thứ I, nhiệm kỳ 2025 - 2030 chính thức "
        "khai mạc.\n"
        "Ngày 22/8/2025, Đại hội đã tiến hành phiên trù bị.");
    CHECK(doc.is_meeting_report);
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-08-23");
    // two days in a row of two bodies' doings are a listing still
    auto listing = read_meeting(
        "Chiều 22-2, Đoàn Đại biểu Quốc hội tỉnh tiếp xúc cử tri tại thành phố.\n"
        "Chiều ngày 23/2/2023, Ban Tuyên giáo Thành ủy tổ chức hội nghị báo cáo viên.");
    CHECK(listing.meetings.empty());
}

TEST_CASE("a site's weather widget above the headline leaves the lead to the article", "[meeting]") {
    std::string text;
    for (const char* city : {"Hà Nội 13 °C", "TP Hồ Chí Minh 23 °C", "Hải Phòng 15 °C", "Đà Nẵng 19 °C", "Huế 18 °C",
                             "  • Hà Nội Hà Nội 13°C", "  • TP Hồ Chí Minh Hà Nội 23°C", "  • Hải Phòng Hà Nội 15°C",
                             "  • Đà Nẵng Hà Nội 19°C", "  • Huế Hà Nội 18°C", "  • Cần Thơ Hà Nội 25°C"})
        text += std::string(city) + "\n";
    text += "\nHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2\n\n"
            "Sáng 4/12/2025, Bí thư Tỉnh ủy Tây Ninh đã chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2.\n";
    auto doc = read_meeting(text);
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-12-04");
    for (const auto& s : doc.sentences)
        if (doc.slice(s.span).find("°C") != std::string_view::npos) CHECK(s.furniture);
}

TEST_CASE("an official document's own text, its legal bases in its head, is no report", "[meeting]") {
    auto resolution = read_meeting(
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH\nSố: 15/2020/NQ-HĐND\nHòa Bình, ngày 09 tháng 12 năm 2020\n"
        "NGHỊ QUYẾT VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2021\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH KHÓA XVI - KỲ HỌP THỨ 18\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Sau khi nghe báo cáo của Ủy ban nhân dân tỉnh và ý kiến thảo luận của đại biểu tại kỳ họp.");
    CHECK_FALSE(resolution.is_meeting_report);
    CHECK(resolution.rejection_reason.find("official document") != std::string::npos);
    // A report that cites a law far into its text is still a report.
    std::string report = "Sáng 9/12/2020, HĐND tỉnh Hòa Bình khai mạc kỳ họp thứ 18.\n";
    for (int i = 0; i < 40; ++i) report += "Các đại biểu thảo luận về tình hình kinh tế - xã hội của tỉnh trong năm.\n";
    report += "Căn cứ Luật Tổ chức chính quyền địa phương, HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh.";
    CHECK(read_meeting(report).is_meeting_report);
    // So is a report that opens on the bases its session met under, with no document's header.
    auto opens_on_bases = read_meeting(
        "HĐND xã Hòa Bình tổ chức kỳ họp thứ 5\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015.\n"
        "Sáng ngày 28/12/2023, HĐND xã tổ chức kỳ họp thứ 5 đánh giá kết quả năm 2023.");
    CHECK(opens_on_bases.is_meeting_report);
}

TEST_CASE("this year's congress told as having set its goals is reported, an older one recalled", "[meeting]") {
    auto current = read_meeting(
        " date 2025-09-24 Đà Nẵng đặt mục tiêu tăng trưởng 11%/năm\n\n"
        "Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I nhiệm kỳ 2025-2030 đã đề ra các chỉ tiêu chủ yếu đến "
        "năm 2030.");
    REQUIRE(current.meetings.size() == 1);
    CHECK(current.meetings[0].locality.name == "Đà Nẵng");
    // The same words of a congress five years earlier are a feature's recollection.
    auto recalled = read_meeting(
        " date 2025-09-24 Đà Nẵng đặt mục tiêu tăng trưởng\n\n"
        "Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ XXII nhiệm kỳ 2020-2025 đã đề ra các chỉ tiêu chủ yếu.");
    CHECK(recalled.meetings.empty());
}

TEST_CASE("an undated congress whose term began years before the page is recalled, not reported", "[meeting]") {
    const std::string text =
        "Đảng bộ tỉnh Hà Nam - chặng đường nửa nhiệm kỳ\n"
        "Đại hội Đảng bộ tỉnh Hà Nam lần thứ XIX, nhiệm kỳ 2015-2020 có ý nghĩa rất quan trọng đối với sự "
        "phát triển của tỉnh. Sau nửa nhiệm kỳ, nhiều chỉ tiêu đã đạt và vượt kế hoạch.";
    const Document recalled = read_meeting(text, Date{2018, 3, 2});
    CHECK_FALSE(recalled.is_meeting_report);
    CHECK(recalled.rejection_reason.find("congress held years before") != std::string::npos);
    // Posted the year after it met (a congress of late 2015 told in early 2016), it is still reported.
    const Document reported = read_meeting(text, Date{2016, 1, 10});
    CHECK(reported.is_meeting_report);
}

TEST_CASE("a working session with a body is a meeting, working with a will is not", "[meeting]") {
    const Document session = read_meeting(
        "Chiều 26.2, Huyện ủy Yên Hòa làm việc với Phòng Lao động - Thương binh và Xã hội và các đoàn thể về "
        "công tác giảm nghèo trên địa bàn.",
        Date{2019, 2, 27});
    REQUIRE(session.meetings.size() == 1);
    REQUIRE(session.meetings[0].held_on);
    CHECK(session.meetings[0].held_on->iso() == "2019-02-26");
    const Document congress = read_meeting(
        "Sau 3 ngày (23-25/9) làm việc với tinh thần dân chủ, Đại hội đại biểu Đảng bộ tỉnh Yên Hòa lần thứ XX, "
        "nhiệm kỳ 2020-2025 đã thành công tốt đẹp.",
        Date{2020, 9, 26});
    REQUIRE(congress.meetings.size() == 1);
    CHECK(congress.meetings[0].kind == "đại hội");
}

TEST_CASE("'Hôm nay' under a date header that gives the day is that day", "[meeting][date]") {
    const std::string body = "Khai mạc Kỳ họp thứ Chín Hội đồng nhân dân tỉnh Yên Hòa\n";
    const std::string lead =
        "Thưa các vị đại biểu,\nHôm nay, Hội đồng nhân dân tỉnh Yên Hòa khóa XII khai mạc Kỳ họp thứ Chín - Kỳ họp "
        "thường lệ cuối năm 2022.\n";
    const Document day = read_article(body + " date 2022-12-07\n" + lead);
    REQUIRE(day.meetings.size() == 1);
    REQUIRE(day.meetings[0].held_on);
    CHECK(day.meetings[0].held_on->iso() == "2022-12-07");
    CHECK(day.meetings[0].date_basis == "posted_today");
    // A header of the month alone tells no day.
    const Document month = read_article(body + " date 2022-12\n" + lead);
    REQUIRE(month.meetings.size() == 1);
    CHECK_FALSE(month.meetings[0].held_on);
}

TEST_CASE("a meeting its headline calls off is not held, and what led up to news reports no meeting", "[meeting]") {
    const Document off = read_article(
        "Dịch bệnh diễn biến phức tạp, tỉnh Yên Hòa hoãn kỳ họp bất thường HĐND tỉnh\n date 2020-03\n"
        "Sáng nay 9-3, HĐND tỉnh Yên Hòa ban hành công văn hỏa tốc thông báo hoãn kỳ họp thứ 13 mà theo kế hoạch "
        "diễn ra vào chiều ngày 9-3.\nTrước đó, vào tối ngày 8-3, Thường trực Tỉnh ủy đã có cuộc họp với các ban "
        "ngành liên quan về việc phòng, chống dịch.\n");
    CHECK_FALSE(off.is_meeting_report);
    const Document off_with_session = read_article(
        "Tỉnh Yên Hòa hoãn kỳ họp bất thường HĐND tỉnh\n date 2020-03\n"
        "Ngày 9-3, HĐND tỉnh Yên Hòa thông báo hoãn kỳ họp thứ 13.\n"
        "Tại cuộc họp ngày 8-3, Thường trực Tỉnh ủy đã chỉ đạo tạm dừng các sự kiện đông người.\n");
    CHECK_FALSE(off_with_session.is_meeting_report);
    CHECK(off_with_session.rejection_reason.find("called off") != std::string::npos);
    // Told after the news, a meeting opened with "Trước đó" is not the one reported.
    const Document news = read_meeting(
        "Sáng 12/5, HĐND huyện Yên Hòa khai mạc kỳ họp thứ 7. Trước đó, ngày 10/5, Thường trực HĐND huyện đã tổ "
        "chức cuộc họp chuẩn bị nội dung kỳ họp.",
        Date{2023, 5, 13});
    REQUIRE(news.meetings.size() == 1);
    REQUIRE(news.meetings[0].held_on);
    CHECK(news.meetings[0].held_on->iso() == "2023-05-12");
}

TEST_CASE("a headline that asks, the nation's congress and a schedule behind a site tag report no meeting", "[meeting]") {
    const Document question = read_article(
        "Đại hội đảng bộ các cấp ở Yên Hòa diễn ra khi nào?\n"
        "(Baoyenhoa.vn) - Theo kế hoạch của Ban Thường vụ Tỉnh ủy Yên Hòa, đại hội đảng bộ cấp huyện bắt đầu từ "
        "tháng 6/2025, hoàn thành trước ngày 25/8/2025.\n"
        "Thực hiện Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:\n");
    CHECK_FALSE(question.is_meeting_report);
    const Document national = read_article(
        "Trách nhiệm với quê hương\n"
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tổ chức vào đầu năm 2026 là sự kiện chính trị trọng đại.\n"
        "Giữ trọng trách Bí thư Đảng ủy xã Yên Lạc 2 nhiệm kỳ, đồng chí Nguyễn Văn An đã đưa địa phương đạt nhiều "
        "thành tích.\n");
    CHECK_FALSE(national.is_meeting_report);
    // The same opening without the tag and the question is still a schedule, and a dated
    // congress of one body after it is reported.
    const Document held = read_article(
        "Đại hội Đảng bộ huyện Yên Hòa lần thứ XX\n"
        "Sáng 12/7/2025, Đảng bộ huyện Yên Hòa đã tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2025-2030.\n");
    CHECK(held.is_meeting_report);
}

TEST_CASE("a headline without tense over a lead that announces the meeting is a notice", "[meeting]") {
    const Document notice = read_article(
        "Xã Yên Lạc tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân\n"
        "Thực hiện Hướng dẫn số 13-HD/BTGDVTU, Chủ tịch UBND xã Yên Lạc sẽ tổ chức Hội nghị đối thoại trực tiếp "
        "với Nhân dân vào 7 giờ 30 phút, ngày 29/10/2025 tại hội trường UBND xã.\n");
    CHECK_FALSE(notice.is_meeting_report);
    // Told as done in its headline, the meeting is reported even if the lead says what is to come.
    const Document done = read_article(
        "Xã Yên Lạc đã tổ chức Hội nghị đối thoại với Nhân dân\n"
        "Ngày 29/10/2025, Chủ tịch UBND xã Yên Lạc tổ chức Hội nghị đối thoại trực tiếp với Nhân dân.\n");
    CHECK(done.is_meeting_report);
}

TEST_CASE("a meeting whose year is read from the text is not held before the documents it handles", "[meeting][date]") {
    const Document amended = read_article(
        "HĐND thành phố Yên Hòa tổ chức kỳ họp thứ 14\n"
        "Chiều ngày 04/11, HĐND thành phố Yên Hòa đã tổ chức kỳ họp thứ 14 khóa XII (kỳ họp chuyên đề).\n"
        "Tại kỳ họp, đại biểu đã xem xét Tờ trình điều chỉnh Nghị quyết số 13/NQ-HĐND ngày 16/7/2024 về việc điều "
        "chỉnh Nghị quyết số 31/NQ-HĐND ngày 13/12/2023; thu, chi và phân bổ dự toán ngân sách thành phố năm 2024.\n");
    REQUIRE(amended.meetings.size() == 1);
    REQUIRE(amended.meetings[0].held_on);
    CHECK(amended.meetings[0].held_on->iso() == "2024-11-04");
    CHECK(amended.meetings[0].date_basis == "after_documents");
    // A deadline is no document: "hoàn thành trước ngày 31/12/2025" moves nothing.
    const Document deadline = read_article(
        "HĐND huyện Yên Hòa họp chuyên đề\n"
        "Sáng 20/9, HĐND huyện Yên Hòa tổ chức kỳ họp chuyên đề về đầu tư công năm 2024, yêu cầu hoàn thành giải "
        "ngân trước ngày 31/12/2024.\n");
    REQUIRE(deadline.meetings.size() == 1);
    REQUIRE(deadline.meetings[0].held_on);
    CHECK(deadline.meetings[0].held_on->iso() == "2024-09-20");
}

TEST_CASE("the tasks of a year told as reviewed date a December session in that year", "[meeting][date]") {
    const Document doc = read_article(
        "Kỳ họp thứ 15 HĐND xã Yên Lạc\n"
        "Sáng 26/12 HĐND xã Yên Lạc khoá XIII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 15, kỳ họp thường kỳ nhằm đánh "
        "giá kết quả triển khai thực hiện các nhiệm vụ phát triển kinh tế xã hội, an ninh quốc phòng năm 2024.\n");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2024-12-26");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2024");
}

TEST_CASE("a standing committee convening its executive committee reports the conference, a decision to convene does not", "[meeting]") {
    const Document held = read_article(
        "Triển khai quyết liệt các nhiệm vụ\n"
        "Thực hiện chương trình làm việc toàn khóa nhiệm kỳ 2020 - 2025, ngày 13/11/2023, Ban Thường vụ Tỉnh ủy Yên "
        "Hòa triệu tập hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng sơ kết giữa nhiệm kỳ.\n");
    REQUIRE(held.meetings.size() == 1);
    REQUIRE(held.meetings[0].held_on);
    CHECK(held.meetings[0].held_on->iso() == "2023-11-13");
    const Document decided = read_article(
        "Thông báo\n"
        "Ngày 10-11-2020, Thường trực HĐND tỉnh Yên Hòa đã ban hành quyết định triệu tập kỳ họp thứ 18.\n");
    CHECK(decided.meetings.empty());
}

TEST_CASE("an opening speech opens what was done at a meeting, and arranging units is nothing to come", "[meeting]") {
    const Document doc = read_article(
        "Phát biểu khai mạc hội nghị, đồng chí Bí thư Tỉnh ủy Nguyễn Văn An đề nghị các đại biểu làm rõ nguyên nhân "
        "những hạn chế trong quý I, nhất là giải ngân vốn đầu tư công, sắp xếp đơn vị hành chính cấp xã.\n");
    CHECK(doc.is_meeting_report);
    // "sẽ" still tells it is to come.
    const Document to_come = read_article(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Yên Hòa sẽ bàn việc sắp xếp đơn vị hành chính cấp xã.\n");
    CHECK_FALSE(to_come.is_meeting_report);
}

TEST_CASE("the work of organising congresses and a history from one congress to another report no meeting", "[meeting]") {
    const Document lessons = read_article(
        "Kinh nghiệm trong công tác tổ chức đại hội điểm cấp cơ sở\n"
        "Có 04 đảng bộ cấp trên cơ sở được chọn làm đại hội điểm, đã chỉ đạo 14 tổ chức cơ sở đảng trực thuộc tiến "
        "hành đại hội điểm.\n");
    CHECK_FALSE(lessons.is_meeting_report);
    const Document history = read_article("Đảng bộ huyện Yên Hòa - Từ Đại hội I đến Đại hội XI\n"
                                          "Là một Đảng bộ giàu truyền thống, Đảng bộ huyện Yên Hòa có 14.490 đảng viên.\n");
    CHECK_FALSE(history.is_meeting_report);
}

TEST_CASE("a horizon a conference sets dates it not, and 'vào năm 2030' after a target is set ahead", "[meeting][date]") {
    const Document doc = read_article(
        "Phường Yên Hòa quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I\n"
        "Chiều 28/8, Đảng ủy phường Yên Hòa tổ chức hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần "
        "thứ I (nhiệm kỳ 2025 - 2030).\n"
        "Tại hội nghị, Bí thư Đảng ủy phường nhấn mạnh 15 chỉ tiêu chủ yếu phát triển kinh tế - xã hội đến năm 2030.\n"
        "Phường đặt mục tiêu thu nhập bình quân đầu người tăng hơn 8%/năm; tỷ lệ hộ nghèo dưới 0,2% vào năm 2030.\n");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->year == 2025);
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("congresses completed by many units, or a share of units holding theirs, are a round-up", "[meeting]") {
    const Document share = read_article(
        "Hoàn thành đại hội hội nông dân cấp xã\n"
        "Tính đến ngày 16/2/2023, 35/240 hội nông dân cấp xã đã tổ chức đại hội đại biểu nhiệm kỳ 2023 - 2028.\n");
    CHECK_FALSE(share.is_meeting_report);
    const Document all = read_article(
        "Tin hội\n"
        "Đến nay, 100% Hội Nông dân cấp huyện trên địa bàn tỉnh Yên Hòa đã tổ chức thành công Đại hội đại biểu Hội Nông "
        "dân, nhiệm kỳ 2023 – 2028.\n");
    CHECK_FALSE(all.is_meeting_report);
    const Document done = read_article(
        "Hội LHPN huyện Yên Hòa hoàn thành Đại hội đại biểu phụ nữ cấp cơ sở, nhiệm kỳ 2021-2026\n"
        "Thành đoàn Yên Hòa có 33 tổ chức cơ sở đoàn trực thuộc và đến nay đều đã hoàn thành đại hội.\n");
    CHECK_FALSE(done.is_meeting_report);
    // A day is no share: "Ngày 10/12 huyện Yên Hòa tổ chức hội nghị" reports the district's conference,
    // and a congress that completes its programme is held.
    const Document day = read_article(
        "Tin huyện\nNgày 10/12 huyện Yên Hòa tổ chức hội nghị tổng kết công tác năm 2023.\n");
    CHECK(day.is_meeting_report);
    const Document congress = read_article(
        "Đại hội Đảng bộ huyện Yên Hòa thành công tốt đẹp\n"
        "Sau 2 ngày làm việc, hoàn thành chương trình đề ra, sáng 15/7/2020, Đại hội đại biểu Đảng bộ huyện Yên Hòa lần "
        "thứ XX đã bế mạc.\n");
    CHECK(congress.is_meeting_report);
}

TEST_CASE("a chair's name ends where a capitalised title follows it without a comma", "[meeting][chair]") {
    const Document doc = read_article(
        "Phiên họp thường kỳ UBND huyện Yên Hòa tháng 10\n"
        "Ngày 26/9/2018, đồng chí Nguyễn Thanh Bình Chủ tịch UBND huyện đã chủ trì phiên họp thường kỳ UBND tháng 10.\n");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].chair_name == "Nguyễn Thanh Bình");
    // A title before the name, as usual, is passed over.
    const Document before = read_article(
        "Phiên họp thường kỳ UBND huyện Yên Hòa tháng 10\n"
        "Ngày 26/9/2018, Chủ tịch UBND huyện Nguyễn Thanh Bình chủ trì phiên họp thường kỳ UBND tháng 10.\n");
    REQUIRE(before.meetings.size() == 1);
    CHECK(before.meetings[0].chair_name == "Nguyễn Thanh Bình");
}

TEST_CASE("a council meets within the term its meeting sentence names", "[meeting][date]") {
    const Document doc = read_article(
        "Kỳ họp thứ hai HĐND tỉnh Yên Hòa\n"
        "Đó là con số ấn tượng trong báo cáo của UBND tỉnh tại kỳ họp thứ hai HĐND tỉnh Yên Hòa khóa XVI, nhiệm kỳ 2016 - "
        "2021 vừa khai mạc sáng 15/7.\n"
        "Khai mạc kỳ họp, Chủ tịch HĐND tỉnh cho biết 6 tháng đầu năm kinh tế tăng trưởng 7,5%, cao hơn cùng kỳ năm "
        "2012.\n");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2016-07-15");
    CHECK(doc.meetings[0].date_basis == "within_term");
}

TEST_CASE("what a meeting assessed, opening a text whose first sentence is missing, tells it held", "[meeting]") {
    const Document doc = read_article(
        "Hội nghị đánh giá: 9 tháng năm 2023, tổng giá trị sản xuất của thành phố Yên Hòa ước thực hiện hơn 29.976,8 tỷ "
        "đồng, đạt 74,2% kế hoạch.\n");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "9T/2023");
}

TEST_CASE("an undated feature whose headline recalls a history reports no meeting", "[meeting]") {
    const Document feature = read_article(
        "Ôn lại truyền thống 93 năm Ngày thành lập Hội Nông dân Việt Nam\n"
        "Đồng chí Bí thư Tỉnh ủy tặng bức trướng tại Đại hội Hội Nông dân tỉnh Yên Hòa khóa XVII.\n");
    CHECK_FALSE(feature.is_meeting_report);
    // With its day told, a meeting under such a headline is reported.
    const Document held = read_article(
        "Ôn lại truyền thống, hướng tới tương lai\n"
        "Sáng 14/10/2023, Hội Nông dân tỉnh Yên Hòa tổ chức hội nghị tổng kết công tác năm 2023.\n");
    CHECK(held.is_meeting_report);
}

TEST_CASE("a lead that opens on a session convened for later announces it, and its schedule after reports nothing",
          "[meeting]") {
    auto notice = read_meeting(
        "Ngày 7/12, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026, sẽ triệu tập kỳ họp thường lệ cuối năm nhằm tổng kết năm "
        "2021.\nKỳ họp được tổ chức từ ngày 7/12 đến hết ngày 9/12.");
    CHECK_FALSE(notice.is_meeting_report);
    // Convening told as done is the meeting held.
    auto held = read_meeting(
        "Sáng 5/12, Ban Thường vụ Tỉnh ủy triệu tập Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20 đánh giá năm "
        "2023.");
    CHECK(held.is_meeting_report);
}

TEST_CASE("a dated headline with no tense over a lead that gives notice of the session reports none", "[meeting]") {
    auto notice = read_article(
        " date 2024-06 Ngày 25/6, HĐND huyện Yên Lạc tổ chức kỳ họp thứ 15\n\nThường trực HĐND huyện Yên Lạc vừa ban "
        "hành thông báo về việc tổ chức kỳ họp thứ 15, HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026.\n\nTại kỳ họp, HĐND "
        "huyện sẽ xem xét các báo cáo về tình hình kinh tế - xã hội 6 tháng đầu năm.\n");
    CHECK_FALSE(notice.is_meeting_report);
    // Over a lead that tells it held, the same headline is the report's.
    auto held = read_article(
        " date 2024-06 Ngày 25/6, HĐND huyện Yên Lạc tổ chức kỳ họp thứ 15\n\nNgày 25/6, HĐND huyện Yên Lạc khóa XX, "
        "nhiệm kỳ 2021 - 2026 đã tổ chức kỳ họp thứ 15 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.\n");
    CHECK(held.is_meeting_report);
}
