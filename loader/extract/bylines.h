// The byline: who wrote the article, as the page signs it. A short line of
// names after the last sentence (or under the headline), perhaps introduced
// ("Tin, ảnh: Lê Hà"), perhaps followed by where the authors work ("Minh Thư -
// Văn phòng Huyện ủy", "Thu Hà (TTXVN)", "Hoàng Anh/Báo Nghệ An"), perhaps
// followed by page furniture. A line that names a source, a place, a section
// or a person the article itself talks about is not one.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/page_lines.h"
#include "model/facts.h"

namespace baocao::extract {

// One word of a name: capitalised or all capitals, letters only; initials may
// be glued to it ("Q.SƠN", "Ng.Hà").
bool is_name_word(std::string_view word);

struct BylineReading {
    std::string author;              // the names as written: "Thanh Hà - Minh Tuấn"
    std::vector<std::string> names;  // one per author: "Thanh Hà", "Minh Tuấn"
    // The page marks the line as a signature (an introducing label, an agency or
    // a workplace, "|", capitals, several names): a bare "Thu Hà" is not marked.
    bool marked = false;
    bool introduced = false;  // by a label: "Tin, ảnh:", "Bài:", "Tác giả:"
};

class BylineReader {
public:
    BylineReader();
    // `after_the_text`: the line closes the article, where a bare district's name
    // ("Thanh Bình", "Kim Thành") is a reporter's more often than a place's.
    std::optional<BylineReading> read(std::string_view line, bool after_the_text = false) const;
    // "Văn phòng Huyện ủy", "Báo Nghệ An": a line that says where the author
    // above it works.
    bool is_workplace_line(std::string_view line) const;
    // "BÍ THƯ", "KT. CHỦ TỊCH", "(Đã ký)": the line above a signatory's name.
    bool is_signature_line(std::string_view line) const;
    bool is_reporter_mark(std::string_view name) const { return reporter_marks_.count(text_key(name)) > 0; }
    bool is_surname(std::string_view word) const { return surnames_.count(text_key(word)) > 0; }
    // "Ông", "Bà", "Đồng chí": a word that points at a person named next.
    bool is_honorific(std::string_view word) const {
        const std::string key = text_key(word);
        return honorifics_.count(key) > 0 || honorifics_before_surname_.count(key) > 0;
    }

private:
    static std::string text_key(std::string_view word);
    struct Part {
        std::size_t begin = 0, end = 0;  // bytes of the line
        std::size_t separator_end = 0;   // where the next part may start
    };
    std::string_view without_prefix(std::string_view s, bool& stripped) const;
    bool is_affiliation(std::string_view part) const;
    bool is_name(std::string_view part) const;
    // 1 for a province, 2 for a district (any era), 0 for neither.
    int major_place_level(std::string_view part) const;

    std::set<std::string> stopwords_, prefixes_, affiliations_, headings_, reporter_marks_, honorifics_,
        honorifics_before_surname_, surnames_, historical_, signatures_;
};

struct Byline {
    BylineReading reading;
    std::vector<std::size_t> sentences;  // where it is written
};

std::optional<Byline> find_byline(const model::Document& doc, const std::vector<Paragraph>& paragraphs,
                                  const BylineReader& reader);

}  // namespace baocao::extract
