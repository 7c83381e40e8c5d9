// Every ready report of sql/ runs on any loaded database: an empty one, one
// whose articles name no known place and report no figure, and one holding
// the seeds and ../shared/corpus. A report that fails on real data (a
// division by zero, a cast of an unexpected text) fails here, naming it.
#include <filesystem>
#include <set>
#include <string>

#include "db/writer.h"
#include "db_fixture.h"
#include "extract/pipeline.h"
#include "test_report_support.h"

using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

std::set<std::string> report_names() {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(report_sql_dir()))
        if (e.path().extension() == ".sql") names.insert(e.path().stem().string());
    return names;
}

void every_report_runs(pqxx::connection& conn, const std::string& what) {
    const auto names = report_names();
    REQUIRE(names.size() >= 10);
    for (const auto& name : names) {
        INFO("sql/" << name << ".sql on " << what);
        CHECK_NOTHROW(run_report_file(conn, name));
    }
}

std::size_t load_texts(pqxx::connection& conn, const std::vector<std::pair<std::string, std::string>>& texts) {
    baocao::extract::Pipeline pipeline;
    baocao::db::Writer writer(conn);
    for (const auto& [name, text] : texts) writer.write(pipeline.read(name, name, text));
    return texts.size();
}

std::size_t load_dir(pqxx::connection& conn, const fs::path& dir) {
    baocao::extract::Pipeline pipeline;
    baocao::db::Writer writer(conn);
    std::size_t loaded = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".txt") continue;
        writer.write(pipeline.read(e.path().filename().string(), e.path().string(), read_text_file(e.path())));
        ++loaded;
    }
    return loaded;
}

}  // namespace

TEST_CASE("every ready report runs on an empty database", "[report][db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    every_report_runs(*conn, "an empty database");
}

TEST_CASE("every ready report runs on articles of unknown places and without figures", "[report][db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    load_texts(*conn, {
        {"unnamed.txt", "Sáng 12/7/2023, Huyện ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023. Thu ngân "
                        "sách đạt 120 tỷ đồng, bằng 40% dự toán. Tăng trưởng kinh tế đạt 7,5%. Năm 2024 phấn đấu "
                        "thu ngân sách đạt 300 tỷ đồng."},
        {"no_figures.txt", "Chiều 5/1/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ."},
        {"not_a_report.txt", "Bài viết này kể về lịch sử của vùng đất qua nhiều thế kỷ."},
    });
    REQUIRE(count_rows(*conn, "report.documents") == 3);
    every_report_runs(*conn, "articles of unknown places");
}

TEST_CASE("every ready report runs on the seeds and the shared corpus", "[report][db][corpus]") {
    const char* shared = std::getenv("BAOCAO_SHARED");
    const fs::path root = shared && *shared ? fs::path(shared) : fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared";
    if (!fs::is_directory(root / "corpus") || !fs::is_directory(root / "seeds")) {
        WARN("no ../shared/seeds and ../shared/corpus (nor BAOCAO_SHARED): skipped");
        return;
    }
    MigratedDatabase database;
    auto conn = database.connect();
    REQUIRE(load_dir(*conn, root / "seeds") + load_dir(*conn, root / "corpus") >= 60);
    every_report_runs(*conn, "seeds + corpus");
}
