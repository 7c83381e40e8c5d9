// baocao report NAME [--format table|csv|json] and baocao report --list:
// runs one of the ready reports of sql/ with the rights of the read-only
// role baocao_reader, inside a read-only transaction, so a report can never
// change data nor read what an analyst's login could not.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "cli/command.h"
#include "cli/json.h"

namespace baocao::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* reader_role = "baocao_reader";

// One file of sql/: its name is the file name without .sql; its header is
// the comment block at the top, whose first line says what it answers.
struct ReportFile {
    std::string name;
    fs::path path;
    std::string title;
    std::vector<std::string> header;
};

// $BAOCAO_SQL_DIR, else the installed share/baocao/sql next to the binary,
// else the source tree's sql/ (same order as migrations and data).
fs::path reports_dir() {
    if (const char* env = std::getenv("BAOCAO_SQL_DIR"); env && *env) return env;
    std::error_code error;
    const auto exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto installed = exe.parent_path() / ".." / "share" / "baocao" / "sql";
        if (fs::is_directory(installed)) return installed;
    }
    return fs::path(BAOCAO_SOURCE_DIR) / "sql";
}

std::string read_whole_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The leading "-- ..." lines, without their dashes.
std::vector<std::string> header_comment(const std::string& sql) {
    std::vector<std::string> lines;
    std::istringstream in(sql);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("--", 0) != 0) break;
        line.erase(0, 2);
        if (!line.empty() && line[0] == ' ') line.erase(0, 1);
        lines.push_back(line);
    }
    return lines;
}

std::vector<ReportFile> scan_reports(const fs::path& dir) {
    std::vector<ReportFile> reports;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".sql") continue;
        ReportFile report;
        report.name = entry.path().stem().string();
        report.path = entry.path();
        report.header = header_comment(read_whole_file(entry.path()));
        for (const auto& line : report.header)
            if (!line.empty()) {
                report.title = line;
                break;
            }
        reports.push_back(std::move(report));
    }
    std::sort(reports.begin(), reports.end(),
              [](const ReportFile& a, const ReportFile& b) { return a.name < b.name; });
    return reports;
}

// Output -------------------------------------------------------------------------

bool is_numeric_type(pqxx::oid type) {
    switch (type) {
        case 20: case 21: case 23: case 26:  // int8, int2, int4, oid
        case 700: case 701: case 1700:       // float4, float8, numeric
            return true;
        default:
            return false;
    }
}

constexpr pqxx::oid bool_type = 16;

// Terminal columns a UTF-8 string takes: code points, less combining marks
// (text is NFC, but a stray decomposed tone mark must not skew the table).
std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || u_charType(c) != U_NON_SPACING_MARK) ++width;
    }
    return width;
}

std::string cell_text(const pqxx::field& field) {
    return field.is_null() ? std::string() : std::string(field.c_str());
}

void print_table(const pqxx::result& rows) {
    const auto columns = static_cast<std::size_t>(rows.columns());
    std::vector<std::size_t> widths(columns);
    std::vector<bool> right_aligned(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        widths[c] = display_width(rows.column_name(static_cast<pqxx::row::size_type>(c)));
        right_aligned[c] = is_numeric_type(rows.column_type(static_cast<pqxx::row::size_type>(c)));
    }
    for (const auto& row : rows)
        for (std::size_t c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], display_width(cell_text(row[static_cast<pqxx::row::size_type>(c)])));

    auto print_cell = [&](const std::string& text, std::size_t c, bool align_right) {
        const std::string padding(widths[c] - display_width(text), ' ');
        std::cout << (c ? " | " : " ") << (align_right ? padding + text : text + padding);
    };
    for (std::size_t c = 0; c < columns; ++c)
        print_cell(rows.column_name(static_cast<pqxx::row::size_type>(c)), c, false);
    std::cout << '\n';
    for (std::size_t c = 0; c < columns; ++c) std::cout << (c ? "-+-" : "-") << std::string(widths[c], '-');
    std::cout << "-\n";
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < columns; ++c)
            print_cell(cell_text(row[static_cast<pqxx::row::size_type>(c)]), c, right_aligned[c]);
        std::cout << '\n';
    }
    std::cout << '(' << rows.size() << (rows.size() == 1 ? " row)\n" : " rows)\n");
}

// RFC 4180: quote a field holding a separator, a quote or a line break.
std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void print_csv(const pqxx::result& rows) {
    const auto columns = rows.columns();
    for (pqxx::row::size_type c = 0; c < columns; ++c)
        std::cout << (c ? "," : "") << csv_field(rows.column_name(c));
    std::cout << "\r\n";
    for (const auto& row : rows) {
        for (pqxx::row::size_type c = 0; c < columns; ++c) std::cout << (c ? "," : "") << csv_field(cell_text(row[c]));
        std::cout << "\r\n";
    }
}

// An array of objects; numbers stay numbers (numeric keeps its exact digits).
void print_json(const pqxx::result& rows) {
    JsonWriter json(std::cout, true);
    const auto columns = rows.columns();
    json.begin_array();
    for (const auto& row : rows) {
        json.begin_object();
        for (pqxx::row::size_type c = 0; c < columns; ++c) {
            json.key(rows.column_name(c));
            const auto& field = row[c];
            const auto type = rows.column_type(c);
            const std::string text = cell_text(field);
            if (field.is_null()) json.null();
            else if (type == bool_type) json.boolean(text == "t");
            else if (is_numeric_type(type) && text.find_first_of("NI") == std::string::npos)
                json.number_literal(text);  // NaN and Infinity are not JSON numbers
            else json.string(text);
        }
        json.end_object();
    }
    json.end_array();
    std::cout << '\n';
}

// Running ------------------------------------------------------------------------

int list_reports(const std::vector<ReportFile>& reports, const fs::path& dir) {
    if (reports.empty()) {
        spdlog::error("no reports (*.sql) found in {} (set BAOCAO_SQL_DIR to the project's sql/ folder)",
                      dir.string());
        return exit_internal;
    }
    std::size_t name_width = 0;
    for (const auto& report : reports) name_width = std::max(name_width, report.name.size());
    for (const auto& report : reports)
        std::printf("%-*s  %s\n", static_cast<int>(name_width), report.name.c_str(), report.title.c_str());
    return exit_ok;
}

const ReportFile* find_report(const std::vector<ReportFile>& reports, std::string name) {
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".sql") == 0) name.resize(name.size() - 4);
    for (const auto& report : reports)
        if (report.name == name) return &report;
    return nullptr;
}

// The reader role's rights only: a read-only transaction in which the
// session takes the role (it must exist: `baocao migrate` creates it).
pqxx::result run_as_reader(pqxx::connection& conn, const std::string& sql) {
    pqxx::read_transaction tx(conn);
    try {
        tx.exec(std::string("SET LOCAL ROLE ") + reader_role);
    } catch (const pqxx::sql_error& e) {
        throw std::runtime_error(
            std::string("cannot take the read-only role ") + reader_role + " (" + e.what() +
            "): run 'baocao migrate' to create it, and connect as its member or as the database owner "
            "(GRANT " + reader_role + " TO your_login)");
    }
    tx.exec("SET LOCAL search_path TO report");
    return tx.exec(sql);
}

int run_report(const Invocation& invocation) {
    const fs::path dir = reports_dir();
    const auto reports = scan_reports(dir);
    if (invocation.has("list")) return list_reports(reports, dir);

    if (invocation.positional.size() != 1) {
        spdlog::error("name one report (baocao report --list shows them)");
        return exit_usage;
    }
    const std::string format = invocation.value("format").value_or("table");
    if (format != "table" && format != "csv" && format != "json") {
        spdlog::error("unknown --format '{}': use table, csv or json", format);
        return exit_usage;
    }
    const ReportFile* report = find_report(reports, invocation.positional[0]);
    if (!report) {
        spdlog::error("no report named '{}' in {} (baocao report --list shows them)", invocation.positional[0],
                      dir.string());
        return exit_usage;
    }

    auto conn = open_database(invocation);
    if (!conn) return exit_database;
    pqxx::result rows;
    try {
        rows = run_as_reader(*conn, read_whole_file(report->path));
    } catch (const std::exception& e) {
        spdlog::error("report {} ({}): {}", report->name, report->path.string(), e.what());
        return exit_database;
    }
    spdlog::debug("report {}: {} rows", report->name, rows.size());
    if (format == "csv") print_csv(rows);
    else if (format == "json") print_json(rows);
    else print_table(rows);
    std::cout.flush();
    return exit_ok;
}

Command make_report_command() {
    Command command;
    command.name = "report";
    command.synopsis = "NAME | --list";
    command.summary = "run one of the ready reports of sql/ (table, CSV or JSON)";
    command.description =
        "Runs sql/NAME.sql against the database and prints its rows. The report runs in a\n"
        "read-only transaction with the rights of the role baocao_reader (created by\n"
        "'baocao migrate'): it sees the views of schema report and nothing else, so the\n"
        "same SQL works for an analyst's own reader login. The login you connect with must\n"
        "be a member of baocao_reader or own the database.\n"
        "--list prints each report's name and the question it answers (the first line of\n"
        "its header comment). Reports are read from $BAOCAO_SQL_DIR, else the installed\n"
        "share/baocao/sql, else the source tree's sql/.\n"
        "Formats: table (aligned, for reading), csv (RFC 4180 with a header row, for\n"
        "spreadsheets), json (an array of objects; numbers stay exact).";
    command.options = {
        {"format", "FORMAT", "table (default), csv or json"},
        {"list", "", "list the reports with the question each answers"},
    };
    command.examples =
        "  baocao report --list\n"
        "  baocao report budget_revenue\n"
        "  baocao report plan_fulfilment_ranking --format csv > ranking.csv\n"
        "  baocao report latest_figures --format json | jq '.[0]'";
    command.run = run_report;
    return command;
}

}  // namespace

REGISTER_COMMAND(make_report_command());

}  // namespace baocao::cli
