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
    void write_line(const std::string& line);  // a row already in COPY's text format (CopyRow)
    void complete();  // ends the COPY; PostgreSQL's errors surface here

private:
    std::unique_ptr<pqxx::tablewriter> writer_;
    std::size_t width_;
};

// One field in COPY's text format: \N for NULL, backslash escapes otherwise.
std::string copy_text_field(const Field& field);

// One row in COPY's text format, built field by field: what a multi-row
// INSERT would say, without quoting by the server or by libpqxx.
class CopyRow {
public:
    CopyRow& text(const std::string& value);
    CopyRow& text_or_null(const std::string& value) { return value.empty() ? null() : text(value); }
    CopyRow& integer(long long value) { return text(std::to_string(value)); }
    CopyRow& boolean(bool value) { return text(value ? "t" : "f"); }
    CopyRow& text_array(const std::vector<std::string>& values);  // a text[] literal
    CopyRow& null();
    const std::string& line() const { return line_; }

private:
    void separate();
    std::string line_;
    bool empty_ = true;
};

}  // namespace baocao::db
