// The review site: static HTML pages written from the rows of
// db::ReviewReader, opened from disk with no server and no network.
//   index.html          every document, sortable and filterable, in pages
//   doc/ID.html         one document: its text with every fact marked
//   place/ERA-CODE.html one locality: its indicators over time as charts
//   localities.html     the localities that have a page
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "db/review_rows.h"

namespace baocao::review {

// What pages may link to: the documents and localities that have a page.
struct SiteLinks {
    std::map<std::string, long long> document_by_source;
    std::set<std::string> locality_pages;  // slugs
};

SiteLinks site_links(const std::vector<db::DocumentSummary>& documents, const std::vector<db::LocalityData>& localities);

std::string render_document_page(const db::DocumentDetail& document, const SiteLinks& links);
std::string render_index_page(const std::vector<db::DocumentSummary>& documents, std::size_t page_size);
std::string render_locality_page(const db::LocalityData& locality, const SiteLinks& links);
std::string render_localities_page(const std::vector<db::LocalityData>& localities);

// Rows per page of the index: the page holds every document's line as data
// and draws one page of them at a time.
constexpr std::size_t kIndexPageSize = 100;

class SiteWriter {
public:
    // Makes the folders; pages of an earlier run in doc/ and place/ are removed
    // so that no page of a document since deleted stays behind.
    SiteWriter(std::filesystem::path out, SiteLinks links);

    void write_index(const std::vector<db::DocumentSummary>& documents);
    void write_document(const db::DocumentDetail& document);
    void write_localities(const std::vector<db::LocalityData>& localities);

    std::size_t pages_written() const { return pages_; }

private:
    void write_file(const std::filesystem::path& relative, const std::string& content);

    std::filesystem::path out_;
    SiteLinks links_;
    std::size_t pages_ = 0;
};

}  // namespace baocao::review
