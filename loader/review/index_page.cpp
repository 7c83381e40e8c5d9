// index.html: every document as one row of data inside the page; the page's
// script filters, sorts and draws one page of rows at a time, so a site of
// 100,000 documents stays quick to open and to use.
#include <string>

#include "review/html.h"
#include "review/page.h"
#include "review/site.h"

namespace baocao::review {

namespace {

struct Column {
    const char* key;
    const char* title;
    bool numeric = false;
    bool hidden = false;
};

const Column kColumns[] = {
    {"document_id", "id", true}, {"source_name", "document"}, {"title", "title"},
    {"province", "province"},   {"locality", "locality"},    {"held_on", "meeting date"},
    {"period", "period"},       {"kind", "kind"},            {"officials", "officials", true},
    {"figures", "figures", true}, {"targets", "targets", true}, {"flags", "flags", true},
    {"meeting_report", "meeting report"}, {"published_on", "published"},
    {"locality_page", "locality page", false, true},
};

std::string quoted(const std::string& text) { return json_for_script(text); }

std::string row_json(const db::DocumentSummary& d, const std::string& locality_page) {
    std::string row = "[" + std::to_string(d.document_id);
    for (const auto* text : {&d.source_name, &d.title, &d.province, &d.locality, &d.held_on, &d.period_label, &d.meeting_kind})
        row += "," + quoted(*text);
    for (const long long count : {d.officials, d.figures, d.targets, d.flags}) row += "," + std::to_string(count);
    row += d.is_meeting_report ? ",true" : ",false";
    return row + "," + quoted(d.published_on) + "," + quoted(locality_page) + "]";
}

}  // namespace

std::string render_index_page(const std::vector<db::DocumentSummary>& documents, std::size_t page_size) {
    std::string data = "{\"page_size\":" + std::to_string(page_size) + ",\"columns\":[";
    bool first = true;
    for (const auto& column : kColumns) {
        data += std::string(first ? "" : ",") + "{\"key\":" + quoted(column.key) + ",\"title\":" + quoted(column.title) +
                (column.numeric ? ",\"numeric\":true" : "") + (column.hidden ? ",\"hidden\":true" : "") + "}";
        first = false;
    }
    data += "],\"rows\":[\n";
    for (std::size_t i = 0; i < documents.size(); ++i)
        data += (i ? ",\n" : "") + row_json(documents[i], documents[i].locality_key.empty() ? "" : documents[i].locality_key.slug());
    data += "]}";

    std::string body = "<h1>Documents</h1>\n<p class=\"filters\"><input type=\"search\" id=\"filter\" "
                       "placeholder=\"filter: words of the name, title, province, locality, kind…\"> "
                       "<label><input type=\"checkbox\" id=\"meetings-only\"> meeting reports only</label> "
                       "<label><input type=\"checkbox\" id=\"flagged-only\"> with quality flags</label></p>\n"
                       "<p class=\"pager\"><button id=\"previous\">← previous</button><button id=\"next\">next →</button>"
                       "<span id=\"status\"></span></p>\n"
                       "<noscript><p>The list needs JavaScript; each document's page (doc/ID.html) does not.</p></noscript>\n"
                       "<table id=\"documents-table\"><thead><tr></tr></thead><tbody></tbody></table>\n"
                       "<script type=\"application/json\" id=\"documents\">" + data + "</script>\n";
    return render_page({"baocao review: documents", body, kIndexScript, ""});
}

}  // namespace baocao::review
