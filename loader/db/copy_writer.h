// COPY ... FROM STDIN for rows whose width is known only at run time.
// libpqxx 6.4's stream_to takes std::tuple rows only; its older tablewriter
// takes raw lines, so this class does the text-format escaping itself (safe
// for UTF-8: only ASCII bytes are escaped). Internal to loader/db.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>
#include <pqxx/tablewriter>

namespace baocao::db {

using Field = std::optional<std::string>;  // nullopt = NULL

class CopyWriter {
public:
    // table may be schema-qualified ("baocao.evidence"); columns are plain names.
    CopyWriter(pqxx::transaction_base& tx, const std::string& table,
               const std::vector<std::string>& columns);
    ~CopyWriter();
    CopyWriter(const CopyWriter&) = delete;
    CopyWriter& operator=(const CopyWriter&) = delete;

    void write(const std::vector<Field>& row);
    void complete();  // ends the COPY; PostgreSQL's errors surface here

private:
    std::unique_ptr<pqxx::tablewriter> writer_;
    std::size_t width_;
};

// One field in COPY's text format: \N for NULL, backslash escapes otherwise.
std::string copy_text_field(const Field& field);

}  // namespace baocao::db
