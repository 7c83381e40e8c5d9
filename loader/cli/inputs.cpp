#include "cli/inputs.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <fcntl.h>
#include <unistd.h>

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

// A *.txt entry that is a symbolic link to no file (it dangles, or loops) is
// listed all the same: reading it fails, and the file is rejected as unreadable
// with the system's reason, instead of vanishing from the run unseen. Links to
// directories are not followed (a link to '..' would never end).
bool listed_article(const fs::directory_entry& entry) {
    if (!is_article(entry.path())) return false;
    std::error_code ec;
    if (entry.is_regular_file(ec)) return true;
    if (!entry.is_symlink(ec)) return false;
    const auto target = fs::status(entry.path(), ec);
    return ec || !fs::exists(target);  // a link to a pipe or a directory is not an article
}

void collect_directory(const fs::path& directory, InputFiles& inputs) {
    std::vector<fs::path> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (listed_article(*it)) found.push_back(it->path());
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
        std::error_code link_ec;
        const bool link = fs::is_symlink(fs::symlink_status(path, link_ec));
        if (ec && ec != std::errc::no_such_file_or_directory)  // a loop of links, a directory that cannot be searched
            inputs.problems.push_back({argument, ec.message()});
        else if (!fs::exists(status))
            inputs.problems.push_back({argument, link ? "a symbolic link to a file that does not exist"
                                                      : "no such file or directory"});
        else if (fs::is_directory(status))
            collect_directory(path, inputs);
        else if (!fs::is_regular_file(status))  // a pipe or a device: reading it could wait forever
            inputs.problems.push_back({argument, "not a regular file"});
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

// With the system calls themselves: a stream would report an I/O error in the
// middle of a file as a short (or empty) file.
std::optional<std::string> read_file(const fs::path& path, std::string* error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error) *error = std::string("cannot open: ") + std::strerror(errno);
        return std::nullopt;
    }
    std::string content;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            if (error) *error = std::string("read error: ") + std::strerror(errno);
            ::close(fd);
            return std::nullopt;
        }
        content.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return content;
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
