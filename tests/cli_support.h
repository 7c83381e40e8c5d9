// Running the built baocao binary from a test: its exit code, stdout and
// stderr apart; reading load's summary; writing input files.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <utility>
#include <sys/wait.h>
#include <vector>

#include <catch2/catch.hpp>

#include "db_fixture.h"

namespace baocao::testing::cli {

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout
    std::string log;     // stderr
};

inline std::string shell_quote(const std::string& s) {
    std::string quoted = "'";
    for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs a shell command: its exit status and what it printed (stdout and stderr together).
inline std::pair<int, std::string> run_shell(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return {-1, "popen failed"};
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

inline std::string slurp(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs the built binary with the given arguments; stdout and stderr apart.
inline RunResult run_baocao(const std::vector<std::string>& args) {
    static TempDir scratch;
    const std::string out_path = (scratch.path() / "stdout").string();
    const std::string err_path = (scratch.path() / "stderr").string();
    std::string command = shell_quote(BAOCAO_BINARY);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    command += " >" + shell_quote(out_path) + " 2>" + shell_quote(err_path) + " </dev/null";
    const int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.output = slurp(out_path);
    result.log = slurp(err_path);
    return result;
}

// "  documents new        5" in load's summary -> 5
inline long long summary_count(const std::string& summary, const std::string& label) {
    const std::regex line("\\n\\s*" + label + "\\s+(\\d+)");
    std::smatch match;
    if (!std::regex_search(summary, match, line)) FAIL("no '" << label << "' in the summary:\n" << summary);
    return std::stoll(match[1]);
}

inline void write_file(const std::filesystem::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

}  // namespace baocao::testing::cli
