// The meeting an article reports, on short reports composed in the genre's style.
#include <catch2/catch.hpp>

#include "meeting_test_support.h"

using baocao::model::Date;
using baocao::model::Document;

using meeting_test::read_article;
using meeting_test::read_meeting;

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

TEST_CASE("a congress under its page stamp is held in the year its term opens, not its goals' year", "[meeting]") {
    auto doc = read_meeting(
        "24-09-2015 | 15:21\n\nBế mạc Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu\n\n"
        "Chiều nay 24/9, Đại hội đại biểu lần thứ XV Đảng bộ tỉnh Bạc Liêu, nhiệm kỳ 2015 - 2020 tiến hành phiên "
        "bế mạc, thông qua nghị quyết Đại hội với mục tiêu phấn đấu đến năm 2020 trở thành tỉnh khá.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2015-09-24");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->start.iso() == "2010-01-01");
    // A programme's span in the page's head opens no term of the congress.
    auto programme = read_meeting(
        "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIAI ĐOẠN 2021 - 2030\n\nThuý Hồng - 14:29, 23/07/2020\n\n"
        "Từ ngày 22-23/7, Đảng bộ huyện Văn Quan tổ chức thành công Đại hội Đảng bộ huyện lần thứ XXIII, "
        "nhiệm kỳ 2020 – 2025.");
    REQUIRE(programme.meetings.size() == 1);
    REQUIRE(programme.meetings[0].held_on);
    CHECK(programme.meetings[0].held_on->iso() == "2020-07-22");
}

TEST_CASE("the province's committee known only from the site", "[meeting]") {
    auto doc = read_meeting("Chiều 9/3/2024, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3.", std::nullopt,
                            "baothanhhoa.vn");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].organizer == "Ban Thường vụ Tỉnh ủy");
    CHECK(doc.meetings[0].locality.name == "Thanh Hóa");
    CHECK(doc.meetings[0].locality.level == 1);
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

TEST_CASE("a unit that is the subject of the meeting verb held the meeting", "[meeting]") {
    // The council and the province's committee are named after the verb: what was carried out.
    auto doc = read_meeting(
        "Chiều 16/1/2026, xã Quảng Chính tổ chức hội nghị tổng kết năm 2025 và triển khai Quyết định của UBND "
        "tỉnh Thanh Hóa về phát triển kinh tế - xã hội năm 2026.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Quảng Chính");
    CHECK(doc.meetings[0].locality_basis == "subject_unit");
    // A committee that opens the sentence is the body that met, as before.
    auto committee = read_meeting("Sáng 12/7/2023, Huyện ủy Cẩm Xuyên tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.");
    REQUIRE(committee.meetings.size() == 1);
    CHECK(committee.meetings[0].organizer == "Huyện ủy");
    CHECK(committee.meetings[0].locality.name == "Cẩm Xuyên");
    // The unit after the comma is the address of the body before it, not a subject of its own.
    auto addressed = read_meeting("Ngày 19/12/2021 HĐND xã Trung Hà, huyện Thủy Nguyên tổ chức kỳ họp thứ 3.");
    REQUIRE(addressed.meetings.size() == 1);
    CHECK(addressed.meetings[0].locality.name == "Trung Hà");
    CHECK(addressed.meetings[0].locality.level == 3);
    // A dateline naming where the report comes from, and words of time before the verb.
    auto dateline = read_meeting(
        "Thanh Liêm: Xã Liêm Túc vừa tổ chức hội nghị sơ kết công tác phát triển kinh tế xã hội 6 tháng đầu năm 2021.");
    REQUIRE(dateline.meetings.size() == 1);
    CHECK(dateline.meetings[0].locality.name == "Liêm Túc");
    CHECK(dateline.meetings[0].locality.level == 3);
    CHECK(dateline.meetings[0].locality_basis == "subject_unit");
}

TEST_CASE("a member of a committee ('Tỉnh ủy viên') names no body that met", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 24/5/2018, đồng chí Lê Văn An, Tỉnh ủy viên, Chủ tịch UBND thành phố chủ trì phiên họp thường kỳ "
        "tháng 5/2018 của UBND thành phố Thái Nguyên.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].organizer == "Ủy ban nhân dân thành phố");
    CHECK(doc.meetings[0].locality.name == "Thái Nguyên");
    CHECK(doc.meetings[0].locality.level == 2);
}

TEST_CASE("a headline that only names a meeting the lead announces reports none", "[meeting]") {
    auto announced = read_article(
        "Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I: Dấu mốc mới của tỉnh\n\n"
        "Đảng bộ tỉnh Cà Mau sẽ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, vào các ngày 16 và "
        "17/10/2025 tại Trung tâm Hội nghị tỉnh.");
    CHECK(announced.meetings.empty());
    // A headline telling the meeting held is the report; a later session still to come does not undo it.
    auto held = read_article(
        "Thường trực HĐND thành phố Bắc Kạn tổ chức phiên họp thường kỳ tháng 3 năm 2018\n\n"
        "Tại phiên họp, các đại biểu xem xét công tác chuẩn bị cho kỳ họp thứ 6 HĐND thành phố, dự kiến sẽ diễn ra "
        "vào cuối tháng 6.");
    REQUIRE(held.meetings.size() == 1);
    REQUIRE(held.meetings[0].period);
    CHECK(held.meetings[0].period->label == "T3/2018");
}

TEST_CASE("a congress honoured before the session names neither its kind nor its body", "[meeting]") {
    auto doc = read_meeting(
        "Thứ Năm, 02/07/2020 11:19\n"
        "Trong không khí thi đua lập thành tích chào mừng Đại hội Đảng bộ huyện lần thứ 18, sáng 2/7, HĐND huyện An "
        "Dương khóa XIX nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ 14.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].kind == "kỳ họp");
    CHECK(doc.meetings[0].organizer == "Hội đồng nhân dân huyện");
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2020-07-02");
}

TEST_CASE("a mass organisation's meeting is of the unit its sentence names, not of its venue", "[meeting]") {
    auto doc = read_meeting(
        "Sáng ngày 28/9/2023, tại TP Vinh, Hội Nông dân tỉnh Nghệ An tổ chức Đại hội đại biểu Hội Nông dân tỉnh lần "
        "thứ X, nhiệm kỳ 2023 - 2028.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Nghệ An");
    CHECK(doc.meetings[0].locality.level == 1);
    // The organisation is a body of its own, named with its unit.
    CHECK(doc.meetings[0].organizer == "Hội Nông dân tỉnh");
    CHECK(doc.meetings[0].locality_basis == "named");
}

TEST_CASE("a day written as its own dateline, or broken off by a line end, dates the meeting", "[meeting]") {
    auto dateline = read_meeting(
        "Ngày 19/3/2023. Đảng ủy xã Liêm Túc tổ chức Hội nghị chuyên đề triển khai nhiệm vụ xây dựng xã nông thôn mới.");
    REQUIRE(dateline.meetings.size() == 1);
    REQUIRE(dateline.meetings[0].held_on);
    CHECK(dateline.meetings[0].held_on->iso() == "2023-03-19");
    auto broken = read_meeting(
        "Sáng\n12/8/2021 tại phòng họp, HĐND phường Ninh Phong khóa XX, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 2.");
    REQUIRE(broken.meetings.size() == 1);
    REQUIRE(broken.meetings[0].held_on);
    CHECK(broken.meetings[0].held_on->iso() == "2021-08-12");
    auto listed = read_meeting(
        "Trong 2 ngày 20, 21-3-2020, Đảng bộ xã Hải Giang tổ chức Đại hội đại biểu lần thứ XXIX, nhiệm kỳ 2020-2025.");
    REQUIRE(listed.meetings.size() == 1);
    REQUIRE(listed.meetings[0].held_on);
    CHECK(listed.meetings[0].held_on->iso() == "2020-03-20");
}

TEST_CASE("a mid-term review names its term in brackets", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 14/11, HĐND huyện Ninh Hải tổ chức Hội nghị sơ kết hoạt động giữa nhiệm kỳ (2021-2026) và kỳ họp thứ "
        "11.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2024-11-14");  // mid-term, as for a term written without brackets
    CHECK(doc.meetings[0].date_basis == "term_in_sentence");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2021-2026");
}

TEST_CASE("a year after the page's stamp never dates the meeting it tells of", "[meeting]") {
    // The plan's year in the meeting sentence is the year planned; the stamp's year is the meeting's.
    auto doc = read_meeting(
        "Ngày đăng 19/12/2023 | 09:42\n"
        "Ngày 18/12, tại Kỳ họp thứ Mười Ba, HĐND quận Nam Từ Liêm đã biểu quyết thông qua Nghị quyết về nhiệm vụ phát "
        "triển kinh tế - xã hội của quận năm 2024.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2023-12-18");
}

TEST_CASE("a congress's term is the one the article names most, not a leader's term named first", "[meeting]") {
    auto doc = read_meeting(
        "Đồng chí Dương Văn An, Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 được bầu giữ chức Bí thư Tỉnh ủy Bắc Giang "
        "khóa XIX, nhiệm kỳ 2020-2025. Ban Chấp hành Đảng bộ tỉnh Bắc Giang khóa XIX, nhiệm kỳ 2020-2025 ra mắt Đại "
        "hội. Chiều 15/10, Đại hội đại biểu Đảng bộ tỉnh Bắc Giang đã bế mạc.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2020-10-15");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2015-2020");
}

TEST_CASE("parts of the year spelled in words date and time a session like digits do", "[meeting]") {
    auto doc = read_meeting(
        "Ngày 12-7, HĐND tỉnh An Giang khóa X tổ chức kỳ họp thứ 14 để đánh giá tình hình kinh tế - xã hội sáu tháng "
        "đầu năm và phương hướng, nhiệm vụ sáu tháng cuối năm 2023.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2023-07-12");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "6T/2023");
    // The term told of most is the one it closes when the next is named too.
    auto closing = read_meeting(
        "Chiều 15/10, Đại hội đại biểu Đảng bộ tỉnh Bắc Giang đã bế mạc. Đại hội đánh giá kết quả nhiệm kỳ 2020-2025, "
        "những thành tựu của nhiệm kỳ 2020-2025 và đề ra mục tiêu nhiệm kỳ 2025-2030.");
    REQUIRE(closing.meetings.size() == 1);
    REQUIRE(closing.meetings[0].held_on);
    CHECK(closing.meetings[0].held_on->iso() == "2025-10-15");
    // Two terms named once each: the congress opens the later one.
    auto congress = read_meeting(
        "Chiều 15/10, Đại hội đại biểu Đảng bộ tỉnh Bắc Giang đã bế mạc. Đồng chí Dương Văn An, Chủ tịch UBND tỉnh "
        "nhiệm kỳ 2016-2021 được bầu giữ chức Bí thư Tỉnh ủy khóa XIX, nhiệm kỳ 2020-2025.");
    REQUIRE(congress.meetings.size() == 1);
    REQUIRE(congress.meetings[0].held_on);
    CHECK(congress.meetings[0].held_on->iso() == "2020-10-15");
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

TEST_CASE("a body whose decision is read out at the meeting did not hold it", "[meeting]") {
    auto doc = read_meeting(
        " date 2025-08-22 Sáng 22/8, Đại hội đã công bố quyết định của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp "
        "hành Đảng bộ xã Hòa Phú, nhiệm kỳ 2025-2030.\nĐồng chí Trần Văn An, Bí thư Đảng ủy xã phát biểu khai mạc.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Hòa Phú");
    CHECK(doc.meetings[0].locality.level == 3);
}

TEST_CASE("a session on one matter takes no period from its headline or lead", "[meeting][period]") {
    auto doc = read_meeting(
        "Kỳ họp thứ 21 HĐND tỉnh khóa XIV (tháng 9/2024)\nSáng 23/9/2024, HĐND tỉnh Hà Tĩnh khai mạc kỳ họp thứ 21 - kỳ "
        "họp chuyên đề, nhiệm kỳ 2021-2026. Kỳ họp xem xét chính sách hỗ trợ khắc phục hậu quả bão số 3.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("a meeting told as what came next was held the day of the sentence before", "[meeting]") {
    auto doc = read_meeting(
        "Chiều 25/9/2025, Ban Chấp hành Đảng bộ tỉnh Yên Hòa khóa XVIII thực hiện công tác nhân sự, bầu Ban Chấp hành "
        "khóa mới gồm 52 người. Ban Chấp hành sau đó tổ chức Hội nghị lần thứ nhất, bầu Ban Thường vụ Tỉnh ủy gồm 14 "
        "người.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-09-25");
}

TEST_CASE("a span being entered is not the one reviewed", "[meeting][period]") {
    auto doc = read_meeting(
        "Ngày 31/5/2022, HĐND tỉnh Hà Tĩnh khai mạc kỳ họp thứ 8. Bước vào quý II, toàn tỉnh đã tập trung khắc phục "
        "hậu quả thiên tai.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("a date that names a batch or an occasion is not the meeting's day", "[meeting]") {
    auto doc = read_meeting(
        "Đảng bộ xã Tân Phong tổ chức Lễ trao Huy hiệu Đảng đợt 2/9/2025 và Hội nghị sơ kết công tác 9 tháng đầu năm.\n"
        "Chiều ngày 24/9/2025, Đảng bộ xã Tân Phong tổ chức Lễ trao Huy hiệu Đảng đợt 2/9/2025 gắn với Hội nghị sơ kết "
        "công tác 9 tháng đầu năm 2025.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-09-24");
}

TEST_CASE("a joint meeting that prepares a session reviews what its own sentence names", "[meeting][period]") {
    auto doc = read_meeting(
        "Ngày 7/5/2020, Thường trực HĐND huyện Hòa Bình tổ chức họp liên tịch để thống nhất nội dung kỳ họp thứ 15. Kỳ họp "
        "sẽ sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2020.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].period);
    auto reviewing = read_meeting(
        "Ngày 15/1/2021, Thường trực HĐND huyện Hòa Bình tổ chức hội nghị liên tịch đánh giá kết quả công tác năm 2020.");
    REQUIRE(reviewing.meetings.size() == 1);
    REQUIRE(reviewing.meetings[0].period);
    CHECK(reviewing.meetings[0].period->label == "2020");
}

TEST_CASE("a span not yet begun on the meeting day is planned there, not reviewed", "[meeting][period]") {
    auto doc = read_meeting(
        "Ngày 18 tháng 12 năm 2025, HĐND xã Hòa Phú tổ chức kỳ họp chuyên đề để xem xét, quyết định dự toán "
        "ngân sách nhà nước năm 2026.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("undated, a span not yet begun when the page was posted is planned, not reviewed", "[meeting][period]") {
    auto doc = read_meeting(
        "HĐND tỉnh Yên Hòa quyết nghị nhiệm vụ năm 2024\n15/12/2023 18:12\n\nTại kỳ họp, Hội đồng nhân dân tỉnh Yên "
        "Hòa đã xem xét, quyết nghị 12 nghị quyết quan trọng về phát triển kinh tế - xã hội năm 2024.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].held_on);
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("a whole year named at a meeting after the first quarter is the meeting's own", "[meeting][date]") {
    auto july = read_meeting(
        "Sáng 13/7, Kỳ họp thứ Tư, HĐND tỉnh Yên Hòa khóa X, nhiệm kỳ 2021-2026 chính thức khai mạc. Năm 2022 là năm "
        "có ý nghĩa hết sức quan trọng, là năm thứ hai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.");
    REQUIRE(july.meetings.size() == 1);
    REQUIRE(july.meetings[0].held_on);
    CHECK(july.meetings[0].held_on->iso() == "2022-07-13");
    auto january = read_meeting(
        "Ngày 10/1, Huyện ủy Yên Hòa tổ chức hội nghị. Năm 2021, kinh tế của huyện tiếp tục tăng trưởng khá.");
    REQUIRE(january.meetings.size() == 1);
    REQUIRE(january.meetings[0].held_on);
    CHECK(january.meetings[0].held_on->iso() == "2022-01-10");
    // A resolution reviewed is no document handled: its year is the one just ended.
    auto reviewed = read_meeting(
        "Ngày 05/01, Ban Thường vụ Huyện ủy Yên Hòa tổ chức Hội nghị Huyện ủy lần thứ mười sáu tổng kết Nghị quyết "
        "năm 2023, xây dựng Nghị quyết năm 2024.");
    REQUIRE(reviewed.meetings.size() == 1);
    REQUIRE(reviewed.meetings[0].held_on);
    CHECK(reviewed.meetings[0].held_on->iso() == "2024-01-05");
    // The same time of an earlier year is the base of a comparison: the year before the meeting's.
    auto compared = read_meeting(
        "Trong 2 ngày 10 và 11.7, HĐND huyện Yên Hòa tổ chức Kỳ họp thứ 7. Tổng mức bán lẻ hàng hóa ước đạt 82,4 "
        "tỷ đồng, tăng 11,44% so với cùng kỳ năm 2017.");
    REQUIRE(compared.meetings.size() == 1);
    REQUIRE(compared.meetings[0].held_on);
    CHECK(compared.meetings[0].held_on->iso() == "2018-07-10");
}

TEST_CASE("the year of the resolutions a session adopts dates it only when no other year is named", "[meeting][date]") {
    auto doc = read_meeting(
        "Ngày 7/12, HĐND tỉnh Yên Hòa khóa XIX, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ 9. Tại kỳ họp này, HĐND tỉnh "
        "thảo luận, biểu quyết thông qua 21 Nghị quyết liên quan đến phát triển kinh tế, xã hội năm 2023. Báo cáo "
        "cho biết, tỉnh đã trải qua năm 2022 với nhiều biến động phức tạp.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2022-12-07");

    // Named alone, a year's settled accounts are passed the year after, its estimates in that year.
    auto accounts = read_meeting(
        "Ngày 20/7, HĐND xã Yên Hòa tổ chức kỳ họp thứ 9, xem xét, phê chuẩn quyết toán ngân sách xã năm 2021.");
    REQUIRE(accounts.meetings.size() == 1);
    REQUIRE(accounts.meetings[0].held_on);
    CHECK(accounts.meetings[0].held_on->iso() == "2022-07-20");
    auto estimate = read_meeting(
        "Chiều ngày 24/4, HĐND huyện Yên Hòa tổ chức kỳ họp lần thứ 23. Tại kỳ họp, các đại biểu đã thống nhất bổ "
        "sung dự toán chi ngân sách năm 2025.");
    REQUIRE(estimate.meetings.size() == 1);
    REQUIRE(estimate.meetings[0].held_on);
    CHECK(estimate.meetings[0].held_on->iso() == "2025-04-24");
    // A council's programme of work for a year is a document it adopts, as a plan is.
    auto programme = read_meeting(
        "Chiều 5/12, kỳ họp thứ 7 HĐND tỉnh Yên Hòa xem xét tờ trình về nhiệm vụ phát triển kinh tế - xã hội năm "
        "2019; về chương trình hoạt động của HĐND tỉnh năm 2019; về kế hoạch tổ chức các kỳ họp năm 2019.");
    REQUIRE(programme.meetings.size() == 1);
    REQUIRE(programme.meetings[0].held_on);
    CHECK(programme.meetings[0].held_on->iso() == "2018-12-05");
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

TEST_CASE("a folder named by the day a page was filed dates a day written without its year", "[meeting][date]") {
    const std::string text = "Ngày 26/04, Hội đồng nhân dân xã Yên Hòa khóa XII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ mười bảy.";
    for (const char* url : {"https://huyen.tinh.gov.vn/portal/Pages/2025-4-28/Hoi-dong-nhan-dan-xa.aspx",
                            "https://baotinh.vn/2025/04/28/hoi-dong-nhan-dan-xa/"}) {
        INFO(url);
        auto doc = read_meeting(text, std::nullopt, "", url);
        REQUIRE(doc.meetings.size() == 1);
        REQUIRE(doc.meetings[0].held_on);
        CHECK(doc.meetings[0].held_on->iso() == "2025-04-26");
        CHECK(doc.meetings[0].date_basis == "url_month");
    }
}

TEST_CASE("documents handled date a session: this year's amended or in batches, next year's only drafted", "[meeting][date]") {
    // In August, allocating this year's capital and drafting next year's plan: this year.
    auto august = read_meeting(
        "Chiều 30/8, HĐND huyện Yên Hòa tổ chức kỳ họp chuyên đề. Kỳ họp thông qua Nghị quyết phân bổ kế hoạch vốn "
        "năm 2022; nghe Báo cáo dự kiến kế hoạch đầu tư công năm 2023.");
    REQUIRE(august.meetings.size() == 1);
    REQUIRE(august.meetings[0].held_on);
    CHECK(august.meetings[0].held_on->iso() == "2022-08-30");
    // In November, a year's estimate handed out in batches is that year's.
    auto november = read_meeting(
        "Ngày 28/11, HĐND thành phố Yên Hòa tổ chức kỳ họp chuyên đề. Kỳ họp thông qua Nghị quyết phân bổ dự toán "
        "chi nguồn thu tiền sử dụng đất năm 2023 (đợt 2).");
    REQUIRE(november.meetings.size() == 1);
    REQUIRE(november.meetings[0].held_on);
    CHECK(november.meetings[0].held_on->iso() == "2023-11-28");
    // Next year's estimate, in December: the session is of the year before.
    auto december = read_meeting(
        "Ngày 8/12, HĐND thành phố Yên Hòa tổ chức kỳ họp thứ 9. Kỳ họp thông qua Nghị quyết về dự toán ngân sách năm 2024.");
    REQUIRE(december.meetings.size() == 1);
    REQUIRE(december.meetings[0].held_on);
    CHECK(december.meetings[0].held_on->iso() == "2023-12-08");
}

TEST_CASE("the publishing time at the end of a slug dates a day written without its year", "[meeting][date]") {
    const std::string text = "Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh Sóc Trăng chính thức khai mạc.";
    // yyyymmddhhmmss and milliseconds
    auto full = read_meeting(text, std::nullopt, "", "https://baoquocgia.vn/dai-hoi-dang-bo-tinh-20201014110816812.htm");
    REQUIRE(full.meetings.size() == 1);
    REQUIRE(full.meetings[0].held_on);
    CHECK(full.meetings[0].held_on->iso() == "2020-10-14");
    CHECK(full.meetings[0].date_basis == "url_month");
    // a three-digit section, then yymmddhhmmss and three more
    auto sectioned = read_meeting(text, std::nullopt, "", "https://baoquocgia.vn/dai-hoi-dang-bo-185201015083012471.htm");
    REQUIRE(sectioned.meetings.size() == 1);
    REQUIRE(sectioned.meetings[0].held_on);
    CHECK(sectioned.meetings[0].held_on->iso() == "2020-10-14");
    // An article number of the same length is no clock: hour 93.
    auto numbered = read_meeting(text, std::nullopt, "", "https://baoquocgia.vn/dai-hoi-dang-bo-185201015933012471.htm");
    REQUIRE(numbered.meetings.size() == 1);
    CHECK(numbered.meetings[0].date_basis != "url_month");
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

TEST_CASE("a chair's name of four syllables is read whole after 'chủ trì ... có đồng chí'", "[meeting]") {
    auto doc = read_meeting(
        "Sáng 18/9/2020, UBND phường Phúc Đồng tổ chức cuộc họp đánh giá kết quả 9 tháng năm 2020. Dự và chủ trì "
        "cuộc họp có đồng chí Phạm Thị Bích Hằng, Phó Chủ tịch UBND phường.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].chair_name == "Phạm Thị Bích Hằng");
}

TEST_CASE("a city's own portal ('<name>city.gov.vn') places its 'HĐND thành phố'", "[meeting][localities]") {
    auto doc = read_meeting("Ngày 30/11/2020, Thường trực HĐND thành phố tổ chức phiên họp thường kỳ tháng 11.", std::nullopt,
                            "", "https://backancity.gov.vn/thuong-truc-hdnd-thanh-pho-hop-thuong-ky-thang-11/");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Bắc Kạn");
    CHECK(doc.meetings[0].locality.level == 2);
}

TEST_CASE("a mid-year session that names no span reviews the first half of its year", "[meeting][period]") {
    auto doc = read_meeting("Sáng 16/7/2024, HĐND thị xã Điện Bàn tổ chức kỳ họp thứ 20, kỳ họp thường lệ giữa năm 2024.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "6T/2024");
    CHECK(doc.meetings[0].period_basis == "mid_year_session");
}

TEST_CASE("'HĐND Thành phố' in a province's paper is its city's council, not the province's", "[meeting][localities]") {
    auto doc = read_meeting(
        "Ngày 9/7/2020, HĐND Thành phố khóa XIX tổ chức kỳ họp thứ 11. Dự kỳ họp có đồng chí Hà Văn Chiến, Ủy viên "
        "Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy. Tỉnh ủy Sơn La chỉ đạo các cấp.",
        std::nullopt, "", "http://baosonla.org.vn/vi/bai-viet/ky-hop-thu-11-hdnd-thanh-pho-32449");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Sơn La");
    CHECK(doc.meetings[0].locality.level == 2);
}

TEST_CASE("an extended session in capitals names no place, and a district media centre's portal names its district", "[meeting][localities]") {
    auto doc = read_meeting(
        "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN MỞ RỘNG LẦN THỨ 11\n"
        "Ngày 14/10/2022, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị lần thứ 11 đánh giá kết quả 9 tháng năm 2022.",
        std::nullopt, "", "http://ttthkrongbong.daklak.gov.vn/hoi-nghi-ban-chap-hanh-dang-bo-huyen-mo-rong-lan-thu-11.html");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Krông Bông");
    for (const auto& p : doc.places) CHECK(p.ref.name != "Mở Rộng");
}

TEST_CASE("a monthly meeting whose report goes on with the year to date reviews the months from January",
          "[meeting]") {
    const auto summed = read_meeting(
        "Chiều 8/12, UBND huyện Long Điền tổ chức hội nghị đánh giá kết quả thực hiện các chỉ tiêu, nhiệm vụ tháng 11 "
        "và đề ra phương hướng, nhiệm vụ tháng 12 năm 2020.\n\n"
        "Theo báo cáo, tính đến hết tháng 11, tổng thu ngân sách trên địa bàn đạt 520 tỷ đồng, bằng 88% kế hoạch.",
        baocao::model::Date{2020, 12, 9});
    REQUIRE(summed.meetings.size() == 1);
    REQUIRE(summed.meetings[0].period);
    CHECK(summed.meetings[0].period->label == "11T/2020");
    CHECK(summed.meetings[0].period_basis.find("year_to_date") != std::string::npos);

    const auto cumulative = read_meeting(
        "UBND thành phố vừa tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ tháng 7, triển khai nhiệm vụ "
        "những tháng cuối năm 2022.\n\nThu ngân sách tháng 7 là 91 tỷ đồng, lũy kế 7 tháng thực hiện 838 tỷ "
        "đồng, tăng 5% so với cùng kỳ năm 2021.",
        baocao::model::Date{2022, 8, 1});
    REQUIRE(cumulative.meetings.size() == 1);
    REQUIRE(cumulative.meetings[0].period);
    CHECK(cumulative.meetings[0].period->label == "7T/2022");

    // the month alone when the report tells only the month
    const auto month = read_meeting(
        "Chiều 3/8, UBND huyện Long Điền họp phiên thường kỳ đánh giá tình hình kinh tế - xã hội tháng 7.\n\n"
        "Trong tháng 7, thu ngân sách đạt 52 tỷ đồng.",
        baocao::model::Date{2022, 8, 4});
    REQUIRE(month.meetings.size() == 1);
    REQUIRE(month.meetings[0].period);
    CHECK(month.meetings[0].period->label == "T7/2022");
}

TEST_CASE("a congress that names only the five-year plan reviews the Party term it falls in", "[meeting]") {
    const auto doc = read_meeting(
        "Sáng 8/8, Đại hội đại biểu Đảng bộ phường Thanh Thủy lần thứ I khai mạc.\n\n"
        "Giai đoạn 2021-2025, kinh tế của phường tăng trưởng khá, thu ngân sách vượt dự toán.",
        baocao::model::Date{2025, 8, 8});
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2020-2025");
}

TEST_CASE("'Đại hội đại biểu phường X' is held by the ward's Party organisation, not by the venue's owner",
          "[meeting]") {
    const auto doc = read_meeting(
        "Ngày 5.8, tại Hội trường Thống Nhất (thuộc UBND tỉnh Tây Ninh) diễn ra Đại hội đại biểu P.Long An lần thứ I, "
        "nhiệm kỳ 2025 - 2030. Ông Nguyễn Văn Quyết, Bí thư Tỉnh ủy Tây Ninh, dự và chỉ đạo đại hội.",
        baocao::model::Date{2025, 8, 6});
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].organizer == "Đảng bộ phường");
    CHECK(doc.meetings[0].locality.name == "Long An");
    CHECK(doc.meetings[0].locality.level == 3);
}

TEST_CASE("an undated sentence telling what an earlier meeting decided is no meeting held", "[meeting]") {
    const auto feature = read_meeting(
        "Sức bật từ những công trình giao thông\n\nTỉnh có nhiều tiềm năng để bứt phá. Đặc biệt, nhiệm kỳ 2020-2025, "
        "Đại hội Đảng bộ tỉnh Long An lần thứ XI đề ra 3 công trình trọng điểm.");
    CHECK(feature.meetings.empty());
    const auto held = read_meeting(
        "Đại hội Đảng bộ huyện Cẩm Xuyên lần thứ XX khai mạc và đề ra 18 chỉ tiêu chủ yếu cho nhiệm kỳ 2025-2030.");
    CHECK(held.meetings.size() == 1);
}

TEST_CASE("spans of years date a meeting written without its year: mid-term, a phase closed as the next is planned",
          "[meeting]") {
    const auto mid = read_meeting(
        "Ngày 20-7, Quận ủy Hải Châu tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ quận "
        "lần thứ VI, nhiệm kỳ 2020-2025.");
    REQUIRE(mid.meetings.size() == 1);
    REQUIRE(mid.meetings[0].held_on);
    CHECK(mid.meetings[0].held_on->iso() == "2023-07-20");

    const auto phase = read_meeting(
        "Sáng 14/5, UBND tỉnh Hà Giang tổ chức hội nghị đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia "
        "giai đoạn 2021–2025, đồng thời đề xuất phương hướng giai đoạn 2026–2030.");
    REQUIRE(phase.meetings.size() == 1);
    REQUIRE(phase.meetings[0].held_on);
    CHECK(phase.meetings[0].held_on->iso() == "2025-05-14");
    REQUIRE(phase.meetings[0].period);
    CHECK(phase.meetings[0].period->label == "2021-2025");
}

TEST_CASE("a single-topic session named with its year is held that year and reviews no period", "[meeting]") {
    const auto doc = read_meeting(
        "Ngày 8-4, HĐND huyện Phú Lương khóa XVIII đã tổ chức Kỳ họp bất thường năm 2015 để bầu, miễn nhiệm một số "
        "chức danh trong HĐND huyện nhiệm kỳ 2011-2016.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2015-04-08");
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("allocations adopted for a year plan it: a March session adopting them is held that year", "[meeting]") {
    const auto doc = read_meeting(
        "Ngày 20-3, HĐND thành phố Sông Công khóa VIII tổ chức kỳ họp thứ 25 (kỳ họp chuyên đề) để thông qua các nghị "
        "quyết, gồm: Nghị quyết về phương án phân bổ vốn hỗ trợ xây dựng hạ tầng trên địa bàn các xã, phường năm 2025; "
        "Nghị quyết về việc phân bổ chi tiết vốn sự nghiệp năm 2025.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2025-03-20");
}

TEST_CASE("the article's stamp under the headline, not the site's clock above it, dates the page", "[meeting]") {
    const auto doc = meeting_test::read_article(
        "Chủ nhật, 24/11/2024, 15:27\nKỳ họp thứ 5 HĐND huyện Thái Thụy\nThứ 5, 28/12/2017 | 14:15:15\n\n"
        "Sáng ngày 28/12, HĐND huyện Thái Thụy khai mạc kỳ họp thứ 5 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2017.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2017-12-28");
}

TEST_CASE("a page stamp with its time after a comma dates the page", "[meeting]") {
    const auto doc = meeting_test::read_article(
        "HĐND thành phố Yên Hòa hủy dự toán 266 công trình\n\n24-05-2024, 15:09\n\n"
        "Ngày 24/5, Hội đồng nhân dân thành phố Yên Hòa đã tổ chức kỳ họp chuyên đề lần thứ 17, thống nhất hủy dự "
        "toán đối với 266 công trình đã không thể giải ngân năm 2023.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2024-05-24");
}

TEST_CASE("a deadline is no meeting day", "[meeting]") {
    const auto doc = read_meeting(
        "Huyện ủy Hiệp Đức tổ chức hội nghị lần thứ 10 nhằm đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm "
        "2019.\n\nTheo đó, đại hội đảng bộ cơ sở hoàn thành trước ngày 30/6/2020.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].held_on);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "9T/2019");
}

TEST_CASE("the chair among guests and co-chairs", "[meeting]") {
    const auto guests = read_meeting(
        "Sáng 15/7, HĐND huyện Xuyên Mộc khai mạc kỳ họp thứ 8. Dự kỳ họp có ông Nguyễn Văn Tuấn - Tỉnh ủy viên, Phó "
        "Chủ tịch HĐND tỉnh; ông Huỳnh Bách Chiến - Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ tọa kỳ họp; ông Đặng "
        "Thanh Minh - Chủ tịch UBND huyện.");
    REQUIRE(guests.meetings.size() == 1);
    CHECK(guests.meetings[0].chair_name == "Huỳnh Bách Chiến");

    const auto co_chairs = read_meeting(
        "Sáng 15/7, HĐND huyện Xuyên Mộc khai mạc kỳ họp thứ 8. Ông Phạm Thành Chung, Bí thư Huyện ủy, Chủ tịch HĐND "
        "huyện; bà Nguyễn Thị Bình Minh, Phó Chủ tịch HĐND huyện chủ tọa kỳ họp.");
    REQUIRE(co_chairs.meetings.size() == 1);
    CHECK(co_chairs.meetings[0].chair_name == "Phạm Thành Chung");

    const auto head_of_list = read_meeting(
        "Ngày 20/12, UBND tỉnh tổ chức hội nghị tổng kết năm 2018. Chủ tịch UBND tỉnh Cao Văn Trọng, các Phó Chủ tịch "
        "UBND tỉnh: Trương Duy Hải, Nguyễn Hữu Lập chủ trì hội nghị.");
    REQUIRE(head_of_list.meetings.size() == 1);
    CHECK(head_of_list.meetings[0].chair_name == "Cao Văn Trọng");
}

TEST_CASE("after a headline announcing a session, a meeting told as held is the report's", "[meeting]") {
    const auto held = read_meeting(
        "Kỳ họp thứ 9, HĐND tỉnh khóa XIV dự kiến diễn ra đầu tháng 12/2018\n\n"
        "Sáng 2/10, hội nghị liên tịch thống nhất dự kiến nội dung, thời gian kỳ họp thứ 9, HĐND tỉnh khóa XIV đã được "
        "tổ chức.",
        baocao::model::Date{2018, 10, 3});
    REQUIRE(held.meetings.size() == 1);
    REQUIRE(held.meetings[0].held_on);
    CHECK(held.meetings[0].held_on->iso() == "2018-10-02");
    CHECK_FALSE(held.meetings[0].period);  // the month announced is no period reviewed

    const auto restated = read_meeting(
        "Theo thông báo, kỳ họp cuối năm của HĐND tỉnh sẽ diễn ra trong 3 ngày từ 13 - 15/12/2019.\n\n"
        "Kỳ họp thứ 12 HĐND tỉnh diễn ra từ 13 - 15/12/2019, tại hội trường tầng 1.");
    CHECK(restated.meetings.empty());
}

TEST_CASE("a congress is held as its term opens, whatever later phase its plans name", "[meeting]") {
    std::string text =
        "Chiều 25-9, đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020-2025, đã thông qua nghị quyết "
        "đại hội.\n\nTheo đó, giai đoạn 2020-2025 tốc độ tăng trưởng GRDP bình quân 5 năm đạt từ 6,5-7%.\n\n";
    for (int i = 0; i < 4; ++i)
        text += "Các ngành tập trung thực hiện nhiệm vụ, giải pháp đột phá đã đề ra trong nghị quyết đại hội.\n\n";
    text += "Giai đoạn 2025-2030, tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm.";
    const auto doc = read_meeting(text);
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2020-09-25");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2015-2020");
}

TEST_CASE("a schedule, a tally to a day and a report submitted to a congress report no meeting", "[meeting]") {
    const auto schedule = read_meeting(
        "Theo kế hoạch, từ 11 đến 18-10, có 36 Đảng bộ trực thuộc Trung ương tổ chức Đại hội Đảng bộ, trong đó có các "
        "Đảng bộ lớn như TP Hà Nội, Hải Phòng.");
    CHECK(schedule.meetings.empty());
    const auto tally = read_meeting(
        "Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội đảng bộ cấp "
        "huyện.");
    for (const auto& m : tally.meetings) CHECK_FALSE(m.held_on);
    const auto submitted = read_meeting(
        "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh trình Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ XVI "
        "được bố cục gồm 2 phần.");
    CHECK(submitted.meetings.empty());
}

TEST_CASE("a Youth Union of a unit holds its meeting ('Huyện đoàn Vân Canh')", "[meeting]") {
    auto doc = meeting_test::read_article(
        "Vân Canh tổ chức Đại hội Đoàn\n\nSáng 30.7.2022, Huyện đoàn Vân Canh (Bình Định) tổ chức Đại hội đại biểu "
        "Đoàn TNCS Hồ Chí Minh lần thứ XIX, nhiệm kỳ 2022 - 2027.\n");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].organizer == "Huyện đoàn");
    CHECK(doc.meetings[0].locality.name == "Vân Canh");
    CHECK(doc.meetings[0].locality.level == 2);
}

TEST_CASE("a session called to decide some matters reviews a period only when its sentence names one", "[meeting][period]") {
    auto doc = read_meeting(
        "Chiều ngày 24/4/2025, HĐND huyện Yên Hòa tổ chức kỳ họp lần thứ 23, khóa III, nhiệm kỳ 2021-2026 để xem "
        "xét, thông qua một số nội dung quan trọng. Tại kỳ họp, các đại biểu đã thống nhất bổ sung dự toán chi ngân "
        "sách năm 2025.");
    REQUIRE(doc.meetings.size() == 1);
    CHECK_FALSE(doc.meetings[0].period);
}

TEST_CASE("the Fatherland Front and the mass organisations of a unit hold their own congresses", "[meeting]") {
    auto front = read_meeting(
        "Sáng ngày 26/3/2024, Ủy ban MTTQ Việt Nam xã Tiên Cảnh tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2024 - 2029.");
    REQUIRE(front.meetings.size() == 1);
    CHECK(front.meetings[0].organizer == "Ủy ban Mặt trận Tổ quốc xã");
    CHECK(front.meetings[0].locality.name == "Tiên Cảnh");
    CHECK(front.meetings[0].locality.level == 3);
    auto farmers = read_meeting("Ngày 8/3/2023, Hội Nông dân huyện Gia Lộc đã tổ chức Đại hội đại biểu, nhiệm kỳ 2023 - 2028.");
    REQUIRE(farmers.meetings.size() == 1);
    CHECK(farmers.meetings[0].organizer == "Hội Nông dân huyện");
    CHECK(farmers.meetings[0].locality.name == "Gia Lộc");
}

TEST_CASE("a session that plans the rest of the year reviews the year up to the plan, and settled accounts are not reviewed",
          "[meeting]") {
    auto mid_year = read_meeting(
        "Ngày 20/7/2016, HĐND huyện Phú Quý tổ chức kỳ họp thứ 2 để xem xét tình hình thực hiện nhiệm vụ phát triển "
        "kinh tế - xã hội; thẩm tra quyết toán ngân sách nhà nước năm 2015; nhiệm vụ, giải pháp 6 tháng cuối năm 2016.");
    REQUIRE(mid_year.meetings.size() == 1);
    REQUIRE(mid_year.meetings[0].period);
    CHECK(mid_year.meetings[0].period->label == "6T/2016");
    CHECK(mid_year.meetings[0].period_basis == "before_the_plan");
    auto autumn = read_meeting(
        "Ngày 15/10/2016, UBND huyện Phú Quý tổ chức hội nghị bàn nhiệm vụ, giải pháp 3 tháng cuối năm 2016.");
    REQUIRE(autumn.meetings.size() == 1);
    REQUIRE(autumn.meetings[0].period);
    CHECK(autumn.meetings[0].period->label == "9T/2016");
    // A plan of the whole next year tells nothing of the span reviewed, but for a council's
    // year-end session, which reviews the year it ends.
    auto year_plan = read_meeting("Ngày 20/12/2016, UBND huyện Phú Quý tổ chức hội nghị bàn nhiệm vụ năm 2017.");
    REQUIRE(year_plan.meetings.size() == 1);
    CHECK_FALSE(year_plan.meetings[0].period);
    auto session = read_meeting("Ngày 20/12/2016, HĐND huyện Phú Quý tổ chức kỳ họp bàn nhiệm vụ năm 2017.");
    REQUIRE(session.meetings.size() == 1);
    REQUIRE(session.meetings[0].period);
    CHECK(session.meetings[0].period->label == "2016");
}

TEST_CASE("a period told as being carried out is reviewed before a later item's year evaluated", "[meeting][period]") {
    auto doc = read_meeting(
        "Trong 2 ngày (4 - 5/7), HĐND huyện Yên Hòa tổ chức Kỳ họp thứ 18. Tại kỳ họp, HĐND huyện đã xem xét: Tình "
        "hình thực hiện nhiệm vụ thu - chi ngân sách 6 tháng đầu năm; nhiệm vụ 6 tháng cuối năm 2024; đánh giá tình "
        "hình thực hiện kế hoạch đầu tư công năm 2023.",
        Date{2024, 7, 6});
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "6T/2024");
}

TEST_CASE("a council's year-end session that plans the next year and names no span reviews its year", "[meeting][period]") {
    auto doc = read_meeting(
        "Chiều 5/12, kỳ họp thứ 7 HĐND tỉnh Yên Hòa tiếp tục xem xét tờ trình về nhiệm vụ phát triển kinh tế - xã hội "
        "năm 2019.",
        Date{2018, 12, 6});
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2018");
    CHECK(doc.meetings[0].period_basis == "year_end_session");
    // A single-topic session, or one in July, reviews none by this.
    auto topic = read_meeting(
        "Chiều 5/12, HĐND tỉnh Yên Hòa tổ chức kỳ họp chuyên đề xem xét tờ trình về dự toán ngân sách năm 2019.",
        Date{2018, 12, 6});
    REQUIRE(topic.meetings.size() == 1);
    CHECK_FALSE(topic.meetings[0].period);
}

TEST_CASE("a council's January session that adopts the year's tasks closes the year before", "[meeting][period]") {
    auto doc = read_meeting(
        "Ngày 9-1, Kỳ họp thứ 6, HĐND thành phố Yên Hòa khóa V đã bế mạc. Kỳ họp đã thông qua 8 Nghị quyết về: "
        "Nhiệm vụ phát triển kinh tế - xã hội năm 2018; Phê chuẩn phương án phân bổ ngân sách năm 2018.",
        Date{2018, 1, 10});
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2017");
    CHECK(doc.meetings[0].period_basis == "year_start_session");
    // One that reviews the year before says so, and that is read first.
    auto review = read_meeting(
        "Ngày 9-1, HĐND thành phố Yên Hòa tổ chức kỳ họp thứ 6 tổng kết năm 2017, triển khai nhiệm vụ năm 2018.",
        Date{2018, 1, 10});
    REQUIRE(review.meetings.size() == 1);
    REQUIRE(review.meetings[0].period);
    CHECK(review.meetings[0].period->label == "2017");
}

TEST_CASE("a meeting summing up a phase late in a year undated is held in the phase's last year", "[meeting][date]") {
    const auto doc = meeting_test::read_article(
        "Tỉnh ủy Yên Hòa tổng kết Chương trình giảm nghèo bền vững giai đoạn 2016-2020\n"
        "Sáng nay 26/11, Tỉnh ủy tổ chức hội nghị tổng kết Chương trình giảm nghèo bền vững tỉnh Yên Hòa giai đoạn "
        "2016-2020.\n"
        "Cuối năm 2015, tỷ lệ hộ nghèo toàn tỉnh là 32,21%.\n");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->year == 2020);
    CHECK(doc.meetings[0].date_basis == "term_in_sentence");
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2016-2020");
}

TEST_CASE("a meeting on a coming congress's drafts reviews the term that ends", "[meeting][period]") {
    auto doc = read_meeting(
        "Sáng 15-11, Ban Chấp hành Đảng bộ huyện Yên Hòa tổ chức hội nghị cho ý kiến vào Dự thảo Báo cáo chính trị Đại "
        "hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.",
        Date{2019, 11, 16});
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2015-2020");
    CHECK(doc.meetings[0].period_basis == "congress_drafts");
    // A year-end conference that also hears the drafts reviews its year.
    auto year_end = read_meeting(
        "Sáng 18-12, Huyện ủy Yên Hòa tổ chức hội nghị tổng kết năm 2019 và cho ý kiến vào dự thảo văn kiện Đại hội "
        "Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.",
        Date{2019, 12, 19});
    REQUIRE(year_end.meetings.size() == 1);
    REQUIRE(year_end.meetings[0].period);
    CHECK(year_end.meetings[0].period->label == "2019");
}

TEST_CASE("a forecast made mid-year does not name a mid-year session", "[meeting][period]") {
    auto doc = read_meeting(
        "Sáng 5/12, HĐND tỉnh Yên Hòa khai mạc Kỳ họp thứ 24. Năm 2024, GRDP tăng 11,72%, cao hơn mức dự báo giữa "
        "năm 2024.",
        Date{2024, 12, 6});
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2024");
    // The session named so reviews the first half.
    auto mid = read_meeting("Sáng 10/7, HĐND tỉnh Yên Hòa khai mạc kỳ họp thường lệ giữa năm 2024.", Date{2024, 7, 11});
    REQUIRE(mid.meetings.size() == 1);
    REQUIRE(mid.meetings[0].period);
    CHECK(mid.meetings[0].period->label == "6T/2024");
}

TEST_CASE("a council's regular December session that names no year reviews the year it ends", "[meeting][period]") {
    auto doc = read_meeting(
        "Ngày 7-12, HĐND tỉnh Yên Hòa khóa X, nhiệm kỳ 2021 - 2026 đã khai mạc kỳ họp thứ 5. Kinh tế của tỉnh có mức "
        "tăng trưởng đạt 2,15% so cùng kỳ.",
        Date{2021, 12, 8});
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->label == "2021");
    CHECK(doc.meetings[0].period_basis == "year_end_session");
    // In November, with no year named, nothing is said of the span.
    auto november = read_meeting("Ngày 7-11, HĐND tỉnh Yên Hòa khóa X đã khai mạc kỳ họp thứ 5.", Date{2021, 11, 8});
    REQUIRE(november.meetings.size() == 1);
    CHECK_FALSE(november.meetings[0].period);
}

TEST_CASE("a council's first session and a single-topic session's documents review no period", "[meeting][period]") {
    auto first = read_meeting(
        "Ngày 24/6, HĐND tỉnh Yên Hòa khóa XVII khai mạc kỳ họp thứ nhất, nhiệm kỳ 2016-2021. Đây là kỳ họp bầu các "
        "chức danh chủ chốt nhằm thực hiện thắng lợi nhiệm vụ năm 2016.",
        Date{2016, 6, 25});
    REQUIRE(first.meetings.size() == 1);
    CHECK_FALSE(first.meetings[0].period);
    auto topic = read_meeting(
        "Ngày 28/8, HĐND tỉnh Yên Hòa khóa XVII tổ chức Kỳ họp thứ 16 (kỳ họp chuyên đề) thảo luận, thông qua 19 nghị "
        "quyết về: Bổ sung, điều chỉnh kế hoạch thu hồi đất, chuyển mục đích sử dụng đất năm 2020.",
        Date{2020, 8, 30});
    REQUIRE(topic.meetings.size() == 1);
    CHECK_FALSE(topic.meetings[0].period);
    // A session that reviews says so, even on one matter.
    auto reviewed = read_meeting(
        "Ngày 28/8, HĐND tỉnh Yên Hòa tổ chức kỳ họp chuyên đề đánh giá kết quả thực hiện kế hoạch đầu tư công 6 "
        "tháng đầu năm 2020.",
        Date{2020, 8, 30});
    REQUIRE(reviewed.meetings.size() == 1);
    REQUIRE(reviewed.meetings[0].period);
    CHECK(reviewed.meetings[0].period->label == "6T/2020");
}

TEST_CASE("a year a work is to be done in plans it: a January session is held in that year", "[meeting]") {
    auto doc = read_meeting(
        "Chiều 30-1, HĐND thị xã Hòa Sơn tổ chức kỳ họp chuyên đề quyết định chủ trương đầu tư đường nội bộ "
        "khu di tích. Tổng mức đầu tư hơn 5 tỷ đồng. Thời gian thực hiện trong năm 2024.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2024-01-30");
    // The same year reviewed ("đánh giá năm 2024") is the year before a January session.
    auto review = read_meeting("Chiều 30-1, HĐND thị xã Hòa Sơn tổ chức kỳ họp đánh giá kết quả năm 2024.");
    REQUIRE(review.meetings.size() == 1);
    REQUIRE(review.meetings[0].held_on);
    CHECK(review.meetings[0].held_on->iso() == "2025-01-30");
}

TEST_CASE("a meeting's closing day gives way to the first day of the span the article names for it", "[meeting]") {
    auto doc = read_meeting(
        "Kết thúc Đại hội, ngày 25/9/2020, Ban Thường vụ Tỉnh ủy Kon Tum ra thông báo kết quả Đại hội đại biểu "
        "Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025. Đại hội được tổ chức từ ngày 22-9-2020 đến ngày 25-9-2020 "
        "tại Hội trường tỉnh.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2020-09-22");
    // A span of other days (a campaign, a deadline) leaves the day alone.
    auto other = read_meeting(
        "Sáng 25/9/2020, HĐND huyện Hòa Sơn khai mạc kỳ họp thứ 15. Đợt cao điểm ra quân diễn ra từ ngày "
        "1/9/2020 đến ngày 25/9/2020.");
    REQUIRE(other.meetings.size() == 1);
    REQUIRE(other.meetings[0].held_on);
    CHECK(other.meetings[0].held_on->iso() == "2020-09-25");
}

TEST_CASE("a full date opening the lead before a source's tag and a dash is the page's stamp", "[meeting]") {
    auto doc = read_meeting(
        "26/06/2020 Sở TT&TT HS - Ngày 11 tháng 6 năm 2020, Ủy ban nhân dân tỉnh Hòa Bình tổ chức cuộc họp cho ý "
        "kiến về bổ sung xã thực hiện nông thôn mới.");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].held_on);
    CHECK(doc.meetings[0].held_on->iso() == "2020-06-11");
    auto own = read_meeting("Ngày 26/06/2020, Ủy ban nhân dân tỉnh Hòa Bình tổ chức cuộc họp thường kỳ tháng 6.");
    REQUIRE(own.meetings.size() == 1);
    REQUIRE(own.meetings[0].held_on);
    CHECK(own.meetings[0].held_on->iso() == "2020-06-26");
}
