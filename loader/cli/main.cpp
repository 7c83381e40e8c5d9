// baocao: the dispatcher. Finds the subcommand, parses the options it
// declares (plus the global ones), sets up logging and runs it.
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "cli/live_line.h"

namespace {

using baocao::cli::Command;
using baocao::cli::Invocation;
using baocao::cli::OptionSpec;

struct UsageError : std::runtime_error {
    explicit UsageError(const std::string& message, std::string command_name = "")
        : std::runtime_error(message), command(std::move(command_name)) {}
    std::string command;  // to point at "baocao COMMAND --help"
};

const OptionSpec* find_option(const std::vector<OptionSpec>& options, const std::string& name,
                              char short_name) {
    for (const auto& option : options)
        if ((short_name && option.short_name == short_name) || (!short_name && option.name == name))
            return &option;
    return nullptr;
}

// The options allowed at this point: the global ones, plus the command's once it is known.
std::vector<OptionSpec> allowed_options(const Command* command) {
    std::vector<OptionSpec> allowed = baocao::cli::global_options();
    if (command) allowed.insert(allowed.end(), command->options.begin(), command->options.end());
    return allowed;
}

// Reads one option at args[i] ("--name", "--name=value", "--name value", "-v"),
// advancing i past its value.
void parse_option(const std::vector<std::string>& args, std::size_t& i, const Command* command,
                  Invocation& invocation) {
    const std::string& arg = args[i];
    const auto allowed = allowed_options(command);
    const OptionSpec* option = nullptr;
    std::optional<std::string> inline_value;
    if (arg.rfind("--", 0) == 0) {
        std::string name = arg.substr(2);
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name.resize(eq);
        }
        option = find_option(allowed, name, 0);
    } else if (arg.size() == 2) {
        option = find_option(allowed, "", arg[1]);
    }
    const std::string command_name = command ? command->name : "";
    if (!option) throw UsageError("unknown option '" + arg + "'", command_name);
    if (option->value_name.empty()) {
        if (inline_value) throw UsageError("option --" + option->name + " takes no value", command_name);
        invocation.flags.push_back(option->name);
        return;
    }
    if (!inline_value) {
        if (i + 1 >= args.size())
            throw UsageError("option --" + option->name + " needs a value (" + option->value_name + ")",
                             command_name);
        inline_value = args[++i];
    }
    invocation.values[option->name] = *inline_value;
}

// Global options may come before the command name; the command's own after it.
Invocation parse(const std::vector<std::string>& args) {
    Invocation invocation;
    const Command* command = nullptr;
    bool options_ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (!options_ended && arg == "--") {
            options_ended = true;
        } else if (!options_ended && arg.size() > 1 && arg[0] == '-') {
            parse_option(args, i, command, invocation);
        } else if (!command && invocation.command.empty()) {
            invocation.command = arg;
            command = baocao::cli::find_command(arg);
            if (!command && arg != "help") throw UsageError("unknown command '" + arg + "'");
        } else {
            invocation.positional.push_back(arg);
        }
    }
    return invocation;
}

void configure_logging(const Invocation& invocation) {
    auto logger = std::make_shared<spdlog::logger>("baocao", baocao::cli::make_log_sink());
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("[%H:%M:%S.%e] %^%l%$: %v");
    spdlog::set_level(spdlog::level::info);
    if (invocation.has("verbose")) spdlog::set_level(spdlog::level::debug);
    if (invocation.has("quiet")) spdlog::set_level(spdlog::level::warn);
}

int usage_error(const std::string& message, const std::string& command) {
    std::fprintf(stderr, "baocao: %s\nRun 'baocao %s--help' for usage.\n", message.c_str(),
                 command.empty() ? "" : (command + " ").c_str());
    return baocao::cli::exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    Invocation invocation;
    try {
        invocation = parse(args);
    } catch (const UsageError& e) {
        return usage_error(e.what(), e.command);
    }
    if (invocation.has("version")) {
        std::printf("baocao %s\n", BAOCAO_VERSION);
        return baocao::cli::exit_ok;
    }
    if (invocation.command == "help") {  // "baocao help load" = "baocao load --help"
        if (invocation.positional.empty()) {
            baocao::cli::print_overview();
            return baocao::cli::exit_ok;
        }
        invocation.command = invocation.positional.front();
        invocation.flags.push_back("help");
    }
    const Command* command = baocao::cli::find_command(invocation.command);
    if (invocation.command.empty()) {
        baocao::cli::print_overview();
        return invocation.has("help") ? baocao::cli::exit_ok : baocao::cli::exit_usage;
    }
    if (!command) return usage_error("unknown command '" + invocation.command + "'", "");
    if (invocation.has("help")) {
        baocao::cli::print_command_help(*command);
        return baocao::cli::exit_ok;
    }
    if (invocation.positional.size() < command->min_positional)
        return usage_error("missing " + command->synopsis, command->name);
    configure_logging(invocation);
    try {
        return command->run(invocation);
    } catch (const std::exception& e) {
        // Subcommands handle the errors they expect; anything else is ours.
        spdlog::error("{}: {}", command->name, e.what());
        return baocao::cli::exit_internal;
    }
}
