#include "extract/pipeline.h"

#include <spdlog/spdlog.h>

#include "extract/stages.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace baocao::extract {

Pipeline::Pipeline() {
    stages_.push_back(make_document_stage());
    stages_.push_back(make_locality_stage());
    stages_.push_back(make_meeting_stage());
    stages_.push_back(make_officials_stage());
    stages_.push_back(make_indicator_stage());
    stages_.push_back(make_target_stage());
}

Pipeline::~Pipeline() = default;

model::Document Pipeline::read(const std::string& source_name, const std::string& path,
                               std::string_view raw_text) const {
    model::Document doc;
    doc.source_name = source_name;
    doc.path = path;
    doc.text = text::normalize(raw_text).text;
    doc.sha256 = text::sha256_hex(doc.text);
    doc.sentences = text::split_sentences(doc.text);
    for (const auto& stage : stages_) {
        stage->run(doc);
        spdlog::trace("{}: stage {} done", source_name, stage->name());
    }
    if (!doc.is_meeting_report)
        spdlog::info("{}: no meeting recorded: {}", source_name,
                     doc.rejection_reason.empty() ? "no meeting found" : doc.rejection_reason);
    return doc;
}

}  // namespace baocao::extract
