// Vietnam's administrative units before (units_2024.csv) and after
// (units_2025.csv) the 1 July 2025 reform, looked up by name through fold().
// former_units.csv adds the pre-2025 versions that were gone by mid-2024
// (merged districts and communes, old names), so that 2015-2024 articles resolve.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/facts.h"

namespace baocao::extract {

struct Unit {
    std::string code, name, type;
    int level = 0;  // as the file says: 2025 communes are level 2 there
    std::string parent_code, province_code;
    bool post_2025 = false;
    // From former_units.csv: a unit merged away before the 2024 snapshot (pre-2025 era).
    bool former = false;
    std::string valid_from, valid_to;  // former units: GSO snapshot dates; valid_to exclusive
};

class Gazetteer {
public:
    // Reads <dir>/units_2024.csv and units_2025.csv, and former_units.csv when present;
    // throws naming the file on error.
    explicit Gazetteer(const std::filesystem::path& dir);

    // The one loaded from data_file("gazetteer/..."), read once.
    static const Gazetteer& shared();

    // Units of one era whose name matches (see name_key). Pre-2025: the 2024 units first,
    // then former units and former names of 2024 units, but only where no 2024 unit of that
    // name could be meant by the same words (a current unit is preferred over a former one).
    std::vector<const Unit*> find(std::string_view name, bool post_2025) const;
    // Units of one era (former ones included before 2025) whose name, written as
    // in a web address without its dashes, is key: "quynhluu", "yenlap".
    std::vector<const Unit*> find_by_url_key(std::string_view key, bool post_2025) const;
    // Former units (before 2025) whose name a current unit of their level also bears elsewhere
    // ("xã Bình Chánh" of Thăng Bình, merged away): never found by name alone, only where the
    // article's province has no current unit of that name.
    std::vector<const Unit*> find_shadowed_former(std::string_view name) const;
    const Unit* by_code(const std::string& code, bool post_2025) const;
    const Unit* province_of(const Unit& u) const;
    const std::vector<const Unit*>& provinces(bool post_2025) const;
    // Cities that an abbreviation like "TPHT" or "TPHCM" may stand for ("HT", "HCM").
    std::vector<const Unit*> cities_with_initials(const std::string& initials, bool post_2025) const;

    // The name (and type) a unit bore on a day before it was renamed, when `written` (a
    // name_key) is one of its former names and that name was still in use on `year`-`month`
    // (any day when year is 0: the article wrote the old name); nullopt otherwise.
    // "huyện Đất Đỏ" in 2023 is unit 753, called Long Đất from 2025-01-01; "tỉnh Thừa
    // Thiên Huế" is unit 46, a province until it became "thành phố Huế".
    struct FormerName {
        std::string name, type;
    };
    std::optional<FormerName> name_in_use(const Unit& u, const std::string& written, int year, int month) const;

    // The 2025 province an old (2024) province went into; "" when unknown.
    std::string province_after_reform(const std::string& old_province_code) const;

    // The contract's view of a unit: level 3 for every commune, before or after 2025.
    model::LocalityRef ref(const Unit& u) const;
    // Its contract level alone: 1 province, 2 district (before 2025), 3 commune.
    static int contract_level(const Unit& u);
    // The contract level of a unit type: "Tỉnh" 1, "Huyện" 2, "Xã" 3; 0 for "".
    static int level_of_type(const std::string& type);

    // Matching key of a place name: fold(), dashes and extra spaces removed.
    static std::string name_key(std::string_view name);
    // Each syllable spelled as data/name_spellings.tsv keys it.
    static std::string respelled(const std::string& key);
    // "Hà Tĩnh" -> "HT", "Hồ Chí Minh" -> "HCM": first letters without diacritics.
    static std::string initials(std::string_view name);
    // "Quỳnh Lưu" -> "quynhluu": the key find_by_url_key() looks up.
    static std::string url_key(std::string_view name);
    // Every key of the name with its consonant-and-i syllables spelt either way
    // ("Phú Quí" -> "phuqui", "phuquy"): the press and the gazetteer differ on them.
    static std::vector<std::string> url_keys(std::string_view name);

private:
    struct KeyMemo;  // name keys of the names seen while loading
    // Files are read whole (read_file(); nullopt: missing); file names them in errors.
    void load(const std::optional<std::string>& text, const std::filesystem::path& file, bool post_2025);
    void load_province_mapping(const std::filesystem::path& file);
    void load_former(const std::optional<std::string>& text, const std::filesystem::path& file, KeyMemo& keys);
    void add_former_name(const std::string& key, std::size_t index);

    std::vector<Unit> units_;  // never resized after loading: indexes point into it
    std::unordered_map<std::string, std::vector<std::size_t>> by_name_[2];
    std::unordered_map<std::string, std::size_t> by_code_[2];
    // Pre-2025 era only: former units and former names of 2024 units, by name_key.
    std::unordered_map<std::string, std::vector<std::size_t>> former_by_name_;
    std::unordered_map<std::string, std::vector<std::size_t>> shadowed_former_by_name_;  // see find_shadowed_former
    // (code, name_key) of a former name -> the name as written and the day it went out of use.
    struct FormerUse {
        FormerName name;
        std::string valid_to;  // the last day it was in use (ISO)
    };
    std::map<std::pair<std::string, std::string>, FormerUse> former_names_;
    std::unordered_map<std::string, std::vector<std::size_t>> cities_by_initials_[2];
    // Built on first use (find_by_url_key): only an article with a web address needs it,
    // and its url_keys() of every name cost a run on one file a noticeable part of its time.
    void build_url_keys() const;
    mutable std::once_flag url_keys_built_;
    mutable std::unordered_map<std::string, std::vector<std::size_t>> by_url_key_[2];
    std::vector<const Unit*> provinces_[2];
    std::unordered_map<std::string, std::string> province_after_reform_;
};

}  // namespace baocao::extract
