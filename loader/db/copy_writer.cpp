#include "db/copy_writer.h"

#include <stdexcept>

namespace baocao::db {

std::string copy_text_field(const Field& field) {
    if (!field) return "\\N";
    std::string out;
    out.reserve(field->size());
    for (char c : *field) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out;
}

// tablewriter is deprecated in favour of stream_to, which cannot take rows of
// run-time width in 6.4; its raw-line interface is what we need.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
CopyWriter::CopyWriter(pqxx::transaction_base& tx, const std::string& table,
                       const std::vector<std::string>& columns)
    : writer_(std::make_unique<pqxx::tablewriter>(tx, table, columns.begin(), columns.end())),
      width_(columns.size()) {}
#pragma GCC diagnostic pop

CopyWriter::~CopyWriter() = default;

void CopyWriter::write(const std::vector<Field>& row) {
    if (row.size() != width_)
        throw std::logic_error("COPY row has " + std::to_string(row.size()) + " fields, expected " +
                               std::to_string(width_));
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) line += '\t';
        line += copy_text_field(row[i]);
    }
    writer_->write_raw_line(line);
}

void CopyWriter::write_line(const std::string& line) { writer_->write_raw_line(line); }

void CopyRow::separate() {
    if (!empty_) line_ += '\t';
    empty_ = false;
}

CopyRow& CopyRow::text(const std::string& value) {
    separate();
    line_ += copy_text_field(value);
    return *this;
}

CopyRow& CopyRow::null() {
    separate();
    line_ += "\\N";
    return *this;
}

// {"a","b \"c\""}: every element quoted, so no element needs other rules.
CopyRow& CopyRow::text_array(const std::vector<std::string>& values) {
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        literal += i ? ",\"" : "\"";
        for (char c : values[i]) {
            if (c == '"' || c == '\\') literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    return text(literal + "}");
}

void CopyWriter::complete() { writer_->complete(); }

}  // namespace baocao::db
