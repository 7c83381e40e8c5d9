// The rows of a document and its facts, in COPY's text format, with their ids
// drawn beforehand from the tables' own sequences: a batch of documents is
// staged this way and moved into baocao.* by one statement per table (see
// writer.cpp). Internal to loader/db.
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/facts.h"

namespace baocao::db {

// The tables a document is written to, in the order their foreign keys need.
enum class Table { documents, place_mentions, meetings, official_mentions, indicator_values, comparisons, targets, evidence };
constexpr std::size_t kTables = 8;

struct TableSpec {
    const char* name;       // "baocao.documents"
    const char* id_column;  // "document_id"; "" for evidence (its ids are nobody's reference)
    std::vector<std::string> columns;  // those the loader fills, id first
};
const TableSpec& table_spec(Table table);

// Rows needed per table (evidence: 0, it takes its ids itself).
using RowCounts = std::array<std::size_t, kTables>;
RowCounts rows_needed(const model::Document& doc);

// Ids handed out per table, ascending: a document's facts keep their order.
struct IdPool {
    std::array<std::deque<long long>, kTables> ids;
    long long take(Table table);
};

// What the database tells a batch before its facts are staged.
struct BatchLookups {
    std::map<std::pair<int, std::string>, std::string> known_localities;  // (era, code) in baocao.localities -> name
    std::map<std::pair<std::string, std::string>, long long> person_ids;  // (full_name, province_name)
};

// What a batch asks the database for, document by document.
void add_wanted_localities(const model::Document& doc, std::set<std::pair<int, std::string>>& wanted);
void add_catalog_codes(const model::Document& doc, std::set<std::string>& codes);
// (full_name, province_name) of the people a document names, in order of appearance.
std::vector<std::pair<std::string, std::string>> person_keys(const model::Document& doc);

using StagedRows = std::array<std::vector<std::string>, kTables>;  // COPY lines per table

// Appends the rows of one document, its facts and their evidence to staged,
// taking ids from the pool; returns the number of facts (meetings, official
// mentions, indicator values, comparisons, targets).
std::size_t stage_document(const model::Document& doc, const std::string& sha256, long long document_id,
                           IdPool& ids, const BatchLookups& lookups, StagedRows& staged);

// The facts stage_document would write, counted without writing them.
std::size_t facts_of(const model::Document& doc);

bool is_valid_date(const model::Date& d);

}  // namespace baocao::db
