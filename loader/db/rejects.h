// The files a load could not read as articles, kept in baocao.rejects (one
// row per path, the latest attempt): analysts list them in report.rejects,
// and a file fixed and loaded again leaves the list.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>

#include <pqxx/pqxx>

namespace baocao::db {

struct Reject {
    std::string path;
    std::string source_name;
    std::uintmax_t file_size = 0;
    std::string bytes_sha256;  // "" when the file could not be read
    std::string reason_code;   // empty, too_large, binary, not_utf8, html_no_text, unreadable, not_stored
    std::string message;
};

class RejectLog {
public:
    // run_started_at: when this load began (ISO 8601), stored with each reject.
    RejectLog(pqxx::connection& conn, std::string run_started_at);
    void record(const Reject& reject);
    void clear(const std::string& path);  // the file was loaded: it is no reject any more

private:
    pqxx::connection& conn_;
    std::string run_started_at_;
    std::unordered_set<std::string> listed_;  // paths in the table: clearing others costs no round trip
};

}  // namespace baocao::db
