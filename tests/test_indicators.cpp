// Indicator values: labels to catalog codes, comparisons attached to the
// figure they qualify, lists sharing a verb, periods. Sentences composed for
// the tests in the style of the reports.
#include <catch2/catch.hpp>

#include "extract/pipeline.h"
#include "figures_test_support.h"

using namespace figures_test;
using baocao::model::Comparison;
using baocao::model::IndicatorValue;

namespace {
std::vector<std::pair<std::string, std::string>> comparisons(const IndicatorValue& v) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Comparison& c : v.comparisons) out.emplace_back(c.kind, c.percent.to_string());
    return out;
}
using Pairs = std::vector<std::pair<std::string, std::string>>;
}  // namespace

TEST_CASE("Two plan ratios, each with its basis", "[indicators]") {
    auto doc = read_indicators("Tổng thu ngân sách ước đạt 650 tỷ đồng, đạt 104% kế hoạch tỉnh giao, 81% kế hoạch huyện giao.");
    REQUIRE(doc.indicators.size() == 1);
    const auto& v = doc.indicators[0];
    CHECK(v.code == "budget_revenue");
    CHECK(v.label == "Tổng thu ngân sách");
    CHECK(comparisons(v) == Pairs{{"ratio_to_plan", "104"}, {"ratio_to_plan", "81"}});
    CHECK(v.comparisons[0].basis == "kế hoạch tỉnh giao");
    CHECK(v.comparisons[1].basis == "kế hoạch huyện giao");
    CHECK(doc.slice(v.comparisons[1].evidence.match) == "81% kế hoạch huyện giao");
}

TEST_CASE("Ratio to prior, signed changes, plan and estimate in brackets", "[indicators]") {
    auto doc = read_indicators(
        "Thu ngân sách trên địa bàn đạt 98,4 tỷ đồng (đạt 45% dự toán tỉnh giao, bằng 38% dự toán HĐND huyện giao và "
        "bằng 82% so với cùng kỳ). Giá trị sản xuất nông - lâm - thủy sản đạt 512 tỷ đồng, giảm 3% so với cùng kỳ; "
        "doanh thu thương mại - dịch vụ đạt 1.210 tỷ đồng, tăng 9,7%.");
    REQUIRE(doc.indicators.size() == 3);
    CHECK(comparisons(doc.indicators[0]) ==
          Pairs{{"ratio_to_plan", "45"}, {"ratio_to_plan", "38"}, {"ratio_to_prior", "82"}});
    CHECK(doc.indicators[0].comparisons[2].basis == "cùng kỳ");
    CHECK(doc.indicators[1].code == "agriculture_value");
    CHECK(comparisons(doc.indicators[1]) == Pairs{{"change_vs_prior", "-3"}});
    CHECK(doc.indicators[2].code == "trade_services_value");
    CHECK(comparisons(doc.indicators[2]) == Pairs{{"change_vs_prior", "9.7"}});
}

TEST_CASE("'vượt X%' of plan, and a forgotten % sign", "[indicators]") {
    auto over = read_indicators("Năm 2022, thu ngân sách đạt 412 tỷ đồng, vượt 18,5% dự toán giao.", 2022, 12);
    REQUIRE(over.indicators.size() == 1);
    CHECK(comparisons(over.indicators[0]) == Pairs{{"ratio_to_plan", "118.5"}});

    auto sloppy = read_indicators("Thu ngân sách ước đạt 215 tỷ đồng, vượt 135,2% kế hoạch của tỉnh giao.");
    CHECK(comparisons(sloppy.indicators.at(0)) == Pairs{{"ratio_to_plan", "135.2"}});

    auto forgotten = read_indicators("Giá trị sản xuất công nghiệp đạt 2.150 tỷ đồng, bằng 47,3 kế hoạch, tăng 6,1% so với cùng kỳ.");
    REQUIRE(forgotten.indicators.size() == 1);
    CHECK(comparisons(forgotten.indicators[0]) == Pairs{{"ratio_to_plan", "47.3"}, {"change_vs_prior", "6.1"}});
}

TEST_CASE("A basis written before the ratio, a plan ratio without a basis", "[indicators]") {
    auto doc = read_indicators("Ước thu ngân sách nhà nước 6 tháng đầu năm là 210 tỷ đồng, so dự toán giao đạt 47% và bằng 103% so với cùng kỳ.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_plan", "47"}, {"ratio_to_prior", "103"}});

    auto bare = read_indicators("Đến nay đã giải ngân 12,4 tỷ đồng, bằng 31,5%.");
    REQUIRE(bare.indicators.size() == 1);
    CHECK(bare.indicators[0].code == "public_investment_disbursed");
    CHECK(comparisons(bare.indicators[0]) == Pairs{{"ratio_to_plan", "31.5"}});
}

TEST_CASE("A list sharing one verb gives one growth figure each", "[indicators]") {
    auto doc = read_indicators(
        "Tốc độ tăng trưởng giá trị sản xuất đạt 9,2%, trong đó công nghiệp - xây dựng tăng 10,4%, thương mại - dịch vụ "
        "tăng 12%, nông - lâm - thủy sản tăng 3,6%.");
    REQUIRE(doc.indicators.size() == 4);
    CHECK(doc.indicators[0].code == "production_value_growth");
    CHECK(value(doc.indicators[0].value) == "9.2");
    CHECK(doc.indicators[0].comparisons.empty());
    CHECK(doc.indicators[1].code == "industry_construction_growth");
    CHECK(doc.indicators[1].label == "công nghiệp - xây dựng");
    CHECK(doc.indicators[2].code == "trade_services_growth");
    CHECK(value(doc.indicators[2].value) == "12");
    CHECK(doc.indicators[3].code == "agriculture_growth");
    for (const auto& v : doc.indicators) CHECK(v.unit == "%");
}

TEST_CASE("Shares listed after one verb are figures of their own", "[indicators]") {
    auto doc = read_indicators("Cơ cấu kinh tế chuyển dịch đúng hướng: dịch vụ chiếm 58,2%, công nghiệp 35,1%, nông nghiệp 6,7%.", 2022, 12);
    REQUIRE(doc.indicators.size() == 3);
    CHECK(value(doc.indicators[1].value) == "35.1");
    CHECK(doc.indicators[1].code == "other");
    CHECK(doc.indicators[2].comparisons.empty());
}

TEST_CASE("A growth without a figure before it: the economy, a rate", "[indicators]") {
    auto doc = read_indicators("Năm 2022, tổng sản phẩm GRDP tăng 8,4% so với năm 2021; tỷ lệ hộ nghèo còn 2,15%, giảm 1,1% so với năm 2021.", 2022, 12);
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].code == "economic_growth");
    CHECK(value(doc.indicators[0].value) == "8.4");
    CHECK(doc.indicators[1].code == "poverty_rate");
    CHECK(value(doc.indicators[1].value) == "2.15");
    CHECK(comparisons(doc.indicators[1]) == Pairs{{"change_vs_prior", "-1.1"}});
}

TEST_CASE("Labels map to catalog codes, unknown labels keep 'other'", "[indicators]") {
    struct Case {
        const char* sentence;
        const char* code;
    };
    const Case cases[] = {
        {"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 3.120 tỷ đồng.", "retail_sales"},
        {"Huy động vốn đầu tư phát triển toàn xã hội đạt 4.870 tỷ đồng.", "development_investment"},
        {"Giá trị sản xuất CN-TTCN đạt 640 tỷ đồng.", "industrial_production_value"},
        {"Thu NSNN trên địa bàn đạt 132 tỷ đồng.", "budget_revenue"},
        {"Tổng chi ngân sách địa phương đạt 402 tỷ đồng.", "budget_expenditure"},
        {"Có 46 dự án đang thi công.", "projects_under_construction"},
        {"Thành lập mới 57 doanh nghiệp.", "new_enterprises"},
        {"Toàn huyện thi hành kỷ luật 6 đảng viên.", "party_members_disciplined"},
        {"Tổng số đảng viên toàn Đảng bộ là 5.420 đảng viên.", "party_members_total"},
        {"Kiểm tra, xử lý 126 trường hợp vi phạm trật tự đô thị.", "urban_violations_handled"},
        {"Tỷ lệ lao động qua đào tạo đạt 71,5%.", "trained_labor_rate"},
        {"Doanh thu du lịch đạt 85 tỷ đồng.", "tourism_revenue"},
        {"Tổng diện tích đã giải phóng mặt bằng là 25,6 ha.", "land_clearance_area"},
        {"Toàn huyện trồng 1.200 ha ngô.", "cultivated_area"},
        {"Huyện đã trao tặng 240 suất quà cho hộ gia đình chính sách.", "other"},
    };
    for (const auto& c : cases) {
        INFO(c.sentence);
        auto doc = read_indicators(c.sentence);
        REQUIRE(doc.indicators.size() == 1);
        CHECK(doc.indicators[0].code == c.code);
    }
}

TEST_CASE("Period: the meeting's by default, overridden where the text says so", "[indicators]") {
    auto doc = read_indicators(
        "Tổng thu ngân sách đạt 120 tỷ đồng. Theo đó, năm 2023 tổng nguồn vốn đầu tư công trên địa bàn đạt 95 tỷ đồng. "
        "Thu ngân sách tính đến ngày 31/5/2023 đạt 101 tỷ đồng.");
    REQUIRE(doc.indicators.size() == 3);
    REQUIRE(doc.indicators[0].period);
    CHECK(doc.indicators[0].period->end.iso() == "2023-06-30");
    REQUIRE(doc.indicators[1].period);
    CHECK(doc.indicators[1].period->start.iso() == "2023-01-01");
    CHECK(doc.indicators[1].period->end.iso() == "2023-12-31");
    REQUIRE(doc.indicators[2].period);
    CHECK(doc.indicators[2].period->end.iso() == "2023-05-31");
    CHECK(doc.indicators[0].locality.name == "Hòa Bình");
}

TEST_CASE("A figure repeated in brackets or in the headline is one figure", "[indicators]") {
    auto doc = read_indicators(
        "Thu ngân sách đạt 792,9 tỷ đồng. Tổng thu ngân sách nhà nước đạt 61,6% kế hoạch tỉnh giao (792,9 tỷ/1.287,4 tỷ "
        "đồng), đạt 55,6% nghị quyết (792,9 tỷ/1.426,5 tỷ đồng).");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_plan", "61.6"}, {"ratio_to_plan", "55.6"}});
    REQUIRE(doc.indicators[0].out_of);
    CHECK(value(*doc.indicators[0].out_of) == "1287400000000");
}

TEST_CASE("Evidence points at the sentence and the figure", "[indicators]") {
    auto doc = read_indicators("Hội nghị diễn ra sáng nay. Thu ngân sách đạt 77 tỷ đồng, bằng 52% dự toán.");
    REQUIRE(doc.indicators.size() == 1);
    const auto& e = doc.indicators[0].evidence;
    CHECK(doc.slice(e.sentence).find("Thu ngân sách") == 0);
    CHECK(doc.slice(e.match) == "Thu ngân sách đạt 77 tỷ đồng, bằng 52% dự toán");
}

TEST_CASE("Cumulative figures cover the year up to the month named", "[indicators]") {
    auto doc = read_indicators("Tổng thu ngân sách lũy kế đến tháng 5 đạt 88 tỷ đồng, bằng 41% dự toán năm.");
    REQUIRE(doc.indicators.size() == 1);
    REQUIRE(doc.indicators[0].period);
    CHECK(doc.indicators[0].period->start.iso() == "2023-01-01");
    CHECK(doc.indicators[0].period->end.iso() == "2023-05-31");
}

TEST_CASE("'tăng X% so với kế hoạch' is a plan ratio above 100", "[indicators]") {
    auto doc = read_indicators("Tổng thu ngân sách do thành phố quản lý là 906 tỷ đồng, tăng 12% so với kế hoạch.", 2023, 12);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_plan", "112"}});
}

TEST_CASE("Labels keep the part that names the indicator", "[indicators]") {
    auto doc = read_indicators("Năm 2023, thu ngân sách trên địa bàn đạt 320 tỷ đồng; công tác xây dựng Đảng được chú trọng, toàn Đảng bộ kết nạp 86 đảng viên mới.", 2023, 12);
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].label == "thu ngân sách trên địa bàn");
    CHECK(doc.indicators[1].label == "toàn Đảng bộ kết nạp");
}

TEST_CASE("criteria and tasks count as results only out of a whole", "[indicators]") {
    auto met = read_indicators("Xã đạt 16/19 tiêu chí nông thôn mới. Huyện ủy hoàn thành 33/35 nhiệm vụ công tác năm.");
    REQUIRE(met.indicators.size() == 2);
    CHECK(met.indicators[0].value.to_string() == "16");
    REQUIRE(met.indicators[0].out_of);
    CHECK(met.indicators[0].out_of->to_string() == "19");
    CHECK(met.indicators[1].value.to_string() == "33");
    CHECK(met.indicators[1].unit == "count");
    // The size of a set of criteria is no result.
    CHECK(read_indicators("Nghị quyết Đại hội đề ra 22 tiêu chí phát triển.").indicators.empty());
    // Nor is what a cluster is made of.
    CHECK(read_indicators("Cụm thi đua số 3 gồm 4 xã Đông Hà, Tây Sơn, Nam Phong, Bắc Lý.").indicators.empty());
}

TEST_CASE("a figure whose label only says when continues the indicator before it", "[indicators]") {
    auto doc = read_indicators(
        "Tổng giá trị sản xuất năm 2020 đạt 300 tỷ đồng, đến cuối năm 2024 đạt 610,5 tỷ đồng.", 2024, 12);
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].code == "production_value");
    CHECK(doc.indicators[1].code == "production_value");
    CHECK(doc.indicators[1].value.to_string() == "610500000000");
    // A label of its own keeps its own code.
    auto other = read_indicators("Tổng giá trị sản xuất đạt 300 tỷ đồng, thu ngân sách đạt 45 tỷ đồng.", 2024, 12);
    REQUIRE(other.indicators.size() == 2);
    CHECK(other.indicators[1].code == "budget_revenue");
}

TEST_CASE("the economy's size is GRDP, land auctions are land-use revenue", "[indicators]") {
    auto scale = read_indicators("Quy mô kinh tế của tỉnh đạt hơn 352.000 tỷ đồng.", 2025, 12);
    REQUIRE(scale.indicators.size() == 1);
    CHECK(scale.indicators[0].code == "grdp");
    auto auction = read_indicators("Công tác đấu giá quyền sử dụng đất đạt 74,9 tỷ đồng.", 2019, 6);
    REQUIRE(auction.indicators.size() == 1);
    CHECK(auction.indicators[0].code == "land_use_revenue");
}

TEST_CASE("one value of sectors from different groups fits none of their indicators", "[indicators]") {
    auto mixed = read_indicators("Giá trị tiểu thủ công nghiệp, dịch vụ, thương mại đạt 1.351 tỷ đồng.", 2017, 6);
    REQUIRE(mixed.indicators.size() == 1);
    CHECK(mixed.indicators[0].code == "other");
    auto industry = read_indicators("Giá trị sản xuất công nghiệp - xây dựng đạt 1.351 tỷ đồng.", 2017, 6);
    REQUIRE(industry.indicators.size() == 1);
    CHECK(industry.indicators[0].code != "other");
}

TEST_CASE("criteria met and exceeded count as targets met", "[indicators]") {
    auto doc = read_indicators("Nghị quyết đề ra 22 tiêu chí, đến nay đã có 20/22 tiêu chí đạt và vượt kế hoạch.", 2025, 2);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "socioeconomic_targets_met");
    auto rural = read_indicators("Xã đạt 16/19 tiêu chí nông thôn mới.", 2025, 9);
    REQUIRE(rural.indicators.size() == 1);
    CHECK(rural.indicators[0].code == "other");
}

TEST_CASE("A multiple after a change verb: a ratio to the prior period, or a figure of its own", "[indicators]") {
    auto hosted = read_indicators("Vốn đầu tư trực tiếp nước ngoài đạt 215 triệu USD, tăng 1,35 lần so với cùng kỳ.");
    REQUIRE(hosted.indicators.size() == 1);
    CHECK(comparisons(hosted.indicators[0]) == Pairs{{"ratio_to_prior", "135"}});
    auto alone = read_indicators("Doanh thu du lịch tăng gấp 2,4 lần.");
    REQUIRE(alone.indicators.size() == 1);
    CHECK(alone.indicators[0].unit == "lần");
    CHECK(value(alone.indicators[0].value) == "2.4");
    CHECK(read_indicators("Đoàn đã tổ chức 4 lần kiểm tra tại cơ sở.").indicators.empty());
}

TEST_CASE("Money per year keeps its plan ratio", "[indicators]") {
    auto doc = read_indicators("Thu nhập bình quân đầu người đạt 74 triệu đồng/năm, vượt 12,5% mục tiêu Nghị quyết.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "grdp_per_capita");
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_plan", "112.5"}});
}

TEST_CASE("'CK' is the same period of last year, 'đáp ứng yêu cầu' is no request", "[indicators]") {
    auto doc = read_indicators("Sản lượng lúa ước đạt 24.100 tấn, đạt 101,8% CK.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_prior", "101.8"}});
    auto met = read_indicators("Hạ tầng được đầu tư đáp ứng yêu cầu phát triển, thu ngân sách đạt 120 tỷ đồng.");
    CHECK(met.indicators.size() == 1);
    auto asked = read_indicators("Đồng chí Chủ tịch đề nghị phấn đấu thu ngân sách 150 tỷ đồng.");
    CHECK(asked.indicators.empty());
}

TEST_CASE("A rate's difference in points from last year is no figure", "[indicators]") {
    auto doc = read_indicators("Tốc độ tăng trưởng kinh tế đạt 7,15%, cao hơn cùng kỳ năm 2022 là 0,35%.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "economic_growth");
    CHECK(doc.indicators[0].comparisons.empty());
    auto change = read_indicators("Thu ngân sách đạt 410 tỷ đồng, tăng 12% so với cùng kỳ.");
    CHECK(comparisons(change.indicators.at(0)) == Pairs{{"change_vs_prior", "12"}});
}

TEST_CASE("the digits of a web address and a view counter are no figures", "[indicators]") {
    auto doc = read_indicators(
        "Ngày đăng: 05/07/2023 .Lượt xem: 812 lượt.\n\n"
        "Nguồn: http://truyenhinh.vn/video/2023/7/xa-dat-%E2%80%9Cmuc-tieu%E2%80%9D-moi-/30511\n\n"
        "Xem thêm tại www.baomoi.vn/tin-15-2023/45.html và (https://tin.vn/a-12%-b).\n\n"
        "Thu ngân sách 6 tháng đạt 85 tỷ đồng.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "budget_revenue");
}

TEST_CASE("counts of targets by field are the set adopted, no figures", "[indicators]") {
    auto doc = read_indicators(
        "Trong 30 chỉ tiêu chủ yếu được Đại hội thông qua có 11 chỉ tiêu về kinh tế, 12 chỉ tiêu về xã hội, "
        "5 chỉ tiêu môi trường. Nhiệm kỳ qua, có 18/20 chỉ tiêu về kinh tế đạt và vượt.",
        2025, 12);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "18");
}

TEST_CASE("a count of targets right after the verb that adopts them is no figure", "[indicators]") {
    auto doc = read_indicators(
        "Các đại biểu đã nhất trí cao thông qua 21 chỉ tiêu thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2019. "
        "Các đại biểu cũng biểu quyết thông qua 15 chỉ tiêu của nghị quyết đại hội nhiệm kỳ mới. "
        "Năm qua, huyện thực hiện đạt 19 chỉ tiêu.",
        2018, 12);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "19");
}

TEST_CASE("those elected and the share of delegates who voted for a resolution are no figures", "[indicators]") {
    auto doc = read_indicators(
        "Đại hội đã bầu 40 người tham gia Ban Chấp hành Đảng bộ thị xã khóa mới. Các đại biểu đã biểu quyết thống "
        "nhất thành lập thành phố, với tỷ lệ đại biểu nhất trí là 100%. Năm qua, thu ngân sách đạt 120 tỷ đồng.",
        2020, 8);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "120000000000");
}

TEST_CASE("a change on the month before is no comparison, the change on last year is", "[indicators]") {
    auto doc = read_indicators(
        "Kim ngạch xuất khẩu tháng 10 ước đạt 71 triệu USD, tăng 8,07% so với tháng 9/2023 và giảm 7,2% so với cùng kỳ "
        "năm trước. Chỉ số sản xuất công nghiệp tháng tăng 1,59% so tháng trước và tăng 5,74% so cùng kỳ.", 2023, 10);
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].code == "export_value");
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"change_vs_prior", "-7.2"}});
    CHECK(doc.indicators[1].code == "industrial_production_growth");
    CHECK(value(doc.indicators[1].value) == "5.74");
    // A month of an earlier year is the same period last year.
    auto prior = read_indicators("Kim ngạch xuất khẩu tháng 10 đạt 71 triệu USD, tăng 8% so với tháng 10/2022.", 2023, 10);
    REQUIRE(prior.indicators.size() == 1);
    CHECK(comparisons(prior.indicators[0]) == Pairs{{"change_vs_prior", "8"}});
    // Alone in its clause, the month's change is the month's growth.
    auto alone = read_indicators(
        "Chỉ số sản xuất công nghiệp tháng 10 ước tăng 5,5% so với tháng trước; lũy kế ước tăng 10% so với cùng kỳ.", 2023, 10);
    REQUIRE(alone.indicators.size() == 2);
    CHECK(alone.indicators[1].code == "industrial_production_growth");
    CHECK(value(alone.indicators[1].value) == "10");
}

TEST_CASE("a growth told again as the change of its value is one figure", "[indicators]") {
    auto doc = read_indicators(
        "Tốc độ tăng trưởng GDP chín tháng đạt 9,1%. Tổng sản phẩm nội địa (GDP) chín tháng ước đạt 650.000 tỷ đồng, "
        "tăng 9,1% so cùng kỳ.", 2023, 9);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "grdp");
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"change_vs_prior", "9.1"}});
    // A different rate is a figure of its own.
    auto two = read_indicators(
        "Tốc độ tăng trưởng GDP đạt 8,5%. Tổng sản phẩm (GDP) ước đạt 650.000 tỷ đồng, tăng 9,1% so cùng kỳ.", 2023, 9);
    CHECK(two.indicators.size() == 2);
    // In the body, a sector's growth after its value's change is told twice on purpose.
    auto body = read_indicators(
        "Hội nghị đánh giá kết quả 9 tháng. Giá trị sản xuất nông - lâm - thủy sản đạt 630 tỷ đồng, tăng 5,7%. Trong đó "
        "công nghiệp - xây dựng tăng 11,7%, nông - lâm - thủy sản tăng 5,7%.", 2023, 9);
    CHECK(body.indicators.size() == 3);
}

TEST_CASE("a headline that rounds a figure of the body adds none", "[indicators]") {
    const std::string headline = "Thu ngân sách quý I hơn 25,3 ngàn tỷ đồng";
    auto doc = document(headline + "\nTổng thu ngân sách trên địa bàn quý I ước khoảng 25.315 tỷ đồng, đạt 35,38% dự toán.", 2023, 3);
    doc.title = headline;
    baocao::extract::make_indicator_stage()->run(doc);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "25315000000000");
    // Rounded to another figure, or written as exactly, it stays.
    auto other = document(headline + "\nTổng thu ngân sách trên địa bàn quý I ước khoảng 21.315 tỷ đồng.", 2023, 3);
    other.title = headline;
    baocao::extract::make_indicator_stage()->run(other);
    CHECK(other.indicators.size() == 2);
}

TEST_CASE("figures of a year before the one reviewed are history, not the period's", "[indicators]") {
    auto doc = read_indicators(
        "Năm 2023, tổng thu ngân sách ước đạt 5.500 tỷ đồng. Trước đó, năm 2022, tỉnh đã thu ngân sách khoảng 5 nghìn tỷ "
        "đồng, nhưng tổng chi ngân sách lên tới 13,5 nghìn tỷ đồng.", 2023, 12);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "5500000000000");
    // A retrospective that reaches the year reviewed keeps its figures, each of its own year.
    auto later = read_indicators(
        "Năm 2020, thu ngân sách đạt 300 tỷ đồng; năm 2023 đạt 520 tỷ đồng.", 2023, 12);
    REQUIRE(later.indicators.size() == 2);
    CHECK(later.indicators[0].period->label == "2020");
    CHECK(value(later.indicators[1].value) == "520000000000");
    // A review of a term holds its earlier years.
    auto term = figures_test::document("Năm 2021, thu ngân sách đạt 300 tỷ đồng.", 2025, 12);
    term.meetings[0].period->start = {2020, 1, 1};
    baocao::extract::make_indicator_stage()->run(term);
    CHECK(term.indicators.size() == 1);
}

TEST_CASE("a multiple that restates a change, or measures against the nation, is no comparison", "[indicators]") {
    auto doc = read_indicators(
        "Nhiệm kỳ qua, tổng giá trị sản xuất tăng 76%, gấp 1,76 lần so với năm 2020. GRDP bình quân đầu người ước đạt "
        "5.852 USD, gấp 1,16 lần bình quân cả nước. Doanh thu du lịch đạt 900 tỷ đồng, tăng gấp 1,5 lần so với năm 2022.",
        2023, 12);
    REQUIRE(doc.indicators.size() == 3);
    CHECK(doc.indicators[0].comparisons.empty());
    CHECK(doc.indicators[1].comparisons.empty());
    CHECK(comparisons(doc.indicators[2]) == Pairs{{"ratio_to_prior", "150"}});
    // A multiple of the term's start is a ratio to that earlier period.
    auto term = read_indicators(
        "Thu nhập bình quân đầu người đạt 44 triệu đồng/người/năm, tăng 1,5 lần so với đầu nhiệm kỳ. GRDP bình quân đầu "
        "người năm 2025 ước đạt 3.750 USD/người, gấp 1,7 lần năm 2020.", 2025, 12);
    REQUIRE(term.indicators.size() == 2);
    CHECK(comparisons(term.indicators[0]) == Pairs{{"ratio_to_prior", "150"}});
    CHECK(comparisons(term.indicators[1]) == Pairs{{"ratio_to_prior", "170"}});
}

TEST_CASE("a share of the plan done with no amount is the figure of a rate code", "[indicators]") {
    auto doc = read_indicators(
        "Tổng thu ngân sách trong 6 tháng đầu năm đạt tỷ lệ là 62,46% so với dự toán. Giải ngân vốn đầu tư công đạt "
        "38,1% kế hoạch. Thu ngân sách vượt 25% dự toán. Giá trị sản xuất công nghiệp đạt 45% kế hoạch.");
    REQUIRE(doc.indicators.size() == 3);
    CHECK(doc.indicators[0].code == "budget_revenue");
    CHECK(doc.indicators[0].unit == "%");
    CHECK(value(doc.indicators[0].value) == "62.46");
    CHECK(doc.indicators[0].comparisons.empty());
    CHECK(doc.indicators[1].code == "public_investment_disbursed");
    // "vượt 25% dự toán" with no amount: the share of the plan reached, 125%.
    CHECK(doc.indicators[2].code == "budget_revenue");
    CHECK(value(doc.indicators[2].value) == "125");
    // With its amount in the clause, the share stays the amount's comparison.
    auto amount = read_indicators("Thu ngân sách đạt 57,77% dự toán, đạt 120 tỷ đồng.");
    REQUIRE(amount.indicators.size() == 1);
    CHECK(amount.indicators[0].unit == "VND");
}

TEST_CASE("a headline's share of the plan done, told again of a body figure, is no figure of its own",
          "[indicators]") {
    static const baocao::extract::Pipeline pipeline;
    const auto doc = pipeline.read(
        "composed.txt", "composed.txt",
        "Huyện Yên Hòa: Thu ngân sách đạt 103,4% kế hoạch\n date 2021-07\n"
        "Sáng 5/7, UBND huyện Yên Hòa tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.\n"
        "6 tháng đầu năm, thu ngân sách nhà nước trên địa bàn hơn 357 tỷ đồng, đạt 103,4% kế hoạch.\n");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].unit == "VND");
}

TEST_CASE("one share of two plans joined by 'và' is one basis, and the change after it is the figure's", "[indicators]") {
    auto doc = read_indicators(
        "Tổng thu ngân sách nhà nước ước đạt 183,24 tỷ đồng, bằng 67,62% dự toán tỉnh giao và dự toán HĐND thị xã "
        "giao, tăng 11,18% so với cùng kỳ năm 2020.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "budget_revenue");
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_plan", "67.62"}, {"change_vs_prior", "11.18"}});
    CHECK(doc.indicators[0].comparisons[0].basis == "dự toán tỉnh giao và dự toán HĐND thị xã giao");
    // "và" before another subject still opens the next figure.
    auto two = read_indicators("Thu ngân sách đạt 556 tỷ đồng, bằng 104% dự toán và chi ngân sách 453 tỷ đồng.");
    CHECK(two.indicators.size() == 2);
}

TEST_CASE("a share of the revenue task assigned ('so với nhiệm vụ thu') is a ratio to plan", "[indicators]") {
    auto doc = read_indicators("Phường Yên Hòa ước thu ngân sách nhà nước 21 tỉ đồng, đạt 165,65% so với nhiệm vụ thu.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "budget_revenue");
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_plan", "165.65"}});
}

TEST_CASE("counts of streets, families, workdays, documents and products are figures", "[indicators]") {
    auto doc = read_indicators(
        "Nhiệm kỳ qua, 25 tuyến phố văn minh được xây dựng; Hội vận động hỗ trợ con giống cho 1.037 gia đình hội viên; "
        "hội viên đóng góp trên 7.800 ngày công; UBND xã đã xử lý 1.195 văn bản đến.",
        2025, 6);
    std::vector<std::string> values;
    for (const auto& v : doc.indicators)
        if (v.unit == "count") values.push_back(value(v.value));
    CHECK(values == std::vector<std::string>{"25", "1037", "7800", "1195"});
}

TEST_CASE("a share of the plan told with 'chiếm' is a ratio to plan, a share of a whole a figure of its own", "[indicators]") {
    auto plan = read_indicators("Thu ngân sách ước đạt 968,8 tỷ đồng, chiếm 9,8% dự toán và tăng 34,3% so với cùng kỳ.");
    REQUIRE(plan.indicators.size() == 1);
    CHECK(comparisons(plan.indicators[0]) == Pairs{{"ratio_to_plan", "9.8"}, {"change_vs_prior", "34.3"}});
    auto whole = read_indicators("Thu nội địa đạt 968,8 tỷ đồng, chiếm 45% tổng thu ngân sách.");
    CHECK(whole.indicators.size() == 2);
    CHECK(whole.indicators[0].comparisons.empty());
}

TEST_CASE("a share of the plan with no amount keeps the change told right after it", "[indicators]") {
    auto doc = read_indicators("Tổng thu ngân sách trên địa bàn đạt 108,54% so với dự toán, tăng 7,5% so với cùng kỳ.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "budget_revenue");
    CHECK(value(doc.indicators[0].value) == "108.54");
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"change_vs_prior", "7.5"}});
    // Another subject's share after it is no change of this one: neither is read as its figure.
    auto two = read_indicators("Thu ngân sách ước đạt 55, 95% dự toán, chi ngân sách đạt 53,02% dự toán tỉnh giao.");
    CHECK(std::none_of(two.indicators.begin(), two.indicators.end(),
                       [](const auto& v) { return value(v.value) == "95"; }));
}

TEST_CASE("a headline's share of the plan, rounded or without its plan word, is the body's told again", "[indicators]") {
    const std::string rounded = "Hòa Bình: Thu ngân sách quý I đạt gần 31% dự toán";
    auto doc = document(rounded + "\nTổng thu ngân sách quý I ước đạt 92,4 tỷ đồng, bằng 30,8% dự toán.", 2023, 3);
    doc.title = rounded;
    baocao::extract::make_indicator_stage()->run(doc);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "92400000000");
    const std::string unsaid = "Hòa Bình: Giải ngân vốn đầu tư công quý I đạt 21,4%";
    auto bare = document(unsaid + "\nĐến ngày 31/3, toàn huyện giải ngân được 64 tỷ đồng, đạt 21,4% kế hoạch.", 2023, 3);
    bare.title = unsaid;
    baocao::extract::make_indicator_stage()->run(bare);
    REQUIRE(bare.indicators.size() == 1);
    CHECK(value(bare.indicators[0].value) == "64000000000");
    // A share the body does not give stays a figure of its own.
    auto other = document(rounded + "\nTổng thu ngân sách quý I ước đạt 92,4 tỷ đồng, bằng 36,8% dự toán.", 2023, 3);
    other.title = rounded;
    baocao::extract::make_indicator_stage()->run(other);
    CHECK(other.indicators.size() == 2);
}

TEST_CASE("an earlier period's rate in brackets beside it, and a wider unit's average, are no figures", "[indicators]") {
    auto prior = read_indicators("Đến ngày 30/6 đã giải ngân 75,2 tỷ đồng, đạt 31,06% kế hoạch, thấp hơn tỷ lệ cùng kỳ năm "
                                 "2022 (36,5%).");
    REQUIRE(prior.indicators.size() == 1);
    CHECK(value(prior.indicators[0].value) == "75200000000");
    auto inside = read_indicators("Tỷ lệ hộ nghèo còn 4,3% (cùng kỳ năm trước 5,12%).");
    REQUIRE(inside.indicators.size() == 1);
    CHECK(value(inside.indicators[0].value) == "4.3");
    auto province = read_indicators("Tỷ lệ bao phủ bảo hiểm y tế toàn huyện đạt 94,1%, cao hơn mức bình quân chung của tỉnh "
                                    "(92,6%).");
    REQUIRE(province.indicators.size() == 1);
    CHECK(value(province.indicators[0].value) == "94.1");
}

TEST_CASE("an amount per hectare is one figure in money per hectare, the hectare none", "[indicators]") {
    auto doc = read_indicators("Giá trị sản xuất bình quân trên 1 ha đất canh tác đạt 132 triệu đồng, tăng 6 triệu đồng.");
    REQUIRE(doc.indicators.size() >= 1);
    CHECK(doc.indicators[0].unit == "VND/ha");
    CHECK(value(doc.indicators[0].value) == "132000000");
    CHECK(std::none_of(doc.indicators.begin(), doc.indicators.end(), [](const auto& v) { return v.unit == "ha"; }));
    // More than one hectare reached is an area.
    auto area = read_indicators("Diện tích cây dược liệu đạt trên 1 ha, thu ngân sách đạt 12 tỷ đồng.");
    CHECK(std::any_of(area.indicators.begin(), area.indicators.end(), [](const auto& v) { return v.unit == "VND"; }));
}

TEST_CASE("a ratio to the same period with the subject told again before it is a ratio to prior", "[indicators]") {
    auto doc = read_indicators("Khách du lịch đạt 95.400 lượt, đạt 61,2% kế hoạch năm và bằng 83% lượng khách cùng kỳ năm "
                               "2019.");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(comparisons(doc.indicators[0]) == Pairs{{"ratio_to_plan", "61.2"}, {"ratio_to_prior", "83"}});
    // Words that name a plan keep it a ratio to plan.
    auto plan = read_indicators("Thu ngân sách đạt 50 tỷ đồng, bằng 95% dự toán huyện giao.");
    REQUIRE(plan.indicators.size() == 1);
    CHECK(comparisons(plan.indicators[0]) == Pairs{{"ratio_to_plan", "95"}});
}
