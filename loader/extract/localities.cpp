// Places named in the text, resolved to the gazetteer: "huyện Cẩm Xuyên (Hà Tĩnh)",
// "Thị ủy Kỳ Anh", "TP. Thanh Hóa", "TPHT", "Đảng ủy xã X", "Tỉnh ủy" alone.
// A name shared by several units is settled by the article's own context (its
// province, its other places, its date); when that does not settle it, the
// mention stays unresolved rather than guessed.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <spdlog/spdlog.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/evidence_util.h"
#include "extract/gazetteer.h"
#include "extract/locality_context.h"
#include "extract/url_places.h"
#include "extract/stages.h"
#include "text/dates.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

using model::Span;

struct Trigger {
    std::string key;                 // folded
    std::vector<std::string> types;  // gazetteer types the name may have
    bool body = false;               // "Huyện ủy", "Đảng ủy xã": a Party committee
};

// One place as written, with every unit its name could be.
struct RawMention {
    Span span;                        // trigger + name
    std::string name;                 // as written, without the trigger
    std::vector<std::string> types;
    bool body = false;
    std::vector<const Unit*> candidates;
    // Units of the name at the same level under another type ("xã Tiến Thành", a ward since),
    // when units of the type written exist elsewhere: tried when none of those fits the context.
    std::vector<const Unit*> level_mates;
    std::string qualifier_province;   // from "huyện X (Hà Tĩnh)"
    const Unit* chosen = nullptr;
};

bool is_letter_or_digit_at(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return false;
    unsigned char c = static_cast<unsigned char>(text[pos]);
    return std::isalnum(c) || c >= 0x80;
}

bool letter_before(std::string_view text, std::size_t pos) {
    if (pos == 0) return false;
    std::size_t i = pos - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return is_letter_or_digit_at(text, i);
}

UChar32 code_point_at(std::string_view text, std::size_t pos) {
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c;
}

bool starts_upper(std::string_view text, std::size_t pos) {
    UChar32 c = code_point_at(text, pos);
    return c > 0 && (u_isupper(c) || u_istitle(c));
}

// Where a syllable of a name ends: a space, or punctuation other than the
// apostrophe of "H'Leo", "M’Droh" (quotes, brackets, dashes and commas all end it).
bool ends_syllable(std::string_view text, std::size_t pos, std::size_t& length) {
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    length = static_cast<std::size_t>(i) - pos;
    if (c < 0) return true;
    if (c == '\'' || c == 0x2019) return false;  // ' and ’
    return u_isUWhiteSpace(c) || u_ispunct(c) || c == '|' || c == '+' || c == '=' || c == '<' || c == '>';
}

// Capitalised syllables after a trigger: "Cẩm Xuyên", "Bà Rịa - Vũng Tàu", "1".
// Returns the end offset of each syllable.
std::vector<std::size_t> name_syllables(std::string_view text, std::size_t pos) {
    std::vector<std::size_t> ends;
    std::size_t i = pos;
    for (int count = 0; count < 5; ++count) {
        std::size_t start = i;
        if (count > 0) {  // a single space, or a dash joining two parts of a name
            std::size_t j = i;
            while (j < text.size() && text[j] == ' ') ++j;
            bool dash = false;
            if (j < text.size() && text[j] == '-') { ++j; dash = true; }
            else if (text.compare(j, 3, "–") == 0) { j += 3; dash = true; }
            while (j < text.size() && text[j] == ' ') ++j;
            if (!dash && j - i != 1) break;
            start = j;
        }
        std::size_t end = start, length = 0;
        while (end < text.size() && !ends_syllable(text, end, length)) end += length;
        if (end == start) break;
        std::string_view syl = text.substr(start, end - start);
        bool digits = std::all_of(syl.begin(), syl.end(), [](unsigned char c) { return std::isdigit(c); });
        if (!(starts_upper(text, start) || (digits && count == 0))) break;
        if (digits && (text.compare(end, 7, " tháng") == 0 || text.compare(end, 5, " năm") == 0)) break;  // "quận 6 tháng đầu năm"
        // "toàn huyện 5.627,8 ha": the digits open a number, no unit's name.
        if (digits && end + 1 < text.size() && (text[end] == '.' || text[end] == ',') &&
            std::isdigit(static_cast<unsigned char>(text[end + 1])))
            break;
        ends.push_back(end);
        i = end;
        if (digits) break;  // "Phường 1", "Quận 3"
    }
    return ends;
}

class LocalityStage : public Stage {
public:
    LocalityStage() : gazetteer_(Gazetteer::shared()) {
        for (const auto& row : read_tsv_rows(data_file("place_types.tsv"), 3)) {
            Trigger t;
            t.key = text::fold(row[0]);
            std::size_t b = 0;
            while (b <= row[1].size()) {
                std::size_t e = row[1].find('|', b);
                if (e == std::string::npos) e = row[1].size();
                t.types.push_back(row[1].substr(b, e - b));
                b = e + 1;
            }
            t.body = row[2] == "1";
            triggers_.push_back(std::move(t));
        }
        std::stable_sort(triggers_.begin(), triggers_.end(),
                         [](const Trigger& a, const Trigger& b) { return a.key.size() > b.key.size(); });
        for (std::size_t k = 0; k < triggers_.size(); ++k)
            if (!triggers_[k].key.empty())
                triggers_by_first_byte_[static_cast<unsigned char>(triggers_[k].key[0])].push_back(k);
        url_reader_ = std::make_unique<UrlPlaceReader>(gazetteer_, url_place_words(triggers_));
        for (const auto& row : read_tsv_rows(data_file("place_aliases.tsv"), 3))
            aliases_[Gazetteer::name_key(row[0])] = row[1];
        for (const auto& row : read_tsv_rows(data_file("surnames.tsv"), 1)) surnames_.insert(text::fold(row[0]));
        for (const auto& row : read_tsv_rows(data_file("place_name_stopwords.tsv"), 1))
            not_place_openers_.insert(text::fold(row[0]));
    }

    const char* name() const override { return "locality"; }

    void run(model::Document& doc) const override {
        std::string scratch;
        const std::string& folded = folded_text(doc, scratch);
        const ReferenceDate when = reference_date(doc);
        const bool prefer_post = when.post_2025();

        std::vector<RawMention> raws = triggered_mentions(doc, folded);
        for (auto& r : city_abbreviations(doc)) raws.push_back(std::move(r));
        std::sort(raws.begin(), raws.end(),
                  [](const RawMention& a, const RawMention& b) { return a.span.begin < b.span.begin; });
        for (auto& r : raws) read_qualifier(doc.text, r);

        const std::string site_province = site_province_name(doc, site_labels());
        std::map<std::string, int> votes;  // province code in the preferred era -> weight
        if (!site_province.empty())
            if (auto code = province_code_named(site_province, prefer_post); !code.empty()) votes[code] += 3;
        if (!doc.source_url.empty()) doc.url_places = url_reader_->read(doc.source_url, site_province, prefer_post);
        for (const auto& p : doc.url_places)  // "huyen-quynh-luu-...": the headline's place
            if (auto code = province_code_named(p.ref.province_name, prefer_post); !code.empty()) votes[code] += 2;

        // Pass 1: what settles without context, and votes for the article's province.
        for (auto& r : raws) {
            auto pool = era_pool(r, prefer_post);
            pool = with_qualifier(pool, r, prefer_post);
            if (pool.size() == 1) {
                r.chosen = pool[0];
                votes[vote_code(*pool[0], prefer_post)] += r.chosen->level == 1 ? 2 : 1;
                if (!r.qualifier_province.empty()) votes[vote_code(*pool[0], prefer_post)] += 2;
            } else if (!pool.empty()) {
                std::set<std::string> provinces;
                for (auto* u : pool) provinces.insert(vote_code(*u, prefer_post));
                if (provinces.size() == 1) votes[*provinces.begin()] += 1;
            }
        }
        votes.erase("");
        doc.context_province_code = dominant(votes);

        // Pass 2: the rest, by the article's province and its districts.
        std::set<std::string> districts;  // named in the text or in the web address ("thangbinh.quangnam.gov.vn")
        for (const auto& r : raws)
            if (r.chosen && r.chosen->level == 2 && !r.chosen->post_2025) districts.insert(r.chosen->code);
        for (const auto& p : doc.url_places)
            if (p.ref.resolved() && p.ref.level == 2 && !p.ref.post_2025) districts.insert(p.ref.code);
        for (auto& r : raws) {
            if (r.chosen) continue;
            r.chosen = settle(era_pool(r, prefer_post), doc.context_province_code, districts, prefer_post);
            if (!r.chosen && !prefer_post) r.chosen = shadowed_former(r, doc.context_province_code, districts);
            if (!r.chosen) r.chosen = level_mate_in_scope(r, doc.context_province_code, districts, prefer_post);
        }

        for (const auto& r : raws) doc.places.push_back(to_mention(doc, r, when));
        add_bare_province_bodies(doc, folded, prefer_post);
        spdlog::debug("{}: {} places, context province {}", doc.source_name, doc.places.size(),
                      doc.context_province_code.empty() ? "-" : doc.context_province_code);
    }

private:
    // The place words as web addresses write them: "huyện ủy" -> "huyen", "uy".
    static std::vector<UrlPlaceWord> url_place_words(const std::vector<Trigger>& triggers) {
        std::vector<UrlPlaceWord> words;
        for (const auto& t : triggers)
            if (auto w = UrlPlaceWord::from_phrase(t.key, t.types); !w.words.empty()) words.push_back(std::move(w));
        return words;
    }

    // ------------------------------------------------------------ finding

    // Where each trigger occurs at the start of a word, in the order the triggers are tried
    // (longest first), each trigger's from the text's start: one pass over the text
    // rather than a search per trigger.
    struct TriggerHit {
        std::size_t trigger, pos;
    };
    std::vector<TriggerHit> trigger_hits(const std::string& folded) const {
        std::vector<TriggerHit> hits;
        const std::string_view text(folded);
        bool after_letter = false;  // the last lead byte seen is a letter's or digit's (then letter_before holds)
        for (std::size_t pos = 0; pos < text.size(); ++pos) {
            const auto c = static_cast<unsigned char>(text[pos]);
            if ((c & 0xC0) == 0x80) continue;  // inside a character: no trigger starts there
            const bool word_start = !after_letter;
            after_letter = is_letter_or_digit_at(text, pos);
            const auto& candidates = triggers_by_first_byte_[c];
            if (!word_start || candidates.empty() || letter_before(text, pos)) continue;
            for (const std::size_t k : candidates)
                if (text.substr(pos, triggers_[k].key.size()) == triggers_[k].key) hits.push_back({k, pos});
        }
        std::stable_sort(hits.begin(), hits.end(),
                         [](const TriggerHit& a, const TriggerHit& b) { return a.trigger < b.trigger; });
        return hits;
    }

    std::vector<RawMention> triggered_mentions(const model::Document& doc, const std::string& folded) const {
        std::vector<RawMention> out;
        std::vector<Span> taken;
        for (const auto& [trigger, pos] : trigger_hits(folded)) {
            const Trigger& t = triggers_[trigger];
            std::size_t end = pos + t.key.size();
            bool overlaps = std::any_of(taken.begin(), taken.end(),
                                        [&](const Span& s) { return pos < s.end && s.begin < end; });
            if (overlaps) continue;
            bool abbreviation = t.key == "tp" || t.key == "tp." || t.key == "tx" || t.key == "tx.";
            if (abbreviation && !starts_upper(doc.text, pos)) continue;
            if (t.key.back() != '.' && is_letter_or_digit_at(folded, end) && !abbreviation) continue;
            if (abbreviation && t.key.back() != '.' && is_letter_or_digit_at(folded, end)) continue;
            std::size_t name_start = end;
            while (name_start < doc.text.size() && doc.text[name_start] == ' ') ++name_start;
            if (abbreviation && name_start == end && t.key.back() != '.') continue;
            // "Thành ủy TP Thanh Hóa": the inner "TP Thanh Hóa" carries the name.
            if (t.body && starts_with_trigger(folded, name_start)) continue;
            taken.push_back(Span{pos, end});
            auto ends = name_syllables(doc.text, name_start);
            if (ends.empty()) continue;  // "xã hội", "huyện" alone: no name
            RawMention r = lookup(doc.text, name_start, ends, t.types);
            if (r.candidates.empty() && !plausible_unknown_place(r)) continue;
            r.span = Span{pos, r.span.end};
            r.body = t.body;
            taken.back() = r.span;
            out.push_back(std::move(r));
        }
        return out;
    }

    bool starts_with_trigger(const std::string& folded, std::size_t pos) const {
        for (const auto& t : triggers_)
            if (folded.compare(pos, t.key.size(), t.key) == 0 && !is_letter_or_digit_at(folded, pos + t.key.size()) &&
                t.key != "tỉnh")
                return true;
        return false;
    }

    // A name the gazetteer does not know may be a unit since merged away
    // ("huyện Long Điền" before 2025), but not a province (that list is closed)
    // nor a person ("Tỉnh ủy Trần Văn A" where the title dropped the place).
    bool plausible_unknown_place(const RawMention& r) const {
        if (std::all_of(r.types.begin(), r.types.end(), [](const std::string& t) { return Gazetteer::level_of_type(t) == 1; }))
            return false;
        std::string first = text::fold(r.name.substr(0, r.name.find(' ')));
        // "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN MỞ RỘNG": the words after the level word say what
        // kind of meeting it is, they name no place.
        return !surnames_.count(first) && !not_place_openers_.count(first);
    }

    // The longest run of syllables that names a unit of an allowed type.
    RawMention lookup(std::string_view text, std::size_t start, const std::vector<std::size_t>& ends,
                      const std::vector<std::string>& types) const {
        RawMention r;
        r.types = types;
        for (std::size_t k = ends.size(); k >= 1; --k) {
            std::string name(text.substr(start, ends[k - 1] - start));
            std::vector<const Unit*> level_mates;
            auto cands = candidates(name, types, &level_mates);
            if (!cands.empty()) {
                r.name = name;
                r.candidates = std::move(cands);
                if (r.candidates != level_mates) r.level_mates = std::move(level_mates);
                r.span = Span{start, ends[k - 1]};
                return r;
            }
        }
        std::size_t k = std::min<std::size_t>(ends.size(), 2);  // most names are two syllables
        r.name = std::string(text.substr(start, ends[k - 1] - start));
        r.span = Span{start, ends[k - 1]};
        return r;
    }

    std::vector<const Unit*> candidates(const std::string& name, const std::vector<std::string>& types,
                                        std::vector<const Unit*>* level_mates = nullptr) const {
        std::string official = name;
        if (auto it = aliases_.find(Gazetteer::name_key(name)); it != aliases_.end()) official = it->second;
        std::vector<const Unit*> out, same_level;
        const int level = types.empty() ? 0 : Gazetteer::level_of_type(types[0]);
        for (bool post : {false, true})
            for (const Unit* u : gazetteer_.find(official, post)) {
                if (std::find(types.begin(), types.end(), u->type) != types.end()) out.push_back(u);
                // A town made a city, a commune made a ward: the article used the type of its day.
                // A province is no city, but one that became a city under a new name was a
                // province under its old one ("tỉnh Thừa Thiên Huế", now "thành phố Huế").
                else if (Gazetteer::level_of_type(u->type) == level && !u->post_2025 &&
                         (level > 1 || Gazetteer::name_key(u->name) != Gazetteer::name_key(official)))
                    same_level.push_back(u);
            }
        if (level_mates) *level_mates = same_level;
        return out.empty() ? same_level : out;
    }

    // "TPHT", "TPHCM": the city whose initials follow "TP".
    std::vector<RawMention> city_abbreviations(const model::Document& doc) const {
        std::vector<RawMention> out;
        const std::string& t = doc.text;
        for (std::size_t pos = t.find("TP"); pos != std::string::npos; pos = t.find("TP", pos + 2)) {
            if (letter_before(t, pos)) continue;
            std::size_t end = pos + 2;
            while (end < t.size() && std::isupper(static_cast<unsigned char>(t[end]))) ++end;
            if (end - pos < 4 || end - pos > 6 || is_letter_or_digit_at(t, end)) continue;
            std::string initials = t.substr(pos + 2, end - pos - 2);
            RawMention r;
            r.span = Span{pos, end};
            r.name = t.substr(pos, end - pos);
            r.types = {"Thành phố", "Thành phố Trung ương"};
            for (bool post : {false, true})
                for (const Unit* u : gazetteer_.cities_with_initials(initials, post)) r.candidates.push_back(u);
            if (auto it = aliases_.find(Gazetteer::name_key(r.name)); it != aliases_.end())
                r.candidates = candidates(it->second, r.types);
            if (!r.candidates.empty()) out.push_back(std::move(r));
        }
        return out;
    }

    // "huyện Cẩm Xuyên (Hà Tĩnh)": a province in brackets right after the name.
    void read_qualifier(std::string_view text, RawMention& r) const {
        std::size_t i = r.span.end;
        while (i < text.size() && text[i] == ' ') ++i;
        if (i >= text.size() || text[i] != '(') return;
        std::size_t close = text.find(')', i);
        if (close == std::string_view::npos || close - i > 40) return;
        std::string inner(text.substr(i + 1, close - i - 1));
        for (bool post : {false, true})
            for (const Unit* u : gazetteer_.find(inner, post))
                if (u->level == 1) { r.qualifier_province = inner; return; }
        if (auto it = aliases_.find(Gazetteer::name_key(inner)); it != aliases_.end())
            for (bool post : {false, true})
                for (const Unit* u : gazetteer_.find(it->second, post))
                    if (u->level == 1) { r.qualifier_province = it->second; return; }
    }

    // ------------------------------------------------------------ resolving

    // Units of the article's era when the name exists then, else of the other era
    // (a 2025 article may still name a district abolished that year).
    std::vector<const Unit*> era_pool(const RawMention& r, bool prefer_post) const {
        std::vector<const Unit*> preferred, other;
        for (const Unit* u : r.candidates) (u->post_2025 == prefer_post ? preferred : other).push_back(u);
        return preferred.empty() ? other : preferred;
    }

    std::string province_name_of(const Unit& u) const {
        const Unit* p = gazetteer_.province_of(u);
        return p ? p->name : std::string();
    }

    // The era's units that the bracketed province keeps; when it keeps none there but some of the
    // other era ("xã Lộc Ninh (Đồng Nai)" on an undated page: Lộc Ninh joined Đồng Nai in 2025),
    // those: the province named settles the era too.
    std::vector<const Unit*> with_qualifier(const std::vector<const Unit*>& pool, const RawMention& r,
                                            bool prefer_post) const {
        if (r.qualifier_province.empty()) return pool;
        const std::vector<const Unit*> kept = kept_by_qualifier(pool, r, prefer_post);
        if (!kept.empty()) return kept;
        std::vector<const Unit*> other_era;
        for (const Unit* u : r.candidates)
            if (u->post_2025 != prefer_post) other_era.push_back(u);
        const std::vector<const Unit*> kept_other = kept_by_qualifier(other_era, r, !prefer_post);
        return kept_other.empty() ? pool : kept_other;
    }

    std::vector<const Unit*> kept_by_qualifier(const std::vector<const Unit*>& pool, const RawMention& r,
                                               bool prefer_post) const {
        const std::string want = province_code_named(r.qualifier_province, prefer_post);
        std::vector<const Unit*> kept;
        for (const Unit* u : pool)
            if (Gazetteer::name_key(province_name_of(*u)) == Gazetteer::name_key(r.qualifier_province) ||
                (!want.empty() && vote_code(*u, prefer_post) == want))
                kept.push_back(u);
        return kept;
    }

    // A unit's province expressed in the preferred era's codes.
    std::string vote_code(const Unit& u, bool prefer_post) const {
        if (u.post_2025 == prefer_post) return u.province_code;
        if (!u.post_2025 && prefer_post) return gazetteer_.province_after_reform(u.province_code);
        return "";
    }

    std::string province_code_named(const std::string& name, bool prefer_post) const {
        std::string official = name;
        if (auto it = aliases_.find(Gazetteer::name_key(name)); it != aliases_.end()) official = it->second;
        for (bool post : {prefer_post, !prefer_post})
            for (const Unit* u : gazetteer_.find(official, post))
                if (u->level == 1) return vote_code(*u, prefer_post);
        return "";
    }

    static std::string dominant(const std::map<std::string, int>& votes) {
        std::string best;
        int best_votes = 0;
        bool tie = false;
        for (const auto& [code, n] : votes) {
            if (n > best_votes) { best = code; best_votes = n; tie = false; }
            else if (n == best_votes) tie = true;
        }
        return tie ? std::string() : best;
    }

    const Unit* settle(const std::vector<const Unit*>& pool, const std::string& context_province,
                       const std::set<std::string>& districts, bool prefer_post) const {
        if (pool.size() == 1) return pool[0];
        std::vector<const Unit*> in_province;
        for (const Unit* u : pool)
            if (!context_province.empty() && vote_code(*u, prefer_post) == context_province) in_province.push_back(u);
        if (in_province.size() == 1) return in_province[0];
        const auto& narrowed = in_province.empty() ? pool : in_province;
        std::vector<const Unit*> in_district;
        for (const Unit* u : narrowed)
            if (districts.count(u->parent_code)) in_district.push_back(u);
        if (in_district.size() == 1) return in_district[0];
        return nullptr;  // several units fit: leave it unresolved rather than guess
    }

    // A unit merged away before 2025 whose name a current unit of its level bears in another
    // province ("xã Bình Chánh" on Thăng Bình's site): the one of the article's province (and of
    // the districts it names, if any), where no current unit there bears the name.
    const Unit* shadowed_former(const RawMention& r, const std::string& context_province,
                                const std::set<std::string>& districts) const {
        if (context_province.empty() || r.name.empty()) return nullptr;
        auto in_scope = [&](const Unit& u) {
            return u.province_code == context_province && (districts.empty() || districts.count(u.parent_code));
        };
        for (const Unit* u : r.candidates)
            if (!u->post_2025 && in_scope(*u)) return nullptr;  // a current unit there is as likely
        std::vector<const Unit*> fits;
        for (const Unit* u : gazetteer_.find_shadowed_former(r.name)) {
            // "xã Trung Hà", since a ward of another name under the same code: the type it had
            // under the name written.
            const auto then = gazetteer_.name_in_use(*u, Gazetteer::name_key(r.name), 0, 0);
            const std::string& type = then ? then->type : u->type;
            if (in_scope(*u) && std::find(r.types.begin(), r.types.end(), type) != r.types.end()) fits.push_back(u);
        }
        return fits.size() == 1 ? fits[0] : nullptr;
    }

    // "xã Tiến Thành (thị xã Đồng Xoài, Bình Phước)", a ward since: no unit of the type written
    // fits the article's province, its districts or the bracket, but one of another type of that
    // level does, which is the unit under the type of its day.
    const Unit* level_mate_in_scope(const RawMention& r, const std::string& context_province,
                                    const std::set<std::string>& districts, bool prefer_post) const {
        if (r.level_mates.empty()) return nullptr;
        const std::string province =
            r.qualifier_province.empty() ? context_province : province_code_named(r.qualifier_province, prefer_post);
        if (province.empty()) return nullptr;
        std::vector<const Unit*> fits;
        for (const Unit* u : r.level_mates)
            if (vote_code(*u, prefer_post) == province && (districts.empty() || districts.count(u->parent_code) || u->level < 3))
                fits.push_back(u);
        return fits.size() == 1 ? fits[0] : nullptr;
    }

    model::PlaceMention to_mention(const model::Document& doc, const RawMention& r, const ReferenceDate& when) const {
        model::PlaceMention m;
        m.surface = std::string(doc.slice(r.span));
        if (r.chosen) {
            m.ref = gazetteer_.ref(*r.chosen);
            // A unit renamed since, named as it was then: the name and type of the day
            // ("huyện Đất Đỏ" in 2023, "tỉnh Thừa Thiên Huế").
            if (!r.chosen->post_2025)
                if (auto then = gazetteer_.name_in_use(*r.chosen, Gazetteer::name_key(r.name), when.year, when.month)) {
                    m.ref.name = text::canonical_tones(then->name);
                    m.ref.type = then->type;
                }
        } else {
            m.ref.name = text::canonical_tones(r.name);
            m.ref.type = r.types.empty() ? "" : r.types[0];
            m.ref.level = Gazetteer::level_of_type(m.ref.type);
        }
        m.evidence = evidence_at(doc, r.span);
        return m;
    }

    // "Tỉnh ủy" with no name after it: the article's province.
    void add_bare_province_bodies(model::Document& doc, const std::string& folded, bool prefer_post) const {
        if (doc.context_province_code.empty()) return;
        const Unit* province = gazetteer_.by_code(doc.context_province_code, prefer_post);
        if (!province) return;
        const std::string key = text::fold("tỉnh ủy");
        for (std::size_t pos = folded.find(key); pos != std::string::npos; pos = folded.find(key, pos + 1)) {
            std::size_t end = pos + key.size();
            if (letter_before(folded, pos) || is_letter_or_digit_at(folded, end)) continue;
            std::size_t next = end;
            while (next < doc.text.size() && doc.text[next] == ' ') ++next;
            if (starts_upper(doc.text, next) && !name_syllables(doc.text, next).empty() &&
                doc.text[next - 1] == ' ' && next - end == 1) {
                // "Tỉnh ủy Hà Tĩnh" was read with its name; "Tỉnh ủy Trần Thế Dũng" was not.
                bool named = std::any_of(doc.places.begin(), doc.places.end(), [&](const model::PlaceMention& p) {
                    return p.evidence.match.begin == pos;
                });
                if (named) continue;
            }
            if (folded.compare(next, 4, "viên") == 0) continue;  // "Tỉnh ủy viên" is a title
            model::PlaceMention m;
            m.surface = doc.text.substr(pos, end - pos);
            m.ref = gazetteer_.ref(*province);
            m.evidence = evidence_at(doc, Span{pos, end});
            doc.places.push_back(std::move(m));
        }
        std::sort(doc.places.begin(), doc.places.end(), [](const model::PlaceMention& a, const model::PlaceMention& b) {
            return a.evidence.match.begin < b.evidence.match.begin;
        });
    }

    const std::vector<std::pair<std::string, std::string>>& site_labels() const {
        static const auto labels = [] {
            std::vector<std::pair<std::string, std::string>> v;
            for (const auto& row : read_tsv_rows(data_file("site_provinces.tsv"), 2)) v.emplace_back(row[0], row[1]);
            return v;
        }();
        return labels;
    }

    const Gazetteer& gazetteer_;
    std::vector<Trigger> triggers_;
    std::array<std::vector<std::size_t>, 256> triggers_by_first_byte_;  // indices into triggers_, in order
    std::unique_ptr<UrlPlaceReader> url_reader_;
    std::map<std::string, std::string> aliases_;  // name_key(alias) -> gazetteer name
    std::set<std::string> surnames_;              // folded family names: "Huyện ủy Nguyễn..." is a person
    std::set<std::string> not_place_openers_;     // place_name_stopwords.tsv
};

}  // namespace

std::unique_ptr<Stage> make_locality_stage() { return std::make_unique<LocalityStage>(); }

}  // namespace baocao::extract
