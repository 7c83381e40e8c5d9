#include "extract/evidence_util.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "text/normalize.h"

namespace baocao::extract {

const std::string& folded_text(const model::Document& doc, std::string& scratch) {
    if (!doc.folded.empty() && doc.folded.size() == doc.text.size()) return doc.folded;
    scratch = text::fold(doc.text);
    return scratch;
}

bool is_title(const model::Document& doc, model::Span s) { return !doc.title.empty() && doc.slice(s) == doc.title; }

int sentence_index_at(const model::Document& doc, std::size_t pos) {
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const auto& s = doc.sentences[i].span;
        if (pos >= s.begin && pos < s.end) return static_cast<int>(i);
    }
    return -1;
}

model::Evidence evidence_at(const model::Document& doc, model::Span match) {
    model::Evidence e;
    e.match = match;
    int i = sentence_index_at(doc, match.begin);
    if (i >= 0) {
        e.sentence = doc.sentences[static_cast<std::size_t>(i)].span;
        if (e.sentence.end < match.end) e.sentence.end = match.end;
        return e;
    }
    std::size_t b = doc.text.rfind('\n', match.begin);
    b = b == std::string::npos ? 0 : b + 1;
    std::size_t end = doc.text.find('\n', match.end);
    e.sentence = model::Span{b, end == std::string::npos ? doc.text.size() : end};
    return e;
}

}  // namespace baocao::extract
