// The articles named on a command line: files, or directories searched
// recursively for *.txt, in a stable (sorted) order.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace baocao::extract {
class SourceUrls;
}

namespace baocao::cli {

struct Invocation;

// The --manifest option and its help paragraph, shared by load and extract.
#define MANIFEST_OPTION                                                                       \
    {                                                                                         \
        "manifest", "FILE", "TSV naming each article's source URL (columns file, url); default: \
INDEX.tsv beside the articles"                                                                \
    }
#define MANIFEST_HELP                                                                          \
    "Where each article was published comes from a manifest: a TSV file whose header\n"        \
    "names the columns file and url (others are ignored). Without --manifest, an INDEX.tsv\n" \
    "in an article's directory is used when there is one. The URL is stored with the\n"      \
    "document, tells the site's province, and names the place in its slug when the text\n"   \
    "does not (\"huyen-quynh-luu-tong-ket-...\")."

// The source URLs for this invocation (--manifest, else INDEX.tsv beside the
// articles); nullptr after logging why when the named manifest cannot be read.
std::unique_ptr<extract::SourceUrls> source_urls(const Invocation& invocation);

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
