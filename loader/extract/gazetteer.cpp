#include "extract/gazetteer.h"

#include <cstdio>

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "extract/stage.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

// Calls on_row(fields, line number) for every data row of a gazetteer CSV's text (no
// quoting in these files): the header is skipped, CRLF and blank lines tolerated.
template <typename OnRow>
void for_each_csv_row(std::string_view text, OnRow on_row) {
    int line_no = 0;
    for_each_line(text, [&](std::string_view line) {
        if (++line_no == 1) return;  // header
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) return;
        std::vector<std::string> fields = split_fields(line, ',');
        on_row(fields, line_no);
    });
}

std::runtime_error short_row(const std::filesystem::path& file, int line_no, int fields) {
    return std::runtime_error(file.string() + ":" + std::to_string(line_no) + ": expected " +
                              std::to_string(fields) + " fields");
}

// The first six columns, shared by every units file (moved out of f).
Unit unit_from(std::vector<std::string>& f, bool post_2025) {
    Unit u;
    u.code = std::move(f[0]);
    u.name = std::move(f[1]);
    u.type = std::move(f[2]);
    u.level = std::stoi(f[3]);
    u.parent_code = std::move(f[4]);
    u.province_code = std::move(f[5]);
    u.post_2025 = post_2025;
    return u;
}

// name_key() of a name already folded: separators to single spaces, syllables respelled.
std::string key_of_folded(const std::string& folded) {
    std::string key;
    key.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        char c = folded[i];
        // "Ea M'Droh", "Ea M’Droh" and "Ea Mdroh" are one name: an apostrophe joins.
        if (c == '\'') continue;
        if (c == '\xE2' && folded.compare(i, 3, "’") == 0) { i += 2; continue; }
        if (c == '-' || c == '.') c = ' ';
        if (c == '\xE2' && folded.compare(i, 3, "–") == 0) { c = ' '; i += 2; }  // en dash
        if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
        key.push_back(c);
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return Gazetteer::respelled(key);
}

bool valid_utf8(std::string_view s) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const int32_t length = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

// Level-2 cities and centrally-run cities are what "TP" abbreviations name.
bool is_city(const Unit& u) { return u.type == "Thành phố" || u.type == "Thành phố Trung ương"; }

}  // namespace

// Many units share a name ("Tân Lập", "Phường 1": some 16,000 rows bear 8,600 names), and
// name_key() folds through ICU: while loading, each distinct name is keyed once, and
// each distinct syllable (2,000 of them) folded once.
struct Gazetteer::KeyMemo {
    const std::string& name_key(const std::string& name) {
        auto [it, fresh] = name_keys.try_emplace(name);
        if (fresh) it->second = key_of_folded(folded(name));
        return it->second;
    }
    // text::fold(name). Of valid UTF-8 that is the fold() of its syllables joined by the
    // same spaces: lower-casing is per code point and tone placement never looks across a
    // space. (fold() gives back invalid input whole, so such a name is folded whole.)
    std::string folded(const std::string& name) {
        if (!valid_utf8(name)) return text::fold(name);
        std::string out;
        out.reserve(name.size());
        std::size_t b = 0;
        while (true) {
            std::size_t e = name.find(' ', b);
            if (e == std::string::npos) e = name.size();
            auto [it, fresh] = folded_syllables.try_emplace(name.substr(b, e - b));
            if (fresh) it->second = text::fold(it->first);
            out += it->second;
            if (e == name.size()) return out;
            out.push_back(' ');
            b = e + 1;
        }
    }
    std::unordered_map<std::string, std::string> name_keys, folded_syllables;
};

Gazetteer::Gazetteer(const std::filesystem::path& dir) {
    // Each file is read once, into memory; its lines are counted there to size units_.
    const std::optional<std::string> units_2024 = read_file(dir / "units_2024.csv");
    const std::optional<std::string> units_2025 = read_file(dir / "units_2025.csv");
    const std::optional<std::string> former = read_file(dir / "former_units.csv");
    std::size_t reserve = 0;
    for (const std::optional<std::string>* text : {&units_2024, &units_2025, &former})
        if (*text) reserve += static_cast<std::size_t>(std::count((*text)->begin(), (*text)->end(), '\n'));
    units_.reserve(reserve + 2);
    load(units_2024, dir / "units_2024.csv", false);
    load(units_2025, dir / "units_2025.csv", true);
    load_province_mapping(dir / "mapping_2025.csv");
    KeyMemo keys;
    // No index is iterated, so sizing them up front changes no result.
    for (int era : {0, 1}) {
        by_name_[era].reserve(units_.capacity());
        by_code_[era].reserve(units_.capacity());
    }
    for (std::size_t i = 0; i < units_.size(); ++i) {
        const Unit& u = units_[i];
        const int era = u.post_2025 ? 1 : 0;
        by_name_[era][keys.name_key(u.name)].push_back(i);
        by_code_[era][u.code] = i;
        if (u.level == 1) provinces_[era].push_back(&u);
        if (is_city(u)) cities_by_initials_[era][initials(u.name)].push_back(i);
    }
    load_former(former, dir / "former_units.csv", keys);
}

// units_ is complete once the constructor returns, so the index is the same whenever built.
void Gazetteer::build_url_keys() const {
    std::unordered_map<std::string, std::vector<std::string>> keys_of;  // by name, as KeyMemo
    for (int era : {0, 1}) by_url_key_[era].reserve(units_.size());
    for (std::size_t i = 0; i < units_.size(); ++i) {
        auto [it, fresh] = keys_of.try_emplace(units_[i].name);
        if (fresh) it->second = url_keys(units_[i].name);
        for (const std::string& key : it->second) by_url_key_[units_[i].post_2025 ? 1 : 0][key].push_back(i);
    }
}

// One unit per code that units_2024 lacks (its latest version: the one that ended last);
// every other former name becomes a second name of the unit its code points to.
void Gazetteer::load_former(const std::optional<std::string>& text, const std::filesystem::path& file,
                            KeyMemo& keys) {
    if (!text) return;  // optional: without it only the 2024 snapshot is known
    std::vector<Unit> rows;
    // code,name,type,level,parent_code,province_code,valid_from,valid_to
    for_each_csv_row(*text, [&](std::vector<std::string>& f, int line_no) {
        if (f.size() < 8) throw short_row(file, line_no, 8);
        Unit u = unit_from(f, false);
        u.former = true;
        u.valid_from = std::move(f[6]);
        u.valid_to = std::move(f[7]);
        rows.push_back(std::move(u));
    });
    std::unordered_map<std::string, std::size_t> latest;  // code -> row
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (by_code_[0].count(rows[r].code)) continue;
        auto [it, fresh] = latest.emplace(rows[r].code, r);
        const Unit& kept = rows[it->second];
        if (!fresh && (rows[r].valid_to > kept.valid_to ||
                       (rows[r].valid_to == kept.valid_to && rows[r].valid_from > kept.valid_from)))
            it->second = r;
    }
    for (const auto& [code, r] : latest) {
        if (units_.size() == units_.capacity()) throw std::logic_error("gazetteer: unit storage too small");
        units_.push_back(rows[r]);
        by_code_[0][code] = units_.size() - 1;
    }
    for (const Unit& row : rows) {
        const std::string& key = keys.name_key(row.name);
        add_former_name(key, by_code_[0].at(row.code));
        auto& latest_use = former_names_[{row.code, key}];
        if (row.valid_to > latest_use.valid_to) latest_use = {{row.name, row.type}, row.valid_to};
    }
}

std::optional<Gazetteer::FormerName> Gazetteer::name_in_use(const Unit& u, const std::string& written, int year,
                                                            int month) const {
    if (written == name_key(u.name)) return std::nullopt;
    const auto it = former_names_.find({u.code, written});
    if (it == former_names_.end()) return std::nullopt;
    if (!year) return it->second.name;
    char day[16];
    std::snprintf(day, sizeof day, "%04d-%02d-01", year, month ? month : 1);
    if (std::string(day) < it->second.valid_to) return it->second.name;
    return std::nullopt;
}

// Current units keep their names: a former unit is found under a name only where no
// 2024 unit of that name could be meant by the same words, i.e. at another level, and
// not both cities ("thành phố Huế" names a level-1 or a level-2 city alike).
void Gazetteer::add_former_name(const std::string& key, std::size_t index) {
    const Unit& unit = units_[index];
    bool shadowed = false;
    if (auto cur = by_name_[0].find(key); cur != by_name_[0].end())
        for (std::size_t i : cur->second)
            if (units_[i].level == unit.level || (is_city(units_[i]) && is_city(unit))) shadowed = true;
    auto& list = (shadowed ? shadowed_former_by_name_ : former_by_name_)[key];
    if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
}

void Gazetteer::load(const std::optional<std::string>& text, const std::filesystem::path& file, bool post_2025) {
    if (!text) throw std::runtime_error("cannot read gazetteer file " + file.string());
    // code,name,type,level,parent_code,province_code
    for_each_csv_row(*text, [&](std::vector<std::string>& f, int line_no) {
        if (f.size() < 6) throw short_row(file, line_no, 6);
        units_.push_back(unit_from(f, post_2025));
    });
}

void Gazetteer::load_province_mapping(const std::filesystem::path& file) {
    const std::optional<std::string> text = read_file(file);
    if (!text) return;  // optional: without it old provinces are not carried across the reform
    // old_code,new_code,old_level,new_level,relation,evidence
    for_each_csv_row(*text, [&](std::vector<std::string>& f, int) {
        if (f.size() >= 3 && f[2] == "1") province_after_reform_[f[0]] = f[1];
    });
}

std::string Gazetteer::province_after_reform(const std::string& old_province_code) const {
    auto it = province_after_reform_.find(old_province_code);
    return it == province_after_reform_.end() ? std::string() : it->second;
}

const Gazetteer& Gazetteer::shared() {
    static const Gazetteer gazetteer(data_file("gazetteer/units_2024.csv").parent_path());
    return gazetteer;
}

std::vector<const Unit*> Gazetteer::find(std::string_view name, bool post_2025) const {
    std::vector<const Unit*> out;
    const std::string key = name_key(name);
    auto it = by_name_[post_2025 ? 1 : 0].find(key);
    if (it != by_name_[post_2025 ? 1 : 0].end())
        for (std::size_t i : it->second) out.push_back(&units_[i]);
    if (post_2025) return out;
    if (auto former = former_by_name_.find(key); former != former_by_name_.end())
        for (std::size_t i : former->second) out.push_back(&units_[i]);
    return out;
}

std::vector<const Unit*> Gazetteer::find_shadowed_former(std::string_view name) const {
    std::vector<const Unit*> out;
    if (auto it = shadowed_former_by_name_.find(name_key(name)); it != shadowed_former_by_name_.end())
        for (std::size_t i : it->second) out.push_back(&units_[i]);
    return out;
}

std::vector<const Unit*> Gazetteer::find_by_url_key(std::string_view key, bool post_2025) const {
    std::call_once(url_keys_built_, [this] { build_url_keys(); });
    std::vector<const Unit*> out;
    const auto& index = by_url_key_[post_2025 ? 1 : 0];
    if (auto it = index.find(std::string(key)); it != index.end())
        for (std::size_t i : it->second) out.push_back(&units_[i]);
    return out;
}

std::string Gazetteer::url_key(std::string_view name) {
    std::string key = text::url_words(name);
    key.erase(std::remove(key.begin(), key.end(), '-'), key.end());
    return key;
}

std::vector<std::string> Gazetteer::url_keys(std::string_view name) {
    // "ky", "qui", "thy": consonants then a final i or y, the one rhyme written both ways
    // (as name_spellings.tsv keys it for names in the text).
    const auto other_spelling = [](const std::string& syllable) -> std::string {
        if (syllable.size() < 2 || (syllable.back() != 'i' && syllable.back() != 'y')) return {};
        std::string onset = syllable.substr(0, syllable.size() - 1);
        if (onset == "qu") onset = "q";
        if (onset.find_first_of("aeiouy") != std::string::npos) return {};
        std::string other = syllable;
        other.back() = syllable.back() == 'i' ? 'y' : 'i';
        return other;
    };
    std::vector<std::string> keys{""};
    std::string words = text::url_words(name);
    std::size_t b = 0;
    while (b <= words.size()) {
        std::size_t e = words.find('-', b);
        if (e == std::string::npos) e = words.size();
        const std::string syllable = words.substr(b, e - b);
        const std::string other = other_spelling(syllable);
        const std::size_t n = keys.size();
        for (std::size_t k = 0; k < n; ++k) {
            if (!other.empty()) keys.push_back(keys[k] + other);
            keys[k] += syllable;
        }
        b = e + 1;
    }
    return keys;
}

const Unit* Gazetteer::by_code(const std::string& code, bool post_2025) const {
    auto it = by_code_[post_2025 ? 1 : 0].find(code);
    return it == by_code_[post_2025 ? 1 : 0].end() ? nullptr : &units_[it->second];
}

const Unit* Gazetteer::province_of(const Unit& u) const { return by_code(u.province_code, u.post_2025); }

const std::vector<const Unit*>& Gazetteer::provinces(bool post_2025) const { return provinces_[post_2025 ? 1 : 0]; }

std::vector<const Unit*> Gazetteer::cities_with_initials(const std::string& initials, bool post_2025) const {
    std::vector<const Unit*> out;
    auto it = cities_by_initials_[post_2025 ? 1 : 0].find(initials);
    if (it != cities_by_initials_[post_2025 ? 1 : 0].end())
        for (std::size_t i : it->second) out.push_back(&units_[i]);
    return out;
}

namespace {

// "Phú Quí" -> "Phú Quý": after "qu" the standard spelling writes the i as y; older
// GSO lists keep the i, which the press and the 2025 lists no longer do.
std::string standard_qu_spelling(std::string name) {
    static const std::pair<std::string, std::string> forms[] = {
        {"i", "y"}, {"í", "ý"}, {"ì", "ỳ"}, {"ỉ", "ỷ"}, {"ĩ", "ỹ"}, {"ị", "ỵ"}};
    for (std::size_t at = name.find("u"); at != std::string::npos; at = name.find("u", at + 1)) {
        if (at == 0 || (name[at - 1] != 'q' && name[at - 1] != 'Q')) continue;
        for (const auto& [i_form, y_form] : forms) {
            const std::size_t end = at + 1 + i_form.size();
            if (name.compare(at + 1, i_form.size(), i_form) != 0) continue;
            if (end < name.size() && name[end] != ' ' && name[end] != '-') continue;
            name.replace(at + 1, i_form.size(), y_form);
            break;
        }
    }
    return name;
}

}  // namespace

model::LocalityRef Gazetteer::ref(const Unit& u) const {
    model::LocalityRef r;
    r.code = u.code;
    r.name = standard_qu_spelling(text::canonical_tones(u.name));  // GSO mixes "Thuỵ" and "Thủy"; facts use one style
    r.type = u.type;
    r.level = contract_level(u);
    r.province_code = u.province_code;
    if (const Unit* p = province_of(u)) r.province_name = standard_qu_spelling(text::canonical_tones(p->name));
    r.post_2025 = u.post_2025;
    return r;
}

int Gazetteer::contract_level(const Unit& u) { return u.level == 1 ? 1 : (u.post_2025 || u.level == 3) ? 3 : 2; }

int Gazetteer::level_of_type(const std::string& type) {
    if (type == "Tỉnh" || type == "Thành phố Trung ương") return 1;
    if (type == "Huyện" || type == "Thị xã" || type == "Quận" || type == "Thành phố") return 2;
    return type.empty() ? 0 : 3;
}

std::string Gazetteer::name_key(std::string_view name) { return key_of_folded(text::fold(name)); }

// Each syllable of a name key as data/name_spellings.tsv keys it ("đăk tô" -> "đắk tô").
std::string Gazetteer::respelled(const std::string& key) {
    // std::less<>: looked up by string_view, no syllable copied.
    static const std::map<std::string, std::string, std::less<>> spellings = [] {
        std::map<std::string, std::string, std::less<>> m;
        for (const auto& row : read_tsv_rows(data_file("name_spellings.tsv"), 2)) m[text::fold(row[0])] = text::fold(row[1]);
        return m;
    }();
    std::string out;
    out.reserve(key.size());
    std::size_t b = 0;
    while (b <= key.size()) {
        std::size_t e = key.find(' ', b);
        if (e == std::string::npos) e = key.size();
        const std::string_view syllable = std::string_view(key).substr(b, e - b);
        const auto it = spellings.find(syllable);
        if (!out.empty()) out.push_back(' ');
        if (it == spellings.end())
            out.append(syllable);
        else
            out += it->second;
        b = e + 1;
    }
    return out;
}

std::string Gazetteer::initials(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
    std::string out;
    bool at_word_start = true;
    for (int32_t i = 0; i < d.length(); i = d.moveIndex32(i, 1)) {
        UChar32 c = d.char32At(i);
        if (u_isspace(c) || c == '-') { at_word_start = true; continue; }
        if (u_getCombiningClass(c) != 0) continue;
        if (at_word_start) {
            if (c == 0x0110 || c == 0x0111) c = 'D';
            if (c < 0x80 && std::isalnum(static_cast<unsigned char>(c)))
                out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
            at_word_start = false;
        }
    }
    return out;
}

}  // namespace baocao::extract
