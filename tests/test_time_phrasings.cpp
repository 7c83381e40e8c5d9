// Every row of tests/data/time_phrasings.tsv read by text::find_times: the
// expression in [brackets] must be read as one mention with the row's range,
// kind and flags (or, for kind '-', no mention may touch it).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/stage.h"
#include "text/dates.h"

using namespace baocao;

namespace {

struct Phrasing {
    std::string sentence;   // brackets removed
    model::Span marked;     // where the brackets were
    model::Date reference;
    std::string expected;   // "start end kind flags", as describe() writes a reading
};

model::Date parse_iso(const std::string& s) {
    return model::Date{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
}

std::vector<std::string> split_flags(const std::string& flags) {
    std::vector<std::string> out;
    if (flags == "-") return out;
    std::size_t from = 0;
    while (from <= flags.size()) {
        const std::size_t comma = std::min(flags.find(',', from), flags.size());
        out.push_back(flags.substr(from, comma - from));
        from = comma + 1;
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string describe(const std::string& start, const std::string& end, const std::string& kind,
                     std::vector<std::string> flags) {
    std::sort(flags.begin(), flags.end());
    std::string joined;
    for (const auto& f : flags) joined += (joined.empty() ? "" : ",") + f;
    return start + " " + end + " " + kind + " " + (joined.empty() ? "-" : joined);
}

std::string describe(const text::TimeMention& m) {
    std::vector<std::string> flags;
    if (m.year_inferred) flags.push_back("inferred");
    if (m.relative) flags.push_back("relative");
    if (m.forward_looking) flags.push_back("forward");
    if (m.horizon) flags.push_back("horizon");
    if (m.to_date) flags.push_back("to_date");
    if (m.basis) flags.push_back("basis");
    return describe(m.period ? m.period->start.iso() : "-", m.period ? m.period->end.iso() : "-",
                    std::string(text::kind_name(m.kind)), flags);
}

std::vector<Phrasing> read_table() {
    const auto file = std::filesystem::path(BAOCAO_SOURCE_DIR) / "tests" / "data" / "time_phrasings.tsv";
    std::vector<Phrasing> rows;
    for (const auto& row : extract::read_tsv_rows(file, 6)) {
        Phrasing p;
        const std::size_t open = row[0].find('['), close = row[0].find(']');
        REQUIRE(open != std::string::npos);
        REQUIRE(close > open);
        p.sentence = row[0].substr(0, open) + row[0].substr(open + 1, close - open - 1) + row[0].substr(close + 1);
        p.marked = model::Span{open, close - 1};
        p.reference = parse_iso(row[1]);
        p.expected = describe(row[2], row[3], row[4], split_flags(row[5]));
        rows.push_back(std::move(p));
    }
    return rows;
}

// What the reader makes of the marked words: the mention spanning exactly them,
// else the one that overlaps them (with its own words), else nothing.
std::string reading(const Phrasing& p) {
    const auto mentions = text::find_times(p.sentence, p.reference);
    for (const auto& m : mentions)
        if (m.span.begin == p.marked.begin && m.span.end == p.marked.end) return describe(m);
    for (const auto& m : mentions)
        if (m.span.begin < p.marked.end && p.marked.begin < m.span.end)
            return "'" + p.sentence.substr(m.span.begin, m.span.end - m.span.begin) + "' " + describe(m);
    return describe("-", "-", "-", {});
}

}  // namespace

TEST_CASE("time phrasings table", "[dates]") {
    const auto rows = read_table();
    CHECK(rows.size() >= 150);
    for (const auto& row : rows) {
        const std::string phrase =
            row.sentence.substr(row.marked.begin, row.marked.end - row.marked.begin) + " (in: " + row.sentence + ")";
        INFO(phrase);
        CHECK(reading(row) == row.expected);
    }
}
