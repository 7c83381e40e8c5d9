// ChunkedText: the stream buffer extract prints a document's JSON from.
#include <catch2/catch.hpp>

#include <ostream>
#include <sstream>
#include <string>

#include "cli/chunked_text.h"

using baocao::cli::ChunkedText;

TEST_CASE("chunked text keeps every byte, in order, in blocks of bounded size", "[cli]") {
    ChunkedText blocks;
    std::ostream out(&blocks);
    std::ostringstream expected;
    for (int i = 0; i < 30000; ++i) {  // about 300 KB: several blocks, writes that straddle them
        const std::string piece = "{\"câu\": " + std::to_string(i) + "}";
        out << piece << ',';
        expected << piece << ',';
    }
    out.flush();
    const auto taken = blocks.take();
    REQUIRE(taken.size() > 3);
    for (const auto& block : taken) CHECK(block.size() <= ChunkedText::kBlock);
    std::ostringstream printed;
    ChunkedText::print(printed, taken);
    CHECK(printed.str() == expected.str());
    CHECK(blocks.take().empty());  // taken means gone
}
