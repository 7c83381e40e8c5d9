// baocao load PATH...: extract every article (on --jobs threads) and store
// it, a batch of documents per transaction; a batch that fails is stored again
// one document at a time, so one bad file never costs the others their work.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <map>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "cli/inputs.h"
#include "cli/live_line.h"
#include "cli/ordered_pool.h"
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

// Set by SIGINT / SIGTERM; the load stores the documents already read and
// stops before its next file. Each batch is one transaction, so whatever was
// stored stays, and nothing half-stored does.
std::atomic<bool> stop_requested{false};  // lock-free: safe in a signal handler
extern "C" void request_stop(int) { stop_requested = true; }

void catch_stop_signals() {
    struct sigaction action {};
    action.sa_handler = request_stop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

using Clock = std::chrono::steady_clock;

// Documents per transaction: enough that a round trip per table per batch
// costs nothing, few enough that memory stays small (a few MB).
constexpr std::size_t kDefaultBatch = 200;

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
    // Files the database itself refused (gone, read-only, full) are not its rejects: a rerun stores them.
    const char* rejected_note = !tally.rejected ? ""
                                : tally.database_fault.empty() && tally.not_attempted == 0
                                    ? "   (the errors above name each file; report.rejects lists them)"
                                    : "   (the errors above name each file; report.rejects lists those the files "
                                      "caused, not those the database refused: load again)";
    std::printf("  documents rejected   %zu%s\n", tally.rejected, rejected_note);
    for (const auto& [reason, n] : tally.rejected_by_reason) std::printf("    %-18s %zu\n", reason.c_str(), n);
    std::printf("  without a meeting    %zu%s\n", tally.without_meeting,
                tally.without_meeting ? "   (stored as documents; the log says why)" : "");
    if (tally.paths_missing) std::printf("  paths not found      %zu\n", tally.paths_missing);
    if (tally.not_attempted) std::printf("  files not attempted  %zu\n", tally.not_attempted);
    std::printf("  facts written        %zu\n", tally.facts_written);
    std::printf("  elapsed              %.2f s (%.1f documents/s)\n", seconds, per_second);
    std::fflush(stdout);
}

// How far a load got. On a terminal, a live line on stderr (files, documents/s,
// MB/s, time left) redrawn at most four times a second; in logs and pipes, a
// line at info level each time another tenth of a long run is done.
class Progress {
public:
    Progress(std::size_t total, Clock::time_point start)
        : total_(total), start_(start),
          live_(stderr_is_terminal() && spdlog::default_logger()->should_log(spdlog::level::info)) {}
    ~Progress() { finish(); }

    void done(std::size_t finished, std::uintmax_t bytes_read) {
        const auto now = Clock::now();
        const double seconds = std::chrono::duration<double>(now - start_).count();
        const double rate = seconds > 0 ? static_cast<double>(finished) / seconds : 0;
        const double left = rate > 0 ? static_cast<double>(total_ - finished) / rate : 0.0;
        if (live_) {
            if (finished != total_ && now - last_drawn_ < std::chrono::milliseconds(250)) return;
            last_drawn_ = now;
            const double megabytes_per_second = seconds > 0 ? static_cast<double>(bytes_read) / seconds / 1e6 : 0;
            show_live_line(fmt::format("load: {}/{} files ({}%), {:.1f} documents/s, {:.2f} MB/s, about {:.0f} s left",
                                       finished, total_, total_ ? finished * 100 / total_ : 100, rate,
                                       megabytes_per_second, left));
            return;
        }
        if (total_ < 20) return;  // short runs finish before anyone waits
        const std::size_t tenth = finished * 10 / total_;
        if (tenth == last_tenth_ || finished == total_) return;
        last_tenth_ = tenth;
        spdlog::info("load: {}/{} files ({}%), {:.1f} documents/s, about {:.0f} s left", finished, total_,
                     finished * 100 / total_, rate, left);
    }

    // Before the summary: the live line goes away.
    void finish() {
        if (live_) clear_live_line();
    }

private:
    std::size_t total_;
    Clock::time_point start_;
    bool live_;
    Clock::time_point last_drawn_{};
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

// One file as a worker read it: the article (its text dropped once read),
// and the document extracted from it or why extraction failed.
struct ReadFile {
    ArticleFile article;
    std::optional<model::Document> doc;
    std::string extraction_error;
};

ReadFile read_and_extract(const std::filesystem::path& path, const std::string& source_url,
                          const extract::Pipeline& pipeline, std::size_t max_bytes) {
    ReadFile read{read_article(path, max_bytes), std::nullopt, ""};
    if (!read.article.text) return read;
    log_how_read(path, read.article);
    try {
        read.doc = pipeline.read(path.filename().string(), path.string(), *read.article.text, source_url);
    } catch (const std::exception& e) {
        read.extraction_error = e.what();
    }
    read.article.text.reset();  // the document holds the normalized text
    return read;
}

// The documents read since the last write, stored together in one
// transaction; when that fails, one at a time, so a bad document costs only
// itself. Errors are logged naming the file, and files that cannot be read as
// articles are recorded in baocao.rejects at once.
class PendingBatch {
public:
    PendingBatch(const LoadContext& ctx, LoadTally& tally, std::size_t size) : ctx_(ctx), tally_(tally), size_(size) {}

    void add(const std::filesystem::path& path, ReadFile read) {
        const ArticleFile& article = read.article;
        if (!article.reason_code.empty()) {
            reject(article, path, article.reason_code, article.message, ctx_.rejects, tally_);
            return;
        }
        ++tally_.files_read;
        if (!read.doc) {
            reject(article, path, "not_stored", read.extraction_error, ctx_.rejects, tally_);
            return;
        }
        files_.push_back({path, std::move(read)});
        if (files_.size() >= size_) write();
    }

    void write() {
        if (files_.empty()) return;
        std::vector<const model::Document*> docs;
        for (const auto& file : files_) docs.push_back(&*file.read.doc);
        try {
            const auto stored = ctx_.writer.write_each(docs);
            for (std::size_t i = 0; i < files_.size(); ++i) count(files_[i], stored[i]);
        } catch (const std::exception& e) {  // the server went away or refuses all: not these files' fault
            for (const auto& file : files_) spdlog::error("{}: not loaded: {}", file.path.string(), e.what());
            tally_.rejected += files_.size();
            if (const auto* refused = dynamic_cast<const db::DbError*>(&e);
                refused && db::is_database_fault(refused->sqlstate))
                tally_.database_fault = refused->sqlstate;
        }
        files_.clear();
    }

private:
    struct File {
        std::filesystem::path path;
        ReadFile read;
    };

    void count(const File& file, const db::StoredOrNot& stored) {
        if (!stored.result) {
            reject(file.read.article, file.path, "not_stored", stored.error, ctx_.rejects, tally_);
            return;
        }
        const auto& result = *stored.result;
        ctx_.rejects.clear(file.path.string());
        tally_.count(result.outcome);
        tally_.facts_written += result.facts_written;
        if (!file.read.doc->is_meeting_report) ++tally_.without_meeting;
        spdlog::debug("{}: {} (document {}, {} facts)", file.path.string(), db::to_string(result.outcome),
                      result.document_id, result.facts_written);
    }

    const LoadContext& ctx_;
    LoadTally& tally_;
    std::size_t size_;
    std::vector<File> files_;
};

int run_load(const Invocation& invocation) {
    const auto start = Clock::now();
    bool bad_number = false;
    const std::size_t max_bytes = max_bytes_of(invocation, &bad_number);
    if (bad_number) return exit_usage;
    const std::size_t jobs = jobs_of(invocation, &bad_number);
    if (bad_number) return exit_usage;
    const std::size_t batch_size = positive_option(invocation, "batch", kDefaultBatch, &bad_number);
    if (bad_number) return exit_usage;
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
    const std::vector<std::string> urls = source_urls_of(inputs.files, run);
    // Workers read and extract ahead, in input order; this thread alone
    // writes, on the one connection, in that same order. They may run a
    // batch ahead, so that they go on extracting while a batch is written.
    OrderedPool<ReadFile> pool(inputs.files.size(), jobs, batch_size + 4 * jobs, [&](std::size_t i) {
        return read_and_extract(inputs.files[i], urls[i], *run.pipeline, max_bytes);
    });
    PendingBatch batch(ctx, tally, batch_size);
    const auto summary = [&] {
        progress.finish();
        print_summary(tally, std::chrono::duration<double>(Clock::now() - start).count());
    };
    std::uintmax_t bytes_read = 0;
    for (std::size_t i = 0; i < inputs.files.size(); ++i) {
        if (stop_requested) {
            pool.stop();
            batch.write();  // what was read is kept too
            tally.not_attempted = inputs.files.size() - i;
            spdlog::error("interrupted: {} of {} files done, {} not attempted; what was stored is kept, run the same "
                          "load again to finish",
                          i, inputs.files.size(), tally.not_attempted);
            summary();
            return exit_interrupted;
        }
        ReadFile read = std::move(*pool.next());
        if (!read.article.bytes_sha256.empty()) bytes_read += read.article.size;
        batch.add(inputs.files[i], std::move(read));
        if (!conn->is_open() || !tally.database_fault.empty()) {
            pool.stop();
            tally.not_attempted = inputs.files.size() - i - 1;
            if (conn->is_open())
                spdlog::error("stopped: {}; {} files not attempted", db::database_fault_hint(tally.database_fault),
                              tally.not_attempted);
            else
                spdlog::error("lost the database connection after {}; {} files not attempted",
                              inputs.files[i].string(), tally.not_attempted);
            summary();
            return exit_database;
        }
        progress.done(i + 1, bytes_read);
    }
    batch.write();
    if (!conn->is_open() || !tally.database_fault.empty()) {
        if (conn->is_open()) spdlog::error("stopped: {}", db::database_fault_hint(tally.database_fault));
        else spdlog::error("lost the database connection while storing the last documents");
        summary();
        return exit_database;
    }
    summary();
    return tally.all_well() ? exit_ok : exit_input_failed;
}

Command make_load_command() {
    Command command;
    command.name = "load";
    command.synopsis = "PATH...";
    command.summary = "extract articles and store their facts in PostgreSQL";
    command.description =
        "Each PATH is an article file or a directory searched recursively for *.txt.\n"
        "Pending migrations are applied first (unless --no-migrate). Articles are read\n"
        "and extracted on --jobs threads; one connection stores them, in input order, a\n"
        "batch of --batch documents per transaction (rows go by COPY). A batch that fails\n"
        "is stored again one document at a time: a file that fails is named in the log and\n"
        "the others are still loaded. Results do not depend on --jobs or --batch.\n"
        "The same normalized text (SHA-256) is never stored twice; a file whose text\n"
        "changed replaces that document and its facts, and a text read by an older\n"
        "version of the rules (program or data/) is read again. Texts\n"
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
        "\nOn a terminal a live line on stderr shows the progress (files, documents/s, MB/s,\n"
        "time left); in logs and pipes, long runs log it every tenth. A summary ends the\n"
        "run (stdout):\n"
        "files read, documents new / unchanged / replaced / refreshed / rejected, facts\n"
        "written, time.";
    command.options = {
        {"no-migrate", "", "do not apply pending migrations first (fail if the schema is old)"},
        manifest_option(),
        max_bytes_option(),
        jobs_option(),
        {"batch", "N", "store N documents per transaction (default " + std::to_string(kDefaultBatch) +
                           "); a batch that fails is stored one document at a time"},
    };
    command.examples =
        "  baocao load examples/                              # PG* variables pick the database\n"
        "  baocao load ../shared/seeds ../shared/corpus/001.txt   # corpus/INDEX.tsv gives URLs\n"
        "  baocao load --manifest crawl/urls.tsv crawl/articles/\n"
        "  baocao load --db postgresql://me@localhost:5432/baocao articles/\n"
        "  baocao --quiet load articles/ && echo all loaded\n"
        "  baocao load --jobs 4 --batch 500 archive/          # 4 extracting threads, 500 documents a transaction\n"
        "  baocao load --jobs 1 --batch 1 suspect/            # one thread, one document a transaction";
    command.min_positional = 1;
    command.run = run_load;
    return command;
}

}  // namespace

REGISTER_COMMAND(make_load_command());

}  // namespace baocao::cli
