// A text with marked spans as HTML: each span becomes an element around
// exactly its bytes, the text between escaped. Spans nest as they lie; two
// spans that cross (one starts inside the other and ends after it) cannot
// both be one element, so the later one is closed where the earlier ends and
// reopened at once: its text is then the text of its fragments, in order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::review {

struct Mark {
    std::size_t begin = 0, end = 0;  // byte offsets, half-open, on UTF-8 boundaries
    std::string attributes;          // of the first fragment: ' class="f" data-fact="target:3" id="e7"'
    std::string continued;           // of later fragments (no id): ' class="f" data-fact="target:3"'
};

// Empty marks and marks past the text are dropped, as are marks whose
// offsets split a UTF-8 sequence. Marks with the same span nest in the
// order given (the first outside).
std::string render_marked(std::string_view text, std::vector<Mark> marks);

}  // namespace baocao::review
