// Reads what the review site shows (db/review_rows.h) from the report views,
// in one read-only snapshot so that the index, the document pages and the
// locality pages agree even while a load runs. Documents are read a batch
// at a time: a site of 100,000 articles never holds all their texts at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "db/review_rows.h"

namespace baocao::db {

// Code point offset -> byte offset into UTF-8 text (the inverse of
// text::char_offset): offsets past the end give the text's size.
std::vector<std::size_t> code_point_starts(const std::string& text);

class ReviewReader {
public:
    explicit ReviewReader(pqxx::connection& conn);
    ~ReviewReader();

    // Every document (by document_id) with its main meeting and counts.
    // paths: keep only documents whose source_name is one of them, or whose
    // stored path is one of them or lies below one; empty = all.
    std::vector<DocumentSummary> documents(const std::vector<std::string>& paths = {});

    // The pages' contents of the given documents (from documents()).
    std::vector<DocumentDetail> details(const std::vector<DocumentSummary>& batch);

    // Every locality with figures or targets, restricted to those documents.
    std::vector<LocalityData> localities(const std::vector<DocumentSummary>& documents);

private:
    std::unique_ptr<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>> tx_;
    std::vector<QualityFlag> flags_;  // every flag, read once
};

}  // namespace baocao::db
