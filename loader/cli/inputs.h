// The articles named on a command line: files, or directories searched
// recursively for *.txt, in a stable (sorted) order.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"

namespace baocao::extract {
class Pipeline;
class SourceUrls;
}  // namespace baocao::extract

namespace baocao::cli {

// What load and extract share: the --manifest option, its help paragraph
// (without a final newline), and the start of a run.
OptionSpec manifest_option();
const std::string& manifest_help();

struct ExtractionRun {
    std::unique_ptr<extract::Pipeline> pipeline;
    std::unique_ptr<extract::SourceUrls> urls;  // --manifest, else INDEX.tsv beside the articles
    ExtractionRun();
    ~ExtractionRun();
};

// Loads the pipeline's data and reads the manifest. On failure logs why and
// returns the exit code (exit_internal: our data files; exit_input_failed: the
// named manifest); else exit_ok.
int start_extraction(const Invocation& invocation, ExtractionRun& run);

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
