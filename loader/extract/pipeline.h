// The whole read of one article: normalize, split, then every extract stage.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/stage.h"
#include "model/facts.h"

namespace baocao::extract {

class Pipeline {
public:
    Pipeline();  // loads every data file once; throws naming the file on error
    ~Pipeline();
    // source_url: where the article was published ("" when unknown), see source_manifest.h.
    model::Document read(const std::string& source_name, const std::string& path,
                         std::string_view raw_text, const std::string& source_url = "") const;

    // Fingerprint of the rules that read documents: the program's extraction
    // code and every data file. Stored with each document (extracted_with), so a
    // load with other rules reads the same text again instead of skipping it.
    const std::string& fingerprint() const { return fingerprint_; }

private:
    std::vector<std::unique_ptr<Stage>> stages_;
    std::string fingerprint_;
};

}  // namespace baocao::extract
