#include "review/marked_text.h"

#include <algorithm>
#include <numeric>

#include "review/html.h"

namespace baocao::review {

namespace {

bool on_boundary(std::string_view text, std::size_t at) {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

}  // namespace

std::string render_marked(std::string_view text, std::vector<Mark> marks) {
    marks.erase(std::remove_if(marks.begin(), marks.end(),
                               [&](const Mark& m) {
                                   return m.begin >= m.end || m.end > text.size() || !on_boundary(text, m.begin) ||
                                          !on_boundary(text, m.end);
                               }),
                marks.end());
    // Outer before inner: by start, the longer first, else as given.
    std::vector<std::size_t> order(marks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (marks[a].begin != marks[b].begin) return marks[a].begin < marks[b].begin;
        return marks[a].end > marks[b].end;
    });
    std::vector<std::size_t> ends(marks.size());
    for (std::size_t i = 0; i < marks.size(); ++i) ends[i] = marks[i].end;
    std::sort(ends.begin(), ends.end());

    std::string out;
    out.reserve(text.size() + marks.size() * 80);
    std::vector<std::size_t> open;  // indices into marks, outermost first
    std::size_t next_start = 0, next_end = 0, at = 0;
    while (at < text.size() || !open.empty()) {
        // Close what ends here: inner elements above one that ends are closed
        // too and reopened after it.
        std::vector<std::size_t> reopen;
        while (std::any_of(open.begin(), open.end(), [&](std::size_t m) { return marks[m].end == at; })) {
            const std::size_t top = open.back();
            open.pop_back();
            out += "</span>";
            if (marks[top].end != at) reopen.push_back(top);
        }
        for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
            out += "<span" + marks[*it].continued + ">";
            open.push_back(*it);
        }
        while (next_start < order.size() && marks[order[next_start]].begin == at) {
            out += "<span" + marks[order[next_start]].attributes + ">";
            open.push_back(order[next_start++]);
        }
        if (at == text.size()) break;
        // The next place something opens or closes.
        while (next_end < ends.size() && ends[next_end] <= at) ++next_end;
        std::size_t stop = text.size();
        if (next_start < order.size()) stop = std::min(stop, marks[order[next_start]].begin);
        if (next_end < ends.size()) stop = std::min(stop, ends[next_end]);
        append_escaped(out, text.substr(at, stop - at));
        at = stop;
    }
    return out;
}

}  // namespace baocao::review
