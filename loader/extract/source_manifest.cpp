#include "extract/source_manifest.h"

#include <algorithm>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "extract/stage.h"

namespace baocao::extract {

namespace fs = std::filesystem;

namespace {
// Header cells compared without case, surrounding spaces or a spreadsheet's BOM ("\uFEFFFile", "URL ").
std::string header_key(std::string cell) {
    if (cell.rfind("\xEF\xBB\xBF", 0) == 0) cell.erase(0, 3);
    while (!cell.empty() && cell.back() == ' ') cell.pop_back();
    while (!cell.empty() && cell.front() == ' ') cell.erase(0, 1);
    std::transform(cell.begin(), cell.end(), cell.begin(), [](unsigned char c) { return std::tolower(c); });
    return cell;
}

std::size_t column_index(const std::vector<std::string>& header, const std::string& name, const fs::path& file) {
    const auto it = std::find_if(header.begin(), header.end(),
                                 [&](const std::string& cell) { return header_key(cell) == name; });
    if (it == header.end())
        throw std::runtime_error(file.string() + ": manifest header has no '" + name +
                                 "' column (expected tab-separated columns file, url, ...)");
    return static_cast<std::size_t>(it - header.begin());
}
}  // namespace

SourceManifest SourceManifest::read(const fs::path& file) {
    std::vector<std::string> header;
    const auto rows = read_tsv_rows(file, 0, &header);
    const std::size_t file_column = column_index(header, "file", file);
    const std::size_t url_column = column_index(header, "url", file);
    SourceManifest manifest;
    for (const auto& row : rows) {
        if (row.size() <= std::max(file_column, url_column) || row[url_column].empty()) continue;
        manifest.url_of_name_[fs::path(row[file_column]).filename().string()] = row[url_column];
    }
    return manifest;
}

std::string SourceManifest::url_of(const fs::path& article) const {
    const auto it = url_of_name_.find(article.filename().string());
    return it == url_of_name_.end() ? "" : it->second;
}

SourceUrls::SourceUrls(std::optional<fs::path> explicit_manifest) {
    if (explicit_manifest) {
        explicit_ = SourceManifest::read(*explicit_manifest);
        spdlog::info("manifest {}: {} source URLs", explicit_manifest->string(), explicit_->size());
    }
}

std::string SourceUrls::url_of(const fs::path& article) {
    if (explicit_) return explicit_->url_of(article);
    const fs::path directory = article.parent_path();
    auto [it, inserted] = by_directory_.try_emplace(directory);
    if (inserted) {
        const fs::path candidate = (directory.empty() ? fs::path(".") : directory) / kManifestFileName;
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec)) {
            try {
                it->second = SourceManifest::read(candidate);
                spdlog::debug("manifest {}: {} source URLs", candidate.string(), it->second->size());
            } catch (const std::exception& e) {
                // A directory's own INDEX.tsv may be something else entirely: say so, go on without URLs.
                spdlog::warn("{} (articles in {} get no source URL)", e.what(), directory.string());
            }
        }
    }
    return it->second ? it->second->url_of(article) : "";
}

}  // namespace baocao::extract
