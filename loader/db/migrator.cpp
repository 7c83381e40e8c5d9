#include "db/migrator.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>

#include <openssl/evp.h>
#include <spdlog/spdlog.h>

#include "db/data_copy.h"

namespace baocao::db {

namespace fs = std::filesystem;

namespace {

// "baocao" in ASCII: one lock key shared by every migrator of this project.
constexpr long long kMigrationLockKey = 0x62616f63616fLL;

fs::path executable_dir() {
    std::error_code ec;
    auto exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw MigrationError("cannot read " + path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

class Sha256 {
public:
    Sha256() : ctx_(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
        if (!ctx_ || !EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr))
            throw MigrationError("SHA-256 unavailable");
    }
    void update(const std::string& bytes) { EVP_DigestUpdate(ctx_.get(), bytes.data(), bytes.size()); }
    std::string hex() {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx_.get(), digest, &length);
        static const char digits[] = "0123456789abcdef";
        std::string out;
        for (unsigned int i = 0; i < length; ++i) {
            out += digits[digest[i] >> 4];
            out += digits[digest[i] & 15];
        }
        return out;
    }

private:
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx_;
};

// A migration file cut at its copy directives: SQL, then a copy, then SQL...
struct Step {
    std::string sql;                       // run when non-empty
    std::optional<CopyDirective> copy;     // run after sql
};

bool is_only_comments(const std::string& sql) {
    std::istringstream lines(sql);
    std::string line;
    while (std::getline(lines, line)) {
        const auto first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos && line.compare(first, 2, "--") != 0) return false;
    }
    return true;
}

std::vector<Step> parse_steps(const std::string& sql, const std::string& file_name) {
    std::vector<Step> steps(1);
    std::istringstream lines(sql);
    std::string line;
    int line_number = 0;
    while (std::getline(lines, line)) {
        ++line_number;
        auto directive = parse_copy_directive(line, file_name + ":" + std::to_string(line_number));
        if (!directive) {
            steps.back().sql += line + "\n";
            continue;
        }
        steps.back().copy = std::move(directive);
        steps.emplace_back();
    }
    return steps;
}

std::string sha256_of(const std::string& bytes) {
    Sha256 sha;
    sha.update(bytes);
    return sha.hex();
}

// sha256 of the SQL text followed by each data file it copies (name and bytes),
// so a changed gazetteer counts as a changed migration; plus each part's own
// sha256 for the error message.
void compute_checksums(MigrationFile& file, const std::string& sql, const fs::path& data_dir) {
    const std::string file_name = file.path.filename().string();
    Sha256 sha;
    sha.update(sql);
    file.parts = file_name + "=" + sha256_of(sql);
    for (const auto& step : parse_steps(sql, file_name)) {
        if (!step.copy) continue;
        const auto data_file = resolve_data_file(*step.copy, data_dir);
        const std::string relative = fs::relative(data_file, data_dir).generic_string();
        const std::string content = read_file(data_file);
        sha.update(std::string("\0", 1) + relative + std::string("\0", 1));
        sha.update(content);
        file.parts += ";" + relative + "=" + sha256_of(content);
    }
    file.checksum = sha.hex();
}

// The names of the parts whose checksum differs between two part lists.
std::string changed_parts(const std::string& before, const std::string& now) {
    const auto to_map = [](const std::string& parts) {
        std::map<std::string, std::string> map;
        std::istringstream in(parts);
        std::string item;
        while (std::getline(in, item, ';')) {
            const auto equals = item.rfind('=');
            if (equals != std::string::npos) map[item.substr(0, equals)] = item.substr(equals + 1);
        }
        return map;
    };
    const auto old_parts = to_map(before), new_parts = to_map(now);
    std::string changed;
    for (const auto& [name, sha] : new_parts) {
        const auto it = old_parts.find(name);
        if (it == old_parts.end() || it->second != sha) changed += (changed.empty() ? "" : ", ") + name;
    }
    for (const auto& [name, sha] : old_parts)
        if (!new_parts.count(name)) changed += (changed.empty() ? "" : ", ") + name + " (no longer loaded)";
    return changed;
}

std::string file_label(const MigrationFile& file) {
    return file.path.empty() ? "V" + std::to_string(file.version) + "__" + file.name
                             : file.path.filename().string();
}

// A session-level advisory lock held for a whole run: a second migrator waits
// here until the first is done, then finds the files applied.
class MigrationLock {
public:
    explicit MigrationLock(pqxx::connection& conn) : conn_(conn) {
        pqxx::nontransaction tx(conn_);
        const std::string key = std::to_string(kMigrationLockKey);
        if (tx.exec("SELECT pg_try_advisory_lock(" + key + ")")[0][0].as<bool>()) return;
        spdlog::info("another migrator is working on this database; waiting for it to finish");
        tx.exec("SELECT pg_advisory_lock(" + key + ")");
    }
    ~MigrationLock() {
        try {
            pqxx::nontransaction tx(conn_);
            tx.exec("SELECT pg_advisory_unlock(" + std::to_string(kMigrationLockKey) + ")");
        } catch (const std::exception& e) {
            spdlog::warn("releasing the migration lock failed: {}", e.what());
        }
    }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;

private:
    pqxx::connection& conn_;
};

void ensure_history_table(pqxx::connection& conn) {
    pqxx::work tx(conn);
    tx.exec(R"(
        CREATE SCHEMA IF NOT EXISTS baocao_meta;
        CREATE TABLE IF NOT EXISTS baocao_meta.schema_history (
            version      integer PRIMARY KEY,
            name         text NOT NULL,
            checksum     text NOT NULL,
            applied_at   timestamptz NOT NULL DEFAULT now(),
            duration_ms  double precision NOT NULL,
            applied_by   text NOT NULL DEFAULT current_user
        );
        ALTER TABLE baocao_meta.schema_history ADD COLUMN IF NOT EXISTS parts text;
        COMMENT ON TABLE baocao_meta.schema_history IS
            'Migrations applied by baocao migrate: one row per migrations/V<NNN>__<name>.sql';
    )");
    tx.commit();
}

struct AppliedRow {
    std::string name, checksum, applied_at;
    double duration_ms = 0;
    std::string parts;
};

std::map<int, AppliedRow> read_history(pqxx::connection& conn) {
    pqxx::read_transaction tx(conn);
    std::map<int, AppliedRow> applied;
    if (tx.exec("SELECT to_regclass('baocao_meta.schema_history') IS NULL")[0][0].as<bool>())
        return applied;
    for (const auto& row : tx.exec(
             "SELECT version, name, checksum, "
             "to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"'), duration_ms, "
             // to_jsonb: histories written before the parts column existed still read
             "coalesce(to_jsonb(h) ->> 'parts', '') "
             "FROM baocao_meta.schema_history h ORDER BY version"))
        applied[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>(),
                                     row[3].as<std::string>(), row[4].as<double>(),
                                     row[5].as<std::string>()};
    return applied;
}

std::vector<MigrationState> merge_states(const std::vector<MigrationFile>& files,
                                         const std::map<int, AppliedRow>& applied) {
    std::vector<MigrationState> states;
    for (const auto& file : files) {
        MigrationState state;
        state.file = file;
        if (auto it = applied.find(file.version); it != applied.end()) {
            state.applied = true;
            state.applied_at = it->second.applied_at;
            state.duration_ms = it->second.duration_ms;
            state.applied_checksum = it->second.checksum;
            state.applied_parts = it->second.parts;
        }
        states.push_back(std::move(state));
    }
    for (const auto& [version, row] : applied) {
        const bool has_file = std::any_of(files.begin(), files.end(),
                                          [&](const MigrationFile& f) { return f.version == version; });
        if (has_file) continue;
        MigrationState orphan;
        orphan.file.version = version;
        orphan.file.name = row.name;
        orphan.applied = true;
        orphan.applied_at = row.applied_at;
        orphan.duration_ms = row.duration_ms;
        orphan.applied_checksum = row.checksum;
        orphan.applied_parts = row.parts;
        states.push_back(std::move(orphan));
    }
    std::sort(states.begin(), states.end(), [](const MigrationState& a, const MigrationState& b) {
        return a.file.version < b.file.version;
    });
    return states;
}

// Refuses to go on when history and files disagree in a way that would leave
// databases built from the same files different.
void check_consistency(const std::vector<MigrationState>& states) {
    int highest_applied = 0;
    for (const auto& state : states)
        if (state.applied) highest_applied = std::max(highest_applied, state.file.version);
    for (const auto& state : states) {
        if (state.applied && state.file.path.empty()) {
            spdlog::warn("migration {} is recorded as applied but its file is gone", file_label(state.file));
        } else if (state.modified()) {
            const std::string changed = state.applied_parts.empty()
                                            ? std::string()
                                            : changed_parts(state.applied_parts, state.file.parts);
            throw MigrationError("migration " + file_label(state.file) +
                                 " was changed after it was applied: checksum when applied " +
                                 state.applied_checksum + ", checksum now " + state.file.checksum +
                                 (changed.empty() ? "" : " (changed: " + changed + ")") +
                                 ". Restore the file (and the data files it loads) as they were, and put "
                                 "the change in a new migration; or rebuild this database.");
        } else if (!state.applied && state.file.version < highest_applied) {
            throw MigrationError("migration " + file_label(state.file) +
                                 " is pending but a later version (" + std::to_string(highest_applied) +
                                 ") is already applied; give it a number above " +
                                 std::to_string(highest_applied));
        }
    }
}

void run_steps(pqxx::work& tx, const std::vector<Step>& steps, const fs::path& data_dir) {
    for (const auto& step : steps) {
        if (!is_only_comments(step.sql)) tx.exec(step.sql);
        if (!step.copy) continue;
        const auto data_file = resolve_data_file(*step.copy, data_dir);
        const auto rows = copy_data_file(tx, *step.copy, data_file);
        spdlog::debug("copied {} rows of {} into {}", rows, data_file.string(), step.copy->table);
    }
}

double apply_one(pqxx::connection& conn, const MigrationFile& file, const fs::path& data_dir) {
    const auto started = std::chrono::steady_clock::now();
    const std::string sql = read_file(file.path);
    const std::string label = file_label(file);
    try {
        pqxx::work tx(conn);
        run_steps(tx, parse_steps(sql, label), data_dir);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        tx.exec("INSERT INTO baocao_meta.schema_history (version, name, checksum, duration_ms, parts) VALUES (" +
                tx.quote(file.version) + ", " + tx.quote(file.name) + ", " + tx.quote(file.checksum) +
                ", " + tx.quote(ms) + ", " + tx.quote(file.parts) + ")");
        tx.commit();
        return ms;
    } catch (const MigrationError& e) {
        throw MigrationError("migration " + label + " failed, nothing of it was applied: " + e.what());
    } catch (const pqxx::sql_error& e) {
        std::string message = e.what();
        while (!message.empty() && message.back() == '\n') message.pop_back();
        throw MigrationError("migration " + label + " failed, nothing of it was applied: " + message);
    }
}

}  // namespace

fs::path migrations_dir() {
    if (const char* env = std::getenv("BAOCAO_MIGRATIONS_DIR"); env && *env) return env;
    const auto installed = executable_dir() / ".." / "share" / "baocao" / "migrations";
    if (fs::is_directory(installed)) return installed;
    return fs::path(BAOCAO_SOURCE_DIR) / "migrations";
}

std::vector<MigrationFile> scan_migrations(const fs::path& dir, const fs::path& data_dir) {
    if (!fs::is_directory(dir))
        throw MigrationError("migrations directory not found: " + dir.string() +
                             " (set BAOCAO_MIGRATIONS_DIR to the project's migrations/ folder)");
    static const std::regex pattern(R"(V([0-9]+)__([A-Za-z0-9_]+)\.sql)");
    std::vector<MigrationFile> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".sql") continue;
        std::smatch m;
        if (!std::regex_match(name, m, pattern))
            throw MigrationError("migration file name " + entry.path().string() +
                                 " does not follow V<NNN>__<name>.sql");
        MigrationFile file{std::stoi(m[1]), m[2], entry.path(), "", ""};
        compute_checksums(file, read_file(file.path), data_dir);
        files.push_back(std::move(file));
    }
    std::sort(files.begin(), files.end(),
              [](const MigrationFile& a, const MigrationFile& b) { return a.version < b.version; });
    for (std::size_t i = 1; i < files.size(); ++i)
        if (files[i].version == files[i - 1].version)
            throw MigrationError("two migrations share version " + std::to_string(files[i].version) +
                                 ": " + files[i - 1].path.filename().string() + " and " +
                                 files[i].path.filename().string());
    return files;
}

Migrator::Migrator(pqxx::connection& conn, fs::path migrations_dir, fs::path data_dir)
    : conn_(conn), migrations_dir_(std::move(migrations_dir)), data_dir_(std::move(data_dir)) {}

std::vector<MigrationState> Migrator::status() {
    return merge_states(scan_migrations(migrations_dir_, data_dir_), read_history(conn_));
}

int Migrator::migrate() {
    const auto files = scan_migrations(migrations_dir_, data_dir_);
    MigrationLock lock(conn_);
    ensure_history_table(conn_);
    const auto states = merge_states(files, read_history(conn_));
    check_consistency(states);
    int applied = 0;
    for (const auto& state : states) {
        if (state.applied) continue;
        const double ms = apply_one(conn_, state.file, data_dir_);
        spdlog::info("applied {} in {:.0f} ms", file_label(state.file), ms);
        ++applied;
    }
    if (applied == 0) spdlog::info("schema is up to date ({} migrations applied)", states.size());
    return applied;
}

}  // namespace baocao::db
