// Numbers, units, qualifiers and what is not a figure, read through the
// indicator stage on sentences composed in the style of the reports.
#include <catch2/catch.hpp>

#include <map>

#include <random>

#include "figures_test_support.h"
#include "text/numbers.h"

using namespace figures_test;
using baocao::model::Decimal;

namespace {
const baocao::model::IndicatorValue& only(const baocao::model::Document& doc) {
    REQUIRE(doc.indicators.size() == 1);
    return doc.indicators.front();
}
}  // namespace

TEST_CASE("Vietnamese notation and money units reach base units exactly", "[figures]") {
    struct Case {
        const char* sentence;
        const char* value;
        const char* unit;
    };
    const Case cases[] = {
        {"Tổng giá trị sản xuất đạt 7.232 tỷ đồng.", "7232000000000", "VND"},
        {"Thu ngân sách trên địa bàn đạt 1.097,8 tỷ.", "1097800000000", "VND"},
        {"Thu ngân sách trên địa bàn đạt 324,124 tỷ đồng.", "324124000000", "VND"},
        {"Thu ngân sách nhà nước đạt 799.690 triệu đồng.", "799690000000", "VND"},
        {"Giá trị sản xuất công nghiệp đạt 405 nghìn tỷ đồng.", "405000000000000", "VND"},
        {"Tổng sản phẩm trên địa bàn đạt 1,2 triệu tỷ đồng.", "1200000000000000", "VND"},
        {"Kim ngạch xuất khẩu đạt 370,8 triệu USD.", "370800000", "USD"},
        {"Thu nhập bình quân đầu người đạt 2,01 triệu đồng.", "2010000", "VND"},
        {"Diện tích gieo cấy lúa xuân đạt 43,44 ha.", "43.44", "ha"},
        {"Sản lượng lương thực đạt 15.000 tấn.", "15000", "tấn"},
        {"Sản lượng lương thực ước đạt 29,4 vạn tấn.", "294000", "tấn"},
        {"Năng suất lúa bình quân đạt 62,5 tạ/ha.", "62.5", "tạ/ha"},
        {"Toàn huyện đã cứng hóa 12,5 km đường giao thông nông thôn.", "12.5", "km"},
        {"Toàn tỉnh đón 1,2 triệu lượt khách du lịch.", "1200000", "count"},
        {"Tăng trưởng kinh tế đạt 7 %.", "7", "%"},
        {"Tăng trưởng kinh tế đạt 8 phần trăm.", "8", "%"},
        {"Giải quyết việc làm cho 1 250 lao động.", "1250", "count"},
    };
    for (const auto& c : cases) {
        INFO(c.sentence);
        const auto doc = read_indicators(c.sentence);
        const auto& v = only(doc);
        CHECK(value(v.value) == c.value);
        CHECK(v.unit == c.unit);
    }
}

TEST_CASE("Counts of people and things, with number words", "[figures]") {
    auto doc = read_indicators("Năm qua, huyện có thêm hai xã đạt chuẩn nông thôn mới; kết nạp 113 đảng viên mới.", 2022, 12);
    REQUIRE(doc.indicators.size() == 2);
    CHECK(value(doc.indicators[0].value) == "2");
    CHECK(doc.indicators[0].unit == "count");
    CHECK(doc.indicators[0].code == "new_rural_communes");
    CHECK(doc.indicators[1].code == "new_party_members");
    CHECK(value(doc.indicators[1].value) == "113");
}

TEST_CASE("Ratios of a count or an amount keep what they are out of", "[figures]") {
    auto doc = read_indicators("Đến nay có 16/64 công trình chuyển tiếp đã hoàn thành; toàn tỉnh có 108/126 xã đạt chuẩn nông thôn mới.");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(value(doc.indicators[0].value) == "16");
    REQUIRE(doc.indicators[0].out_of);
    CHECK(value(*doc.indicators[0].out_of) == "64");
    CHECK(doc.indicators[0].code == "projects_completed");
    CHECK(doc.indicators[1].code == "new_rural_communes");
    CHECK(value(*doc.indicators[1].out_of) == "126");

    auto money = read_indicators("Vốn đầu tư thực hiện đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng).");
    const auto& v = only(money);
    CHECK(value(v.value) == "376700000000");
    CHECK(value(*v.out_of) == "609100000000");
    REQUIRE(v.comparisons.size() == 1);
    CHECK(v.comparisons[0].kind == "ratio_to_plan");
    CHECK(value(v.comparisons[0].percent) == "61.8");
}

TEST_CASE("A growth rate reached against the same period is the rate, its plan in brackets no figure", "[figures]") {
    const auto doc = figures_test::read_indicators(
        "Tốc độ tăng trưởng kinh tế (GRDP) trên địa bàn ước đạt 5,17% so với cùng kỳ (kế hoạch là 8%).");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "economic_growth");
    CHECK(doc.indicators[0].value.to_double() == Approx(5.17));
    CHECK(doc.indicators[0].comparisons.empty());
    // An amount reached against the same period stays a ratio to it.
    const auto amount = figures_test::read_indicators(
        "Thu ngân sách trên địa bàn ước đạt 120 tỷ đồng, bằng 95% so với cùng kỳ.");
    REQUIRE(amount.indicators.size() == 1);
    REQUIRE(amount.indicators[0].comparisons.size() == 1);
    CHECK(amount.indicators[0].comparisons[0].kind == "ratio_to_prior");
}

TEST_CASE("The nation's figure beside the locality's is no figure of the locality", "[figures]") {
    for (const std::string national : {"cao hơn mức trung bình của cả nước (5,05%)",
                                       "cao hơn bình quân cả nước 1,87 điểm phần trăm (GDP cả nước tăng 5,05%)"}) {
        INFO(national);
        const auto doc = figures_test::read_indicators("Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2023 tăng 6,92% so "
                                                       "với cùng kỳ, " + national + ".");
        REQUIRE(doc.indicators.size() == 1);
        CHECK(doc.indicators[0].code == "economic_growth");
        CHECK(doc.indicators[0].value.to_double() == Approx(6.92));
    }
}

TEST_CASE("A change told before its value is that value's change", "[figures]") {
    const auto doc = figures_test::read_indicators(
        "Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp tăng 35% đạt 1.892 tỷ đồng; thu ngân sách đạt 110 tỷ đồng.");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].code == "industrial_production_value");
    CHECK(doc.indicators[0].value.to_double() == Approx(1892e9));
    REQUIRE(doc.indicators[0].comparisons.size() == 1);
    CHECK(doc.indicators[0].comparisons[0].kind == "change_vs_prior");
    CHECK(doc.indicators[0].comparisons[0].percent.to_double() == Approx(35));
    CHECK(doc.indicators[1].code == "budget_revenue");
}

TEST_CASE("A vote's share is no figure, the resolutions it adopts are", "[figures]") {
    const auto vote = figures_test::read_indicators(
        "Đại biểu Hội đồng nhân dân huyện xem xét cho ý kiến và biểu quyết thống nhất 100%.");
    CHECK(vote.indicators.empty());
    const auto adopted = figures_test::read_indicators("Kỳ họp đã biểu quyết thống nhất ban hành được 2 nghị quyết.");
    REQUIRE(adopted.indicators.size() == 1);
    CHECK(adopted.indicators[0].code == "resolutions_issued");
}

TEST_CASE("A vote of confidence's ballots and shares are no figures, the clause beside keeps its own", "[figures]") {
    CHECK(figures_test::read_indicators(
              "Tại kỳ họp, HĐND tỉnh đã lấy phiếu tín nhiệm đối với 28 người giữ chức vụ do HĐND tỉnh bầu.")
              .indicators.empty());
    CHECK(figures_test::read_indicators(
              "Ông Trần Văn An nhận được 44 phiếu “tín nhiệm cao” (tỷ lệ 89,8%), và 5 phiếu tín nhiệm (tỷ lệ 10,2%).")
              .indicators.empty());
    CHECK(figures_test::read_indicators("Kế đến là ông Lê Văn Bình, Giám đốc Sở Tài chính với cùng 9 phiếu (tỷ lệ 18,37%).")
              .indicators.empty());
    const auto beside = figures_test::read_indicators(
        "Kỳ họp đã thông qua 11 nghị quyết quan trọng, đồng thời tiến hành bỏ phiếu tín nhiệm đối với 10 chức danh.");
    REQUIRE(beside.indicators.size() == 1);
    CHECK(beside.indicators[0].code == "resolutions_issued");
}

TEST_CASE("The votes a secretary is elected with, and their share in the clause after, are no figures", "[figures]") {
    CHECK(figures_test::read_indicators(
              "Ông Trần Văn Hai tái đắc cử Bí thư Huyện ủy với số phiếu 198/203, đạt 97,5%.")
              .indicators.empty());
    CHECK(figures_test::read_indicators("Đồng chí Lê Thị Ba được bầu giữ chức Bí thư Đảng ủy xã với 100% số phiếu.")
              .indicators.empty());
    // The ratio clause after an ordinary figure is still that figure's comparison.
    const auto revenue = figures_test::read_indicators("Thu ngân sách đạt 120 tỷ đồng, đạt 105% dự toán.");
    REQUIRE(revenue.indicators.size() == 1);
    CHECK(revenue.indicators[0].comparisons.size() == 1);
}

TEST_CASE("Tasks a session adopts and the one-product programme's name are no figures", "[figures]") {
    CHECK(figures_test::read_indicators("HĐND tỉnh thông qua 12 nhiệm vụ, giải pháp chủ yếu.").indicators.empty());
    const auto programme =
        figures_test::read_indicators("Chương trình mỗi xã, phường 1 sản phẩm có 14 sản phẩm đạt 3 sao.");
    REQUIRE(programme.indicators.size() == 1);
    CHECK(programme.indicators[0].value.to_double() == Approx(14));
    // Tasks done are a result.
    CHECK(figures_test::read_indicators("Huyện đã hoàn thành 15/16 nhiệm vụ.").indicators.size() == 1);
}

TEST_CASE("A bare percentage in brackets after an amount is its share, no figure", "[figures]") {
    const auto shares = figures_test::read_indicators(
        "Cơ cấu kinh tế chuyển dịch tích cực: nông, lâm, thủy sản đạt 289 tỷ đồng (8,69%); ngành dịch vụ đạt 944 tỷ "
        "đồng (28,4%).");
    REQUIRE(shares.indicators.size() == 2);
    for (const auto& f : shares.indicators) CHECK(f.unit == "VND");
    // A ratio in brackets is still the amount's comparison.
    const auto ratio = figures_test::read_indicators("Thu ngân sách đạt 500 tỷ đồng (105% dự toán).");
    REQUIRE(ratio.indicators.size() == 1);
    REQUIRE(ratio.indicators[0].comparisons.size() == 1);
}

TEST_CASE("A distance from a place and a page's visits are no figures", "[figures]") {
    CHECK(figures_test::read_indicators("Đảo nằm cách thành phố Rạch Giá 120 km, cách thị xã Hà Tiên 45 km.")
              .indicators.empty());
    CHECK(figures_test::read_indicators("Trang tin đã có 12.694 lượt truy cập.").indicators.empty());
    const auto reform = figures_test::read_indicators("Chỉ số cải cách hành chính đạt 95%.");
    CHECK(reform.indicators.size() == 1);
}

TEST_CASE("Qualifiers: estimate, more than, less than, about", "[figures]") {
    CHECK(only(read_indicators("Tổng thu ngân sách ước đạt 780 tỷ đồng.")).qualifier == "estimate");
    CHECK(only(read_indicators("Thu ngân sách đạt hơn 334 tỷ đồng.")).qualifier == "more_than");
    CHECK(only(read_indicators("Thu ngân sách đạt trên 1.270 tỷ đồng.")).qualifier == "more_than");
    CHECK(only(read_indicators("Đã giải ngân gần 3,7 tỷ đồng.")).qualifier == "about");
    CHECK(only(read_indicators("Doanh thu thương mại - dịch vụ đạt khoảng 3.741 tỷ đồng.")).qualifier == "about");
    CHECK(only(read_indicators("Tỷ lệ hộ nghèo giảm còn dưới 2%.")).qualifier == "less_than");
    CHECK(only(read_indicators("Tổng thu ngân sách đạt 500 tỷ đồng.")).qualifier.empty());
}

TEST_CASE("Press typos: a space before %, a comma glued to the next word", "[figures]") {
    auto doc = read_indicators("Thu ngân sách đạt 5.500 tỷ đồng ,tăng 7 % so với cùng kỳ.");
    const auto& v = only(doc);
    CHECK(value(v.value) == "5500000000000");
    REQUIRE(v.comparisons.size() == 1);
    CHECK(v.comparisons[0].kind == "change_vs_prior");
    CHECK(value(v.comparisons[0].percent) == "7");
}

TEST_CASE("Dates, years, document numbers, sessions and delegates are not figures", "[figures]") {
    const char* sentences[] = {
        "Sáng 22/6, Ban Thường vụ Huyện ủy tổ chức hội nghị lần thứ 9, khóa XXI, nhiệm kỳ 2020-2025.",
        "Hội nghị đánh giá 1 năm thực hiện Nghị quyết số 02-NQ/HU ngày 03/02/2021 của Ban Thường vụ Huyện ủy.",
        "Kỳ họp thứ 4 HĐND huyện khóa XX diễn ra trong 2 ngày 10 và 11.7.",
        "Tham dự có 188 đại biểu chính thức và 12 cơ quan, đơn vị.",
        "Năm 2023 là năm thứ ba thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI.",
        "Lượt xem: 1.245 | Trang 2/5",
        "Đồng chí Bí thư trao Huy hiệu 75 năm tuổi Đảng cho 2 đồng chí.",
    };
    for (const char* s : sentences) {
        INFO(s);
        CHECK(read_indicators(s).indicators.empty());
    }
}

TEST_CASE("An absolute change in money is not a figure of its own", "[figures]") {
    auto doc = read_indicators("Thu nhập bình quân đầu người đạt 45,2 triệu đồng, tăng 3,1 triệu đồng so với năm 2021.", 2022, 12);
    const auto& v = only(doc);
    CHECK(value(v.value) == "45200000");
    CHECK(v.code == "grdp_per_capita");
    CHECK(v.comparisons.empty());
}

TEST_CASE("Property: a random decimal written the Vietnamese way reads back exactly", "[figures][property]") {
    std::mt19937_64 random(20240601);
    std::uniform_int_distribution<std::int64_t> digits(1, 99999999);
    std::uniform_int_distribution<int> scales(0, 3);
    for (int round = 0; round < 300; ++round) {
        const Decimal d{digits(random), scales(random)};
        const std::string written = baocao::text::format_number(d);
        const auto doc = read_indicators("Tổng thu ngân sách trên địa bàn đạt " + written + " tỷ đồng.");
        INFO(written);
        REQUIRE(doc.indicators.size() == 1);
        const Decimal expected = baocao::text::scale_by_power_of_ten(d, 9);
        CHECK(doc.indicators[0].value == expected);
        CHECK(doc.indicators[0].value.to_string() == expected.to_string());
    }
}

TEST_CASE("Votes, the old level of a change and the chair's requests are not figures", "[figures]") {
    CHECK(read_indicators("Tại kỳ họp, 100% đại biểu có mặt biểu quyết thông qua 5 nghị quyết.").indicators.size() == 1);
    CHECK(read_indicators("Kỳ họp thông qua các tờ trình và 100% các đại biểu biểu quyết thống nhất.").indicators.empty());
    auto level = read_indicators("Tỷ lệ hộ nghèo giảm từ 3,5% xuống còn 2,8%.", 2022, 12);
    REQUIRE(level.indicators.size() == 1);
    CHECK(value(level.indicators[0].value) == "2.8");
    CHECK(level.indicators[0].code == "poverty_rate");
    CHECK(read_indicators("Kết luận hội nghị, đồng chí Bí thư yêu cầu tập trung hoàn thành 100% kế hoạch trồng rừng.")
              .indicators.empty());
}

TEST_CASE("A count takes a code only for what that code counts", "[figures]") {
    auto doc = read_indicators("Có 8 đảng bộ trực thuộc đã kết nạp đảng viên vượt kế hoạch; toàn Đảng bộ kết nạp 320 đảng viên.");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].code == "other");
    CHECK(doc.indicators[1].code == "new_party_members");
}

TEST_CASE("Amounts written with two scale words, descending or a thousand of the scale after", "[figures]") {
    const auto visits = read_indicators("Tổng lượng khách đến thành phố đạt 2 triệu 383 nghìn lượt, tăng 26%.");
    CHECK(value(only(visits).value) == "2383000");
    CHECK(only(visits).unit == "count");
    const auto output = read_indicators("Tổng giá trị sản xuất ước đạt trên 11 nghìn 700 tỷ đồng, tăng 14%.");
    CHECK(value(only(output).value) == "11700000000000");
    CHECK(only(output).unit == "VND");
    const auto homes = read_indicators("Toàn huyện còn 3 nghìn 200 hộ nghèo.");
    CHECK(value(only(homes).value) == "3200");
    // A bare scale word and a rate after it are two things, not one amount.
    const auto two = read_indicators("Doanh thu đạt 45 triệu, 12% so với kế hoạch.");
    for (const auto& f : two.indicators) CHECK(value(f.value) != "45000012");
}

TEST_CASE("Money written in two parts, a remark in brackets before a comparison", "[figures]") {
    auto doc = read_indicators("Thu ngân sách xã đạt 12 tỷ 500 triệu đồng, đạt 104% dự toán.");
    const auto& v = only(doc);
    CHECK(value(v.value) == "12500000000");
    CHECK(v.comparisons.size() == 1);

    auto remark = read_indicators("Giá trị sản xuất công nghiệp ước đạt 1.234 tỷ đồng (theo giá so sánh 2010), tăng 8% so với cùng kỳ.");
    const auto& r = only(remark);
    REQUIRE(r.comparisons.size() == 1);
    CHECK(r.comparisons[0].kind == "change_vs_prior");
}

TEST_CASE("a growth rate that fell is negative, a rate that fell keeps the size of its fall", "[figures]") {
    auto doc = read_indicators(
        "Năm 2023, tổng sản phẩm (GRDP) ước tăng 2,58%. Khu vực công nghiệp - xây dựng ước giảm 2,05%; khu vực "
        "nông - lâm nghiệp - thủy sản ước tăng 1,19%. Tỷ lệ hộ nghèo giảm 1,5%.",
        2023, 12);
    std::map<std::string, std::string> by_code;
    for (const auto& f : doc.indicators) by_code[f.code] = value(f.value);
    CHECK(by_code["economic_growth"] == "2.58");
    CHECK(by_code["industry_construction_growth"] == "-2.05");
    CHECK(by_code["agriculture_growth"] == "1.19");
    bool poverty_fall_positive = false;
    for (const auto& f : doc.indicators)
        if (value(f.value) == "1.5") poverty_fall_positive = true;
    CHECK(poverty_fall_positive);
}

TEST_CASE("money per hectare and food per head keep their unit's denominator", "[figures]") {
    auto doc = figures_test::read_indicators(
        "Năm 2023, giá trị sản xuất trên đơn vị diện tích đạt 97,5 triệu đồng/ha. Bình quân lương thực đạt 624 "
        "kg/người/năm. Giá trị thu hoạch đạt 120 triệu đồng/1 ha.",
        2023, 12);
    REQUIRE(doc.indicators.size() == 3);
    CHECK(doc.indicators[0].unit == "VND/ha");
    CHECK(figures_test::value(doc.indicators[0].value) == "97500000");
    CHECK(doc.indicators[1].unit == "kg/người");
    CHECK(doc.indicators[2].unit == "VND/ha");
}

TEST_CASE("party members present are no figure, the members they stand for are", "[figures]") {
    auto doc = read_indicators(
        "Tham dự còn có 165 đảng viên đại diện cho 2.250 đảng viên trong toàn Đảng bộ. Tham dự Đại hội có lãnh đạo các "
        "sở cùng 250 đảng viên tiêu biểu và 125 đại biểu ưu tú.", 2025, 9);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "2250");
    CHECK(doc.indicators[0].code == "party_members_total");
}

TEST_CASE("the plan after a slash is no figure, its ratio is the figure's", "[figures]") {
    for (const char* plan : {"KH", "kế hoạch"}) {
        auto doc = read_indicators(std::string("Tổng sản lượng lương thực 50.754 tấn/") + plan +
                                   " 52.663 tấn, đạt 96,38% KH.", 2023, 12);
        REQUIRE(doc.indicators.size() == 1);
        CHECK(value(doc.indicators[0].value) == "50754");
        REQUIRE(doc.indicators[0].comparisons.size() == 1);
        CHECK(doc.indicators[0].comparisons[0].kind == "ratio_to_plan");
    }
}

TEST_CASE("The shares of an elected body's members, in brackets after their count, are no figures", "[figures]") {
    const auto doc = read_indicators(
        "Ban Chấp hành khóa mới gồm 50 đồng chí. Trong đó: Nữ 07 đồng chí (14%); dân tộc thiểu số 18 đồng chí "
        "(36%); tái cử 36 đồng chí (72%). Tỷ lệ hộ nghèo còn 2,5%.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "2.5");
}

TEST_CASE("young people sent to the army are counted", "[figures]") {
    const auto doc = figures_test::read_indicators(
        "Công tác quân sự địa phương hoàn thành chỉ tiêu giao quân với 21 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].unit == "count");
    CHECK(doc.indicators[0].value.to_double() == Approx(21));
}
