// The review site in a real browser: Debian's chromium, headless, opens a
// seed document's page from disk and we read the DOM its script built
// (facts marked, side-table links resolving, the figure named in the
// address selected, no error and no console message), then the index and
// the hostile article's page. A screenshot of the first is kept in the build folder
// (build/review-screenshots/) for a person to look at. Where chromium is not
// installed (scripts/setup installs it) the test is skipped with a warning.
#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>

#include "review_site_support.h"

using namespace baocao::testing;
using namespace baocao::testing::review_site;
namespace fs = std::filesystem;

namespace {

std::string find_chromium() {
    for (const char* name : {"chromium", "chromium-browser"}) {
        const auto [status, path] = run(std::string("command -v ") + name);
        if (status == 0 && !path.empty()) return path.substr(0, path.find('\n'));
    }
    return "";
}

struct BrowserRun {
    std::string dom;                  // --dump-dom: the DOM after the page's script ran
    std::vector<std::string> console;  // what the page wrote to the console
};

// One headless run from a new, empty profile, with nothing that reaches the network.
BrowserRun open_in_chromium(const std::string& chromium, const std::string& url, const std::string& action) {
    TempDir profile;
    const fs::path out = profile.path() / "out.html", log = profile.path() / "chromium.log";
    const std::string command =
        "( timeout 60 " + shell_quote(chromium) +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
        " --disable-component-update --disable-sync --user-data-dir=" + shell_quote((profile.path() / "profile").string()) +
        " --enable-logging=stderr --v=0 --window-size=1400,1000 " + action + " " + shell_quote(url) + " >" +
        shell_quote(out.string()) + " 2>" + shell_quote(log.string()) + " )";
    const auto [status, output] = run(command);
    BrowserRun result;
    std::istringstream lines(read_text_file(log));
    for (std::string line; std::getline(lines, line);)
        if (line.find(":CONSOLE") != std::string::npos) result.console.push_back(line);
    INFO(output << read_text_file(log));
    REQUIRE(status == 0);
    result.dom = read_text_file(out);
    return result;
}

std::string file_url(const fs::path& path) { return "file://" + fs::absolute(path).string(); }

const xmlNode* html_element(const HtmlDom& dom) { return dom.root(); }

}  // namespace

TEST_CASE("headless Chromium shows a document page with every fact marked", "[review][db][browser][corpus]") {
    const std::string chromium = find_chromium();
    if (chromium.empty()) {
        WARN("chromium is not installed (scripts/setup installs it: apt-get install chromium): browser test skipped");
        return;
    }
    if (!fs::is_directory(seeds_dir())) {
        WARN("no seed articles at " << seeds_dir().string() << ": browser test skipped");
        return;
    }
    LoadedSite site;
    build_site(site);
    std::sort(site.seeds.begin(), site.seeds.end());
    const long long document = document_id(*site.conn, site.seeds.front());
    const fs::path page = site.out.path() / "doc" / (std::to_string(document) + ".html");
    const HtmlDom written(read_text_file(page));
    std::size_t marks = 0;
    for (const auto* node : written.elements("data-fact")) marks += HtmlDom::inside(node, written.by_id("text"));
    const auto evidence = evidence_of(*site.conn, document);
    REQUIRE(!evidence.empty());

    // A figure named in the address is selected by the script.
    long long figure = 0;
    for (const auto& [id, e] : evidence)
        if (!figure && e.ref.rfind("indicator_value:", 0) == 0) figure = std::stoll(e.ref.substr(16));
    REQUIRE(figure != 0);
    // The screenshot, for a person to look at: build/review-screenshots/document.png.
    const fs::path shots = fs::path(BAOCAO_BINARY).parent_path() / "review-screenshots";
    fs::create_directories(shots);
    const fs::path shot = shots / "document.png";
    fs::remove(shot);
    const auto opened = open_in_chromium(chromium, file_url(page) + "#fact-indicator_value-" + std::to_string(figure),
                                         "--screenshot=" + shell_quote(shot.string()) + " --dump-dom");
    CHECK(fs::exists(shot));
    CHECK((fs::exists(shot) && fs::file_size(shot) > 10000));
    const HtmlDom dom(opened.dom);
    REQUIRE(dom.parsed());
    const auto* html = html_element(dom);
    CHECK(opened.console.empty());
    INFO("console: " << (opened.console.empty() ? "" : opened.console.front()));
    CHECK(HtmlDom::attribute(html, "data-ready") == "1");
    CHECK(HtmlDom::attribute(html, "data-errors").empty());
    CHECK(HtmlDom::attribute(html, "data-marks") == std::to_string(marks));
    CHECK(marks >= evidence.size());
    for (const auto& [id, e] : evidence) CHECK(dom.by_id("e" + id) != nullptr);
    std::size_t links = 0;
    for (const auto* link : dom.elements("href", "a")) {
        const std::string href = HtmlDom::attribute(link, "href");
        if (href.rfind("#", 0) != 0) continue;
        ++links;
        INFO(href);
        CHECK(dom.by_id(href.substr(1)) != nullptr);
    }
    CHECK(HtmlDom::attribute(html, "data-links") != "0");
    CHECK(links > evidence.size() / 2);
    const auto* row = dom.by_id("fact-indicator_value-" + std::to_string(figure));
    REQUIRE(row != nullptr);
    CHECK(HtmlDom::attribute(row, "class").find("selected") != std::string::npos);
    for (const auto* node : dom.elements("data-fact"))
        if (HtmlDom::attribute(node, "data-fact") == "indicator_value:" + std::to_string(figure))
            CHECK(HtmlDom::attribute(node, "class").find("selected") != std::string::npos);

    // The index draws its first page of documents.
    const auto index = open_in_chromium(chromium, file_url(site.out.path() / "index.html"), "--dump-dom");
    const HtmlDom index_dom(index.dom);
    CHECK(index.console.empty());
    CHECK(HtmlDom::attribute(index_dom.root(), "data-ready") == "1");
    CHECK(HtmlDom::attribute(index_dom.root(), "data-errors").empty());
    CHECK(HtmlDom::attribute(index_dom.root(), "data-shown") == std::to_string(site.seeds.size() + 1));
    CHECK(index_dom.elements("", "tr").size() == site.seeds.size() + 2);  // the header row and one per document

    // The hostile article's script never runs: its page keeps its title.
    const auto hostile = open_in_chromium(
        chromium, file_url(site.out.path() / "doc" / (std::to_string(document_id(*site.conn, kHostileName)) + ".html")),
        "--dump-dom");
    const HtmlDom hostile_dom(hostile.dom);
    CHECK(hostile.console.empty());
    CHECK(HtmlDom::attribute(hostile_dom.root(), "data-errors").empty());
    const auto titles = hostile_dom.elements("", "title");
    REQUIRE(titles.size() == 1);
    CHECK(HtmlDom::text(titles.front()) != "pwned");
    CHECK(HtmlDom::text(titles.front()).find("<script>document.title") != std::string::npos);  // shown as text
}
