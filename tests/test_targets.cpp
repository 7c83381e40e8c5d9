// Targets: figures set for a future period, with year, direction and value.
#include <catch2/catch.hpp>

#include "extract/pipeline.h"
#include "figures_test_support.h"
#include "meeting_test_support.h"

using namespace figures_test;
using baocao::model::Target;

namespace {
const Target& find(const baocao::model::Document& doc, const std::string& code) {
    for (const auto& t : doc.targets)
        if (t.code == code) return t;
    FAIL("no target " << code);
    return doc.targets.front();
}
}  // namespace

TEST_CASE("A list of main targets for next year", "[targets]") {
    auto doc = read_targets(
        "Năm 2022, thu ngân sách đạt 300 tỷ đồng.\n\n"
        "Một số chỉ tiêu chủ yếu năm 2023: - Trên 85% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ trở lên; kết nạp 95 "
        "đảng viên mới. - Thu ngân sách trên địa bàn: 310,5 tỷ đồng; - Tỷ lệ hộ nghèo dưới 2,5%; tỷ lệ hộ cận nghèo "
        "không quá 4%.",
        2022, 12);
    REQUIRE(doc.indicators.size() == 1);  // the reported 300 tỷ only
    REQUIRE(doc.targets.size() == 5);
    for (const auto& t : doc.targets) CHECK(t.year == 2023);
    CHECK(find(doc, "party_orgs_good_rate").direction == "min");
    CHECK(value(*find(doc, "party_orgs_good_rate").value) == "85");
    CHECK(find(doc, "new_party_members").direction == "eq");
    CHECK(value(*find(doc, "budget_revenue").value) == "310500000000");
    CHECK(find(doc, "poverty_rate").direction == "max");
    CHECK(find(doc, "near_poverty_rate").direction == "max");
    CHECK(find(doc, "near_poverty_rate").unit == "%");
}

TEST_CASE("'phấn đấu' with a growth written after the figure", "[targets]") {
    auto doc = read_targets(
        "Năm 2026, xã đề ra 15 chỉ tiêu, trong đó phấn đấu tổng giá trị sản xuất đạt hơn 2.500 tỷ đồng, tăng 9,5% so "
        "với năm 2025; thu ngân sách trên địa bàn đạt 45 tỷ đồng; tỷ lệ hộ nghèo giảm dưới 1%.",
        2025, 12);
    REQUIRE(doc.targets.size() == 4);
    const auto& value_target = find(doc, "production_value");
    CHECK(value_target.direction == "min");
    CHECK(value_target.year == 2026);
    const auto& growth = find(doc, "production_value_growth");
    CHECK(value(*growth.value) == "9.5");
    CHECK(growth.direction == "eq");
    CHECK(find(doc, "budget_revenue").year == 2026);
    CHECK(find(doc, "poverty_rate").direction == "max");
    CHECK(value(*find(doc, "poverty_rate").value) == "1");
    // the count of targets set ("đề ra 15 chỉ tiêu") is neither a target nor a reported figure
    CHECK(doc.indicators.empty());
}

TEST_CASE("A range gives two targets, min and max", "[targets]") {
    auto doc = read_targets("Mục tiêu năm 2024: tốc độ tăng trưởng kinh tế từ 7,5% đến 8%.", 2023, 12);
    REQUIRE(doc.targets.size() == 2);
    CHECK(value(*doc.targets[0].value) == "7.5");
    CHECK(doc.targets[0].direction == "min");
    CHECK(value(*doc.targets[1].value) == "8");
    CHECK(doc.targets[1].direction == "max");
    for (const auto& t : doc.targets) {
        CHECK(t.code == "economic_growth");
        CHECK(t.year == 2024);
    }
    auto dash = read_targets("Phấn đấu tăng trưởng kinh tế đạt 6,5 - 7%.", 2023, 12);
    REQUIRE(dash.targets.size() == 2);
    CHECK(dash.targets[0].direction == "min");
    CHECK(value(*dash.targets[0].value) == "6.5");
    CHECK(dash.targets[1].direction == "max");
    CHECK(dash.targets[0].year == 2024);
}

TEST_CASE("'kế hoạch năm N' is a target only when N is ahead", "[targets]") {
    auto ahead = read_targets("Kế hoạch năm 2024 thu ngân sách trên địa bàn 520 tỷ đồng.", 2023, 12);
    REQUIRE(ahead.targets.size() == 1);
    CHECK(ahead.targets[0].year == 2024);
    CHECK(ahead.indicators.empty());

    auto reviewed = read_targets("Tổng giá trị sản xuất đạt 4.100 tỷ đồng, đạt 51,2% so với kế hoạch năm 2023.");
    CHECK(reviewed.targets.empty());
    REQUIRE(reviewed.indicators.size() == 1);
    CHECK(reviewed.indicators[0].comparisons.size() == 1);
}

TEST_CASE("A goal without a figure is kept as text", "[targets]") {
    auto doc = read_targets("Huyện phấn đấu trở thành thị xã vào năm 2025.", 2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK_FALSE(doc.targets[0].value);
    CHECK(doc.targets[0].year == 2025);
    CHECK(doc.targets[0].text.find("trở thành thị xã") != std::string::npos);

    auto passing = read_targets("Các đại biểu thảo luận giải pháp thực hiện các mục tiêu đề ra.", 2023, 12);
    CHECK(passing.targets.empty());
}

TEST_CASE("A target's year defaults to the next year after a year-end review", "[targets]") {
    auto doc = read_targets("Phấn đấu kết nạp 60 đảng viên mới.", 2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2024);
    auto half = read_targets("Phấn đấu kết nạp 60 đảng viên mới.", 2023, 6);
    CHECK(half.targets.at(0).year == 2023);
}

TEST_CASE("Plans for a later year named a few words after the cue", "[targets]") {
    auto doc = read_targets("HĐND huyện giao chỉ tiêu thu ngân sách năm 2024 là 350 tỷ đồng.", 2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2024);
    CHECK(doc.targets[0].code == "budget_revenue");
    CHECK(doc.indicators.empty());
}

TEST_CASE("Effort made and counts of targets are not targets", "[targets]") {
    auto effort = read_targets("Nhờ sự nỗ lực phấn đấu của cả hệ thống chính trị, thu ngân sách đạt 512 tỷ đồng.", 2023, 12);
    CHECK(effort.targets.empty());
    CHECK(effort.indicators.size() == 1);
    auto meta = read_targets("Hội nghị thống nhất mục tiêu giảm từ 20 chỉ tiêu xuống 16 chỉ tiêu chủ yếu.", 2023, 12);
    for (const auto& t : meta.targets) CHECK(t.value.has_value() == false);
}

TEST_CASE("'không dưới' is a floor, 'không quá' a ceiling", "[targets]") {
    auto doc = read_targets("Năm 2024 phấn đấu thu ngân sách không dưới 2.300 tỷ đồng, tỷ lệ hộ nghèo không quá 1,8%.", 2023, 12);
    REQUIRE(doc.targets.size() == 2);
    CHECK(doc.targets[0].direction == "min");
    CHECK(doc.targets[1].direction == "max");
}

namespace {
// A congress that opens a term: its period is the term it closes.
baocao::model::Document read_congress(const std::string& body, int year = 2025) {
    auto doc = figures_test::document(body, year, 12);
    doc.meetings.front().kind = "đại hội";
    doc.meetings.front().period->start = {year - 5, 1, 1};
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    return doc;
}
}  // namespace

TEST_CASE("A span of years names its last year, and one ahead is a target cue", "[targets]") {
    auto doc = read_targets("Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2026-2030 đạt 9%/năm.", 2025, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2030);
    CHECK(doc.indicators.empty());
    auto past = read_targets("Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2025 đạt 7,2%/năm.", 2025, 12);
    CHECK(past.targets.empty());
    CHECK(past.indicators.size() == 1);
    auto term = read_targets("Nhiệm kỳ 2025 - 2030, Đảng bộ xã đặt mục tiêu tăng trưởng kinh tế đạt 8%.", 2025, 12);
    REQUIRE(term.targets.size() == 1);
    CHECK(term.targets[0].year == 2030);
    // a span in an aside does not date the figures after it
    auto aside = read_targets(
        "Đến năm 2030, tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2021 - 2025) giảm còn 1%, giải quyết việc làm cho 300 lao "
        "động.",
        2025, 12);
    REQUIRE(aside.targets.size() == 2);
    for (const auto& t : aside.targets) CHECK(t.year == 2030);
}

TEST_CASE("A congress sets its targets for the last year of the term it opens", "[targets]") {
    auto doc = read_congress(
        "Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 đã thành công.\n\n"
        "Hằng năm, xã phấn đấu kết nạp 40 đảng viên mới; thu nhập bình quân đầu người đạt 90 triệu đồng.");
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) CHECK(t.year == 2030);
    // a year-end review keeps the next year
    auto review = read_targets(
        "Nghị quyết Đại hội nhiệm kỳ 2020-2025 được triển khai. Phấn đấu kết nạp 40 đảng viên mới.", 2023, 12);
    REQUIRE(review.targets.size() == 1);
    CHECK(review.targets[0].year == 2024);
}

TEST_CASE("A congress votes its list of targets ('biểu quyết ... chỉ tiêu như:'), 'ngàn tỉ' is 10^12", "[targets]") {
    auto doc = read_congress(
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025 bế mạc.\n\n"
        "Đại hội biểu quyết 12 chỉ tiêu quan trọng như: Tăng trưởng kinh tế (GRDP) bình quân từ 7,5-8%. Thu ngân "
        "sách đạt trên 18,4 ngàn tỉ đồng.",
        2020);
    CHECK(doc.indicators.empty());
    REQUIRE(doc.targets.size() == 3);
    for (const auto& t : doc.targets) CHECK(t.year == 2025);
    CHECK(value(*find(doc, "budget_revenue").value) == "18400000000000");
    CHECK(find(doc, "budget_revenue").direction == "min");
}

TEST_CASE("A figure measured against a plan or a past year it names is a result, even in a list of targets", "[targets]") {
    auto doc = read_targets(
        "Năm 2024, phấn đấu: tổng sản lượng lương thực có hạt đạt 15.422 tấn (đạt 118,63% kế hoạch, bằng 110,15% so "
        "với năm 2022); tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 92% trong đó BHYT học sinh đạt 100%.",
        2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].code == "health_insurance_rate");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "food_output");
}

TEST_CASE("Targets adopted with 'đề ra', not the ones set earlier", "[targets]") {
    auto doc = read_targets(
        "Năm 2024, huyện đề ra 12 chỉ tiêu cụ thể: thu ngân sách 400 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2%.", 2023, 12);
    REQUIRE(doc.targets.size() == 2);
    CHECK(doc.targets[0].year == 2024);
    CHECK(doc.indicators.empty());  // 12 is the count of targets set
    auto direct = read_targets("Đại hội cũng đề ra độ che phủ rừng 55%, tỷ lệ thu gom rác thải đạt 98%.", 2025, 12);
    CHECK(direct.targets.size() == 2);
    auto earlier = read_targets("Huyện hoàn thành kế hoạch đã đề ra, thu ngân sách đạt 410 tỷ đồng.", 2023, 12);
    CHECK(earlier.targets.empty());
    CHECK(earlier.indicators.size() == 1);
    auto tasks = read_targets("Kỳ họp hoàn thành các nội dung đề ra và thông qua 5 nghị quyết.", 2023, 12);
    CHECK(tasks.targets.empty());
    auto result = read_targets(
        "Nghị quyết nhiệm kỳ 2020 - 2025 đề ra 20 tiêu chí, đến nay đã có 18/20 tiêu chí đạt, như: thu nhập bình "
        "quân đạt 70 triệu đồng.",
        2023, 12);
    CHECK(result.targets.empty());
    CHECK(result.indicators.size() == 2);
}

TEST_CASE("A list of targets after an adopting verb", "[targets]") {
    auto doc = read_targets(
        "Đại hội đã thông qua nghị quyết nhiệm kỳ 2025-2030 với một số chỉ tiêu như thu ngân sách 900 tỷ đồng; tỷ "
        "lệ lao động qua đào tạo đạt 80%.",
        2025, 12);
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) CHECK(t.year == 2030);
    auto block = read_targets(
        "Hội nghị đã thông qua 20 chỉ tiêu chủ yếu. Trong đó, thu ngân sách đạt 500 tỷ đồng, tỷ lệ hộ nghèo dưới "
        "1,5%.",
        2024, 12);
    REQUIRE(block.targets.size() == 2);
    CHECK(block.targets[1].direction == "max");
    CHECK(block.indicators.empty());
    auto report = read_targets("Hội nghị thông qua báo cáo kết quả thực hiện các chỉ tiêu như: thu ngân sách đạt 480 tỷ đồng.",
                               2024, 12);
    CHECK(report.targets.empty());
    CHECK(report.indicators.size() == 1);
    auto met = read_targets("Năm 2024 có 15 chỉ tiêu vượt, 2 chỉ tiêu cơ bản đạt và 1 chỉ tiêu không đạt.", 2024, 12);
    CHECK(met.targets.empty());
}

TEST_CASE("A horizon ahead of the meeting is a target cue", "[targets]") {
    auto doc = read_targets("Đến năm 2030, thu nhập bình quân đầu người đạt 100 triệu đồng, đón 2.000 lượt khách.", 2025, 12);
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) CHECK(t.year == 2030);  // "2.000" is a count, not a year
    auto reached = read_targets("Đến năm 2025, thu nhập bình quân đầu người đạt 80 triệu đồng.", 2025, 12);
    CHECK(reached.targets.empty());
}

TEST_CASE("Programmes and goals named in passing are not target cues", "[targets]") {
    auto programme = read_targets(
        "Chương trình mục tiêu quốc gia được triển khai, năm 2023 có thêm 2 xã đạt chuẩn nông thôn mới.", 2023, 12);
    CHECK(programme.targets.empty());
    auto named = read_targets(
        "Đây là mục tiêu được đưa ra tại Đại hội, diễn ra với sự tham gia của 150 đảng viên.", 2025, 12);
    CHECK(named.targets.empty());
    auto met = read_targets("Xã hoàn thành xuất sắc các mục tiêu, với 17/17 chỉ tiêu đạt và vượt.", 2025, 12);
    CHECK(met.targets.empty());
    REQUIRE(met.indicators.size() == 1);
    CHECK(met.indicators[0].out_of);
}

TEST_CASE("A list adopted with 'như' goes on in its paragraph", "[targets]") {
    auto doc = read_congress(
        "Đại hội thông qua nghị quyết nhiệm kỳ 2025-2030 với các chỉ tiêu như thu ngân sách 800 tỷ đồng. Huy động vốn "
        "đầu tư toàn xã hội 5.000 tỷ đồng; tỷ lệ hộ nghèo dưới 1%.\n\n"
        "Nhiệm kỳ qua, thu ngân sách đạt 600 tỷ đồng.");
    REQUIRE(doc.targets.size() == 3);
    for (const auto& t : doc.targets) CHECK(t.year == 2030);
    REQUIRE(doc.indicators.size() == 1);  // the next paragraph reports again
    CHECK(value(doc.indicators[0].value) == "600000000000");
}

TEST_CASE("Direction words after a per-year rate", "[targets]") {
    auto doc = read_targets("Phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm trở lên.", 2025, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].direction == "min");
}

TEST_CASE("An estimate adopted for the coming year, its year a few words on", "[targets]") {
    auto doc = read_targets("HĐND tỉnh giao dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là 12.000 tỷ đồng.", 2025, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2026);
    CHECK(doc.targets[0].direction == "eq");
    CHECK(doc.indicators.empty());
    // a basis compared with is no target
    auto basis = read_targets("Tăng trưởng cao hơn so với mức bình quân đã đề ra theo Nghị quyết là 7%.", 2025, 12);
    CHECK(basis.targets.empty());
}

TEST_CASE("A term under way does not date a target, nor does 'đề ra' ending its phrase set one", "[targets]") {
    auto doc = read_targets(
        "Để thực hiện thắng lợi Nghị quyết Đại hội nhiệm kỳ 2020-2025, huyện phấn đấu thu ngân sách 300 tỷ đồng.",
        2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2024);
    auto pace = read_targets("Các công trình bảo đảm tiến độ đề ra, giải ngân vốn đầu tư công đạt 85%.", 2023, 12);
    CHECK(pace.targets.empty());
    auto per = read_targets("Huyện hoàn thành các chỉ tiêu đề ra theo nghị quyết, thu ngân sách đạt 310 tỷ đồng.", 2023, 12);
    CHECK(per.targets.empty());
    auto through = read_targets(
        "Thông qua việc thực hiện các nhiệm vụ như: hỗ trợ 120 hộ nghèo xây nhà, huyện đã giảm tỷ lệ hộ nghèo.", 2023, 12);
    CHECK(through.targets.empty());
}

TEST_CASE("A sentence that adopts targets and ends naming them opens its paragraph's list", "[targets]") {
    auto doc = read_congress(
        "Đại hội nhiệm kỳ 2025-2030 đề ra 3 khâu đột phá và 18 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng kinh tế bình quân hằng năm "
        "đạt 9% trở lên; hằng năm kết nạp từ 40 đảng viên trở lên.\n\n"
        "Đại hội bầu Ban Chấp hành gồm 25 đồng chí.");
    REQUIRE(doc.targets.size() == 2);
    CHECK(doc.targets[0].direction == "min");
    CHECK(doc.targets[1].direction == "min");
    for (const auto& t : doc.targets) CHECK(t.year == 2030);
    for (const auto& i : doc.indicators) CHECK(value(i.value) != "18");
    // a result that ends naming targets opens nothing
    auto met = read_targets("Năm 2024, huyện đạt 15/17 chỉ tiêu chủ yếu. Trong đó, thu ngân sách đạt 300 tỷ đồng.", 2024, 12);
    CHECK(met.targets.empty());
}

TEST_CASE("A plan after a result verb is a basis, a list named with its year opens", "[targets]") {
    auto basis = read_targets("Thu ngân sách đạt 400 tỷ đồng, bằng 105% kế hoạch năm 2025 của tỉnh giao.", 2024, 12);
    CHECK(basis.targets.empty());
    auto listed = read_targets(
        "Hội nghị đã thông qua các chỉ tiêu chủ yếu năm 2025. Trong đó, thu ngân sách 450 tỷ đồng, tỷ lệ hộ nghèo "
        "dưới 1%.",
        2024, 12);
    REQUIRE(listed.targets.size() == 2);
    for (const auto& t : listed.targets) CHECK(t.year == 2025);
    CHECK(listed.indicators.empty());
}

TEST_CASE("A horizon in a document's title is no target cue", "[targets]") {
    auto title = read_targets(
        "Sau 3 năm thực hiện Nghị quyết về phát triển du lịch đến năm 2030, toàn huyện đón 1,2 triệu lượt khách.",
        2023, 12);
    CHECK(title.targets.empty());
    CHECK(title.indicators.size() == 1);
    auto plan = read_targets("Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 của huyện là 5.000 tỷ đồng.", 2025, 12);
    REQUIRE(plan.targets.size() == 1);
    CHECK(plan.targets[0].year == 2030);
}

TEST_CASE("A congress's list of targets goes on paragraph by paragraph", "[targets]") {
    const std::string body =
        "Đại hội nhiệm kỳ 2025-2030 đề ra mục tiêu: tốc độ tăng trưởng kinh tế bình quân hằng năm đạt 9% trở lên.\n\n"
        "Về xã hội, tỷ lệ lao động qua đào tạo đạt 75%; tỷ lệ tham gia bảo hiểm y tế đạt 98%.\n\n"
        "Về công tác cán bộ, Đại hội bầu Ban Chấp hành gồm 35 đồng chí.\n\n"
        "Hằng năm, xã tổ chức 20 lớp tập huấn cho nông dân.";
    auto doc = read_congress(body);
    REQUIRE(doc.targets.size() == 3);
    for (const auto& t : doc.targets) CHECK(t.year == 2030);
    REQUIRE(doc.indicators.size() == 1);  // the list ended with the election paragraph
    CHECK(value(doc.indicators[0].value) == "20");
    // a result stops it
    auto past = read_congress(
        "Đại hội nhiệm kỳ 2025-2030 đề ra mục tiêu: tốc độ tăng trưởng kinh tế đạt 9%.\n\n"
        "Về xã hội, nhiệm kỳ qua tỷ lệ lao động qua đào tạo đạt 70%.");
    CHECK(past.targets.size() == 1);
    CHECK(past.indicators.size() == 1);
    // outside a congress nothing is carried
    auto review = read_targets(body, 2025, 12);
    CHECK(review.targets.size() == 1);
}

TEST_CASE("A congress's targets go on in paragraphs without an opener, but not into its guests or estimates", "[targets]") {
    auto doc = read_congress(
        "Đại hội nhiệm kỳ 2025-2030 xác định các chỉ tiêu: tốc độ tăng trưởng kinh tế bình quân đạt 9%/năm.\n\n"
        "Thu ngân sách đạt 900 tỷ đồng, tăng bình quân 10%/năm; giải quyết việc làm cho 5.000 lao động.\n\n"
        "Dự đại hội có 250 đại biểu, đại diện cho hơn 6.000 đảng viên trong toàn Đảng bộ.");
    CHECK(doc.targets.size() == 4);
    for (const auto& t : doc.targets) CHECK(t.year == 2030);
    // an estimate of the year the term ends is a result
    auto estimate = read_congress(
        "Đại hội nhiệm kỳ 2025-2030 đề ra mục tiêu tốc độ tăng trưởng kinh tế đạt 9%/năm.\n\n"
        "Quy mô kinh tế của xã năm 2025 ước đạt 2.000 tỷ đồng.");
    CHECK(estimate.targets.size() == 1);
    CHECK(estimate.indicators.size() == 1);
    // nor past a year already done
    auto done = read_congress(
        "Đại hội nhiệm kỳ 2025-2030 đề ra mục tiêu tốc độ tăng trưởng kinh tế đạt 9%/năm.\n\n"
        "Thu nhập bình quân đầu người năm 2025 là 62 triệu đồng.");
    CHECK(done.targets.size() == 1);
    CHECK(done.indicators.size() == 1);
}

TEST_CASE("In a congress a sentence that sets figures frames the rest of its paragraph", "[targets]") {
    auto doc = read_congress(
        "Đại hội nhiệm kỳ 2025-2030 đã thành công tốt đẹp.\n\n"
        "Phấn đấu thành lập mới 300 doanh nghiệp mỗi năm. Tỷ lệ đô thị hóa đạt trên 60%. "
        "Tỷ lệ hộ nghèo giảm còn dưới 1%.");
    CHECK(doc.targets.size() == 3);
    CHECK(doc.indicators.empty());
    // a result stops the frame
    auto past = read_congress(
        "Đại hội nhiệm kỳ 2025-2030 đã thành công tốt đẹp.\n\n"
        "Phấn đấu thành lập mới 300 doanh nghiệp mỗi năm. Nhiệm kỳ qua, tỷ lệ đô thị hóa đạt 45%.");
    CHECK(past.targets.size() == 1);
    CHECK(past.indicators.size() == 1);
}

TEST_CASE("A figure right after 'mỗi năm', 'hàng năm' is no date", "[targets]") {
    auto doc = read_targets(
        "Phấn đấu tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,5%; sản lượng khai thác thủy sản hàng năm 12.000 tấn.", 2025,
        12);
    REQUIRE(doc.targets.size() == 2);
    CHECK(value(*doc.targets[0].value) == "1.5");
    CHECK(doc.targets[1].unit == "tấn");
    auto dated = read_targets("Năm 2025 phấn đấu thu ngân sách 300 tỷ đồng.", 2024, 12);
    REQUIRE(dated.targets.size() == 1);  // "năm 2025" is still a year
    CHECK(dated.targets[0].year == 2025);
}

TEST_CASE("'mục tiêu' with its amount right after it is a budget line", "[targets]") {
    auto doc = read_targets("Chi đầu tư phát triển và mục tiêu hơn 20 tỷ đồng; chi thường xuyên 85 tỷ đồng.", 2023, 6);
    CHECK(doc.targets.empty());
    CHECK(doc.indicators.size() == 2);
    auto year = read_targets("Mục tiêu 2024: thu ngân sách 500 tỷ đồng.", 2023, 12);
    REQUIRE(year.targets.size() == 1);
    CHECK(year.targets[0].year == 2024);
}

TEST_CASE("a line cut inside a list of targets goes on in the next line", "[targets]") {
    auto doc = read_targets(
        "Năm 2022, huyện đề ra các chỉ tiêu chủ yếu, cụ thể như: giá trị sản xuất ngành nông nghiệp tăng từ\n"
        "2-2,5%; ngành công nghiệp - xây dựng tăng trên 18%; ngành dịch vụ tăng trên 15%.\n"
        "Thu ngân sách năm 2021 đạt 120 tỷ đồng.",
        2021, 12);
    REQUIRE(doc.targets.size() == 4);
    for (const auto& t : doc.targets) CHECK(t.year == 2022);
    CHECK(find(doc, "industry_construction_growth").direction == "min");
    REQUIRE(doc.indicators.size() == 1);  // the next line ends a sentence before it: a result again
    CHECK(doc.indicators[0].code == "budget_revenue");
}

TEST_CASE("the list a cut line opened goes on in the sentences of the next line", "[targets]") {
    auto doc = read_targets(
        "Trên cơ sở đó, trong năm 2022, huyện đề ra các chỉ tiêu phát triển chủ yếu, cụ thể như sau: giá trị sản "
        "xuất ngành nông nghiệp tăng từ\n"
        "2-2,5%; ngành dịch vụ tăng trên 15%. Giải quyết việc làm mới cho khoảng 3.500 lao động. Tỷ lệ dân số "
        "tham gia bảo hiểm y tế đạt trên 93%.\n"
        "Thu ngân sách năm 2021 đạt 120 tỷ đồng.",
        2021, 12);
    REQUIRE(doc.targets.size() == 5);
    for (const auto& t : doc.targets) CHECK(t.year == 2022);
    CHECK(value(*find(doc, "jobs_created").value) == "3500");
    CHECK(find(doc, "health_insurance_rate").direction == "min");
    REQUIRE(doc.indicators.size() == 1);  // a line of its own, with its past year: a result
    CHECK(doc.indicators[0].code == "budget_revenue");
}

TEST_CASE("a paragraph adopting targets it does not give hands them to 'Trong đó, ...'", "[targets]") {
    auto doc = read_targets(
        "Tại kỳ họp, HĐND tỉnh đã thông qua 25 chỉ tiêu chủ yếu về kinh tế - xã hội, quốc phòng - an ninh và "
        "môi trường.\n\n"
        "Trong đó, tốc độ tăng trưởng kinh tế đạt 8-8,5%; thu ngân sách nhà nước đạt 12.500 tỷ đồng.\n\n"
        "Trong đó, thu nội địa năm 2023 đạt 9.000 tỷ đồng.",
        2023, 12);
    REQUIRE(doc.targets.size() == 3);
    for (const auto& t : doc.targets) CHECK(t.year == 2024);
    CHECK(value(*find(doc, "budget_revenue").value) == "12500000000000");
    REQUIRE(doc.indicators.size() == 1);  // a second 'Trong đó' follows a paragraph with figures: a result
}

TEST_CASE("adopting a plan for a later year sets targets, carrying one out reports", "[targets]") {
    auto adopted = read_targets(
        "Kỳ họp đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024. Trong đó, tổng "
        "sản phẩm trên địa bàn tăng 7%; thu ngân sách đạt 950 tỷ đồng.",
        2023, 12);
    REQUIRE(adopted.targets.size() == 2);
    for (const auto& t : adopted.targets) CHECK(t.year == 2024);
    CHECK(adopted.indicators.empty());
    auto carried_out = read_targets(
        "Thực hiện Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2023, tổng sản phẩm trên địa bàn tăng "
        "7%; thu ngân sách đạt 950 tỷ đồng.",
        2023, 12);
    CHECK(carried_out.targets.empty());
    CHECK(carried_out.indicators.size() == 2);
}

TEST_CASE("a sentence opening on a year after the one reviewed sets targets", "[targets]") {
    auto doc = read_targets(
        "Năm 2024, tổng sản phẩm trên địa bàn tăng 7,2%; thu ngân sách nhà nước 4.300 tỷ đồng; tỷ lệ hộ nghèo giảm "
        "1,5%. Trong năm 2024, dự kiến tổng chi ngân sách địa phương 8.100 tỷ đồng.",
        2023, 12);
    REQUIRE(doc.targets.size() == 4);
    for (const auto& t : doc.targets) {
        CHECK(t.year == 2024);
        CHECK(t.year_basis == "scope");
    }
    CHECK(value(*find(doc, "budget_revenue").value) == "4300000000000");
    CHECK(doc.indicators.empty());
}

TEST_CASE("a later period before the first figure frames it, whoever decides it", "[targets]") {
    auto decided = read_targets(
        "HĐND huyện quyết định tổng thu ngân sách năm 2025 là 1.250 tỷ đồng. Tổng vốn đầu tư toàn xã hội 5 năm "
        "(2026 - 2030) đạt 42.000 tỷ đồng.",
        2024, 12);
    REQUIRE(decided.targets.size() == 2);
    CHECK(find(decided, "budget_revenue").year == 2025);
    CHECK(find(decided, "development_investment").year == 2030);
    CHECK(decided.indicators.empty());
    auto carried_out = read_targets(
        "Thực hiện Nghị quyết của HĐND tỉnh về kế hoạch đầu tư công năm 2025, huyện giải ngân 310 tỷ đồng.", 2025, 6);
    CHECK(carried_out.targets.empty());
    CHECK(carried_out.indicators.size() == 1);
}

TEST_CASE("a line announcing targets heads the items that follow it line by line", "[targets]") {
    auto bullets = read_targets(
        "Đại hội đề ra mục tiêu tổng quát và 16 chỉ tiêu chủ yếu\n"
        "- Tốc độ tăng trưởng giá trị sản xuất bình quân 8%/năm.\n"
        "- Tỷ lệ hộ nghèo giảm bình quân 0,6%/năm.\n\n"
        "Nhiệm kỳ qua, thu ngân sách tăng bình quân 9%/năm.",
        2025, 12);
    CHECK(bullets.targets.size() == 2);
    CHECK(bullets.indicators.size() == 1);  // past the list, a result again
    auto heading = read_targets(
        "Một số chỉ tiêu chủ yếu đến năm 2030\n"
        "Thu ngân sách trên địa bàn tăng bình quân 11%/năm.\n"
        "Tổng vốn đầu tư toàn xã hội đạt 1.800 tỷ đồng.",
        2025, 12);
    REQUIRE(heading.targets.size() == 2);
    for (const auto& t : heading.targets) CHECK(t.year == 2030);
    CHECK(heading.indicators.empty());
}

TEST_CASE("a period after the one reviewed, before the first figure, frames it as planned", "[targets]") {
    // A review of the first half of 2024 (read_targets: the meeting reviews January to June).
    auto doc = read_targets(
        "6 tháng đầu năm, thu ngân sách đạt 210 tỷ đồng. Nhiệm vụ 6 tháng cuối năm: giải ngân 100% vốn đầu tư "
        "công; kết nạp 120 đảng viên mới. So với 6 tháng cuối năm 2023, thu ngân sách tăng 12%.",
        2024, 6);
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) CHECK(t.year == 2024);
    CHECK(find(doc, "new_party_members").direction == "eq");
    CHECK(doc.indicators.size() == 2);  // the half reviewed, and a comparison with a past half
}

TEST_CASE("goals adopted without a figure are given by the sentences after them", "[targets]") {
    auto doc = read_targets(
        "Đại hội nhất trí thông qua Nghị quyết về phương hướng, mục tiêu và nhiệm vụ nhiệm kỳ 2025 - 2030. Cụ thể, "
        "tốc độ tăng trưởng kinh tế bình quân 9%/năm; tổng vốn đầu tư toàn xã hội 42.000 tỷ đồng.",
        2025, 12);
    REQUIRE(doc.targets.size() == 2);
    CHECK(doc.indicators.empty());
}

TEST_CASE("main targets told as met against the plan are results", "[targets]") {
    auto doc = read_targets(
        "Năm 2024, các chỉ tiêu chủ yếu về kinh tế, xã hội đều đạt và vượt kế hoạch đề ra: tổng giá trị sản xuất "
        "ước đạt 3.900 tỷ đồng, tăng 11,5%; thu ngân sách đạt 135 tỷ đồng.",
        2024, 12);
    CHECK(doc.targets.empty());
    CHECK(doc.indicators.size() == 2);
    // The year of the targets may stand between them and their results.
    auto named = read_targets(
        "Qua đó, các chỉ tiêu chủ yếu của ngành năm 2024 đạt và vượt kế hoạch đề ra, như: chỉ số sản xuất công "
        "nghiệp ước tăng 8,39% so cùng kỳ; tổng mức bán lẻ hàng hóa ước đạt 12.363 tỷ đồng.",
        2024, 12);
    CHECK(named.targets.empty());
    CHECK(named.indicators.size() == 2);
}

TEST_CASE("two rates joined by a dash, the low one first, are a range", "[targets][range]") {
    auto doc = read_targets("Phấn đấu tốc độ tăng trưởng kinh tế đạt 9% - 9,5%/năm; tỷ lệ hộ nghèo 3% - 2%.", 2025, 12);
    REQUIRE(doc.targets.size() == 4);
    CHECK(doc.targets[0].direction == "min");
    CHECK(doc.targets[1].direction == "max");
    CHECK(value(*doc.targets[1].value) == "9.5");
    CHECK(doc.targets[2].direction == "eq");  // falling: two figures, no range
    CHECK(doc.targets[3].direction == "eq");
}

TEST_CASE("an estimate of the year reviewed, told beside next year's plan, is a result", "[targets]") {
    auto doc = read_targets(
        "Theo báo cáo tình hình thực hiện kế hoạch năm 2023 và kế hoạch năm 2024, tốc độ tăng trưởng kinh tế năm "
        "2023 ước đạt 6,2%. Kế hoạch năm 2024, tăng trưởng kinh tế 7%.",
        2023, 12);
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "6.2");
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2024);
}

TEST_CASE("a year inside one item of a list dates that item only", "[targets]") {
    auto doc = read_targets(
        "Đại hội đề ra các chỉ tiêu chủ yếu: thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng; giữ vững "
        "chuẩn nông thôn mới, có 2 thôn đạt chuẩn kiểu mẫu vào cuối năm 2026; tỷ lệ tham gia bảo hiểm y tế đạt 98%.",
        2025, 12);
    REQUIRE(doc.targets.size() == 3);
    CHECK(find(doc, "grdp_per_capita").year == 2030);
    CHECK(find(doc, "health_insurance_rate").year != 2026);
}

TEST_CASE("the first session of a committee elected at its congress sets the term's targets", "[targets]") {
    const std::string body =
        "Theo nghị quyết, trong nhiệm kỳ 2025 - 2030, tỉnh phấn đấu tăng trưởng kinh tế bình quân 9%/năm.\n\n"
        "Hằng năm, kết nạp từ 1.200 đến 1.300 đảng viên mới.";
    auto session = figures_test::document(body, 2025, 12);
    session.meetings[0].kind = "hội nghị";
    session.meetings[0].period->start = {2020, 1, 1};  // the term that ended with the congress
    session.meetings[0].held_on = baocao::model::Date{2025, 9, 17};
    baocao::extract::make_indicator_stage()->run(session);
    baocao::extract::make_target_stage()->run(session);
    REQUIRE(session.targets.size() == 3);
    for (const auto& t : session.targets) CHECK(t.year == 2030);
    CHECK(session.indicators.empty());
    // A year's review goes on as before: 'Hằng năm' after it lists no targets.
    auto year_review = read_targets(body, 2025, 12);
    CHECK(year_review.indicators.size() == 2);
}

TEST_CASE("a committee's numbered term in brackets ('khóa XII (2020-2025)') gives its targets the term's last year",
          "[targets]") {
    const std::string body =
        "Phiên họp thứ nhất Ban Chấp hành Đảng bộ thành phố khóa XII (2020-2025) đã bầu Ban Thường vụ.\n\n"
        "Về môi trường, đại hội cũng đề ra độ che phủ rừng 53%, tỷ lệ thu gom rác thải sinh hoạt đạt 99%.";
    auto session = figures_test::document(body, 2020, 12);
    session.meetings[0].kind = "hội nghị";
    session.meetings[0].period->start = {2015, 1, 1};  // the term that ended with the congress
    session.meetings[0].period->end = {2020, 12, 31};
    session.meetings[0].held_on = baocao::model::Date{2020, 7, 31};
    baocao::extract::make_indicator_stage()->run(session);
    baocao::extract::make_target_stage()->run(session);
    REQUIRE(session.targets.size() == 2);
    for (const auto& t : session.targets) {
        CHECK(t.year == 2025);
        CHECK(t.year_basis == "term_end");
    }
}

TEST_CASE("a photo caption between targets announced and their list does not end it", "[targets]") {
    auto doc = read_targets(
        "Tại kỳ họp, HĐND tỉnh đã thông qua 25 chỉ tiêu chủ yếu về kinh tế - xã hội.\n"
        "Đồng chí Trần Văn Bình, Chủ tịch HĐND tỉnh phát biểu tại kỳ họp\n"
        "Trong đó, tốc độ tăng trưởng kinh tế đạt 8%; thu ngân sách nhà nước đạt 12.500 tỷ đồng.",
        2023, 12);
    CHECK(doc.targets.size() == 2);
    CHECK(doc.indicators.empty());
}

TEST_CASE("target scopes are read again when the meeting's period changes between stages", "[targets]") {
    auto doc = figures_test::document("Năm 2024, thu ngân sách trên địa bàn 500 tỷ đồng.", 2024, 12);
    baocao::extract::make_indicator_stage()->run(doc);  // a result of the year reviewed
    REQUIRE(doc.indicators.size() == 1);
    doc.meetings[0].period->start = {2023, 1, 1};
    doc.meetings[0].period->end = {2023, 12, 31};
    baocao::extract::make_target_stage()->run(doc);  // now a plan for the year after the one reviewed
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2024);
}

TEST_CASE("a later year that is a result, a basis or a term under way frames no targets", "[targets]") {
    // Results told with "đã", a comparison's basis, a term begun before the year reviewed.
    auto doc = read_targets(
        "Năm 2024, huyện đã thu ngân sách 120 tỷ đồng. So với năm 2024, thu ngân sách tăng 5%. Giai đoạn 2021 - "
        "2025, tổng vốn đầu tư toàn xã hội đạt 3.500 tỷ đồng.",
        2024, 6);
    CHECK(doc.targets.empty());
    CHECK(doc.indicators.size() == 3);
}

TEST_CASE("'Các chỉ tiêu cụ thể:' heads targets, a count of them met is a result", "[targets]") {
    auto doc = read_targets(
        "Nhiệm kỳ qua, huyện đạt 14/16 chỉ tiêu cụ thể.\n\n"
        "Các chỉ tiêu cụ thể: tăng trưởng kinh tế bình quân đạt trên 8%/năm; thu nhập bình quân đầu người đạt "
        "hơn 80 triệu đồng.",
        2025, 12);
    REQUIRE(doc.targets.size() == 2);
    CHECK(find(doc, "economic_growth").direction == "min");
    REQUIRE(doc.indicators.size() == 1);
    CHECK(doc.indicators[0].code == "socioeconomic_targets_met");
}

TEST_CASE("a clause naming goals without a figure leaves the sentence to the cues after it", "[targets]") {
    auto doc = read_targets(
        "Đại hội thông qua các nội dung đánh giá kết quả nhiệm kỳ 2020-2025 và mục tiêu, nhiệm vụ, giải pháp "
        "2025-2030 nêu trong Báo cáo chính trị; thống nhất 25 chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng "
        "GRDP bình quân đạt 9%/năm trở lên; phấn đấu đến năm 2030, GRDP bình quân đầu người đạt trên 200 triệu đồng.",
        2025, 9);
    REQUIRE(doc.targets.size() == 2);
    CHECK(find(doc, "economic_growth").direction == "min");
    CHECK(find(doc, "grdp_per_capita").year == 2030);
    CHECK(doc.indicators.empty());
}

TEST_CASE("a session late in the year that reviews no period sets next year's targets", "[targets]") {
    auto doc = figures_test::document("Kỳ họp đã thông qua 20 chỉ tiêu chủ yếu, trong đó thu ngân sách đạt 500 tỷ đồng.");
    doc.meetings[0].period.reset();
    doc.meetings[0].held_on = baocao::model::Date{2022, 12, 9};
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2023);
}

TEST_CASE("a headline repeating a target of the body gives one target", "[targets]") {
    auto doc = figures_test::document(
        "Tỉnh chốt mục tiêu tăng trưởng 9%\n\nHĐND tỉnh thông qua các chỉ tiêu chủ yếu năm 2024: tốc độ tăng trưởng kinh "
        "tế đạt 9%; thu ngân sách đạt 500 tỷ đồng.", 2023, 12);
    doc.title = "Tỉnh chốt mục tiêu tăng trưởng 9%";
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    REQUIRE(doc.targets.size() == 2);
    CHECK(find(doc, "economic_growth").year == 2024);
}

TEST_CASE("'từ' before a target's figure, with no upper end, is a floor", "[targets]") {
    auto doc = read_targets(
        "Phấn đấu đến năm 2030, sản lượng hoa màu đạt từ 20.000 tấn/năm; khai thác thủy sản từ 30.000 tấn/năm; "
        "tỷ lệ che phủ rừng từ 40% đến 42%.",
        2025, 12);
    REQUIRE(doc.targets.size() == 4);
    CHECK(doc.targets[0].direction == "min");
    CHECK(doc.targets[1].direction == "min");
    CHECK(doc.targets[2].direction == "min");
    CHECK(doc.targets[3].direction == "max");
}

TEST_CASE("Goals and a count of targets adopted hand the targets to the next paragraph", "[targets]") {
    auto doc = read_congress(
        "Đại hội xác định mục tiêu tổng quát và 18 chỉ tiêu chủ yếu.\n\n"
        "Cụ thể: tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm từ 10% trở lên; đến năm 2030 thu nhập "
        "bình quân đầu người đạt 100 triệu đồng.");
    CHECK(doc.targets.size() == 2);
    CHECK(doc.indicators.empty());
}

TEST_CASE("A target cue followed, far on, by a colon with no figure before it opens its paragraph's list", "[targets]") {
    auto doc = read_targets(
        "Về kế hoạch năm 2024, UBND tỉnh đề ra mục tiêu tăng trưởng cao để trình kỳ họp HĐND tỉnh xem xét, quyết "
        "định: Tốc độ tăng tổng sản phẩm đạt 8,5%. Thu nhập bình quân đầu người trên 70 triệu đồng. Tổng kim "
        "ngạch xuất khẩu 120 triệu USD.",
        2023, 12);
    CHECK(doc.targets.size() == 3);
    CHECK(doc.indicators.empty());
}

TEST_CASE("A later year before the cue frames the paragraph's next sentences", "[targets]") {
    auto doc = read_targets(
        "Năm 2024, xã phấn đấu tổng giá trị sản xuất trên 600 tỷ đồng, tốc độ tăng trưởng kinh tế 9%. Tỷ lệ hộ "
        "nghèo dưới 1,5%, 90% gia đình đạt văn hóa.",
        2023, 12);
    CHECK(doc.targets.size() == 4);
    CHECK(doc.indicators.empty());
    // in a review of that year the same words report results
    auto review = read_targets(
        "Năm 2023, xã có tổng giá trị sản xuất trên 600 tỷ đồng, phấn đấu giữ vững. Tỷ lệ hộ nghèo còn 1,5%.", 2023, 12);
    CHECK(review.indicators.size() >= 2);
    for (const auto& t : review.targets) CHECK((!t.value || t.value->to_string() != "1.5"));
}

TEST_CASE("'Trong đó' after a sentence that sets a target gives that target's parts", "[targets]") {
    auto doc = read_targets(
        "Mục tiêu năm 2024 phấn đấu tổng giá trị sản xuất đạt 620 tỷ đồng. Trong đó giá trị nông nghiệp đạt 50 tỷ "
        "đồng, chiếm 8%; giá trị thương mại dịch vụ đạt 300 tỷ đồng.",
        2023, 12);
    CHECK(doc.targets.size() == 4);
    CHECK(doc.indicators.empty());
    // not after a goal named in passing, nor when it reports what was done
    auto done = read_targets(
        "Huyện thực hiện mục tiêu kép vừa phòng chống dịch, vừa phát triển kinh tế. Cụ thể, tăng trưởng kinh tế "
        "ước đạt 4,4% so với cùng kỳ.",
        2023, 6);
    CHECK(done.targets.empty());
}

TEST_CASE("a sentence that opens on its target words frames the rest of its paragraph", "[targets]") {
    auto doc = read_targets(
        "Trong 2 ngày 26-27/12/2022, HĐND xã Tân Bình tổ chức kỳ họp thứ 6.\n\n"
        "Mục tiêu tổng quát năm 2023 phấn đấu tổng thu nhập xã hội đạt 621 tỉ đồng. Thu nhập bình quân đạt 59 triệu "
        "đồng/người/năm. Năng suất lúa bình quân đạt 63 tạ/ha. Năm 2022, thu ngân sách xã đạt 12 tỉ đồng.\n\n"
        "Năm 2022, tổng sản lượng lương thực đạt 4.100 tấn.",
        2022, 12);
    CHECK(find(doc, "grdp_per_capita").year == 2023);
    CHECK(find(doc, "rice_yield").year == 2023);
    // a sentence that names a year done ends the frame; the next paragraph is none of it
    REQUIRE(doc.indicators.size() == 2);
}

TEST_CASE("a subject and a connective before the target words open on them as well", "[targets]") {
    auto doc = read_targets(
        "Ngày 14/7, HĐND tỉnh tổ chức kỳ họp chuyên đề, xác định 18 chỉ tiêu chủ yếu năm 2025.\n\n"
        "Theo đó, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 9,5%. Huy động vốn đầu tư phát triển toàn xã hội 151.650 tỷ "
        "đồng. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 77,3%.\n\n"
        "Sáu tháng đầu năm 2025, thu ngân sách đạt 20.000 tỷ đồng.",
        2025, 6);
    CHECK(doc.targets.size() == 3);
    CHECK(find(doc, "development_investment").year == 2025);
    REQUIRE(doc.indicators.size() == 1);  // the half-year's revenue, told in another paragraph
    // A figure before the target words is the sentence's own report.
    auto reported = read_targets(
        "Thu ngân sách đạt 120 tỷ đồng, năm 2024 huyện phấn đấu thu 150 tỷ đồng. Tổng vốn đầu tư đạt 900 tỷ đồng.", 2023, 12);
    CHECK(reported.targets.size() == 1);
    CHECK(reported.indicators.size() == 2);
}

TEST_CASE("'Trong đó' after a goal without figures gives the goal's parts", "[targets]") {
    auto doc = read_targets(
        "Năm 2018, Huyện ủy phấn đấu giữ vững danh hiệu Đảng bộ huyện trong sạch, vững mạnh. Trong đó có 50% tổ chức "
        "cơ sở đảng đạt trong sạch vững mạnh.",
        2017, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2018);
    REQUIRE(doc.targets[0].value);
    CHECK(value(*doc.targets[0].value) == "50");
    CHECK(doc.indicators.empty());
}

TEST_CASE("a congress sentence that reviews first and sets after frames its paragraph by what it sets", "[targets]") {
    auto doc = document(
        "Bên cạnh đánh giá những kết quả đạt được của nhiệm kỳ trước, Đại hội xác định trong nhiệm kỳ 2025-2030 phấn "
        "đấu có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ. Kinh tế tăng trưởng 8,3%/năm; tỷ lệ người dân "
        "tham gia bảo hiểm y tế đạt 100%.",
        2025, 12);
    doc.meetings[0].kind = "đại hội";
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    REQUIRE(doc.targets.size() == 3);
    for (const auto& t : doc.targets) CHECK(t.year == 2030);
    CHECK(doc.indicators.empty());
}

TEST_CASE("a year written right after the target figure is its year", "[targets]") {
    auto doc = read_targets(
        "Đồng thời, phấn đấu tốc độ tăng trưởng kinh tế trên 8% năm 2025, tạo nền tảng tăng trưởng hai con số giai "
        "đoạn 2026-2030.",
        2025, 6);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2025);
    CHECK(doc.targets[0].year_basis == "written");
}

TEST_CASE("goals named as set by an earlier congress set nothing in a congress's review", "[targets]") {
    const std::string body =
        "Nhiệm kỳ 2020 - 2025, Đảng bộ lãnh đạo nhân dân thực hiện thắng lợi các mục tiêu Nghị quyết Đại hội "
        "nhiệm kỳ trước đề ra.\n\n"
        "Giá trị sản xuất nhiệm kỳ tăng 9,15%. Thu nhập bình quân đầu người đạt 76,3 triệu đồng/năm.\n\n"
        "Nhiệm kỳ 2025 - 2030, Đại hội đề ra mục tiêu thu nhập bình quân đầu người đạt 120 triệu đồng.";
    auto doc = figures_test::document(body, 2025, 12);
    doc.meetings[0].kind = "đại hội";
    doc.meetings[0].period->start = {2020, 1, 1};
    doc.meetings[0].held_on = baocao::model::Date{2025, 7, 28};
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    CHECK(doc.indicators.size() == 2);
    REQUIRE(doc.targets.size() == 1);
    CHECK(value(*doc.targets[0].value) == "120000000");
    CHECK(doc.targets[0].year == 2030);
}

TEST_CASE("'duy trì kết quả' keeps the results as a goal: the targets after it go on", "[targets]") {
    auto doc = read_targets(
        "Năm 2024, xã phấn đấu thu ngân sách đạt và vượt dự toán; duy trì kết quả giảm nghèo bền vững, giảm 50% số hộ "
        "nghèo; tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số trở lên.",
        2023, 12);
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) CHECK(t.year == 2024);
    CHECK(doc.indicators.empty());
    // "kết quả" alone still ends the target: what follows is a result.
    auto result = read_targets("Năm 2024, xã phấn đấu thu ngân sách đạt dự toán; kết quả năm 2023 có 95% dân số tham gia bảo hiểm y tế.",
                               2023, 12);
    CHECK(result.targets.empty());
}

TEST_CASE("'đặt chỉ tiêu' sets a target as 'đặt mục tiêu' does", "[targets]") {
    auto doc = read_targets(
        "Năm 2024, UBND quận đặt chỉ tiêu thu ngân sách đạt 1.200 tỷ đồng; tỷ lệ hộ nghèo dưới 1%.", 2023, 12);
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) CHECK(t.year == 2024);
    CHECK(doc.indicators.empty());
}

TEST_CASE("targets of a meeting neither dated nor reviewing a period take the article's year", "[targets]") {
    static const baocao::extract::Pipeline pipeline;
    const auto doc = pipeline.read(
        "composed.txt", "composed.txt",
        "Sở Nông nghiệp tỉnh Hà Nam triển khai nhiệm vụ sản xuất vụ mùa năm 2020\n\n"
        "Hội nghị triển khai nhiệm vụ sản xuất vụ mùa năm 2020 do Sở Nông nghiệp tỉnh Hà Nam tổ chức. "
        "Toàn tỉnh phấn đấu gieo cấy 30.492 ha lúa mùa, năng suất lúa đạt 55,1 tạ/ha.");
    REQUIRE_FALSE(doc.targets.empty());
    for (const auto& t : doc.targets) {
        INFO(t.label);
        CHECK(t.year == 2020);
    }
}

TEST_CASE("a value set to reach a share of last year's is the growth of that value", "[targets]") {
    auto doc = read_targets("Năm 2024, phấn đấu tổng giá trị sản xuất đạt từ 113,2% trở lên so với năm 2023.", 2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].code == "production_value_growth");
    CHECK(value(*doc.targets[0].value) == "13.2");
    CHECK(doc.targets[0].direction == "min");
    CHECK(doc.targets[0].year == 2024);
}

TEST_CASE("a figure right after the cue that sets it is a target, its share of the plan part of the aim", "[targets]") {
    auto doc = read_targets(
        "Nhiệm vụ 6 tháng cuối năm, huyện phấn đấu thu ngân sách đạt 250 tỷ đồng, vượt 5% dự toán.", 2023, 6);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].code == "budget_revenue");
    CHECK(doc.indicators.empty());
}

TEST_CASE("a conference on the resolution of a congress just held restates the targets of its term", "[targets]") {
    const auto doc = meeting_test::read_article(
        "Phường Yên Hòa quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I\n date 2025-08\n"
        "Chiều 28/8, Đảng ủy phường Yên Hòa tổ chức hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần "
        "thứ I (nhiệm kỳ 2025 - 2030).\n"
        "Phường đặt mục tiêu tăng tổng thu ngân sách nhà nước bình quân hằng năm 8%; thu nhập bình quân đầu người tăng "
        "hơn 8%/năm.\n");
    REQUIRE_FALSE(doc.targets.empty());
    for (const auto& t : doc.targets) {
        CHECK(t.year == 2030);
        CHECK(t.year_basis == "term_end");
    }
}

TEST_CASE("a conference on a new term's resolution lists its targets sentence by sentence, as a congress does",
          "[targets]") {
    const auto doc = meeting_test::read_article(
        "Xã Yên Hòa quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I\n date 2025-09\n"
        "Sáng 23/9, Đảng bộ xã Yên Hòa tổ chức hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, "
        "nhiệm kỳ 2025-2030.\n"
        "Nghị quyết đề ra 20 chỉ tiêu, trong đó phấn đấu tốc độ tăng giá trị sản xuất bình quân hằng năm 9%. Hàng năm "
        "kết nạp mới từ 15 đảng viên trở lên.\n");
    const auto members = std::find_if(doc.targets.begin(), doc.targets.end(),
                                      [](const Target& t) { return t.code == "new_party_members"; });
    REQUIRE(members != doc.targets.end());
    CHECK(members->year == 2030);
    CHECK(members->direction == "min");
    CHECK(doc.indicators.empty());
}

TEST_CASE("a conference on a coming congress's draft report sets the targets of the term it opens", "[targets]") {
    const auto doc = meeting_test::read_article(
        "Huyện ủy Yên Hòa: Xây dựng 15 chỉ tiêu thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX\n date 2019-11\n"
        "Sáng 10-11, Ban Chấp hành Đảng bộ huyện Yên Hòa tổ chức hội nghị nghe Dự thảo Báo cáo chính trị Đại hội Đảng "
        "bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.\n"
        "Huyện xây dựng 15 chỉ tiêu chủ yếu, trong đó 8 chỉ tiêu về kinh tế, 7 chỉ tiêu về xã hội.\n"
        "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu tại hội nghị\n"
        "Trong đó, thu ngân sách trên địa bàn tăng bình quân 6%/năm trở lên; thu nhập bình quân đầu người đạt 80 triệu "
        "đồng/người/năm trở lên.\n");
    CHECK(doc.indicators.empty());  // the count of targets set is no figure either
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) {
        CHECK(t.year == 2025);
        CHECK(t.direction == "min");
    }
}

TEST_CASE("a congress's resolution adopted with its tasks and solutions lists targets of its term", "[targets]") {
    // No date anywhere: the committee elected names the term, and that is enough.
    const auto doc = meeting_test::read_article(
        "Toàn cảnh Đại hội.\n"
        "Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ huyện Yên Hòa, nhiệm kỳ 2020 - 2025 đã bầu Ban Thường vụ Huyện "
        "ủy gồm 11 đồng chí.\n"
        "Tại phiên bế mạc, các đại biểu đã biểu quyết thông qua Nghị quyết Đại hội đại biểu Đảng bộ huyện Yên Hòa lần "
        "thứ XXII, với các nhiệm vụ, giải pháp trọng tâm là: giữ vững ổn định chính trị. Tỷ lệ hộ nghèo bình quân hằng "
        "năm giảm 3,5%. Về xây dựng Đảng, hàng năm kết nạp 120 đảng viên.\n");
    REQUIRE(doc.targets.size() == 2);
    for (const auto& t : doc.targets) CHECK(t.year == 2025);
    CHECK(doc.indicators.empty());
}

TEST_CASE("a figure told in brackets for a period already reviewed is a result, not a target", "[targets]") {
    const std::string body =
        "Theo đó, phấn đấu tổng vốn đầu tư toàn xã hội giai đoạn 2016-2020 là 100.000 tỷ đồng (giai đoạn 2011-2015 "
        "là 65.000 tỷ đồng); kim ngạch xuất khẩu đạt khoảng 2 tỷ USD (năm 2015 ước đạt 1,113 tỷ USD).";
    const auto targets = read_targets(body, 2015, 12);
    const auto indicators = read_indicators(body, 2015, 12);
    CHECK(std::none_of(targets.targets.begin(), targets.targets.end(),
                       [](const Target& t) { return t.value && t.value->to_double() == 65000e9; }));
    const auto past = std::find_if(indicators.indicators.begin(), indicators.indicators.end(),
                                   [](const auto& v) { return v.value.to_double() == 65000e9; });
    REQUIRE(past != indicators.indicators.end());
    CHECK(past->code == "development_investment");
    // The bracket names no subject of its own: it tells the figure before it at another time.
    const auto exports = std::find_if(indicators.indicators.begin(), indicators.indicators.end(),
                                      [](const auto& v) { return v.value.to_double() == 1.113e9; });
    REQUIRE(exports != indicators.indicators.end());
    CHECK(exports->code == "export_value");
    // A span in a bracket closed before the number does not date it: the 250 jobs stay a target.
    const auto jobs = read_targets(
        "Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra chỉ tiêu: tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo "
        "đa chiều giai đoạn 2021 - 2025), trung bình mỗi năm giải quyết việc làm cho trên 250 lao động.",
        2025, 12);
    CHECK(std::any_of(jobs.targets.begin(), jobs.targets.end(), [](const Target& t) { return t.value && t.value->to_double() == 250; }));
}

TEST_CASE("the share a bounded count makes is bounded as the count is", "[targets]") {
    const auto doc = read_targets(
        "Năm 2026, huyện phấn đấu giảm tỷ lệ hộ nghèo cuối năm xuống còn 431 hộ, chiếm tỷ lệ 1,07% so với số hộ toàn "
        "huyện.",
        2025, 12);
    const auto share = std::find_if(doc.targets.begin(), doc.targets.end(),
                                    [](const Target& t) { return t.unit == "%"; });
    REQUIRE(share != doc.targets.end());
    CHECK(share->code == "poverty_rate");
    CHECK(share->direction == "max");
}

TEST_CASE("a target to exceed the plan by a few percent is that share of the plan, at least", "[targets]") {
    const auto doc = read_targets("Năm 2024, huyện phấn đấu thu ngân sách vượt 5% kế hoạch tỉnh giao.", 2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].code == "budget_revenue");
    CHECK(doc.targets[0].value->to_string() == "105");
    CHECK(doc.targets[0].unit == "%");
    CHECK(doc.targets[0].direction == "min");
}

TEST_CASE("following a growth scenario ('bám sát kịch bản tăng trưởng') sets its figure as a target", "[targets]") {
    const auto doc = read_targets("Năm 2024, tỉnh tiếp tục bám sát kịch bản tăng trưởng GRDP từ 8% trở lên.", 2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].code == "economic_growth");
    CHECK(doc.targets[0].year == 2024);
    CHECK(doc.targets[0].direction == "min");
}

TEST_CASE("what the rest of the year 'phải đạt' to reach the year's goal is a target", "[targets]") {
    auto doc = read_targets(
        "Tăng trưởng kinh tế 6 tháng đầu năm đạt 6,5%. Để đạt mục tiêu tăng trưởng cả năm 8,0% trở lên, thì 6 "
        "tháng cuối năm 2023 huyện phải đạt tốc độ tăng trưởng 8,8%, trong đó, quý III phải đạt tăng trưởng 8,4%, "
        "quý IV phải đạt tăng trưởng 9,2%.",
        2023, 7);
    REQUIRE(doc.indicators.size() == 1);  // the half-year's 6,5% only
    REQUIRE(doc.targets.size() == 4);
    for (const auto& t : doc.targets) {
        CHECK(t.code == "economic_growth");
        CHECK(t.year == 2023);
    }
    CHECK(doc.targets[0].direction == "min");
}

TEST_CASE("criteria met on top of those before ('đạt thêm 3 tiêu chí') are a figure, a set of criteria is none",
          "[targets]") {
    auto doc = read_targets("Năm 2024, huyện phấn đấu đạt thêm 3 tiêu chí huyện nông thôn mới.", 2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(value(*doc.targets[0].value) == "3");
    auto met = read_targets("Năm 2023, huyện đạt thêm 2 tiêu chí huyện nông thôn mới.", 2023, 12);
    CHECK(met.indicators.size() == 1);
    auto set = read_targets("Bộ tiêu chí gồm 19 tiêu chí. Kỳ họp đề ra thêm 3 chỉ tiêu mới.", 2023, 12);
    CHECK(set.indicators.empty());
    CHECK(set.targets.empty());
}

TEST_CASE("without a meeting, a year's goal takes the article's latest date, not an anniversary's", "[targets]") {
    auto doc = document(
        "Lễ phát động thi đua kỷ niệm 80 năm Quốc khánh (02/9/1945 - 02/9/2025) diễn ra chiều 21/7/2025. "
        "Để đạt mục tiêu tăng trưởng cả năm 8,0% trở lên, tỉnh phải nỗ lực rất lớn.");
    doc.meetings.clear();
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].year == 2025);
}

TEST_CASE("a year's plan goes on into the next paragraph of figures until one reports a result", "[targets]") {
    auto doc = read_targets(
        "Theo đó, năm 2024, huyện đề ra các chỉ tiêu, trong đó phấn đấu tổng giá trị sản xuất tăng 9%.\n"
        "Thu ngân sách nhà nước đạt 180 tỷ đồng; giải quyết việc làm cho 2.500 lao động.\n"
        "Kỳ họp đã thông qua 12 nghị quyết.\n"
        "Năm 2023, thu ngân sách ước đạt 170 tỷ đồng.",
        2023, 12);
    REQUIRE(doc.targets.size() == 3);
    for (const auto& t : doc.targets) CHECK(t.year == 2024);
    CHECK(doc.targets[1].code == "budget_revenue");
    // The resolutions adopted and the year reviewed's revenue stay reported figures.
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[0].code == "resolutions_issued");
    CHECK(doc.indicators[1].code == "budget_revenue");
    // A plan for the half-year under way is not carried over a paragraph.
    auto half = read_targets(
        "6 tháng cuối năm 2023, huyện phấn đấu tổng giá trị sản xuất tăng 9%.\n"
        "Thu ngân sách nhà nước đạt 90 tỷ đồng.",
        2023, 7);
    CHECK(half.targets.size() == 1);
}

TEST_CASE("a share of the plan striven for after 'tăng cường' (strengthen) is a target, no growth", "[targets]") {
    auto doc = read_targets("Ngành thuế tăng cường các biện pháp chống thất thu, phấn đấu 6 tháng đầu năm thu ngân sách "
                            "đạt trên 52% dự toán.",
                            2023, 3);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].code == "budget_revenue");
    CHECK(value(*doc.targets[0].value) == "52");
    CHECK(doc.targets[0].direction == "min");
    // "tăng" alone still tells a change.
    auto growth = read_indicators("Tổng giá trị sản xuất tăng 9,5% so với cùng kỳ.");
    REQUIRE(growth.indicators.size() == 1);
    CHECK(growth.indicators[0].code == "production_value_growth");
}

TEST_CASE("a headline that rounds a target of the body adds none", "[targets]") {
    const std::string headline = "HĐND huyện thông qua dự toán thu ngân sách năm 2024 hơn 1.200 tỷ đồng";
    auto doc = document(headline + "\nKỳ họp thông qua dự toán thu ngân sách năm 2024 là 1.236 tỷ đồng.", 2023, 12);
    doc.title = headline;
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    REQUIRE(doc.targets.size() == 1);
    CHECK(value(*doc.targets[0].value) == "1236000000000");
    // Another year's, or a figure it does not round, stays.
    auto other = document(headline + "\nKỳ họp thông qua dự toán thu ngân sách năm 2024 là 1.536 tỷ đồng.", 2023, 12);
    other.title = headline;
    baocao::extract::make_indicator_stage()->run(other);
    baocao::extract::make_target_stage()->run(other);
    CHECK(other.targets.size() == 2);
}

TEST_CASE("a plan in brackets for the year after the one reviewed is a target, and ends with its bracket", "[targets]") {
    auto doc = read_targets("Tổng giá trị sản xuất ước đạt 4.310 tỷ đồng, tăng 9,6% so với năm 2022 (kế hoạch năm 2024 là "
                            "4.800 tỷ đồng); thu nhập bình quân đầu người đạt 41,5 triệu đồng.",
                            2023, 12);
    REQUIRE(doc.targets.size() == 1);
    CHECK(doc.targets[0].code == "production_value");
    CHECK(doc.targets[0].year == 2024);
    CHECK(value(*doc.targets[0].value) == "4800000000000");
    REQUIRE(doc.indicators.size() == 2);
    CHECK(doc.indicators[1].code == "grdp_per_capita");
    // The plan of the year reviewed, in brackets, is neither a figure nor a target.
    auto same = read_targets("Thu ngân sách đạt 280 tỷ đồng (kế hoạch năm 2023 là 270 tỷ đồng).", 2023, 12);
    CHECK(same.targets.empty());
    CHECK(same.indicators.size() == 1);
}

TEST_CASE("criteria to be met by a coming date are targets, and 'cuối năm' is the year, not five", "[targets]") {
    auto doc = read_targets("Phấn đấu năm 2023 kết nạp 20 đảng viên mới; đến cuối năm xã đạt 17/19 tiêu chí nông thôn mới; "
                            "các xã còn lại đạt thêm từ 02 tiêu chí trở lên.",
                            2023, 6);
    std::vector<std::string> values;
    for (const auto& t : doc.targets) values.push_back(value(*t.value));
    CHECK(values == std::vector<std::string>{"20", "17", "2"});
    CHECK(doc.indicators.empty());
    // Five written as a word still counts communes.
    auto five = read_indicators("Đến nay đã có năm xã đạt chuẩn nông thôn mới.");
    REQUIRE(five.indicators.size() == 1);
    CHECK(value(five.indicators[0].value) == "5");
}
