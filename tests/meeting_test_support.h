// Reads a composed text through the locality and meeting stages, as the pipeline does.
#pragma once

#include <optional>
#include <string>

#include "extract/pipeline.h"
#include "extract/stages.h"
#include "model/facts.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace meeting_test {

inline baocao::model::Document read_meeting(const std::string& text,
                                            std::optional<baocao::model::Date> published = std::nullopt,
                                            const std::string& site = "", const std::string& url = "") {
    static const auto places = baocao::extract::make_locality_stage();
    static const auto meeting = baocao::extract::make_meeting_stage();
    baocao::model::Document doc;
    doc.text = baocao::text::normalize(text).text;
    doc.sentences = baocao::text::split_sentences(doc.text);
    doc.published_on = published;
    doc.site = site;
    doc.source_url = url;
    places->run(doc);
    meeting->run(doc);
    return doc;
}

// The whole pipeline, for rules that need the document stage (the headline).
inline baocao::model::Document read_article(const std::string& text) {
    static const baocao::extract::Pipeline pipeline;
    return pipeline.read("composed.txt", "composed.txt", text);
}

}  // namespace meeting_test
