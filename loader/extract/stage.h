// One step of the extraction pipeline. Stages run in a fixed order on one
// document and fill in their part of it; later stages read earlier results.
#pragma once

#include <filesystem>
#include <string>

#include "model/facts.h"

namespace baocao::extract {

class Stage {
public:
    virtual ~Stage() = default;
    virtual const char* name() const = 0;
    virtual void run(model::Document& doc) const = 0;
};

// Where the data files (gazetteer, lexicons, catalog) live: $BAOCAO_DATA_DIR,
// else <exe>/../share/baocao/data, else the source tree's data/.
std::filesystem::path data_dir();

// Opens a data file below data_dir(); throws std::runtime_error naming the
// path when it is missing.
std::filesystem::path data_file(const std::string& relative);

}  // namespace baocao::extract
