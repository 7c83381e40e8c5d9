// baocao load PATH...: extract every article and store it, one transaction
// per document, so one bad file never costs the others their work.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <map>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "cli/inputs.h"
#include "db/connection.h"
#include "db/migrator.h"
#include "db/preflight.h"
#include "db/rejects.h"
#include "db/writer.h"
#include "extract/pipeline.h"
#include "extract/source_manifest.h"
#include "extract/stage.h"

namespace baocao::cli {

namespace {

// Set by SIGINT / SIGTERM; the load stops before its next file. Each file is
// its own transaction, so whatever was stored stays, and nothing half-stored does.
volatile std::sig_atomic_t stop_requested = 0;
extern "C" void request_stop(int) { stop_requested = 1; }

void catch_stop_signals() {
    struct sigaction action {};
    action.sa_handler = request_stop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

using Clock = std::chrono::steady_clock;

struct LoadTally {
    std::size_t files_read = 0;
    std::size_t added = 0, unchanged = 0, replaced = 0, refreshed = 0, rejected = 0;
    std::size_t without_meeting = 0;
    std::size_t paths_missing = 0;
    std::size_t facts_written = 0;
    std::size_t not_attempted = 0;  // left when the connection was lost or the database refused
    std::string database_fault;     // SQLSTATE of a refusal every document would meet (db::is_database_fault)
    std::map<std::string, std::size_t> rejected_by_reason;

    void count(db::LoadOutcome outcome) {
        switch (outcome) {
            case db::LoadOutcome::added: ++added; break;
            case db::LoadOutcome::unchanged: ++unchanged; break;
            case db::LoadOutcome::replaced: ++replaced; break;
            case db::LoadOutcome::refreshed: ++refreshed; break;
        }
    }
    bool all_well() const { return rejected == 0 && paths_missing == 0 && not_attempted == 0; }
};

void print_summary(const LoadTally& tally, double seconds) {
    const double per_second = seconds > 0 ? static_cast<double>(tally.files_read) / seconds : 0;
    std::printf("load summary\n");
    std::printf("  files read           %zu\n", tally.files_read);
    std::printf("  documents new        %zu\n", tally.added);
    std::printf("  documents unchanged  %zu\n", tally.unchanged);
    std::printf("  documents replaced   %zu\n", tally.replaced);
    if (tally.refreshed)
        std::printf("  documents refreshed  %zu   (same text, read again: newer rules or a new URL)\n", tally.refreshed);
    std::printf("  documents rejected   %zu%s\n", tally.rejected,
                tally.rejected ? "   (the errors above name each file; report.rejects lists them)" : "");
    for (const auto& [reason, n] : tally.rejected_by_reason) std::printf("    %-18s %zu\n", reason.c_str(), n);
    std::printf("  without a meeting    %zu%s\n", tally.without_meeting,
                tally.without_meeting ? "   (stored as documents; the log says why)" : "");
    if (tally.paths_missing) std::printf("  paths not found      %zu\n", tally.paths_missing);
    if (tally.not_attempted) std::printf("  files not attempted  %zu\n", tally.not_attempted);
    std::printf("  facts written        %zu\n", tally.facts_written);
    std::printf("  elapsed              %.2f s (%.1f documents/s)\n", seconds, per_second);
    std::fflush(stdout);
}

// Logs at info level each time another tenth of a long run is done.
class Progress {
public:
    Progress(std::size_t total, Clock::time_point start) : total_(total), start_(start) {}
    void done(std::size_t finished) {
        if (total_ < 20) return;  // short runs finish before anyone waits
        const std::size_t tenth = finished * 10 / total_;
        if (tenth == last_tenth_ || finished == total_) return;
        last_tenth_ = tenth;
        const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
        const double rate = seconds > 0 ? static_cast<double>(finished) / seconds : 0;
        spdlog::info("load: {}/{} files ({}%), {:.1f} documents/s, about {:.0f} s left", finished,
                     total_, finished * 100 / total_, rate,
                     rate > 0 ? static_cast<double>(total_ - finished) / rate : 0.0);
    }

private:
    std::size_t total_;
    Clock::time_point start_;
    std::size_t last_tenth_ = 0;
};

// Now, as PostgreSQL reads a timestamp with its zone: when this run began.
std::string started_at_iso() {
    const std::time_t now = std::time(nullptr);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return buffer;
}

bool apply_pending_migrations(pqxx::connection& conn) {
    try {
        db::Migrator migrator(conn, db::migrations_dir(), extract::data_dir());
        const int applied = migrator.migrate();
        if (applied > 0) spdlog::info("applied {} pending migration{} first", applied, applied == 1 ? "" : "s");
        return true;
    } catch (const std::exception& e) {
        spdlog::error("migration: {}", e.what());
        return false;
    }
}

struct LoadContext {
    pqxx::connection& conn;
    const extract::Pipeline& pipeline;
    db::Writer& writer;
    db::RejectLog& rejects;
    std::size_t max_bytes;
};

void reject(const ArticleFile& article, const std::filesystem::path& path, const std::string& code,
            const std::string& message, db::RejectLog& rejects, LoadTally& tally) {
    spdlog::error("{}: rejected ({}): {}", path.string(), code, message);
    ++tally.rejected;
    ++tally.rejected_by_reason[code];
    try {
        rejects.record(db::Reject{path.string(), path.filename().string(), article.size, article.bytes_sha256, code, message});
    } catch (const std::exception& e) {
        spdlog::error("{}: the reject could not be recorded: {}", path.string(), e.what());
    }
}

// Reads, extracts and writes one file; errors are logged naming the file, and
// files that cannot be read as articles are recorded in baocao.rejects.
void load_one(const std::filesystem::path& path, const std::string& source_url, const LoadContext& ctx,
              LoadTally& tally) {
    const ArticleFile article = read_article(path, ctx.max_bytes);
    if (!article.text) {
        reject(article, path, article.reason_code, article.message, ctx.rejects, tally);
        return;
    }
    log_how_read(path, article);
    ++tally.files_read;
    try {
        const auto doc = ctx.pipeline.read(path.filename().string(), path.string(), *article.text, source_url);
        const auto result = ctx.writer.write(doc);
        ctx.rejects.clear(path.string());
        tally.count(result.outcome);
        tally.facts_written += result.facts_written;
        if (!doc.is_meeting_report) ++tally.without_meeting;
        spdlog::debug("{}: {} (document {}, {} facts)", path.string(), db::to_string(result.outcome),
                      result.document_id, result.facts_written);
    } catch (const std::exception& e) {
        const auto* refused = dynamic_cast<const db::DbError*>(&e);
        const bool fault = refused && db::is_database_fault(refused->sqlstate);
        if (!ctx.conn.is_open() || fault) {  // the server went away or refuses all: not this file's fault
            spdlog::error("{}: not loaded: {}", path.string(), e.what());
            ++tally.rejected;
            if (fault) tally.database_fault = refused->sqlstate;
            return;
        }
        reject(article, path, "not_stored", e.what(), ctx.rejects, tally);
    }
}

int run_load(const Invocation& invocation) {
    const auto start = Clock::now();
    bool bad_limit = false;
    const std::size_t max_bytes = max_bytes_of(invocation, &bad_limit);
    if (bad_limit) return exit_usage;
    LoadTally tally;
    const InputFiles inputs = collect_inputs(invocation.positional);
    for (const auto& problem : inputs.problems) spdlog::error("{}: {}", problem.path, problem.message);
    tally.paths_missing = inputs.problems.size();
    if (inputs.files.empty() && inputs.problems.empty())
        spdlog::warn("no *.txt files found in the given paths");

    // The database first: when it is unreachable, say so before any slow work.
    auto conn = open_database(invocation);
    if (!conn) return exit_database;
    if (!invocation.has("no-migrate") && !apply_pending_migrations(*conn)) return exit_database;
    try {
        db::check_can_store(*conn);
    } catch (const std::exception& e) {
        spdlog::error("{}", e.what());
        return exit_database;
    }
    ExtractionRun run;
    if (const int failed = start_extraction(invocation, run); failed != exit_ok) return failed;

    db::Writer writer(*conn);
    db::RejectLog rejects(*conn, started_at_iso());
    const LoadContext ctx{*conn, *run.pipeline, writer, rejects, max_bytes};
    Progress progress(inputs.files.size(), start);
    catch_stop_signals();
    spdlog::info("loading {} file{} into {}", inputs.files.size(), inputs.files.size() == 1 ? "" : "s",
                 db::describe(*conn));
    for (std::size_t i = 0; i < inputs.files.size(); ++i) {
        if (stop_requested) {
            tally.not_attempted = inputs.files.size() - i;
            spdlog::error("interrupted: {} of {} files done, {} not attempted; what was stored is kept, run the same "
                          "load again to finish",
                          i, inputs.files.size(), tally.not_attempted);
            print_summary(tally, std::chrono::duration<double>(Clock::now() - start).count());
            return exit_interrupted;
        }
        load_one(inputs.files[i], run.urls->url_of(inputs.files[i]), ctx, tally);
        if (!conn->is_open() || !tally.database_fault.empty()) {
            tally.not_attempted = inputs.files.size() - i - 1;
            if (conn->is_open())
                spdlog::error("stopped: {}; {} files not attempted", db::database_fault_hint(tally.database_fault),
                              tally.not_attempted);
            else
                spdlog::error("lost the database connection after {}; {} files not attempted",
                              inputs.files[i].string(), tally.not_attempted);
            print_summary(tally, std::chrono::duration<double>(Clock::now() - start).count());
            return exit_database;
        }
        progress.done(i + 1);
    }
    print_summary(tally, std::chrono::duration<double>(Clock::now() - start).count());
    return tally.all_well() ? exit_ok : exit_input_failed;
}

Command make_load_command() {
    Command command;
    command.name = "load";
    command.synopsis = "PATH...";
    command.summary = "extract articles and store their facts in PostgreSQL";
    command.description =
        "Each PATH is an article file or a directory searched recursively for *.txt.\n"
        "Pending migrations are applied first (unless --no-migrate). Every document is\n"
        "written in its own transaction: a file that fails is named in the log and the\n"
        "others are still loaded. The same normalized text (SHA-256) is never stored\n"
        "twice; a file whose text changed replaces that document and its facts, and a text\n"
        "read by an older version of the rules (program or data/) is read again. Texts\n"
        "that report no meeting are stored as documents without facts (the log says why).\n"
        "Files are read as UTF-8 (with or without BOM), UTF-16/32 by their BOM, windows-1258\n"
        "when that is what the bytes are, HTML pages by their text, the TCVN3 and VNI font\n"
        "encodings when recognised; a few invalid UTF-8 bytes are replaced (with a warning).\n"
        "Files that hold no article are rejected with a reason (empty, too_large, binary,\n"
        "not_utf8, html_no_text, unknown_encoding, unreadable, not_stored), listed\n"
        "in the summary and kept in report.rejects (baocao report rejects) until a fixed\n"
        "file loads. A database that refuses every document (read-only, full, a role\n"
        "without INSERT rights) stops the load at once with exit 3; what was stored stays.\n" +
        manifest_help() +
        "\nLong runs log their progress every tenth; a summary ends the run (stdout):\n"
        "files read, documents new / unchanged / replaced / refreshed / rejected, facts\n"
        "written, time.";
    command.options = {
        {"no-migrate", "", "do not apply pending migrations first (fail if the schema is old)"},
        manifest_option(),
        max_bytes_option(),
    };
    command.examples =
        "  baocao load examples/                              # PG* variables pick the database\n"
        "  baocao load ../shared/seeds ../shared/corpus/001.txt   # corpus/INDEX.tsv gives URLs\n"
        "  baocao load --manifest crawl/urls.tsv crawl/articles/\n"
        "  baocao load --db postgresql://me@localhost:5432/baocao articles/\n"
        "  baocao --quiet load articles/ && echo all loaded";
    command.min_positional = 1;
    command.run = run_load;
    return command;
}

}  // namespace

REGISTER_COMMAND(make_load_command());

}  // namespace baocao::cli
