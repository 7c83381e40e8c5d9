// The body that held a meeting and its locality (see meeting_body.h).
#include "extract/meeting_body.h"

#include <algorithm>

#include <unicode/unistr.h>

#include "extract/locality_context.h"
#include "extract/meeting_days.h"
#include "extract/meeting_nouns.h"
#include "extract/meeting_text.h"
#include "extract/stage.h"
#include "text/normalize.h"

namespace baocao::extract {

using namespace meeting_text;
using namespace meeting_days;

using model::Span;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b <= s.size()) {
        std::size_t e = s.find(sep, b);
        if (e == std::string::npos) e = s.size();
        out.push_back(s.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
    return s;
}

// "huyện ủy" -> "Huyện ủy": only the first letter, as bodies are written.
std::string capitalise_first(const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    if (u.length() == 0) return s;
    icu::UnicodeString head(u, 0, 1);
    head.toUpper();
    u.replace(0, 1, head);
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

BodyReader::BodyReader(const Gazetteer& gazetteer, const MeetingNouns& meetings,
                       const std::vector<std::string>& meeting_verbs)
    : gazetteer_(gazetteer), meetings_(meetings), nouns_(meetings.nouns()), verbs_(meeting_verbs) {
    load_bodies();
}

std::map<std::string, std::vector<std::string>*> BodyReader::cue_lists() {
    return {{"title_word", &title_words_}, {"title_word_after", &title_words_after_}, {"venue", &venue_words_},
            {"issuer", &issuer_words_}, {"before_verb", &before_verb_words_}};
}

void BodyReader::load_bodies() {
    struct Level { std::string word, committee; std::vector<std::string> types; std::string display; };
    std::vector<Level> levels;
    for (const auto& row : read_tsv_rows(data_file("body_levels.tsv"), 4))
        levels.push_back(Level{row[0], row[1], split(row[2], '|'), row[3]});
    for (const auto& row : read_tsv_rows(data_file("bodies.tsv"), 2)) {
        for (const auto& level : levels) {
            if (row[0].find("{cấp}") == std::string::npos && row[0].find("{ủy}") == std::string::npos) continue;
            const std::string& word = level.display;
            BodyPattern p;
            p.key = text::fold(replace_all(replace_all(row[0], "{cấp}", level.word), "{ủy}", level.committee));
            // "Huyện đoàn Vân Canh": a level word that opens the name is capitalised.
            p.organizer = capitalise_first(
                replace_all(replace_all(row[1], "{Cấp}", word), "{Ủy}", capitalise_first(level.committee)));
            p.types = level.types;
            if (std::none_of(bodies_.begin(), bodies_.end(), [&](const BodyPattern& b) { return b.key == p.key; }))
                bodies_.push_back(std::move(p));
        }
    }
    std::stable_sort(bodies_.begin(), bodies_.end(),
                     [](const BodyPattern& a, const BodyPattern& b) { return a.key.size() > b.key.size(); });
    // Each pattern under the word it opens with, in the order above; one that opens on no
    // word (a bracket) is tried everywhere.
    std::vector<const BodyPattern*> anywhere;
    for (const auto& b : bodies_) {
        const std::string first = b.key.substr(0, word_run(b.key, 0));
        if (first.empty()) anywhere.push_back(&b);
        else bodies_by_first_word_[first].push_back(&b);
    }
    if (!anywhere.empty())
        for (auto& [word, list] : bodies_by_first_word_) {
            list.insert(list.end(), anywhere.begin(), anywhere.end());
            std::stable_sort(list.begin(), list.end(), [](const BodyPattern* a, const BodyPattern* b) { return a < b; });
        }
    bodies_anywhere_ = std::move(anywhere);
}

// Bytes of the run of word bytes (letters, digits, non-ASCII) at i.
std::size_t BodyReader::word_run(std::string_view s, std::size_t i) {
    std::size_t e = i;
    while (e < s.size() && word_byte(s, e)) ++e;
    return e - i;
}

std::vector<BodyMatch> BodyReader::bodies_in(const std::string& folded, const Span& s) const {
    std::vector<BodyMatch> out;
    for (std::size_t pos = s.begin; pos < s.end; ++pos) {
        if (pos > 0 && word_byte(folded, pos - 1) && (static_cast<unsigned char>(folded[pos]) & 0xC0) != 0x80) continue;
        if ((static_cast<unsigned char>(folded[pos]) & 0xC0) == 0x80) continue;
        const std::size_t run = word_run(folded, pos);
        const auto listed = run ? bodies_by_first_word_.find(folded.substr(pos, run)) : bodies_by_first_word_.end();
        const auto& candidates = listed != bodies_by_first_word_.end() ? listed->second : bodies_anywhere_;
        for (const BodyPattern* b : candidates) {
            if (folded.compare(pos, b->key.size(), b->key) != 0) continue;
            if (!standalone(folded, pos, pos + b->key.size())) continue;
            out.push_back(BodyMatch{Span{pos, pos + b->key.size()}, b});
            pos += b->key.size() - 1;
            break;
        }
    }
    return out;
}

// "Bí thư Tỉnh ủy", "Phó Chủ tịch UBND huyện", "Ban Tuyên giáo và Dân vận
// Thành ủy": a body named inside a person's title or an agency's name
// (the words before it: title_word in data/meeting_cues.tsv).
// "Bí thư Tỉnh ủy", and "Tỉnh ủy viên" (a member of the committee): the body is part of a title.
bool BodyReader::inside_title(const std::string& folded, const Span& body) const {
    return right_after(folded, body, title_words_) ||
           opens_with_word(std::string_view(folded).substr(body.end), title_words_after_);
}

// "chào mừng Đại hội Đảng bộ huyện lần thứ 18, ... HĐND huyện tổ chức kỳ họp": the body
// right after a meeting noun that names another meeting is that meeting's.
bool BodyReader::body_of_another_meeting(const std::string& folded, const Span& s, const Span& body) const {
    const std::string_view part = std::string_view(folded).substr(s.begin, s.end - s.begin);
    // "Đại hội đại biểu phường X" is a body of its own, opening on its noun.
    if (meetings_.names_another_meeting(part, body.begin - s.begin)) return true;
    const std::string_view before = trim_end(part.substr(0, body.begin - s.begin));
    return std::any_of(nouns_.begin(), nouns_.end(), [&](const std::string& noun) {
        return ends_with_word(before, noun) && meetings_.names_another_meeting(part, before.size() - noun.size());
    });
}

bool BodyReader::names_the_venue(const std::string& folded, const Span& body) const {
    return right_after(folded, body, venue_words_);
}

// The words just before a body (within 30 bytes) end with one of `words`.
bool BodyReader::right_after(const std::string& folded, const Span& body, const std::vector<std::string>& words) {
    const std::size_t from = body.begin > 30 ? body.begin - 30 : 0;
    return ends_with_any(std::string_view(folded).substr(from, body.begin - from), words);
}

void BodyReader::read_body(const model::Document& doc, const std::string& folded, const std::vector<Span>& where,
                           model::Meeting& m) const {
    if (const model::PlaceMention* unit = subject_unit(doc, folded, where.front())) {
        m.locality = unit->ref;
        m.locality_basis = "subject_unit";
        if (m.evidence.match.empty()) m.evidence.match = unit->evidence.match;
        return;
    }
    // A body that met is not one named inside a person's title; failing
    // that, the body of the host's title ("Chủ tịch UBND tỉnh gặp mặt ...").
    for (bool allow_titles : {false, true}) {
        for (const auto& s : where) {
            // The bodies of a list of guests came to the meeting; they did not hold it.
            if (meetings_.lists_guests(std::string_view(folded).substr(s.begin, s.end - s.begin))) continue;
            for (const auto& b : bodies_in(folded, s)) {
                if (!allow_titles && inside_title(folded, b.span)) continue;
                if (body_of_another_meeting(folded, s, b.span)) continue;
                // "tại UBND TP. Sóc Trăng, Thường trực HĐND ... tổ chức": where it met, not who.
                if (!allow_titles && names_the_venue(folded, b.span)) continue;
                // "thông báo quyết định của Ban Thường vụ Thành ủy về việc chỉ định ...": it issued
                // a document read out there, it did not meet.
                if (right_after(folded, b.span, issuer_words_)) continue;
                m.organizer = b.pattern->organizer;
                m.locality = locality_of_body(doc, b, m.locality_basis);
                if (m.evidence.match.empty()) m.evidence.match = b.span;
                return;
            }
        }
    }
    // No body named ("Phát biểu chỉ đạo tại đại hội, ...", "các thôn trên địa bàn xã tổ chức họp
    // thôn"): the unit the web address names, which is read only where it is certain.
    for (const auto& p : doc.url_places)
        if (p.ref.resolved()) {
            m.locality = p.ref;
            m.locality_basis = "source_url";
            return;
        }
    // Nor that, and no body of the gazetteer's levels ("Hội Nông dân tỉnh Nghệ An tổ chức Đại hội",
    // "BTV Huyện đoàn Đoan Hùng tổ chức hội nghị"): the unit the meeting sentence names first.
    // "tại TP Vinh, Hội Nông dân tỉnh Nghệ An tổ chức ...": where it met is not whose it was,
    // unless the sentence names no other unit ("tại xã Linh Hồ, huyện Vị Xuyên diễn ra Đại hội
    // Đảng bộ": the unit it met in, the first of its address).
    const model::PlaceMention* venue = nullptr;
    std::size_t address_end = 0;  // where the venue's address ("xã A, huyện B") ends
    for (const auto& p : doc.places) {
        const auto& at = p.evidence.match;
        if (!p.ref.resolved() || at.begin < where.front().begin || at.end > where.front().end) continue;
        const bool continues_address =
            address_end && at.begin >= address_end &&
            std::string_view(folded).substr(address_end, at.begin - address_end).find_first_not_of(" ,") == std::string_view::npos;
        if (names_the_venue(folded, at) || continues_address) {
            if (!venue) venue = &p;
            address_end = at.end;
            continue;
        }
        m.locality = p.ref;
        m.locality_basis = "sentence_place";
        return;
    }
    if (venue) {
        m.locality = venue->ref;
        m.locality_basis = "sentence_place";
        return;
    }
    // Nor that ("Sở Công Thương tổ chức hội nghị tổng kết"): the article's province.
    if (const Unit* province = context_province(doc, reference_date(doc).post_2025())) {
        m.locality = gazetteer_.ref(*province);
        m.locality_basis = "context";
    }
}

// The article's province (doc.context_province_code) in the era of the article's time; null when
// no province dominates the article.
const Unit* BodyReader::context_province(const model::Document& doc, bool post_2025) const {
    return doc.context_province_code.empty() ? nullptr : gazetteer_.by_code(doc.context_province_code, post_2025);
}

// "Chiều 16/1, xã Quảng Chính tổ chức hội nghị ...": the unit itself is the subject of the
// verb of the meeting, so it held the meeting; a body named later in the sentence
// ("triển khai Quyết định của UBND tỉnh") did not. The sentence may open with its day.
const model::PlaceMention* BodyReader::subject_unit(const model::Document& doc, const std::string& folded, const Span& s) const {
    constexpr std::size_t kLongestOpener = 40;
    const std::string_view sentence = std::string_view(folded).substr(s.begin, s.end - s.begin);
    std::size_t start = 0;
    const std::size_t comma = sentence.find(", ");
    // ("Ngày 19/12/2021 HĐND xã Trung Hà, huyện Thủy Nguyên tổ chức ...": a body before the
    // comma is the subject, and what follows the comma is its address.)
    if (comma != std::string_view::npos && comma < kLongestOpener &&
        sentence.substr(0, comma).find_first_of("0123456789") != std::string_view::npos &&
        bodies_in(folded, Span{s.begin, s.begin + comma}).empty())
        start = comma + 2;
    // "Thanh Liêm: Xã Thanh Hương vừa tổ chức ...": a dateline of the place it comes from.
    const std::size_t colon = sentence.find(": ");
    if (start == 0 && colon != std::string_view::npos && colon < kLongestOpener &&
        bodies_in(folded, Span{s.begin, s.begin + colon}).empty())
        start = colon + 2;
    start = s.begin + skip_spaces(sentence, start);
    // "Huyện ủy Cẩm Xuyên tổ chức ...", "HĐND huyện ...": a body opens the sentence, read as one.
    // (Only bodies that begin by the subject's start can cover it.)
    for (const auto& b : bodies_in(folded, Span{s.begin, std::min(start + 1, s.end)}))
        if (b.span.begin <= start && b.span.end > start) return nullptr;
    for (const auto& p : doc.places) {
        if (p.evidence.match.begin != start || !p.ref.resolved()) continue;
        if (p.evidence.match.end > s.end) continue;
        std::string_view rest = std::string_view(folded).substr(p.evidence.match.end, s.end - p.evidence.match.end);
        // "xã A vừa tổ chức", "xã A đã long trọng tổ chức": words of time and manner before the verb.
        for (bool skipped = true; skipped;) {
            skipped = false;
            rest = rest.substr(std::min(rest.size(), rest.find_first_not_of(' ')));
            for (const std::string& word : before_verb_words_)
                if (rest.size() > word.size() && rest.compare(0, word.size(), word) == 0 && rest[word.size()] == ' ') {
                    rest.remove_prefix(word.size());
                    skipped = true;
                }
        }
        if (opens_with_word(rest, verbs_)) return &p;
    }
    return nullptr;
}

// The unit fits the body's level: "Thị ủy Phú Mỹ" fits a Phú Mỹ since made a city. A province
// is no city: "HĐND Thành phố" on a provincial paper is the provincial city's, not the province's.
bool BodyReader::type_fits(const std::vector<std::string>& types, const model::LocalityRef& r) {
    if (std::find(types.begin(), types.end(), r.type) != types.end()) return true;
    if (r.level == 1) return false;
    return std::any_of(types.begin(), types.end(), [&](const std::string& t) {
        return Gazetteer::level_of_type(t) == r.level &&
               !(r.post_2025 && r.level == 3 && Gazetteer::level_of_type(t) != 3);
    });
}

// Of the most-named units, the one the article names first.
const model::LocalityRef* BodyReader::first_named(const model::Document& doc, const BodyMatch& b,
                                                  const std::map<std::string, int>& count, int best_n) {
    const model::LocalityRef* first = nullptr;
    std::size_t first_at = std::string::npos;
    for (const auto& p : doc.places) {
        if (!p.ref.resolved() || !type_fits(b.pattern->types, p.ref)) continue;
        auto it = count.find(p.ref.code);
        if (it != count.end() && it->second == best_n && p.evidence.match.begin < first_at) {
            first = &p.ref;
            first_at = p.evidence.match.begin;
        }
    }
    return first;
}

// The one unit of the article's province, of a type the body fits, whose bare name opens the
// headline before a colon ("Ba Tri: Họp liên tịch ...", "Lắk: ..."); null when none or several.
const Unit* BodyReader::dateline_unit(const model::Document& doc, const std::vector<std::string>& types) const {
    constexpr std::size_t kLongestDateline = 40;  // bytes: a name of up to four syllables
    const std::size_t colon = doc.title.find(": ");
    if (colon == std::string::npos || colon == 0 || colon > kLongestDateline || doc.context_province_code.empty())
        return nullptr;
    const bool post = reference_date(doc).post_2025();
    const Unit* found = nullptr;
    for (const Unit* u : gazetteer_.find(std::string_view(doc.title).substr(0, colon), post)) {
        if (u->province_code != doc.context_province_code || u->level == 1) continue;
        if (!type_fits(types, gazetteer_.ref(*u))) continue;
        if (found && found != u) return nullptr;
        found = u;
    }
    return found;
}

model::LocalityRef BodyReader::locality_of_body(const model::Document& doc, const BodyMatch& b, std::string& basis) const {
    // The name written with the body: "Đảng bộ huyện Cẩm Xuyên", "BTV Thành ủy Hà Tĩnh".
    for (const auto& p : doc.places) {
        const auto& at = p.evidence.match;
        if (at.begin >= b.span.begin && at.begin <= b.span.end + 1 && at.end > b.span.end &&
            (type_fits(b.pattern->types, p.ref) || p.ref.type.empty())) {
            basis = p.ref.resolved() ? "named" : "";
            return p.ref;
        }
    }
    basis = "article";
    // Otherwise the unit of that level the article is about.
    std::map<std::string, int> count;
    std::map<std::string, const model::LocalityRef*> ref_of;
    for (const auto& p : doc.places) {
        if (!p.ref.resolved() || !type_fits(b.pattern->types, p.ref)) continue;
        if (++count[p.ref.code] == 1) ref_of[p.ref.code] = &p.ref;
    }
    const model::LocalityRef* best = nullptr;
    int best_n = 0;
    bool tie = false;
    for (const auto& [code, n] : count) {
        if (n > best_n) { best = ref_of[code]; best_n = n; tie = false; }
        else if (n == best_n) tie = true;
    }
    if (best && !tie) return *best;
    // Two units of that level named equally often (a joint report: "HĐND 2 huyện A, B"):
    // the one the report names first.
    if (best && tie)
        if (const model::LocalityRef* first = first_named(doc, b, count, best_n)) return *first;
    // "Ba Tri: Họp liên tịch chuẩn bị kỳ họp ...": the headline's dateline names it.
    if (const Unit* u = dateline_unit(doc, b.pattern->types)) {
        basis = "dateline";
        return gazetteer_.ref(*u);
    }
    // The text never names a unit of that level: the one its web address names.
    basis = "source_url";
    for (const auto& p : doc.url_places)
        if (type_fits(b.pattern->types, p.ref)) return p.ref;
    basis = "context";
    const bool post = reference_date(doc).post_2025();
    if (const Unit* province = context_province(doc, post)) {
        if (std::find(b.pattern->types.begin(), b.pattern->types.end(), province->type) != b.pattern->types.end())
            return gazetteer_.ref(*province);
        // "HĐND Thành phố" on a province's site: the city named as its province,
        // where it has one (Thái Bình, Sơn La), which is where such a body sits.
        for (const Unit* u : gazetteer_.find(province->name, post))
            if (u != province && u->province_code == province->code && u->type == "Thành phố" &&
                std::find(b.pattern->types.begin(), b.pattern->types.end(), u->type) != b.pattern->types.end()) {
                basis = "context_capital";
                return gazetteer_.ref(*u);
            }
    }
    basis = "";
    model::LocalityRef unknown;
    unknown.type = b.pattern->types.empty() ? "" : b.pattern->types[0];
    return unknown;
}

}  // namespace baocao::extract
