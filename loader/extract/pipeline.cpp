#include "extract/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
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

using StageMaker = std::unique_ptr<Stage> (*)();

// Makes a stage now, on this thread; its stage or its exception is taken in stage order.
std::future<std::unique_ptr<Stage>> make_here(StageMaker make) {
    std::promise<std::unique_ptr<Stage>> made;
    try {
        made.set_value(make());
    } catch (...) {
        made.set_exception(std::current_exception());
    }
    return made.get_future();
}

}  // namespace

// Loading data/ is most of a short run's time, the gazetteer's (locality, meeting) the
// most: those stages and the sentence rules load on threads of their own while this one
// loads the rest. The stages keep their order, and so does the first error thrown.
Pipeline::Pipeline() {
    auto sentence_rules = std::async(std::launch::async, text::preload_sentence_rules);
    auto locality = std::async(std::launch::async, make_locality_stage);
    auto meeting = std::async(std::launch::async, make_meeting_stage);
    fingerprint_ = rules_fingerprint();
    auto document = make_here(make_document_stage);
    auto officials = make_here(make_officials_stage);
    auto indicator = make_here(make_indicator_stage);
    auto target = make_here(make_target_stage);
    for (auto* made : {&document, &locality, &meeting, &officials, &indicator, &target})
        stages_.push_back(made->get());
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
