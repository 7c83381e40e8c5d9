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
    using std::runtime_error::runtime_error;
};

// conninfo: a libpq conninfo string ("host=/tmp/sock port=5432 dbname=x") or a
// URI ("postgresql://user@host/db"); "" = libpq's PG* environment variables.
// Throws DbError naming the target and hinting at --db / PGHOST when it fails.
std::unique_ptr<pqxx::connection> connect(const std::string& conninfo);

// "dbname@host:port" for logs, without the password.
std::string describe(pqxx::connection& conn);

}  // namespace baocao::db
