// Small helpers the locality and meeting stages share: evidence spans and
// TSV lexicons with a header row and '#' comments.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "extract/stage.h"  // read_tsv_rows
#include "model/facts.h"

namespace baocao::extract {

// Evidence for a match: the sentence that contains it (from doc.sentences),
// else the line around it.
model::Evidence evidence_at(const model::Document& doc, model::Span match);

// The document's text folded: doc.folded when the pipeline set it, else folded into scratch
// (a document built by hand, as tests do).
const std::string& folded_text(const model::Document& doc, std::string& scratch);

// Whether the text at s is the article's headline.
bool is_title(const model::Document& doc, model::Span s);

// Index of the sentence containing byte pos; -1 when none does.
int sentence_index_at(const model::Document& doc, std::size_t pos);

// Rows of a TSV data file, header and comment lines skipped; each row has at
// least min_fields fields (throws naming the file and line otherwise).

}  // namespace baocao::extract
