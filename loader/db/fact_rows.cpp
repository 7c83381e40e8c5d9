#include "db/fact_rows.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <tuple>

#include <spdlog/spdlog.h>

#include "db/copy_writer.h"
#include "text/normalize.h"

namespace baocao::db {

namespace {

const std::set<std::string> kRoles = {"chair", "speaker", "reporter", "attendee", "mentioned"};
const std::set<std::string> kQualifiers = {"estimate", "more_than", "less_than", "about"};
const std::set<std::string> kDirections = {"min", "max", "eq"};
const std::set<std::string> kComparisonKinds = {"ratio_to_plan", "ratio_to_prior", "change_vs_prior"};

bool usable_target_year(const model::Target& t) { return t.year >= 1900 && t.year <= 2200; }

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

std::size_t valid_comparisons(const model::IndicatorValue& value) {
    return static_cast<std::size_t>(std::count_if(value.comparisons.begin(), value.comparisons.end(),
                                                  [](const model::Comparison& c) { return kComparisonKinds.count(c.kind) > 0; }));
}

int era_of(const model::LocalityRef& ref) { return ref.post_2025 ? 2025 : 2024; }
std::string code_or_other(const std::string& code) { return code.empty() ? "other" : code; }

// Which evidence column a fact's evidence row fills.
enum class FactColumn { meeting, official_mention, indicator_value, comparison, target, place_mention };

struct PendingEvidence {
    FactColumn column;
    long long fact_id;
    const model::Evidence* evidence;
};

// Stages one document; the order of the rows (and so of evidence ids) is
// that of the former row-by-row writer: places, meetings, officials,
// indicator values, their comparisons, targets.
class DocumentRows {
public:
    DocumentRows(const model::Document& doc, long long document_id, IdPool& ids, const BatchLookups& lookups,
                 StagedRows& staged)
        : doc_(doc), document_id_(document_id), ids_(ids), lookups_(lookups), staged_(staged) {}

    std::size_t stage(const std::string& sha256) {
        stage_document(sha256);
        stage_places();
        stage_meetings();
        stage_officials();
        stage_indicators();
        stage_targets();
        stage_evidence();
        return facts_written_;
    }

private:
    void add(Table table, const CopyRow& row) { staged_[static_cast<std::size_t>(table)].push_back(row.line()); }

    void stage_document(const std::string& sha256) {
        std::optional<model::Date> published = doc_.published_on;
        if (published && !is_valid_date(*published)) published.reset();
        CopyRow row;
        row.integer(document_id_).text(doc_.source_name).text_or_null(doc_.path).text_or_null(doc_.title);
        date(row, published).text_or_null(doc_.author).text_or_null(doc_.site).text(sha256).text(doc_.text);
        row.text_or_null(doc_.context_province_code).boolean(doc_.is_meeting_report).text_or_null(doc_.rejection_reason);
        row.text_or_null(doc_.source_url).text_or_null(doc_.extracted_with);
        add(Table::documents, row);
    }

    static CopyRow& date(CopyRow& row, const std::optional<model::Date>& value) {
        return value ? row.text(value->iso()) : row.null();
    }
    static CopyRow& numeric(CopyRow& row, const std::optional<model::Decimal>& value) {
        return value ? row.text(value->to_string()) : row.null();
    }

    // (era, code, text) of a reference; a code the gazetteer does not know is
    // kept as text only, so one bad resolution cannot cost the document. The text
    // of a known code is the name of the day when the unit has been renamed since
    // ("Đất Đỏ" under code 753, Long Đất from 2025), else null.
    void add_locality(CopyRow& row, const model::LocalityRef& ref, bool with_text = true) {
        const auto found = ref.resolved() ? lookups_.known_localities.find({era_of(ref), ref.code})
                                          : lookups_.known_localities.end();
        const bool known = found != lookups_.known_localities.end();
        if (ref.resolved() && !known)
            spdlog::warn("{}: locality code {} (era {}) is not in the gazetteer; kept as unresolved '{}'",
                         doc_.source_name, ref.code, era_of(ref), ref.name);
        if (known)
            row.integer(era_of(ref)).text(ref.code);
        else
            row.null().null();
        if (!with_text) return;
        if (!known) row.text_or_null(ref.name);
        else if (text::canonical_tones(ref.name) != text::canonical_tones(found->second)) row.text(ref.name);
        else row.null();
    }

    std::optional<model::Date> checked_date(const std::optional<model::Date>& date, const char* what) {
        if (!date) return std::nullopt;
        if (is_valid_date(*date)) return date;
        spdlog::warn("{}: {} {:04d}-{:02d}-{:02d} is not a date; stored as NULL", doc_.source_name, what,
                     date->year, date->month, date->day);
        return std::nullopt;
    }

    void add_period(CopyRow& row, const std::optional<model::Period>& period) {
        if (!period) {
            row.null().null().null();
            return;
        }
        auto start = checked_date(period->start, "period start");
        auto end = checked_date(period->end, "period end");
        if (start && end && std::tie(start->year, start->month, start->day) > std::tie(end->year, end->month, end->day))
            start = end = std::nullopt;
        date(date(row, start), end).text_or_null(period->label);
    }

    // Places of the text (with evidence), then those of the web address (without).
    void stage_places() {
        const std::size_t in_text = doc_.places.size();
        for (std::size_t i = 0; i < in_text + doc_.url_places.size(); ++i) {
            const bool from_url = i >= in_text;
            const auto& place = from_url ? doc_.url_places[i - in_text] : doc_.places[i];
            const long long id = ids_.take(Table::place_mentions);
            CopyRow row;
            row.integer(id).integer(document_id_).integer(static_cast<long long>(i)).text(place.surface);
            add_locality(row, place.ref, false);
            row.text(from_url ? "source_url" : "text");
            add(Table::place_mentions, row);
            if (!from_url) queue(FactColumn::place_mention, id, place.evidence);
        }
    }

    void stage_meetings() {
        for (std::size_t i = 0; i < doc_.meetings.size(); ++i) {
            const auto& m = doc_.meetings[i];
            const long long id = ids_.take(Table::meetings);
            if (i == 0) main_meeting_id_ = id;
            CopyRow row;
            row.integer(id).integer(document_id_).integer(static_cast<long long>(i));
            date(row, checked_date(m.held_on, "meeting day")).text_or_null(m.time_of_day).text_or_null(m.organizer);
            add_locality(row, m.locality);
            row.text_or_null(m.kind);
            m.session_number && *m.session_number > 0 && *m.session_number < 32768 ? row.integer(*m.session_number)
                                                                                    : row.null();
            row.text_or_null(m.term).boolean(m.online);
            add_period(row, m.period);
            row.text_or_null(m.chair_name);
            row.text_or_null(m.locality.resolved() ? m.locality_basis : "");
            row.text_or_null(m.held_on ? m.date_basis : "").text_or_null(m.period ? m.period_basis : "");
            add(Table::meetings, row);
            queue(FactColumn::meeting, id, m.evidence);
            ++facts_written_;
        }
    }

    void stage_officials() {
        for (const auto& official : doc_.officials)
            if (!official.full_name.empty() && !official.role.empty() && !kRoles.count(official.role))
                spdlog::warn("official {}: unknown role '{}', stored as 'mentioned'", official.full_name, official.role);
        merged_ = merge_mentions(doc_.officials);
        for (std::size_t i = 0; i < merged_.size(); ++i) {
            const auto& m = merged_[i];
            const long long id = ids_.take(Table::official_mentions);
            CopyRow row;
            row.integer(id).integer(document_id_).integer(lookups_.person_ids.at({m.full_name, m.province_name}));
            row.integer(static_cast<long long>(i)).text_array(m.titles).text(m.role);
            add(Table::official_mentions, row);
            for (const auto& evidence : m.evidence) queue(FactColumn::official_mention, id, evidence);
            ++facts_written_;
        }
    }

    void stage_indicators() {
        std::vector<std::pair<long long, const model::IndicatorValue*>> written;
        for (std::size_t i = 0; i < doc_.indicators.size(); ++i) {
            const auto& v = doc_.indicators[i];
            const long long id = ids_.take(Table::indicator_values);
            CopyRow row;
            row.integer(id).integer(document_id_);
            main_meeting_id_ ? row.integer(*main_meeting_id_) : row.null();
            row.integer(static_cast<long long>(i));
            add_locality(row, v.locality);
            row.text(code_or_other(v.code)).text(v.label).text(v.value.to_string()).text(v.unit);
            if (!v.qualifier.empty() && !kQualifiers.count(v.qualifier))
                spdlog::warn("{}: unknown qualifier '{}' of '{}' dropped", doc_.source_name, v.qualifier, v.label);
            kQualifiers.count(v.qualifier) ? row.text(v.qualifier) : row.null();
            numeric(row, v.out_of);
            add_period(row, v.period);
            row.text_or_null(v.code_basis);
            add(Table::indicator_values, row);
            queue(FactColumn::indicator_value, id, v.evidence);
            written.emplace_back(id, &v);
            ++facts_written_;
        }
        stage_comparisons(written);
    }

    void stage_comparisons(const std::vector<std::pair<long long, const model::IndicatorValue*>>& values) {
        for (const auto& [value_id, value] : values) {
            for (std::size_t i = 0; i < value->comparisons.size(); ++i) {
                const auto& c = value->comparisons[i];
                if (!kComparisonKinds.count(c.kind)) {
                    spdlog::warn("{}: comparison kind '{}' of '{}' is unknown; dropped", doc_.source_name, c.kind,
                                 value->label);
                    continue;
                }
                const long long id = ids_.take(Table::comparisons);
                CopyRow row;
                row.integer(id).integer(value_id).integer(document_id_).integer(static_cast<long long>(i));
                row.text(c.kind).text(c.percent.to_string()).text_or_null(c.basis);
                add(Table::comparisons, row);
                queue(FactColumn::comparison, id, c.evidence);
                ++facts_written_;
            }
        }
    }

    void stage_targets() {
        for (std::size_t i = 0; i < doc_.targets.size(); ++i) {
            const auto& t = doc_.targets[i];
            if (!usable_target_year(t)) {
                spdlog::warn("{}: target '{}' has no usable year ({}); dropped", doc_.source_name, t.label, t.year);
                continue;
            }
            const long long id = ids_.take(Table::targets);
            CopyRow row;
            row.integer(id).integer(document_id_).integer(static_cast<long long>(i));
            add_locality(row, t.locality);
            row.integer(t.year).text(code_or_other(t.code)).text(t.label);
            kDirections.count(t.direction) ? row.text(t.direction) : row.null();
            numeric(row, t.value).text_or_null(t.unit).text(t.text.empty() ? t.label : t.text);
            row.text_or_null(t.year_basis);
            add(Table::targets, row);
            queue(FactColumn::target, id, t.evidence);
            ++facts_written_;
        }
    }

    void queue(FactColumn column, long long fact_id, const model::Evidence& evidence) {
        pending_.push_back({column, fact_id, &evidence});
    }

    model::Span clamp(model::Span span) const {
        span.end = std::min(span.end, doc_.text.size());
        span.begin = std::min(span.begin, span.end);
        return span;
    }

    // Offsets become character offsets; the stored sentence text is the
    // slice those offsets denote.
    void stage_evidence() {
        const text::CharOffsets char_offset(doc_.text);  // one pass over the text for all its spans
        for (const auto& item : pending_) {
            auto sentence = clamp(item.evidence->sentence);
            auto match = clamp(item.evidence->match);
            if (sentence.empty() && match.empty()) continue;  // the extractor kept no evidence
            if (sentence.empty()) sentence = match;
            if (match.empty()) match = sentence;
            CopyRow row;
            row.integer(document_id_);
            for (int column = 0; column < 6; ++column)
                column == static_cast<int>(item.column) ? row.integer(item.fact_id) : row.null();
            row.text(std::string(doc_.slice(sentence)));
            row.integer(static_cast<long long>(char_offset(sentence.begin)));
            row.integer(static_cast<long long>(char_offset(sentence.end)));
            row.integer(static_cast<long long>(char_offset(match.begin)));
            row.integer(static_cast<long long>(char_offset(match.end)));
            add(Table::evidence, row);
        }
    }

    const model::Document& doc_;
    long long document_id_;
    IdPool& ids_;
    const BatchLookups& lookups_;
    StagedRows& staged_;
    std::optional<long long> main_meeting_id_;
    std::vector<MergedMention> merged_;  // the evidence queued for mentions points into it
    std::vector<PendingEvidence> pending_;
    std::size_t facts_written_ = 0;
};

}  // namespace

bool is_valid_date(const model::Date& d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    if (d.month == 2 && d.day == 29) return leap;
    return d.day <= days[d.month - 1];
}

const TableSpec& table_spec(Table table) {
    static const std::array<TableSpec, kTables> specs = {{
        {"baocao.documents", "document_id",
         {"document_id", "source_name", "path", "title", "published_on", "author", "site", "sha256", "text",
          "context_province_code", "is_meeting_report", "rejection_reason", "source_url", "extracted_with"}},
        {"baocao.place_mentions", "place_mention_id",
         {"place_mention_id", "document_id", "ordinal", "surface", "locality_era", "locality_code", "origin"}},
        {"baocao.meetings", "meeting_id",
         {"meeting_id", "document_id", "ordinal", "held_on", "time_of_day", "organizer", "locality_era",
          "locality_code", "locality_text", "kind", "session_number", "term", "online", "period_start", "period_end",
          "period_label", "chair_name", "locality_basis", "date_basis", "period_basis"}},
        {"baocao.official_mentions", "official_mention_id",
         {"official_mention_id", "document_id", "person_id", "ordinal", "titles", "role"}},
        {"baocao.indicator_values", "indicator_value_id",
         {"indicator_value_id", "document_id", "meeting_id", "ordinal", "locality_era", "locality_code",
          "locality_text", "indicator_code", "label", "value", "unit", "qualifier", "out_of", "period_start",
          "period_end", "period_label", "code_basis"}},
        {"baocao.indicator_comparisons", "comparison_id",
         {"comparison_id", "indicator_value_id", "document_id", "ordinal", "kind", "percent", "basis"}},
        {"baocao.targets", "target_id",
         {"target_id", "document_id", "ordinal", "locality_era", "locality_code", "locality_text", "target_year",
          "indicator_code", "label", "direction", "value", "unit", "text", "year_basis"}},
        {"baocao.evidence", "",
         {"document_id", "meeting_id", "official_mention_id", "indicator_value_id", "comparison_id", "target_id",
          "place_mention_id", "sentence_text", "sentence_start", "sentence_end", "match_start", "match_end"}},
    }};
    return specs[static_cast<std::size_t>(table)];
}

long long IdPool::take(Table table) {
    auto& free = ids[static_cast<std::size_t>(table)];
    if (free.empty()) throw std::logic_error(std::string("no id left for ") + table_spec(table).name);
    const long long id = free.front();
    free.pop_front();
    return id;
}

RowCounts rows_needed(const model::Document& doc) {
    RowCounts counts{};
    const auto at = [&](Table table) -> std::size_t& { return counts[static_cast<std::size_t>(table)]; };
    at(Table::documents) = 1;
    at(Table::place_mentions) = doc.places.size() + doc.url_places.size();
    at(Table::meetings) = doc.meetings.size();
    at(Table::official_mentions) = merge_mentions(doc.officials).size();
    at(Table::indicator_values) = doc.indicators.size();
    for (const auto& value : doc.indicators) at(Table::comparisons) += valid_comparisons(value);
    at(Table::targets) = static_cast<std::size_t>(std::count_if(doc.targets.begin(), doc.targets.end(), usable_target_year));
    return counts;
}

std::size_t facts_of(const model::Document& doc) {
    const RowCounts counts = rows_needed(doc);
    std::size_t facts = 0;
    for (Table table : {Table::meetings, Table::official_mentions, Table::indicator_values, Table::comparisons,
                        Table::targets})
        facts += counts[static_cast<std::size_t>(table)];
    return facts;
}

void add_wanted_localities(const model::Document& doc, std::set<std::pair<int, std::string>>& wanted) {
    const auto want = [&](const model::LocalityRef& ref) {
        if (ref.resolved()) wanted.emplace(era_of(ref), ref.code);
    };
    for (const auto& p : doc.places) want(p.ref);
    for (const auto& p : doc.url_places) want(p.ref);
    for (const auto& m : doc.meetings) want(m.locality);
    for (const auto& v : doc.indicators) want(v.locality);
    for (const auto& t : doc.targets) want(t.locality);
}

void add_catalog_codes(const model::Document& doc, std::set<std::string>& codes) {
    for (const auto& v : doc.indicators) codes.insert(code_or_other(v.code));
    for (const auto& t : doc.targets) codes.insert(code_or_other(t.code));
}

std::vector<std::pair<std::string, std::string>> person_keys(const model::Document& doc) {
    std::vector<std::pair<std::string, std::string>> keys;
    for (const auto& m : merge_mentions(doc.officials)) keys.emplace_back(m.full_name, m.province_name);
    return keys;
}

std::size_t stage_document(const model::Document& doc, const std::string& sha256, long long document_id,
                           IdPool& ids, const BatchLookups& lookups, StagedRows& staged) {
    return DocumentRows(doc, document_id, ids, lookups, staged).stage(sha256);
}

}  // namespace baocao::db
