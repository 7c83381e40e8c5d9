// The migrator against a real server: the project's migrations on an empty
// database, re-runs, edited files, concurrent runs, and the copy directive on
// small migrations written by the tests themselves.
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "db_fixture.h"

using baocao::db::MigrationError;
using baocao::db::Migrator;
using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
}

void append_to(const fs::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::app);
    out << content;
}

// The columns of ../shared/eval/CONTRACT.md with their PostgreSQL types.
const std::map<std::string, std::map<std::string, std::string>> kContract = {
    {"documents",
     {{"document_id", "bigint"}, {"source_name", "text"}, {"title", "text"}, {"published_on", "date"},
      {"author", "text"}, {"sha256", "text"}}},
    {"meetings",
     {{"meeting_id", "bigint"}, {"source_name", "text"}, {"held_on", "date"}, {"locality_code", "text"},
      {"locality_name", "text"}, {"locality_level", "smallint"}, {"province_name", "text"},
      {"organizer", "text"}, {"period_start", "date"}, {"period_end", "date"}, {"chair_name", "text"}}},
    {"official_mentions",
     {{"source_name", "text"}, {"full_name", "text"}, {"titles", "text"}, {"role", "text"}}},
    {"indicator_values",
     {{"indicator_value_id", "bigint"}, {"source_name", "text"}, {"locality_name", "text"},
      {"locality_level", "smallint"}, {"period_start", "date"}, {"period_end", "date"},
      {"indicator_code", "text"}, {"label", "text"}, {"value", "numeric"}, {"unit", "text"},
      {"qualifier", "text"}, {"out_of", "numeric"}}},
    {"indicator_comparisons",
     {{"indicator_value_id", "bigint"}, {"kind", "text"}, {"percent", "numeric"}, {"basis", "text"}}},
    {"targets",
     {{"source_name", "text"}, {"locality_name", "text"}, {"target_year", "integer"},
      {"indicator_code", "text"}, {"label", "text"}, {"direction", "text"}, {"value", "numeric"},
      {"unit", "text"}}},
};

std::size_t count_migration_files(const fs::path& dir) {
    return baocao::db::scan_migrations(dir, source_data_dir()).size();
}

}  // namespace

TEST_CASE("migrate on an empty database creates every view and column of the contract", "[db]") {
    TempDatabase database;
    auto conn = database.connect();
    Migrator migrator(*conn, source_migrations_dir(), source_data_dir());
    const auto files = count_migration_files(source_migrations_dir());
    REQUIRE(files >= 4);

    for (const auto& state : migrator.status()) CHECK_FALSE(state.applied);
    CHECK(migrator.migrate() == static_cast<int>(files));
    for (const auto& state : migrator.status()) {
        CHECK(state.applied);
        CHECK_FALSE(state.modified());
        CHECK(state.applied_checksum.size() == 64);
    }

    pqxx::read_transaction tx(*conn);
    for (const auto& [view, columns] : kContract) {
        INFO("report." << view);
        std::map<std::string, std::string> actual;
        for (const auto& row : tx.exec("SELECT column_name, data_type FROM information_schema.columns "
                                       "WHERE table_schema = 'report' AND table_name = " + tx.quote(view)))
            actual[row[0].as<std::string>()] = row[1].as<std::string>();
        for (const auto& [column, type] : columns) {
            INFO("column " << column);
            REQUIRE(actual.count(column) == 1);
            CHECK(actual[column] == type);
        }
        CHECK_NOTHROW(tx.exec("SELECT * FROM report." + view + " LIMIT 1"));
    }
}

TEST_CASE("migrate loads the gazetteer of both eras and the indicator catalog", "[db]") {
    MigratedDatabase database;  // a copy of a database the migrator built
    auto conn = database.connect();
    // Counts from data/gazetteer/README.md.
    CHECK(count_rows(*conn, "baocao.localities WHERE era = 2024 AND level = 1") == 63);
    CHECK(count_rows(*conn, "baocao.localities WHERE era = 2024 AND level = 2 AND valid_to = DATE '2025-06-30'") == 696);
    CHECK(count_rows(*conn, "baocao.localities WHERE era = 2024 AND level = 3 AND valid_to = DATE '2025-06-30'") == 10035);
    CHECK(count_rows(*conn, "baocao.localities WHERE era = 2025 AND level = 1") == 34);
    CHECK(count_rows(*conn, "baocao.localities WHERE era = 2025 AND level = 3") == 3321);
    CHECK(count_rows(*conn, "baocao.localities WHERE era = 2025 AND level = 2") == 0);
    CHECK(count_rows(*conn, "baocao.locality_mapping_2025") > 10000);
    // Hà Tĩnh's Cẩm Xuyên before the reform: a district of province 42.
    CHECK(scalar(*conn, "SELECT name || '|' || type || '|' || level || '|' || province_name "
                        "FROM report.locality_names WHERE era = 2024 AND code = '446'") ==
          "Cẩm Xuyên|Huyện|2|Hà Tĩnh");
    CHECK(scalar(*conn, "SELECT unit FROM baocao.indicator_catalog WHERE code = 'budget_revenue'") == "VND");
    CHECK(count_rows(*conn, "baocao.indicator_catalog WHERE code = 'other'") == 1);
    CHECK(count_rows(*conn, "baocao.indicator_catalog") >= 50);
}

TEST_CASE("migrate a second time applies nothing and keeps the history", "[db]") {
    MigratedDatabase database;  // a copy of a database the migrator built
    auto conn = database.connect();
    const auto history_before = scalar(*conn, "SELECT string_agg(version || ':' || checksum || ':' || applied_at, ',' "
                                              "ORDER BY version) FROM baocao_meta.schema_history");
    Migrator again(*conn, source_migrations_dir(), source_data_dir());
    CHECK(again.migrate() == 0);
    CHECK(scalar(*conn, "SELECT string_agg(version || ':' || checksum || ':' || applied_at, ',' "
                        "ORDER BY version) FROM baocao_meta.schema_history") == history_before);
    CHECK(count_rows(*conn, "baocao_meta.schema_history") ==
          static_cast<long long>(count_migration_files(source_migrations_dir())));
}

TEST_CASE("two migrators started at once apply every file exactly once", "[db]") {
    TempDatabase database;
    const auto files = static_cast<int>(count_migration_files(source_migrations_dir()));
    int applied[2] = {-1, -1};
    std::string errors[2];
    auto run = [&](int which) {
        try {
            auto conn = database.connect();
            applied[which] = Migrator(*conn, source_migrations_dir(), source_data_dir()).migrate();
        } catch (const std::exception& e) {
            errors[which] = e.what();
        }
    };
    std::thread first(run, 0), second(run, 1);
    first.join();
    second.join();
    CHECK(errors[0].empty());
    CHECK(errors[1].empty());
    CHECK(applied[0] + applied[1] == files);
    CHECK((applied[0] == 0 || applied[1] == 0));  // the lock makes one wait for the other
    auto conn = database.connect();
    CHECK(count_rows(*conn, "baocao_meta.schema_history") == files);
    CHECK(count_rows(*conn, "baocao.localities WHERE era = 2024 AND valid_to = DATE '2025-06-30'") == 63 + 696 + 10035);
}

// Small migrations of the test's own, to exercise the migrator's rules quickly.
struct ScratchProject {
    TempDir dir;
    fs::path migrations = dir.path() / "migrations";
    fs::path data = dir.path() / "data";

    ScratchProject() {
        write_file(migrations / "V001__kinds.sql",
                   "CREATE TABLE kinds (code text PRIMARY KEY, unit text, meaning text);\n");
        write_file(migrations / "V002__kinds_data.sql",
                   "CREATE TEMPORARY TABLE staging (code text, meaning text, unit text) ON COMMIT DROP;\n"
                   "-- baocao:copy staging (code,unit,meaning) FROM 'missing.tsv|kinds.tsv' TSV\n"
                   "INSERT INTO kinds SELECT code, unit, meaning FROM staging;\n");
        write_file(data / "kinds.tsv",
                   "# a comment line, then the header\n"
                   "code\tnote\tunit\tmeaning\n"
                   "rice\tx\ttấn\tgrain harvested\n"
                   "# another comment\n"
                   "\n"
                   "roads\ty\t\tkilometres built, with a \\ backslash\n");
        write_file(migrations / "V003__places.sql",
                   "CREATE TABLE places (code text, name text, parent text);\n"
                   "-- baocao:copy places (code,name,parent) FROM 'places.csv' CSV\n");
        write_file(data / "places.csv",
                   "code,name,parent\n"
                   "01,\"Hà Nội, thủ đô\",\n"
                   "002,\"Ba \"\"Đình\"\"\",01\n");
    }
};

TEST_CASE("the copy directive streams data files into tables by header name", "[db]") {
    TempDatabase database;
    ScratchProject project;
    auto conn = database.connect();
    CHECK(Migrator(*conn, project.migrations, project.data).migrate() == 3);
    CHECK(count_rows(*conn, "kinds") == 2);
    CHECK(scalar(*conn, "SELECT unit || '|' || meaning FROM kinds WHERE code = 'rice'") == "tấn|grain harvested");
    CHECK(scalar(*conn, "SELECT (unit IS NULL)::text || '|' || meaning FROM kinds WHERE code = 'roads'") ==
          "true|kilometres built, with a \\ backslash");
    CHECK(scalar(*conn, "SELECT name || '|' || coalesce(parent, 'NULL') FROM places WHERE code = '01'") ==
          "Hà Nội, thủ đô|NULL");
    CHECK(scalar(*conn, "SELECT name || '|' || parent FROM places WHERE code = '002'") == "Ba \"Đình\"|01");
}

TEST_CASE("an applied migration that was edited stops the run, naming the file and both checksums", "[db]") {
    TempDatabase database;
    ScratchProject project;
    auto conn = database.connect();
    Migrator migrator(*conn, project.migrations, project.data);
    REQUIRE(migrator.migrate() == 3);
    const auto states = migrator.status();
    const std::string applied_checksum = states.at(1).applied_checksum;

    std::string changed_part;
    SECTION("the SQL file") {
        append_to(project.migrations / "V002__kinds_data.sql", "-- an afterthought\n");
        changed_part = "(changed: V002__kinds_data.sql)";
    }
    SECTION("a data file the migration loads") {
        append_to(project.data / "kinds.tsv", "bridges\tz\tcount\tbridges\n");
        changed_part = "(changed: kinds.tsv)";
    }

    write_file(project.migrations / "V004__more.sql", "CREATE TABLE more_kinds (code text);\n");
    const auto edited = baocao::db::scan_migrations(project.migrations, project.data).at(1);
    REQUIRE(edited.checksum != applied_checksum);
    try {
        migrator.migrate();
        FAIL("migrate() accepted an edited migration");
    } catch (const MigrationError& e) {
        const std::string message = e.what();
        CHECK_THAT(message, Catch::Contains("V002__kinds_data.sql"));
        CHECK_THAT(message, Catch::Contains(applied_checksum));
        CHECK_THAT(message, Catch::Contains(edited.checksum));
        CHECK_THAT(message, Catch::Contains(changed_part));
    }
    // Nothing after the refusal ran.
    CHECK(scalar(*conn, "SELECT to_regclass('more_kinds')::text") == "");
    CHECK(migrator.status().at(1).modified());
}

TEST_CASE("a failing migration leaves nothing of itself and names the file", "[db]") {
    TempDatabase database;
    ScratchProject project;
    write_file(project.migrations / "V004__broken.sql",
               "CREATE TABLE half_done (x int);\nINSERT INTO no_such_table VALUES (1);\n");
    auto conn = database.connect();
    Migrator migrator(*conn, project.migrations, project.data);
    try {
        migrator.migrate();
        FAIL("migrate() did not report the broken migration");
    } catch (const MigrationError& e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains("V004__broken.sql"));
        CHECK_THAT(std::string(e.what()), Catch::Contains("no_such_table"));
    }
    CHECK(scalar(*conn, "SELECT to_regclass('half_done')::text") == "");
    CHECK(count_rows(*conn, "baocao_meta.schema_history") == 3);  // the good ones stay applied
    const auto states = migrator.status();
    REQUIRE(states.size() == 4);
    CHECK_FALSE(states.back().applied);
}

TEST_CASE("a missing data file or a malformed directive is reported before anything runs", "[db]") {
    TempDatabase database;
    ScratchProject project;
    auto conn = database.connect();
    SECTION("missing data file") {
        fs::remove(project.data / "places.csv");
        CHECK_THROWS_WITH(Migrator(*conn, project.migrations, project.data).migrate(),
                          Catch::Contains("places.csv"));
    }
    SECTION("malformed directive") {
        write_file(project.migrations / "V004__typo.sql", "-- baocao:copy places FROM 'places.csv' CSV\n");
        CHECK_THROWS_WITH(Migrator(*conn, project.migrations, project.data).migrate(),
                          Catch::Contains("V004__typo.sql:1"));
    }
    SECTION("badly named file") {
        write_file(project.migrations / "V5_oops.sql", "SELECT 1;\n");
        CHECK_THROWS_WITH(Migrator(*conn, project.migrations, project.data).migrate(),
                          Catch::Contains("V5_oops.sql"));
    }
    CHECK(scalar(*conn, "SELECT to_regclass('kinds')::text") == "");
}

TEST_CASE("migrations_dir() follows BAOCAO_MIGRATIONS_DIR", "[db]") {
    const std::string saved = env_or_empty("BAOCAO_MIGRATIONS_DIR");
    ::setenv("BAOCAO_MIGRATIONS_DIR", "/somewhere/migrations", 1);
    CHECK(baocao::db::migrations_dir() == fs::path("/somewhere/migrations"));
    ::unsetenv("BAOCAO_MIGRATIONS_DIR");
    CHECK(fs::is_regular_file(baocao::db::migrations_dir() / "V001__core_schema.sql"));
    if (!saved.empty()) ::setenv("BAOCAO_MIGRATIONS_DIR", saved.c_str(), 1);
}

// Repeatable migrations (R__<name>.sql) ----------------------------------------

namespace {

// The project's migrations and data files copied to a scratch directory, to
// edit them without touching the source tree.
struct ProjectCopy {
    TempDir dir;
    fs::path migrations = dir.path() / "migrations";
    fs::path data = dir.path() / "data";

    ProjectCopy() {
        fs::copy(source_migrations_dir(), migrations, fs::copy_options::recursive);
        fs::copy(source_data_dir(), data, fs::copy_options::recursive);
    }
};

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

const baocao::db::MigrationState& state_of(const std::vector<baocao::db::MigrationState>& states,
                                           const std::string& label) {
    for (const auto& state : states)
        if (state.file.label() == label) return state;
    FAIL("no migration " << label << " in the status");
    return states.front();
}

}  // namespace

TEST_CASE("a fresh migrate applies the versioned files, then the repeatable ones, again applies nothing", "[db]") {
    MigratedDatabase database;  // a copy of a database the migrator built from the source tree
    auto conn = database.connect();
    const auto files = baocao::db::scan_migrations(source_migrations_dir(), source_data_dir());
    const auto repeatable = std::count_if(files.begin(), files.end(),
                                          [](const baocao::db::MigrationFile& f) { return f.repeatable(); });
    CHECK(repeatable == 3);
    CHECK(count_rows(*conn, "baocao_meta.schema_history WHERE kind = 'repeatable' AND version IS NULL") == repeatable);
    // Every repeatable row comes after every versioned one, the repeatable ones by name.
    CHECK(scalar(*conn, "SELECT string_agg(name, ',' ORDER BY installed_rank) FROM baocao_meta.schema_history "
                        "WHERE installed_rank > (SELECT max(installed_rank) FROM baocao_meta.schema_history "
                        "WHERE kind = 'versioned')") ==
          "indicator_catalog,indicator_semantics,plan_basis_terms");
    // The R__ files loaded the same rows as V003/V006/V007: nothing extra, 'other' kept.
    CHECK(count_rows(*conn, "baocao.indicator_catalog WHERE code = 'other'") == 1);
    CHECK(count_rows(*conn, "baocao.indicator_semantics") > 10);
    CHECK(count_rows(*conn, "baocao.plan_basis_terms") > 3);

    Migrator again(*conn, source_migrations_dir(), source_data_dir());
    for (const auto& state : again.status()) {
        INFO(state.file.label());
        CHECK(state.applied);
        CHECK_FALSE(state.pending());
    }
    const auto history = count_rows(*conn, "baocao_meta.schema_history");
    CHECK(again.migrate() == 0);
    CHECK(count_rows(*conn, "baocao_meta.schema_history") == history);
}

TEST_CASE("an edited catalog file is picked up by R__indicator_catalog, not refused", "[db]") {
    MigratedDatabase database;
    ProjectCopy project;
    auto conn = database.connect();
    const auto catalog = project.data / "indicator_catalog.tsv";
    // A new code and a new meaning for an existing one (columns: code unit meaning growth_of counts).
    std::string text = read_text(catalog);
    const auto at = text.find("\nbudget_revenue\t");
    REQUIRE(at != std::string::npos);
    const auto line_end = text.find('\n', at + 1);
    text.replace(at + 1, line_end - at - 1, "budget_revenue\tVND\tstate budget revenue, edited by an analyst\t\t");
    text += "bridges_built\tcount\tbridges built in the period\t\t\n";
    write_file(catalog, text);

    Migrator migrator(*conn, project.migrations, project.data);
    const auto before = migrator.status();
    CHECK_FALSE(state_of(before, "V003__indicator_catalog.sql").modified());
    CHECK_THAT(state_of(before, "V003__indicator_catalog.sql").reloaded_data,
               Catch::Contains("indicator_catalog.tsv (R__indicator_catalog.sql)"));
    CHECK(state_of(before, "R__indicator_catalog.sql").will_rerun());
    CHECK_FALSE(state_of(before, "R__plan_basis_terms.sql").pending());

    // The catalog and the semantics (whose checksum covers the catalog) run again.
    CHECK(migrator.migrate() == 2);
    CHECK(scalar(*conn, "SELECT unit || '|' || meaning FROM baocao.indicator_catalog WHERE code = 'bridges_built'") ==
          "count|bridges built in the period");
    CHECK(scalar(*conn, "SELECT meaning FROM baocao.indicator_catalog WHERE code = 'budget_revenue'") ==
          "state budget revenue, edited by an analyst");
    CHECK(count_rows(*conn, "baocao.indicator_catalog WHERE code = 'other'") == 1);
    CHECK(count_rows(*conn, "baocao_meta.schema_history WHERE name = 'indicator_catalog' AND kind = 'repeatable'") == 2);
    CHECK(migrator.migrate() == 0);
    for (const auto& state : migrator.status()) CHECK_FALSE(state.pending());
}

TEST_CASE("semantics and plan basis terms are made equal to their edited files", "[db]") {
    MigratedDatabase database;
    ProjectCopy project;
    auto conn = database.connect();
    const auto terms_before = count_rows(*conn, "baocao.plan_basis_terms");
    append_to(project.data / "plan_basis_terms.tsv", "kế hoạch xã\tissuer\tcommune\t5\n");
    std::string semantics = read_text(project.data / "indicator_semantics.tsv");
    const auto at = semantics.find("\neconomic_growth\t");
    REQUIRE(at != std::string::npos);
    semantics.erase(at + 1, semantics.find('\n', at + 1) - at);  // drop that line
    write_file(project.data / "indicator_semantics.tsv", semantics);

    CHECK(Migrator(*conn, project.migrations, project.data).migrate() == 2);
    CHECK(count_rows(*conn, "baocao.plan_basis_terms") == terms_before + 1);
    CHECK(scalar(*conn, "SELECT value FROM baocao.plan_basis_terms WHERE term = 'kế hoạch xã'") == "commune");
    CHECK(count_rows(*conn, "baocao.indicator_semantics WHERE code = 'economic_growth'") == 0);
    CHECK(count_rows(*conn, "baocao.indicator_catalog WHERE code = 'economic_growth'") == 1);
}

TEST_CASE("an applied versioned file is still refused when its SQL or a data file no R__ file loads changed", "[db]") {
    MigratedDatabase database;
    ProjectCopy project;
    auto conn = database.connect();
    Migrator migrator(*conn, project.migrations, project.data);
    std::string label, changed_part;
    SECTION("the SQL text of V003, even though its data file is reloaded") {
        label = "V003__indicator_catalog.sql";
        append_to(project.migrations / label, "-- an afterthought\n");
        changed_part = "(changed: V003__indicator_catalog.sql)";
    }
    SECTION("a gazetteer file only V002 loads") {
        label = "V002__gazetteer.sql";
        append_to(project.data / "gazetteer" / "units_2025.csv", "99999,Xã Thử,Xã,3,,01\n");
        changed_part = "(changed: gazetteer/units_2025.csv)";
    }
    const auto states = migrator.status();
    const auto& state = state_of(states, label);
    CHECK(state.modified());
    const std::string applied_checksum = state.applied_checksum, file_checksum = state.file.checksum;
    REQUIRE(applied_checksum != file_checksum);
    try {
        migrator.migrate();
        FAIL("migrate() accepted an edited migration");
    } catch (const MigrationError& e) {
        const std::string message = e.what();
        CHECK_THAT(message, Catch::Contains(label));
        CHECK_THAT(message, Catch::Contains(applied_checksum));
        CHECK_THAT(message, Catch::Contains(file_checksum));
        CHECK_THAT(message, Catch::Contains(changed_part));
    }
}

TEST_CASE("repeatable migrations of a scratch project: status, re-runs, old histories and names", "[db]") {
    TempDatabase database;
    ScratchProject project;
    write_file(project.migrations / "R__kinds.sql",
               "CREATE TEMPORARY TABLE staging_again (code text, unit text, meaning text) ON COMMIT DROP;\n"
               "-- baocao:copy staging_again (code,unit,meaning) FROM 'kinds.tsv' TSV\n"
               "INSERT INTO kinds SELECT code, unit, meaning FROM staging_again\n"
               "ON CONFLICT (code) DO UPDATE SET unit = EXCLUDED.unit, meaning = EXCLUDED.meaning;\n");
    auto conn = database.connect();
    Migrator migrator(*conn, project.migrations, project.data);
    const auto fresh = migrator.status();
    REQUIRE(fresh.size() == 4);
    CHECK(fresh.back().file.repeatable());  // listed after every versioned file
    CHECK(fresh.back().file.label() == "R__kinds.sql");
    CHECK_FALSE(fresh.back().applied);
    CHECK(migrator.migrate() == 4);
    CHECK_FALSE(migrator.status().back().pending());

    append_to(project.data / "kinds.tsv", "bridges\tz\tcount\tbridges\n");
    SECTION("a changed data file reloads through R__kinds.sql") {
        CHECK(migrator.status().back().will_rerun());
        CHECK(migrator.migrate() == 1);
        CHECK(count_rows(*conn, "kinds") == 3);
        CHECK(count_rows(*conn, "baocao_meta.schema_history WHERE name = 'kinds' AND kind = 'repeatable'") == 2);
    }
    SECTION("a history row without parts keeps the strict rule") {
        pqxx::work tx(*conn);
        tx.exec("UPDATE baocao_meta.schema_history SET parts = NULL WHERE version = 2");
        tx.commit();
        CHECK(migrator.status().at(1).modified());
        CHECK_THROWS_WITH(migrator.migrate(), Catch::Contains("V002__kinds_data.sql"));
        CHECK(count_rows(*conn, "kinds") == 2);
    }
    SECTION("a malformed repeatable name is an error") {
        write_file(project.migrations / "R_kinds_again.sql", "SELECT 1;\n");
        CHECK_THROWS_WITH(migrator.migrate(), Catch::Contains("R_kinds_again.sql"));
    }
}
