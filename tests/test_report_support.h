// Helpers for the [report] tests: run SQL with the reader role's rights (as
// `baocao report` does), hold a result as plain strings and find rows in it.
#pragma once

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include "db_fixture.h"

namespace baocao::testing {

// A query result copied out of libpqxx: column names and text cells
// (std::nullopt for NULL), so it outlives its transaction.
struct ResultTable {
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;

    std::size_t column(const std::string& name) const {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == name) return i;
        FAIL("no column '" << name << "' in the result");
        return 0;
    }

    // Rows whose named columns hold exactly the given text ("" = NULL).
    std::vector<std::size_t> find(const std::vector<std::pair<std::string, std::string>>& criteria) const {
        std::vector<std::size_t> found;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            bool all = true;
            for (const auto& [name, wanted] : criteria) {
                const auto& cell = rows[r][column(name)];
                if (cell.value_or("") != wanted) all = false;
            }
            if (all) found.push_back(r);
        }
        return found;
    }

    std::string text(std::size_t row, const std::string& name) const {
        return rows.at(row)[column(name)].value_or("");
    }

    bool is_null(std::size_t row, const std::string& name) const { return !rows.at(row)[column(name)]; }

    double number(std::size_t row, const std::string& name) const {
        const auto& cell = rows.at(row)[column(name)];
        if (!cell) FAIL("column '" << name << "' is NULL in row " << row);
        return std::stod(*cell);
    }

    // The table as text, for INFO() when an assertion fails.
    std::string dump(std::size_t max_rows = 40) const {
        std::ostringstream out;
        for (std::size_t c = 0; c < columns.size(); ++c) out << (c ? " | " : "") << columns[c];
        out << '\n';
        for (std::size_t r = 0; r < rows.size() && r < max_rows; ++r) {
            for (std::size_t c = 0; c < columns.size(); ++c)
                out << (c ? " | " : "") << rows[r][c].value_or("NULL");
            out << '\n';
        }
        out << '(' << rows.size() << " rows)";
        return out.str();
    }
};

// Runs SQL the way `baocao report` does: a read-only transaction holding the
// rights of baocao_reader only. Exceptions (e.g. insufficient_privilege)
// propagate to the caller.
inline ResultTable query_as_reader(pqxx::connection& conn, const std::string& sql) {
    pqxx::read_transaction tx(conn);
    tx.exec("SET LOCAL ROLE baocao_reader");
    const auto result = tx.exec(sql);
    ResultTable table;
    for (pqxx::row::size_type c = 0; c < result.columns(); ++c) table.columns.push_back(result.column_name(c));
    for (const auto& row : result) {
        std::vector<std::optional<std::string>> cells;
        for (const auto& field : row)
            cells.push_back(field.is_null() ? std::nullopt : std::optional<std::string>(field.c_str()));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

inline std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) FAIL("cannot read " << path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::filesystem::path report_sql_dir() { return std::filesystem::path(BAOCAO_SOURCE_DIR) / "sql"; }

inline ResultTable run_report_file(pqxx::connection& conn, const std::string& name) {
    return query_as_reader(conn, read_text_file(report_sql_dir() / (name + ".sql")));
}

// Relative comparison for numbers that went through numeric -> text.
inline bool same_number(double actual, double expected) {
    return std::fabs(actual - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
}

}  // namespace baocao::testing
