#include "db/writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <spdlog/spdlog.h>

#include "db/connection.h"
#include "db/copy_writer.h"
#include "db/fact_rows.h"
#include "text/normalize.h"

namespace baocao::db {

const char* to_string(LoadOutcome outcome) {
    switch (outcome) {
        case LoadOutcome::added: return "added";
        case LoadOutcome::unchanged: return "unchanged";
        case LoadOutcome::refreshed: return "refreshed";
        case LoadOutcome::replaced: return "replaced";
    }
    return "?";
}

namespace {

// Batches of fewer documents go without staging tables (see insert_values).
constexpr std::size_t kStagedFrom = 16;

constexpr std::size_t index_of(Table table) { return static_cast<std::size_t>(table); }

template <typename Container>
std::string quoted_list(pqxx::transaction_base& tx, const Container& values) {
    std::string list;
    for (const auto& value : values) list += (list.empty() ? "" : ", ") + tx.quote(value);
    return list;
}

std::string sha256_of(const model::Document& doc) {
    return doc.sha256.empty() ? text::sha256_hex(doc.text) : doc.sha256;
}

// A document stored, or about to be stored by this batch, and what it was read with.
struct StoredText {
    std::string source_name, sha256, source_url, extracted_with;
};

// Nothing to do when the same text was read by the same rules; the URL counts
// only for the same file (a copy of an article under another name stays a copy).
bool up_to_date(const StoredText& stored, const model::Document& doc) {
    if (stored.extracted_with != doc.extracted_with) return false;
    return stored.source_name != doc.source_name || stored.source_url == doc.source_url;
}

// The documents as the batch sees them while it decides, in input order, what
// becomes of each: those stored before it (keys = their document_id) and
// those it adds (key -1 - their index in the batch), which later documents of
// the same batch may replace.
class BatchState {
public:
    void add(long long key, StoredText stored) {
        by_sha_[stored.sha256] = key;
        by_name_[stored.source_name] = key;
        stored_.emplace(key, std::move(stored));
    }
    std::optional<long long> with_sha(const std::string& sha) const { return find(by_sha_, sha); }
    std::optional<long long> with_name(const std::string& name) const { return find(by_name_, name); }
    const StoredText& at(long long key) const { return stored_.at(key); }
    void remove(long long key) {
        const auto it = stored_.find(key);
        by_sha_.erase(it->second.sha256);
        by_name_.erase(it->second.source_name);
        stored_.erase(it);
    }

private:
    static std::optional<long long> find(const std::unordered_map<std::string, long long>& map, const std::string& key) {
        const auto it = map.find(key);
        if (it == map.end()) return std::nullopt;
        return it->second;
    }
    std::map<long long, StoredText> stored_;
    std::unordered_map<std::string, long long> by_sha_, by_name_;
};

long long batch_key(std::size_t index) { return -1 - static_cast<long long>(index); }

// What the batch does with one document.
struct Plan {
    std::string sha256;
    WriteResult result;
    bool insert = false;                     // still true at the end: it is written
    std::optional<long long> unchanged_key;  // the stored document it is the same as
};

// Writes one batch inside the caller's transaction.
class BatchWriter {
public:
    // staging_ready: this session's staging tables exist; set when the batch creates them.
    BatchWriter(pqxx::work& tx, const std::vector<const model::Document*>& docs, bool& staging_ready)
        : tx_(tx), docs_(docs), staging_ready_(staging_ready) {}

    std::vector<WriteResult> write() {
        lock();
        plan();
        if (!deletions_.empty())  // cascades to every fact and its evidence
            tx_.exec("DELETE FROM baocao.documents WHERE document_id IN (" + quoted_list(tx_, deletions_) + ")");
        std::vector<std::size_t> inserted;
        for (std::size_t i = 0; i < docs_.size(); ++i)
            if (plans_[i].insert) inserted.push_back(i);
        if (!inserted.empty()) write_documents(inserted);
        std::vector<WriteResult> results;
        for (std::size_t i = 0; i < docs_.size(); ++i) {
            Plan& p = plans_[i];
            if (p.unchanged_key) p.result.document_id = resolved_id(*p.unchanged_key);
            results.push_back(p.result);
        }
        return results;
    }

private:
    // Two loaders handed the same file (or the same text) at once take turns
    // instead of tripping over the unique constraints; locks are taken in one
    // order (by key) so that two batches never wait for each other.
    void lock() {
        std::vector<std::string> keys;
        for (const auto* doc : docs_) {
            keys.push_back("baocao.document:" + doc->source_name);
            keys.push_back("baocao.sha256:" + sha256_of(*doc));
        }
        tx_.exec("SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext(x) AS k FROM unnest(ARRAY[" +
                 quoted_list(tx_, keys) + "]::text[]) AS x ORDER BY 1) AS keys");
    }

    void plan() {
        std::vector<std::string> shas, names;
        for (const auto* doc : docs_) {
            plans_.push_back({sha256_of(*doc), {}, false, std::nullopt});
            shas.push_back(plans_.back().sha256);
            names.push_back(doc->source_name);
        }
        BatchState state;
        for (const auto& row : tx_.exec("SELECT document_id, source_name, sha256, coalesce(source_url, ''), "
                                        "coalesce(extracted_with, '') FROM baocao.documents WHERE sha256 IN (" +
                                        quoted_list(tx_, shas) + ") OR source_name IN (" + quoted_list(tx_, names) + ")"))
            state.add(row[0].as<long long>(), {row[1].as<std::string>(), row[2].as<std::string>(),
                                               row[3].as<std::string>(), row[4].as<std::string>()});
        for (std::size_t i = 0; i < docs_.size(); ++i) {
            const model::Document& doc = *docs_[i];
            Plan& p = plans_[i];
            if (auto same_text = state.with_sha(p.sha256)) {
                if (up_to_date(state.at(*same_text), doc)) {
                    p.result.outcome = LoadOutcome::unchanged;
                    p.unchanged_key = same_text;
                    continue;
                }
                // Read by other rules (or now with its URL): its facts are extracted afresh.
                remove(state, *same_text);
                p.result.outcome = LoadOutcome::refreshed;
            }
            if (auto earlier = state.with_name(doc.source_name)) {
                remove(state, *earlier);
                p.result.outcome = LoadOutcome::replaced;
            }
            p.insert = true;
            p.result.facts_written = facts_of(doc);
            state.add(batch_key(i), {doc.source_name, p.sha256, doc.source_url, doc.extracted_with});
        }
    }

    void remove(BatchState& state, long long key) {
        state.remove(key);
        if (key >= 0)
            deletions_.push_back(key);
        else
            plans_[static_cast<std::size_t>(-1 - key)].insert = false;  // replaced within the batch: never written
    }

    long long resolved_id(long long key) const {
        if (key >= 0) return key;
        return plans_[static_cast<std::size_t>(-1 - key)].result.document_id;
    }

    void write_documents(const std::vector<std::size_t>& inserted) {
        BatchLookups lookups;
        ensure_catalog_codes(inserted);
        load_known_localities(inserted, lookups);
        upsert_persons(inserted, lookups);
        IdPool ids = allocate_ids(inserted);
        StagedRows staged;
        for (std::size_t i : inserted) {
            Plan& p = plans_[i];
            p.result.document_id = ids.take(Table::documents);
            p.result.facts_written = stage_document(*docs_[i], p.sha256, p.result.document_id, ids, lookups, staged);
        }
        if (inserted.size() < kStagedFrom) {
            insert_values(staged);
            return;
        }
        if (!staging_ready_) create_staging_tables();
        staging_ready_ = true;
        std::string moves;
        for (std::size_t t = 0; t < kTables; ++t) {
            const Table table = static_cast<Table>(t);
            if (table == Table::evidence || staged[t].empty()) continue;
            copy_lines(staging_name(table), table_spec(table).columns, staged[t]);
            const std::string columns = column_list(table);
            moves += "INSERT INTO " + std::string(table_spec(table).name) + " (" + columns +
                     ") OVERRIDING SYSTEM VALUE SELECT " + columns + " FROM " + staging_name(table) + " ORDER BY " +
                     table_spec(table).id_column + ";\n";
        }
        tx_.exec(moves);
        copy_lines(table_spec(Table::evidence).name, table_spec(Table::evidence).columns,
                   staged[index_of(Table::evidence)]);
    }

    // A few documents go as plain INSERTs, all tables in one round trip: the
    // staging tables' emptying at commit (a truncation each) would cost more
    // than the COPY saves.
    void insert_values(const StagedRows& staged) {
        std::string sql;
        for (std::size_t t = 0; t < kTables; ++t) {
            const Table table = static_cast<Table>(t);
            if (staged[t].empty()) continue;
            sql += "INSERT INTO " + std::string(table_spec(table).name) + " (" + column_list(table) + ")" +
                   (table == Table::evidence ? "" : " OVERRIDING SYSTEM VALUE") + " VALUES ";
            for (std::size_t i = 0; i < staged[t].size(); ++i) sql += (i ? ", " : "") + values_tuple(staged[t][i]);
            sql += ";\n";
        }
        tx_.exec(sql);
    }

    // A COPY text line as a VALUES tuple: each field quoted by libpq, and
    // typed by its column as the server reads it.
    std::string values_tuple(const std::string& line) {
        std::string tuple = "(", field;
        bool null = false;
        const auto end_field = [&](bool last) {
            tuple += null ? std::string("NULL") : tx_.quote(field);
            tuple += last ? ")" : ", ";
            field.clear();
            null = false;
        };
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '\t') {
                end_field(false);
            } else if (c == '\\' && i + 1 < line.size()) {
                const char escaped = line[++i];
                if (escaped == 'N') null = true;
                else field += escaped == 't' ? '\t' : escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped;
            } else {
                field += c;
            }
        }
        end_field(true);
        return tuple;
    }

    // Indicator codes the database's catalog lacks (the data file moved on
    // since the last migration) are added rather than failing the load.
    void ensure_catalog_codes(const std::vector<std::size_t>& inserted) {
        std::set<std::string> codes;
        for (std::size_t i : inserted) add_catalog_codes(*docs_[i], codes);
        if (codes.empty()) return;
        const auto added = tx_.exec(
            "INSERT INTO baocao.indicator_catalog (code, meaning) "
            "SELECT c, 'not in the catalog when the database was migrated; added by the loader' "
            "FROM unnest(ARRAY[" + quoted_list(tx_, codes) + "]::text[]) AS c ON CONFLICT (code) DO NOTHING RETURNING code");
        for (const auto& row : added)
            spdlog::warn("indicator code '{}' was missing from baocao.indicator_catalog; added (run 'baocao migrate')",
                         row[0].c_str());
    }

    void load_known_localities(const std::vector<std::size_t>& inserted, BatchLookups& lookups) {
        std::set<std::pair<int, std::string>> wanted;
        for (std::size_t i : inserted) add_wanted_localities(*docs_[i], wanted);
        if (wanted.empty()) return;
        std::string keys;
        for (const auto& [era, code] : wanted)
            keys += (keys.empty() ? "" : ", ") + ("(" + std::to_string(era) + "::smallint, " + tx_.quote(code) + ")");
        for (const auto& row :
             tx_.exec("SELECT era, code, name FROM baocao.localities WHERE (era, code) IN (" + keys + ")"))
            lookups.known_localities.emplace(std::make_pair(row[0].as<int>(), row[1].as<std::string>()),
                                             row[2].as<std::string>());
    }

    // DO UPDATE (a no-op) rather than DO NOTHING so that people already known
    // come back with their ids too; each person once, in order of appearance.
    void upsert_persons(const std::vector<std::size_t>& inserted, BatchLookups& lookups) {
        std::vector<std::pair<std::string, std::string>> keys;
        std::set<std::pair<std::string, std::string>> seen;
        for (std::size_t i : inserted)
            for (auto& key : person_keys(*docs_[i]))
                if (seen.insert(key).second) keys.push_back(std::move(key));
        if (keys.empty()) return;
        std::string values;
        for (const auto& [name, province] : keys)
            values += (values.empty() ? "(" : ", (") + tx_.quote(name) + ", " + tx_.quote(province) + ")";
        for (const auto& row : tx_.exec("INSERT INTO baocao.persons (full_name, province_name) VALUES " + values +
                                        " ON CONFLICT (full_name, province_name) DO UPDATE SET full_name = "
                                        "EXCLUDED.full_name RETURNING person_id, full_name, province_name"))
            lookups.person_ids[{row[1].as<std::string>(), row[2].as<std::string>()}] = row[0].as<long long>();
    }

    // Every id the batch needs, drawn from the tables' own sequences in one
    // round trip; ascending per table, so facts keep their order.
    IdPool allocate_ids(const std::vector<std::size_t>& inserted) {
        RowCounts needed{};
        for (std::size_t i : inserted) {
            const RowCounts counts = rows_needed(*docs_[i]);
            for (std::size_t t = 0; t < kTables; ++t) needed[t] += counts[t];
        }
        std::string sql;
        for (std::size_t t = 0; t < kTables; ++t) {
            const TableSpec& spec = table_spec(static_cast<Table>(t));
            if (!needed[t] || !*spec.id_column) continue;
            sql += std::string(sql.empty() ? "" : " UNION ALL ") + "SELECT " + std::to_string(t) +
                   ", nextval(pg_get_serial_sequence(" + tx_.quote(spec.name) + ", " + tx_.quote(spec.id_column) +
                   ")) FROM generate_series(1, " + std::to_string(needed[t]) + ")";
        }
        IdPool pool;
        for (const auto& row : tx_.exec(sql)) pool.ids[row[0].as<std::size_t>()].push_back(row[1].as<long long>());
        for (auto& ids : pool.ids) std::sort(ids.begin(), ids.end());
        return pool;
    }

    static std::string staging_name(Table table) {
        const std::string name = table_spec(table).name;
        return "pg_temp.baocao_stage_" + name.substr(name.find('.') + 1);
    }

    static std::string column_list(Table table) {
        std::string list;
        for (const auto& column : table_spec(table).columns) list += (list.empty() ? "" : ", ") + column;
        return list;
    }

    // One empty table per fact table, with the columns the loader fills;
    // emptied at every commit.
    void create_staging_tables() {
        std::string sql;
        for (std::size_t t = 0; t < kTables; ++t) {
            const Table table = static_cast<Table>(t);
            if (table == Table::evidence) continue;
            sql += "CREATE TEMP TABLE IF NOT EXISTS " + staging_name(table).substr(std::string("pg_temp.").size()) +
                   " ON COMMIT DELETE ROWS AS SELECT " + column_list(table) + " FROM " + table_spec(table).name +
                   " WITH NO DATA;\n";
        }
        tx_.exec(sql);
    }

    void copy_lines(const std::string& table, const std::vector<std::string>& columns,
                    const std::vector<std::string>& lines) {
        if (lines.empty()) return;
        CopyWriter copy(tx_, table, columns);
        for (const auto& line : lines) copy.write_line(line);
        copy.complete();
    }

    pqxx::work& tx_;
    const std::vector<const model::Document*>& docs_;
    bool& staging_ready_;
    std::vector<Plan> plans_;
    std::vector<long long> deletions_;
};

std::string batch_name(const std::vector<const model::Document*>& docs) {
    if (docs.size() == 1) return docs.front()->source_name;
    return "a batch of " + std::to_string(docs.size()) + " documents (" + docs.front()->source_name + " ... " +
           docs.back()->source_name + ")";
}

std::string trimmed(std::string message) {
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return message;
}

}  // namespace

Writer::Writer(pqxx::connection& conn) : conn_(conn) {}

WriteResult Writer::write(const model::Document& doc) { return write_batch({&doc}).front(); }

std::vector<WriteResult> Writer::write_batch(const std::vector<const model::Document*>& docs) {
    if (docs.empty()) return {};
    for (const auto* doc : docs)
        if (doc->source_name.empty()) throw DbError("cannot store a document without a source name");
    bool staging_ready = staging_ready_;  // tables created by a transaction that fails are gone again
    try {
        pqxx::work tx(conn_);
        auto results = BatchWriter(tx, docs, staging_ready).write();
        tx.commit();
        staging_ready_ = staging_ready;
        return results;
    } catch (const pqxx::broken_connection& e) {
        throw DbError("lost the database connection while storing " + batch_name(docs) + ": " + e.what());
    } catch (const pqxx::sql_error& e) {
        throw DbError("cannot store " + batch_name(docs) + " (nothing of it was written): " + trimmed(e.what()), e.sqlstate());
    }
}

std::vector<StoredOrNot> Writer::write_each(const std::vector<const model::Document*>& docs) {
    std::vector<StoredOrNot> out;
    try {
        for (auto& result : write_batch(docs)) out.push_back({result, ""});
        return out;
    } catch (const DbError& e) {
        // Gone, or refusing every document (read-only, full, no privilege): the load stops.
        if (!conn_.is_open() || is_database_fault(e.sqlstate)) throw;
        if (docs.size() == 1) return {{std::nullopt, e.what()}};
        spdlog::warn("{}; storing its documents one at a time", e.what());
    }
    for (const auto* doc : docs) {
        try {
            out.push_back({write_batch({doc}).front(), ""});
        } catch (const DbError& e) {
            if (!conn_.is_open() || is_database_fault(e.sqlstate)) throw;
            out.push_back({std::nullopt, e.what()});
        }
    }
    return out;
}

}  // namespace baocao::db
