#include "db/preflight.h"

#include <string>

#include "db/connection.h"

namespace baocao::db {

void check_can_store(pqxx::connection& conn) {
    pqxx::read_transaction tx(conn);  // READ ONLY itself: the session's default is what tells
    const std::string database = conn.dbname() ? conn.dbname() : "?";
    if (tx.exec1("SELECT pg_is_in_recovery()")[0].as<bool>())
        throw DbError("cannot load into " + database + ": the server is a standby (read-only replica); " +
                          database_fault_hint("25006"),
                      "25006");
    if (tx.exec1("SELECT current_setting('default_transaction_read_only')")[0].as<std::string>() == "on")
        throw DbError("cannot load into " + database +
                          ": its sessions are read-only (default_transaction_read_only = on); " +
                          database_fault_hint("25006") + ", or ALTER DATABASE " + database +
                          " SET default_transaction_read_only = off",
                      "25006");
    // The tables a load writes: documents, what hangs off it, and the rejects.
    const auto missing = tx.exec(R"(
        WITH RECURSIVE owned(table_oid) AS (
            SELECT 'baocao.documents'::regclass::oid
            UNION
            SELECT c.conrelid FROM pg_constraint c JOIN owned o ON c.confrelid = o.table_oid
            WHERE c.contype = 'f' AND c.conrelid <> c.confrelid
        ), needed(table_oid, privilege) AS (
            SELECT table_oid, p FROM owned, unnest(ARRAY['SELECT', 'INSERT']) p
            UNION ALL SELECT 'baocao.documents'::regclass::oid, p FROM unnest(ARRAY['UPDATE', 'DELETE']) p
            UNION ALL SELECT 'baocao.rejects'::regclass::oid, p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p
        )
        SELECT privilege || ' on ' || table_oid::regclass::text FROM needed
        WHERE NOT has_table_privilege(table_oid, privilege)
        ORDER BY table_oid::regclass::text = 'baocao.documents' DESC, table_oid::regclass::text, privilege)");
    if (missing.empty()) return;
    std::string listed;
    for (std::size_t i = 0; i < missing.size() && i < 3; ++i) listed += (i ? ", " : "") + missing[i][0].as<std::string>();
    if (missing.size() > 3) listed += " (" + std::to_string(missing.size()) + " privileges missing in all)";
    throw DbError("cannot load into " + database + ": the role " + tx.exec1("SELECT current_user")[0].as<std::string>() +
                      " may not " + listed + "; " + database_fault_hint("42501"),
                  "42501");
}

}  // namespace baocao::db
