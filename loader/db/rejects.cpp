#include "db/rejects.h"

namespace baocao::db {

RejectLog::RejectLog(pqxx::connection& conn, std::string run_started_at)
    : conn_(conn), run_started_at_(std::move(run_started_at)) {
    pqxx::read_transaction tx(conn_);
    for (const auto& row : tx.exec("SELECT path FROM baocao.rejects")) listed_.insert(row[0].as<std::string>());
}

// Every value goes as a parameter: paths and messages are never part of the SQL.
void RejectLog::record(const Reject& reject) {
    pqxx::work tx(conn_);
    tx.exec_params(
        "INSERT INTO baocao.rejects (path, source_name, file_size, bytes_sha256, reason_code, message, run_started_at) "
        "VALUES ($1, $2, $3, NULLIF($4, ''), $5, $6, $7::timestamptz) "
        "ON CONFLICT (path) DO UPDATE SET source_name = EXCLUDED.source_name, file_size = EXCLUDED.file_size, "
        "bytes_sha256 = EXCLUDED.bytes_sha256, reason_code = EXCLUDED.reason_code, message = EXCLUDED.message, "
        "rejected_at = now(), run_started_at = EXCLUDED.run_started_at",
        reject.path, reject.source_name, static_cast<long long>(reject.file_size), reject.bytes_sha256,
        reject.reason_code, reject.message, run_started_at_);
    tx.commit();
    listed_.insert(reject.path);
}

void RejectLog::clear(const std::string& path) {
    if (!listed_.count(path)) return;
    pqxx::work tx(conn_);
    tx.exec_params("DELETE FROM baocao.rejects WHERE path = $1", path);
    tx.commit();
    listed_.erase(path);
}

}  // namespace baocao::db
