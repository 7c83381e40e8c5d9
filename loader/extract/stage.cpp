#include "extract/stage.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace baocao::extract {

namespace {
std::filesystem::path executable_dir() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}
}  // namespace

std::filesystem::path data_dir() {
    if (const char* env = std::getenv("BAOCAO_DATA_DIR"); env && *env) return env;
    const auto installed = executable_dir() / ".." / "share" / "baocao" / "data";
    if (std::filesystem::is_directory(installed)) return installed;
    return std::filesystem::path(BAOCAO_SOURCE_DIR) / "data";
}

std::filesystem::path data_file(const std::string& relative) {
    const auto path = data_dir() / relative;
    if (!std::filesystem::is_regular_file(path))
        throw std::runtime_error("data file missing: " + path.string() +
                                 " (set BAOCAO_DATA_DIR to the project's data/ folder)");
    return path;
}

std::optional<std::string> read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

std::vector<std::string> split_fields(std::string_view line, char delimiter) {
    std::vector<std::string> fields;
    if (line.empty()) return fields;
    std::size_t b = 0;
    while (true) {
        const std::size_t e = line.find(delimiter, b);
        if (e == std::string_view::npos) {
            fields.emplace_back(line.substr(b));
            return fields;
        }
        fields.emplace_back(line.substr(b, e - b));
        b = e + 1;
    }
}

std::vector<std::vector<std::string>> read_tsv_rows(const std::filesystem::path& file, std::size_t min_fields,
                                                    std::vector<std::string>* header) {
    const std::optional<std::string> contents = read_file(file);
    if (!contents) throw std::runtime_error("cannot read " + file.string());
    std::vector<std::vector<std::string>> rows;
    bool header_seen = false;
    int line_no = 0;
    for_each_line(*contents, [&](std::string_view line) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') return;
        if (!header_seen) {
            header_seen = true;
            if (header) *header = split_fields(line, '\t');
            return;
        }
        std::vector<std::string> fields = split_fields(line, '\t');
        if (fields.size() < min_fields)
            throw std::runtime_error(file.string() + ":" + std::to_string(line_no) + ": expected " +
                                     std::to_string(min_fields) + " tab-separated fields");
        rows.push_back(std::move(fields));
    });
    return rows;
}

}  // namespace baocao::extract
