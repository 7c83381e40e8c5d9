// Faults on the database's side: a read-only database, a role without the
// privileges, a disk that fills up in the middle of a load. Each is a clear
// error naming the problem, exit 3, and no half-stored document.
#include <pwd.h>
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "cli_support.h"
#include "db_fixture.h"

namespace {

using baocao::testing::MigratedDatabase;
using baocao::testing::TempDir;
using baocao::testing::count_rows;
using baocao::testing::maintenance_conninfo;
using baocao::testing::scalar;
using namespace baocao::testing::cli;
namespace fs = std::filesystem;

// Composed, not taken from any article.
std::string report(int n) {
    return "Huyện Nghi Xuân sơ kết năm 2024\n\nSáng 5/12, Ban Chấp hành Đảng bộ huyện Nghi Xuân (Hà Tĩnh) tổ chức "
           "hội nghị sơ kết năm 2024.\n\nTổng thu ngân sách trên địa bàn ước đạt " +
           std::to_string(n) + " tỷ đồng, đạt 70% dự toán.\n";
}

void write_reports(const fs::path& dir, const std::vector<int>& amounts) {
    for (std::size_t i = 0; i < amounts.size(); ++i)
        write_file(dir / ("bao-cao-" + std::to_string(i + 1) + ".txt"), report(amounts[i]));
}

void as_superuser(const std::string& sql, const std::string& dbname = "") {
    auto conn = baocao::db::connect(dbname.empty() ? maintenance_conninfo()
                                                   : baocao::testing::with_dbname(maintenance_conninfo(), dbname));
    pqxx::nontransaction tx(*conn);
    tx.exec(sql);
}

// A login role for one test, dropped after the databases it has rights in.
struct TestRole {
    std::string name = "baocao_test_role_" + std::to_string(::getpid());
    TestRole() { as_superuser("DROP ROLE IF EXISTS " + name + "; CREATE ROLE " + name + " LOGIN"); }
    ~TestRole() {
        try {
            as_superuser("DROP ROLE IF EXISTS " + name);
        } catch (const std::exception&) {
        }
    }
};

}  // namespace

TEST_CASE("a read-only database: load says so, exits 3 and stores nothing", "[cli][db][faults]") {
    MigratedDatabase database;
    TempDir dir;
    write_reports(dir.path(), {100, 200});
    as_superuser("ALTER DATABASE " + database.name() + " SET default_transaction_read_only = on");
    const auto result = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(result.log << result.output);
    CHECK(result.exit_code == 3);
    CHECK(result.log.find("read-only (default_transaction_read_only = on)") != std::string::npos);
    as_superuser("ALTER DATABASE " + database.name() + " RESET default_transaction_read_only");
    auto conn = database.connect();
    CHECK(count_rows(*conn, "report.documents") == 0);
}

TEST_CASE("a role without INSERT rights: load names the privilege, exits 3 and stores nothing", "[cli][db][faults]") {
    TestRole role;  // dropped after the database
    MigratedDatabase database;
    TempDir dir;
    write_reports(dir.path(), {100});
    as_superuser("GRANT USAGE ON SCHEMA baocao, baocao_meta, report TO " + role.name +
                     "; GRANT SELECT ON ALL TABLES IN SCHEMA baocao, baocao_meta, report TO " + role.name,
                 database.name());
    const auto result = run_baocao({"--db", database.conninfo() + " user=" + role.name, "load", dir.path().string()});
    INFO(result.log << result.output);
    CHECK(result.exit_code == 3);
    CHECK(result.log.find("the role " + role.name + " may not DELETE on baocao.documents, INSERT on baocao.documents") !=
          std::string::npos);
    CHECK(result.log.find("GRANT") != std::string::npos);
    auto conn = database.connect();
    CHECK(count_rows(*conn, "report.documents") == 0);
    as_superuser("DROP OWNED BY " + role.name, database.name());
}

TEST_CASE("a database that fills up mid-load: exit 3, stored documents kept, none half-stored, a rerun finishes",
          "[cli][db][faults]") {
    MigratedDatabase database;
    TempDir dir;
    write_reports(dir.path(), {100, 200, 777, 400, 500});
    // The third document's figure meets a full disk after its document row went in.
    as_superuser(R"(
        CREATE FUNCTION pg_temp_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.value = 777000000000 THEN
                RAISE EXCEPTION 'could not extend file: No space left on device (simulated)' USING ERRCODE = 'disk_full';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER disk_full BEFORE INSERT ON baocao.indicator_values
            FOR EACH ROW EXECUTE FUNCTION pg_temp_disk_full();)",
                 database.name());
    // In batches (the default), the batch that meets the full disk leaves nothing and the load stops.
    const auto batched = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(batched.log << batched.output);
    CHECK(batched.exit_code == 3);
    CHECK(batched.log.find("the server's disk is full") != std::string::npos);
    {
        auto conn = database.connect();
        CHECK(count_rows(*conn, "report.documents") == 0);
        CHECK(count_rows(*conn, "baocao.indicator_values") == 0);
    }
    // One document a transaction: those before the full disk stay.
    const auto result = run_baocao({"--db", database.conninfo(), "load", "--batch", "1", dir.path().string()});
    INFO(result.log << result.output);
    CHECK(result.exit_code == 3);
    CHECK(result.log.find("bao-cao-3.txt: not loaded") != std::string::npos);
    CHECK(result.log.find("the server's disk is full") != std::string::npos);
    CHECK(summary_count(result.output, "files not attempted") == 2);
    auto conn = database.connect();
    CHECK(scalar(*conn, "SELECT string_agg(source_name, ',' ORDER BY source_name) FROM report.documents") ==
          "bao-cao-1.txt,bao-cao-2.txt");
    CHECK(count_rows(*conn, "baocao.indicator_values WHERE value = 777000000000") == 0);

    as_superuser("DROP TRIGGER disk_full ON baocao.indicator_values", database.name());
    const auto rerun = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    INFO(rerun.log);
    CHECK(rerun.exit_code == 0);
    CHECK(summary_count(rerun.output, "documents new") == 3);
    CHECK(summary_count(rerun.output, "documents unchanged") == 2);
}

TEST_CASE("a disk that is really full: documents on a 1 MB tablespace", "[cli][db][faults][root]") {
    const passwd* server_user = ::getpwnam("postgres");
    TempDir mount_point;
    const fs::path tiny = mount_point.path() / "tiny";
    fs::create_directories(tiny);
    if (::geteuid() != 0 || !server_user || ::mount("tmpfs", tiny.c_str(), "tmpfs", 0, "size=1m") != 0) {
        WARN("not root, or no tmpfs mount allowed here: the full-disk check on a real tablespace is skipped");
        return;
    }
    struct Unmount {
        fs::path at;
        ~Unmount() { ::umount2(at.c_str(), MNT_DETACH); }
    } unmount{tiny};
    REQUIRE(::chown(tiny.c_str(), server_user->pw_uid, server_user->pw_gid) == 0);
    const std::string tablespace = "baocao_test_tiny_" + std::to_string(::getpid());
    as_superuser("CREATE TABLESPACE " + tablespace + " LOCATION '" + tiny.string() + "'");
    struct DropTablespace {
        std::string name;
        ~DropTablespace() {
            try {
                as_superuser("DROP TABLESPACE IF EXISTS " + name);
            } catch (const std::exception&) {
            }
        }
    } drop{tablespace};
    {
        MigratedDatabase database;
        as_superuser("ALTER TABLE baocao.documents SET TABLESPACE " + tablespace, database.name());
        TempDir dir;
        // Texts that do not compress: each takes its room on the tablespace.
        std::uint64_t state = 12345;
        for (int i = 0; i < 60; ++i) {
            std::string text = report(100 + i);
            for (int w = 0; w < 3000; ++w) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                text += "ngân sách " + std::to_string(state >> 20) + (w % 12 == 11 ? ".\n" : " ");
            }
            write_file(dir.path() / ("dai-" + std::to_string(100 + i) + ".txt"), text);
        }
        const auto result = run_baocao({"--db", database.conninfo(), "load", "--batch", "1", dir.path().string()});
        INFO(result.log << result.output);
        CHECK(result.exit_code == 3);
        CHECK(result.log.find("No space left on device") != std::string::npos);
        CHECK(result.log.find("the server's disk is full") != std::string::npos);
        auto conn = database.connect();
        const long long stored = count_rows(*conn, "report.documents");
        CHECK(stored > 0);
        CHECK(stored < 60);
        CHECK(summary_count(result.output, "documents new") == stored);
        CHECK(summary_count(result.output, "files not attempted") == 60 - stored - 1);
    }
}

TEST_CASE("four loaders at once on overlapping inputs store every document once", "[cli][db][faults]") {
    MigratedDatabase database;
    TempDir dir;
    // Four directories of 30 files each; each shares half its files (same text) with the next.
    for (int d = 0; d < 4; ++d) {
        fs::create_directories(dir.path() / ("part" + std::to_string(d)));
        for (int i = 0; i < 30; ++i) {
            const int n = d * 15 + i;
            write_file(dir.path() / ("part" + std::to_string(d)) / ("bao-cao-" + std::to_string(n) + ".txt"),
                       report(1000 + n));
        }
    }
    std::string script;
    for (int d = 0; d < 4; ++d)
        script += shell_quote(BAOCAO_BINARY) + " --quiet --db " + shell_quote(database.conninfo()) + " load " +
                  shell_quote((dir.path() / ("part" + std::to_string(d))).string()) + " >/dev/null 2>&1 & p" + std::to_string(d) + "=$!; ";
    script += "s=0; for p in $p0 $p1 $p2 $p3; do wait $p || s=1; done; exit $s";
    const std::string command = "sh -c " + shell_quote(script);
    CHECK(std::system(command.c_str()) == 0);
    auto conn = database.connect();
    CHECK(count_rows(*conn, "report.documents") == 75);  // 4 * 15 distinct texts + the last 15
    CHECK(scalar(*conn, "SELECT count(DISTINCT source_name) FROM report.documents") == "75");
}

TEST_CASE("a server that drops the connection mid-load: exit 3, stored documents kept, a rerun finishes",
          "[cli][db][faults]") {
    MigratedDatabase database;
    TempDir dir;
    constexpr int kFiles = 600;  // one document a transaction: slow enough to be cut off mid-load
    for (int i = 0; i < kFiles; ++i) write_file(dir.path() / ("bao-cao-" + std::to_string(1000 + i) + ".txt"), report(i));
    TempDir scratch;
    const std::string out = (scratch.path() / "out.log").string();
    const std::string rc = (scratch.path() / "rc").string();
    const std::string script = shell_quote(BAOCAO_BINARY) + " --db " + shell_quote(database.conninfo()) +
                               " load --batch 1 --jobs 1 " +
                               shell_quote(dir.path().string()) + " >" + shell_quote(out) + " 2>&1; echo $? >" +
                               shell_quote(rc);
    REQUIRE(std::system(("sh -c " + shell_quote(script) + " &").c_str()) == 0);
    for (int n = 0; n < 600 && slurp(out).find("loading ") == std::string::npos; ++n) ::usleep(100000);
    ::usleep(300000);
    as_superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database.name() + "'");
    for (int n = 0; n < 600 && slurp(rc).empty(); ++n) ::usleep(100000);
    const std::string log = slurp(out);
    INFO(log);
    REQUIRE(slurp(rc) == "3\n");
    CHECK(log.find("lost the database connection") != std::string::npos);
    auto conn = database.connect();
    const long long stored = count_rows(*conn, "report.documents");
    CHECK(stored < kFiles);
    const auto rerun = run_baocao({"--db", database.conninfo(), "load", dir.path().string()});
    CHECK(rerun.exit_code == 0);
    CHECK(summary_count(rerun.output, "documents unchanged") == stored);
    CHECK(count_rows(*conn, "report.documents") == kFiles);
}
