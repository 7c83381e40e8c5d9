#include "review/site.h"

#include <fstream>
#include <stdexcept>

namespace baocao::review {

namespace fs = std::filesystem;

SiteLinks site_links(const std::vector<db::DocumentSummary>& documents, const std::vector<db::LocalityData>& localities) {
    SiteLinks links;
    for (const auto& doc : documents) links.document_by_source[doc.source_name] = doc.document_id;
    for (const auto& locality : localities) links.locality_pages.insert(locality.key.slug());
    return links;
}

SiteWriter::SiteWriter(fs::path out, SiteLinks links) : out_(std::move(out)), links_(std::move(links)) {
    for (const char* folder : {"doc", "place"}) {
        const fs::path dir = out_ / folder;
        fs::create_directories(dir);
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file() && entry.path().extension() == ".html") fs::remove(entry.path());
    }
}

void SiteWriter::write_file(const fs::path& relative, const std::string& content) {
    const fs::path path = out_ / relative;
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(content.data(), static_cast<std::streamsize>(content.size()));
    file.close();
    if (!file) throw std::runtime_error("cannot write " + path.string());
    ++pages_;
}

void SiteWriter::write_index(const std::vector<db::DocumentSummary>& documents) {
    write_file("index.html", render_index_page(documents, kIndexPageSize));
}

void SiteWriter::write_document(const db::DocumentDetail& document) {
    write_file(fs::path("doc") / (std::to_string(document.summary.document_id) + ".html"),
               render_document_page(document, links_));
}

void SiteWriter::write_localities(const std::vector<db::LocalityData>& localities) {
    for (const auto& locality : localities)
        write_file(fs::path("place") / (locality.key.slug() + ".html"), render_locality_page(locality, links_));
    write_file("localities.html", render_localities_page(localities));
}

}  // namespace baocao::review
