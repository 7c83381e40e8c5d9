// Dates and periods in sentences composed in the genre's style.
#include <catch2/catch.hpp>

#include "text/dates.h"

using namespace baocao::text;

namespace {
std::string span_text(std::string_view text, const baocao::model::Span& s) {
    return std::string(text.substr(s.begin, s.end - s.begin));
}
}  // namespace

TEST_CASE("days with a time of day", "[dates]") {
    std::string text = "Sáng 6/1, Đảng ủy xã tổ chức hội nghị.";
    auto days = find_days(text);
    REQUIRE(days.size() == 1);
    CHECK(days[0].day == 6);
    CHECK(days[0].month == 1);
    CHECK_FALSE(days[0].year);
    CHECK(days[0].time_of_day == "sáng");
    CHECK(span_text(text, days[0].span) == "Sáng 6/1");
}

TEST_CASE("day forms: ngày, dash, dot, full year", "[dates]") {
    auto a = find_days("Chiều ngày 22/6, Ban Thường vụ họp.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].time_of_day == "chiều");
    CHECK(a[0].day == 22);
    auto b = find_days("Sáng 7-4, hội nghị khai mạc.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].month == 4);
    auto c = find_days("Trong ngày 17.12 huyện đã họp.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].day == 17);
    CHECK(c[0].month == 12);
    auto d = find_days("Nghị quyết ban hành ngày 12/7/2023 của Tỉnh ủy.");
    REQUIRE(d.size() == 1);
    CHECK(*d[0].year == 2023);
    auto e = find_days("sáng nay 9-12, kỳ họp bế mạc.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].day == 9);
    CHECK(e[0].month == 12);
    auto f = find_days("Hội nghị diễn ra ngày 5 tháng 7 năm 2023 tại hội trường.");
    REQUIRE(f.size() == 1);
    CHECK(f[0].month == 7);
    CHECK(*f[0].year == 2023);
}

TEST_CASE("meetings over several days keep the first day", "[dates]") {
    auto a = find_days("Trong 2 ngày 6 và 7/8, Đảng bộ phường tổ chức đại hội.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].day == 6);
    CHECK(a[0].month == 8);
    auto b = find_days("Từ ngày 26 - 28/6/2017, HĐND huyện họp kỳ họp thứ 4.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].day == 26);
    CHECK(*b[0].year == 2017);
    auto c = find_days("Trong 2 ngày 10 và 11.7, HĐND huyện tổ chức kỳ họp.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].day == 10);
    CHECK(c[0].month == 7);
    auto d = find_days("Trong 2 ngày (20 - 21/2), Đảng bộ xã tổ chức đại hội.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].day == 20);
}

TEST_CASE("ratios and document numbers are not days", "[dates]") {
    CHECK(find_days("Có 11/15 chỉ tiêu đạt kế hoạch, Nghị quyết 02-NQ/ThU.").empty());
    CHECK(find_days("Ngày 40/13 không có.").empty());
}

TEST_CASE("half-year, nine months, quarters", "[dates]") {
    auto p = find_periods("Sơ kết 6 tháng đầu năm 2022 của huyện.", std::nullopt);
    REQUIRE(p.size() == 1);
    CHECK(p[0].period.start.iso() == "2022-01-01");
    CHECK(p[0].period.end.iso() == "2022-06-30");
    CHECK(p[0].period.label == "6T/2022");
    CHECK_FALSE(p[0].forward_looking);

    auto q = find_periods("đánh giá tình hình thực hiện nhiệm vụ quý I-2022", std::nullopt);
    REQUIRE(q.size() == 1);
    CHECK(q[0].period.label == "Q1/2022");
    CHECK(q[0].period.end.iso() == "2022-03-31");

    auto q2 = find_periods("Giao ban quý II năm 2023 của khối Đảng", std::nullopt);
    REQUIRE(q2.size() == 1);
    CHECK(q2[0].period.label == "Q2/2023");

    auto nine = find_periods("Kết quả 9 tháng, thu ngân sách tăng.", 2023);
    REQUIRE(nine.size() == 1);
    CHECK(nine[0].year_inferred);
    CHECK(nine[0].period.end.iso() == "2023-09-30");
    CHECK(nine[0].period.label == "9T/2023");
}

TEST_CASE("a period without its year takes the default year or none", "[dates]") {
    CHECK(find_periods("kết quả 6 tháng đầu năm", std::nullopt).empty());
    auto p = find_periods("kết quả 6 tháng đầu năm", 2021);
    REQUIRE(p.size() == 1);
    CHECK(p[0].period.start.iso() == "2021-01-01");
}

TEST_CASE("forward-looking periods are marked", "[dates]") {
    // The first half takes the year of the second half planned beside it, not the default year.
    auto p = find_periods("sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023", 2022);
    REQUIRE(p.size() == 2);
    CHECK_FALSE(p[0].year_inferred);
    CHECK(p[0].period.end.iso() == "2023-06-30");
    CHECK_FALSE(p[0].forward_looking);
    CHECK(p[1].forward_looking);
    CHECK(p[1].period.start.iso() == "2023-07-01");

    auto plan = find_periods("tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024", std::nullopt);
    REQUIRE(plan.size() == 2);
    CHECK_FALSE(plan[0].forward_looking);
    CHECK(plan[1].forward_looking);

    auto task = find_periods("Hội nghị bàn nhiệm vụ năm 2024.", std::nullopt);
    REQUIRE(task.size() == 1);
    CHECK(task[0].forward_looking);

    auto done = find_periods("kết quả thực hiện nhiệm vụ năm 2023", std::nullopt);
    REQUIRE(done.size() == 1);
    CHECK_FALSE(done[0].forward_looking);

    auto q3 = find_periods("đề ra phương hướng quý III", 2023);
    REQUIRE(q3.size() == 1);
    CHECK(q3[0].forward_looking);

    auto reviewed_after_plan = find_periods("triển khai nhiệm vụ năm 2024 và đánh giá kết quả năm 2023", std::nullopt);
    REQUIRE(reviewed_after_plan.size() == 2);
    CHECK(reviewed_after_plan[0].forward_looking);
    CHECK_FALSE(reviewed_after_plan[1].forward_looking);

    auto joined = find_periods("triển khai nhiệm vụ quý III và quý IV", 2023);
    REQUIRE(joined.size() == 2);
    CHECK(joined[1].forward_looking);

    auto last = find_periods("những tháng cuối năm", 2023);
    REQUIRE(last.size() == 1);
    CHECK(last[0].forward_looking);
    CHECK(last[0].period.label == "6TC/2023");
}

TEST_CASE("years, months, terms", "[dates]") {
    auto y = find_periods("Năm 2021, huyện đạt nhiều kết quả.", std::nullopt);
    REQUIRE(y.size() == 1);
    CHECK(y[0].period.label == "2021");

    auto tk = find_periods("hội nghị tổng kết năm của Đảng bộ", 2019);
    REQUIRE(tk.size() == 1);
    CHECK(tk[0].period.label == "2019");

    auto m = find_periods("phiên họp thường kỳ tháng 11/2020", std::nullopt);
    REQUIRE(m.size() == 1);
    CHECK(m[0].period.label == "T11/2020");
    CHECK(m[0].period.end.iso() == "2020-11-30");

    auto m2 = find_periods("giao ban tháng 2 năm 2024", std::nullopt);
    REQUIRE(m2.size() == 1);
    CHECK(m2[0].period.end.iso() == "2024-02-29");

    auto t = find_periods("khóa XXI, nhiệm kỳ 2020 - 2025", std::nullopt);
    REQUIRE(t.size() == 1);
    CHECK(t[0].period.start.iso() == "2020-01-01");
    CHECK(t[0].period.end.iso() == "2025-12-31");
    CHECK(t[0].period.label == "2020-2025");

    auto g = find_periods("giai đoạn 2021–2025", std::nullopt);  // en dash
    REQUIRE(g.size() == 1);
    CHECK(g[0].period.label == "2021-2025");
}

TEST_CASE("a spelled-out day is not a month period", "[dates]") {
    auto p = find_periods("ngày 6 tháng 7 năm 2023", std::nullopt);
    CHECK(p.empty());
}

TEST_CASE("roman numerals and ordinals", "[dates]") {
    CHECK(*parse_roman("XI") == 11);
    CHECK(*parse_roman("xxi") == 21);
    CHECK(*parse_roman("IV") == 4);
    CHECK(*parse_roman("XIX") == 19);
    CHECK_FALSE(parse_roman("abc"));
    CHECK(*parse_ordinal("9") == 9);
    CHECK(*parse_ordinal("ba") == 3);
    CHECK(*parse_ordinal("tư") == 4);
    CHECK(*parse_ordinal("XVIII") == 18);
}

TEST_CASE("period labels", "[dates]") {
    using baocao::model::Date;
    CHECK(period_label(Date{2023, 1, 1}, Date{2023, 6, 30}) == "6T/2023");
    CHECK(period_label(Date{2022, 1, 1}, Date{2022, 3, 31}) == "Q1/2022");
    CHECK(period_label(Date{2022, 10, 1}, Date{2022, 12, 31}) == "Q4/2022");
    CHECK(period_label(Date{2021, 1, 1}, Date{2021, 12, 31}) == "2021");
    CHECK(period_label(Date{2020, 11, 1}, Date{2020, 11, 30}) == "T11/2020");
    CHECK(period_label(Date{2020, 1, 1}, Date{2025, 12, 31}) == "2020-2025");
}

TEST_CASE("deadlines, holidays and launches are not periods reviewed", "[dates]") {
    auto deadline = find_periods("Phấn đấu xây dựng huyện đạt chuẩn nông thôn mới đến năm 2025.", std::nullopt);
    REQUIRE(deadline.size() == 1);
    CHECK(deadline[0].forward_looking);
    auto end_of_year = find_periods("Huyện được công nhận đạt chuẩn vào cuối năm 2019", std::nullopt);
    REQUIRE(end_of_year.size() == 1);
    CHECK(end_of_year[0].forward_looking);
    auto holiday = find_periods("Nhân dịp đón Tết Nguyên đán năm 2023, Thành ủy gặp mặt cán bộ hưu trí.", std::nullopt);
    REQUIRE(holiday.size() == 1);
    CHECK(holiday[0].forward_looking);
    auto launch = find_periods("Hội nghị phát động phong trào thi đua năm 2024.", std::nullopt);
    REQUIRE(launch.size() == 1);
    CHECK(launch[0].forward_looking);

    // What was done up to a month or a year is still looked back on.
    auto cumulative = find_periods("Thu ngân sách lũy kế đến tháng 5 đạt 88 tỷ đồng.", 2023);
    REQUIRE(cumulative.size() == 1);
    CHECK_FALSE(cumulative[0].forward_looking);
    auto as_of = find_periods("Tính đến năm 2022, toàn huyện có 12 xã đạt chuẩn.", std::nullopt);
    REQUIRE(as_of.size() == 1);
    CHECK_FALSE(as_of[0].forward_looking);
    // "đến" must be a word of its own: "Kết quả năm 2022" after "quan tâm đến" is unrelated.
    auto reviewed = find_periods("Đánh giá kết quả thực hiện nhiệm vụ năm 2022.", std::nullopt);
    REQUIRE(reviewed.size() == 1);
    CHECK_FALSE(reviewed[0].forward_looking);
}

TEST_CASE("'chiều nay (07/12)' is a day", "[dates]") {
    auto days = find_days("Chiều nay (07/12), kỳ họp tiếp tục làm việc tại hội trường.");
    REQUIRE(days.size() == 1);
    CHECK(days[0].day == 7);
    CHECK(days[0].month == 12);
    CHECK(days[0].time_of_day == "chiều");
}

TEST_CASE("what someone is told to do in a period is not reviewed", "[dates]") {
    auto told = find_periods(
        "Đồng chí Phó Bí thư Thường trực Huyện ủy cũng giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu đẩy mạnh "
        "tuyên truyền các ngày lễ, kỷ niệm, các sự kiện chính trị lớn của tỉnh và huyện trong quý III năm 2020.",
        std::nullopt);
    REQUIRE(told.size() == 1);
    CHECK(told[0].forward_looking);
    auto report = find_periods("Đồng chí Chủ tịch yêu cầu các ngành báo cáo kết quả 6 tháng đầu năm 2020.", std::nullopt);
    REQUIRE(report.size() == 1);
    CHECK_FALSE(report[0].forward_looking);
}

TEST_CASE("a plan carried out and a programme's name are not plans", "[dates]") {
    auto carried_out = find_periods("Kết quả thực hiện kế hoạch giai đoạn 2021-2025 của huyện.", std::nullopt);
    REQUIRE(carried_out.size() == 1);
    CHECK_FALSE(carried_out[0].forward_looking);
    auto programme = find_periods("Chương trình mục tiêu quốc gia giai đoạn 2021–2025 đạt kết quả tốt.", std::nullopt);
    REQUIRE(programme.size() == 1);
    CHECK_FALSE(programme[0].forward_looking);
    auto plan = find_periods("Thông qua kế hoạch đầu tư công năm 2024.", std::nullopt);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].forward_looking);
    auto target = find_periods("Mục tiêu năm 2025 là hoàn thành 100% kế hoạch.", std::nullopt);
    REQUIRE(target.size() == 1);
    CHECK(target[0].forward_looking);
}

TEST_CASE("a school year is not a calendar year", "[dates]") {
    CHECK(find_periods("Hội nghị tổng kết năm học của ngành giáo dục.", 2023).empty());
}

TEST_CASE("a month and the months to its end are one period reviewed", "[dates]") {
    auto p = find_periods("Phiên họp đánh giá tình hình tháng 8 và 8 tháng năm 2022.", std::nullopt);
    REQUIRE(p.size() == 1);
    CHECK(p[0].period.label == "8T/2022");
    auto q = find_periods("kết quả tháng 4 và 4 tháng đầu năm", 2023);
    REQUIRE(q.size() == 1);
    CHECK(q[0].period.start.iso() == "2023-01-01");
    CHECK(q[0].period.end.iso() == "2023-04-30");
    // Two periods of their own stay two.
    CHECK(find_periods("triển khai nhiệm vụ tháng 5 và quý II", 2023).size() == 2);
}
