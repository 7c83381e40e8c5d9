// What the review site (loader/review) is drawn from: plain rows read by
// db::ReviewReader, with no database type in them, so that the site's code
// never sees SQL. Texts are UTF-8; "" stands for NULL.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace baocao::db {

// A locality page is named by its unit: era and GSO code ("2024-446").
struct LocalityKey {
    int era = 0;
    std::string code;
    bool empty() const { return code.empty(); }
    std::string slug() const { return std::to_string(era) + "-" + code; }
};

// One line of the documents index: the article and its main meeting.
struct DocumentSummary {
    long long document_id = 0;
    std::string source_name, title, published_on, path;
    std::string province, locality;  // the main meeting's
    LocalityKey locality_key;
    std::string held_on, period_label, meeting_kind;
    bool is_meeting_report = false;
    std::string rejection_reason;
    long long officials = 0, figures = 0, targets = 0;
    long long flags = 0;  // report.quality_flags rows naming one of its figures
};

// One row of report.evidence. Offsets are BYTE offsets into the document's
// text (the database keeps character offsets; the reader converts them).
struct EvidenceSpan {
    long long evidence_id = 0;
    std::string fact_kind;  // meeting, official_mention, indicator_value, ...
    long long fact_id = 0;
    std::size_t sentence_begin = 0, sentence_end = 0;
    std::size_t match_begin = 0, match_end = 0;
};

// A fact as stored: its kind, id and the non-NULL columns of its row in the
// report view of its kind, in the view's order.
struct FactRow {
    std::string kind;
    long long id = 0;
    std::vector<std::pair<std::string, std::string>> fields;
    std::string field(const std::string& name) const {
        for (const auto& [key, value] : fields)
            if (key == name) return value;
        return "";
    }
};

struct QualityFlag {
    std::string flag, severity, description;
    long long indicator_value_id = 0;
    long long other_indicator_value_id = 0;  // 0 when the check names one figure
    std::string source_name, other_source_name;
};

// Everything one document page shows.
struct DocumentDetail {
    DocumentSummary summary;
    std::string text;  // normalized; the evidence points into it
    std::string author, site, source_url;
    std::vector<EvidenceSpan> evidence;  // by evidence_id
    std::vector<FactRow> facts;          // meetings (main first), officials, figures, comparisons, targets, places
    std::vector<QualityFlag> flags;
};

// A figure of a locality page: report.figures (the figure's place, else its
// meeting's), one point of a chart.
struct LocalityFigure {
    std::string indicator_code, unit, label, value;  // value in base units, exact text
    std::string period_start, period_end, period_label;  // ISO dates
    int period_months = 0;  // 0 when the period is unknown or irregular
    long long document_id = 0, indicator_value_id = 0;
};

// A target of a locality page (report.targets_vs_actuals with a value).
struct LocalityTarget {
    std::string indicator_code, unit, label, value, direction, achieved;
    int target_year = 0;
    long long document_id = 0, target_id = 0;
};

struct LocalityData {
    LocalityKey key;
    std::string name, type, province;
    std::vector<LocalityFigure> figures;  // by indicator, then period
    std::vector<LocalityTarget> targets;
};

}  // namespace baocao::db
