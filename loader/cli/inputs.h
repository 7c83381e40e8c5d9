// The articles named on a command line: files, or directories searched
// recursively for *.txt, in a stable (sorted) order.
#pragma once

#include <cstdint>
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

// Every file's source URL ("" when none), looked up here, on one thread:
// SourceUrls reads each directory's INDEX.tsv the first time it is asked.
std::vector<std::string> source_urls_of(const std::vector<std::filesystem::path>& files, ExtractionRun& run);

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

// The --max-bytes option of load and extract, and its value (exit_usage
// when it is not a positive number: *bad is set).
OptionSpec max_bytes_option();
std::size_t max_bytes_of(const Invocation& invocation, bool* bad);

// The --jobs option of load and extract: how many threads read articles
// (default: the machine's core count); *bad is set when not a positive number.
OptionSpec jobs_option();
std::size_t jobs_of(const Invocation& invocation, bool* bad);

// The value of a numeric option: a positive number, else fallback when it
// is not given; a usage error is logged and *bad set when it is not a number.
std::size_t positive_option(const Invocation& invocation, const std::string& name, std::size_t fallback,
                            bool* bad);

// A file read as an article: its text, or why it holds none (reason_code:
// "unreadable", or text::reason_code of the decoder). Also what a reject
// record needs: the file's size and the SHA-256 of its bytes.
struct ArticleFile {
    std::optional<std::string> text;  // UTF-8, when read
    std::string reason_code;          // when not read
    std::string message;              // why not read; or a note on how it was read ("3 bytes replaced")
    std::string encoding;
    std::size_t replaced = 0;         // invalid UTF-8 sequences replaced by U+FFFD
    std::uintmax_t size = 0;
    std::string bytes_sha256;
};
ArticleFile read_article(const std::filesystem::path& path, std::size_t max_bytes);

// Says how an article was read when it was not plain UTF-8: a warning when
// bytes were replaced, else (another encoding, an HTML page) at info level.
void log_how_read(const std::filesystem::path& path, const ArticleFile& article);

}  // namespace baocao::cli
