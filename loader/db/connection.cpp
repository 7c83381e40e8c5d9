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

std::string describe(pqxx::connection& conn) {
    const char* host = conn.hostname();
    const char* port = conn.port();
    const char* dbname = conn.dbname();
    return std::string(dbname ? dbname : "?") + "@" + (host && *host ? host : "local socket") + ":" +
           (port ? port : "?");
}

}  // namespace baocao::db
