// `baocao review` on a real database: the seed articles (../shared/seeds,
// read at run time; for the first test ../shared/corpus too) and a hostile
// article composed here are loaded, the site is written by the binary, and
// its pages are read back: every piece of evidence marked with exactly its
// text (as PostgreSQL cuts it, in characters), spans that contain others
// hold them, markup in an article shown as text. test_review_browser.cpp opens the pages in Chromium.
#include <algorithm>
#include <filesystem>
#include <string>

#include "review_site_support.h"

using namespace baocao::testing;
using namespace baocao::testing::review_site;
namespace fs = std::filesystem;


TEST_CASE("review pages mark every seed and corpus fact with exactly its evidence text", "[review][db][corpus]") {
    if (!fs::is_directory(seeds_dir())) {
        WARN("no seed articles at " << seeds_dir().string() << " (../shared or $BAOCAO_SHARED): skipped");
        return;
    }
    LoadedSite site;
    build_site(site, true);
    REQUIRE(site.seeds.size() >= 5);
    std::vector<std::string> documents = site.seeds;
    documents.insert(documents.end(), site.corpus.begin(), site.corpus.end());
    std::size_t nested_pairs = 0;
    for (const auto& seed : documents) {
        INFO("document " << seed);
        const long long document = document_id(*site.conn, seed);
        const HtmlDom dom(page_of(site, document));
        REQUIRE(dom.parsed());
        const auto evidence = evidence_of(*site.conn, document);
        const auto marks = marks_of(dom);
        if (std::find(site.seeds.begin(), site.seeds.end(), seed) != site.seeds.end()) CHECK(!evidence.empty());
        CHECK(marks.size() == evidence.size());
        for (const auto& [id, expected] : evidence) {
            INFO("evidence " << id << " of " << expected.ref << ": '" << expected.text << "'");
            const auto found = marks.find(id);
            REQUIRE(found != marks.end());
            std::string text;
            for (const auto* node : found->second) {
                CHECK(HtmlDom::attribute(node, "data-fact") == expected.ref);
                text += HtmlDom::text(node);
            }
            CHECK(text == expected.text);
            CHECK(HtmlDom::attribute(found->second.front(), "id") == "e" + id);
            CHECK(dom.by_id("fact-" + expected.ref.substr(0, expected.ref.find(':')) + "-" +
                            expected.ref.substr(expected.ref.find(':') + 1)) != nullptr);
        }
        // A span inside another (a comparison inside its figure) is an element inside the other's.
        for (const auto& [outer_id, outer] : evidence)
            for (const auto& [inner_id, inner] : evidence) {
                if (outer_id == inner_id || inner.start < outer.start || inner.end > outer.end) continue;
                if (inner.start == outer.start && inner.end == outer.end) continue;  // same span: either may be outside
                INFO(inner.ref << " inside " << outer.ref);
                for (const auto* fragment : marks.at(inner_id)) {
                    bool held = false;
                    for (const auto* container : marks.at(outer_id)) held = held || HtmlDom::inside(fragment, container);
                    CHECK(held);
                }
                ++nested_pairs;
            }
        // Every side-table link leads to a mark of the text.
        for (const auto* link : dom.elements("href", "a")) {
            const std::string href = HtmlDom::attribute(link, "href");
            if (href.rfind("#", 0) == 0) CHECK(dom.by_id(href.substr(1)) != nullptr);
        }
    }
    CHECK(nested_pairs > 0);  // the seeds have comparisons inside their figures

    // The index holds every document; the locality pages exist for the links to them.
    const std::string index = read_text_file(site.out.path() / "index.html");
    for (const auto& seed : site.seeds) CHECK(index.find(seed) != std::string::npos);
    CHECK(fs::exists(site.out.path() / "localities.html"));
    CHECK(!fs::is_empty(site.out.path() / "place"));
}

TEST_CASE("an article's markup shows as text on the review pages", "[review][db]") {
    LoadedSite site;
    build_site(site);
    const long long document = document_id(*site.conn, kHostileName);
    const std::string html = page_of(site, document);
    const HtmlDom dom(html);
    REQUIRE(dom.parsed());
    // Only the page's own script; no element the article wrote.
    CHECK(dom.elements("", "script").size() == 1);
    CHECK(dom.elements("", "b").empty());
    CHECK(dom.elements("", "img").empty());
    CHECK(html.find("pwned'</script>") == std::string::npos);
    // The text is the stored text, character for character.
    std::string stored;
    {
        pqxx::read_transaction tx(*site.conn);
        stored = tx.exec_params("SELECT text FROM baocao.documents WHERE document_id = $1", document)[0][0].c_str();
    }
    const auto* text = dom.by_id("text");
    REQUIRE(text != nullptr);
    CHECK(HtmlDom::text(text) == stored);
    // The mark around the markup holds it as text, and the fake </span> closed nothing.
    const auto evidence = evidence_of(*site.conn, document);
    const auto marks = marks_of(dom);
    bool hostile_marked = false;
    for (const auto& [id, expected] : evidence) {
        std::string marked;
        for (const auto* node : marks.at(id)) marked += HtmlDom::text(node);
        CHECK(marked == expected.text);
        if (expected.text.rfind("<script>", 0) == 0) {
            hostile_marked = true;
            CHECK(expected.text.find("</span>") != std::string::npos);
        }
    }
    CHECK(hostile_marked);
    // The file name, with its markup, is text in the title and data in the index.
    CHECK(html.find("hostile_&lt;b&gt;&amp;&quot;&#39;.txt") != std::string::npos);
    const std::string index = read_text_file(site.out.path() / "index.html");
    CHECK(index.find("hostile_<b>") == std::string::npos);
    CHECK(index.find("hostile_\\u003cb\\u003e\\u0026\\\"'.txt") != std::string::npos);
}

TEST_CASE("every point of a locality chart links to its fact on a document page", "[review][db][corpus]") {
    if (!fs::is_directory(seeds_dir())) {
        WARN("no seed articles at " << seeds_dir().string() << ": skipped");
        return;
    }
    LoadedSite site;
    build_site(site);
    std::size_t points = 0, pages = 0;
    for (const auto& entry : fs::directory_iterator(site.out.path() / "place")) {
        ++pages;
        const HtmlDom dom(read_text_file(entry.path()));
        REQUIRE(dom.parsed());
        CHECK(!dom.elements("", "svg").empty());
        for (const auto* link : dom.elements("href", "a")) {
            const std::string href = HtmlDom::attribute(link, "href");
            if (href.rfind("../doc/", 0) != 0) continue;
            INFO(entry.path().filename().string() << " links to " << href);
            const auto hash = href.find('#');
            REQUIRE(hash != std::string::npos);
            const fs::path target = entry.path().parent_path() / href.substr(0, hash);
            REQUIRE(fs::exists(target));
            CHECK(HtmlDom(read_text_file(target)).by_id(href.substr(hash + 1)) != nullptr);
            ++points;
        }
    }
    CHECK(pages > 0);
    CHECK(points > 0);
    const std::string list = read_text_file(site.out.path() / "localities.html");
    for (const auto& entry : fs::directory_iterator(site.out.path() / "place"))
        CHECK(list.find("place/" + entry.path().filename().string()) != std::string::npos);
}

TEST_CASE("review writes only the documents loaded from the paths named", "[review][db]") {
    LoadedSite site;
    build_site(site);
    TempDir only;
    const auto [status, output] =
        run(shell_quote(BAOCAO_BINARY) + " review --out " + shell_quote(only.path().string()) + " --db " +
            shell_quote(site.database.conninfo()) + " composed/");
    INFO(output);
    REQUIRE(status == 0);
    std::vector<std::string> pages;
    for (const auto& entry : fs::directory_iterator(only.path() / "doc")) pages.push_back(entry.path().filename().string());
    REQUIRE(pages.size() == 1);
    CHECK(pages.front() == std::to_string(document_id(*site.conn, kHostileName)) + ".html");

    const auto [usage, message] = run(shell_quote(BAOCAO_BINARY) + " review --db " + shell_quote(site.database.conninfo()));
    CHECK(usage == 2);
    CHECK(message.find("--out DIR") != std::string::npos);
}
