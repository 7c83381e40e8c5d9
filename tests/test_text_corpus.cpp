// The text layer on every real article in ../shared (skipped without it).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/normalize.h"
#include "text/numbers.h"
#include "text/sentences.h"

namespace fs = std::filesystem;
using namespace baocao::text;

namespace {
std::vector<fs::path> shared_articles() {
    std::vector<fs::path> files;
    const fs::path shared = fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared";
    for (const char* dir : {"seeds", "corpus"}) {
        if (!fs::is_directory(shared / dir)) continue;
        for (const auto& entry : fs::directory_iterator(shared / dir))
            if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST_CASE("text layer invariants on the real articles", "[corpus][text]") {
    const auto files = shared_articles();
    if (files.empty()) {
        WARN("no ../shared articles: skipped");
        return;
    }
    std::size_t sentences_total = 0, furniture_total = 0;
    for (const auto& path : files) {
        INFO(path.string());
        const std::string raw = read_file(path);
        const Normalized n = normalize(raw);
        REQUIRE(n.to_raw.size() == n.text.size() + 1);
        CHECK(normalize(n.text).text == n.text);
        CHECK(fold(n.text).size() == n.text.size());

        const auto sentences = split_sentences(n.text);
        std::size_t previous_end = 0;
        int previous_paragraph = 0;
        for (const auto& s : sentences) {
            REQUIRE(s.span.begin >= previous_end);
            REQUIRE(s.span.end <= n.text.size());
            REQUIRE_FALSE(s.span.empty());
            CHECK(s.paragraph >= previous_paragraph);
            // Sentences never cross a line end.
            CHECK(n.text.substr(s.span.begin, s.span.end - s.span.begin).find('\n') == std::string::npos);
            previous_end = s.span.end;
            previous_paragraph = s.paragraph;
            furniture_total += s.furniture;
        }
        sentences_total += sentences.size();

        for (const auto& token : find_numbers(n.text)) {
            REQUIRE(token.span.end <= n.text.size());
            if (token.is_word) continue;
            // What find_numbers reads back parses to the same value.
            const auto again = parse_number(n.text.substr(token.span.begin, token.span.end - token.span.begin));
            REQUIRE(again);
            CHECK(*again == token.value);
        }
    }
    std::printf("%zu articles, %zu sentences, %zu furniture\n", files.size(), sentences_total, furniture_total);
}
