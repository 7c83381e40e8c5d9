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
