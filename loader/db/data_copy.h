// The `-- baocao:copy` directive of migrations: a data file (CSV or TSV with a
// header row) streamed into a table with COPY FROM STDIN. Internal to loader/db.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

namespace baocao::db {

struct CopyDirective {
    enum class Format { csv, tsv };
    std::string table;
    std::vector<std::string> columns;           // picked from the file's header by name
    std::vector<std::string> file_candidates;   // 'a.tsv|b.tsv': the first that exists
    Format format = Format::csv;
};

// The directive on this line, or nullopt when the line is not one. A line that
// starts with "-- baocao:" but does not parse throws MigrationError(where + why).
std::optional<CopyDirective> parse_copy_directive(const std::string& line, const std::string& where);

// The data file a directive names, below data_dir; throws MigrationError
// naming every candidate when none exists.
std::filesystem::path resolve_data_file(const CopyDirective& directive,
                                        const std::filesystem::path& data_dir);

// Streams the file's rows into the directive's table in transaction tx;
// returns the number of rows. Empty fields become NULL; TSV lines starting
// with '#' and blank lines are skipped.
std::size_t copy_data_file(pqxx::transaction_base& tx, const CopyDirective& directive,
                           const std::filesystem::path& file);

}  // namespace baocao::db
