// One step of the extraction pipeline. Stages run in a fixed order on one
// document and fill in their part of it; later stages read earlier results.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
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

// The whole of a file, read at once; nullopt when it cannot be opened.
std::optional<std::string> read_file(const std::filesystem::path& file);

// Calls on_line(line) for each line of text as std::getline would cut them: at '\n', a
// last line without one included, no empty line after a final '\n'. The data files are
// read with it rather than line by line from a stream (loading them is start-up time).
template <typename OnLine>
void for_each_line(std::string_view text, OnLine on_line) {
    std::size_t b = 0;
    while (b < text.size()) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        on_line(text.substr(b, e - b));
        b = e + 1;
    }
}

// The fields of a line cut at each delimiter: "a,,b" -> a, "", b; "a," -> a, ""; an empty
// line has none. (Without an istringstream per line: its locale set-up cost more than
// the split itself when the gazetteer is loaded.)
std::vector<std::string> split_fields(std::string_view line, char delimiter);

}  // namespace baocao::extract
