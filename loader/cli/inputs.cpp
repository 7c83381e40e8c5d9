#include "cli/inputs.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "extract/pipeline.h"
#include "extract/source_manifest.h"
#include "text/decode.h"
#include "text/normalize.h"

namespace baocao::cli {

namespace fs = std::filesystem;

namespace {

bool is_article(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".txt";
}

void collect_directory(const fs::path& directory, InputFiles& inputs) {
    std::vector<fs::path> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && is_article(it->path())) found.push_back(it->path());
    if (ec) inputs.problems.push_back({directory.string(), "cannot list directory: " + ec.message()});
    std::sort(found.begin(), found.end());
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
}

}  // namespace

InputFiles collect_inputs(const std::vector<std::string>& paths) {
    InputFiles inputs;
    for (const auto& argument : paths) {
        const fs::path path(argument);
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status))
            inputs.problems.push_back({argument, "no such file or directory"});
        else if (fs::is_directory(status))
            collect_directory(path, inputs);
        else
            inputs.files.push_back(path);  // named explicitly: taken whatever its extension
    }
    return inputs;
}

OptionSpec manifest_option() {
    return {"manifest", "FILE", "TSV naming each article's source URL (columns file, url); default: INDEX.tsv "
                                "beside the articles"};
}

const std::string& manifest_help() {
    static const std::string help =
        "Where each article was published comes from a manifest: a TSV file whose header\n"
        "names the columns file and url (others are ignored). Without --manifest, an INDEX.tsv\n"
        "in an article's directory is used when there is one. The URL is stored with the\n"
        "document, tells the site's province, and names the place in its slug when the text\n"
        "does not (\"huyen-quynh-luu-tong-ket-...\").";
    return help;
}

ExtractionRun::ExtractionRun() = default;
ExtractionRun::~ExtractionRun() = default;

int start_extraction(const Invocation& invocation, ExtractionRun& run) {
    try {
        run.pipeline = std::make_unique<extract::Pipeline>();
    } catch (const std::exception& e) {
        spdlog::error("cannot start the extraction pipeline: {}", e.what());
        return exit_internal;
    }
    std::optional<fs::path> manifest;
    if (auto named = invocation.value("manifest")) manifest = fs::path(*named);
    try {
        run.urls = std::make_unique<extract::SourceUrls>(manifest);
    } catch (const std::exception& e) {
        spdlog::error("--manifest: {}", e.what());
        return exit_input_failed;
    }
    return exit_ok;
}

std::vector<std::string> source_urls_of(const std::vector<fs::path>& files, ExtractionRun& run) {
    std::vector<std::string> urls;
    urls.reserve(files.size());
    for (const auto& file : files) urls.push_back(run.urls->url_of(file));
    return urls;
}

std::optional<std::string> read_file(const fs::path& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = std::string("cannot open: ") + std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        if (error) *error = "read error";
        return std::nullopt;
    }
    return content.str();
}

OptionSpec max_bytes_option() {
    return {"max-bytes", "N", "reject files larger than N bytes (default " + std::to_string(text::kDefaultMaxBytes) +
                                  ", 20 MiB)"};
}

std::size_t positive_option(const Invocation& invocation, const std::string& name, std::size_t fallback,
                            bool* bad) {
    *bad = false;
    const auto given = invocation.value(name);
    if (!given) return fallback;
    if (given->empty() || !std::isdigit(static_cast<unsigned char>(given->front()))) {  // stoull takes "-5"
        spdlog::error("--{} takes a positive number, not '{}'", name, *given);
        *bad = true;
        return 0;
    }
    std::size_t used = 0;
    unsigned long long n = 0;
    try {
        n = std::stoull(*given, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != given->size() || n == 0) {
        spdlog::error("--{} takes a positive number, not '{}'", name, *given);
        *bad = true;
        return 0;
    }
    return static_cast<std::size_t>(n);
}

std::size_t max_bytes_of(const Invocation& invocation, bool* bad) {
    return positive_option(invocation, "max-bytes", text::kDefaultMaxBytes, bad);
}

namespace {
std::size_t core_count() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores ? cores : 1;
}
}  // namespace

OptionSpec jobs_option() {
    return {"jobs", "N", "read and extract articles on N threads (default: the core count, here " +
                             std::to_string(core_count()) + "); results keep the input order"};
}

std::size_t jobs_of(const Invocation& invocation, bool* bad) {
    return positive_option(invocation, "jobs", core_count(), bad);
}

ArticleFile read_article(const fs::path& path, std::size_t max_bytes) {
    ArticleFile article;
    std::error_code ec;
    article.size = fs::file_size(path, ec);
    if (!ec && article.size > max_bytes) {  // not read at all: a 50 GB file costs nothing
        const text::Decoded over = text::too_large(article.size, max_bytes);
        article.reason_code = text::reason_code(over.reject);
        article.message = over.message;
        return article;
    }
    std::string error;
    const auto raw = read_file(path, &error);
    if (!raw) {
        article.reason_code = "unreadable";
        article.message = error;
        return article;
    }
    article.size = raw->size();
    article.bytes_sha256 = text::sha256_hex(*raw);
    text::Decoded decoded = text::decode_article(*raw, max_bytes);
    article.message = decoded.message;
    article.encoding = decoded.encoding;
    article.replaced = decoded.replaced;
    if (!decoded.ok()) {
        article.reason_code = text::reason_code(decoded.reject);
        return article;
    }
    article.text = std::move(decoded.text);
    return article;
}

void log_how_read(const fs::path& path, const ArticleFile& article) {
    if (article.replaced)
        spdlog::warn("{}: {} ({})", path.string(), article.message, article.encoding);
    else if (!article.encoding.empty() && article.encoding != "UTF-8")
        spdlog::info("{}: read as {}{}", path.string(), article.encoding,
                     article.message.empty() ? "" : " (" + article.message + ")");
}

}  // namespace baocao::cli
