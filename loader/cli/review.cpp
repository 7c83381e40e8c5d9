// baocao review --out DIR [PATH...]: writes the review site (loader/review)
// from the database, for analysts to check every fact where it was read.
#include <algorithm>
#include <chrono>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "db/connection.h"
#include "db/review_reader.h"
#include "review/site.h"

namespace baocao::cli {

namespace {

// Documents per round of queries: few round trips, and only this many texts in memory.
constexpr std::size_t kBatchSize = 200;

int run_review(const Invocation& invocation) {
    const auto out = invocation.value("out");
    if (!out || out->empty()) {
        spdlog::error("say where to write the site: --out DIR");
        return exit_usage;
    }
    auto conn = open_database(invocation);
    if (!conn) return exit_database;
    const auto started = std::chrono::steady_clock::now();
    std::size_t pages = 0, documents_written = 0;
    try {
        const auto since_start = [&] {
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        };
        db::ReviewReader reader(*conn);
        spdlog::debug("review: quality flags read at {:.2f} s", since_start());
        const auto documents = reader.documents(invocation.positional);
        const auto localities = reader.localities(documents);
        spdlog::debug("review: {} documents, {} localities read at {:.2f} s", documents.size(), localities.size(),
                      since_start());
        review::SiteWriter site(*out, review::site_links(documents, localities));
        site.write_index(documents);
        for (std::size_t first = 0; first < documents.size(); first += kBatchSize) {
            const std::vector<db::DocumentSummary> batch(
                documents.begin() + static_cast<std::ptrdiff_t>(first),
                documents.begin() + static_cast<std::ptrdiff_t>(std::min(documents.size(), first + kBatchSize)));
            for (const auto& detail : reader.details(batch)) site.write_document(detail);
            documents_written += batch.size();
        }
        spdlog::debug("review: document pages written at {:.2f} s", since_start());
        site.write_localities(localities);
        pages = site.pages_written();
        if (documents.empty()) spdlog::warn("no documents matched: the site lists none");
    } catch (const db::DbError& e) {
        spdlog::error("{}", e.what());
        return exit_database;
    } catch (const pqxx::sql_error& e) {
        spdlog::error("reading the database failed ({}): run 'baocao migrate' if the schema is older", e.what());
        return exit_database;
    } catch (const std::filesystem::filesystem_error& e) {
        spdlog::error("writing the site: {}", e.what());
        return exit_input_failed;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    spdlog::info("review site: {} pages ({} documents) in {} ({:.2f} s); open {}/index.html", pages,
                 documents_written, *out, seconds, *out);
    return exit_ok;
}

Command make_review_command() {
    Command command;
    command.name = "review";
    command.synopsis = "--out DIR [PATH...]";
    command.summary = "write a static site showing every fact in the text it was read from";
    command.description =
        "Writes HTML pages to DIR that open from disk in any browser, with no server, no\n"
        "network and nothing loaded from elsewhere:\n"
        "  index.html           every document (province, locality, meeting date, period,\n"
        "                       kind, counts of officials, figures, targets, quality flags),\n"
        "                       sortable and filterable, shown a page at a time\n"
        "  doc/ID.html          the document's normalized text with every fact marked at\n"
        "                       its evidence (click one to see its stored row), the table\n"
        "                       of facts, the meeting card and the quality flags\n"
        "  place/ERA-CODE.html  each indicator of a locality over its periods as a chart,\n"
        "                       targets as markers; every point links to its document\n"
        "  localities.html      the localities that have a page\n"
        "Pages of an earlier run in DIR/doc and DIR/place are replaced. PATH limits the\n"
        "site to documents loaded from those files or folders (or with that source name).";
    command.options = {
        {"out", "DIR", "folder to write the site into (created when missing)"},
    };
    command.examples =
        "  baocao review --out site/              # then open site/index.html\n"
        "  baocao review --out site/ articles/2023/   # only documents loaded from there";
    command.run = run_review;
    return command;
}

}  // namespace

REGISTER_COMMAND(make_review_command());

}  // namespace baocao::cli
