// The code each figure gets, checked row by row against a table of composed
// clauses (tests/data/indicator_code_phrasings.tsv): the safety net for
// changing how codes are assigned. A row names the code of the clause's last
// figure; "none" says the clause reports no figure at all.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "figures_test_support.h"

using namespace figures_test;

namespace {

struct Row {
    int line = 0;
    std::string clause, code;
};

std::vector<Row> read_rows() {
    std::ifstream in(std::string(BAOCAO_SOURCE_DIR) + "/tests/data/indicator_code_phrasings.tsv");
    std::vector<Row> rows;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#' || line.rfind("clause\t", 0) == 0) continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        rows.push_back({number, line.substr(0, tab), line.substr(tab + 1)});
    }
    return rows;
}

}  // namespace

TEST_CASE("Each composed clause gives its last figure the code of what it measures", "[indicators][codes]") {
    const auto rows = read_rows();
    REQUIRE(rows.size() >= 100);
    int wrong = 0;
    std::string report;
    for (const auto& row : rows) {
        const auto doc = read_indicators(row.clause);
        const std::string got = doc.indicators.empty() ? "none" : doc.indicators.back().code;
        if (got == row.code) continue;
        ++wrong;
        report += "\nline " + std::to_string(row.line) + ": got " + got + " want " + row.code + ": " + row.clause;
    }
    INFO(wrong << " of " << rows.size() << " rows coded wrong:" << report);
    CHECK(wrong == 0);
}
