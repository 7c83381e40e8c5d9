#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "db/connection.h"

namespace baocao::cli {

std::unique_ptr<pqxx::connection> open_database(const Invocation& invocation) {
    try {
        auto conn = db::connect(invocation.conninfo());
        spdlog::debug("database: {}", db::describe(*conn));
        return conn;
    } catch (const std::exception& e) {  // DbError says what to check
        spdlog::error("{}", e.what());
        return nullptr;
    }
}

}  // namespace baocao::cli
