#include "db/connection.h"

#include <spdlog/spdlog.h>

namespace baocao::db {

namespace {
// What libpq would connect to, for the error message: the conninfo given, or
// the PG* variables that stand in for it.
std::string target_description(const std::string& conninfo) {
    if (!conninfo.empty()) return "'" + conninfo + "'";
    std::string described = "the PG* environment (";
    bool any = false;
    for (const char* name : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE"}) {
        if (const char* value = std::getenv(name); value && *value) {
            described += std::string(any ? ", " : "") + name + "=" + value;
            any = true;
        }
    }
    return described + (any ? ")" : "none set: libpq defaults)");
}
}  // namespace

std::unique_ptr<pqxx::connection> connect(const std::string& conninfo) {
    try {
        auto conn = std::make_unique<pqxx::connection>(conninfo);
        // Facts are compared and sliced as text: make the session's encoding
        // explicit whatever the client locale says.
        conn->set_client_encoding("UTF8");
        spdlog::debug("connected to {}", describe(*conn));
        return conn;
    } catch (const pqxx::broken_connection& e) {
        std::string reason = e.what();
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
        throw DbError("cannot connect to PostgreSQL via " + target_description(conninfo) + ": " +
                      reason +
                      " — pass --db 'host=... port=... dbname=...' (or a postgresql:// URI), "
                      "set PGHOST/PGPORT/PGDATABASE/PGUSER, or start the project's local "
                      "database with the setup script");
    }
}

bool is_database_fault(const std::string& sqlstate) {
    if (sqlstate.size() != 5) return false;
    const std::string klass = sqlstate.substr(0, 2);
    return sqlstate == "42501" || sqlstate == "25006" || klass == "53" || klass == "58" || sqlstate.rfind("57P", 0) == 0;
}

std::string database_fault_hint(const std::string& sqlstate) {
    if (sqlstate == "42501")
        return "the role lacks a privilege the load needs (INSERT, UPDATE, DELETE on baocao.*): connect as the "
               "schema's owner or GRANT them";
    if (sqlstate == "25006")
        return "the database is read-only (default_transaction_read_only, or a standby server): load into a "
               "writable one";
    if (sqlstate == "53100") return "the server's disk is full: free space or move the database, then load again";
    if (sqlstate.rfind("53", 0) == 0) return "the server ran out of a resource (memory, connections): load again later";
    if (sqlstate.rfind("57P", 0) == 0) return "the server is shutting down or restarting: load again when it is up";
    return "the server failed to read or write its files: see its log, then load again";
}

std::string describe(pqxx::connection& conn) {
    const char* host = conn.hostname();
    const char* port = conn.port();
    const char* dbname = conn.dbname();
    return std::string(dbname ? dbname : "?") + "@" + (host && *host ? host : "local socket") + ":" +
           (port ? port : "?");
}

}  // namespace baocao::db
