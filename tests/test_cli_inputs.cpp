// What load and extract make of awkward inputs: file names, files that cannot
// be read, links that lead nowhere, a directory of 10,000 files, and texts in
// the legacy font encodings.
#include <sys/stat.h>
#include <unistd.h>

#include <set>

#include <catch2/catch.hpp>

#include "cli_support.h"
#include "db_fixture.h"
#include "legacy_font_charts.h"

namespace {

using baocao::testing::MigratedDatabase;
using baocao::testing::TempDir;
using baocao::testing::count_rows;
using baocao::testing::scalar;
using namespace baocao::testing::cli;
namespace fs = std::filesystem;

// Composed, not taken from any article.
const std::string kReport =
    "Huyện Can Lộc sơ kết 6 tháng đầu năm 2024\n\n"
    "Sáng 10/7, Ban Chấp hành Đảng bộ huyện Can Lộc (Hà Tĩnh) tổ chức hội nghị sơ kết "
    "6 tháng đầu năm 2024. Đồng chí Lê Văn Hòa, Bí thư Huyện ủy chủ trì hội nghị.\n\n"
    "Tổng thu ngân sách trên địa bàn ước đạt 96 tỷ đồng, đạt 61% dự toán tỉnh giao.\n";

std::string report_number(int n) { return kReport + "Tổng vốn đầu tư đạt " + std::to_string(n) + " tỷ đồng.\n"; }

}  // namespace

TEST_CASE("names with spaces, quotes, dashes, backslashes, new lines and diacritics load once each", "[cli][db][paths]") {
    MigratedDatabase database;
    TempDir root;
    const fs::path dir = root.path() / "thư mục 'có' dấu cách";
    fs::create_directories(dir / "cấp dưới");
    const std::vector<std::string> names = {
        "báo cáo \"kép\" và 'đơn'.txt", "-bắt đầu bằng gạch.txt", "back\\slash $HOME `x`.txt",
        "tab\tvà\ndòng mới.txt",      "HOA.TXT",                 "cấp dưới/tổng kết; DROP TABLE x.txt"};
    int n = 0;
    for (const auto& name : names) write_file(dir / name, report_number(++n));
    write_file(dir / "ghi chú.md", "not an article: not listed");

    const auto first = run_baocao({"--db", database.conninfo(), "load", dir.string()});
    INFO(first.log << first.output);
    REQUIRE(first.exit_code == 0);
    CHECK(summary_count(first.output, "documents new") == static_cast<long long>(names.size()));
    auto conn = database.connect();
    for (const auto& name : names) {
        const std::string base = fs::path(name).filename().string();
        pqxx::read_transaction tx(*conn);
        CHECK(tx.exec_params1("SELECT count(*) FROM report.documents WHERE source_name = $1", base)[0].as<int>() == 1);
    }
    const auto again = run_baocao({"--db", database.conninfo(), "load", dir.string()});
    CHECK(summary_count(again.output, "documents unchanged") == static_cast<long long>(names.size()));
    CHECK(count_rows(*conn, "report.documents") == static_cast<long long>(names.size()));
}

TEST_CASE("files that cannot be read are rejected as unreadable with the system's reason", "[cli][db][paths]") {
    MigratedDatabase database;
    TempDir dir;
    write_file(dir.path() / "good.txt", kReport);
    fs::create_symlink("loop.txt", dir.path() / "loop.txt");          // a link to itself
    fs::create_symlink("nowhere.txt", dir.path() / "dangling.txt");   // a link to nothing
    fs::create_directories(dir.path() / "sub");
    fs::create_symlink("..", dir.path() / "sub" / "up.txt");          // a link to a directory: not followed
    fs::create_symlink("..", dir.path() / "sub" / "up");
    REQUIRE(::mkfifo((dir.path() / "pipe.txt").c_str(), 0600) == 0);  // would block a reader: not listed
    std::string expected = "dangling.txt=unreadable,loop.txt=unreadable";
    const bool proc_mem = fs::exists("/proc/self/mem");
    if (proc_mem) {  // an I/O error on read, even for root
        fs::create_symlink("/proc/self/mem", dir.path() / "mem.txt");
        expected += ",mem.txt=unreadable";
    }
    const fs::path locked = dir.path() / "locked.txt";
    write_file(locked, kReport + "Bản khóa.\n");
    fs::permissions(locked, fs::perms::none);
    const bool can_lock = ::access(locked.c_str(), R_OK) != 0;  // root reads it all the same
    if (!can_lock) {
        WARN("running as root: chmod 000 does not stop reading, the locked-file check is skipped");
        fs::remove(locked);
    }

    const auto result = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(result.log << result.output);
    CHECK(result.exit_code == 1);
    CHECK(summary_count(result.output, "documents new") == 1);
    CHECK(result.log.find("loop.txt: rejected (unreadable): cannot open: Too many levels of symbolic links") !=
          std::string::npos);
    CHECK(result.log.find("dangling.txt: rejected (unreadable): cannot open: No such file or directory") !=
          std::string::npos);
    if (proc_mem) CHECK(result.log.find("mem.txt: rejected (unreadable): read error: Input/output error") != std::string::npos);
    if (can_lock) {
        CHECK(result.log.find("locked.txt: rejected (unreadable): cannot open: Permission denied") != std::string::npos);
        expected = "dangling.txt=unreadable,locked.txt=unreadable,loop.txt=unreadable" +
                   std::string(proc_mem ? ",mem.txt=unreadable" : "");
    }
    auto conn = database.connect();
    CHECK(scalar(*conn, "SELECT string_agg(source_name || '=' || reason_code, ',' ORDER BY source_name) "
                        "FROM report.rejects") == expected);

    // Named on the command line: a pipe, a loop, a dangling link are named, nothing hangs.
    const auto named = run_baocao({"extract", "--compact", (dir.path() / "pipe.txt").string(), (dir.path() / "loop.txt").string(),
                                   (dir.path() / "dangling.txt").string(), (dir.path() / "good.txt").string()});
    CHECK(named.exit_code == 1);
    CHECK(named.log.find("pipe.txt: not a regular file") != std::string::npos);
    CHECK(named.log.find("loop.txt: Too many levels of symbolic links") != std::string::npos);
    CHECK(named.log.find("dangling.txt: a symbolic link to a file that does not exist") != std::string::npos);
    CHECK(named.output.find("\"source_name\":\"good.txt\"") != std::string::npos);
}

TEST_CASE("a directory of 10,000 small files is listed and read once each", "[cli][paths]") {
    TempDir dir;
    constexpr int kFiles = 10000;
    for (int i = 0; i < kFiles; ++i) {
        const fs::path sub = dir.path() / ("d" + std::to_string(i % 10));
        if (i < 10) fs::create_directories(sub);
        write_file(sub / ("tin " + std::to_string(i) + ".txt"), "Thu ngân sách đạt " + std::to_string(i) + " tỷ đồng.\n");
    }
    const auto result = run_baocao({"--quiet", "extract", "--compact", dir.path().string()});
    REQUIRE(result.exit_code == 0);
    std::set<std::string> paths;
    std::size_t lines = 0;
    for (std::size_t at = 0; (at = result.output.find("\"path\":\"", at)) != std::string::npos; ++lines) {
        at += 8;
        paths.insert(result.output.substr(at, result.output.find('"', at) - at));
    }
    CHECK(lines == kFiles);
    CHECK(paths.size() == kFiles);
}

TEST_CASE("a load reads TCVN3 and VNI files and records a text no table reads", "[cli][db][legacy]") {
    using namespace baocao::testing::fonts;
    MigratedDatabase database;
    TempDir dir;
    write_file(dir.path() / "tcvn3-bytes.txt", to_tcvn3(kReport));
    write_file(dir.path() / "vni-mojibake.txt", as_latin1_text(to_vni(report_number(2))));
    write_file(dir.path() / "french.txt",
               "Le conseil général a présenté le résultat économique de l'année; les élèves étaient très "
               "nombreux à la fête, où l'on a parlé des priorités régionales.\n");
    const auto result = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(result.log << result.output);
    CHECK(result.exit_code == 1);
    CHECK(result.log.find("tcvn3-bytes.txt: read as TCVN3 font") != std::string::npos);
    CHECK(result.log.find("vni-mojibake.txt: read as UTF-8, VNI font") != std::string::npos);
    auto conn = database.connect();
    CHECK(count_rows(*conn, "report.meetings WHERE locality_name = 'Can Lộc'") == 2);
    CHECK(scalar(*conn, "SELECT source_name || '=' || reason_code FROM report.rejects") == "french.txt=unknown_encoding");
}
