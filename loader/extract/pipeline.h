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
    model::Document read(const std::string& source_name, const std::string& path,
                         std::string_view raw_text) const;

private:
    std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace baocao::extract
