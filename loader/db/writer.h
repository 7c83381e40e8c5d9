// Writes one extracted document and all its facts to PostgreSQL, in one
// transaction. Idempotent by content: the same normalized text (sha256) is
// never stored twice; a changed text under the same source_name replaces the
// earlier document and its facts; the same text read by other rules
// (extracted_with) or given another source URL is stored afresh.
#pragma once

#include <cstddef>

#include <pqxx/pqxx>

#include "model/facts.h"

namespace baocao::db {

enum class LoadOutcome { added, unchanged, replaced, refreshed };

const char* to_string(LoadOutcome outcome);  // "added", "unchanged", "replaced", "refreshed"

struct WriteResult {
    LoadOutcome outcome = LoadOutcome::added;
    long long document_id = 0;
    // meetings + official mentions + indicator values + comparisons + targets
    std::size_t facts_written = 0;
};

class Writer {
public:
    explicit Writer(pqxx::connection& conn);
    // Throws pqxx exceptions (wrapped in DbError with the source name) on failure;
    // the transaction is rolled back, nothing of the document remains.
    WriteResult write(const model::Document& doc);

private:
    pqxx::connection& conn_;
};

}  // namespace baocao::db
