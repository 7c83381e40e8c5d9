// Writing HTML from untrusted text: every string that came from an article,
// a manifest or the database goes through escape() (element text and
// attribute values alike) or json_for_script() (data inside <script>).
#pragma once

#include <string>
#include <string_view>

namespace baocao::review {

// & < > " ' as character references; safe in element text and in quoted
// attribute values.
std::string escape(std::string_view text);
void append_escaped(std::string& out, std::string_view text);

// A JSON string literal that cannot end the <script> element it stands in:
// < > & and the JavaScript line separators are \u escapes.
std::string json_for_script(std::string_view text);

// 'sha256-BASE64' of an inline script or style, for the Content-Security-Policy
// that lets only the page's own code run (an injected <script> would not).
std::string csp_hash(std::string_view content);

// True for an http(s) address that may stand in href; false for anything else
// (javascript:, data:, relative paths).
bool is_web_address(std::string_view url);

}  // namespace baocao::review
