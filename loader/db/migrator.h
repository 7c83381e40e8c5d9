// Versioned schema migrations: migrations/V<NNN>__<name>.sql, applied in order,
// each in one transaction together with its row in baocao_meta.schema_history,
// under an advisory lock so concurrent migrators queue instead of colliding.
//
// Data files are loaded by a directive comment on a line of its own:
//   -- baocao:copy <table> (<col>,<col>,...) FROM '<path below data_dir>' CSV|TSV
// The file's first row names its columns; the listed columns are picked from
// it by name (extra columns in the file are ignored), empty fields become NULL,
// TSV lines starting with '#' are comments. Alternatives may be given as
// 'a.tsv|b.tsv' (the first that exists is used). The directive runs at its
// place in the file (SQL before it has run, SQL after it has not), streamed with
// COPY FROM STDIN in the migration's transaction. A file's checksum covers the
// SQL text AND the data files it names, so editing either is detected.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <pqxx/pqxx>

namespace baocao::db {

struct MigrationFile {
    int version = 0;
    std::string name;             // "core_schema" from V001__core_schema.sql
    std::filesystem::path path;
    std::string checksum;         // sha256 hex of the SQL and the data files it names
    // The same, part by part ("V003__x.sql=<sha256>;catalog.tsv=<sha256>"), so
    // that a refusal can say whether the SQL or a data file changed.
    std::string parts;
};

struct MigrationState {
    MigrationFile file;
    bool applied = false;
    std::string applied_at;       // timestamptz as text, "" when pending
    double duration_ms = 0;
    std::string applied_checksum; // what the history table holds ("" when pending)
    std::string applied_parts;    // file.parts as recorded when applied ("" if unknown)
    bool modified() const { return applied && applied_checksum != file.checksum; }
};

struct MigrationError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// $BAOCAO_MIGRATIONS_DIR, else <exe>/../share/baocao/migrations, else the
// source tree's migrations/.
std::filesystem::path migrations_dir();

// The migration files of a directory, sorted by version; throws
// MigrationError on a malformed name or a duplicate version.
std::vector<MigrationFile> scan_migrations(const std::filesystem::path& migrations_dir,
                                           const std::filesystem::path& data_dir);

class Migrator {
public:
    Migrator(pqxx::connection& conn, std::filesystem::path migrations_dir,
             std::filesystem::path data_dir);

    // Applied and pending files, in version order. Also lists applied versions
    // whose file is gone (file.path empty).
    std::vector<MigrationState> status();

    // Applies every pending file; returns how many. Throws MigrationError when
    // an applied file was edited (naming it and both checksums), when a file
    // fails (naming it and PostgreSQL's message), or when a data file is missing.
    int migrate();

private:
    pqxx::connection& conn_;
    std::filesystem::path migrations_dir_;
    std::filesystem::path data_dir_;
};

}  // namespace baocao::db
