#include "extract/official_titles.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "extract/stage.h"  // read_tsv_rows
#include "text/normalize.h"

namespace baocao::extract {

namespace {

// Punctuation allowed inside a lexicon phrase ("văn hóa - xã hội", "đ / c",
// "văn hóa, thể thao và du lịch"); never at its ends.
bool joins_phrase(const Token& token) {
    return token.surface == "-" || token.surface == "/" || token.surface == ",";
}

bool is_dash(const Token& token) {
    return token.surface == "-" || token.surface == "–" || token.surface == "—";
}

// A dash written between two words without spaces ("Kinh tế-Xã hội") is kept so.
const std::string kGluedDash = "\x01-";

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    bool glue = false;
    for (const auto& w : words) {
        if (w.empty()) continue;
        if (w == kGluedDash) {
            out += '-';
            glue = true;
            continue;
        }
        if (!out.empty() && !glue) out += ' ';
        out += w;
        glue = false;
    }
    return out;
}

bool glued(const std::vector<Token>& tokens, std::size_t j) {
    return j > 0 && j + 1 < tokens.size() && tokens[j - 1].end == tokens[j].begin &&
           tokens[j].end == tokens[j + 1].begin;
}

// End of the run of tokens that could belong to a name, from i.
std::size_t name_run_end(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t i) {
    std::size_t e = i;
    while (e < tokens.size() && e - i < 8 && !breaks_name(ctx, tokens, e)) ++e;
    return e;
}

// "Lành Văn Sáu": a family name the lexicon lacks, but "Văn"/"Thị" as second
// syllable of a three- or four-syllable run marks a person.
bool starts_name(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t k, std::size_t e) {
    if (ctx.names.is_surname(tokens[k].key)) return true;
    if (e - k < 3 || k + 1 >= e) return false;
    const std::string& second = tokens[k + 1].key;
    return second == "văn" || second == "thị";
}

bool acceptable_name(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t b, std::size_t e,
                     bool communes) {
    for (std::size_t k = b; k < e; ++k)
        if (!plausible_syllable(tokens[k].surface)) return false;
    return !ctx.is_place(joined_key(tokens, b, e), communes);
}

// A capitalised run [j, e) right after a title: an optional place name, then
// maybe a person's name that ends with the run ("Cẩm Xuyên Nguyễn Văn Thành").
NameSpan split_place_and_name(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t j,
                              std::size_t e, bool place_may_precede, bool communes) {
    if (ctx.is_place(joined_key(tokens, j, e), communes)) return {};
    std::vector<std::size_t> candidates;
    for (std::size_t k = j; k + 1 < e; ++k) {
        if (k > j && !place_may_precede) break;
        const std::size_t length = e - k;
        if (length < 2 || length > 4) continue;
        if (!starts_name(ctx, tokens, k, e)) continue;
        if (!acceptable_name(ctx, tokens, k, e, communes)) continue;
        candidates.push_back(k);
    }
    if (candidates.empty()) return {};
    // A known place before the name settles the split.
    for (std::size_t k : candidates)
        if (k - j >= 2 && ctx.is_place(joined_key(tokens, j, k))) return {k, e};
    if (candidates.front() == j) return {j, e};
    // Otherwise the usual name length: three syllables, then four, then two.
    for (std::size_t want : {3u, 4u, 2u})
        for (std::size_t k : candidates)
            if (e - k == want) return {k, e};
    return {};
}

enum class Slot { head, organ, unit, level, department };

// Syllables of the longest place name of the gazetteer (two to four capitalised words) at tokens[j], else 0.
std::size_t place_length_at(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t j,
                            bool communes) {
    constexpr std::size_t kLongestPlace = 4;
    std::size_t run = 0;
    while (j + run < tokens.size() && run < kLongestPlace && tokens[j + run].word &&
           tokens[j + run].capitalised && !tokens[j + run].has_digit)
        ++run;
    for (std::size_t length = run; length >= 2; --length)
        if (ctx.is_gazetteer_place(joined_key(tokens, j, j + length), communes)) return length;
    return 0;
}

bool names_an_office(const std::string& word) {
    const std::string office = "văn phòng";
    return word.size() >= office.size() && word.compare(word.size() - office.size(), office.size(), office) == 0;
}

// Words after which a place name is a province's or a district's: "UBND huyện
// Lê Hồng Phong" names a person (no district has that name), while "Đảng ủy
// phường Lê Hồng Phong" names a ward.
bool major_body(const std::string& word) {
    static const std::unordered_set<std::string> words = {
        "tỉnh", "thành phố", "huyện", "quận", "thị xã", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy"};
    return words.count(word) > 0;
}

Slot slot_of(unsigned kinds) {
    if (kinds & kUnit) return Slot::unit;
    if (kinds & kLevel) return Slot::level;
    if (kinds & kDepartment) return Slot::department;
    return Slot::organ;
}

// A department name the lexicon does not know, written capitalised after a unit
// word: "Nghiệp vụ II", "Kinh tế". One capitalised word, the lower-case word of the
// compound, a roman numeral.
std::size_t absorb_department(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t j,
                              std::vector<std::string>& words) {
    const bool abbreviated = tokens[j].all_caps;  // "Sở KH" says all it says in one word
    words.push_back(tokens[j].key);
    ++j;
    if (!abbreviated && j < tokens.size() && tokens[j].word && !tokens[j].capitalised && !tokens[j].has_digit &&
        !ctx.match(tokens, j, kLevel | kQualifier).found()) {  // "vụ" of "Nghiệp vụ" is also a unit word
        words.push_back(tokens[j].key);
        ++j;
    }
    if (j < tokens.size() && is_roman_numeral(tokens[j].surface)) {
        words.push_back(tokens[j].key);
        ++j;
    }
    return j;
}

// After "-" inside a title: more of the title ("Tài chính - Kế hoạch", "thị - Ban
// Tổ chức Thành ủy"), not a name ("Bí thư Huyện ủy - Nguyễn Văn A").
bool title_goes_on_after_dash(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t j,
                              Slot last) {
    if (j >= tokens.size() || !tokens[j].word) return false;
    if (ctx.match(tokens, j, kHead | kPrefix).found()) return false;  // a second title
    unsigned wanted = kOrgan | kUnit | kLevel;
    if (last == Slot::unit || last == Slot::department) wanted |= kDepartment;
    if (ctx.match(tokens, j, wanted).found()) return true;
    if (!tokens[j].capitalised || (last != Slot::unit && last != Slot::department)) return false;
    const std::size_t e = name_run_end(ctx, tokens, j);
    return !split_place_and_name(ctx, tokens, j, e, false, false).found();
}

}  // namespace

unsigned parse_title_kinds(const std::string& comma_list) {
    unsigned kinds = 0;
    std::stringstream in(comma_list);
    std::string kind;
    while (std::getline(in, kind, ',')) {
        if (kind == "head") kinds |= kHead;
        else if (kind == "prefix") kinds |= kPrefix;
        else if (kind == "qualifier") kinds |= kQualifier;
        else if (kind == "organ") kinds |= kOrgan;
        else if (kind == "unit") kinds |= kUnit;
        else if (kind == "level") kinds |= kLevel;
        else if (kind == "department") kinds |= kDepartment;
        else if (kind == "honorific") kinds |= kHonorific;
        else if (kind == "bound") kinds |= kBound;
        else if (kind == "familiar") kinds |= kFamiliar;
        else if (kind == "numbered") kinds |= kNumbered;
        else throw std::runtime_error("unknown title kind '" + kind + "'");
    }
    return kinds;
}

void TitleLexicon::add_phrase(const std::string& phrase, unsigned kinds) {
    const std::vector<Token> tokens = tokenize(phrase);
    const std::string key = joined_key(tokens, 0, tokens.size());
    Phrase& entry = phrases_[key];
    entry.kinds |= kinds;
    entry.text = text::lower(phrase);
    max_words_ = std::max(max_words_, tokens.size());
    add_prefixes(phrase_steps_, key, entry.kinds, entry.text);
}

void TitleLexicon::add_prefixes(Steps& steps, const std::string& key, unsigned kinds, const std::string& text) {
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
        steps.try_emplace(key.substr(0, space));
    steps[key] = Step{true, kinds, text};
}

void TitleLexicon::add_abbreviation(const std::string& abbreviation, const std::string& expansion,
                                    unsigned kinds) {
    const std::vector<Token> tokens = tokenize(expansion);
    const std::string key = joined_key(tokens, 0, tokens.size());
    const auto known = phrases_.find(key);
    if (known != phrases_.end()) kinds |= known->second.kinds;
    // "GD&ĐT", "LĐ-TB&XH": several tokens, looked up by their surfaces joined by spaces.
    const std::vector<Token> written = tokenize(text::canonical_tones(abbreviation));
    std::string surfaces;
    for (const Token& t : written) surfaces += (surfaces.empty() ? "" : " ") + t.surface;
    const Abbreviation& entry = abbreviations_[surfaces] = {text::lower(expansion), kinds};
    add_prefixes(abbreviation_steps_, surfaces, entry.kinds, entry.expansion);
    max_abbreviation_tokens_ = std::max(max_abbreviation_tokens_, written.size());
}

bool TitleLexicon::is_abbreviation(const Token& token) const {
    return token.word && abbreviations_.count(token.surface) > 0;
}

bool TitleLexicon::is_bare_head(const std::string& title) const {
    const std::vector<Token> tokens = tokenize(title);
    const auto found = phrases_.find(joined_key(tokens, 0, tokens.size()));
    return found != phrases_.end() && (found->second.kinds & kHead);
}

LexMatch TitleEntries::pick(unsigned wanted) const {
    if (abbreviated) {
        if (!(abbreviation.kinds & wanted)) return {};
        return {abbreviation.length, abbreviation.kinds, *abbreviation.text};
    }
    for (auto it = phrases.rbegin(); it != phrases.rend(); ++it)
        if (it->kinds & wanted) return {it->length, it->kinds, *it->text};
    return {};
}

TitleEntries TitleLexicon::entries_at(const std::vector<Token>& tokens, std::size_t i) const {
    TitleEntries entries;
    if (i >= tokens.size() || !tokens[i].word) return entries;
    // A token that starts no abbreviation starts none of two tokens or more either.
    if (const auto first = abbreviation_steps_.find(tokens[i].surface); first != abbreviation_steps_.end()) {
        // The longest abbreviation of two tokens or more ("GD&ĐT", "LĐ-TB&XH"), grown token by token.
        std::string surfaces = tokens[i].surface;
        const std::size_t most = std::min(max_abbreviation_tokens_, tokens.size() - i);
        for (std::size_t length = 2; length <= most; ++length) {
            surfaces += ' ';
            surfaces += tokens[i + length - 1].surface;
            const auto step = abbreviation_steps_.find(surfaces);
            if (step == abbreviation_steps_.end()) break;
            if (!tokens[i + length - 1].word) continue;
            if (step->second.complete) {
                entries.abbreviated = true;
                entries.abbreviation = {length, step->second.kinds, &step->second.text};
            }
        }
        if (entries.abbreviated) return entries;
        if (const Step& abbreviation = first->second; abbreviation.complete) {
            entries.abbreviated = true;
            entries.abbreviation = {1, abbreviation.kinds, &abbreviation.text};
            // "TP. Thanh Hóa", "TX.Phú Mỹ", "PCT. HĐND xã": the dot belongs to the abbreviation.
            if (i + 1 < tokens.size() && tokens[i + 1].surface == ".") entries.abbreviation.length = 2;
            return entries;
        }
    }
    // The phrases, their key grown word by word while some phrase starts so.
    const std::size_t longest = std::min(max_words_, tokens.size() - i);
    std::string key;
    for (std::size_t length = 1; length <= longest; ++length) {
        const Token& last = tokens[i + length - 1];
        if (!last.word && !joins_phrase(last)) break;
        if (length > 1) key += ' ';
        key += last.key;
        const auto step = phrase_steps_.find(key);
        if (step == phrase_steps_.end()) break;
        if (!last.word) continue;
        if (step->second.complete) entries.phrases.push_back({length, step->second.kinds, &step->second.text});
    }
    return entries;
}

LexMatch TitleMatches::match(const std::vector<Token>& tokens, std::size_t i, unsigned wanted) const {
    if (&tokens != &tokens_ || i >= at_.size()) return titles_.match(tokens, i, wanted);
    if (!at_[i]) at_[i] = titles_.entries_at(tokens, i);
    return at_[i]->pick(wanted);
}

TitleLexicon TitleLexicon::load(const std::filesystem::path& data_dir) {
    TitleLexicon lexicon;
    for (const auto& row : read_tsv_rows(data_dir / "titles.tsv")) {
        if (row.size() < 2) throw std::runtime_error("titles.tsv: a row needs phrase and kind");
        lexicon.add_phrase(row[0], parse_title_kinds(row[1]));
    }
    for (const auto& row : read_tsv_rows(data_dir / "abbreviations.tsv")) {
        if (row.size() < 2) throw std::runtime_error("abbreviations.tsv: a row needs abbreviation and expansion");
        lexicon.add_abbreviation(row[0], row[1], row.size() > 2 && !row[2].empty() ? parse_title_kinds(row[2]) : 0);
    }
    return lexicon;
}

bool breaks_name(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t i) {
    const Token& token = tokens[i];
    if (!token.word || !token.capitalised || token.has_digit) return true;
    if (ctx.titles.is_abbreviation(token)) return true;
    const LexMatch m = ctx.match(tokens, i, kHead | kPrefix | kQualifier | kOrgan | kUnit | kHonorific | kLevel);
    // One-word title words ("Bộ", "Hội", "Đoàn") are also given or family names:
    // only phrases of two words or more ("Bí thư", "Huyện ủy") end a name.
    return m.length >= 2;
}

NameSpan name_at(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t i,
                 bool after_honorific) {
    if (i >= tokens.size() || breaks_name(ctx, tokens, i)) return {};
    const std::size_t e = name_run_end(ctx, tokens, i);
    for (std::size_t k = i; k + 1 < e; ++k) {
        const std::size_t length = e - k;
        // Names of the Ê Đê and other Highland peoples run to five syllables after "Y" ("Y Giang
        // Gry Niê Knơng").
        const std::size_t longest = tokens[k].key == "y" ? 5 : 4;
        if (length > longest || !starts_name(ctx, tokens, k, e)) continue;
        if (!acceptable_name(ctx, tokens, k, e, false)) return {};
        // "đồng chí Ngọc Kim Nam": right after the honorific, one syllable before a family name
        // that would leave two is the name's own (names of the Khmer and other peoples).
        if (after_honorific && k == i + 1 && e - i == 3 && acceptable_name(ctx, tokens, i, e, false)) return {i, e};
        return {k, e};
    }
    if (after_honorific && e - i >= 2 && e - i <= 4 && acceptable_name(ctx, tokens, i, e, false)) return {i, e};
    return {};
}

TitleParse parse_title(const TitleContext& ctx, const std::vector<Token>& tokens, std::size_t i, bool owned,
                       bool tail) {
    TitleParse result;
    result.begin = i;
    std::vector<std::string> words;
    std::size_t j = i;
    Slot last = Slot::organ;
    bool bound_head = false;
    bool numbered = false;  // the last word matched names a numbered group
    if (!tail) {
        const LexMatch prefix = ctx.match(tokens, j, kPrefix);
        const std::size_t head_at = prefix.found() ? j + prefix.length : j;
        const LexMatch head = ctx.match(tokens, head_at, kHead);
        if (!head.found()) return {};
        if (prefix.found()) words.push_back(prefix.text);
        words.push_back(head.text);
        j = head_at + head.length;
        last = (head.kinds & kUnit) ? Slot::unit : Slot::head;
        bound_head = (head.kinds & kBound) != 0;
        numbered = (head.kinds & kNumbered) != 0;
    }
    const std::size_t head_words = words.size();
    while (j < tokens.size()) {
        const Token& token = tokens[j];
        const bool in_department = last == Slot::unit || last == Slot::department;
        if (!token.word) {
            if (is_dash(token) && title_goes_on_after_dash(ctx, tokens, j + 1, last)) {
                words.push_back(glued(tokens, j) ? kGluedDash : "-");
                ++j;
                continue;
            }
            // "Sở Tài nguyên & Môi trường"
            if (token.surface == "&" && in_department && title_goes_on_after_dash(ctx, tokens, j + 1, last)) {
                words.push_back("và");
                ++j;
                continue;
            }
            break;
        }
        // "Sở Văn hóa và Thể thao"; "Hội đồng Dân tộc của Quốc hội"
        if ((token.key == "và" && in_department && j + 1 < tokens.size() && tokens[j + 1].capitalised &&
             title_goes_on_after_dash(ctx, tokens, j + 1, last)) ||
            (token.key == "của" && ctx.match(tokens, j + 1, kOrgan).found())) {
            words.push_back(token.key);
            ++j;
            continue;
        }
        // "Tổ trưởng Tổ Công tác số 17": the number tells one working group from the others.
        if (numbered && token.key == "số" && j + 1 < tokens.size() && tokens[j + 1].has_digit) {
            words.push_back("số " + tokens[j + 1].key);
            j += 2;
            numbered = false;
            continue;
        }
        numbered = false;
        unsigned wanted = kQualifier | kOrgan | kLevel | kUnit;
        // "Sở Nông nghiệp và PTNT": a department goes on after "và" or a dash.
        const bool connected = !words.empty() && (words.back() == "và" || words.back() == "-" || words.back() == kGluedDash);
        if (last == Slot::unit || (last == Slot::department && connected)) wanted |= kDepartment;
        // "UBND thành phố Hội An Nguyễn Văn A": a known place right after a level word is
        // the unit's name, even when its first syllable is a title word ("Hội", "Đoàn").
        if (last == Slot::level && token.capitalised && !owned) {
            const bool communes = !major_body(words.back());
            if (const std::size_t length = place_length_at(ctx, tokens, j, communes); length > 0) {
                result.dropped_place = true;
                j += length;
                if (j < tokens.size() && tokens[j].word && tokens[j].capitalised) {
                    const NameSpan name =
                        split_place_and_name(ctx, tokens, j, name_run_end(ctx, tokens, j), false, communes);
                    if (name.found()) result.name = name;
                }
                break;
            }
        }
        LexMatch m = ctx.match(tokens, j, wanted);
        // "Trưởng Ban Chỉ đạo phòng chống thiên tai": after a department a body is
        // written capitalised; "phòng" in lower case there is a common word.
        if (m.found() && last == Slot::department && !token.capitalised && (m.kinds & kUnit) &&
            !(m.kinds & kLevel))
            m = {};
        // "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng HĐND và UBND huyện": an
        // office serving two bodies.
        if (!m.found() && token.key == "và" && last == Slot::organ &&
            std::any_of(words.begin(), words.end(), names_an_office) &&
            ctx.match(tokens, j + 1, kOrgan).found()) {
            words.push_back("và");
            ++j;
            continue;
        }
        // "Đoàn", "Hà": a one-word title word that starts a name is the name.
        const bool name_here = token.capitalised && m.length == 1 && ctx.names.is_surname(token.key) &&
                               !owned && split_place_and_name(ctx, tokens, j, name_run_end(ctx, tokens, j), false, false).found();
        if (m.found() && !name_here) {
            words.push_back(m.text);
            j += m.length;
            last = slot_of(m.kinds);
            numbered = (m.kinds & kNumbered) != 0;
            continue;
        }
        if (is_roman_numeral(token.surface) && (last == Slot::department || last == Slot::organ)) {
            words.push_back(token.key);
            ++j;
            continue;
        }
        // "Phòng PA83", "Phòng PC06": a police department named by its code.
        if (last == Slot::unit && token.all_caps && token.has_digit) {
            words.push_back(token.key);
            ++j;
            last = Slot::department;
            continue;
        }
        // "Phường 5", "Quận 1": a numbered unit is its place name.
        if (last == Slot::level && token.has_digit) {
            result.dropped_place = true;
            ++j;
            continue;
        }
        if (!token.capitalised) break;
        // A capitalised run that is no title word: a person, a place or a department.
        const std::size_t e = name_run_end(ctx, tokens, j);
        if (e == j) break;
        if (!owned) {
            const bool place_may_precede = last == Slot::organ || last == Slot::level || last == Slot::department;
            const bool communes = words.empty() || !major_body(words.back());
            const NameSpan name = split_place_and_name(ctx, tokens, j, e, place_may_precede, communes);
            if (name.found()) {
                result.dropped_place = name.begin > j;
                result.name = name;
                j = name.begin;
                break;
            }
        }
        // "Giám đốc Sở Tài chính Hà Tĩnh": the province or district of a department.
        if (last == Slot::department && ctx.is_place(joined_key(tokens, j, e), /*communes=*/false)) {
            result.dropped_place = true;
            j = e;
            break;
        }
        if (last == Slot::unit || last == Slot::department) {
            j = absorb_department(ctx, tokens, j, words);
            last = Slot::department;
            continue;
        }
        if (last == Slot::organ || last == Slot::level) {
            result.dropped_place = true;
            j = e;
        }
        break;
    }
    if (bound_head && words.size() == head_words) return {};
    result.end = j;
    result.text = join_words(words);
    // "- " left dangling at the end belongs to what follows, not to the title.
    while (!result.text.empty() && (result.text.back() == '-' || result.text.back() == ' '))
        result.text.pop_back();
    return result;
}

}  // namespace baocao::extract
