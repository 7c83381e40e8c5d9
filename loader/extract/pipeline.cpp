#include "extract/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "rules_fingerprint.h"

#include "extract/stages.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace baocao::extract {

namespace {

// SHA-256 over the extraction code's digest and every file below data_dir()
// (names and contents, in name order); the first 16 hex digits name it.
std::string rules_fingerprint() {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(data_dir()))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string all = BAOCAO_RULES_CODE_SHA256;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        all += fs::relative(file, data_dir()).generic_string() + '=' + text::sha256_hex(content.str()) + ';';
    }
    return text::sha256_hex(all).substr(0, 16);
}

}  // namespace

Pipeline::Pipeline() : fingerprint_(rules_fingerprint()) {
    stages_.push_back(make_document_stage());
    stages_.push_back(make_locality_stage());
    stages_.push_back(make_meeting_stage());
    stages_.push_back(make_officials_stage());
    stages_.push_back(make_indicator_stage());
    stages_.push_back(make_target_stage());
}

Pipeline::~Pipeline() = default;

model::Document Pipeline::read(const std::string& source_name, const std::string& path,
                               std::string_view raw_text, const std::string& source_url) const {
    model::Document doc;
    doc.source_name = source_name;
    doc.path = path;
    doc.source_url = source_url;
    doc.extracted_with = fingerprint_;
    doc.text = text::normalize(raw_text).text;
    doc.sha256 = text::sha256_hex(doc.text);
    doc.sentences = text::split_sentences(doc.text);
    doc.folded = text::fold(doc.text);  // once, for every stage that reads the whole text folded
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
