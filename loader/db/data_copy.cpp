#include "db/data_copy.h"

#include <fstream>
#include <regex>

#include "db/copy_writer.h"
#include "db/migrator.h"

namespace baocao::db {

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : text) {
        if (c == separator) {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
}

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

// One CSV record (RFC 4180 quoting, no line breaks inside fields: the
// gazetteer has none). Quoted empty fields stay empty strings, unquoted ones
// are NULL, like PostgreSQL's COPY ... CSV.
std::vector<std::optional<std::string>> split_csv(const std::string& line) {
    std::vector<std::optional<std::string>> fields;
    std::string current;
    bool quoted = false, in_quotes = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                current += '"';
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                current += c;
            }
        } else if (c == '"') {
            in_quotes = quoted = true;
        } else if (c == ',') {
            fields.push_back(current.empty() && !quoted ? std::nullopt : std::optional(current));
            current.clear();
            quoted = false;
        } else {
            current += c;
        }
    }
    fields.push_back(current.empty() && !quoted ? std::nullopt : std::optional(current));
    return fields;
}

std::vector<std::optional<std::string>> split_tsv(const std::string& line) {
    std::vector<std::optional<std::string>> fields;
    for (auto& part : split(line, '\t'))
        fields.push_back(part.empty() ? std::nullopt : std::optional(part));
    return fields;
}

bool is_skipped_line(const std::string& line, CopyDirective::Format format) {
    if (trim(line).empty()) return true;
    return format == CopyDirective::Format::tsv && line[0] == '#';
}

// For each wanted column, its index in the header; throws naming the file and
// the missing column.
std::vector<std::size_t> column_positions(const std::vector<std::optional<std::string>>& header,
                                          const CopyDirective& directive,
                                          const std::filesystem::path& file) {
    std::vector<std::size_t> positions;
    for (const auto& wanted : directive.columns) {
        std::size_t found = header.size();
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] && trim(*header[i]) == wanted) found = i;
        if (found == header.size())
            throw MigrationError("data file " + file.string() + " has no column '" + wanted +
                                 "' in its header row");
        positions.push_back(found);
    }
    return positions;
}

}  // namespace

std::optional<CopyDirective> parse_copy_directive(const std::string& line, const std::string& where) {
    static const std::regex marker(R"(^\s*--\s*baocao:)");
    if (!std::regex_search(line, marker)) return std::nullopt;
    static const std::regex pattern(
        R"(^\s*--\s*baocao:copy\s+([A-Za-z_][A-Za-z0-9_.]*)\s*\(([^)]*)\)\s+FROM\s+'([^']+)'\s+(CSV|TSV)\s*$)",
        std::regex::icase);
    std::smatch m;
    if (!std::regex_match(line, m, pattern))
        throw MigrationError(where + ": cannot read the directive \"" + trim(line) +
                             "\"; expected -- baocao:copy TABLE (COL,...) FROM 'FILE' CSV|TSV");
    CopyDirective directive;
    directive.table = m[1];
    for (auto& column : split(m[2], ',')) directive.columns.push_back(trim(column));
    for (auto& candidate : split(m[3], '|')) directive.file_candidates.push_back(trim(candidate));
    const std::string format = m[4];
    directive.format = (format == "TSV" || format == "tsv") ? CopyDirective::Format::tsv
                                                            : CopyDirective::Format::csv;
    return directive;
}

std::filesystem::path resolve_data_file(const CopyDirective& directive,
                                        const std::filesystem::path& data_dir) {
    std::string tried;
    for (const auto& candidate : directive.file_candidates) {
        const auto path = data_dir / candidate;
        if (std::filesystem::is_regular_file(path)) return path;
        tried += (tried.empty() ? "" : ", ") + path.string();
    }
    throw MigrationError("data file missing: " + tried +
                         " (set BAOCAO_DATA_DIR to the project's data/ folder)");
}

std::size_t copy_data_file(pqxx::transaction_base& tx, const CopyDirective& directive,
                           const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw MigrationError("cannot read data file " + file.string());
    const auto split_line = [&](const std::string& line) {
        return directive.format == CopyDirective::Format::csv ? split_csv(line) : split_tsv(line);
    };

    // The header first: a file without the wanted columns fails before COPY starts.
    std::string line;
    std::vector<std::size_t> positions;
    bool have_header = false;
    while (!have_header && std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (is_skipped_line(line, directive.format)) continue;
        positions = column_positions(split_line(line), directive, file);
        have_header = true;
    }
    if (!have_header) throw MigrationError("data file " + file.string() + " is empty");

    std::size_t rows = 0;
    CopyWriter copy(tx, directive.table, directive.columns);
    std::vector<Field> row(directive.columns.size());
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (is_skipped_line(line, directive.format)) continue;
        const auto fields = split_line(line);
        for (std::size_t i = 0; i < positions.size(); ++i)
            row[i] = positions[i] < fields.size() ? fields[positions[i]] : std::nullopt;
        copy.write(row);
        ++rows;
    }
    copy.complete();
    return rows;
}

}  // namespace baocao::db
