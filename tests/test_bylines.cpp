// Every row of tests/data/bylines.tsv read by the document stage: the text (a
// composed article ending or opening, "\n" between lines) must yield the row's
// author, or none for '-'.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "extract/stage.h"
#include "extract/stages.h"
#include "text/normalize.h"
#include "text/sentences.h"

using baocao::model::Document;
namespace text = baocao::text;
namespace extract = baocao::extract;

namespace {

struct BylineRow {
    std::string text;    // with real line breaks
    std::string author;  // empty for none
};

std::string unescape_lines(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
            out += '\n';
            ++i;
        } else {
            out += s[i];
        }
    }
    return out + '\n';
}

std::vector<BylineRow> read_table() {
    const auto file = std::filesystem::path(BAOCAO_SOURCE_DIR) / "tests" / "data" / "bylines.tsv";
    std::vector<BylineRow> rows;
    for (const auto& row : extract::read_tsv_rows(file, 2))
        rows.push_back({unescape_lines(row[0]), row[1] == "-" ? "" : row[1]});
    return rows;
}

std::string author_of(const std::string& raw) {
    Document doc;
    doc.source_name = "test.txt";
    doc.text = text::normalize(raw).text;
    doc.sentences = text::split_sentences(doc.text);
    extract::make_document_stage()->run(doc);
    return doc.author;
}

}  // namespace

TEST_CASE("bylines table", "[document][bylines]") {
    const auto rows = read_table();
    CHECK(rows.size() >= 80);
    int passed = 0;
    for (const auto& row : rows) {
        INFO(row.text);
        const std::string got = author_of(row.text);
        CHECK(got == row.author);
        passed += got == row.author;
    }
    std::printf("bylines table: %d/%zu\n", passed, rows.size());
}
