// The ready reports of sql/ on a database loaded from the five seed articles
// (../shared/seeds, read at run time), run as `baocao report` runs them: read
// only, with the reader role's rights. The expected values are the ones a
// reader of the seeds finds in them (and ../shared/eval/gold records).
//
// These tests stand on the whole extraction: when one fails, the message
// names the report and shows its rows; a missing row usually means the
// extractor did not (yet) produce that fact, not that the report is wrong.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>

#include "db/writer.h"
#include "db_fixture.h"
#include "extract/pipeline.h"
#include "test_report_support.h"

using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

fs::path seeds_dir() {
    if (const char* shared = std::getenv("BAOCAO_SHARED"); shared && *shared) return fs::path(shared) / "seeds";
    return fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared" / "seeds";
}

// Every seed article through the loader's pipeline and writer.
int load_seeds(pqxx::connection& conn) {
    const fs::path dir = seeds_dir();
    if (!fs::is_directory(dir)) FAIL("no seed articles at " << dir.string() << " (set BAOCAO_SHARED)");
    baocao::extract::Pipeline pipeline;
    baocao::db::Writer writer(conn);
    int loaded = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".txt") continue;
        const auto doc = pipeline.read(entry.path().filename().string(), entry.path().string(),
                                       read_text_file(entry.path()));
        writer.write(doc);
        ++loaded;
    }
    return loaded;
}

const char* extraction_hint =
    "a missing or different row usually means the extraction did not produce this fact from the seed "
    "article (see `baocao extract ../shared/seeds/...`); the report itself is tested on composed articles "
    "in test_report_views.cpp";

// The one row matching the criteria, or a failure that shows the report.
std::size_t the_row(const ResultTable& table, const std::vector<std::pair<std::string, std::string>>& criteria) {
    const auto rows = table.find(criteria);
    INFO(table.dump(60));
    INFO(extraction_hint);
    REQUIRE(rows.size() >= 1);
    return rows.front();
}

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::pair<int, std::string> run_baocao(const std::string& arguments) {
    std::string output;
    FILE* pipe = ::popen((shell_quote(BAOCAO_BINARY) + " " + arguments + " 2>&1").c_str(), "r");
    if (!pipe) return {-1, "popen failed"};
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

}  // namespace

TEST_CASE("the ready reports answer from the seed articles", "[report][db][seeds]") {
    if (!fs::is_directory(seeds_dir())) {
        WARN("no seed articles at " << seeds_dir().string() << " (../shared or $BAOCAO_SHARED): skipped");
        return;
    }
    // Loaded once for all sections (Catch2 re-enters the test case for each).
    static TempDatabase database;
    static const auto conn = [] {
        auto connection = migrated_connection(database);
        load_seeds(*connection);
        return connection;
    }();
    REQUIRE(count_rows(*conn, "baocao.documents") == 5);

    SECTION("budget revenue by locality and period") {
        const auto report = run_report_file(*conn, "budget_revenue");
        const auto city = the_row(report, {{"locality_name", "Hà Tĩnh"}, {"period_label", "6T/2022"}});
        CHECK(report.text(city, "revenue_vnd") == "780000000000");
        CHECK(report.text(city, "plans").find("101%") != std::string::npos);
        CHECK(report.text(city, "plans").find("78%") != std::string::npos);
        const auto district = the_row(report, {{"locality_name", "Cẩm Xuyên"}, {"period_label", "6T/2023"}});
        CHECK(report.text(district, "revenue_vnd") == "120300000000");
        CHECK(report.text(district, "revenue_billion_vnd") == "120.30");
        const auto quarter = the_row(report, {{"locality_name", "Thanh Hóa"}, {"period_label", "Q1/2022"}});
        CHECK(report.text(quarter, "revenue_vnd") == "799690000000");
        CHECK(same_number(report.number(quarter, "growth_vs_prior_year_percent"), 67.8));
        const auto town = the_row(report, {{"locality_name", "Kỳ Anh"}, {"period_label", "2021"}});
        CHECK(report.text(town, "revenue_vnd") == "320000000000");
    }

    SECTION("plan fulfilment ranking") {
        const auto report = run_report_file(*conn, "plan_fulfilment_ranking");
        const auto output = the_row(report, {{"indicator_code", "production_value"}, {"locality_name", "Cẩm Xuyên"}});
        CHECK(same_number(report.number(output, "percent_of_plan"), 52.9));
        CHECK(report.text(output, "on_pace") == "t");  // 52.9% after six months
        const auto revenue =
            the_row(report, {{"indicator_code", "budget_revenue"}, {"locality_name", "Hà Tĩnh"}, {"rank", "1"}});
        CHECK(same_number(report.number(revenue, "percent_of_plan"), 101));
        CHECK(report.text(revenue, "implied_plan_value") == "772277227723");  // 780 tỷ / 101%
        CHECK(report.text(revenue, "plan_set_by") == "province");
    }

    SECTION("growth by sector") {
        const auto report = run_report_file(*conn, "growth_by_sector");
        const auto trade = the_row(report, {{"indicator_code", "trade_services_growth"}, {"locality_name", "Thanh Hóa"}});
        CHECK(same_number(report.number(trade, "growth_percent"), 21));
        CHECK(report.text(trade, "measured_as") == "stated growth rate");
        const auto retail = the_row(report, {{"indicator_code", "retail_sales"}, {"period_label", "Q1/2022"}});
        CHECK(same_number(report.number(retail, "growth_percent"), 31.9));
        const auto economy = the_row(report, {{"indicator_code", "economic_growth"}, {"locality_name", "Hà Tĩnh"}});
        CHECK(same_number(report.number(economy, "growth_percent"), 8.1));
    }

    SECTION("targets met and missed") {
        const auto report = run_report_file(*conn, "targets_met_and_missed");
        const auto revenue = the_row(report, {{"indicator_code", "budget_revenue"}, {"locality_name", "Kỳ Anh"}});
        CHECK(report.text(revenue, "target_year") == "2022");
        CHECK(report.text(revenue, "target_value") == "324124000000");
        // The seeds hold no figure of Kỳ Anh for 2022: nothing to judge yet.
        CHECK(report.text(revenue, "achieved") == "unknown");
        CHECK(report.find({{"achieved", "yes"}}).empty());
    }

    SECTION("party membership growth") {
        const auto report = run_report_file(*conn, "party_membership_growth");
        const auto province = the_row(report, {{"locality_name", "Thái Nguyên"}, {"period_label", "6T/2023"}});
        CHECK(report.text(province, "new_members") == "780");
        CHECK(report.text(province, "members_total") == "97052");
        CHECK(report.text(province, "new_per_100_members") == "0.80");
        const auto city = the_row(report, {{"locality_name", "Hà Tĩnh"}, {"period_label", "6T/2022"}});
        CHECK(report.text(city, "new_members") == "42");
        CHECK(report.text(city, "members_disciplined") == "8");
    }

    SECTION("who chairs which meetings") {
        const auto report = run_report_file(*conn, "meeting_chairs");
        CHECK(report.text(the_row(report, {{"held_on", "2023-07-05"}}), "chair_name") == "Nguyễn Thanh Hải");
        CHECK(report.text(the_row(report, {{"held_on", "2022-04-07"}}), "chair_name") == "Lê Anh Xuân");
        const auto city = the_row(report, {{"held_on", "2022-06-22"}});
        CHECK(report.text(city, "chair_name") == "Dương Tất Thắng");
        CHECK(report.text(city, "chair_titles").find("bí thư thành ủy") != std::string::npos);
        CHECK(report.text(city, "period_reviewed") == "6T/2022");
        const auto district = the_row(report, {{"held_on", "2023-07-12"}});
        CHECK(report.is_null(district, "chair_name"));  // the article does not say
        CHECK(report.rows.size() == 5);
    }

    SECTION("indicator coverage per province") {
        const auto report = run_report_file(*conn, "indicator_coverage");
        const auto revenue = the_row(report, {{"province_name", "Hà Tĩnh"}, {"indicator_code", "budget_revenue"}});
        CHECK(report.text(revenue, "localities") == "3");  // the city, Kỳ Anh and Cẩm Xuyên
        CHECK(report.text(revenue, "periods") == "3");     // 6T/2022, 2021, 6T/2023
    }

    SECTION("latest figures per locality") {
        const auto report = run_report_file(*conn, "latest_figures");
        const auto revenue = the_row(report, {{"locality_name", "Cẩm Xuyên"}, {"indicator_code", "budget_revenue"}});
        CHECK(report.text(revenue, "value") == "120300000000");
        CHECK(report.text(revenue, "period_label") == "6T/2023");
        const auto industry =
            the_row(report, {{"locality_name", "Thái Nguyên"}, {"indicator_code", "industrial_production_value"}});
        CHECK(report.text(industry, "value") == "405000000000000");
    }

    SECTION("quality checks find no impossible figure in the seeds") {
        const auto report = run_report_file(*conn, "quality_checks");
        INFO(report.dump());
        CHECK(report.find({{"severity", "error"}}).empty());
    }

    SECTION("officials directory") {
        const auto report = run_report_file(*conn, "officials_directory");
        const auto secretary = the_row(report, {{"full_name", "Nguyễn Thanh Hải"}});
        CHECK(report.text(secretary, "latest_titles").find("bí thư tỉnh ủy") != std::string::npos);
        CHECK(report.text(secretary, "meetings_chaired") == "1");
        CHECK(report.text(secretary, "first_seen_on") == "2023-07-05");
    }

    SECTION("baocao report prints the same through the CLI") {
        const std::string db = "--db " + shell_quote(database.conninfo());
        const auto csv = run_baocao("report budget_revenue --format csv " + db);
        INFO(csv.second);
        CHECK(csv.first == 0);
        CHECK(csv.second.rfind("province_name,locality_name,", 0) == 0);
        CHECK(csv.second.find(",Cẩm Xuyên,446,2,6T/2023,2023-01-01,2023-06-30,120300000000,120.30,") !=
              std::string::npos);

        const auto json = run_baocao("report meeting_chairs --format json " + db);
        INFO(json.second);
        CHECK(json.first == 0);
        CHECK(json.second.find("\"chair_name\": \"Nguyễn Thanh Hải\"") != std::string::npos);
        CHECK(json.second.find("\"meeting_id\": ") != std::string::npos);  // numbers stay numbers

        const auto table = run_baocao("report latest_figures " + db);
        CHECK(table.first == 0);
        CHECK(table.second.find(" rows)") != std::string::npos);
    }
}

TEST_CASE("baocao report lists its reports and refuses unknown ones", "[report]") {
    const auto list = run_baocao("report --list");
    INFO(list.second);
    CHECK(list.first == 0);
    for (const char* name : {"budget_revenue", "plan_fulfilment_ranking", "growth_by_sector", "targets_met_and_missed",
                             "party_membership_growth", "meeting_chairs", "indicator_coverage", "latest_figures"})
        CHECK(list.second.find(std::string(name) + " ") != std::string::npos);
    CHECK(list.second.find("Budget revenue by locality and period:") != std::string::npos);

    const auto unknown = run_baocao("report no_such_report --db 'dbname=unused'");
    CHECK(unknown.first == 2);
    CHECK(unknown.second.find("no_such_report") != std::string::npos);

    const auto bad_format = run_baocao("report budget_revenue --format xml --db 'dbname=unused'");
    CHECK(bad_format.first == 2);
}
