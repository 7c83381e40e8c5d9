// Writes extracted documents and all their facts to PostgreSQL, a batch of
// documents per transaction: rows go by COPY into staging tables, then into
// baocao.* by one statement per table. Idempotent by content: the same
// normalized text (sha256) is never stored twice; a changed text under the
// same source_name replaces the earlier document and its facts; the same text
// read by other rules (extracted_with) or given another source URL is stored
// afresh. A batch decides all this document by document, in order, exactly as
// writing the documents one at a time would.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "model/facts.h"

namespace baocao::db {

enum class LoadOutcome { added, unchanged, replaced, refreshed };

const char* to_string(LoadOutcome outcome);  // "added", "unchanged", "replaced", "refreshed"

struct WriteResult {
    LoadOutcome outcome = LoadOutcome::added;
    long long document_id = 0;  // 0 when a later document of the same batch replaced it at once
    // meetings + official mentions + indicator values + comparisons + targets
    std::size_t facts_written = 0;
};

// What became of one document of write_each: stored, or why not.
struct StoredOrNot {
    std::optional<WriteResult> result;
    std::string error;  // when not stored; nothing of the document was written
};

class Writer {
public:
    explicit Writer(pqxx::connection& conn);
    // One document in its own transaction. Throws DbError (naming the source)
    // on failure; the transaction is rolled back, nothing of the document remains.
    WriteResult write(const model::Document& doc);
    // Every document in one transaction, results in the same order. Throws
    // DbError when any fails: then nothing of the batch was written.
    std::vector<WriteResult> write_batch(const std::vector<const model::Document*>& docs);
    // write_batch; when the batch fails, each document again in its own
    // transaction, so that a bad document costs only itself. Throws DbError
    // only when the connection is lost.
    std::vector<StoredOrNot> write_each(const std::vector<const model::Document*>& docs);

private:
    pqxx::connection& conn_;
    bool staging_ready_ = false;  // this session's staging tables exist
};

}  // namespace baocao::db
