// A BI tool's view of the database: tests/jdbc/ReaderAccessCheck.java, run
// with Debian's PostgreSQL JDBC driver (the one Metabase and many BI tools
// use), connects as a reader login made here and checks through
// DatabaseMetaData that the report views and their column comments are
// visible and that base tables and writes are refused.
#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>

#include "cli_support.h"
#include "db_fixture.h"
#include "test_report_support.h"

using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

const char* jdbc_jar = "/usr/share/java/postgresql.jar";

using baocao::testing::cli::shell_quote;

// Runs a shell command; returns its exit status and stdout+stderr.
std::pair<int, std::string> run_command(const std::string& command) { return baocao::testing::cli::run_shell(command); }

// A login in the reader role, dropped again when the test ends (roles are
// cluster-wide, so the name is unique to this run).
class ReaderLogin {
public:
    ReaderLogin(pqxx::connection& conn, std::string name) : conn_(conn), name_(std::move(name)) {
        pqxx::nontransaction tx(conn_);
        tx.exec("CREATE ROLE " + tx.quote_name(name_) + " LOGIN PASSWORD " + tx.quote(password()) +
                " IN ROLE baocao_reader");
    }
    ~ReaderLogin() {
        try {
            pqxx::nontransaction tx(conn_);
            tx.exec("DROP ROLE IF EXISTS " + tx.quote_name(name_));
        } catch (const std::exception&) {
        }
    }
    const std::string& name() const { return name_; }
    static std::string password() { return "read-only-secret"; }

private:
    pqxx::connection& conn_;
    std::string name_;
};

// JDBC URL for the test server: TCP when it has a host name, else its unix
// socket through tests/jdbc/UnixSocketFactory (scripts/test's server listens
// on a socket only).
std::string jdbc_url(pqxx::connection& conn, const std::string& dbname) {
    const std::string host = conn.hostname() ? conn.hostname() : "";
    const std::string port = conn.port() ? conn.port() : "5432";
    if (!host.empty() && host[0] != '/')
        return "jdbc:postgresql://" + host + ":" + port + "/" + dbname;
    const std::string socket_dir = host.empty() ? "/var/run/postgresql" : host;
    return "jdbc:postgresql://localhost:" + port + "/" + dbname +
           "?socketFactory=UnixSocketFactory&socketFactoryArg=" + socket_dir + "/.s.PGSQL." + port;
}

}  // namespace

TEST_CASE("a JDBC client in the reader role sees the report views and nothing else", "[report][db][jdbc]") {
    if (!fs::exists(jdbc_jar) || run_command("command -v javac && command -v java").first != 0)
        FAIL("the JDBC check needs javac, java and " << jdbc_jar
                                                     << ": apt-get install default-jdk-headless libpostgresql-jdbc-java");

    TempDatabase database;
    auto conn = migrated_connection(database);
    TempDir classes;
    const fs::path sources = fs::path(BAOCAO_SOURCE_DIR) / "tests" / "jdbc";
    const auto compiled = run_command("javac -d " + shell_quote(classes.path().string()) + " -cp " + jdbc_jar + " " +
                                      shell_quote((sources / "ReaderAccessCheck.java").string()) + " " +
                                      shell_quote((sources / "UnixSocketFactory.java").string()));
    INFO(compiled.second);
    REQUIRE(compiled.first == 0);

    ReaderLogin login(*conn, database.name() + "_bi");
    const std::string views = "figures plan_fulfilment targets_vs_actuals officials official_titles "
                              "meetings_by_official evidence quality_flags periods localities indicators "
                              "documents meetings official_mentions indicator_values indicator_comparisons targets";
    const auto checked = run_command("java -cp " + std::string(jdbc_jar) + ":" + shell_quote(classes.path().string()) +
                                     " ReaderAccessCheck " + shell_quote(jdbc_url(*conn, database.name())) + " " +
                                     shell_quote(login.name()) + " " + shell_quote(ReaderLogin::password()) + " " +
                                     views);
    INFO(checked.second);
    CHECK(checked.first == 0);
    CHECK(checked.second.find("ALL CHECKS PASSED") != std::string::npos);
    CHECK(checked.second.find("ok refused: select from \"baocao\".\"documents\"") != std::string::npos);
    CHECK(checked.second.find("ok report.targets_vs_actuals") != std::string::npos);
}
