#include "db/migrator.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <cstdio>
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
        for (const auto& candidate : step.copy->file_candidates)
            file.data_files.push_back(fs::path(candidate).lexically_normal().generic_string());
        const auto data_file = resolve_data_file(*step.copy, data_dir);
        const std::string relative = fs::relative(data_file, data_dir).generic_string();
        const std::string content = read_file(data_file);
        sha.update(std::string("\0", 1) + relative + std::string("\0", 1));
        sha.update(content);
        file.parts += ";" + relative + "=" + sha256_of(content);
    }
    file.checksum = sha.hex();
}

struct ChangedPart {
    std::string name;          // "V003__x.sql" or a data file below data_dir
    bool no_longer_loaded = false;
};

// The parts whose checksum differs between two part lists.
std::vector<ChangedPart> changed_parts(const std::string& before, const std::string& now) {
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
    std::vector<ChangedPart> changed;
    for (const auto& [name, sha] : new_parts) {
        const auto it = old_parts.find(name);
        if (it == old_parts.end() || it->second != sha) changed.push_back({name, false});
    }
    for (const auto& [name, sha] : old_parts)
        if (!new_parts.count(name)) changed.push_back({name, true});
    return changed;
}

std::string describe(const std::vector<ChangedPart>& parts) {
    std::string text;
    for (const auto& part : parts)
        text += (text.empty() ? "" : ", ") + part.name + (part.no_longer_loaded ? " (no longer loaded)" : "");
    return text;
}

// Which repeatable migration loads each data file: a data file of an applied
// versioned migration may change when one of these loads it again.
std::map<std::string, std::string> data_reloaded_by(const std::vector<MigrationFile>& files) {
    std::map<std::string, std::string> reloaded_by;
    for (const auto& file : files)
        if (file.repeatable())
            for (const auto& data_file : file.data_files) reloaded_by.emplace(data_file, file.label());
    return reloaded_by;
}

// "a.tsv (R__a.sql), b.tsv (R__b.sql)" when every change of an applied
// versioned file is a data file some repeatable migration reloads; "" when
// any change is refused: its SQL text, a data file no repeatable migration
// loads, or anything at all when the history row has no recorded parts.
std::string reloaded_changes(const MigrationState& state,
                             const std::map<std::string, std::string>& reloaded_by) {
    if (state.file.repeatable() || !state.checksum_changed() || state.applied_parts.empty()) return "";
    const auto changes = changed_parts(state.applied_parts, state.file.parts);
    std::string reloaded;
    for (const auto& part : changes) {
        const auto it = reloaded_by.find(part.name);
        if (part.name == state.file.path.filename().string() || it == reloaded_by.end()) return "";
        reloaded += (reloaded.empty() ? "" : ", ") + part.name + " (" + it->second + ")";
    }
    return reloaded;
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

// The history table in its latest shape (its last columns there): nothing to
// create, so a role that may only read (or a read-only database) can still
// learn that nothing is pending.
bool history_table_current(pqxx::connection& conn) {
    pqxx::read_transaction tx(conn);
    return tx.exec1("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('baocao_meta.schema_history') "
                    "AND attname IN ('parts', 'kind', 'installed_rank') AND NOT attisdropped")[0]
               .as<int>() == 3;
}

void ensure_history_table(pqxx::connection& conn) {
    if (history_table_current(conn)) return;
    pqxx::work tx(conn);
    tx.exec("SET LOCAL client_min_messages = warning");  // no "already exists, skipping"
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
        -- Repeatable migrations (R__<name>.sql): no version, a row per application.
        -- Histories written before they existed keep their rows; versions stay unique.
        ALTER TABLE baocao_meta.schema_history ADD COLUMN IF NOT EXISTS kind text NOT NULL
            DEFAULT 'versioned' CHECK (kind IN ('versioned', 'repeatable'));
        ALTER TABLE baocao_meta.schema_history ADD COLUMN IF NOT EXISTS installed_rank bigint
            GENERATED BY DEFAULT AS IDENTITY;
        ALTER TABLE baocao_meta.schema_history DROP CONSTRAINT IF EXISTS schema_history_pkey;
        ALTER TABLE baocao_meta.schema_history ALTER COLUMN version DROP NOT NULL;
        CREATE UNIQUE INDEX IF NOT EXISTS schema_history_version_key
            ON baocao_meta.schema_history (version);
        COMMENT ON TABLE baocao_meta.schema_history IS
            'Migrations applied by baocao migrate: one row per migrations/V<NNN>__<name>.sql, and one per application of each migrations/R__<name>.sql (version NULL)';
    )");
    tx.commit();
}

struct AppliedRow {
    std::string name, checksum, applied_at;
    double duration_ms = 0;
    std::string parts;
};

struct History {
    std::map<int, AppliedRow> versioned;              // by version
    std::map<std::string, AppliedRow> repeatable;     // last application, by name
};

History read_history(pqxx::connection& conn) {
    pqxx::read_transaction tx(conn);
    History history;
    if (tx.exec("SELECT to_regclass('baocao_meta.schema_history') IS NULL")[0][0].as<bool>())
        return history;
    // to_jsonb: histories written before the parts, kind or installed_rank
    // columns existed still read. Rows in application order, so that the last
    // one of a repeatable migration wins.
    for (const auto& row : tx.exec(
             "SELECT version, name, checksum, "
             "to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"'), duration_ms, "
             "coalesce(to_jsonb(h) ->> 'parts', ''), "
             "coalesce(to_jsonb(h) ->> 'kind', 'versioned') = 'repeatable' "
             "FROM baocao_meta.schema_history h "
             "ORDER BY applied_at, (to_jsonb(h) ->> 'installed_rank')::bigint, version")) {
        AppliedRow applied{row[1].as<std::string>(), row[2].as<std::string>(), row[3].as<std::string>(),
                           row[4].as<double>(), row[5].as<std::string>()};
        if (row[6].as<bool>()) history.repeatable[applied.name] = std::move(applied);
        else history.versioned[row[0].as<int>()] = std::move(applied);
    }
    return history;
}

void take_applied(MigrationState& state, const AppliedRow& row) {
    state.applied = true;
    state.applied_at = row.applied_at;
    state.duration_ms = row.duration_ms;
    state.applied_checksum = row.checksum;
    state.applied_parts = row.parts;
}

// Versioned migrations by version, then repeatable ones by name: the order they run.
bool runs_before(const MigrationFile& a, const MigrationFile& b) {
    if (a.repeatable() != b.repeatable()) return !a.repeatable();
    return a.repeatable() ? a.name < b.name : a.version < b.version;
}

std::vector<MigrationState> merge_states(const std::vector<MigrationFile>& files, const History& history) {
    const auto reloaded_by = data_reloaded_by(files);
    std::vector<MigrationState> states;
    for (const auto& file : files) {
        MigrationState state;
        state.file = file;
        if (file.repeatable()) {
            if (auto it = history.repeatable.find(file.name); it != history.repeatable.end())
                take_applied(state, it->second);
        } else if (auto it = history.versioned.find(file.version); it != history.versioned.end()) {
            take_applied(state, it->second);
        }
        state.reloaded_data = reloaded_changes(state, reloaded_by);
        states.push_back(std::move(state));
    }
    const auto has_file = [&](const MigrationFile& wanted) {
        return std::any_of(files.begin(), files.end(), [&](const MigrationFile& f) {
            return f.kind == wanted.kind && f.version == wanted.version && f.name == wanted.name;
        });
    };
    const auto add_orphan = [&](MigrationFile::Kind kind, int version, const AppliedRow& row) {
        MigrationState orphan;
        orphan.file.kind = kind;
        orphan.file.version = version;
        orphan.file.name = row.name;
        if (kind == MigrationFile::Kind::versioned) {
            // a versioned file's identity is its number, whatever its name now
            if (std::any_of(files.begin(), files.end(), [&](const MigrationFile& f) {
                    return !f.repeatable() && f.version == version;
                }))
                return;
        } else if (has_file(orphan.file)) {
            return;
        }
        take_applied(orphan, row);
        states.push_back(std::move(orphan));
    };
    for (const auto& [version, row] : history.versioned) add_orphan(MigrationFile::Kind::versioned, version, row);
    for (const auto& [name, row] : history.repeatable) add_orphan(MigrationFile::Kind::repeatable, 0, row);
    std::stable_sort(states.begin(), states.end(), [](const MigrationState& a, const MigrationState& b) {
        return runs_before(a.file, b.file);
    });
    return states;
}

// Refuses to go on when history and files disagree in a way that would leave
// databases built from the same files different.
void check_consistency(const std::vector<MigrationState>& states) {
    int highest_applied = 0;
    for (const auto& state : states)
        if (state.applied && !state.file.repeatable()) highest_applied = std::max(highest_applied, state.file.version);
    for (const auto& state : states) {
        if (state.applied && state.file.path.empty()) {
            spdlog::warn("migration {} is recorded as applied but its file is gone", state.file.label());
        } else if (state.modified()) {
            const std::string changed = state.applied_parts.empty()
                                            ? std::string()
                                            : describe(changed_parts(state.applied_parts, state.file.parts));
            throw MigrationError("migration " + state.file.label() +
                                 " was changed after it was applied: checksum when applied " +
                                 state.applied_checksum + ", checksum now " + state.file.checksum +
                                 (changed.empty() ? "" : " (changed: " + changed + ")") +
                                 ". Restore the file (and the data files it loads that no R__ migration "
                                 "reloads) as they were, and put the change in a new migration; or "
                                 "rebuild this database.");
        } else if (!state.applied && !state.file.repeatable() && state.file.version < highest_applied) {
            throw MigrationError("migration " + state.file.label() +
                                 " is pending but a later version (" + std::to_string(highest_applied) +
                                 ") is already applied; give it a number above " +
                                 std::to_string(highest_applied));
        }
    }
}

// Says which edited data files of applied versioned migrations the repeatable
// ones pick up: at info when that happens in this run, else (picked up by an
// earlier run) at debug.
void report_reloaded_data(const std::vector<MigrationState>& states) {
    for (const auto& state : states) {
        if (state.reloaded_data.empty()) continue;
        bool picked_up_now = false;
        for (const auto& other : states)
            if (other.file.repeatable() && other.pending() &&
                state.reloaded_data.find("(" + other.file.label() + ")") != std::string::npos)
                picked_up_now = true;
        const auto level = picked_up_now ? spdlog::level::info : spdlog::level::debug;
        spdlog::log(level, "{}: data changed since it was applied, loaded again by repeatable migrations: {}",
                    state.file.label(), state.reloaded_data);
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
    const std::string label = file.label();
    try {
        pqxx::work tx(conn);
        run_steps(tx, parse_steps(sql, label), data_dir);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        tx.exec("INSERT INTO baocao_meta.schema_history (version, name, checksum, duration_ms, parts, kind) "
                "VALUES (" + (file.repeatable() ? std::string("NULL") : tx.quote(file.version)) + ", " +
                tx.quote(file.name) + ", " + tx.quote(file.checksum) + ", " + tx.quote(ms) + ", " +
                tx.quote(file.parts) + ", " + tx.quote(file.repeatable() ? "repeatable" : "versioned") + ")");
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

std::string MigrationFile::label() const {
    if (!path.empty()) return path.filename().string();
    if (repeatable()) return "R__" + name + ".sql";
    char number[16];
    std::snprintf(number, sizeof number, "V%03d__", version);
    return number + name + ".sql";
}

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
    static const std::regex versioned(R"(V([0-9]+)__([A-Za-z0-9_]+)\.sql)");
    static const std::regex repeatable(R"(R__([A-Za-z0-9_]+)\.sql)");
    std::vector<MigrationFile> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".sql") continue;
        std::smatch m;
        MigrationFile file;
        file.path = entry.path();
        if (std::regex_match(name, m, versioned)) {
            file.version = std::stoi(m[1]);
            file.name = m[2];
        } else if (std::regex_match(name, m, repeatable)) {
            file.kind = MigrationFile::Kind::repeatable;
            file.name = m[1];
        } else {
            throw MigrationError("migration file name " + entry.path().string() +
                                 " does not follow V<NNN>__<name>.sql (versioned) or R__<name>.sql "
                                 "(repeatable)");
        }
        compute_checksums(file, read_file(file.path), data_dir);
        files.push_back(std::move(file));
    }
    std::sort(files.begin(), files.end(), runs_before);
    for (std::size_t i = 1; i < files.size(); ++i)
        if (!files[i].repeatable() && !files[i - 1].repeatable() && files[i].version == files[i - 1].version)
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
    report_reloaded_data(states);
    int applied = 0;
    for (const auto& state : states) {  // versioned first, then repeatable: see runs_before
        if (!state.pending() || state.file.path.empty()) continue;
        const double ms = apply_one(conn_, state.file, data_dir_);
        spdlog::info("{} {} in {:.0f} ms", state.will_rerun() ? "re-applied" : "applied",
                     state.file.label(), ms);
        ++applied;
    }
    if (applied == 0) spdlog::info("schema is up to date ({} migrations applied)", states.size());
    return applied;
}

}  // namespace baocao::db
