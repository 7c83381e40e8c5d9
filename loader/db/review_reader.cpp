#include "db/review_reader.h"

#include <map>
#include <set>
#include <unordered_map>

namespace baocao::db {

namespace {

std::string text_of(const pqxx::field& field) { return field.is_null() ? std::string() : field.c_str(); }
long long id_of(const pqxx::field& field) { return field.is_null() ? 0 : field.as<long long>(); }

// "ANY('{1,2,3}'::bigint[])": the ids are numbers we format, never text from outside.
std::string any_of(const std::vector<long long>& ids) {
    std::string list;
    for (const auto id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);
    return "ANY('{" + list + "}'::bigint[])";
}

// The fact queries: each selects the fact's id and document first, then the
// columns the page shows as the stored row, in this order.
struct FactQuery {
    const char* kind;
    const char* sql;  // "... WHERE document_id = " is completed with the batch
};

const FactQuery kFactQueries[] = {
    {"meeting",
     "SELECT meeting_id, document_id, is_main_meeting, held_on, time_of_day, organizer, kind, session_number, "
     "term, online, locality_name, locality_code, locality_era, locality_level, province_name, period_label, "
     "period_start, period_end, chair_name, locality_basis, date_basis, period_basis "
     "FROM report.meetings WHERE document_id = {} ORDER BY document_id, NOT is_main_meeting, meeting_id"},
    {"official_mention",
     "SELECT official_mention_id, document_id, full_name, titles, role, province_name, person_id "
     "FROM report.official_mentions WHERE document_id = {} ORDER BY document_id, official_mention_id"},
    {"indicator_value",
     "SELECT indicator_value_id, document_id, indicator_code, label, value, unit, qualifier, out_of, "
     "period_label, period_start, period_end, locality_name, locality_code, locality_era, meeting_id, code_basis "
     "FROM report.indicator_values WHERE document_id = {} ORDER BY document_id, indicator_value_id"},
    {"indicator_comparison",
     "SELECT comparison_id, document_id, indicator_value_id, kind, percent, basis "
     "FROM report.indicator_comparisons WHERE document_id = {} ORDER BY document_id, comparison_id"},
    // Targets from the table: report.targets leaves out goals without a number.
    {"target",
     "SELECT t.target_id, t.document_id, t.target_year, t.indicator_code, t.label, t.direction, t.value, t.unit, "
     "t.text, coalesce(t.locality_text, l.name) AS locality_name, t.locality_code, t.locality_era, t.year_basis "
     "FROM baocao.targets t LEFT JOIN baocao.localities l ON l.era = t.locality_era AND l.code = t.locality_code "
     "WHERE t.document_id = {} ORDER BY t.document_id, t.target_id"},
    {"place_mention",
     "SELECT p.place_mention_id, p.document_id, p.surface, l.type || ' ' || l.name AS locality, p.locality_code, "
     "p.locality_era, p.origin FROM baocao.place_mentions p "
     "LEFT JOIN baocao.localities l ON l.era = p.locality_era AND l.code = p.locality_code "
     "WHERE p.document_id = {} ORDER BY p.document_id, p.place_mention_id"},
};

std::string with_ids(const char* sql, const std::string& ids) {
    std::string filled = sql;
    filled.replace(filled.find("{}"), 2, ids);
    return filled;
}

bool path_selected(const DocumentSummary& doc, const std::vector<std::string>& paths) {
    if (paths.empty()) return true;
    for (auto path : paths) {
        if (doc.source_name == path || doc.path == path) return true;
        if (!path.empty() && path.back() != '/') path += '/';
        if (doc.path.compare(0, path.size(), path) == 0) return true;
    }
    return false;
}

}  // namespace

std::vector<std::size_t> code_point_starts(const std::string& text) {
    std::vector<std::size_t> starts;
    starts.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
    starts.push_back(text.size());
    return starts;
}

ReviewReader::ReviewReader(pqxx::connection& conn)
    : tx_(std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(conn)) {
    for (const auto& row : tx_->exec(
             "SELECT flag, severity, description, indicator_value_id, other_indicator_value_id, source_name, "
             "other_source_name FROM report.quality_flags ORDER BY source_name, indicator_value_id, flag")) {
        flags_.push_back({text_of(row[0]), text_of(row[1]), text_of(row[2]), id_of(row[3]), id_of(row[4]),
                          text_of(row[5]), text_of(row[6])});
    }
}

ReviewReader::~ReviewReader() = default;

std::vector<DocumentSummary> ReviewReader::documents(const std::vector<std::string>& paths) {
    std::map<std::string, long long> flags_by_source;
    for (const auto& flag : flags_) {
        ++flags_by_source[flag.source_name];
        if (!flag.other_source_name.empty() && flag.other_source_name != flag.source_name)
            ++flags_by_source[flag.other_source_name];
    }
    std::vector<DocumentSummary> documents;
    for (const auto& row : tx_->exec(
             "WITH officials AS (SELECT document_id, count(*) AS n FROM baocao.official_mentions GROUP BY 1), "
             "figures AS (SELECT document_id, count(*) AS n FROM baocao.indicator_values GROUP BY 1), "
             "targets AS (SELECT document_id, count(*) AS n FROM baocao.targets GROUP BY 1) "
             "SELECT d.document_id, d.source_name, d.title, d.published_on, d.path, m.province_name, m.locality_name, "
             "m.locality_era, m.locality_code, m.held_on, m.period_label, m.kind, d.is_meeting_report, "
             "d.rejection_reason, coalesce(o.n, 0), coalesce(f.n, 0), coalesce(t.n, 0) "
             "FROM baocao.documents d "
             "LEFT JOIN report.meetings m ON m.document_id = d.document_id AND m.is_main_meeting "
             "LEFT JOIN officials o ON o.document_id = d.document_id "
             "LEFT JOIN figures f ON f.document_id = d.document_id "
             "LEFT JOIN targets t ON t.document_id = d.document_id "
             "ORDER BY d.document_id")) {
        DocumentSummary doc;
        doc.document_id = row[0].as<long long>();
        doc.source_name = text_of(row[1]);
        doc.title = text_of(row[2]);
        doc.published_on = text_of(row[3]);
        doc.path = text_of(row[4]);
        if (!path_selected(doc, paths)) continue;
        doc.province = text_of(row[5]);
        doc.locality = text_of(row[6]);
        if (!row[8].is_null()) doc.locality_key = {row[7].as<int>(), text_of(row[8])};
        doc.held_on = text_of(row[9]);
        doc.period_label = text_of(row[10]);
        doc.meeting_kind = text_of(row[11]);
        doc.is_meeting_report = row[12].as<bool>();
        doc.rejection_reason = text_of(row[13]);
        doc.officials = row[14].as<long long>();
        doc.figures = row[15].as<long long>();
        doc.targets = row[16].as<long long>();
        const auto flagged = flags_by_source.find(doc.source_name);
        if (flagged != flags_by_source.end()) doc.flags = flagged->second;
        documents.push_back(std::move(doc));
    }
    return documents;
}

std::vector<DocumentDetail> ReviewReader::details(const std::vector<DocumentSummary>& batch) {
    std::vector<DocumentDetail> details;
    std::unordered_map<long long, std::size_t> index;
    std::vector<long long> ids;
    for (const auto& summary : batch) {
        index[summary.document_id] = details.size();
        ids.push_back(summary.document_id);
        details.push_back({summary, {}, {}, {}, {}, {}, {}, {}});
    }
    if (ids.empty()) return details;
    const std::string in_batch = any_of(ids);

    std::unordered_map<long long, std::vector<std::size_t>> starts;  // code point -> byte, per document
    for (const auto& row : tx_->exec("SELECT document_id, text, author, site, source_url FROM baocao.documents "
                                     "WHERE document_id = " + in_batch)) {
        auto& detail = details[index.at(row[0].as<long long>())];
        detail.text = text_of(row[1]);
        detail.author = text_of(row[2]);
        detail.site = text_of(row[3]);
        detail.source_url = text_of(row[4]);
        starts[detail.summary.document_id] = code_point_starts(detail.text);
    }

    for (const auto& row : tx_->exec(
             "SELECT document_id, evidence_id, fact_kind, COALESCE(indicator_value_id, comparison_id, target_id, "
             "meeting_id, official_mention_id, place_mention_id), sentence_start, sentence_end, match_start, match_end "
             "FROM baocao.evidence WHERE document_id = " + in_batch + " ORDER BY document_id, evidence_id")) {
        const long long document_id = row[0].as<long long>();
        const auto& offsets = starts[document_id];
        const auto byte_at = [&](const pqxx::field& field) {
            const auto at = field.as<long long>();
            return at < 0 ? 0 : static_cast<std::size_t>(at) < offsets.size() ? offsets[at] : offsets.back();
        };
        details[index.at(document_id)].evidence.push_back(
            {row[1].as<long long>(), text_of(row[2]), row[3].as<long long>(), byte_at(row[4]), byte_at(row[5]),
             byte_at(row[6]), byte_at(row[7])});
    }

    for (const auto& query : kFactQueries) {
        const auto rows = tx_->exec(with_ids(query.sql, in_batch));
        for (const auto& row : rows) {
            FactRow fact{query.kind, row[0].as<long long>(), {}};
            for (pqxx::row::size_type c = 2; c < rows.columns(); ++c)
                if (!row[c].is_null()) fact.fields.emplace_back(rows.column_name(c), row[c].c_str());
            details[index.at(row[1].as<long long>())].facts.push_back(std::move(fact));
        }
    }

    std::unordered_map<std::string, std::size_t> by_source;
    for (std::size_t i = 0; i < details.size(); ++i) by_source[details[i].summary.source_name] = i;
    for (const auto& flag : flags_) {
        const auto own = by_source.find(flag.source_name);
        if (own != by_source.end()) details[own->second].flags.push_back(flag);
        const auto other = by_source.find(flag.other_source_name);
        if (other != by_source.end() && flag.other_source_name != flag.source_name)
            details[other->second].flags.push_back(flag);
    }
    return details;
}

std::vector<LocalityData> ReviewReader::localities(const std::vector<DocumentSummary>& documents) {
    std::set<long long> wanted;
    for (const auto& doc : documents) wanted.insert(doc.document_id);
    std::map<std::pair<int, std::string>, LocalityData> places;
    const auto place = [&](const pqxx::row& row) -> LocalityData& {
        auto& data = places[{row[0].as<int>(), text_of(row[1])}];
        if (data.key.empty()) {
            data.key = {row[0].as<int>(), text_of(row[1])};
            data.name = text_of(row[2]);
            data.type = text_of(row[3]);
            data.province = text_of(row[4]);
        }
        return data;
    };

    for (const auto& row : tx_->exec(
             "SELECT f.locality_era, f.locality_code, f.locality_name, f.locality_type, f.province_name, "
             "f.indicator_code, f.unit, f.label, f.value, f.period_start, f.period_end, f.period_label, "
             "f.period_months, f.document_id, f.indicator_value_id FROM report.figures f "
             "WHERE f.locality_code IS NOT NULL "
             "ORDER BY f.locality_era, f.locality_code, f.indicator_code, f.unit, f.period_end, f.indicator_value_id")) {
        if (!wanted.count(row[13].as<long long>())) continue;
        place(row).figures.push_back({text_of(row[5]), text_of(row[6]), text_of(row[7]), text_of(row[8]),
                                      text_of(row[9]), text_of(row[10]), text_of(row[11]),
                                      row[12].is_null() ? 0 : row[12].as<int>(), row[13].as<long long>(),
                                      row[14].as<long long>()});
    }
    for (const auto& row : tx_->exec(
             "SELECT tv.locality_era, tv.locality_code, tv.locality_name, l.type, tv.province_name, "
             "tv.indicator_code, tv.unit, tv.target_label, tv.target_value, tv.direction, tv.achieved, "
             "tv.target_year, t.document_id, tv.target_id FROM report.targets_vs_actuals tv "
             "JOIN baocao.targets t USING (target_id) "
             "LEFT JOIN baocao.localities l ON l.era = tv.locality_era AND l.code = tv.locality_code "
             "WHERE tv.target_value IS NOT NULL AND tv.locality_code IS NOT NULL "
             "ORDER BY tv.locality_era, tv.locality_code, tv.indicator_code, tv.target_year, tv.target_id")) {
        if (!wanted.count(row[12].as<long long>())) continue;
        place(row).targets.push_back({text_of(row[5]), text_of(row[6]), text_of(row[7]), text_of(row[8]),
                                      text_of(row[9]), text_of(row[10]), row[11].as<int>(),
                                      row[12].as<long long>(), row[13].as<long long>()});
    }
    std::vector<LocalityData> result;
    for (auto& [key, data] : places) result.push_back(std::move(data));
    return result;
}

}  // namespace baocao::db
