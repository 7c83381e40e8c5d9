// The baocao binary as a user runs it: help texts, exit codes, extract's
// JSON, and load against the throwaway server of scripts/test.
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <catch2/catch.hpp>

#include "cli_support.h"
#include "db_fixture.h"

namespace {

using baocao::testing::MigratedDatabase;
using baocao::testing::TempDatabase;
using baocao::testing::TempDir;
using namespace baocao::testing::cli;

const std::string examples_dir = BAOCAO_SOURCE_DIR "/examples";

std::vector<std::string> listed_commands() {
    const auto overview = run_baocao({"--help"});
    std::vector<std::string> names;
    const std::regex entry("\\n  ([a-z]+) {2,}");
    const auto commands_at = overview.output.find("Commands:");
    const auto globals_at = overview.output.find("Global options:");
    const std::string section = overview.output.substr(commands_at, globals_at - commands_at);
    for (std::sregex_iterator it(section.begin(), section.end(), entry), end; it != end; ++it)
        names.push_back((*it)[1]);
    return names;
}


const char* composed_report =
    " date 2024-07 Huyện Thạch Hà sơ kết 6 tháng đầu năm\n\n"
    "Sáng 9/7, Ban Chấp hành Đảng bộ huyện Thạch Hà (Hà Tĩnh) tổ chức hội nghị sơ kết "
    "6 tháng đầu năm 2024. Đồng chí Trần Văn Lộc, Bí thư Huyện ủy chủ trì hội nghị.\n\n"
    "Tổng thu ngân sách trên địa bàn ước đạt 120 tỷ đồng, đạt 58% dự toán tỉnh giao.\n";

}  // namespace

TEST_CASE("every subcommand's --help teaches usage, examples and the exit codes", "[cli]") {
    const auto commands = listed_commands();
    REQUIRE(commands.size() >= 3);
    for (const std::string expected : {"extract", "load", "migrate"})
        CHECK(std::find(commands.begin(), commands.end(), expected) != commands.end());
    for (const auto& name : commands) {
        INFO("baocao " << name << " --help");
        const auto help = run_baocao({name, "--help"});
        CHECK(help.exit_code == 0);
        CHECK(help.output.find("Usage: baocao " + name) != std::string::npos);
        CHECK(help.output.find("Examples:") != std::string::npos);
        CHECK(help.output.find("Exit codes:") != std::string::npos);
        for (const std::string code : {"  0  ", "  1  ", "  2  ", "  3  "})
            CHECK(help.output.find(code) != std::string::npos);
    }
}

TEST_CASE("usage errors exit 2 and point at the help", "[cli]") {
    const auto unknown_command = run_baocao({"frobnicate"});
    CHECK(unknown_command.exit_code == 2);
    CHECK(unknown_command.log.find("unknown command 'frobnicate'") != std::string::npos);

    const auto unknown_option = run_baocao({"load", "--frobnicate", examples_dir});
    CHECK(unknown_option.exit_code == 2);
    CHECK(unknown_option.log.find("baocao load --help") != std::string::npos);

    CHECK(run_baocao({"extract"}).exit_code == 2);            // no file
    CHECK(run_baocao({"load", "--db"}).exit_code == 2);       // option without its value
    const auto version = run_baocao({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.output == std::string("baocao ") + BAOCAO_VERSION + "\n");
}

TEST_CASE("extract prints one JSON object per document with every part of the model", "[cli]") {
    TempDir dir;
    write_file(dir.path() / "thach-ha.txt", composed_report);
    write_file(dir.path() / "quote \"and\" tab.txt", "Dòng một\tvà \"trích dẫn\" \\ kết thúc.\n");

    const auto result = run_baocao({"extract", "--compact", dir.path().string()});
    REQUIRE(result.exit_code == 0);
    // Validate with Python's json module: a real parser, not our own.
    const std::string checker = (dir.path() / "check.py").string();
    write_file(checker,
               "import json, sys\n"
               "keys = ['source_name', 'sha256', 'title', 'published_on', 'author', 'site',\n"
               "        'is_meeting_report', 'rejection_reason', 'places', 'meetings',\n"
               "        'officials', 'indicators', 'targets']\n"
               "docs = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]\n"
               "assert len(docs) == 2, len(docs)\n"
               "for d in docs:\n"
               "    missing = [k for k in keys if k not in d]\n"
               "    assert not missing, missing\n"
               "    assert len(d['sha256']) == 64, d['sha256']\n"
               "    for v in d['indicators']:\n"
               "        assert {'code', 'value', 'unit', 'comparisons', 'evidence'} <= set(v)\n"
               "        ev = v['evidence']['sentence']\n"
               "        assert ev['end'] >= ev['start'] and ev['text'], ev\n"
               "print(' '.join(sorted(d['source_name'] for d in docs)))\n");
    const std::string json_path = (dir.path() / "out.jsonl").string();
    write_file(json_path, result.output);
    const std::string command = "python3 " + shell_quote(checker) + " " + shell_quote(json_path) + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string checked;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe)) checked += buffer;
    const int status = pclose(pipe);
    INFO("python3 said: " << checked << "\nextract printed:\n" << result.output);
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(checked == "quote \"and\" tab.txt thach-ha.txt\n");
}

TEST_CASE("extract names a missing file, exits 1 and still prints the others", "[cli]") {
    TempDir dir;
    write_file(dir.path() / "report.txt", composed_report);
    const std::string missing = (dir.path() / "no-such-article.txt").string();
    const auto result = run_baocao({"extract", missing, (dir.path() / "report.txt").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.log.find("no-such-article.txt") != std::string::npos);
    CHECK(result.output.find("\"source_name\": \"report.txt\"") != std::string::npos);
}

TEST_CASE("load stores the examples once: a second load finds them unchanged", "[cli][db]") {
    MigratedDatabase database;  // a copy of the migrated template: fast
    const auto first = run_baocao({"--db", database.conninfo(), "load", examples_dir});
    INFO(first.log << first.output);
    REQUIRE(first.exit_code == 0);
    const auto example_count = static_cast<long long>(std::distance(
        std::filesystem::directory_iterator(examples_dir), std::filesystem::directory_iterator()));
    CHECK(summary_count(first.output, "files read") == example_count);
    CHECK(summary_count(first.output, "documents new") == example_count);
    CHECK(summary_count(first.output, "documents rejected") == 0);

    const auto second = run_baocao({"--db", database.conninfo(), "load", examples_dir});
    INFO(second.log << second.output);
    REQUIRE(second.exit_code == 0);
    CHECK(summary_count(second.output, "documents new") == 0);
    CHECK(summary_count(second.output, "documents unchanged") == example_count);
    CHECK(summary_count(second.output, "facts written") == 0);

    auto conn = database.connect();
    CHECK(baocao::testing::count_rows(*conn, "report.documents") == example_count);
}

TEST_CASE("load replaces a document whose text changed", "[cli][db]") {
    MigratedDatabase database;  // a copy of the migrated template: fast
    TempDir dir;
    const auto article = dir.path() / "thach-ha.txt";
    write_file(article, composed_report);
    REQUIRE(run_baocao({"--db", database.conninfo(), "load", dir.path().string()}).exit_code == 0);
    write_file(article, std::string(composed_report) +
                            "\nTổng giá trị sản xuất ước đạt 2.100 tỷ đồng, tăng 8,2% so với cùng kỳ.\n");
    const auto again = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(again.log << again.output);
    REQUIRE(again.exit_code == 0);
    CHECK(summary_count(again.output, "documents replaced") == 1);
    auto conn = database.connect();
    CHECK(baocao::testing::count_rows(*conn, "report.documents") == 1);
}

TEST_CASE("load of a missing path exits 1 naming it and loads the rest", "[cli][db]") {
    MigratedDatabase database;  // a copy of the migrated template: fast
    TempDir dir;
    write_file(dir.path() / "thach-ha.txt", composed_report);
    const std::string missing = (dir.path() / "missing-dir").string();
    const auto result = run_baocao({"--db", database.conninfo(), "load", missing, dir.path().string()});
    CHECK(result.exit_code == 1);
    CHECK(result.log.find("missing-dir") != std::string::npos);
    CHECK(summary_count(result.output, "documents new") == 1);
}

TEST_CASE("an unreachable database exits 3 with a hint", "[cli]") {
    TempDir dir;
    const std::string nowhere = "host=" + (dir.path() / "no-server").string() + " port=1 connect_timeout=2";
    const auto load = run_baocao({"--db", nowhere, "load", examples_dir});
    CHECK(load.exit_code == 3);
    CHECK(load.log.find("--db") != std::string::npos);
    CHECK(run_baocao({"--db", nowhere, "migrate", "--status"}).exit_code == 3);
}

TEST_CASE("migrate applies everything once and --status lists it", "[cli][db]") {
    TempDatabase database;
    REQUIRE(run_baocao({"--db", database.conninfo(), "migrate"}).exit_code == 0);
    const auto status = run_baocao({"--db", database.conninfo(), "migrate", "--status"});
    REQUIRE(status.exit_code == 0);
    CHECK(status.output.find("V001") != std::string::npos);
    CHECK(status.output.find(" 0 pending") != std::string::npos);
    const auto again = run_baocao({"--db", database.conninfo(), "migrate"});
    CHECK(again.exit_code == 0);
}

TEST_CASE("load reads each article's address from INDEX.tsv beside it, or from --manifest", "[cli][db]") {
    MigratedDatabase database;
    TempDir dir;
    write_file(dir.path() / "thach-ha.txt", composed_report);
    write_file(dir.path() / "INDEX.tsv", "file\turl\nthach-ha.txt\thttps://baohatinh.vn/thach-ha-so-ket/1.htm\n");
    const auto first = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(first.log << first.output);
    REQUIRE(first.exit_code == 0);
    auto conn = database.connect();
    pqxx::work tx(*conn);
    CHECK(tx.exec1("SELECT source_url FROM report.documents")[0].as<std::string>() ==
          "https://baohatinh.vn/thach-ha-so-ket/1.htm");
    tx.abort();

    // Another manifest gives another address: the same text is read again with it.
    write_file(dir.path() / "other.tsv", "url\tfile\nhttps://baohatinh.vn/b-c-d/2.htm\tthach-ha.txt\n");
    const auto again = run_baocao({"--db", database.conninfo(), "load", "--manifest",
                                   (dir.path() / "other.tsv").string(), (dir.path() / "thach-ha.txt").string()});
    INFO(again.log << again.output);
    REQUIRE(again.exit_code == 0);
    CHECK(summary_count(again.output, "documents refreshed") == 1);
    pqxx::work check(*conn);
    CHECK(check.exec1("SELECT source_url FROM report.documents")[0].as<std::string>() ==
          "https://baohatinh.vn/b-c-d/2.htm");
}

TEST_CASE("a --manifest that cannot be read exits 1 naming it", "[cli]") {
    TempDir dir;
    write_file(dir.path() / "a.txt", composed_report);
    const std::string missing = (dir.path() / "nowhere.tsv").string();
    const auto result = run_baocao({"extract", "--manifest", missing, (dir.path() / "a.txt").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.log.find("nowhere.tsv") != std::string::npos);
    CHECK(result.output.empty());
}

namespace {

// The composed report in UTF-16LE with its byte-order mark (ASCII and BMP only).
std::string utf16le_with_bom(const std::string& utf8) {
    std::string out = "\xFF\xFE";
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : 3;
        unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1F) : (c & 0x0F);
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        i += static_cast<std::size_t>(len);
        out += static_cast<char>(cp & 0xFF);
        out += static_cast<char>(cp >> 8);
    }
    return out;
}

std::string reasons_of(pqxx::connection& conn) {
    return baocao::testing::scalar(conn, "SELECT string_agg(source_name || '=' || reason_code, ',' ORDER BY source_name) "
                                         "FROM report.rejects");
}

}  // namespace

TEST_CASE("load reads every file right or rejects it with its reason, and records the rejects", "[cli][db]") {
    MigratedDatabase database;
    TempDir dir;
    write_file(dir.path() / "a-empty.txt", "");
    write_file(dir.path() / "b-blank.txt", " \n\t\n");
    write_file(dir.path() / "c-nul.txt", std::string("Hội nghị\0\0 sơ kết", 18));
    std::string noise;
    for (int i = 0; i < 5000; ++i) noise += static_cast<char>(0x80 + (i * 37) % 0x7F);
    write_file(dir.path() / "d-not-utf8.txt", noise);
    write_file(dir.path() / "e-utf16.txt", utf16le_with_bom(composed_report));
    write_file(dir.path() / "f-page.txt", std::string("<!DOCTYPE html><html><head><title>Tin</title><script>x()</script>"
                                                      "</head><body><p>") +
                                              composed_report + "</p></body></html>");
    write_file(dir.path() / "g tên có dấu 'và nháy'.txt",
               std::string(composed_report) + "Ghi chú: '); DROP TABLE baocao.documents; -- \\ \"\n" +
                   "Tổng nguồn vốn đạt 9.999.999.999.999.999 tỷ đồng, tăng " + std::string(400, '9') +
                   "% so với cùng kỳ.\n");
    write_file(dir.path() / "h-bad-bytes.txt", std::string(composed_report) + "Thu \xC3 ngân sách.\n");

    const auto result = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(result.log << result.output);
    CHECK(result.exit_code == 1);
    CHECK(summary_count(result.output, "documents rejected") == 4);
    CHECK(result.output.find("not_utf8") != std::string::npos);
    CHECK(result.log.find("h-bad-bytes.txt: 1 invalid byte sequence replaced") != std::string::npos);
    auto conn = database.connect();
    CHECK(reasons_of(*conn) == "a-empty.txt=empty,b-blank.txt=empty,c-nul.txt=binary,d-not-utf8.txt=not_utf8");
    CHECK(baocao::testing::scalar(*conn, "SELECT file_size || ' ' || length(bytes_sha256) FROM report.rejects "
                                         "WHERE source_name = 'c-nul.txt'") == "18 64");
    // The UTF-16 file, the page's text, the hostile name and text, the repaired file: all read as the report.
    CHECK(baocao::testing::count_rows(*conn, "report.meetings WHERE locality_name = 'Thạch Hà'") == 4);
    CHECK(baocao::testing::scalar(*conn, "SELECT count(*) FROM report.documents WHERE source_name LIKE 'g tên%'") == "1");
    // A figure past 64 bits of digits is stored exactly; a 400-digit percentage is no figure.
    CHECK(baocao::testing::scalar(*conn, "SELECT count(*) FROM report.indicator_values "
                                         "WHERE value = 9999999999999999000000000") == "1");
    CHECK(baocao::testing::scalar(*conn, "SELECT count(*) FROM report.indicator_comparisons WHERE percent > 1e20") == "0");

    SECTION("a rejected file, fixed and loaded again, leaves the list") {
        write_file(dir.path() / "a-empty.txt", composed_report + std::string("Thêm một dòng.\n"));
        const auto again = run_baocao({"--db", database.conninfo(), "load", (dir.path() / "a-empty.txt").string()});
        INFO(again.log);
        CHECK(again.exit_code == 0);
        CHECK(reasons_of(*conn) == "b-blank.txt=empty,c-nul.txt=binary,d-not-utf8.txt=not_utf8");
    }
    SECTION("the report lists them by reason") {
        const auto report = run_baocao({"--db", database.conninfo(), "report", "rejects", "--format", "csv"});
        INFO(report.log);
        CHECK(report.exit_code == 0);
        CHECK(report.output.find("empty,2,") != std::string::npos);
    }
}

TEST_CASE("a size limit (--max-bytes) rejects larger files unread, and a bad value is a usage error", "[cli][db]") {
    MigratedDatabase database;
    TempDir dir;
    write_file(dir.path() / "big.txt", composed_report);
    const auto result = run_baocao({"--db", database.conninfo(), "load", "--max-bytes", "100", dir.path().string()});
    CHECK(result.exit_code == 1);
    CHECK(result.log.find("too_large") != std::string::npos);
    auto conn = database.connect();
    CHECK(reasons_of(*conn) == "big.txt=too_large");
    CHECK(run_baocao({"extract", "--max-bytes", "lots", dir.path().string()}).exit_code == 2);
    const auto extracted = run_baocao({"extract", "--max-bytes", "100", dir.path().string()});
    CHECK(extracted.exit_code == 1);
    CHECK(extracted.log.find("rejected (too_large)") != std::string::npos);
}

TEST_CASE("an interrupted load keeps what it stored, says how far it got, and a rerun finishes", "[cli][db]") {
    MigratedDatabase database;
    TempDir dir;
    constexpr int kFiles = 600;
    for (int i = 0; i < kFiles; ++i)
        write_file(dir.path() / ("bao-cao-" + std::to_string(1000 + i) + ".txt"),
                   std::string(composed_report) + "Tổng vốn đầu tư đạt " + std::to_string(100 + i) + " tỷ đồng.\n");
    TempDir scratch;  // the log is no article: kept out of the loaded directory
    const std::string out = (scratch.path() / "out.log").string();
    const std::string command = "sh -c " + shell_quote(shell_quote(BAOCAO_BINARY) + " --db " + shell_quote(database.conninfo()) +
                                                       // one document per transaction: slow enough to be interrupted
                                                       " load --batch 1 " + shell_quote(dir.path().string()) + " >" + shell_quote(out) +
                                                       " 2>&1 & pid=$!; n=0; until grep -q 'loading ' " + shell_quote(out) +
                                                       " || [ $n -ge 600 ]; do sleep 0.1; n=$((n+1)); done; sleep 0.5; "
                                                       "kill -INT $pid; wait $pid; echo \"rc=$?\" >>" +
                                                       shell_quote(out));
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string log = slurp(out);
    INFO(log);
    REQUIRE(log.find("rc=130") != std::string::npos);
    CHECK(log.find("interrupted:") != std::string::npos);
    const long long stored = [&] {
        auto conn = database.connect();
        return baocao::testing::count_rows(*conn, "report.documents");
    }();
    CHECK(stored > 0);
    CHECK(stored < kFiles);
    CHECK(summary_count(log, "files not attempted") == kFiles - stored);

    const auto rerun = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(rerun.log);
    CHECK(rerun.exit_code == 0);
    CHECK(summary_count(rerun.output, "documents unchanged") == stored);
    auto conn = database.connect();
    CHECK(baocao::testing::count_rows(*conn, "report.documents") == kFiles);
}
