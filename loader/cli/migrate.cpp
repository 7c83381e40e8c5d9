// baocao migrate [--status]: applies migrations/V<NNN>__<name>.sql in order,
// then the repeatable migrations/R__<name>.sql that are new or changed.
#include <cstdio>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "db/connection.h"
#include "db/migrator.h"
#include "extract/stage.h"

namespace baocao::cli {

namespace {

std::string state_label(const db::MigrationState& state) {
    if (!state.applied) return "pending";
    if (state.file.path.empty()) return "no-file";
    if (state.modified()) return "MODIFIED";
    if (state.will_rerun()) return "changed";
    return "applied";
}

void print_status(const std::vector<db::MigrationState>& states) {
    std::printf("%-8s %-28s %-9s %-32s %s\n", "version", "name", "state", "applied_at", "duration");
    std::size_t pending = 0, rerun = 0;
    for (const auto& state : states) {
        if (!state.applied) ++pending;
        if (state.will_rerun()) ++rerun;
        char version[16];
        if (state.file.repeatable()) std::snprintf(version, sizeof version, "R");
        else std::snprintf(version, sizeof version, "V%03d", state.file.version);
        char row[256];
        std::snprintf(row, sizeof row, "%-8s %-28s %-9s %-32s", version, state.file.name.c_str(),
                      state_label(state).c_str(), state.applied_at.c_str());
        std::string line = row;
        if (state.applied) line += std::to_string(static_cast<long long>(state.duration_ms)) + " ms";
        while (!line.empty() && line.back() == ' ') line.pop_back();
        std::printf("%s\n", line.c_str());
        if (state.modified())
            std::printf("         edited after it was applied: applied sha256 %s, file sha256 %s\n",
                        state.applied_checksum.c_str(), state.file.checksum.c_str());
        if (state.will_rerun())
            std::printf("         changed since it was last applied: will run again\n");
        if (!state.reloaded_data.empty())
            std::printf("         data changed since applied, loaded again by: %s\n",
                        state.reloaded_data.c_str());
    }
    std::printf("%zu applied, %zu pending, %zu repeatable to run again\n", states.size() - pending, pending,
                rerun);
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
    command.summary = "create or update the database schema (migrations/V<NNN>__<name>.sql, R__<name>.sql)";
    command.description =
        "Applies every pending migration in version order, each in one transaction together\n"
        "with its row in baocao_meta.schema_history (version, name, SHA-256, applied_at,\n"
        "duration), under an advisory lock so that two migrators started at once queue.\n"
        "Then the repeatable migrations R__<name>.sql, in name order: each runs when new and\n"
        "again whenever it or a data file it loads changed (the indicator catalog, its\n"
        "semantics and the plan basis terms are reloaded this way, so editing those files\n"
        "and running migrate picks the change up).\n"
        "A versioned migration edited after it was applied stops the run, naming the file,\n"
        "both checksums and the changed parts; a changed data file that a repeatable\n"
        "migration reloads is not an edit. Running it again when nothing changed changes\n"
        "nothing.\n"
        "Migrations are read from $BAOCAO_MIGRATIONS_DIR, else the installed share/baocao/\n"
        "migrations, else the source tree's migrations/; data files from $BAOCAO_DATA_DIR\n"
        "likewise.";
    command.options = {
        {"status", "", "list applied, pending and changed migrations instead of applying them"},
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
