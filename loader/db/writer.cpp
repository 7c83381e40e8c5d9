#include "db/writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <spdlog/spdlog.h>

#include "db/connection.h"
#include "db/copy_writer.h"
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

const std::set<std::string> kRoles = {"chair", "speaker", "reporter", "attendee", "mentioned"};
const std::set<std::string> kQualifiers = {"estimate", "more_than", "less_than", "about"};
const std::set<std::string> kDirections = {"min", "max", "eq"};
const std::set<std::string> kComparisonKinds = {"ratio_to_plan", "ratio_to_prior", "change_vs_prior"};

bool is_valid_date(const model::Date& d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    if (d.month == 2 && d.day == 29) return leap;
    return d.day <= days[d.month - 1];
}

// Builds one multi-row INSERT ... VALUES (...), (...) RETURNING ...: one round
// trip per table per document, with every value quoted by libpq.
class RowsInsert {
public:
    // tail: what follows the VALUES list, e.g. "RETURNING ordinal, meeting_id".
    RowsInsert(pqxx::transaction_base& tx, std::string table_and_columns, std::string tail)
        : tx_(tx), head_(std::move(table_and_columns)), tail_(std::move(tail)) {}

    RowsInsert& row() {
        rows_.emplace_back();
        return *this;
    }
    RowsInsert& text(const std::string& value) { return raw(tx_.quote(value)); }
    RowsInsert& text_or_null(const std::string& value) { return value.empty() ? null() : text(value); }
    RowsInsert& integer(long long value) { return raw(std::to_string(value)); }
    RowsInsert& boolean(bool value) { return raw(value ? "true" : "false"); }
    RowsInsert& numeric(const model::Decimal& value) { return raw(tx_.quote(value.to_string()) + "::numeric"); }
    RowsInsert& numeric(const std::optional<model::Decimal>& value) { return value ? numeric(*value) : null(); }
    RowsInsert& date(const std::optional<model::Date>& value) {
        return value ? raw(tx_.quote(value->iso()) + "::date") : null();
    }
    RowsInsert& text_array(const std::vector<std::string>& values) {
        std::string array = "ARRAY[";
        for (std::size_t i = 0; i < values.size(); ++i) array += (i ? "," : "") + tx_.quote(values[i]);
        return raw(array + "]::text[]");
    }
    RowsInsert& null() { return raw("NULL"); }
    RowsInsert& raw(const std::string& sql) {
        auto& current = rows_.back();
        current += (current.empty() ? "" : ", ") + sql;
        return *this;
    }

    bool empty() const { return rows_.empty(); }

    pqxx::result run() {
        if (rows_.empty()) return {};
        std::string sql = "INSERT INTO " + head_ + " VALUES ";
        for (std::size_t i = 0; i < rows_.size(); ++i) sql += (i ? ", (" : "(") + rows_[i] + ")";
        if (!tail_.empty()) sql += " " + tail_;
        return tx_.exec(sql);
    }

private:
    pqxx::transaction_base& tx_;
    std::string head_, tail_;
    std::vector<std::string> rows_;
};

// Which evidence column a fact's evidence row fills.
enum class FactColumn { meeting, official_mention, indicator_value, comparison, target, place_mention };

struct PendingEvidence {
    FactColumn column;
    long long fact_id;
    model::Evidence evidence;
};

// An official named twice in one article becomes one mention: the contract
// has one row per person per article. Titles are merged in order of first
// appearance; the most telling role wins (chair over speaker over ...).
struct MergedMention {
    std::string full_name, province_name, role;
    std::vector<std::string> titles;
    std::vector<model::Evidence> evidence;
};

int role_rank(const std::string& role) {
    static const std::vector<std::string> order = {"chair", "speaker", "reporter", "attendee", "mentioned"};
    const auto it = std::find(order.begin(), order.end(), role);
    return static_cast<int>(it - order.begin());
}

std::vector<MergedMention> merge_mentions(const std::vector<model::OfficialMention>& officials) {
    std::vector<MergedMention> merged;
    std::map<std::pair<std::string, std::string>, std::size_t> index;
    for (const auto& official : officials) {
        if (official.full_name.empty()) continue;
        std::string role = kRoles.count(official.role) ? official.role : "mentioned";
        if (!official.role.empty() && !kRoles.count(official.role))
            spdlog::warn("official {}: unknown role '{}', stored as 'mentioned'", official.full_name, official.role);
        const auto key = std::make_pair(official.full_name, official.province_name);
        auto [it, inserted] = index.emplace(key, merged.size());
        if (inserted) merged.push_back({official.full_name, official.province_name, role, {}, {}});
        auto& target = merged[it->second];
        if (role_rank(role) < role_rank(target.role)) target.role = role;
        for (const auto& title : official.titles)
            if (std::find(target.titles.begin(), target.titles.end(), title) == target.titles.end())
                target.titles.push_back(title);
        target.evidence.insert(target.evidence.end(), official.evidence.begin(), official.evidence.end());
    }
    return merged;
}

// Writes the facts of one document inside the caller's transaction.
class DocumentWriter {
public:
    DocumentWriter(pqxx::work& tx, const model::Document& doc, long long document_id)
        : tx_(tx), doc_(doc), document_id_(document_id) {}

    std::size_t write_facts() {
        load_known_localities();
        ensure_catalog_codes();
        write_places();
        write_meetings();
        write_officials();
        write_indicators();
        write_targets();
        write_evidence();
        return facts_written_;
    }

private:
    // Localities ------------------------------------------------------------

    static int era_of(const model::LocalityRef& ref) { return ref.post_2025 ? 2025 : 2024; }

    void load_known_localities() {
        std::set<std::pair<int, std::string>> wanted;
        const auto want = [&](const model::LocalityRef& ref) {
            if (ref.resolved()) wanted.emplace(era_of(ref), ref.code);
        };
        for (const auto& p : doc_.places) want(p.ref);
        for (const auto& p : doc_.url_places) want(p.ref);
        for (const auto& m : doc_.meetings) want(m.locality);
        for (const auto& v : doc_.indicators) want(v.locality);
        for (const auto& t : doc_.targets) want(t.locality);
        if (wanted.empty()) return;
        std::string keys;
        for (const auto& [era, code] : wanted)
            keys += (keys.empty() ? "" : ", ") + ("(" + std::to_string(era) + "::smallint, " + tx_.quote(code) + ")");
        for (const auto& row : tx_.exec("SELECT era, code FROM baocao.localities WHERE (era, code) IN (" + keys + ")"))
            known_localities_.emplace(row[0].as<int>(), row[1].as<std::string>());
    }

    // (era, code, text) of a reference; a code the gazetteer does not know is
    // kept as text only, so one bad resolution cannot cost the document.
    void add_locality(RowsInsert& insert, const model::LocalityRef& ref, bool with_text = true) {
        const bool known = ref.resolved() && known_localities_.count({era_of(ref), ref.code});
        if (ref.resolved() && !known)
            spdlog::warn("{}: locality code {} (era {}) is not in the gazetteer; kept as unresolved '{}'",
                         doc_.source_name, ref.code, era_of(ref), ref.name);
        if (known)
            insert.integer(era_of(ref)).text(ref.code);
        else
            insert.null().null();
        if (with_text) known ? insert.null() : insert.text_or_null(ref.name);
    }

    // Indicator codes the database's catalog lacks (the data file moved on
    // since the last migration) are added rather than failing the load.
    void ensure_catalog_codes() {
        std::set<std::string> codes;
        for (const auto& v : doc_.indicators) codes.insert(v.code.empty() ? "other" : v.code);
        for (const auto& t : doc_.targets) codes.insert(t.code.empty() ? "other" : t.code);
        if (codes.empty()) return;
        std::string list;
        for (const auto& code : codes) list += (list.empty() ? "" : ", ") + tx_.quote(code);
        const auto added = tx_.exec(
            "INSERT INTO baocao.indicator_catalog (code, meaning) "
            "SELECT c, 'not in the catalog when the database was migrated; added by the loader' "
            "FROM unnest(ARRAY[" + list + "]::text[]) AS c ON CONFLICT (code) DO NOTHING RETURNING code");
        for (const auto& row : added)
            spdlog::warn("indicator code '{}' was missing from baocao.indicator_catalog; added (run 'baocao migrate')",
                         row[0].c_str());
    }

    static std::string code_or_other(const std::string& code) { return code.empty() ? "other" : code; }

    std::optional<model::Date> checked_date(const std::optional<model::Date>& date, const char* what) {
        if (!date) return std::nullopt;
        if (is_valid_date(*date)) return date;
        spdlog::warn("{}: {} {:04d}-{:02d}-{:02d} is not a date; stored as NULL", doc_.source_name, what,
                     date->year, date->month, date->day);
        return std::nullopt;
    }

    void add_period(RowsInsert& insert, const std::optional<model::Period>& period) {
        if (!period) {
            insert.null().null().null();
            return;
        }
        auto start = checked_date(period->start, "period start");
        auto end = checked_date(period->end, "period end");
        if (start && end && std::tie(start->year, start->month, start->day) > std::tie(end->year, end->month, end->day))
            start = end = std::nullopt;
        insert.date(start).date(end).text_or_null(period->label);
    }

    // Facts -------------------------------------------------------------------

    // Places of the text (with evidence), then those of the web address (without).
    void write_places() {
        RowsInsert insert(tx_,
                          "baocao.place_mentions (document_id, ordinal, surface, locality_era, locality_code, origin)",
                          "RETURNING ordinal, place_mention_id");
        const std::size_t in_text = doc_.places.size();
        for (std::size_t i = 0; i < in_text + doc_.url_places.size(); ++i) {
            const bool from_url = i >= in_text;
            const auto& place = from_url ? doc_.url_places[i - in_text] : doc_.places[i];
            insert.row().integer(document_id_).integer(static_cast<long long>(i)).text(place.surface);
            add_locality(insert, place.ref, false);
            insert.text(from_url ? "source_url" : "text");
        }
        for (const auto& row : insert.run()) {
            const auto ordinal = row[0].as<std::size_t>();
            if (ordinal < in_text) queue(FactColumn::place_mention, row[1].as<long long>(), doc_.places[ordinal].evidence);
        }
    }

    void write_meetings() {
        RowsInsert insert(tx_,
                          "baocao.meetings (document_id, ordinal, held_on, time_of_day, organizer, locality_era, "
                          "locality_code, locality_text, kind, session_number, term, online, period_start, "
                          "period_end, period_label, chair_name, locality_basis, date_basis, period_basis)",
                          "RETURNING ordinal, meeting_id");
        for (std::size_t i = 0; i < doc_.meetings.size(); ++i) {
            const auto& m = doc_.meetings[i];
            insert.row().integer(document_id_).integer(static_cast<long long>(i));
            insert.date(checked_date(m.held_on, "meeting day")).text_or_null(m.time_of_day).text_or_null(m.organizer);
            add_locality(insert, m.locality);
            insert.text_or_null(m.kind);
            m.session_number && *m.session_number > 0 && *m.session_number < 32768 ? insert.integer(*m.session_number)
                                                                                    : insert.null();
            insert.text_or_null(m.term).boolean(m.online);
            add_period(insert, m.period);
            insert.text_or_null(m.chair_name);
            insert.text_or_null(m.locality.resolved() ? m.locality_basis : "");
            insert.text_or_null(m.held_on ? m.date_basis : "").text_or_null(m.period ? m.period_basis : "");
        }
        for (const auto& row : insert.run()) {
            const auto ordinal = row[0].as<std::size_t>();
            const auto id = row[1].as<long long>();
            if (ordinal == 0) main_meeting_id_ = id;
            queue(FactColumn::meeting, id, doc_.meetings[ordinal].evidence);
            ++facts_written_;
        }
    }

    // DO UPDATE (a no-op) rather than DO NOTHING so that people already known
    // come back with their ids too.
    std::map<std::pair<std::string, std::string>, long long> upsert_persons(const std::vector<MergedMention>& mentions) {
        RowsInsert insert(tx_, "baocao.persons (full_name, province_name)",
                          "ON CONFLICT (full_name, province_name) DO UPDATE SET full_name = EXCLUDED.full_name "
                          "RETURNING person_id, full_name, province_name");
        for (const auto& m : mentions) insert.row().text(m.full_name).text(m.province_name);
        std::map<std::pair<std::string, std::string>, long long> ids;
        for (const auto& row : insert.run())
            ids[{row[1].as<std::string>(), row[2].as<std::string>()}] = row[0].as<long long>();
        return ids;
    }

    void write_officials() {
        const auto mentions = merge_mentions(doc_.officials);
        if (mentions.empty()) return;
        const auto person_ids = upsert_persons(mentions);
        RowsInsert insert(tx_, "baocao.official_mentions (document_id, person_id, ordinal, titles, role)",
                          "RETURNING ordinal, official_mention_id");
        for (std::size_t i = 0; i < mentions.size(); ++i) {
            const auto& m = mentions[i];
            insert.row().integer(document_id_).integer(person_ids.at({m.full_name, m.province_name}));
            insert.integer(static_cast<long long>(i)).text_array(m.titles).text(m.role);
        }
        for (const auto& row : insert.run()) {
            const auto& m = mentions[row[0].as<std::size_t>()];
            for (const auto& evidence : m.evidence) queue(FactColumn::official_mention, row[1].as<long long>(), evidence);
            ++facts_written_;
        }
    }

    void write_indicators() {
        RowsInsert insert(tx_,
                          "baocao.indicator_values (document_id, meeting_id, ordinal, locality_era, locality_code, "
                          "locality_text, indicator_code, label, value, unit, qualifier, out_of, period_start, "
                          "period_end, period_label, code_basis)",
                          "RETURNING ordinal, indicator_value_id");
        for (std::size_t i = 0; i < doc_.indicators.size(); ++i) {
            const auto& v = doc_.indicators[i];
            insert.row().integer(document_id_);
            main_meeting_id_ ? insert.integer(*main_meeting_id_) : insert.null();
            insert.integer(static_cast<long long>(i));
            add_locality(insert, v.locality);
            insert.text(code_or_other(v.code)).text(v.label).numeric(v.value).text(v.unit);
            if (!v.qualifier.empty() && !kQualifiers.count(v.qualifier))
                spdlog::warn("{}: unknown qualifier '{}' of '{}' dropped", doc_.source_name, v.qualifier, v.label);
            kQualifiers.count(v.qualifier) ? insert.text(v.qualifier) : insert.null();
            insert.numeric(v.out_of);
            add_period(insert, v.period);
            insert.text_or_null(v.code_basis);
        }
        std::vector<std::pair<long long, const model::IndicatorValue*>> written;
        for (const auto& row : insert.run()) {
            const auto& value = doc_.indicators[row[0].as<std::size_t>()];
            queue(FactColumn::indicator_value, row[1].as<long long>(), value.evidence);
            written.emplace_back(row[1].as<long long>(), &value);
            ++facts_written_;
        }
        write_comparisons(written);
    }

    void write_comparisons(const std::vector<std::pair<long long, const model::IndicatorValue*>>& values) {
        RowsInsert insert(tx_, "baocao.indicator_comparisons (indicator_value_id, document_id, ordinal, kind, percent, basis)",
                          "RETURNING indicator_value_id, ordinal, comparison_id");
        std::map<std::pair<long long, std::size_t>, const model::Comparison*> by_key;
        for (const auto& [value_id, value] : values) {
            for (std::size_t i = 0; i < value->comparisons.size(); ++i) {
                const auto& c = value->comparisons[i];
                if (!kComparisonKinds.count(c.kind)) {
                    spdlog::warn("{}: comparison kind '{}' of '{}' is unknown; dropped", doc_.source_name, c.kind,
                                 value->label);
                    continue;
                }
                insert.row().integer(value_id).integer(document_id_).integer(static_cast<long long>(i));
                insert.text(c.kind).numeric(c.percent).text_or_null(c.basis);
                by_key[{value_id, i}] = &c;
            }
        }
        for (const auto& row : insert.run()) {
            const auto* comparison = by_key.at({row[0].as<long long>(), row[1].as<std::size_t>()});
            queue(FactColumn::comparison, row[2].as<long long>(), comparison->evidence);
            ++facts_written_;
        }
    }

    void write_targets() {
        RowsInsert insert(tx_,
                          "baocao.targets (document_id, ordinal, locality_era, locality_code, locality_text, "
                          "target_year, indicator_code, label, direction, value, unit, text, year_basis)",
                          "RETURNING ordinal, target_id");
        for (std::size_t i = 0; i < doc_.targets.size(); ++i) {
            const auto& t = doc_.targets[i];
            if (t.year < 1900 || t.year > 2200) {
                spdlog::warn("{}: target '{}' has no usable year ({}); dropped", doc_.source_name, t.label, t.year);
                continue;
            }
            insert.row().integer(document_id_).integer(static_cast<long long>(i));
            add_locality(insert, t.locality);
            insert.integer(t.year).text(code_or_other(t.code)).text(t.label);
            kDirections.count(t.direction) ? insert.text(t.direction) : insert.null();
            insert.numeric(t.value).text_or_null(t.unit).text(t.text.empty() ? t.label : t.text);
            insert.text_or_null(t.year_basis);
        }
        for (const auto& row : insert.run()) {
            queue(FactColumn::target, row[1].as<long long>(), doc_.targets[row[0].as<std::size_t>()].evidence);
            ++facts_written_;
        }
    }

    // Evidence ------------------------------------------------------------------

    void queue(FactColumn column, long long fact_id, const model::Evidence& evidence) {
        pending_.push_back({column, fact_id, evidence});
    }

    model::Span clamp(model::Span span) const {
        span.end = std::min(span.end, doc_.text.size());
        span.begin = std::min(span.begin, span.end);
        return span;
    }

    // One COPY for all the document's evidence. Offsets become character
    // offsets; the stored sentence text is the slice those offsets denote.
    void write_evidence() {
        static const std::vector<std::string> columns = {
            "document_id", "meeting_id", "official_mention_id", "indicator_value_id", "comparison_id",
            "target_id", "place_mention_id", "sentence_text", "sentence_start", "sentence_end",
            "match_start", "match_end"};
        if (pending_.empty()) return;
        CopyWriter copy(tx_, "baocao.evidence", columns);
        for (const auto& item : pending_) {
            auto sentence = clamp(item.evidence.sentence);
            auto match = clamp(item.evidence.match);
            if (sentence.empty() && match.empty()) continue;  // the extractor kept no evidence
            if (sentence.empty()) sentence = match;
            if (match.empty()) match = sentence;
            std::vector<Field> row(columns.size());
            row[0] = std::to_string(document_id_);
            row[1 + static_cast<int>(item.column)] = std::to_string(item.fact_id);
            row[7] = std::string(doc_.slice(sentence));
            row[8] = std::to_string(text::char_offset(doc_.text, sentence.begin));
            row[9] = std::to_string(text::char_offset(doc_.text, sentence.end));
            row[10] = std::to_string(text::char_offset(doc_.text, match.begin));
            row[11] = std::to_string(text::char_offset(doc_.text, match.end));
            copy.write(row);
        }
        copy.complete();
    }

    pqxx::work& tx_;
    const model::Document& doc_;
    long long document_id_;
    std::optional<long long> main_meeting_id_;
    std::set<std::pair<int, std::string>> known_localities_;
    std::vector<PendingEvidence> pending_;
    std::size_t facts_written_ = 0;
};

long long insert_document(pqxx::work& tx, const model::Document& doc, const std::string& sha256) {
    RowsInsert insert(tx,
                      "baocao.documents (source_name, path, title, published_on, author, site, sha256, text, "
                      "context_province_code, is_meeting_report, rejection_reason, source_url, extracted_with)",
                      "RETURNING document_id");
    std::optional<model::Date> published = doc.published_on;
    if (published && !is_valid_date(*published)) published.reset();
    insert.row().text(doc.source_name).text_or_null(doc.path).text_or_null(doc.title).date(published);
    insert.text_or_null(doc.author).text_or_null(doc.site).text(sha256).text(doc.text);
    insert.text_or_null(doc.context_province_code).boolean(doc.is_meeting_report).text_or_null(doc.rejection_reason);
    insert.text_or_null(doc.source_url).text_or_null(doc.extracted_with);
    return insert.run()[0][0].as<long long>();
}

std::optional<long long> find_document(pqxx::work& tx, const char* column, const std::string& value) {
    const auto rows = tx.exec(std::string("SELECT document_id FROM baocao.documents WHERE ") + column + " = " +
                              tx.quote(value));
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<long long>();
}

// The document already stored with this text, and what it was read with.
struct StoredText {
    long long document_id = 0;
    std::string source_name, source_url, extracted_with;
};

std::optional<StoredText> find_same_text(pqxx::work& tx, const std::string& sha256) {
    const auto rows = tx.exec("SELECT document_id, source_name, coalesce(source_url, ''), coalesce(extracted_with, '') "
                              "FROM baocao.documents WHERE sha256 = " + tx.quote(sha256));
    if (rows.empty()) return std::nullopt;
    return StoredText{rows[0][0].as<long long>(), rows[0][1].as<std::string>(), rows[0][2].as<std::string>(),
                      rows[0][3].as<std::string>()};
}

// Nothing to do when the same text was read by the same rules; the URL counts
// only for the same file (a copy of an article under another name stays a copy).
bool up_to_date(const StoredText& stored, const model::Document& doc) {
    if (stored.extracted_with != doc.extracted_with) return false;
    return stored.source_name != doc.source_name || stored.source_url == doc.source_url;
}

}  // namespace

Writer::Writer(pqxx::connection& conn) : conn_(conn) {}

WriteResult Writer::write(const model::Document& doc) {
    if (doc.source_name.empty()) throw DbError("cannot store a document without a source name");
    const std::string sha256 = doc.sha256.empty() ? text::sha256_hex(doc.text) : doc.sha256;
    try {
        pqxx::work tx(conn_);
        // Two loaders handed the same file (or the same text) at once take
        // turns instead of tripping over the unique constraints.
        tx.exec("SELECT pg_advisory_xact_lock(hashtext(" + tx.quote("baocao.document:" + doc.source_name) +
                ")), pg_advisory_xact_lock(hashtext(" + tx.quote("baocao.sha256:" + sha256) + "))");

        WriteResult result;
        if (auto same_text = find_same_text(tx, sha256)) {
            if (up_to_date(*same_text, doc)) {
                result.outcome = LoadOutcome::unchanged;
                result.document_id = same_text->document_id;
                return result;  // the read-only transaction just ends
            }
            // Read by other rules (or now with its URL): its facts are extracted afresh.
            tx.exec("DELETE FROM baocao.documents WHERE document_id = " + std::to_string(same_text->document_id));
            result.outcome = LoadOutcome::refreshed;
        }
        if (auto earlier = find_document(tx, "source_name", doc.source_name)) {
            // Cascades to every fact and its evidence.
            tx.exec("DELETE FROM baocao.documents WHERE document_id = " + std::to_string(*earlier));
            result.outcome = LoadOutcome::replaced;
        }
        result.document_id = insert_document(tx, doc, sha256);
        result.facts_written = DocumentWriter(tx, doc, result.document_id).write_facts();
        tx.commit();
        return result;
    } catch (const pqxx::broken_connection& e) {
        throw DbError("lost the database connection while storing " + doc.source_name + ": " + e.what());
    } catch (const pqxx::sql_error& e) {
        std::string message = e.what();
        while (!message.empty() && message.back() == '\n') message.pop_back();
        throw DbError("cannot store " + doc.source_name + " (nothing of it was written): " + message, e.sqlstate());
    }
}

}  // namespace baocao::db
