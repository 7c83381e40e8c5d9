#include "cli/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "extract/source_manifest.h"

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

std::unique_ptr<extract::SourceUrls> source_urls(const Invocation& invocation) {
    std::optional<fs::path> manifest;
    if (auto named = invocation.value("manifest")) manifest = fs::path(*named);
    try {
        return std::make_unique<extract::SourceUrls>(manifest);
    } catch (const std::exception& e) {
        spdlog::error("--manifest: {}", e.what());
        return nullptr;
    }
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

}  // namespace baocao::cli
