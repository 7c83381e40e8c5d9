// baocao extract FILE...: the extraction pipeline's output as JSON, no database.
#include <iostream>

#include <spdlog/spdlog.h>

#include "cli/chunked_text.h"
#include "cli/command.h"
#include "cli/document_json.h"
#include "cli/inputs.h"
#include "cli/ordered_pool.h"
#include "extract/pipeline.h"
#include "extract/source_manifest.h"

namespace baocao::cli {

namespace {

int run_extract(const Invocation& invocation) {
    const InputFiles inputs = collect_inputs(invocation.positional);
    for (const auto& problem : inputs.problems) spdlog::error("{}: {}", problem.path, problem.message);

    ExtractionRun run;
    if (const int failed = start_extraction(invocation, run); failed != exit_ok) return failed;

    bool bad_number = false;
    const std::size_t max_bytes = max_bytes_of(invocation, &bad_number);
    if (bad_number) return exit_usage;
    const std::size_t jobs = jobs_of(invocation, &bad_number);
    if (bad_number) return exit_usage;
    DocumentJsonOptions options;
    options.pretty = !invocation.has("compact");
    options.with_text = invocation.has("text");

    const std::vector<std::string> urls = source_urls_of(inputs.files, run);
    // Workers read and extract; this thread prints their JSON in input order.
    struct Printed {
        std::vector<std::string> json;  // ChunkedText blocks
        bool failed = false;
    };
    const auto extract_one = [&](std::size_t i) {
        const auto& path = inputs.files[i];
        const ArticleFile article = read_article(path, max_bytes);
        if (!article.text) {
            spdlog::error("{}: rejected ({}): {}", path.string(), article.reason_code, article.message);
            return Printed{{}, true};
        }
        log_how_read(path, article);
        try {
            const auto doc =
                run.pipeline->read(path.filename().string(), path.string(), *article.text, urls[i]);
            ChunkedText blocks;
            std::ostream json(&blocks);
            write_document_json(json, doc, options);
            return Printed{blocks.take(), false};
        } catch (const std::exception& e) {
            spdlog::error("{}: extraction failed: {}", path.string(), e.what());
            return Printed{{}, true};
        }
    };
    std::size_t failed = inputs.problems.size();
    OrderedPool<Printed> pool(inputs.files.size(), jobs, 4 * jobs, extract_one);
    while (auto printed = pool.next()) {
        ChunkedText::print(std::cout, printed->json);
        if (printed->failed) ++failed;
    }
    std::cout.flush();
    if (inputs.files.empty() && inputs.problems.empty()) {
        spdlog::warn("no *.txt files found in the given paths");
    }
    spdlog::debug("extract: {} files, {} failed", inputs.files.size(), failed);
    return failed ? exit_input_failed : exit_ok;
}

Command make_extract_command() {
    Command command;
    command.name = "extract";
    command.synopsis = "FILE|DIR...";
    command.summary = "print the facts extracted from articles as JSON (no database)";
    command.description =
        "Reads each article (a file, or every *.txt below a directory), runs the whole\n"
        "extraction pipeline and prints one JSON object per document on stdout: title,\n"
        "published_on, author, site, sha256, is_meeting_report, rejection_reason, places,\n"
        "meetings, officials, indicators (with comparisons) and targets. Every fact carries\n"
        "its evidence: {\"match\": {start, end, text}, \"sentence\": {start, end, text}}, with\n"
        "start/end in characters (code points) of the normalized text. Logs go to stderr.\n"
        "Several documents form a stream of objects (jq reads it; --compact gives JSON Lines).\n" +
        manifest_help();
    command.options = {
        {"compact", "", "one line per document (JSON Lines) instead of indented output"},
        {"text", "", "also print the normalized text and its sentences"},
        manifest_option(),
        max_bytes_option(),
        jobs_option(),
    };
    command.examples =
        "  baocao extract examples/01-huong-khe-so-ket-6-thang-2024.txt\n"
        "  baocao extract --compact ../shared/seeds/ > seeds.jsonl\n"
        "  baocao extract article.txt | jq '.indicators[] | {code, value, unit}'\n"
        "  baocao extract --jobs 2 --compact archive/ > archive.jsonl   # in input order";
    command.min_positional = 1;
    command.run = run_extract;
    return command;
}

}  // namespace

REGISTER_COMMAND(make_extract_command());

}  // namespace baocao::cli
