// baocao migrate [--status]: applies migrations/V<NNN>__<name>.sql in order.
#include <cstdio>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "db/connection.h"
#include "db/migrator.h"
#include "extract/stage.h"

namespace baocao::cli {

namespace {

void print_status(const std::vector<db::MigrationState>& states) {
    std::printf("%-8s %-28s %-9s %-32s %s\n", "version", "name", "state", "applied_at", "duration");
    std::size_t pending = 0;
    for (const auto& state : states) {
        std::string label = !state.applied ? "pending" : state.file.path.empty() ? "no-file"
                          : state.modified() ? "MODIFIED" : "applied";
        if (!state.applied) ++pending;
        char row[256];
        std::snprintf(row, sizeof row, "V%03d     %-28s %-9s %-32s", state.file.version,
                      state.file.name.c_str(), label.c_str(), state.applied_at.c_str());
        std::string line = row;
        if (state.applied) line += std::to_string(static_cast<long long>(state.duration_ms)) + " ms";
        while (!line.empty() && line.back() == ' ') line.pop_back();
        std::printf("%s\n", line.c_str());
        if (state.modified())
            std::printf("         edited after it was applied: applied sha256 %s, file sha256 %s\n",
                        state.applied_checksum.c_str(), state.file.checksum.c_str());
    }
    std::printf("%zu applied, %zu pending\n", states.size() - pending, pending);
}

int run_migrate(const Invocation& invocation) {
    auto conn = open_database(invocation);
    if (!conn) return exit_database;
    try {
        db::Migrator migrator(*conn, db::migrations_dir(), extract::data_dir());
        if (invocation.has("status")) {
            print_status(migrator.status());
            return exit_ok;
        }
        const int applied = migrator.migrate();
        if (applied == 0) spdlog::debug("nothing to apply on {}", db::describe(*conn));
        else spdlog::info("applied {} migration{} to {}", applied, applied == 1 ? "" : "s",
                          db::describe(*conn));
        return exit_ok;
    } catch (const std::exception& e) {  // MigrationError names the file
        spdlog::error("migration: {}", e.what());
        return exit_database;
    }
}

Command make_migrate_command() {
    Command command;
    command.name = "migrate";
    command.synopsis = "";
    command.summary = "create or update the database schema (migrations/V<NNN>__<name>.sql)";
    command.description =
        "Applies every pending migration in version order, each in one transaction together\n"
        "with its row in baocao_meta.schema_history (version, name, SHA-256, applied_at,\n"
        "duration), under an advisory lock so that two migrators started at once queue.\n"
        "A migration edited after it was applied stops the run, naming the file and both\n"
        "checksums. Running it again when nothing is pending changes nothing.\n"
        "Migrations are read from $BAOCAO_MIGRATIONS_DIR, else the installed share/baocao/\n"
        "migrations, else the source tree's migrations/; data files from $BAOCAO_DATA_DIR\n"
        "likewise.";
    command.options = {
        {"status", "", "list applied and pending migrations instead of applying them"},
    };
    command.examples =
        "  baocao migrate                                   # PG* variables pick the database\n"
        "  baocao migrate --status\n"
        "  baocao migrate --db 'host=/tmp port=5432 dbname=baocao'\n"
        "  baocao migrate --db postgresql://analyst@db.example.org/baocao";
    command.run = run_migrate;
    return command;
}

}  // namespace

REGISTER_COMMAND(make_migrate_command());

}  // namespace baocao::cli
