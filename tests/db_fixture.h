// Tests against a real PostgreSQL server: a fresh, uniquely named database per
// test case, created from the maintenance connection that scripts/test exports
// (BAOCAO_TEST_DB, or the PG* variables), dropped again afterwards.
// Without a server the tests FAIL, never skip: a green run must mean the
// database code ran.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <unistd.h>
#include <string>

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include "db/connection.h"
#include "db/migrator.h"
#include "text/normalize.h"

namespace baocao::testing {

inline std::string env_or_empty(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

// The maintenance database's conninfo: BAOCAO_TEST_DB, else "" (PG*
// variables), else a failed test that says how to run it.
inline std::string maintenance_conninfo() {
    const std::string explicit_db = env_or_empty("BAOCAO_TEST_DB");
    if (!explicit_db.empty()) return explicit_db;
    if (!env_or_empty("PGHOST").empty()) return "";
    FAIL("no PostgreSQL server for the [db] tests: run them through scripts/test (which starts a "
         "throwaway server), or export BAOCAO_TEST_DB='host=... port=... user=... dbname=postgres' "
         "or PGHOST/PGPORT/PGUSER");
    return "";
}

// The same connection settings with another database name (our names are
// plain [a-z0-9_]). A URI gets the name as its path; in a keyword string the
// last of repeated keywords wins, so appending dbname= overrides.
inline std::string with_dbname(const std::string& conninfo, const std::string& dbname) {
    const auto scheme = conninfo.find("://");
    const bool is_uri = conninfo.rfind("postgresql://", 0) == 0 || conninfo.rfind("postgres://", 0) == 0;
    if (!is_uri) return conninfo + (conninfo.empty() ? "" : " ") + "dbname=" + dbname;
    const auto authority_end = conninfo.find_first_of("/?", scheme + 3);
    const std::string base = conninfo.substr(0, authority_end);
    std::string query;
    if (authority_end != std::string::npos) {
        const auto question = conninfo.find('?', authority_end);
        if (question != std::string::npos) query = conninfo.substr(question);
    }
    return base + "/" + dbname + query;
}

class TempDatabase {
public:
    // template0 by default: no objects a developer may have added to template1.
    explicit TempDatabase(const std::string& template_name = "template0")
        : maintenance_(maintenance_conninfo()), name_(unique_name()) {
        auto conn = db::connect(maintenance_);
        pqxx::nontransaction tx(*conn);
        tx.exec("CREATE DATABASE " + tx.quote_name(name_) + " TEMPLATE " + tx.quote_name(template_name) +
                " ENCODING 'UTF8'");
    }

    ~TempDatabase() {
        try {
            auto conn = db::connect(maintenance_);
            pqxx::nontransaction tx(*conn);
            tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name_) + " WITH (FORCE)");
        } catch (const std::exception&) {
            // A database left behind is harmless: scripts/test throws the cluster away.
        }
    }

    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    const std::string& name() const { return name_; }
    std::string conninfo() const { return with_dbname(maintenance_, name_); }
    std::unique_ptr<pqxx::connection> connect() const { return db::connect(conninfo()); }

private:
    static std::string unique_name() {
        static std::atomic<int> counter{0};
        std::random_device random;
        return "baocao_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" +
               std::to_string(random() % 1000000);
    }

    std::string maintenance_;
    std::string name_;
};

// The project's own migrations and data files, from the source tree.
inline std::filesystem::path source_migrations_dir() {
    return std::filesystem::path(BAOCAO_SOURCE_DIR) / "migrations";
}
inline std::filesystem::path source_data_dir() { return std::filesystem::path(BAOCAO_SOURCE_DIR) / "data"; }

// A database with every migration of the source tree applied.
inline std::unique_ptr<pqxx::connection> migrated_connection(const TempDatabase& database) {
    auto conn = database.connect();
    db::Migrator(*conn, source_migrations_dir(), source_data_dir()).migrate();
    return conn;
}

// The name of a database holding every migration of the source tree, built
// once per server and per set of migration checksums, so that tests which
// only need a migrated schema copy it (CREATE DATABASE ... TEMPLATE) instead
// of loading the gazetteer again. Test processes that start together take
// turns through an advisory lock.
inline std::string migrated_template() {
    std::string checksums;
    for (const auto& file : db::scan_migrations(source_migrations_dir(), source_data_dir()))
        checksums += file.checksum;
    const std::string name = "baocao_test_template_" + text::sha256_hex(checksums).substr(0, 16);

    const std::string maintenance = maintenance_conninfo();
    auto conn = db::connect(maintenance);
    pqxx::nontransaction tx(*conn);
    tx.exec("SELECT pg_advisory_lock(hashtext('baocao test template'))");
    try {
        if (tx.exec("SELECT 1 FROM pg_database WHERE datname = " + tx.quote(name)).empty()) {
            const std::string building = name + "_building";
            tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(building) + " WITH (FORCE)");
            tx.exec("CREATE DATABASE " + tx.quote_name(building) + " TEMPLATE template0 ENCODING 'UTF8'");
            {
                auto build = db::connect(with_dbname(maintenance, building));
                db::Migrator(*build, source_migrations_dir(), source_data_dir()).migrate();
            }
            tx.exec("ALTER DATABASE " + tx.quote_name(building) + " RENAME TO " + tx.quote_name(name));
        }
    } catch (...) {
        tx.exec("SELECT pg_advisory_unlock(hashtext('baocao test template'))");
        throw;
    }
    tx.exec("SELECT pg_advisory_unlock(hashtext('baocao test template'))");
    return name;
}

// A fresh database with the project's schema already migrated.
class MigratedDatabase : public TempDatabase {
public:
    MigratedDatabase() : TempDatabase(migrated_template()) {}
};

// One value of a query, as text ("" for NULL).
inline std::string scalar(pqxx::connection& conn, const std::string& sql) {
    pqxx::read_transaction tx(conn);
    const auto rows = tx.exec(sql);
    if (rows.empty() || rows[0][0].is_null()) return "";
    return rows[0][0].as<std::string>();
}

inline long long count_rows(pqxx::connection& conn, const std::string& from_where) {
    return std::stoll(scalar(conn, "SELECT count(*) FROM " + from_where));
}

// A scratch directory removed at the end of the test case.
class TempDir {
public:
    TempDir() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                ("baocao_test_" + std::to_string(::getpid()) + "_" + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace baocao::testing
