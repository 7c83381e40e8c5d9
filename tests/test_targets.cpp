// Targets: figures set for a future period, with year, direction and value.
#include <catch2/catch.hpp>

#include "figures_test_support.h"

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
    // the count of targets before "phấn đấu" is reported, not a target
    REQUIRE(doc.indicators.size() == 1);
    CHECK(value(doc.indicators[0].value) == "15");
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
