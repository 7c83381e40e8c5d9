// Where each article was published, from a crawl manifest kept beside the
// articles. Collections of news articles usually come with one: a TSV file
// whose header names at least the columns `file` (the article's file name)
// and `url` (where it was published); other columns are ignored. The web
// address tells the site (hence often the province) and, in its slug, the
// headline's place names, which some articles never write in their text.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace baocao::extract {

// The file name a directory's manifest has when nobody names one.
inline constexpr const char* kManifestFileName = "INDEX.tsv";

class SourceManifest {
public:
    // Reads a manifest; throws std::runtime_error naming the file when it
    // cannot be read or its header lacks the `file` or `url` column.
    static SourceManifest read(const std::filesystem::path& file);

    // The URL recorded for an article file (matched by base name), "" if none.
    std::string url_of(const std::filesystem::path& article) const;
    std::size_t size() const { return url_of_name_.size(); }

private:
    std::map<std::string, std::string> url_of_name_;
};

// Finds each article's URL: in the manifest given explicitly, else in the
// INDEX.tsv of the article's own directory (read once per directory).
class SourceUrls {
public:
    explicit SourceUrls(std::optional<std::filesystem::path> explicit_manifest = std::nullopt);
    std::string url_of(const std::filesystem::path& article);

private:
    std::optional<SourceManifest> explicit_;
    std::map<std::filesystem::path, std::optional<SourceManifest>> by_directory_;
};

}  // namespace baocao::extract
