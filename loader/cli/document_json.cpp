#include "cli/document_json.h"

#include <algorithm>
#include <cctype>

#include <spdlog/spdlog.h>

#include "cli/json.h"
#include "text/normalize.h"

namespace baocao::cli {

namespace {

class DocumentJson {
public:
    DocumentJson(std::ostream& out, const model::Document& doc, const DocumentJsonOptions& options)
        : json_(out, options.pretty), doc_(doc), options_(options), char_offset_(doc.text) {}

    void write();

private:
    void text_key(const char* name, const std::string& value) {
        json_.key(name);
        json_.string_or_null(value);
    }
    void decimal(const model::Decimal& d);
    void date(const std::optional<model::Date>& d);
    void period(const std::optional<model::Period>& p);
    void locality(const model::LocalityRef& ref);
    void span(const model::Span& s);
    void evidence(const model::Evidence& e);
    void places();
    void place_list(const char* key, const std::vector<model::PlaceMention>& list, bool with_evidence);
    void meetings();
    void officials();
    void indicators();
    void targets();
    void sentences();
    model::Span clamped(const model::Span& s) const;

    JsonWriter json_;
    const model::Document& doc_;
    const DocumentJsonOptions& options_;
    const text::CharOffsets char_offset_;  // evidence spans are written in characters
};

bool is_json_number(const std::string& s) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    const std::size_t digits_start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == digits_start) return false;
    if (i < s.size() && s[i] == '.') {
        const std::size_t fraction_start = ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (i == fraction_start) return false;
    }
    return i == s.size();
}

void DocumentJson::decimal(const model::Decimal& d) {
    const std::string text = d.to_string();
    if (is_json_number(text)) json_.number_literal(text);
    else json_.string(text);  // never produce invalid JSON, even from a bad value
}

void DocumentJson::date(const std::optional<model::Date>& d) {
    if (d) json_.string(d->iso());
    else json_.null();
}

void DocumentJson::period(const std::optional<model::Period>& p) {
    if (!p) return json_.null();
    json_.begin_object();
    json_.key("start");
    json_.string(p->start.iso());
    json_.key("end");
    json_.string(p->end.iso());
    text_key("label", p->label);
    json_.end_object();
}

void DocumentJson::locality(const model::LocalityRef& ref) {
    if (!ref.resolved() && ref.name.empty()) return json_.null();
    json_.begin_object();
    text_key("code", ref.code);
    text_key("name", ref.name);
    text_key("type", ref.type);
    json_.key("level");
    json_.integer(ref.level);
    text_key("province_code", ref.province_code);
    text_key("province_name", ref.province_name);
    json_.key("post_2025");
    json_.boolean(ref.post_2025);
    json_.end_object();
}

// A span past the text's end would crash substr: clamp it and say so, since
// extract is the tool people use to find exactly such bugs.
model::Span DocumentJson::clamped(const model::Span& s) const {
    model::Span out = s;
    out.end = std::min(out.end, doc_.text.size());
    out.begin = std::min(out.begin, out.end);
    if (out.begin != s.begin || out.end != s.end)
        spdlog::warn("{}: span [{}, {}) lies outside the text ({} bytes)", doc_.source_name,
                     s.begin, s.end, doc_.text.size());
    return out;
}

void DocumentJson::span(const model::Span& raw) {
    const model::Span s = clamped(raw);
    json_.begin_object();
    json_.key("start");
    json_.integer(static_cast<long long>(char_offset_(s.begin)));
    json_.key("end");
    json_.integer(static_cast<long long>(char_offset_(s.end)));
    json_.key("text");
    json_.string(doc_.slice(s));
    json_.end_object();
}

void DocumentJson::evidence(const model::Evidence& e) {
    json_.begin_object();
    json_.key("match");
    span(e.match);
    json_.key("sentence");
    span(e.sentence);
    json_.end_object();
}

void DocumentJson::places() {
    place_list("places", doc_.places, true);
    place_list("url_places", doc_.url_places, false);  // read from source_url: no evidence in the text
}

void DocumentJson::place_list(const char* key, const std::vector<model::PlaceMention>& list, bool with_evidence) {
    json_.key(key);
    json_.begin_array();
    for (const auto& place : list) {
        json_.begin_object();
        text_key("surface", place.surface);
        json_.key("locality");
        locality(place.ref);
        if (with_evidence) {
            json_.key("evidence");
            evidence(place.evidence);
        }
        json_.end_object();
    }
    json_.end_array();
}

void DocumentJson::meetings() {
    json_.key("meetings");
    json_.begin_array();
    for (const auto& meeting : doc_.meetings) {
        json_.begin_object();
        json_.key("held_on");
        date(meeting.held_on);
        text_key("time_of_day", meeting.time_of_day);
        text_key("organizer", meeting.organizer);
        json_.key("locality");
        locality(meeting.locality);
        text_key("locality_basis", meeting.locality_basis);
        text_key("date_basis", meeting.date_basis);
        text_key("period_basis", meeting.period_basis);
        text_key("kind", meeting.kind);
        json_.key("session_number");
        if (meeting.session_number) json_.integer(*meeting.session_number);
        else json_.null();
        text_key("term", meeting.term);
        json_.key("online");
        json_.boolean(meeting.online);
        json_.key("period");
        period(meeting.period);
        text_key("chair_name", meeting.chair_name);
        json_.key("evidence");
        evidence(meeting.evidence);
        json_.end_object();
    }
    json_.end_array();
}

void DocumentJson::officials() {
    json_.key("officials");
    json_.begin_array();
    for (const auto& official : doc_.officials) {
        json_.begin_object();
        text_key("full_name", official.full_name);
        json_.key("titles");
        json_.begin_array();
        for (const auto& title : official.titles) json_.string(title);
        json_.end_array();
        text_key("role", official.role);
        text_key("province_name", official.province_name);
        json_.key("evidence");
        json_.begin_array();
        for (const auto& e : official.evidence) evidence(e);
        json_.end_array();
        json_.end_object();
    }
    json_.end_array();
}

void DocumentJson::indicators() {
    json_.key("indicators");
    json_.begin_array();
    for (const auto& value : doc_.indicators) {
        json_.begin_object();
        text_key("code", value.code);
        text_key("code_basis", value.code_basis);
        text_key("label", value.label);
        json_.key("value");
        decimal(value.value);
        text_key("unit", value.unit);
        text_key("qualifier", value.qualifier);
        json_.key("out_of");
        if (value.out_of) decimal(*value.out_of);
        else json_.null();
        json_.key("period");
        period(value.period);
        json_.key("locality");
        locality(value.locality);
        json_.key("comparisons");
        json_.begin_array();
        for (const auto& comparison : value.comparisons) {
            json_.begin_object();
            text_key("kind", comparison.kind);
            json_.key("percent");
            decimal(comparison.percent);
            text_key("basis", comparison.basis);
            json_.key("evidence");
            evidence(comparison.evidence);
            json_.end_object();
        }
        json_.end_array();
        json_.key("evidence");
        evidence(value.evidence);
        json_.end_object();
    }
    json_.end_array();
}

void DocumentJson::targets() {
    json_.key("targets");
    json_.begin_array();
    for (const auto& target : doc_.targets) {
        json_.begin_object();
        text_key("code", target.code);
        text_key("label", target.label);
        json_.key("year");
        json_.integer(target.year);
        text_key("year_basis", target.year_basis);
        text_key("direction", target.direction);
        json_.key("value");
        if (target.value) decimal(*target.value);
        else json_.null();
        text_key("unit", target.unit);
        text_key("text", target.text);
        json_.key("locality");
        locality(target.locality);
        json_.key("evidence");
        evidence(target.evidence);
        json_.end_object();
    }
    json_.end_array();
}

void DocumentJson::sentences() {
    json_.key("text");
    json_.string(doc_.text);
    json_.key("sentences");
    json_.begin_array();
    for (const auto& sentence : doc_.sentences) {
        json_.begin_object();
        json_.key("paragraph");
        json_.integer(sentence.paragraph);
        json_.key("furniture");
        json_.boolean(sentence.furniture);
        json_.key("span");
        span(sentence.span);
        json_.end_object();
    }
    json_.end_array();
}

void DocumentJson::write() {
    json_.begin_object();
    text_key("source_name", doc_.source_name);
    text_key("path", doc_.path);
    text_key("sha256", doc_.sha256);
    text_key("title", doc_.title);
    json_.key("published_on");
    date(doc_.published_on);
    text_key("author", doc_.author);
    text_key("site", doc_.site);
    text_key("source_url", doc_.source_url);
    text_key("context_province_code", doc_.context_province_code);
    json_.key("is_meeting_report");
    json_.boolean(doc_.is_meeting_report);
    text_key("rejection_reason", doc_.rejection_reason);
    json_.key("characters");
    json_.integer(static_cast<long long>(char_offset_(doc_.text.size())));
    json_.key("sentence_count");
    json_.integer(static_cast<long long>(doc_.sentences.size()));
    places();
    meetings();
    officials();
    indicators();
    targets();
    if (options_.with_text) sentences();
    json_.end_object();
}

}  // namespace

void write_document_json(std::ostream& out, const model::Document& doc,
                         const DocumentJsonOptions& options) {
    DocumentJson(out, doc, options).write();
    out << '\n';
}

}  // namespace baocao::cli
