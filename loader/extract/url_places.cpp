#include "extract/url_places.h"

#include <algorithm>
#include <cctype>

#include "extract/stage.h"
#include "text/normalize.h"

namespace baocao::extract {

namespace {

// The unit types of the district level.
const std::vector<std::string> kDistrictTypes = {"Huyện", "Thị xã", "Quận", "Thành phố"};

// Labels that say what kind of site it is, not whose.
bool generic_label(const std::string& label) {
    static const std::vector<std::string> generic = {"www", "gov", "vn", "com", "net", "org", "edu", "dcs", "info",
                                                     "portal", "m", "en"};
    return std::find(generic.begin(), generic.end(), label) != generic.end();
}

struct SiteAffixes {
    std::vector<std::string> prefixes, suffixes;
};

const SiteAffixes& site_affixes() {
    static const SiteAffixes affixes = [] {
        SiteAffixes a;
        for (const auto& row : read_tsv_rows(data_file("site_affixes.tsv"), 2)) {
            if (row[1] == "prefix") a.prefixes.push_back(row[0]);
            else if (row[1] == "suffix") a.suffixes.push_back(row[0]);
            else throw std::runtime_error("site_affixes.tsv: kind '" + row[1] + "' of '" + row[0] + "' is neither prefix nor suffix");
        }
        return a;
    }();
    return affixes;
}

std::vector<std::string> split_on(std::string_view s, const std::string& separators) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : s) {
        if (separators.find(c) != std::string::npos) {
            if (!current.empty()) parts.push_back(current);
            current.clear();
        } else {
            current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (!current.empty()) parts.push_back(current);
    return parts;
}

// "ha-lang-thong-nong-ky-hop-thu-4.html" -> its words; a file extension is not one.
std::vector<std::string> slug_words(std::string segment) {
    const std::size_t dot = segment.rfind('.');
    if (dot != std::string::npos && segment.size() - dot <= 6) segment.erase(dot);
    return split_on(segment, "-_+");
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t count, const char* glue) {
    std::string out;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i > from) out += glue;
        out += words[i];
    }
    return out;
}

constexpr std::size_t kLongestName = 4;   // words: "ba-ria-vung-tau"
constexpr std::size_t kFewestSlugWords = 3;

}  // namespace

UrlPlaceWord UrlPlaceWord::from_phrase(std::string_view phrase, std::vector<std::string> types) {
    return UrlPlaceWord{split_on(text::url_words(phrase), "-"), std::move(types)};
}

std::string url_host(std::string_view url) {
    std::size_t start = url.find("://");
    start = start == std::string_view::npos ? 0 : start + 3;
    const std::size_t end = url.find_first_of("/:?#", start);
    std::string host(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
    return host;
}

std::vector<std::string> url_path_segments(std::string_view url) {
    std::size_t start = url.find("://");
    start = start == std::string_view::npos ? 0 : start + 3;
    const std::size_t path_at = url.find('/', start);
    if (path_at == std::string_view::npos) return {};
    std::string_view path = url.substr(path_at);
    path = path.substr(0, path.find_first_of("?#"));
    return split_on(path, "/");
}

UrlParts split_url(std::string_view url) {
    UrlParts parts;
    parts.host_labels = split_on(url_host(url), ".");
    for (const std::string& segment : url_path_segments(url)) {
        auto words = slug_words(segment);
        if (words.size() >= kFewestSlugWords) parts.slugs.push_back(std::move(words));
    }
    return parts;
}

UrlPlaceReader::UrlPlaceReader(const Gazetteer& gazetteer, std::vector<UrlPlaceWord> place_words)
    : gazetteer_(gazetteer), place_words_(std::move(place_words)) {
    std::stable_sort(place_words_.begin(), place_words_.end(),
                     [](const UrlPlaceWord& a, const UrlPlaceWord& b) { return a.words.size() > b.words.size(); });
}

// The one unit of the allowed types that the key names, in the site's province
// when known; with highest_level, the one of the highest level among several
// (a district's portal is named after the district, not its seat town).
const Unit* UrlPlaceReader::only_fit(const std::string& key, const std::vector<std::string>& types,
                                     const std::string& site_province, bool prefer_post, bool highest_level) const {
    for (bool post : {prefer_post, !prefer_post}) {
        std::vector<const Unit*> fit;
        for (const Unit* u : gazetteer_.find_by_url_key(key, post)) {
            const bool type_ok = std::find(types.begin(), types.end(), u->type) != types.end();
            if (!type_ok) continue;
            if (!site_province.empty() && u->level != 1) {
                const Unit* province = gazetteer_.province_of(*u);
                if (!province || Gazetteer::url_key(province->name) != Gazetteer::url_key(site_province)) continue;
            }
            if (std::find(fit.begin(), fit.end(), u) == fit.end()) fit.push_back(u);
        }
        if (highest_level && fit.size() > 1) {
            int top = 9;
            for (const Unit* u : fit) top = std::min(top, Gazetteer::contract_level(*u));
            fit.erase(std::remove_if(fit.begin(), fit.end(), [top](const Unit* u) { return Gazetteer::contract_level(*u) != top; }),
                      fit.end());
        }
        if (fit.size() == 1) return fit[0];
        if (fit.size() > 1) return nullptr;  // several units fit: not certain
    }
    return nullptr;
}

UrlPlaceReader::Found UrlPlaceReader::name_after(const std::vector<std::string>& slug, std::size_t from,
                                                 const std::vector<std::string>& types,
                                                 const std::string& site_province, bool prefer_post) const {
    const auto longest_fit = [&](const std::vector<std::string>& allowed) -> Found {
        for (std::size_t n = std::min(kLongestName, slug.size() - from); n >= 2; --n)
            if (const Unit* u = only_fit(joined(slug, from, n, ""), allowed, site_province, prefer_post)) return {u, n};
        return {};
    };
    if (Found f = longest_fit(types); f.unit) return f;
    // "hdnd-huyen-kim-bang" on a page of 2017: a district made a town since (Thị xã Kim Bảng)
    // keeps its old type in older addresses; another district-level type fits when none of
    // the one written does.
    const auto allowed = [&](const std::string& t) { return std::find(types.begin(), types.end(), t) != types.end(); };
    const bool some_district_type = std::any_of(kDistrictTypes.begin(), kDistrictTypes.end(), allowed);
    const bool every_district_type = std::all_of(kDistrictTypes.begin(), kDistrictTypes.end(), allowed);
    if (some_district_type && !every_district_type) return longest_fit(kDistrictTypes);
    return {};
}

std::size_t UrlPlaceReader::place_word_at(const std::vector<std::string>& slug, std::size_t i,
                                          const UrlPlaceWord** matched) const {
    for (const UrlPlaceWord& w : place_words_) {
        if (i + w.words.size() > slug.size()) continue;
        if (std::equal(w.words.begin(), w.words.end(), slug.begin() + static_cast<std::ptrdiff_t>(i))) {
            *matched = &w;
            return w.words.size();
        }
    }
    return 0;
}

std::vector<model::PlaceMention> UrlPlaceReader::read(std::string_view url, const std::string& site_province,
                                                      bool prefer_post) const {
    std::vector<model::PlaceMention> out;
    auto add = [&](const Unit* u, std::string surface) {
        model::PlaceMention m;
        m.surface = std::move(surface);
        m.ref = gazetteer_.ref(*u);
        out.push_back(std::move(m));
    };
    const UrlParts parts = split_url(url);
    static const std::vector<std::string> headline_types = {"Tỉnh", "Thành phố Trung ương", "Huyện", "Thị xã",
                                                            "Quận", "Thành phố"};
    for (const auto& slug : parts.slugs) {
        // "cam-xuyen-quyet-tam-...": a headline that opens with its district or province.
        if (Found f = name_after(slug, 0, headline_types, site_province, prefer_post); f.unit)
            add(f.unit, joined(slug, 0, f.words, "-"));
        for (std::size_t i = 0; i < slug.size(); ++i) {
            const UrlPlaceWord* word = nullptr;
            const std::size_t length = place_word_at(slug, i, &word);
            if (length == 0) continue;
            Found f = name_after(slug, i + length, word->types, site_province, prefer_post);
            if (!f.unit) continue;
            add(f.unit, joined(slug, i, length + f.words, "-"));
            i += length + f.words - 1;
        }
    }
    // "yenlap.phutho.gov.vn": the portal of a unit inside the site's province;
    // "bachthong.gov.vn": of a district, when only one has that name.
    static const std::vector<std::string> local_types = {"Huyện", "Thị xã", "Quận", "Thành phố", "Xã",
                                                         "Phường", "Thị trấn", "Đặc khu"};
    const std::string province_key = Gazetteer::url_key(site_province);
    for (const std::string& host_label : parts.host_labels) {
        if (generic_label(host_label) || host_label == province_key) continue;
        for (const std::string& label : label_cores(host_label)) {
            if (label == province_key) break;
            const Unit* u = site_province.empty() ? only_fit(label, kDistrictTypes, "", prefer_post)
                                                  : only_fit(label, local_types, site_province, prefer_post, true);
            if (u && Gazetteer::contract_level(*u) > 1) {
                add(u, host_label);
                if (u->level == 2 && !u->post_2025) add_opening_commune(parts, *u, out);
                break;
            }
        }
    }
    return out;
}

// "tanhlinh.binhthuan.dcs.vn/.../duc-thuan-tong-ket-cong-tac-...": on a district's portal, a
// headline that opens with the name of one of its communes is that commune's.
void UrlPlaceReader::add_opening_commune(const UrlParts& parts, const Unit& district,
                                         std::vector<model::PlaceMention>& out) const {
    static const std::vector<std::string> commune_types = {"Xã", "Phường", "Thị trấn"};
    for (const auto& slug : parts.slugs) {
        for (std::size_t n = std::min(kLongestName, slug.size() - 1); n >= 2; --n) {
            std::vector<const Unit*> fit;
            for (const Unit* u : gazetteer_.find_by_url_key(joined(slug, 0, n, ""), false))
                if (u->parent_code == district.code &&
                    std::find(commune_types.begin(), commune_types.end(), u->type) != commune_types.end() &&
                    std::find(fit.begin(), fit.end(), u) == fit.end())
                    fit.push_back(u);
            if (fit.size() != 1) continue;
            model::PlaceMention m;
            m.surface = joined(slug, 0, n, "-");
            m.ref = gazetteer_.ref(*fit[0]);
            out.push_back(std::move(m));
            return;
        }
    }
}

std::vector<std::string> label_cores(const std::string& label) {
    std::vector<std::string> cores{label};
    const SiteAffixes& affixes = site_affixes();
    std::string core = label;
    for (const auto& prefix : affixes.prefixes)
        if (core.size() > prefix.size() + 2 && core.compare(0, prefix.size(), prefix) == 0) {
            core = core.substr(prefix.size());
            break;
        }
    for (const auto& suffix : affixes.suffixes)
        if (core.size() > suffix.size() + 2 && core.compare(core.size() - suffix.size(), suffix.size(), suffix) == 0) {
            core = core.substr(0, core.size() - suffix.size());
            break;
        }
    if (core != label) cores.push_back(core);
    return cores;
}

}  // namespace baocao::extract
