// The articles named on a command line: files, or directories searched
// recursively for *.txt, in a stable (sorted) order.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace baocao::cli {

struct InputProblem {
    std::string path;
    std::string message;
};

struct InputFiles {
    std::vector<std::filesystem::path> files;
    std::vector<InputProblem> problems;  // paths that do not exist or cannot be listed
};

InputFiles collect_inputs(const std::vector<std::string>& paths);

// The whole file, or nullopt with the reason in *error.
std::optional<std::string> read_file(const std::filesystem::path& path, std::string* error);

}  // namespace baocao::cli
