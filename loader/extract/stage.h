// One step of the extraction pipeline. Stages run in a fixed order on one
// document and fill in their part of it; later stages read earlier results.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

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

// Rows of a TSV data file: UTF-8, tab-separated, '#' lines are comments, the
// first other line is the header and is skipped (or split into *header when
// given). Throws naming the file (and the line) when it cannot be read or a row
// has fewer than min_fields fields.
std::vector<std::vector<std::string>> read_tsv_rows(const std::filesystem::path& file, std::size_t min_fields = 0,
                                                    std::vector<std::string>* header = nullptr);

}  // namespace baocao::extract
