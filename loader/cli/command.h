// The CLI's small framework: every subcommand lives in its own file and
// registers itself with REGISTER_COMMAND, so adding one (e.g. report.cpp)
// needs no edit anywhere else. Options are declared as data (a table per
// command); one parser and one help printer serve them all.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/connection>

namespace baocao::cli {

// Exit codes shared by every subcommand and listed in every --help.
enum ExitCode : int {
    exit_ok = 0,
    exit_input_failed = 1,  // some inputs could not be read or stored; the others were
    exit_usage = 2,         // bad command line
    exit_database = 3,      // database unreachable, read-only, full, refusing the role; migration refused or failed
    exit_internal = 4,      // the loader's own data files are missing or broken
    exit_interrupted = 130, // SIGINT or SIGTERM: stopped between two files, committed work kept
};

struct OptionSpec {
    std::string name;        // long name without dashes: "status"
    std::string value_name;  // "" for a flag, else what the value is: "CONNINFO"
    std::string help;
    char short_name = 0;     // 'v' for -v, 0 when none
};

// What the parser made of the command line.
struct Invocation {
    std::string command;
    std::map<std::string, std::string> values;  // options with a value
    std::vector<std::string> flags;             // flags that were given
    std::vector<std::string> positional;

    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    // The connection string: --db, else $DATABASE_URL, else "" (libpq's PG* variables).
    std::string conninfo() const;
};

struct Command {
    std::string name;         // "load"
    std::string synopsis;     // "PATH..." (after "baocao load [OPTIONS]")
    std::string summary;      // one line for the overview
    std::string description;  // paragraphs for --help
    std::vector<OptionSpec> options;  // the command's own; global ones are added
    std::string examples;     // lines of "  baocao ..." with a comment
    std::size_t min_positional = 0;
    int (*run)(const Invocation&) = nullptr;
};

bool register_command(Command command);
const std::vector<Command>& commands();
const Command* find_command(const std::string& name);

// Options every subcommand accepts.
const std::vector<OptionSpec>& global_options();

void print_command_help(const Command& command);
void print_overview();

// Opens the database named by the invocation (see conninfo()). On failure logs
// an error that says what to check and returns nullptr: exit with exit_database.
std::unique_ptr<pqxx::connection> open_database(const Invocation& invocation);

}  // namespace baocao::cli

#define BAOCAO_CONCAT_INNER(a, b) a##b
#define BAOCAO_CONCAT(a, b) BAOCAO_CONCAT_INNER(a, b)
// Registers a subcommand at start-up: REGISTER_COMMAND(make_load_command());
#define REGISTER_COMMAND(expr) \
    static const bool BAOCAO_CONCAT(registered_command_, __LINE__) = ::baocao::cli::register_command(expr)
