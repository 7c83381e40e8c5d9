// Schema migrations, applied by `baocao migrate` under an advisory lock so that
// concurrent migrators queue instead of colliding, each file in one transaction
// together with its row in baocao_meta.schema_history:
//  - versioned: migrations/V<NNN>__<name>.sql, applied once, in version order;
//  - repeatable: migrations/R__<name>.sql, applied after every versioned one, in
//    name order, and applied AGAIN whenever its checksum differs from the one of
//    its last application (history keeps a row per application, version NULL).
//
// Data files are loaded by a directive comment on a line of its own:
//   -- baocao:copy <table> (<col>,<col>,...) FROM '<path below data_dir>' CSV|TSV
// The file's first row names its columns; the listed columns are picked from
// it by name (extra columns in the file are ignored), empty fields become NULL,
// TSV lines starting with '#' are comments. Alternatives may be given as
// 'a.tsv|b.tsv' (the first that exists is used). The directive runs at its
// place in the file (SQL before it has run, SQL after it has not), streamed with
// COPY FROM STDIN in the migration's transaction. A file's checksum covers the
// SQL text AND the data files it names.
//
// An applied versioned file whose checksum changed stops the run, unless every
// changed part is a data file that a repeatable migration also loads: such a
// file may be edited freely (the repeatable one re-runs and picks it up). An
// edited SQL text, or a changed data file no repeatable migration loads, is
// refused; so is any change to a file whose history row predates the recorded
// parts (nothing tells which part changed).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <pqxx/pqxx>

namespace baocao::db {

struct MigrationFile {
    enum class Kind { versioned, repeatable };
    Kind kind = Kind::versioned;
    int version = 0;              // 0 for a repeatable migration
    std::string name;             // "core_schema" from V001__core_schema.sql
    std::filesystem::path path;
    std::string checksum;         // sha256 hex of the SQL and the data files it names
    // The same, part by part ("V003__x.sql=<sha256>;catalog.tsv=<sha256>"), so
    // that a refusal can say whether the SQL or a data file changed.
    std::string parts;
    // Every data file its copy directives name, alternatives included
    // ("gazetteer/units_2024.csv"), relative to data_dir.
    std::vector<std::string> data_files;
    bool repeatable() const { return kind == Kind::repeatable; }
    std::string label() const;    // "V003__x.sql", "R__x.sql"
};

struct MigrationState {
    MigrationFile file;
    bool applied = false;
    std::string applied_at;       // timestamptz as text, "" when pending
    double duration_ms = 0;
    std::string applied_checksum; // what the history table holds ("" when pending)
    std::string applied_parts;    // file.parts as recorded when applied ("" if unknown)
    // For an applied versioned file whose only changes are data files that
    // repeatable migrations load again: "indicator_catalog.tsv (R__indicator_catalog.sql)".
    std::string reloaded_data;
    bool checksum_changed() const {
        return applied && !file.path.empty() && applied_checksum != file.checksum;
    }
    // A versioned file edited in a way the migrator refuses.
    bool modified() const { return !file.repeatable() && checksum_changed() && reloaded_data.empty(); }
    // A repeatable file never applied, or changed since its last application.
    bool will_rerun() const { return file.repeatable() && checksum_changed(); }
    bool pending() const { return !applied || will_rerun(); }
};

struct MigrationError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// $BAOCAO_MIGRATIONS_DIR, else <exe>/../share/baocao/migrations, else the
// source tree's migrations/.
std::filesystem::path migrations_dir();

// The migration files of a directory: versioned ones by version, then
// repeatable ones by name; throws MigrationError on a malformed name or a
// duplicate version.
std::vector<MigrationFile> scan_migrations(const std::filesystem::path& migrations_dir,
                                           const std::filesystem::path& data_dir);

class Migrator {
public:
    Migrator(pqxx::connection& conn, std::filesystem::path migrations_dir,
             std::filesystem::path data_dir);

    // Applied and pending files, versioned then repeatable, in the order they
    // run. Also lists applied ones whose file is gone (file.path empty).
    std::vector<MigrationState> status();

    // Applies every pending versioned file, then every repeatable file that is
    // new or changed; returns how many ran. Throws MigrationError when an
    // applied versioned file was edited in a way it refuses (naming it, both
    // checksums and the changed parts), when a file fails (naming it and
    // PostgreSQL's message), or when a data file is missing.
    int migrate();

private:
    pqxx::connection& conn_;
    std::filesystem::path migrations_dir_;
    std::filesystem::path data_dir_;
};

}  // namespace baocao::db
