// Shared by the review site's tests: the seed articles and a hostile
// article composed here loaded into a fresh database, and the site written
// from it by the baocao binary.
#pragma once

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <sys/wait.h>
#include <vector>

#include "db/writer.h"
#include "cli_support.h"
#include "db_fixture.h"
#include "extract/pipeline.h"
#include "html_dom.h"
#include "test_report_support.h"
#include "text/decode.h"

namespace baocao::testing::review_site {

namespace fs = std::filesystem;

inline fs::path seeds_dir() {
    if (const char* shared = std::getenv("BAOCAO_SHARED"); shared && *shared) return fs::path(shared) / "seeds";
    return fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared" / "seeds";
}

using cli::shell_quote;

// Runs a shell command; its exit status and what it printed (stdout and stderr).
inline std::pair<int, std::string> run(const std::string& command) { return cli::run_shell(command); }

// A composed article whose text holds markup: it must show as text. Its
// first sentence makes it a meeting report, so the page has facts to mark.
inline const std::string kHostileName = "hostile_<b>&\"'.txt";
inline const std::string kHostileText =
    "Hội nghị <script>document.title='pwned'</script> \"sơ kết\" & </span><b>đậm</b>\n\n"
    "Sáng ngày 12/7/2023, Ban Thường vụ Huyện ủy Cẩm Xuyên tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023. "
    "Tổng thu ngân sách trên địa bàn đạt 120,3 tỷ đồng, bằng 40% kế hoạch tỉnh giao.\n\n"
    "Ghi chú: <img src=x onerror=alert(1)> ' \" </div></span> &amp; &lt;\n";

struct LoadedSite {
    MigratedDatabase database;
    std::unique_ptr<pqxx::connection> conn;
    TempDir out;
    std::vector<std::string> seeds;  // source names
    std::vector<std::string> corpus;  // source names: "corpus/NNN.txt"
};

inline fs::path corpus_dir() { return seeds_dir().parent_path() / "corpus"; }

// Seeds (and with_corpus, ../shared/corpus decoded as `load` decodes it) and
// the hostile article through the pipeline and writer, one more evidence row
// around the hostile markup, then `baocao review`.
inline void build_site(LoadedSite& site, bool with_corpus = false) {
    site.conn = site.database.connect();
    baocao::extract::Pipeline pipeline;
    baocao::db::Writer writer(*site.conn);
    std::error_code missing;  // without seeds the hostile article stands alone
    for (const auto& entry : fs::directory_iterator(seeds_dir(), missing)) {
        if (entry.path().extension() != ".txt") continue;
        const std::string name = entry.path().filename().string();
        writer.write(pipeline.read(name, entry.path().string(), read_text_file(entry.path())));
        site.seeds.push_back(name);
    }
    if (with_corpus) {
        for (const auto& entry : fs::directory_iterator(corpus_dir(), missing)) {
            if (entry.path().extension() != ".txt") continue;
            const auto decoded = baocao::text::decode_article(read_text_file(entry.path()));
            if (!decoded.ok()) continue;  // a page without an article
            const std::string name = "corpus/" + entry.path().filename().string();
            writer.write(pipeline.read(name, entry.path().string(), decoded.text));
            site.corpus.push_back(name);
        }
    }
    writer.write(pipeline.read(kHostileName, "composed/" + kHostileName, kHostileText));
    {
        pqxx::work tx(*site.conn);
        tx.exec_params(
            "INSERT INTO baocao.evidence (document_id, meeting_id, sentence_text, sentence_start, sentence_end, "
            "match_start, match_end) "
            "SELECT d.document_id, m.meeting_id, '', 0, 0, strpos(d.text, '<script>') - 1, strpos(d.text, '<b>') - 1 "
            "FROM baocao.documents d JOIN baocao.meetings m USING (document_id) WHERE d.source_name = $1 "
            "ORDER BY m.ordinal LIMIT 1",
            kHostileName);
        tx.commit();
    }
    const auto [status, output] =
        run(shell_quote(BAOCAO_BINARY) + " review --out " + shell_quote(site.out.path().string()) + " --db " +
            shell_quote(site.database.conninfo()));
    INFO(output);
    REQUIRE(status == 0);
}

inline long long document_id(pqxx::connection& conn, const std::string& source_name) {
    pqxx::read_transaction tx(conn);
    return tx.exec_params("SELECT document_id FROM baocao.documents WHERE source_name = $1", source_name)[0][0]
        .as<long long>();
}

struct Evidence {
    std::string ref;   // KIND:ID
    std::string text;  // what PostgreSQL cuts at the stored offsets
    long long start = 0, end = 0;
};

// Each piece of evidence of a document, by evidence_id, with its text cut by
// PostgreSQL from the character offsets: the words, else the sentence.
inline std::map<std::string, Evidence> evidence_of(pqxx::connection& conn, long long document) {
    std::map<std::string, Evidence> evidence;
    pqxx::read_transaction tx(conn);
    for (const auto& row : tx.exec_params(
             "SELECT evidence_id, fact_kind || ':' || fact_id, "
             "CASE WHEN match_end > match_start THEN matched_text ELSE sentence_text END, "
             "CASE WHEN match_end > match_start THEN match_start ELSE sentence_start END, "
             "CASE WHEN match_end > match_start THEN match_end ELSE sentence_end END "
             "FROM report.evidence WHERE document_id = $1", document))
        evidence[row[0].c_str()] = {row[1].c_str(), row[2].c_str(), row[3].as<long long>(), row[4].as<long long>()};
    return evidence;
}

inline std::string page_of(const LoadedSite& site, long long document) {
    return read_text_file(site.out.path() / "doc" / (std::to_string(document) + ".html"));
}

// The marks of a page by evidence id: every fragment, in order.
inline std::map<std::string, std::vector<const xmlNode*>> marks_of(const HtmlDom& dom) {
    std::map<std::string, std::vector<const xmlNode*>> marks;
    for (const auto* node : dom.elements("data-ev")) marks[HtmlDom::attribute(node, "data-ev")].push_back(node);
    return marks;
}


}  // namespace baocao::testing::review_site
