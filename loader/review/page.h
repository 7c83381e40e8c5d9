// The frame every page of the review site shares: one HTML file with its
// style and script inline and a Content-Security-Policy that allows nothing
// else (no request leaves the page; only the page's own script runs).
#pragma once

#include <string>

namespace baocao::review {

struct Page {
    std::string title;   // plain text, escaped here
    std::string body;    // HTML
    std::string script;  // inline JavaScript, "" for none
    std::string root;    // relative path to the site's top: "" or "../"
};

std::string render_page(const Page& page);

// The site's JavaScript, one program per page kind.
extern const char* const kDocumentScript;
extern const char* const kIndexScript;

}  // namespace baocao::review
