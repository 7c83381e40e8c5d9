// The meeting stage against the hand-made gold of ../shared/eval (seeds and real
// articles): accuracy of date, locality, period and chair, and that off-topic
// corpus articles (INDEX.tsv) get no meeting. Reads the articles at run time;
// skipped when ../shared is not there.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "extract/pipeline.h"
#include "extract/source_manifest.h"

namespace fs = std::filesystem;

namespace {

const fs::path kShared = fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared";

std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The few gold fields this test needs, read with patterns: the files are small and regular.
struct GoldMeeting {
    bool is_meeting = true;
    std::string held_on, locality_name, locality_level, period_start, period_end, chair;
};

std::string field(const std::string& json, const std::string& name) {
    std::smatch m;
    std::regex re("\"" + name + "\"\\s*:\\s*(?:\"([^\"]*)\"|(-?\\d+)|null)");
    if (std::regex_search(json, m, re)) return m[1].matched ? m[1].str() : m[2].str();
    return "";
}

GoldMeeting read_gold(const std::string& json) {
    GoldMeeting g;
    std::size_t at = json.find("\"meeting\"");
    std::string rest = json.substr(at);
    if (std::regex_search(rest, std::regex(R"("meeting"\s*:\s*null)"))) {
        g.is_meeting = false;
        return g;
    }
    std::size_t officials = rest.find("\"officials\"");
    std::string meeting = rest.substr(0, officials);
    g.held_on = field(meeting, "held_on");
    g.locality_name = field(meeting, "name");
    g.locality_level = field(meeting, "level");
    g.period_start = field(meeting, "start");
    g.period_end = field(meeting, "end");
    g.chair = field(meeting, "chair");
    return g;
}

struct Tally {
    int ok = 0, n = 0;
    void add(bool good) { ++n; ok += good ? 1 : 0; }
    double value() const { return n ? static_cast<double>(ok) / n : 1.0; }
};

}  // namespace

TEST_CASE("meetings of the gold articles", "[corpus]") {
    if (!fs::is_directory(kShared / "eval")) {
        WARN("no ../shared/eval: skipped");
        return;
    }
    const baocao::extract::Pipeline pipeline;
    for (const auto& [gold_dir, text_dir] : {std::pair<std::string, std::string>{"eval/gold", "seeds"},
                                             std::pair<std::string, std::string>{"eval/gold-corpus", "corpus"}}) {
        Tally date, locality, period, chair, non_report;
        baocao::extract::SourceUrls urls;  // the corpus's INDEX.tsv, as `baocao load` reads it
        std::vector<fs::path> golds;
        for (const auto& e : fs::directory_iterator(kShared / gold_dir))
            if (e.path().extension() == ".json") golds.push_back(e.path());
        std::sort(golds.begin(), golds.end());
        for (const auto& g : golds) {
            const std::string json = slurp(g);
            const std::string source = field(json, "source_name");
            const auto gold = read_gold(json);
            const fs::path article = kShared / text_dir / source;
            auto doc = pipeline.read(source, article.string(), slurp(article), urls.url_of(article));
            if (!gold.is_meeting) {
                non_report.add(doc.meetings.empty());
                continue;
            }
            const baocao::model::Meeting none;
            const auto& m = doc.meetings.empty() ? none : doc.meetings[0];
            const bool date_ok = (m.held_on ? m.held_on->iso() : "") == gold.held_on;
            const bool loc_ok = m.locality.name == gold.locality_name &&
                                std::to_string(m.locality.level) == gold.locality_level;
            const bool period_ok = (m.period ? m.period->start.iso() : "") == gold.period_start &&
                                   (m.period ? m.period->end.iso() : "") == gold.period_end;
            date.add(date_ok);
            locality.add(loc_ok);
            period.add(period_ok);
            if (!gold.chair.empty()) chair.add(m.chair_name == gold.chair);
            if (!date_ok || !loc_ok || !period_ok)
                UNSCOPED_INFO(source << ": got " << (m.held_on ? m.held_on->iso() : "-") << " " << m.locality.name << "/"
                                     << m.locality.level << " " << (m.period ? m.period->label : "-"));
        }
        WARN(gold_dir << ": date " << date.value() << " locality " << locality.value() << " period "
                      << period.value() << " chair " << chair.value() << " non-reports " << non_report.value());
        CHECK(date.value() >= 0.95);
        CHECK(period.value() >= 0.95);
        CHECK(chair.value() >= 0.95);
        CHECK(non_report.value() == 1.0);
        // Some corpus articles name their locality only in their web address (INDEX.tsv).
        CHECK(locality.value() >= 0.95);
    }
}

TEST_CASE("off-topic corpus articles get no meeting, the others get one", "[corpus]") {
    const auto index = kShared / "corpus" / "INDEX.tsv";
    if (!fs::is_regular_file(index)) {
        WARN("no ../shared/corpus: skipped");
        return;
    }
    const baocao::extract::Pipeline pipeline;
    std::ifstream in(index);
    std::string line;
    std::getline(in, line);
    Tally offtopic, meetings;
    while (std::getline(in, line)) {
        std::istringstream row(line);
        std::string file, kind;
        std::getline(row, file, '\t');
        std::getline(row, kind, '\t');
        auto doc = pipeline.read(file, file, slurp(kShared / "corpus" / file));
        if (kind == "offtopic") {
            offtopic.add(!doc.is_meeting_report);
            if (doc.is_meeting_report) UNSCOPED_INFO(file << ": off-topic, yet a meeting was read");
        } else {
            meetings.add(doc.is_meeting_report);
            if (!doc.is_meeting_report) UNSCOPED_INFO(file << ": rejected: " << doc.rejection_reason);
        }
    }
    WARN("off-topic rejected " << offtopic.value() << ", meeting articles accepted " << meetings.value());
    CHECK(offtopic.value() == 1.0);
    CHECK(meetings.value() >= 0.95);
}
