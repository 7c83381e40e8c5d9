// Scaling out: four `baocao load` processes started at once on overlapping
// parts of the shared seeds and corpus, into one database, store every
// document exactly once, with the same facts as one loader alone.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <fcntl.h>
#include <map>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <catch2/catch.hpp>

#include "db_fixture.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using baocao::testing::count_rows;
using baocao::testing::MigratedDatabase;
using baocao::testing::scalar;
using baocao::testing::TempDir;

std::string slurp(const fs::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::path shared_dir() {
    if (const char* shared = std::getenv("BAOCAO_SHARED"); shared && *shared) return shared;
    return fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared";
}

std::vector<std::string> shared_articles() {
    std::vector<std::string> files;
    for (const char* part : {"seeds", "corpus"}) {
        const fs::path dir = shared_dir() / part;
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Starts `baocao --quiet --db CONNINFO load FILES...`: its summary thrown
// away, its log (warnings and errors) into log_path.
pid_t start_load(const std::string& conninfo, const std::vector<std::string>& files, const fs::path& log_path) {
    std::vector<std::string> args = {BAOCAO_BINARY, "--quiet", "--db", conninfo, "load"};
    args.insert(args.end(), files.begin(), files.end());
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = -1;
    const int failed = posix_spawn(&pid, BAOCAO_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(failed == 0);
    return pid;
}

int exit_code_of(pid_t pid) {
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Rows per fact table and the stored (source_name, sha256) pairs, to compare two loads.
std::map<std::string, long long> table_counts(pqxx::connection& conn) {
    std::map<std::string, long long> counts;
    for (const char* table : {"documents", "meetings", "persons", "official_mentions", "indicator_values",
                              "indicator_comparisons", "targets", "place_mentions", "evidence", "rejects"})
        counts[table] = count_rows(conn, std::string("baocao.") + table);
    counts["distinct sha256"] = count_rows(conn, "(SELECT DISTINCT sha256 FROM baocao.documents) AS d");
    counts["distinct source_name"] = count_rows(conn, "(SELECT DISTINCT source_name FROM baocao.documents) AS d");
    return counts;
}

}  // namespace

TEST_CASE("four loaders at once on overlapping inputs store each document once", "[db][cli][corpus][concurrency]") {
    const auto files = shared_articles();
    if (files.size() < 8) {
        WARN("no shared seeds and corpus at " << shared_dir().string() << " ($BAOCAO_SHARED): skipped");
        return;
    }
    // One loader alone: what the four together must end with.
    TempDir logs;
    MigratedDatabase alone;
    const pid_t single = start_load(alone.conninfo(), files, logs.path() / "alone.log");
    const int single_exit = exit_code_of(single);
    INFO("the loader alone logged:\n" << slurp(logs.path() / "alone.log"));
    REQUIRE((single_exit == 0 || single_exit == 1));  // 1: some files rejected, the rest stored
    auto alone_conn = alone.connect();
    const auto expected = table_counts(*alone_conn);
    REQUIRE(expected.at("documents") > 0);

    // Loader k takes every quarter but quarter k+3 (wrapping): every file goes
    // to three loaders, and three of them start on the first quarter together.
    const std::size_t quarter = (files.size() + 3) / 4;
    MigratedDatabase shared;
    std::vector<pid_t> loaders;
    for (std::size_t k = 0; k < 4; ++k) {
        std::vector<std::string> part;
        for (std::size_t i = 0; i < files.size(); ++i) {
            const std::size_t q = i / quarter;
            if (q != (k + 3) % 4) part.push_back(files[i]);
        }
        loaders.push_back(start_load(shared.conninfo(), part, logs.path() / ("loader" + std::to_string(k) + ".log")));
    }
    for (std::size_t k = 0; k < loaders.size(); ++k) {
        const int code = exit_code_of(loaders[k]);
        INFO("loader " << k << " exited " << code << ", logged:\n"
                       << slurp(logs.path() / ("loader" + std::to_string(k) + ".log")));
        // The same exit as the loader alone when it saw a rejected file, else 0.
        CHECK((code == 0 || code == single_exit));
    }

    auto conn = shared.connect();
    const auto counts = table_counts(*conn);
    CHECK(counts == expected);
    CHECK(counts.at("documents") == counts.at("distinct sha256"));
    CHECK(counts.at("documents") == counts.at("distinct source_name"));
    CHECK(scalar(*conn, "SELECT count(*) FROM baocao.documents d JOIN baocao.documents e "
                        "ON d.document_id < e.document_id AND d.sha256 = e.sha256") == "0");
}
