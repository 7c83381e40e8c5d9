#include "cli/command.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace baocao::cli {

namespace {

std::vector<Command>& registry() {
    // Function-local so that registration from other files' static
    // initialisers never runs before the vector exists.
    static std::vector<Command> all;
    return all;
}

std::string option_label(const OptionSpec& option) {
    std::string label = option.short_name ? std::string("-") + option.short_name + ", " : "    ";
    label += "--" + option.name;
    if (!option.value_name.empty()) label += " " + option.value_name;
    return label;
}

void print_options(const std::vector<OptionSpec>& options) {
    for (const auto& option : options)
        std::printf("  %-26s %s\n", option_label(option).c_str(), option.help.c_str());
}

void print_exit_codes() {
    std::printf(
        "Exit codes:\n"
        "  0  success\n"
        "  1  some inputs failed (each is named in the log); the others were processed\n"
        "  2  usage error (unknown option, missing argument)\n"
        "  3  database unreachable, read-only, full or refusing the role; or a migration was refused or failed\n"
        "  4  the loader's own data files (data/) are missing or broken\n"
        "  130  interrupted (Ctrl-C, SIGTERM): what was stored is kept; run again to finish\n");
}

}  // namespace

bool Invocation::has(const std::string& name) const {
    return std::find(flags.begin(), flags.end(), name) != flags.end() || values.count(name) > 0;
}

std::optional<std::string> Invocation::value(const std::string& name) const {
    auto found = values.find(name);
    if (found == values.end()) return std::nullopt;
    return found->second;
}

std::string Invocation::conninfo() const {
    if (auto db = value("db")) return *db;
    if (const char* url = std::getenv("DATABASE_URL"); url && *url) return url;
    return "";  // libpq reads PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD...
}

bool register_command(Command command) {
    registry().push_back(std::move(command));
    std::sort(registry().begin(), registry().end(),
              [](const Command& a, const Command& b) { return a.name < b.name; });
    return true;
}

const std::vector<Command>& commands() { return registry(); }

const Command* find_command(const std::string& name) {
    for (const auto& command : registry())
        if (command.name == name) return &command;
    return nullptr;
}

const std::vector<OptionSpec>& global_options() {
    static const std::vector<OptionSpec> options = {
        {"db", "CONNINFO",
         "database: conninfo string or URI (default: $DATABASE_URL, else the PG* variables)"},
        {"verbose", "", "more log output (debug level)", 'v'},
        {"quiet", "", "only warnings and errors", 'q'},
        {"help", "", "show this help", 'h'},
        {"version", "", "print the version and exit"},
    };
    return options;
}

void print_command_help(const Command& command) {
    std::printf("Usage: baocao %s [OPTIONS] %s\n\n%s\n\n", command.name.c_str(),
                command.synopsis.c_str(), command.summary.c_str());
    if (!command.description.empty()) std::printf("%s\n\n", command.description.c_str());
    if (!command.options.empty()) {
        std::printf("Options:\n");
        print_options(command.options);
        std::printf("\n");
    }
    std::printf("Global options:\n");
    print_options(global_options());
    std::printf("\n");
    if (!command.examples.empty()) std::printf("Examples:\n%s\n\n", command.examples.c_str());
    print_exit_codes();
}

void print_overview() {
    std::printf(
        "baocao %s - turns Vietnamese local-government meeting reports into a PostgreSQL dataset\n\n"
        "Usage: baocao COMMAND [OPTIONS] [ARGS...]\n\nCommands:\n",
        BAOCAO_VERSION);
    for (const auto& command : commands())
        std::printf("  %-10s %s\n", command.name.c_str(), command.summary.c_str());
    std::printf("\nGlobal options:\n");
    print_options(global_options());
    std::printf(
        "\nExamples:\n"
        "  baocao migrate                      # create or update the schema (PG* variables)\n"
        "  baocao load examples/               # load every *.txt below examples/\n"
        "  baocao extract article.txt          # print the facts as JSON, no database\n"
        "  baocao load --db postgresql://me@localhost/baocao articles/\n\n"
        "Run 'baocao COMMAND --help' for the options, examples and exit codes of a command.\n\n");
    print_exit_codes();
}

}  // namespace baocao::cli
