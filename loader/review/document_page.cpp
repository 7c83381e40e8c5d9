// One document's page: the meeting card, the quality flags, the text with
// every fact marked where it was read, and beside it the table of facts.
#include <map>
#include <utility>

#include "review/format.h"
#include "review/html.h"
#include "review/marked_text.h"
#include "review/page.h"
#include "review/site.h"

namespace baocao::review {

namespace {

using FactKey = std::pair<std::string, long long>;

std::string fact_ref(const std::string& kind, long long id) { return kind + ":" + std::to_string(id); }
std::string row_id(const std::string& kind, long long id) { return "fact-" + kind + "-" + std::to_string(id); }

std::string join_present(std::initializer_list<std::string> parts, const char* separator = " ") {
    std::string joined;
    for (const auto& part : parts)
        if (!part.empty()) joined += (joined.empty() ? "" : separator) + part;
    return joined;
}

// One line that says what the fact is, for the side table and the mark's tooltip.
std::string summary_of(const db::FactRow& fact) {
    const auto f = [&](const char* name) { return fact.field(name); };
    if (fact.kind == "meeting")
        return join_present({f("kind"), f("held_on"), f("locality_name"), f("is_main_meeting") == "t" ? "(main)" : ""});
    if (fact.kind == "official_mention") return join_present({f("full_name"), f("role"), f("titles")}, " · ");
    if (fact.kind == "indicator_value")
        return join_present({f("indicator_code") + ":", readable_value(f("value"), f("unit")), f("qualifier"),
                             f("period_label"), f("locality_name")});
    if (fact.kind == "indicator_comparison")
        return join_present({f("kind"), f("percent") + "%", f("basis"), "(figure " + f("indicator_value_id") + ")"});
    if (fact.kind == "target")
        return join_present({f("target_year"), f("indicator_code"), f("direction"), readable_value(f("value"), f("unit")),
                             f("value").empty() ? f("text") : ""});
    if (fact.kind == "place_mention")
        return join_present({f("surface"), f("locality").empty() ? "" : "→ " + f("locality"), f("locality_code")});
    return "";
}

void append_fields(std::string& out, const std::vector<std::pair<std::string, std::string>>& fields) {
    out += "<dl>";
    for (const auto& [name, value] : fields) out += "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>";
    out += "</dl>";
}

// The stored row, with a figure's comparisons beside it.
std::vector<std::pair<std::string, std::string>> shown_fields(const db::FactRow& fact,
                                                              const std::vector<db::FactRow>& facts) {
    auto fields = fact.fields;
    fields.insert(fields.begin(), {fact.kind + "_id", std::to_string(fact.id)});
    if (fact.kind == "indicator_value") {
        if (!fact.field("value").empty())
            fields.emplace_back("reads as", readable_value(fact.field("value"), fact.field("unit")));
        for (const auto& other : facts)
            if (other.kind == "indicator_comparison" && other.field("indicator_value_id") == std::to_string(fact.id))
                fields.emplace_back("comparison " + std::to_string(other.id),
                                    join_present({other.field("kind"), other.field("percent") + "%", other.field("basis")}));
    }
    return fields;
}

std::string header_html(const db::DocumentDetail& doc) {
    const auto& s = doc.summary;
    std::string html = "<h1>" + escape(s.title.empty() ? s.source_name : s.title) + "</h1>\n<p class=\"muted\">";
    html += escape(join_present({s.source_name, s.published_on, doc.author, doc.site}, " · "));
    if (is_web_address(doc.source_url))
        html += " · <a href=\"" + escape(doc.source_url) + "\" rel=\"noreferrer\">" + escape(doc.source_url) + "</a>";
    html += "</p>\n";
    if (!s.is_meeting_report)
        html += "<p class=\"flag-warning\">Not taken as a meeting report" +
                (s.rejection_reason.empty() ? std::string() : ": " + escape(s.rejection_reason)) + "</p>\n";
    return html;
}

std::string meeting_card(const db::DocumentDetail& doc, const SiteLinks& links) {
    const db::FactRow* main = nullptr;
    for (const auto& fact : doc.facts)
        if (fact.kind == "meeting" && fact.field("is_main_meeting") == "t") main = &fact;
    if (!main) return "<div class=\"card\"><h2>Meeting</h2><p class=\"muted\">no meeting read</p></div>\n";
    const auto f = [&](const char* name) { return main->field(name); };
    std::string locality = escape(f("locality_name"));
    if (!f("locality_code").empty()) {
        const std::string slug = f("locality_era") + "-" + f("locality_code");
        if (links.locality_pages.count(slug))
            locality = "<a href=\"../place/" + escape(slug) + ".html\">" + locality + "</a>";
        locality += " <span class=\"muted\">GSO " + escape(f("locality_code")) + " (era " + escape(f("locality_era")) + ")</span>";
    }
    if (!f("province_name").empty()) locality += " · " + escape(f("province_name"));
    std::string period = escape(f("period_label"));
    if (!f("period_start").empty()) period += " <span class=\"muted\">" + escape(f("period_start") + " – " + f("period_end")) + "</span>";
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"date", escape(join_present({f("held_on"), f("time_of_day")}))},
        {"body", escape(f("organizer"))},
        {"kind", escape(join_present({f("kind"), f("session_number").empty() ? "" : "lần " + f("session_number"),
                                      f("term"), f("online") == "t" ? "(online)" : ""}))},
        {"locality", locality},
        {"period", period},
        {"chair", escape(f("chair_name"))},
        {"how found", escape(join_present({f("locality_basis").empty() ? "" : "locality: " + f("locality_basis"),
                                           f("date_basis").empty() ? "" : "date: " + f("date_basis"),
                                           f("period_basis").empty() ? "" : "period: " + f("period_basis")}, "; "))},
    };
    std::string html = "<div class=\"card\" id=\"meeting-card\"><h2>Meeting <a href=\"#" +
                       row_id("meeting", main->id) + "\">#" + std::to_string(main->id) + "</a></h2><dl>";
    for (const auto& [name, value] : rows)
        if (!value.empty()) html += "<dt>" + name + "</dt><dd>" + value + "</dd>";
    return html + "</dl></div>\n";
}

std::string flags_html(const db::DocumentDetail& doc, const SiteLinks& links) {
    if (doc.flags.empty()) return "";
    const auto figure_link = [&](long long id, const std::string& source) {
        const std::string anchor = row_id("indicator_value", id);
        if (source == doc.summary.source_name) return "<a href=\"#" + anchor + "\">figure " + std::to_string(id) + "</a>";
        const auto other = links.document_by_source.find(source);
        if (other == links.document_by_source.end()) return "figure " + std::to_string(id) + " of " + escape(source);
        return "<a href=\"" + std::to_string(other->second) + ".html#" + anchor + "\">figure " + std::to_string(id) +
               " of " + escape(source) + "</a>";
    };
    std::string html = "<div class=\"card\" id=\"quality-flags\"><h2>Quality flags (" + std::to_string(doc.flags.size()) + ")</h2><ul>";
    for (const auto& flag : doc.flags) {
        html += "<li class=\"flag-" + escape(flag.severity) + "\">" + escape(flag.severity) + " <b>" + escape(flag.flag) +
                "</b>: " + escape(flag.description) + " — " + figure_link(flag.indicator_value_id, flag.source_name);
        if (flag.other_indicator_value_id)
            html += ", " + figure_link(flag.other_indicator_value_id, flag.other_source_name);
        html += "</li>";
    }
    return html + "</ul></div>\n";
}

// What hovering a mark shows: the fact's stored row, one column a line.
std::string tooltip(const db::EvidenceSpan& evidence, const db::FactRow* fact, const std::vector<db::FactRow>& facts) {
    std::string text = kind_label(evidence.fact_kind) + " " + std::to_string(evidence.fact_id);
    if (!fact) return text;
    text += ": " + summary_of(*fact);
    for (const auto& [name, value] : shown_fields(*fact, facts)) text += "\n" + name + ": " + value;
    return text;
}

// The span a piece of evidence marks: the matched words, else the sentence.
std::pair<std::size_t, std::size_t> marked_span(const db::EvidenceSpan& evidence) {
    if (evidence.match_begin < evidence.match_end) return {evidence.match_begin, evidence.match_end};
    return {evidence.sentence_begin, evidence.sentence_end};
}

}  // namespace

std::string render_document_page(const db::DocumentDetail& doc, const SiteLinks& links) {
    std::map<FactKey, const db::FactRow*> facts;
    for (const auto& fact : doc.facts) facts[{fact.kind, fact.id}] = &fact;
    std::map<FactKey, std::vector<long long>> evidence_of;
    std::map<std::string, int> marks_per_kind;

    std::vector<Mark> marks;
    for (const auto& evidence : doc.evidence) {
        const auto [begin, end] = marked_span(evidence);
        const auto found = facts.find({evidence.fact_kind, evidence.fact_id});
        const std::string common = " class=\"f k-" + escape(evidence.fact_kind) + "\" data-fact=\"" +
                                   escape(fact_ref(evidence.fact_kind, evidence.fact_id)) + "\" data-ev=\"" +
                                   std::to_string(evidence.evidence_id) + "\" title=\"" +
                                   escape(tooltip(evidence, found == facts.end() ? nullptr : found->second, doc.facts)) +
                                   "\"";
        marks.push_back({begin, end, common + " id=\"e" + std::to_string(evidence.evidence_id) + "\"",
                         common + " data-part=\"next\""});
        evidence_of[{evidence.fact_kind, evidence.fact_id}].push_back(evidence.evidence_id);
        ++marks_per_kind[evidence.fact_kind];
    }

    std::string body = header_html(doc);
    body += "<div class=\"layout\"><div class=\"reading\">\n";
    body += meeting_card(doc, links);
    body += flags_html(doc, links);
    body += "<p class=\"legend\">";
    for (const char* kind : kFactKinds)
        body += "<span class=\"k-" + std::string(kind) + "\">" + kind_label(kind) + " " +
                std::to_string(marks_per_kind[kind]) + "</span>";
    body += "<span class=\"muted\">click a marked phrase to see its row</span></p>\n";
    body += "<div class=\"text\" id=\"text\">" + render_marked(doc.text, std::move(marks)) + "</div>\n";
    body += "</div>\n<aside><h2>Facts (" + std::to_string(doc.facts.size()) + ")</h2>\n<table class=\"facts\">";
    for (const char* kind : kFactKinds) {
        for (const auto& fact : doc.facts) {
            if (fact.kind != kind) continue;
            body += "<tr id=\"" + row_id(fact.kind, fact.id) + "\" data-row=\"" + escape(fact_ref(fact.kind, fact.id)) +
                    "\"><td><span class=\"k-" + fact.kind + "\">" + kind_label(fact.kind) + "</span></td><td>" +
                    escape(summary_of(fact)) + "<details><summary>stored row</summary>";
            append_fields(body, shown_fields(fact, doc.facts));
            body += "</details></td><td>";
            const auto where = evidence_of.find({fact.kind, fact.id});
            if (where == evidence_of.end()) {
                body += "<span class=\"muted\">" +
                        std::string(fact.field("origin") == "source_url" ? "web address" : "not in the text") + "</span>";
            } else {
                const auto& ids = where->second;
                for (std::size_t n = 0; n < ids.size(); ++n) {
                    const std::string label = ids.size() > 1 ? "text " + std::to_string(n + 1) : "text";
                    body += std::string(n ? " " : "") + "<a href=\"#e" + std::to_string(ids[n]) + "\">" + label + "</a>";
                }
            }
            body += "</td></tr>\n";
        }
    }
    body += "</table></aside></div>\n";
    const auto& s = doc.summary;
    return render_page({s.title.empty() ? s.source_name : s.title, body, kDocumentScript, "../"});
}

}  // namespace baocao::review
