#include "review/page.h"

#include "review/html.h"

namespace baocao::review {

namespace {

// Kinds are coloured alike on every page (text marks, legend, side table).
const char* const kStyle = R"CSS(
:root { --meeting:#cfe3ff; --official_mention:#ffe0b3; --indicator_value:#c9f2c7; --indicator_comparison:#f9c6e3;
        --target:#e3d3ff; --place_mention:#e6e6e6; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header.top { background: #23395d; color: #fff; padding: .5em 1em; }
header.top a { color: #fff; margin-right: 1em; }
main { padding: 1em; }
h1 { font-size: 1.3em; margin: .2em 0 .5em; }
h2 { font-size: 1.1em; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid #ddd; padding: .2em .5em; text-align: left; vertical-align: top; }
th button { font: inherit; font-weight: bold; background: none; border: 0; cursor: pointer; padding: 0; }
td.n { text-align: right; }
.muted { color: #777; }
.layout { display: flex; gap: 1em; align-items: flex-start; }
.layout > .reading { flex: 3; min-width: 0; }
.layout > aside { flex: 2; min-width: 0; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
.text { white-space: pre-wrap; background: #fff; padding: 1em; border: 1px solid #ddd; font-size: 16px; line-height: 1.8; }
.card { background: #fff; border: 1px solid #ddd; padding: .5em 1em; margin-bottom: 1em; }
.card dl, .facts dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1em; margin: .3em 0; }
.card dt, .facts dt { color: #555; }
.card dd, .facts dd { margin: 0; overflow-wrap: anywhere; }
.f { border-radius: 3px; padding: 1px 0; cursor: pointer; }
.f .f { padding: 0 1px; }
.k-meeting { background: var(--meeting); } .k-official_mention { background: var(--official_mention); }
.k-indicator_value { background: var(--indicator_value); } .k-indicator_comparison { background: var(--indicator_comparison); }
.k-target { background: var(--target); } .k-place_mention { background: var(--place_mention); }
.f.selected, tr.selected { outline: 2px solid #d12; }
.legend span { display: inline-block; padding: 0 .4em; margin: 0 .3em .3em 0; border-radius: 3px; }
.facts { width: 100%; background: #fff; font-size: 14px; }
.facts summary { cursor: pointer; color: #345; }
.flag-error { color: #a00; } .flag-warning { color: #a60; }
.pager { margin: .5em 0; } .pager button { margin-right: .5em; }
.filters input[type=search] { width: 24em; }
svg.chart { background: #fff; border: 1px solid #ddd; }
svg.chart text { font: 11px system-ui, sans-serif; fill: #444; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: bold; }
)CSS";

}  // namespace

std::string render_page(const Page& page) {
    std::string policy = "default-src 'none'; style-src " + csp_hash(kStyle) + "; img-src data:; base-uri 'none'; form-action 'none'";
    if (!page.script.empty()) policy += "; script-src " + csp_hash(page.script);
    std::string html;
    html.reserve(page.body.size() + 8192);
    html += "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n";
    html += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">\n";
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + escape(page.title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    html += "<header class=\"top\"><a href=\"" + page.root + "index.html\">Documents</a><a href=\"" + page.root +
            "localities.html\">Localities</a><span>baocao review</span></header>\n<main>\n";
    html += page.body;
    html += "\n</main>\n";
    if (!page.script.empty()) html += "<script>" + page.script + "</script>\n";
    html += "</body></html>\n";
    return html;
}

}  // namespace baocao::review
