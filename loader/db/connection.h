// Opening a PostgreSQL connection the libpq way. Every SQL statement of the
// loader lives in this layer (loader/db); other layers only see these types.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include <pqxx/pqxx>

namespace baocao::db {

// A database problem the user can act on; the message says what to do.
struct DbError : std::runtime_error {
    explicit DbError(const std::string& message, std::string state = "")
        : std::runtime_error(message), sqlstate(std::move(state)) {}
    std::string sqlstate;  // the server's SQLSTATE when it refused a statement, else ""
};

// A refusal that is the database's, not the document's: no privilege (42501),
// a read-only transaction or server (25006), a full disk or other exhausted
// resource (class 53), an I/O or system error (class 58), a shutdown (57P).
// Every later document would fail the same way: a load stops (exit 3).
bool is_database_fault(const std::string& sqlstate);

// What to do about it, for the error message: "the role may not write ...".
std::string database_fault_hint(const std::string& sqlstate);

// conninfo: a libpq conninfo string ("host=/tmp/sock port=5432 dbname=x") or a
// URI ("postgresql://user@host/db"); "" = libpq's PG* environment variables.
// Throws DbError naming the target and hinting at --db / PGHOST when it fails.
std::unique_ptr<pqxx::connection> connect(const std::string& conninfo);

// "dbname@host:port" for logs, without the password.
std::string describe(pqxx::connection& conn);

}  // namespace baocao::db
