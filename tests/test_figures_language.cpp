// Constructions of the genre found in reports the rules were not written
// from: counts of those present, a year's list of targets, target ranges,
// sectors named in the clause before, shares after a count, terms and years
// in the figure's clause; and how each code and target year was found.
// Sentences composed for the tests.
#include <catch2/catch.hpp>

#include "figures_test_support.h"

using namespace figures_test;

namespace {
const baocao::model::IndicatorValue* find_value(const baocao::model::Document& doc, const std::string& v) {
    for (const auto& i : doc.indicators)
        if (value(i.value) == v) return &i;
    return nullptr;
}
}  // namespace

TEST_CASE("Each figure says how its code was found", "[figures][basis]") {
    auto doc = read_indicators(
        "Tổng thu ngân sách trên địa bàn đạt 320 tỷ đồng; sản xuất nông nghiệp tăng 3,2%; giải ngân vốn đầu tư công "
        "đạt 61%; có 12 hộ dân được hỗ trợ 40 con bò giống.");
    const auto* budget = find_value(doc, "320000000000");
    REQUIRE(budget);
    CHECK(budget->code == "budget_revenue");
    CHECK(budget->code_basis.rfind("subject: ", 0) == 0);
    const auto* growth = find_value(doc, "3.2");
    REQUIRE(growth);
    CHECK(growth->code == "agriculture_growth");
    CHECK(growth->code_basis.rfind("growth_of: ", 0) == 0);
    const auto* disbursed = find_value(doc, "61");
    REQUIRE(disbursed);
    CHECK(disbursed->code == "public_investment_disbursed");
    CHECK(disbursed->code_basis.rfind("rate_of: ", 0) == 0);
    for (const auto& v : doc.indicators)
        if (v.code == "other") CHECK(v.code_basis == "unknown");
}

TEST_CASE("Each target says how its year was found", "[targets][basis]") {
    SECTION("written next to the figure") {
        auto doc = read_targets("Hội nghị thống nhất phấn đấu tăng thu ngân sách, trong đó năm 2025 đạt 420 tỷ đồng.", 2023, 12);
        REQUIRE(doc.targets.size() == 1);
        CHECK(doc.targets[0].year == 2025);
        CHECK(doc.targets[0].year_basis == "written");
    }
    SECTION("the year of the list") {
        auto doc = read_targets("Một số chỉ tiêu chủ yếu năm 2024: tổng thu ngân sách 410 tỷ đồng; tỷ lệ hộ nghèo giảm 1,5%.",
                                2023, 12);
        REQUIRE(doc.targets.size() >= 2);
        for (const auto& t : doc.targets) {
            CHECK(t.year == 2024);
            CHECK(t.year_basis == "scope");
        }
    }
    SECTION("the year after a whole year reviewed") {
        auto doc = read_targets("Hội nghị thống nhất phấn đấu thu ngân sách đạt 380 tỷ đồng.", 2023, 12);
        REQUIRE(doc.targets.size() == 1);
        CHECK(doc.targets[0].year == 2024);
        CHECK(doc.targets[0].year_basis == "next_year");
    }
    SECTION("the rest of a half year reviewed") {
        auto doc = read_targets("Hội nghị thống nhất phấn đấu thu ngân sách đạt 380 tỷ đồng.", 2023, 6);
        REQUIRE(doc.targets.size() == 1);
        CHECK(doc.targets[0].year == 2023);
        CHECK(doc.targets[0].year_basis == "meeting_year");
    }
}

TEST_CASE("a rate right after 'năm' that no year could be is the rate of those years", "[figures]") {
    for (const char* text : {"Giá trị sản xuất tăng bình quân 5 năm 11,6%.", "Giá trị sản xuất tăng bình quân năm 11,6%."}) {
        INFO(text);
        auto doc = read_indicators(text);
        REQUIRE(doc.indicators.size() == 1);
        CHECK(value(doc.indicators[0].value) == "11.6");
    }
    // So is an amount right after "tháng": "9 tháng 20,8 tỷ đồng".
    auto months = read_indicators("Tổng thu ngân sách 9 tháng 20,8 tỷ đồng, đạt 80,1% kế hoạch.");
    REQUIRE(months.indicators.size() == 1);
    CHECK(value(months.indicators[0].value) == "20800000000");
    // A year stays a year: "năm 2023" is no figure.
    auto year = read_indicators("Thu ngân sách năm 2023 đạt 500 tỷ đồng.");
    REQUIRE(year.indicators.size() == 1);
    CHECK(value(year.indicators[0].value) == "500000000000");
}

TEST_CASE("things done away with, counted, are a figure, a difference from a figure before is not", "[figures]") {
    auto doc = read_indicators("Năm qua, toàn huyện giảm 683 hộ nghèo, giải quyết việc làm cho 1.200 lao động.");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(value(doc.indicators[0].value) == "683");
    CHECK(doc.indicators[0].unit == "count");
    for (const char* text : {"Toàn huyện còn 1.154 hộ nghèo, giảm 250 hộ.",
                             "Toàn huyện còn 1.154 hộ nghèo; số hộ nghèo giảm 250 hộ so với năm 2022."}) {
        INFO(text);
        auto differences = read_indicators(text);
        REQUIRE(differences.indicators.size() == 1);
        CHECK(value(differences.indicators[0].value) == "1154");
    }
}

TEST_CASE("Those present at the meeting are no figures", "[figures][present]") {
    for (const char* text : {
             "Hội nghị diễn ra với sự có mặt của 180 đảng viên trong toàn Đảng bộ.",
             "Dự đại hội có lãnh đạo huyện và 200 đảng viên chính thức của Đảng bộ xã.",
             "Nhân dịp này, Đảng ủy phường tổ chức họp mặt bí thư 52 chi bộ khu dân cư.",
             "Hội nghị được kết nối trực tuyến đến điểm cầu 27 xã, thị trấn.",
             "Cuộc họp kết nối với các điểm cầu 8 huyện, thị xã và 35 điểm cầu tại 35 xã, phường.",
             "Kỳ họp khai mạc với sự tham dự của hơn 250 đại biểu.",
         }) {
        INFO(text);
        auto doc = read_indicators(text);
        CHECK(doc.indicators.empty());
    }
    // A sentence that opens listing guests counts those present.
    auto guests = read_indicators(
        "Dự kỳ họp có đại diện Thường trực Huyện ủy, các đồng chí Chủ tịch HĐND, lãnh đạo hai Ban HĐND 14 xã, thị trấn "
        "cùng 125 đại biểu ưu tú đại diện cho hơn 700 đảng viên trong toàn Đảng bộ.");
    REQUIRE(guests.indicators.size() == 1);
    CHECK(value(guests.indicators[0].value) == "700");
    // The members the delegates stand for are the party's size; what it did is a figure too.
    auto members = read_indicators("Về dự đại hội có 180 đại biểu chính thức đại diện cho 2.140 đảng viên toàn Đảng bộ.");
    REQUIRE(members.indicators.size() == 1);
    CHECK(value(members.indicators[0].value) == "2140");
    auto doc = read_indicators("Trong năm, Đảng bộ kết nạp 25 đảng viên mới; bí thư chi bộ đồng thời là trưởng thôn đạt 95%.");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].code == "new_party_members");
}

TEST_CASE("Sectors named far before a figure do not make it a combined value", "[figures][present]") {
    auto doc = read_indicators(
        "Xây dựng phường thành trung tâm du lịch, dịch vụ là mục tiêu được đưa ra tại Đại hội diễn ra với sự có mặt của 150 "
        "đảng viên, đại diện cho 1.420 đảng viên thuộc 40 chi bộ.");
    const auto* members = find_value(doc, "1420");
    REQUIRE(members);
    CHECK(members->code == "party_members_total");
    CHECK_FALSE(find_value(doc, "150"));
}

TEST_CASE("A year's list of targets under its heading, one item a line", "[targets][list]") {
    SECTION("numbered items after a heading without a colon") {
        auto doc = read_targets(
            "Hội nghị triển khai nhiệm vụ năm 2024.\n\nCác chỉ tiêu kinh tế - xã hội năm 2024\n\n"
            "1. Tốc độ tăng trưởng kinh tế đạt 7,8%.\n\n2. Tổng thu ngân sách trên địa bàn 520 tỷ đồng.\n\n"
            "3. Giảm tỷ lệ hộ nghèo 1,2%.",
            2023, 12);
        CHECK(doc.indicators.empty());
        REQUIRE(doc.targets.size() == 3);
        for (const auto& t : doc.targets) {
            CHECK(t.year == 2024);
            CHECK(t.year_basis == "scope");
        }
        CHECK(doc.targets[0].code == "economic_growth");
        CHECK(doc.targets[1].code == "budget_revenue");
    }
    SECTION("unnumbered lines after a heading ending in a colon") {
        auto doc = read_targets(
            "Một số chỉ tiêu chủ yếu năm 2025:\n\nTổng giá trị sản xuất tăng 9%.\n\n"
            "Thu ngân sách nhà nước trên địa bàn 610 tỷ đồng.\n\n"
            "Hội nghị cũng thảo luận nhiều ý kiến.\n\nThu ngân sách năm 2024 đạt 580 tỷ đồng.",
            2024, 12);
        REQUIRE(doc.targets.size() == 2);
        CHECK(doc.targets[0].year == 2025);
        CHECK(doc.targets[1].code == "budget_revenue");
        // The list ended with the line that is no item: the last figure is a result.
        REQUIRE(doc.indicators.size() == 1);
        CHECK(value(doc.indicators[0].value) == "580000000000");
    }
    SECTION("a heading of results is no list of targets") {
        auto doc = read_targets(
            "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023:\n\n1. Tổng thu ngân sách 505 tỷ đồng.\n\n"
            "2. Tốc độ tăng trưởng kinh tế 7,1%.",
            2023, 12);
        CHECK(doc.targets.empty());
        CHECK(doc.indicators.size() == 2);
    }
}

TEST_CASE("Target ranges: min and max with the subject's code", "[targets][range]") {
    SECTION("sector growth ranges with 'tăng từ ... đến ...'") {
        auto doc = read_targets(
            "Chỉ tiêu chủ yếu năm 2024: tốc độ tăng trưởng kinh tế từ 7% đến 7,5%; trong đó nông nghiệp tăng từ 2,5% đến "
            "3%, công nghiệp - xây dựng tăng từ 10,2% đến 11%.",
            2023, 12);
        std::vector<std::string> got;
        for (const auto& t : doc.targets) got.push_back(t.code + " " + t.direction + " " + value(*t.value));
        CHECK(got == std::vector<std::string>{"economic_growth min 7", "economic_growth max 7.5",
                                              "agriculture_growth min 2.5", "agriculture_growth max 3",
                                              "industry_construction_growth min 10.2",
                                              "industry_construction_growth max 11"});
    }
    SECTION("'từ 7,5 - 8%' and 'khoảng 7-7,5%'") {
        for (const char* text : {"Năm 2025, phấn đấu tốc độ tăng trưởng kinh tế từ 7,5 - 8%.",
                                 "Năm 2025, phấn đấu tốc độ tăng trưởng kinh tế khoảng 7,5-8%."}) {
            INFO(text);
            auto doc = read_targets(text, 2024, 12);
            REQUIRE(doc.targets.size() == 2);
            CHECK(doc.targets[0].code == "economic_growth");
            CHECK(doc.targets[0].direction == "min");
            CHECK(value(*doc.targets[0].value) == "7.5");
            CHECK(doc.targets[1].direction == "max");
            CHECK(value(*doc.targets[1].value) == "8");
        }
    }
    SECTION("a range of rates without 'từ'") {
        auto doc = read_targets("Chỉ tiêu chủ yếu năm 2024: tỷ lệ che phủ rừng đạt 41,5% đến 42%.", 2023, 12);
        REQUIRE(doc.targets.size() == 2);
        CHECK(doc.targets[0].direction == "min");
        CHECK(doc.targets[1].direction == "max");
        CHECK(value(*doc.targets[1].value) == "42");
    }
    SECTION("a change range after an amount range qualifies the amount") {
        auto doc = read_targets(
            "Chỉ tiêu chủ yếu năm 2024: tổng thu ngân sách đạt từ 480 tỷ đồng đến 500 tỷ đồng, tăng từ 6% đến 8% "
            "so với ước thực hiện năm 2023.",
            2023, 12);
        std::vector<std::string> got;
        // The catalog has no growth code for budget revenue: the growth pair is coded other.
        for (const auto& t : doc.targets) got.push_back(t.code + " " + t.direction + " " + value(*t.value));
        CHECK(got == std::vector<std::string>{"budget_revenue min 480000000000", "budget_revenue max 500000000000",
                                              "other min 6", "other max 8"});
        CHECK(doc.indicators.empty());
    }
}

TEST_CASE("A bare production value takes the sector its clause opens on", "[figures][sector]") {
    struct Case {
        const char* text;
        const char* code;
        const char* word;
    };
    for (const Case& c : {
             Case{"Về nông nghiệp, giá trị sản xuất ước đạt 1.120 tỷ đồng, tăng 3,4%.", "agriculture_value", "nông nghiệp"},
             Case{"Sản xuất nông nghiệp tiếp tục ổn định, giá trị sản xuất đạt 860 tỷ đồng.", "agriculture_value",
                  "nông nghiệp"},
             Case{"Chỉ số sản xuất công nghiệp tăng 14,2%, giá trị sản xuất đạt 3.250 tỷ đồng.",
                  "industrial_production_value", "công nghiệp"},
             Case{"Lĩnh vực thương mại, dịch vụ phát triển, giá trị sản xuất đạt 2.040 tỷ đồng.", "trade_services_value",
                  "thương mại"},
         }) {
        INFO(c.text);
        auto doc = read_indicators(c.text);
        const baocao::model::IndicatorValue* money = nullptr;
        for (const auto& v : doc.indicators)
            if (v.unit == "VND") money = &v;
        REQUIRE(money);
        CHECK(money->code == c.code);
        CHECK(money->code_basis == std::string("sector_before: ") + c.word);
    }
    // The whole economy's value, or sectors of two codes, take no sector's code.
    for (const char* text : {"Về kinh tế, tổng giá trị sản xuất đạt 5.600 tỷ đồng.",
                             "Nông nghiệp và công nghiệp phát triển, giá trị sản xuất đạt 4.800 tỷ đồng.",
                             "Về nông nghiệp, giá trị sản xuất các ngành đạt 4.100 tỷ đồng."}) {
        INFO(text);
        auto doc = read_indicators(text);
        REQUIRE(doc.indicators.size() == 1);
        CHECK(doc.indicators[0].code != "agriculture_value");
        CHECK(doc.indicators[0].code != "industrial_production_value");
        CHECK(doc.indicators[0].code_basis.rfind("sector_before", 0) != 0);
    }
}

TEST_CASE("The share an X/Y count of communes makes", "[figures][share]") {
    for (const char* text : {"Toàn huyện có 12/14 xã đạt chuẩn nông thôn mới, chiếm 85,7%.",
                             "Đến nay, 21/25 xã về đích nông thôn mới chiếm 84%."}) {
        INFO(text);
        auto doc = read_indicators(text);
        REQUIRE(doc.indicators.size() == 2);
        CHECK(doc.indicators[0].code == "new_rural_communes");
        CHECK(doc.indicators[1].code == "new_rural_communes_rate");
        CHECK(doc.indicators[1].code_basis == "share_of: new_rural_communes");
    }
    // A share of something else after a ';' is not that count's.
    auto doc = read_indicators("Có 12/14 xã đạt chuẩn nông thôn mới; lao động nông nghiệp chiếm 41%.");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[1].code != "new_rural_communes_rate");
}

TEST_CASE("Years and terms in a figure's clause", "[figures][period]") {
    SECTION("a term named with the figure is not its period") {
        auto doc = read_indicators(
            "Trong 9 tháng, xã tổ chức thành công Đại hội Đảng bộ nhiệm kỳ 2025 - 2030 và kết nạp 14 đảng viên mới.",
            2025, 9);
        REQUIRE(doc.indicators.size() == 1);
        REQUIRE(doc.indicators[0].period);
        CHECK(doc.indicators[0].period->end.year == 2025);
        CHECK(doc.indicators[0].period->start.year == 2025);
    }
    SECTION("the second of two years keeps its own") {
        // (a congress of 2025 reviewing the term 2020-2025)
        auto doc = document("Thu nhập bình quân đầu người năm 2020 là 38 triệu đồng, đến cuối năm 2024 là 61 triệu đồng.",
                            2025, 12);
        doc.meetings[0].period->start = {2020, 1, 1};
        baocao::extract::make_indicator_stage()->run(doc);
        REQUIRE(doc.indicators.size() == 2);
        CHECK(doc.indicators[0].period->label == "2020");
        CHECK(doc.indicators[1].period->label == "2024");
        CHECK(doc.indicators[1].code == "grdp_per_capita");
    }
    SECTION("a year still to come is no period of a result") {
        auto doc = read_indicators("Thu ngân sách đến năm 2025 ước đạt 420 tỷ đồng.", 2025, 6);
        REQUIRE(doc.indicators.size() <= 1);
        for (const auto& v : doc.indicators) CHECK(v.period->label == "6T/2025");
    }
}

TEST_CASE("Of two subjects joined into one figure, the first named heads it", "[figures][joined]") {
    auto doc = read_indicators("Kim ngạch xuất khẩu và doanh thu dịch vụ ngoại tệ ước đạt 215 triệu USD, tăng 6%.");
    REQUIRE_FALSE(doc.indicators.empty());
    CHECK(doc.indicators[0].code == "export_value");
    CHECK(doc.indicators[0].code_basis == "subject: kim ngạch xuất khẩu");
    // Two figures, each with its own subject, keep their codes.
    auto two = read_indicators("Kim ngạch xuất khẩu đạt 120 triệu USD và doanh thu dịch vụ đạt 840 tỷ đồng.");
    REQUIRE(two.indicators.size() == 2);
    CHECK(two.indicators[0].code == "export_value");
    CHECK(two.indicators[1].code == "trade_services_value");
}

TEST_CASE("The tasks, breakthroughs and solutions a congress adopts are counted, not reported", "[figures][present]") {
    auto adopted = read_indicators("Đại hội cũng xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và 10 giải pháp cụ thể.");
    CHECK(adopted.indicators.empty());
    auto done = read_indicators("Nhiệm kỳ qua, xã hoàn thành 15/17 nhiệm vụ đề ra.");
    REQUIRE(done.indicators.size() == 1);
    CHECK(value(done.indicators[0].value) == "15");
}

TEST_CASE("The size of a committee elected is no figure, what the committee did is", "[figures][present]") {
    auto doc = read_indicators(
        "Đại hội đã bầu Ban Chấp hành 45 người, Ban Thường vụ 13 người; Ban Thường vụ Huyện ủy khóa mới gồm 11 "
        "đồng chí và Ủy ban Kiểm tra 7 người.");
    CHECK(doc.indicators.empty());
    auto acts = read_indicators("Ban Thường vụ Huyện ủy chỉ đạo giải quyết việc làm cho 800 lao động, kết nạp 120 đảng viên mới.");
    CHECK(acts.indicators.size() == 2);
}

TEST_CASE("By how much a figure beat its plan, in its own unit, is no figure", "[figures][present]") {
    auto doc = read_indicators(
        "Thu nhập bình quân đầu người đạt 72,5 triệu đồng/năm, vượt 1,5 triệu đồng; "
        "có 7 chỉ tiêu vượt và 11 chỉ tiêu đạt kế hoạch.");
    REQUIRE(doc.indicators.size() == 3);
    CHECK(value(doc.indicators[0].value) == "72500000");
}

TEST_CASE("The plan's own figure in brackets after the one reported is no figure", "[figures][present]") {
    auto doc = read_indicators(
        "Tốc độ tăng trưởng giá trị sản xuất 9,26% (Kế hoạch 9%). Thu ngân sách ước đạt 213,7 tỷ đồng (KH: 384 tỷ "
        "đồng), thu nhập bình quân đầu người đạt 52 triệu đồng.");
    REQUIRE(doc.indicators.size() == 3);
    CHECK(value(doc.indicators[0].value) == "9.26");
    CHECK(value(doc.indicators[1].value) == "213700000000");
    // every figure of a bracket that opens on the plan, however written
    auto further = read_indicators(
        "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016 - 2020 là 6,15%/năm (chỉ tiêu Nghị quyết từ 8-9%/năm). "
        "Sản lượng thủy sản 5 năm đạt 2,7 triệu tấn, bình quân tăng 3,7%/năm (Nghị quyết đề ra 2,8 triệu tấn, bình "
        "quân tăng 3,9%/năm).");
    REQUIRE(further.indicators.size() == 3);  // the output, and its average growth
    CHECK(value(further.indicators[0].value) == "6.15");
    CHECK(value(further.indicators[1].value) == "2700000");
    CHECK(value(further.indicators[2].value) == "3.7");
    // a result measured against that plan inside the bracket is still read
    auto measured = read_indicators("Thu ngân sách đạt 60 tỷ đồng (kế hoạch 50 tỷ đồng, đạt 120%).");
    REQUIRE(measured.indicators.size() == 1);
    CHECK(value(measured.indicators[0].value) == "60000000000");
}

TEST_CASE("A clause after a semicolon that is only a comparison with its basis compares the figure before", "[figures][present]") {
    auto doc = read_indicators(
        "Thu thuế xuất nhập khẩu đạt 127 tỷ đồng, bằng 254% dự toán; tăng 189% so với năm 2022. Tổng chi ngân sách "
        "địa phương ước gần 15 nghìn tỷ đồng; tăng 3,42% so với dự toán và tăng 14,2% so với năm 2022.");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].comparisons.size() == 2);
    CHECK(doc.indicators[1].comparisons.size() == 2);
    // a ratio after ';' is the next figure's, not the one before
    auto ratios = read_indicators(
        "Vốn đầu tư thực hiện đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng); đạt 51,1% nguồn vốn huyện "
        "giao (376,9 tỷ/737 tỷ đồng).");
    REQUIRE(ratios.indicators.size() == 2);
    REQUIRE(ratios.indicators[0].comparisons.size() == 1);
    REQUIRE(ratios.indicators[1].comparisons.size() == 1);
    CHECK(value(ratios.indicators[1].comparisons[0].percent) == "51.1");
}

TEST_CASE("A colon ends the basis of the figure before it: the words after it label the next figure", "[figures][present]") {
    auto doc = read_indicators(
        "Có 19 chỉ tiêu chủ yếu về kinh tế - xã hội đều đạt và vượt so với kế hoạch đã đề ra, nổi bật như: GRDP tăng "
        "8,57%; thu ngân sách đạt 300 tỷ đồng.");
    REQUIRE(doc.indicators.size() == 3);
    CHECK(doc.indicators[0].code == "socioeconomic_targets_met");
    CHECK(doc.indicators[0].comparisons.empty());
    CHECK(doc.indicators[1].code == "economic_growth");
    CHECK(value(doc.indicators[1].value) == "8.57");
}
