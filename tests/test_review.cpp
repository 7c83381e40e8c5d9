// The review site's building blocks without a database: marking spans of a
// text (nesting, crossing, escaping, UTF-8), the offsets the database keeps
// (characters) against the bytes a page cuts, and data inside <script>.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "db/review_reader.h"
#include "html_dom.h"
#include "review/format.h"
#include "review/html.h"
#include "review/marked_text.h"
#include "review/site.h"
#include "text/normalize.h"

using baocao::review::Mark;
using baocao::review::render_marked;
using baocao::testing::HtmlDom;

namespace {

Mark mark(std::size_t begin, std::size_t end, const std::string& name) {
    return {begin, end, " data-m=\"" + name + "\" id=\"" + name + "\"", " data-m=\"" + name + "\""};
}

// The text of every element marked name, fragments joined in order.
std::string marked_text(const HtmlDom& dom, const std::string& name) {
    std::string text;
    for (const auto* node : dom.elements("data-m"))
        if (HtmlDom::attribute(node, "data-m") == name) text += HtmlDom::text(node);
    return text;
}

}  // namespace

TEST_CASE("marks that lie inside one another nest", "[review]") {
    const std::string text = "Tổng thu đạt 120 tỷ đồng, bằng 40% kế hoạch.";
    const auto figure_end = text.find('.');
    const auto comparison = text.find("bằng");
    const std::string html = render_marked(text, {mark(0, figure_end, "figure"), mark(comparison, figure_end, "comparison")});
    CHECK(html == "<span data-m=\"figure\" id=\"figure\">Tổng thu đạt 120 tỷ đồng, "
                  "<span data-m=\"comparison\" id=\"comparison\">bằng 40% kế hoạch</span></span>.");
    // Given inner first, the result is the same: the longer span is outside.
    CHECK(render_marked(text, {mark(comparison, figure_end, "comparison"), mark(0, figure_end, "figure")}) == html);
}

TEST_CASE("marks of the same span nest in the order given", "[review]") {
    const std::string text = "Cẩm Xuyên";
    const std::string html = render_marked(text, {mark(0, text.size(), "place"), mark(0, text.size(), "meeting")});
    CHECK(html == "<span data-m=\"place\" id=\"place\"><span data-m=\"meeting\" id=\"meeting\">Cẩm Xuyên</span></span>");
}

TEST_CASE("crossing marks: the later one is split, each keeps exactly its text", "[review]") {
    const std::string text = "một hai ba bốn";
    const auto two = text.find("hai"), three_end = text.find(" bốn");
    const std::string html = render_marked(text, {mark(0, text.find(" ba"), "a"), mark(two, three_end, "b")});
    CHECK(html == "<span data-m=\"a\" id=\"a\">một <span data-m=\"b\" id=\"b\">hai</span></span>"
                  "<span data-m=\"b\"> ba</span> bốn");
    HtmlDom dom(html);
    CHECK(marked_text(dom, "a") == "một hai");
    CHECK(marked_text(dom, "b") == "hai ba");
}

TEST_CASE("three crossing marks still give every mark its text", "[review]") {
    const std::string text = "0123456789abcdef";
    const std::vector<Mark> marks = {mark(0, 6, "a"), mark(2, 10, "b"), mark(4, 14, "c"), mark(5, 6, "d")};
    HtmlDom dom("<div>" + render_marked(text, marks) + "</div>");
    CHECK(marked_text(dom, "a") == "012345");
    CHECK(marked_text(dom, "b") == "23456789");
    CHECK(marked_text(dom, "c") == "456789abcd");
    CHECK(marked_text(dom, "d") == "5");
    CHECK(HtmlDom::text(dom.elements("", "div").front()) == text);
}

TEST_CASE("the text between and inside marks is escaped", "[review]") {
    const std::string text = "a <script>alert('x')</script> & \"b\" </span><b>c</b>";
    const std::string html = render_marked(text, {mark(2, text.find(" &"), "m")});
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("</span><b>") == std::string::npos);
    HtmlDom dom("<div>" + html + "</div>");
    CHECK(marked_text(dom, "m") == "<script>alert('x')</script>");
    CHECK(HtmlDom::text(dom.elements("", "div").front()) == text);
    CHECK(dom.elements("", "script").empty());
    CHECK(dom.elements("", "b").empty());
}

TEST_CASE("empty marks, marks past the end and marks inside a UTF-8 sequence are dropped", "[review]") {
    const std::string text = "Đức";  // Đ is two bytes
    CHECK(render_marked(text, {mark(1, 3, "half"), mark(2, 2, "empty"), mark(0, 99, "past")}) == text);
    CHECK(render_marked(text, {mark(0, 2, "whole")}) == "<span data-m=\"whole\" id=\"whole\">Đ</span>ức");
}

TEST_CASE("character offsets as the database keeps them become byte offsets", "[review]") {
    const std::string text = "Huyện Cẩm Xuyên thu 120,3 tỷ đồng.";
    const auto starts = baocao::db::code_point_starts(text);
    for (const std::string word : {"Cẩm", "Xuyên", "120,3", "đồng"}) {
        const auto byte = text.find(word);
        const auto character = baocao::text::char_offset(text, byte);
        INFO(word);
        CHECK(character < byte);  // accented letters before it take more than one byte
        CHECK(starts.at(character) == byte);
    }
    CHECK(starts.back() == text.size());
    CHECK(starts.size() == baocao::text::char_offset(text, text.size()) + 1);
}

TEST_CASE("data inside a script element cannot end it", "[review]") {
    const std::string json = baocao::review::json_for_script("</script><script>alert(1)</script> & \"q\" \\ \n");
    CHECK(json.find('<') == std::string::npos);
    CHECK(json.find('>') == std::string::npos);
    CHECK(json.find('&') == std::string::npos);
    CHECK(json == "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\\"q\\\" \\\\ \\n\"");
}

TEST_CASE("only http(s) addresses are linked", "[review]") {
    CHECK(baocao::review::is_web_address("https://baohatinh.vn/a.html"));
    CHECK_FALSE(baocao::review::is_web_address("javascript:alert(1)"));
    CHECK_FALSE(baocao::review::is_web_address("https://x.vn/\"onmouseover=\"alert(1)"));
}

TEST_CASE("amounts read as the articles write them", "[review]") {
    using baocao::review::readable_value;
    CHECK(readable_value("120300000000", "VND") == "120,3 tỷ đồng");
    CHECK(readable_value("7232000000000", "VND") == "7.232 tỷ đồng");
    CHECK(readable_value("49.59", "%") == "49,59%");
    CHECK(readable_value("16", "count") == "16");
    CHECK(readable_value("2500000", "USD") == "2,5 triệu USD");
}

TEST_CASE("a locality chart draws each figure as a linked point and each target as a marker", "[review]") {
    baocao::db::LocalityData place;
    place.key = {2024, "446"};
    place.name = "Cẩm Xuyên";
    place.type = "Huyện";
    const auto figure = [](const char* start, const char* end, const char* label, int months, long long id) {
        return baocao::db::LocalityFigure{"budget_revenue", "VND", "Tổng thu <ngân sách>", "120300000000", start, end,
                                          label, months, 7, id};
    };
    place.figures = {figure("2022-01-01", "2022-06-30", "6T/2022", 6, 1), figure("2023-01-01", "2023-06-30", "6T/2023", 6, 2),
                     figure("2022-01-01", "2022-12-31", "2022", 12, 3)};
    place.figures.push_back({"other", "count", "mô hình", "5", "2022-01-01", "2022-12-31", "2022", 12, 7, 4});
    place.targets = {{"budget_revenue", "VND", "thu ngân sách", "300000000000", "min", "no", 2023, 8, 9}};
    const std::string html = baocao::review::render_locality_page(place, {});
    const HtmlDom dom(html);
    REQUIRE(dom.parsed());
    CHECK(html.find("<ngân sách>") == std::string::npos);
    CHECK(HtmlDom::text(dom.elements("", "h1").front()) == "Huyện Cẩm Xuyên");
    std::vector<std::string> links;
    for (const auto* a : dom.elements("href", "a")) links.push_back(HtmlDom::attribute(a, "href"));
    for (const std::string wanted : {"../doc/7.html#fact-indicator_value-1", "../doc/7.html#fact-indicator_value-2",
                                     "../doc/7.html#fact-indicator_value-3", "../doc/7.html#fact-indicator_value-4",
                                     "../doc/8.html#fact-target-9"})
        CHECK(std::count(links.begin(), links.end(), wanted) >= 1);
    const auto charts = dom.elements("", "svg");
    REQUIRE(charts.size() == 1);  // budget_revenue; the 'other' figure is listed, not drawn
    CHECK(html.find(">6 months</text>") != std::string::npos);
    CHECK(html.find(">years</text>") != std::string::npos);
    CHECK(html.find(">targets</text>") != std::string::npos);
}
