// Runs the whole pipeline over the shared seeds and corpus (read at run time,
// never copied into the repository) and checks what must hold for every
// figure and target of real articles: evidence inside the text and its
// sentence, codes from the catalog, known comparison kinds and directions.
// Precision and recall against gold are measured by ../shared/eval/score.py.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "extract/pipeline.h"
#include "extract/stage.h"

namespace fs = std::filesystem;

namespace {

std::set<std::string> catalog_codes() {
    std::set<std::string> codes;
    std::ifstream in(baocao::extract::data_file("indicator_catalog.tsv"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("code\t", 0) == 0) continue;
        codes.insert(line.substr(0, line.find('\t')));
    }
    return codes;
}

bool inside(const baocao::model::Span& inner, const baocao::model::Span& outer) {
    return inner.begin >= outer.begin && inner.end <= outer.end && inner.begin < inner.end;
}

}  // namespace

TEST_CASE("Figures and targets of the shared articles are well formed", "[corpus][indicators][targets]") {
    const fs::path shared = fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared";
    if (!fs::is_directory(shared / "corpus")) {
        WARN("no shared articles at " << shared.string());
        return;
    }
    const auto codes = catalog_codes();
    const std::set<std::string> kinds{"ratio_to_plan", "ratio_to_prior", "change_vs_prior"};
    const std::set<std::string> directions{"min", "max", "eq"};
    const std::set<std::string> qualifiers{"", "estimate", "more_than", "less_than", "about"};
    baocao::extract::Pipeline pipeline;
    std::size_t figures = 0;
    for (const char* folder : {"seeds", "corpus"}) {
        for (const auto& entry : fs::directory_iterator(shared / folder)) {
            if (entry.path().extension() != ".txt") continue;
            std::ifstream in(entry.path());
            std::stringstream raw;
            raw << in.rdbuf();
            const auto doc = pipeline.read(entry.path().filename().string(), entry.path().string(), raw.str());
            const baocao::model::Span whole{0, doc.text.size()};
            for (const auto& v : doc.indicators) {
                INFO(entry.path().filename().string() << ": " << v.label << " = " << v.value.to_string());
                ++figures;
                CHECK(codes.count(v.code));
                CHECK(qualifiers.count(v.qualifier));
                CHECK_FALSE(v.unit.empty());
                CHECK(inside(v.evidence.sentence, whole));
                CHECK(inside(v.evidence.match, v.evidence.sentence));
                for (const auto& c : v.comparisons) {
                    CHECK(kinds.count(c.kind));
                    CHECK(inside(c.evidence.match, c.evidence.sentence));
                }
            }
            for (const auto& t : doc.targets) {
                INFO(entry.path().filename().string() << ": target " << t.text);
                CHECK(codes.count(t.code));
                CHECK(directions.count(t.direction));
                CHECK(t.year >= 1990);
                CHECK_FALSE(t.text.empty());
                CHECK(inside(t.evidence.match, t.evidence.sentence));
            }
        }
    }
    CHECK(figures > 100);
}
