// model::Document as JSON: every fact with its evidence given as character
// offsets (code points, as PostgreSQL's substr counts) into the normalized
// text plus the sentence and the matched text themselves.
#pragma once

#include <ostream>

#include "model/facts.h"

namespace baocao::cli {

struct DocumentJsonOptions {
    bool pretty = true;
    bool with_text = false;  // add the normalized text and the sentence list
};

void write_document_json(std::ostream& out, const model::Document& doc,
                         const DocumentJsonOptions& options);

}  // namespace baocao::cli
