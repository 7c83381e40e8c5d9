// Helpers shared by the figure, indicator and target tests: a document made
// from composed text, read by the real stages.
#pragma once

#include <string>

#include "extract/stages.h"
#include "model/facts.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace figures_test {

// A meeting report reviewing [start, end] with `text` as its body.
inline baocao::model::Document document(const std::string& body, int year = 2023, int end_month = 6) {
    baocao::model::Document doc;
    doc.source_name = "composed.txt";
    doc.text = baocao::text::normalize(body).text;
    doc.sentences = baocao::text::split_sentences(doc.text);
    baocao::model::Meeting meeting;
    baocao::model::Period period;
    period.start = {year, 1, 1};
    period.end = {year, end_month, end_month == 6 ? 30 : (end_month == 3 ? 31 : 31)};
    period.label = end_month == 12 ? std::to_string(year) : "6T/" + std::to_string(year);
    meeting.period = period;
    meeting.locality.name = "Hòa Bình";
    meeting.locality.code = "999";
    doc.meetings.push_back(meeting);
    doc.is_meeting_report = true;
    return doc;
}

inline baocao::model::Document read_indicators(const std::string& body, int year = 2023, int end_month = 6) {
    auto doc = document(body, year, end_month);
    baocao::extract::make_indicator_stage()->run(doc);
    return doc;
}

inline baocao::model::Document read_targets(const std::string& body, int year = 2023, int end_month = 6) {
    auto doc = document(body, year, end_month);
    baocao::extract::make_indicator_stage()->run(doc);
    baocao::extract::make_target_stage()->run(doc);
    return doc;
}

inline std::string value(const baocao::model::Decimal& d) { return d.to_string(); }

}  // namespace figures_test
