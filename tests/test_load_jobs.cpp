// `baocao load --jobs N --batch N`: however many workers read the articles and
// however many documents share a transaction, the database ends up holding
// the same facts as a load by one worker, one document at a time.
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <catch2/catch.hpp>

#include "db_fixture.h"

namespace {

namespace fs = std::filesystem;
using baocao::testing::MigratedDatabase;
using baocao::testing::TempDir;

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs baocao with the arguments; its exit code, stdout kept in *output.
int run_load(const std::vector<std::string>& args, const fs::path& output) {
    std::string command = quoted(BAOCAO_BINARY) + " --quiet";
    for (const auto& arg : args) command += " " + quoted(arg);
    command += " >" + quoted(output.string()) + " 2>/dev/null </dev/null";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The summary without its timing line, which differs from run to run.
std::string summary_without_time(const std::string& summary) {
    std::string kept;
    std::size_t at = 0;
    while (at < summary.size()) {
        const std::size_t end = std::min(summary.find('\n', at), summary.size());
        const std::string line = summary.substr(at, end - at);
        if (line.find("elapsed") == std::string::npos) kept += line + "\n";
        at = end + 1;
    }
    return kept;
}

// Every report view, each row as text, in a fixed order. Times of day (when a
// row was loaded) are left out; so are surrogate keys when with_ids is false.
std::vector<std::string> report_rows(pqxx::connection& conn, bool with_ids) {
    pqxx::read_transaction tx(conn);
    std::vector<std::string> rows;
    const auto views = tx.exec(
        "SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
        "FROM information_schema.columns WHERE table_schema = 'report' "
        "AND data_type NOT LIKE 'timestamp%' AND (" + std::string(with_ids ? "true" : "false") +
        " OR column_name NOT LIKE '%\\_id') GROUP BY table_name ORDER BY table_name");
    for (const auto& view : views) {
        const std::string name = view[0].as<std::string>();
        const std::string columns = view[1].as<std::string>();
        rows.push_back("== " + name);
        for (const auto& row : tx.exec("SELECT t::text FROM (SELECT " + columns + " FROM report." + tx.quote_name(name) +
                                       ") t ORDER BY 1"))
            rows.push_back(row[0].is_null() ? "" : row[0].as<std::string>());
    }
    return rows;
}

void write_file(const fs::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

// Inputs with every kind of outcome: real articles, a reject, the same text
// under two names, and two files of one name whose texts differ.
std::vector<std::string> mixed_inputs(const TempDir& dir) {
    std::vector<std::string> inputs = {BAOCAO_SOURCE_DIR "/examples"};
    if (const char* shared = std::getenv("BAOCAO_SHARED"); shared && *shared) {
        inputs.push_back(std::string(shared) + "/seeds");
        inputs.push_back(std::string(shared) + "/corpus");
    } else {
        WARN("no BAOCAO_SHARED: only the examples and composed files are loaded");
    }
    const std::string report =
        "Sáng 9/7, Ban Chấp hành Đảng bộ huyện Thạch Hà (Hà Tĩnh) tổ chức hội nghị sơ kết "
        "6 tháng đầu năm 2024. Đồng chí Trần Văn Lộc, Bí thư Huyện ủy chủ trì hội nghị.\n\n"
        "Tổng thu ngân sách trên địa bàn ước đạt 120 tỷ đồng, đạt 58% dự toán tỉnh giao.\n";
    fs::create_directories(dir.path() / "a");
    fs::create_directories(dir.path() / "b");
    write_file(dir.path() / "a" / "empty.txt", "");
    write_file(dir.path() / "a" / "thach-ha.txt", report);
    write_file(dir.path() / "a" / "zz-copy.txt", report);
    write_file(dir.path() / "b" / "thach-ha.txt", report + "Tổng vốn đầu tư đạt 45 tỷ đồng.\n");
    inputs.push_back((dir.path() / "a").string());
    inputs.push_back((dir.path() / "b").string());
    return inputs;
}

std::vector<std::string> load_args(const MigratedDatabase& database, const std::vector<std::string>& options,
                                   const std::vector<std::string>& inputs) {
    std::vector<std::string> args = {"--db", database.conninfo(), "load"};
    args.insert(args.end(), options.begin(), options.end());
    args.insert(args.end(), inputs.begin(), inputs.end());
    return args;
}

}  // namespace

void require_same_rows(const std::vector<std::string>& expected, const std::vector<std::string>& got) {
    REQUIRE(expected.size() > 100);
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("row " << i);
        REQUIRE(got[i] == expected[i]);
    }
}

TEST_CASE("a load on three workers stores what a load on one stores, in the same order", "[cli][db][jobs]") {
    TempDir dir;
    const auto inputs = mixed_inputs(dir);
    MigratedDatabase one, three;
    const int one_exit = run_load(load_args(one, {"--jobs", "1", "--batch", "7"}, inputs), dir.path() / "one.out");
    const int three_exit = run_load(load_args(three, {"--jobs", "3", "--batch", "7"}, inputs), dir.path() / "three.out");
    CHECK(one_exit == 1);  // the empty file is rejected
    CHECK(three_exit == one_exit);
    const std::string one_summary = slurp(dir.path() / "one.out");
    INFO(one_summary);
    CHECK(one_summary.find("documents unchanged  1\n") != std::string::npos);  // the copy
    CHECK(one_summary.find("documents replaced   1\n") != std::string::npos);   // b/ after a/
    CHECK(one_summary.find("    empty              1\n") != std::string::npos);
    CHECK(summary_without_time(slurp(dir.path() / "three.out")) == summary_without_time(one_summary));

    auto one_conn = one.connect();
    auto three_conn = three.connect();
    require_same_rows(report_rows(*one_conn, true), report_rows(*three_conn, true));  // ids too
}

TEST_CASE("a load in batches stores the facts a load of one document per transaction stores", "[cli][db][jobs]") {
    TempDir dir;
    const auto inputs = mixed_inputs(dir);
    MigratedDatabase single, batched;
    const int single_exit = run_load(load_args(single, {"--jobs", "1", "--batch", "1"}, inputs), dir.path() / "1.out");
    const int batched_exit = run_load(load_args(batched, {"--jobs", "2"}, inputs), dir.path() / "2.out");
    CHECK(batched_exit == single_exit);
    CHECK(summary_without_time(slurp(dir.path() / "2.out")) == summary_without_time(slurp(dir.path() / "1.out")));
    auto single_conn = single.connect();
    auto batched_conn = batched.connect();
    // Without surrogate keys: a person named in many documents of a batch
    // draws one id from its sequence, not one per document.
    require_same_rows(report_rows(*single_conn, false), report_rows(*batched_conn, false));
}

TEST_CASE("the options --jobs and --batch take positive numbers, anything else is a usage error", "[cli][jobs]") {
    TempDir dir;
    for (const std::vector<std::string> options : {std::vector<std::string>{"--jobs", "0"}, {"--jobs", "two"},
                                                   {"--batch", "0"}, {"--batch", "-5"}}) {
        std::vector<std::string> args = {"load"};
        args.insert(args.end(), options.begin(), options.end());
        args.push_back(dir.path().string());
        INFO(options[0] << " " << options[1]);
        CHECK(run_load(args, dir.path() / "out") == 2);
    }
    CHECK(run_load({"extract", "--jobs", "0", dir.path().string()}, dir.path() / "out") == 2);
}
