#include "extract/stage.h"

#include <cstdlib>
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

}  // namespace baocao::extract
