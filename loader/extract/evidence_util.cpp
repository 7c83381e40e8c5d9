#include "extract/evidence_util.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace baocao::extract {

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

std::vector<std::vector<std::string>> read_tsv_rows(const std::filesystem::path& file, std::size_t min_fields) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool header_seen = false;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        if (!header_seen) { header_seen = true; continue; }
        std::vector<std::string> fields;
        std::string field;
        std::istringstream fs(line);
        while (std::getline(fs, field, '\t')) fields.push_back(field);
        if (!line.empty() && line.back() == '\t') fields.emplace_back();
        if (fields.size() < min_fields)
            throw std::runtime_error(file.string() + ":" + std::to_string(line_no) + ": expected " +
                                     std::to_string(min_fields) + " tab-separated fields");
        rows.push_back(std::move(fields));
    }
    return rows;
}

}  // namespace baocao::extract
