#include <catch2/catch.hpp>

#include <random>

#include "text/numbers.h"

using baocao::model::Decimal;
using namespace baocao::text;

namespace {
Decimal parsed(const std::string& s) {
    auto d = parse_number(s);
    INFO(s);
    REQUIRE(d.has_value());
    return *d;
}

std::vector<std::string> number_texts(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& t : find_numbers(text)) out.push_back(text.substr(t.span.begin, t.span.end - t.span.begin));
    return out;
}
}  // namespace

TEST_CASE("parse_number reads Vietnamese notation", "[text][numbers]") {
    CHECK(parsed("7.232") == Decimal{7232, 0});
    CHECK(parsed("8,1") == Decimal{81, 1});
    CHECK(parsed("1.097,8") == Decimal{10978, 1});
    CHECK(parsed("324,124") == Decimal{324124, 3});
    CHECK(parsed("799.690") == Decimal{799690, 0});
    CHECK(parsed("97.052") == Decimal{97052, 0});
    CHECK(parsed("0,58") == Decimal{58, 2});
    CHECK(parsed("1 270") == Decimal{1270, 0});
    CHECK(parsed("1\xC2\xA0" "270") == Decimal{1270, 0});
    CHECK(parsed("12.345.678,9") == Decimal{123456789, 1});
    CHECK(parsed("2020") == Decimal{2020, 0});
    CHECK(parsed("-3,5") == Decimal{-35, 1});
    CHECK(parsed("2,01") == Decimal{201, 2});
    CHECK(parsed("hai") == Decimal{2, 0});
    CHECK(parsed("Mười") == Decimal{10, 0});
    CHECK(parsed("một") == Decimal{1, 0});
}

TEST_CASE("parse_number refuses what is not one number", "[text][numbers]") {
    CHECK_FALSE(parse_number(""));
    CHECK_FALSE(parse_number("abc"));
    CHECK_FALSE(parse_number("hai xã"));
    CHECK_FALSE(parse_number("16/64"));
    CHECK_FALSE(parse_number("8,1%"));
    CHECK_FALSE(parse_number("1,2,3"));
    CHECK_FALSE(parse_number("99999999999999999999"));  // beyond int64
}

TEST_CASE("format_number writes Vietnamese notation", "[text][numbers]") {
    CHECK(format_number(Decimal{7232, 0}) == "7.232");
    CHECK(format_number(Decimal{81, 1}) == "8,1");
    CHECK(format_number(Decimal{10978, 1}) == "1.097,8");
    CHECK(format_number(Decimal{-1234567, 2}) == "-12.345,67");
    CHECK(format_number(Decimal{5, 3}) == "0,005");
    CHECK(format_number(Decimal{201, -7}) == "2.010.000.000");
    CHECK(format_number(Decimal{0, 0}) == "0");
}

TEST_CASE("scale_by_power_of_ten is exact", "[text][numbers]") {
    // 2,01 triệu = 2010000 exactly, never 2009999.9999999998.
    const Decimal two_million = scale_by_power_of_ten(*parse_number("2,01"), 6);
    CHECK(two_million.to_string() == "2010000");
    CHECK(scale_by_power_of_ten(*parse_number("1.097,8"), 9).to_string() == "1097800000000");
    CHECK(scale_by_power_of_ten(Decimal{55, 0}, -2).to_string() == "0.55");
}

TEST_CASE("find_numbers finds every figure with its span", "[text][numbers]") {
    CHECK(number_texts("Tổng thu ngân sách đạt 1.097,8 tỷ đồng, bằng 49,59% kế hoạch") ==
          std::vector<std::string>{"1.097,8", "49,59"});
    CHECK(number_texts("hoàn thành 16/64 công trình") == std::vector<std::string>{"16", "64"});
    CHECK(number_texts("Chiều ngày 22/6, hội nghị") == std::vector<std::string>{"22", "6"});
    CHECK(number_texts("tăng 55 % so với cùng kỳ") == std::vector<std::string>{"55"});
    CHECK(number_texts("đạt 5.500 tỷ đồng ,tăng 12%") == std::vector<std::string>{"5.500", "12"});
    CHECK(number_texts("có 1 270 hộ") == std::vector<std::string>{"1 270"});
    CHECK(number_texts("tháng 6 100% số xã") == std::vector<std::string>{"6", "100"});
    CHECK(number_texts("nhiệm kỳ 2020-2025") == std::vector<std::string>{"2020", "2025"});
    CHECK(number_texts("ngày 17.12 vừa qua") == std::vector<std::string>{"17", "12"});
    CHECK(number_texts("tăng 8.1% so với cùng kỳ") == std::vector<std::string>{"8.1"});
    CHECK(find_numbers("tăng 8.1 %")[0].value == Decimal{81, 1});
    CHECK(number_texts("quý Q1 và 6T/2023, “50%”") == std::vector<std::string>{"6", "2023", "50"});
    CHECK(number_texts("đạt 8,1%.Năm 2024") == std::vector<std::string>{"8,1", "Năm", "2024"});

    const auto tokens = find_numbers("đạt 7.232 tỷ");
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].value == Decimal{7232, 0});
    CHECK(tokens[0].span.begin == 7);
    CHECK(tokens[0].span.end == 12);
    CHECK_FALSE(tokens[0].is_word);
}

TEST_CASE("find_numbers reports number words as words", "[text][numbers]") {
    const std::string text = "kết nạp hai đảng viên, mười chi bộ; Hai xã; hải đảo";
    const auto tokens = find_numbers(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[0].is_word);
    CHECK(tokens[0].value == Decimal{2, 0});
    CHECK(text.substr(tokens[0].span.begin, tokens[0].span.end - tokens[0].span.begin) == "hai");
    CHECK(tokens[1].value == Decimal{10, 0});
    CHECK(tokens[2].value == Decimal{2, 0});
}

TEST_CASE("property: parse_number(format_number(d)) == d", "[text][numbers][property]") {
    std::mt19937_64 rng(20231123);
    std::uniform_int_distribution<std::int64_t> unscaled(-1'000'000'000'000'000LL, 1'000'000'000'000'000LL);
    std::uniform_int_distribution<int> scale(0, 4);
    std::uniform_int_distribution<int> small(0, 3);
    for (int i = 0; i < 5000; ++i) {
        Decimal d{unscaled(rng), scale(rng)};
        // Mix in short values so one- and two-group numbers are exercised too.
        if (small(rng) == 0) d.unscaled %= 100000;
        const std::string text = format_number(d);
        const auto back = parse_number(text);
        INFO(d.unscaled << " scale " << d.scale << " -> " << text);
        REQUIRE(back.has_value());
        CHECK(*back == d);
    }
}
