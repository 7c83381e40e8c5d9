#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "model/facts.h"

using baocao::model::Decimal;

TEST_CASE("Decimal prints canonical numeric text", "[model]") {
    CHECK(Decimal{72320, 1}.to_string() == "7232");
    CHECK(Decimal{81, 1}.to_string() == "8.1");
    CHECK(Decimal{201, -7}.to_string() == "2010000000");
    CHECK(Decimal{-3, 0}.to_string() == "-3");
    CHECK(Decimal{5, 3}.to_string() == "0.005");
}

TEST_CASE("Decimal equality ignores trailing zeros", "[model]") {
    CHECK(Decimal{150, 2} == Decimal{15, 1});
    CHECK(Decimal{1, -3} == Decimal{1000, 0});
    CHECK(Decimal{15, 1} != Decimal{15, 2});
}

TEST_CASE("values beyond 64 bits of digits stay exact, never overflow", "[decimal]") {
    using baocao::model::Decimal;
    const Decimal huge{9999999999999999, -9};  // 9.999.999.999.999.999 tỷ đồng
    CHECK(huge.to_string() == "9999999999999999000000000");
    CHECK(huge == (Decimal{999999999999999900, -7}));
    CHECK((Decimal{-42, -20}).to_string() == "-4200000000000000000000");
    CHECK((Decimal{0, -30}).to_string() == "0");
}

TEST_CASE("a figure rounds one written more finely within its own last digit", "[decimal]") {
    const baocao::model::Decimal rounded{2400, -9};  // 2.400 tỷ
    CHECK(rounded.rounds(baocao::model::Decimal{2416, -9}));
    CHECK_FALSE(rounded.rounds(baocao::model::Decimal{3416, -9}));     // another figure
    CHECK_FALSE(rounded.rounds(baocao::model::Decimal{24, -11}));      // written as exactly
    CHECK(baocao::model::Decimal{38, 0}.rounds(baocao::model::Decimal{378, 1}));  // 38 over 37,8
}
