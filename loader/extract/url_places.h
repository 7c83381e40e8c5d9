// Places in an article's web address. News sites build the address from the
// headline without its marks ("huyen-quynh-luu-tong-ket-..."), and local
// portals are named after their unit ("yenlap.phutho.gov.vn"). Some articles
// name their place only there, so the meeting stage falls back on these when
// the text leaves a body's place unsaid ("Huyện ủy" alone).
//
// Without tone marks many names collide, so a name is taken only where it is
// certain: after a place word ("huyen-", "xa-", "tinh-uy-"), or at the head of
// the slug, and within the site's province when the site has one; a name of a
// single word is never taken.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/gazetteer.h"
#include "model/facts.h"

namespace baocao::extract {

// The parts of a web address the reader looks at.
struct UrlParts {
    std::vector<std::string> host_labels;        // "yenlap", "phutho", "gov", "vn"
    std::vector<std::vector<std::string>> slugs;  // each path segment that reads like a headline, word by word
};

UrlParts split_url(std::string_view url);

// The segments of the path of a web address, query and fragment left out:
// "https://bao.vn/chinh-tri/202110/a-1.htm?x=1" -> {"chinh-tri", "202110", "a-1.htm"}.
std::vector<std::string> url_path_segments(std::string_view url);

// "https://www.baonghean.vn/x.html" -> "www.baonghean.vn"; "" when url has none.
std::string url_host(std::string_view url);

// A domain label and its cores once a site's affix is taken off
// (data/site_affixes.tsv): "baohatinh" -> {"baohatinh", "hatinh"}, "dailocrt" -> {"dailocrt", "dailoc"}.
std::vector<std::string> label_cores(const std::string& label);

// A word (or words) that introduces a place, written as in web addresses.
struct UrlPlaceWord {
    std::vector<std::string> words;  // "huyen", "uy" for "huyện ủy"
    std::vector<std::string> types;  // gazetteer types the name may have

    // From a place word as the text writes it: "huyện ủy" -> "huyen", "uy".
    static UrlPlaceWord from_phrase(std::string_view phrase, std::vector<std::string> types);
};

class UrlPlaceReader {
public:
    UrlPlaceReader(const Gazetteer& gazetteer, std::vector<UrlPlaceWord> place_words);

    // Places found in url, in the order of the slugs, then the host's own unit.
    // site_province: the site's province (gazetteer name) or "" when unknown.
    std::vector<model::PlaceMention> read(std::string_view url, const std::string& site_province,
                                          bool prefer_post_2025) const;

private:
    struct Found {
        const Unit* unit = nullptr;
        std::size_t words = 0;  // how many slug words the name took
    };
    Found name_after(const std::vector<std::string>& slug, std::size_t from, const std::vector<std::string>& types,
                     const std::string& site_province, bool prefer_post) const;
    const Unit* only_fit(const std::string& key, const std::vector<std::string>& types,
                         const std::string& site_province, bool prefer_post, bool highest_level = false) const;
    std::size_t place_word_at(const std::vector<std::string>& slug, std::size_t i,
                              const UrlPlaceWord** matched) const;
    void add_opening_commune(const UrlParts& parts, const Unit& district, std::vector<model::PlaceMention>& out) const;

    const Gazetteer& gazetteer_;
    std::vector<UrlPlaceWord> place_words_;  // longest first
};

}  // namespace baocao::extract
