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

namespace {
std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream fs(line);
    while (std::getline(fs, field, '\t')) fields.push_back(field);
    if (!line.empty() && line.back() == '\t') fields.emplace_back();
    return fields;
}
}  // namespace

std::vector<std::vector<std::string>> read_tsv_rows(const std::filesystem::path& file, std::size_t min_fields,
                                                    std::vector<std::string>* header) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool header_seen = false;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        if (!header_seen) {
            header_seen = true;
            if (header) *header = split_tabs(line);
            continue;
        }
        std::vector<std::string> fields = split_tabs(line);
        if (fields.size() < min_fields)
            throw std::runtime_error(file.string() + ":" + std::to_string(line_no) + ": expected " +
                                     std::to_string(min_fields) + " tab-separated fields");
        rows.push_back(std::move(fields));
    }
    return rows;
}

}  // namespace baocao::extract
