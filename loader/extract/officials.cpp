// Officials stage: every person the article names with a position, all the
// titles it gives them, and what they did at the meeting.
//
// The press writes a title before the name ("Phó Bí thư Thường trực Tỉnh ủy Trần
// Thế Dũng"), after it ("Đồng chí A, ủy viên BTV Tỉnh ủy, Bí thư Thành ủy"), in
// lists ("Các đồng chí: A - Bí thư Huyện ủy; B - ..."), and in photo captions. A
// line is read left to right: honorifics, titles (official_titles.h) and names
// (person_names.h); a name takes the titles written right before it and the
// comma list right after it. Names never given a title (bylines, streets, people
// receiving an award) are not officials.
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <spdlog/spdlog.h>

#include "extract/appointment_phrases.h"
#include "extract/gazetteer.h"
#include "extract/official_titles.h"
#include "extract/person_names.h"
#include "extract/stages.h"
#include "text/normalize.h"

namespace baocao::extract {
namespace {

// The stretches of text read one at a time: the lines (paragraphs in a
// hard-wrapped text), and a line longer than kLongestLine in pieces that end
// where a sentence ends, so that a run-on text costs tokens for one piece at
// a time, not for all of it. Names and titles stay inside a sentence.
constexpr std::size_t kLongestLine = 64 * 1024;

std::vector<model::Span> reading_units(const model::Document& doc, std::string_view line_break) {
    std::vector<model::Span> units;
    std::size_t next_sentence = 0;
    std::size_t line_begin = 0;
    while (line_begin <= doc.text.size()) {
        std::size_t line_end = doc.text.find(line_break, line_begin);
        if (line_end == std::string::npos) line_end = doc.text.size();
        std::size_t piece_begin = line_begin;
        while (line_end - piece_begin > kLongestLine) {
            // the last sentence end inside the piece's allowance
            std::size_t cut = 0;
            while (next_sentence < doc.sentences.size() && doc.sentences[next_sentence].span.end <= piece_begin)
                ++next_sentence;
            for (std::size_t s = next_sentence;
                 s < doc.sentences.size() && doc.sentences[s].span.end <= piece_begin + kLongestLine; ++s)
                cut = doc.sentences[s].span.end;
            if (cut <= piece_begin) break;  // one sentence longer than the allowance: read it whole
            units.push_back({piece_begin, cut});
            piece_begin = cut;
        }
        units.push_back({piece_begin, line_end});
        line_begin = line_end + line_break.size();
    }
    return units;
}

// Strongest first: a person keeps the strongest role of all their mentions.
const std::vector<std::string> kRoleRank = {"chair", "reporter", "speaker", "attendee", "mentioned"};

int role_rank(const std::string& role) {
    const auto it = std::find(kRoleRank.begin(), kRoleRank.end(), role);
    return it == kRoleRank.end() ? static_cast<int>(kRoleRank.size()) : static_cast<int>(it - kRoleRank.begin());
}

const std::string& stronger(const std::string& a, const std::string& b) { return role_rank(a) <= role_rank(b) ? a : b; }

// Cue phrases of data/official_roles.tsv, matched on token keys.
class RoleCues {
public:
    static RoleCues load(const std::filesystem::path& data_dir) {
        RoleCues cues;
        for (const auto& row : read_tsv_rows(data_dir / "official_roles.tsv")) {
            if (row.size() < 2) throw std::runtime_error("official_roles.tsv: a row needs phrase and role");
            const auto tokens = tokenize(row[0]);
            cues.roles_[joined_key(tokens, 0, tokens.size())] = row[1];
            cues.max_words_ = std::max(cues.max_words_, tokens.size());
        }
        return cues;
    }

    // Strongest role cued by tokens [begin, end), or "" when none.
    std::string strongest(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const {
        std::string best;
        for (std::size_t i = begin; i < end; ++i) {
            for (std::size_t length = std::min(max_words_, end - i); length >= 1; --length) {
                const auto found = roles_.find(joined_key(tokens, i, i + length));
                if (found == roles_.end()) continue;
                if (found->second != "none") best = best.empty() ? found->second : stronger(best, found->second);
                i += length - 1;
                break;
            }
        }
        return best;
    }

private:
    std::unordered_map<std::string, std::string> roles_;
    std::size_t max_words_ = 1;
};

// One name in one line, with the titles written next to it.
struct Mention {
    NameSpan name;
    std::size_t first = 0;  // first token of the mention (honorific, titles before the name)
    std::size_t after = 0;  // first token after the name and the titles after it
    std::vector<std::string> titles;
    // "Ông Quất được phân công giữ chức ...": the given name alone after an
    // honorific, standing for the person named in full before.
    bool given_name_only = false;
};

bool is_token(const std::vector<Token>& tokens, std::size_t i, const char* surface) {
    return i < tokens.size() && tokens[i].surface == surface;
}

bool is_dash(const Token& token) {
    return !token.word && (token.surface == "-" || token.surface == "–" || token.surface == "—");
}

bool is_clause_end(const Token& token) {
    return !token.word && (token.surface == "." || token.surface == "!" || token.surface == "?");
}

// Segment boundary for a title's continuation after a comma.
bool ends_segment(const std::vector<Token>& tokens, std::size_t i) {
    if (i >= tokens.size()) return true;
    const std::string& s = tokens[i].surface;
    return !tokens[i].word && (s == "," || s == ";" || s == "." || s == ":" || s == ")");
}

// Mentions listed together: only commas, semicolons, "và", "cùng" between them.
bool only_list_glue(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!t.word && (t.surface == "," || t.surface == ";" || t.surface == ":")) continue;
        if (t.word && (t.key == "và" || t.key == "cùng")) continue;
        return false;
    }
    return true;
}

class LineReader {
public:
    LineReader(const TitleContext& ctx, const AppointmentPhrases& appointments, const std::vector<Token>& tokens)
        : ctx_(ctx), appointments_(appointments), t_(tokens) {}

    std::vector<Mention> read() {
        std::vector<Mention> mentions;
        std::vector<std::string> pending;  // titles waiting for the name they precede
        std::size_t start = 0;
        bool honorific = false;
        // "Dự có các đồng chí: A - t1; B - t2": the honorific covers every member
        // of the ';' list, also a name whose family name the lexicon lacks.
        bool in_list = false;
        // "các đồng chí Phó Bí thư Huyện ủy: A, B", "Các Phó Chủ tịch UBND huyện A,
        // B và C": titles every name of the list after them holds.
        std::vector<std::string> shared;
        bool plural = false;  // "các ..." before the titles
        bool familiar = false;  // the honorific is "anh", "chị"
        std::vector<std::size_t> awaiting_titles;  // bare names of a plural list, waiting for its titles
        std::vector<std::string> list_titles;       // "các ủy viên Trung ương Đảng: ...": every item's
        // "Các Phó Bí thư Tỉnh ủy gồm ông A, Chủ tịch UBND tỉnh; bà B và ông C": the members of the
        // shared titles, each named with an honorific, are listed across ';' and ','.
        bool members = false;
        bool addressed = false;  // the titles reached their name past "đối với"
        auto reset = [&] {
            pending.clear();
            honorific = false;
            in_list = false;
            plural = false;
            addressed = false;
        };
        std::size_t i = 0;
        while (i < t_.size()) {
            const Token& token = t_[i];
            if (!token.word) {
                const bool chain_open = !pending.empty() || honorific;
                if (chain_open && token.surface == ",") { ++i; continue; }
                if (honorific && pending.empty() && token.surface == ":") { ++i; continue; }
                if (!pending.empty() && token.surface == ":" && name_right_at(i + 1)) {
                    shared = pending;
                    ++i;
                    continue;
                }
                // "các ủy viên Trung ương Đảng: Phó trưởng Ban Nội chính Trung ương A, Bộ trưởng ... B":
                // the titles before the colon are every listed person's, beside their own.
                if (!pending.empty() && plural && token.surface == ":" &&
                    parse_title(ctx_, t_, i + 1, /*owned=*/false).ok()) {
                    list_titles = pending;
                    pending.clear();
                    ++i;
                    continue;
                }
                if (!list_titles.empty() && pending.empty() && token.surface == "," &&
                    parse_title(ctx_, t_, i + 1, /*owned=*/false).ok()) {
                    ++i;
                    continue;
                }
                if (token.surface != ",") list_titles.clear();
                if (!shared.empty() && pending.empty() && token.surface == "," && name_right_at(i + 1)) {
                    ++i;
                    continue;
                }
                if (in_list && pending.empty() && token.surface == ";") { ++i; continue; }
                if (members && pending.empty() && (token.surface == ";" || token.surface == ",")) { ++i; continue; }
                // "các Phó Chủ tịch A - B, C": a dash between the names of a shared list.
                if (!shared.empty() && pending.empty() && is_dash(token) && name_right_at(i + 1)) {
                    ++i;
                    continue;
                }
                // "Bí thư Huyện ủy - Nguyễn Văn A": a dash between the titles and the
                // name they precede (a family name the lexicon knows must follow).
                if (!pending.empty() && is_dash(token) && name_right_at(i + 1)) {
                    ++i;
                    continue;
                }
                // "Phó Bí thư Thường trực Huyện ủy - Chủ tịch HĐND huyện Nguyễn Văn A": a dash or a
                // slash between two titles of the one name that follows them.
                if (!pending.empty() && (is_dash(token) || token.surface == "/") &&
                    parse_title(ctx_, t_, i + 1, /*owned=*/false).ok()) {
                    ++i;
                    continue;
                }
                reset();
                shared.clear();
                members = false;
                ++i;
                continue;
            }
            // "... B và C", "đối với bà A và bà B": one more name of the shared list.
            if (!shared.empty() && pending.empty() && token.key == "và" &&
                (name_right_at(i + 1) || ctx_.match(t_, i + 1, kHonorific).found())) {
                ++i;
                continue;
            }

            if (const std::size_t length = appointments_.on_behalf_at(t_, i); length > 0) {
                reset();
                shared.clear();
                i += length;
                const TitleParse body = parse_title(ctx_, t_, i, /*owned=*/true);
                if (body.ok()) i = body.end;
                continue;
            }
            const LexMatch address = ctx_.match(t_, i, kHonorific);
            if (address.found()) {
                if (!honorific && pending.empty()) start = i;
                honorific = true;
                familiar = (address.kinds & kFamiliar) != 0;
                plural = plural || t_[i].key == "các";
                i += address.length;
                continue;
            }
            const TitleParse title = parse_title(ctx_, t_, i, /*owned=*/false);
            if (title.ok()) {
                if (pending.empty() && !honorific) start = i;
                // "các Phó Chủ tịch", "2 Phó Chủ tịch UBND tỉnh A và B", "02 đại biểu HĐND xã ...".
                if (pending.empty() && i > 0 && (t_[i - 1].key == "các" || t_[i - 1].has_digit)) plural = true;
                shared.clear();
                pending.push_back(title.text);
                i = title.end;
                if (title.name.found()) {
                    std::vector<std::string> titles = list_titles;
                    titles.insert(titles.end(), pending.begin(), pending.end());
                    mentions.push_back(make_mention(title.name, start, titles));
                    i = mentions.back().after;
                    if (plural) shared = pending;
                    reset();
                } else if (i + 1 < t_.size() && appointments_.joins_titles(t_[i]) &&
                           parse_title(ctx_, t_, i + 1, false).ok()) {
                    ++i;  // "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Nguyễn Văn A"
                } else if (const std::size_t to = addressee_after(i); to != i && !honorific && link_before(start)) {
                    i = to;  // the name follows: keep the titles for it
                    addressed = true;
                } else if (const std::size_t named = past_term(i); named != i && name_right_at(named)) {
                    i = named;  // "Bí thư Thành ủy Cần Thơ nhiệm kỳ 2020-2025 Đỗ Thanh Bình": the term, then the name
                } else if (plural && i + 1 < t_.size() && t_[i].key == "gồm" &&
                           ctx_.match(t_, i + 1, kHonorific).found()) {
                    shared = pending;  // "Các Phó Bí thư Tỉnh ủy gồm ông A, ...; bà B và ông C"
                    reset();
                    members = true;
                    ++i;
                } else if (i < t_.size() && t_[i].word) {
                    reset();  // the title is not followed by a name: "Bí thư Tỉnh ủy đề nghị"
                }
                continue;
            }
            const NameSpan name = name_at(ctx_, t_, i, honorific);
            if (name.found()) {
                if (name.begin != i) pending.clear();
                const bool introduced = honorific;
                const bool plural_list = honorific && plural;
                // "đối với các ông A, B và C", "đối với bà A và bà B": the titles before "đối
                // với" are every listed name's.
                const bool shares_titles = !pending.empty() && (plural || addressed);
                const std::vector<std::string> titles_given = pending;
                mentions.push_back(make_mention(name, (honorific || !pending.empty()) ? start : name.begin,
                                                pending.empty() ? shared : pending, honorific && pending.empty()));
                i = std::max(mentions.back().after, i + 1);
                reset();
                if (shares_titles) shared = titles_given;
                // "Các đồng chí A, B, Phó Bí thư Huyện ủy, ...": names listed bare after a plural
                // honorific share the titles written after the last of them.
                if (!mentions.back().titles.empty()) {
                    for (std::size_t w : awaiting_titles) mentions[w].titles = mentions.back().titles;
                    awaiting_titles.clear();
                } else if (plural_list && is_token(t_, i, ",") && name_right_at(i + 1)) {
                    awaiting_titles.push_back(mentions.size() - 1);
                    honorific = plural = true;
                    ++i;
                    continue;
                }
                awaiting_titles.clear();
                if (introduced && !mentions.back().titles.empty() && is_token(t_, i, ";")) {
                    honorific = in_list = true;
                    start = i + 1;
                }
                continue;
            }
            if (honorific && !familiar && pending.empty() && given_name_at(i)) {
                mentions.push_back(make_mention({i, i + 1}, start, pending));
                mentions.back().given_name_only = true;
                i = std::max(mentions.back().after, i + 1);
                reset();
                continue;
            }
            reset();
            shared.clear();
            // "thay mặt Ban Thường vụ Tỉnh ủy, đồng chí A": a body's name read whole,
            // so that "Thường vụ Tỉnh ủy" inside it is no title of A.
            i += std::max<std::size_t>(1, ctx_.match(t_, i, kOrgan).length);
        }
        add_offices_taken(mentions);
        return mentions;
    }

private:
    // "Ông A, Trưởng ban Tổ chức Tỉnh ủy, vừa được bầu giữ chức Bí thư Thành ủy";
    // "các đồng chí A, B, C được tái cử giữ chức Phó Bí thư Tỉnh ủy": the office
    // after an appointment phrase belongs to every name listed before it.
    void add_offices_taken(std::vector<Mention>& mentions) {
        std::size_t group_begin = 0;
        for (std::size_t m = 0; m < mentions.size(); ++m) {
            if (m > group_begin && !only_list_glue(t_, mentions[m - 1].after, mentions[m].first)) group_begin = m;
            const std::size_t k = appointments_.skip(t_, mentions[m].after, [&](std::size_t at) {
                const TitleParse body = parse_title(ctx_, t_, at, /*owned=*/true, /*tail=*/true);
                return body.ok() ? body.end : at;
            });
            if (k == mentions[m].after) continue;
            std::vector<std::string> offices;
            const std::size_t end = title_list(k, offices);
            if (offices.empty()) continue;
            for (std::size_t g = group_begin; g <= m; ++g)
                mentions[g].titles.insert(mentions[g].titles.end(), offices.begin(), offices.end());
            mentions[m].after = end;
            group_begin = m + 1;
        }
    }

    // "khóa XIX", "khóa XI, nhiệm kỳ 2016 - 2021", "(nhiệm kỳ 2016-2021)" after a
    // title: the term it was held in, not part of it. Returns the token after it.
    std::size_t past_term(std::size_t k) const {
        std::size_t j = k;
        while (true) {
            std::size_t at = j;
            if (j > k && is_token(t_, at, ",")) ++at;
            const bool bracket = is_token(t_, at, "(");
            if (bracket) ++at;
            std::size_t end = term_at(at);
            if (end == at) break;
            if (bracket) {
                if (!is_token(t_, end, ")")) break;
                ++end;
            }
            j = end;
        }
        return j;
    }

    // "khóa XIX", "nhiệm kỳ 2016 - 2021" at tokens[k]: the token after it, else k.
    std::size_t term_at(std::size_t k) const {
        if (k + 1 < t_.size() && t_[k].key == "khóa" && (is_roman_numeral(t_[k + 1].surface) || t_[k + 1].has_digit))
            return k + 2;
        if (k + 2 < t_.size() && t_[k].key == "nhiệm" && t_[k + 1].key == "kỳ" && t_[k + 2].has_digit) {
            std::size_t j = k + 3;
            while (j + 1 < t_.size() && is_dash(t_[j]) && t_[j + 1].has_digit) j += 2;
            return j;
        }
        return k;
    }

    // "miễn nhiệm chức danh Chủ tịch HĐND huyện khóa XI (nhiệm kỳ 2016-2021) đối
    // với ông A": the title, its term, then the person it is given or taken from.
    // Returns the token after "đối với", or k when the title is not so addressed.
    // Also past the place the office is of ("Chủ tịch UBND thành phố Hội An khóa XI, nhiệm kỳ
    // 2016-2021 đối với ông A") and a comma before "đối với".
    std::size_t addressee_after(std::size_t k) const {
        constexpr std::size_t kLongestPlace = 4;  // syllables
        std::size_t place_end = k;
        while (place_end < t_.size() && place_end - k < kLongestPlace && t_[place_end].word &&
               t_[place_end].capitalised && !t_[place_end].has_digit)
            ++place_end;
        for (const std::size_t from : {k, place_end}) {
            std::size_t at = past_term(from);
            if (at > from && is_token(t_, at, ",")) ++at;
            if (const std::size_t length = appointments_.addressee_at(t_, at); length > 0) return at + length;
            if (place_end == k) break;
        }
        return k;
    }

    // One capitalised syllable, no title word, no place, not followed by another
    // capitalised word: a given name used alone ("ông Quất").
    bool given_name_at(std::size_t i) const {
        if (breaks_name(ctx_, t_, i) || ctx_.match(t_, i, ~0u).found()) return false;
        if (i + 1 < t_.size() && t_[i + 1].word && t_[i + 1].capitalised) return false;
        return plausible_syllable(t_[i].surface) && !t_[i].all_caps;
    }

    // "miễn nhiệm chức danh ...", "miễn nhiệm 02 đại biểu HĐND xã ...": an appointment verb
    // right before the titles at k, or before the count of them.
    bool link_before(std::size_t k) const {
        if (appointments_.link_ends_before(t_, k)) return true;
        return k > 0 && t_[k - 1].has_digit && appointments_.link_ends_before(t_, k - 1);
    }

    bool name_right_at(std::size_t i) const {
        const NameSpan name = name_at(ctx_, t_, i, false);
        return name.found() && name.begin == i;
    }

    // introduced: the name follows an honorific and no title ("đồng chí A PCT HĐND huyện").
    Mention make_mention(const NameSpan& name, std::size_t first, const std::vector<std::string>& before,
                         bool introduced = false) {
        Mention m;
        m.name = name;
        m.first = std::min(first, name.begin);
        m.titles = before;
        m.after = titles_after_name(name.end, m.titles, introduced);
        return m;
    }

    // "A, ủy viên BTV Tỉnh ủy, Bí thư Thành ủy", "A - Bí thư Huyện ủy, Chủ tịch HĐND
    // huyện", "A (Bí thư Đảng ủy xã)"; after an honorific also with nothing between
    // ("đồng chí A Chủ tịch HĐND xã bế mạc kỳ họp"). Returns the first token after what was read.
    std::size_t titles_after_name(std::size_t j, std::vector<std::string>& titles, bool introduced = false) {
        if (j >= t_.size()) return j;
        if (t_[j].word) {
            if (!introduced || !parse_title(ctx_, t_, j, /*owned=*/true).ok()) return j;
            return title_list(j, titles);
        }
        const std::string& sep = t_[j].surface;
        // "Đồng chí A: Tỉnh ủy viên, Bí thư Huyện ủy": a colon only after an honorific.
        if (sep == ":" && !introduced) return j;
        if (sep != "," && sep != "-" && sep != "–" && sep != "—" && sep != "(" && sep != ":") return j;
        std::size_t read_up_to = title_list(j + 1, titles);
        if (read_up_to == j + 1) return j;
        if (sep == "(" && is_token(t_, read_up_to, ")")) ++read_up_to;
        return read_up_to;
    }

    // Titles a person holds, written one after another from tokens[k]: "Ủy viên
    // BTV Tỉnh ủy, Bí thư Thành ủy", "Ủy viên BTV Huyện ủy - Trưởng Ban Tuyên giáo".
    // Returns the first token after them (k when there is none).
    std::size_t title_list(std::size_t k, std::vector<std::string>& titles) {
        std::size_t read_up_to = k;
        while (true) {
            // A title written right before another name is that person's:
            // "A, Trưởng ban Dân vận Tỉnh ủy, Giám đốc Sở Nội vụ B".
            if (parse_title(ctx_, t_, k, /*owned=*/false).name.found()) break;
            const TitleParse title = parse_title(ctx_, t_, k, /*owned=*/true);
            if (!title.ok()) break;
            titles.push_back(title.text);
            k = read_up_to = past_term(title.end);
            bool next_title = false;
            // "A – Ủy viên BTV Huyện ủy - Trưởng Ban Tuyên giáo": dashes between titles;
            // "A, Bí thư Huyện ủy kiêm Chủ tịch UBND huyện".
            if (k < t_.size() && ((!t_[k].word && (t_[k].surface == "-" || t_[k].surface == "–" || t_[k].surface == "/")) ||
                                  appointments_.joins_titles(t_[k])) &&
                parse_title(ctx_, t_, k + 1, true).ok()) {
                ++k;
                continue;
            }
            while (is_token(t_, k, ",")) {
                if (parse_title(ctx_, t_, k + 1, true).ok()) {
                    k = k + 1;
                    next_title = true;
                    break;
                }
                const TitleParse tail = parse_title(ctx_, t_, k + 1, true, /*tail=*/true);
                if (tail.end <= tail.begin) break;
                // ", phường Hưng Trí": where the office is. A bare capitalised run
                // after the comma is the next person of a list ("A - TUV, Chủ tịch
                // HĐND xã, B - ..."), never a place named without its level word.
                if (tail.dropped_place && !tail.text.empty()) {
                    k = read_up_to = tail.end;
                    continue;
                }
                if (tail.text.empty() || !ends_segment(t_, tail.end)) break;
                titles.back() += ", " + tail.text;  // "phòng Quận, huyện, thị - Ban Tổ chức"
                k = read_up_to = tail.end;
            }
            if (!next_title) break;
        }
        return read_up_to;
    }

    const TitleContext& ctx_;
    const AppointmentPhrases& appointments_;
    const std::vector<Token>& t_;
};

struct Person {
    std::string full_name;
    std::vector<std::string> titles;
    std::string role = "mentioned";
    std::vector<model::Evidence> evidence;
};

// Drops a title contained in a longer one of the same person ("bí thư" beside
// "bí thư huyện ủy"); keeps the first-seen order.
std::vector<std::string> tidy_titles(const std::vector<std::string>& titles) {
    std::vector<std::string> unique;
    for (const auto& t : titles)
        if (!t.empty() && std::find(unique.begin(), unique.end(), t) == unique.end()) unique.push_back(t);
    std::vector<std::string> kept;
    for (const auto& t : unique) {
        bool inside_another = false;
        for (const auto& other : unique) {
            if (other.size() <= t.size()) continue;
            const std::string padded_other = " " + other + " ";
            if (padded_other.find(" " + t + " ") != std::string::npos) inside_another = true;
        }
        if (!inside_another) kept.push_back(t);
    }
    return kept;
}

class OfficialsStage : public Stage {
public:
    OfficialsStage()
        : titles_(TitleLexicon::load(data_dir())),
          names_(NameLexicon::shared()),
          cues_(RoleCues::load(data_dir())),
          appointments_(AppointmentPhrases::load(data_dir())),
          committees_(load_committees()) {}

    const char* name() const override { return "officials"; }

    void run(model::Document& doc) const override {
        doc.officials.clear();
        // A text wrapped at a fixed width breaks names and titles over lines: its
        // reading unit is the paragraph (up to a blank line).
        const std::vector<model::Span> units = reading_units(doc, hard_wrapped(doc.text) ? "\n\n" : "\n");
        // Each unit is tokenized once, for the check of its encoding and for its reading.
        std::vector<std::vector<Token>> unit_tokens;
        unit_tokens.reserve(units.size());
        for (const model::Span unit : units)
            unit_tokens.push_back(tokenize(std::string_view(doc.text).substr(unit.begin, unit.end - unit.begin), unit.begin));
        if (looks_garbled(unit_tokens)) {
            spdlog::info("{}: text looks mis-encoded (syllables with two tone marks): no officials read",
                         doc.source_name);
            return;
        }
        const std::unordered_set<std::string> places = document_places(doc);
        const std::unordered_set<std::string> not_people = byline_names(doc);
        const std::string chair_key = doc.meetings.empty() ? "" : text::lower(doc.meetings[0].chair_name);

        std::vector<std::string> order;
        std::unordered_map<std::string, Person> people;
        for (const std::vector<Token>& tokens : unit_tokens) {
            const TitleMatches matches(titles_, tokens);
            const TitleContext line_ctx{titles_, names_, places, &matches};
            const std::vector<Mention> mentions = LineReader(line_ctx, appointments_, tokens).read();
            const std::vector<std::string> roles = roles_of(tokens, mentions);
            for (std::size_t m = 0; m < mentions.size(); ++m) {
                const Mention& mention = mentions[m];
                const std::string display = display_name(tokens, mention.name.begin, mention.name.end);
                const std::string key = mention.given_name_only ? full_name_of(text::lower(display), order)
                                                                : text::lower(display);
                if (key.empty() || not_people.count(key)) continue;
                auto [it, inserted] = people.try_emplace(key);
                Person& person = it->second;
                if (inserted) {
                    order.push_back(key);
                    person.full_name = display;
                }
                person.titles.insert(person.titles.end(), mention.titles.begin(), mention.titles.end());
                person.role = stronger(person.role, !chair_key.empty() && key == chair_key ? "chair" : roles[m]);
                person.evidence.push_back(evidence_of(doc, tokens, mention));
            }
        }

        const std::string province = province_of(doc);
        for (const auto& key : order) {
            Person& person = people[key];
            std::vector<std::string> titles = tidy_titles(without_repeated_level(person.titles));
            if (titles.empty()) continue;  // a name with no position: not an official
            complete_committee_memberships(titles);
            if (historical_figure(key, titles)) continue;
            model::OfficialMention official;
            official.full_name = person.full_name;
            official.titles = std::move(titles);
            official.role = person.role;
            official.province_name = province;
            official.evidence = std::move(person.evidence);
            doc.officials.push_back(std::move(official));
        }
        // "Đ/c: Rơ Lan Pêu - PBT. Đảng ủy – CT. UBND xã – Chủ trì hội nghị": a chair the
        // meeting stage's own reading missed is the first official read as chairing.
        if (!doc.meetings.empty() && doc.meetings[0].chair_name.empty())
            for (const auto& official : doc.officials)
                if (official.role == "chair") {
                    doc.meetings[0].chair_name = official.full_name;
                    break;
                }
        spdlog::debug("{}: {} officials", doc.source_name, doc.officials.size());
    }

private:
    // The one person named before whose given name (last syllable) this is; ""
    // when none or several.
    static std::string full_name_of(const std::string& given, const std::vector<std::string>& keys) {
        std::string found;
        for (const std::string& key : keys) {
            if (key.size() <= given.size() + 1 || key.compare(key.size() - given.size(), given.size(), given) != 0 ||
                key[key.size() - given.size() - 1] != ' ')
                continue;
            if (!found.empty()) return "";
            found = key;
        }
        return found;
    }

    // "UV BTV, Chủ tịch UBMTTQ huyện": a membership written without its committee
    // belongs to the committee of the level the person's next title names.
    void complete_committee_memberships(std::vector<std::string>& titles) const {
        static const std::string party_committee = "đảng ủy";
        for (std::size_t i = 0; i < titles.size(); ++i) {
            // "Bí thư Đảng ủy, Chủ tịch HĐND phường": the Party committee of the level the next title names.
            if (titles[i].size() > party_committee.size() &&
                titles[i].compare(titles[i].size() - party_committee.size(), party_committee.size(), party_committee) == 0) {
                for (std::size_t j = i + 1; j < titles.size(); ++j) {
                    const std::string committee = committee_named_by(titles[j]);
                    if (committee.empty()) continue;
                    if (committee.rfind(party_committee + " ", 0) == 0)
                        titles[i] += committee.substr(party_committee.size());
                    break;
                }
                continue;
            }
            if (!bare_membership(titles[i])) continue;
            for (std::size_t j = i + 1; j < titles.size(); ++j) {
                const std::string committee = committee_named_by(titles[j]);
                if (committee.empty()) continue;
                titles[i] += " " + committee;
                break;
            }
        }
    }

    // "Bí thư Huyện ủy huyện Bình Chánh": the level word after the committee of
    // that level says nothing more ("bí thư huyện ủy").
    std::vector<std::string> without_repeated_level(std::vector<std::string> titles) const {
        for (std::string& title : titles) {
            for (const auto& [word, committee] : committees_) {
                const std::string tail = " " + committee + " " + word;
                if (title.size() > tail.size() && title.compare(title.size() - tail.size(), tail.size(), tail) == 0) {
                    title.erase(title.size() - word.size() - 1);
                    break;
                }
            }
        }
        return titles;
    }

    static bool bare_membership(const std::string& title) {
        return title == "ủy viên ban thường vụ" || title == "ủy viên ban chấp hành";
    }

    // The committee a title's level names: "... huyện ủy" or "... huyện" -> "huyện ủy".
    std::string committee_named_by(const std::string& title) const {
        for (const auto& [word, committee] : committees_) {
            for (const std::string& tail : {committee, word}) {
                if (title.size() <= tail.size()) continue;
                if (title.compare(title.size() - tail.size(), tail.size(), tail) == 0 &&
                    title[title.size() - tail.size() - 1] == ' ')
                    return committee;
            }
        }
        return "";
    }

    // Level word -> its Party committee, longest word first ("thị xã" before "xã").
    static std::vector<std::pair<std::string, std::string>> load_committees() {
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto& row : read_tsv_rows(data_file("body_levels.tsv"), 2)) out.emplace_back(row[0], row[1]);
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        return out;
    }

    // The role each mention's words give it: the words before it in its sentence
    // ("Dự hội nghị có đồng chí ..."), the words after its titles ("... chủ trì hội
    // nghị", "...:"). Mentions listed together share both.
    std::vector<std::string> roles_of(const std::vector<Token>& tokens, const std::vector<Mention>& mentions) const {
        std::vector<std::string> roles(mentions.size(), "mentioned");
        std::size_t group_begin = 0;
        std::size_t previous_predicate_end = 0;  // words there belong to the mention before
        while (group_begin < mentions.size()) {
            std::size_t group_end = group_begin + 1;
            while (group_end < mentions.size() &&
                   only_list_glue(tokens, mentions[group_end - 1].after, mentions[group_end].first))
                ++group_end;
            const std::size_t lead_from = std::min(
                mentions[group_begin].first,
                std::max(sentence_start(tokens, mentions[group_begin].first), previous_predicate_end));
            const std::size_t lead_to = mentions[group_begin].first;
            const std::size_t predicate_from = mentions[group_end - 1].after;
            std::size_t predicate_to = std::min(tokens.size(), predicate_from + 8);
            if (group_end < mentions.size()) predicate_to = std::min(predicate_to, mentions[group_end].first);
            for (std::size_t k = predicate_from; k < predicate_to; ++k)
                if (is_clause_end(tokens[k]) || tokens[k].surface == ";") {
                    predicate_to = k;
                    break;
                }
            std::string role = cues_.strongest(tokens, lead_from, lead_to);
            const std::string after = cues_.strongest(tokens, predicate_from, predicate_to);
            if (!after.empty()) role = role.empty() ? after : stronger(role, after);
            if (role.empty() && is_token(tokens, predicate_from, ":")) role = "speaker";  // "Name: ..." a quote
            if (role.empty()) role = "mentioned";
            for (std::size_t m = group_begin; m < group_end; ++m) roles[m] = role;
            previous_predicate_end = predicate_to;
            group_begin = group_end;
        }
        return roles;
    }

    // "Chủ tịch Hồ Chí Minh", "Đại tướng Võ Nguyên Giáp": a figure of history
    // named with a bare title. A namesake holding an office today is written
    // with the body he serves ("Phó Chủ tịch UBND huyện Lê Hồng Phong").
    bool historical_figure(const std::string& key, const std::vector<std::string>& titles) const {
        if (!names_.is_historical(key)) return false;
        return std::all_of(titles.begin(), titles.end(),
                           [&](const std::string& t) { return titles_.is_bare_head(t); });
    }

    // Lines that stop mid-sentence and go on in lower case ("... Chủ tịch HĐND\n
    // huyện; ..."), again and again: the text was wrapped at a fixed width.
    static bool hard_wrapped(std::string_view text) {
        constexpr std::size_t kWrappedLines = 5;
        std::size_t wrapped = 0;
        for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
            if (nl == 0 || nl + 1 >= text.size()) continue;
            const char before = text[nl - 1];
            if (before == '\n' || before == '.' || before == ':' || before == ';' || before == '!' || before == '?')
                continue;
            const std::vector<Token> next = tokenize_surfaces(text.substr(nl + 1, 8));
            if (!next.empty() && next[0].word && !next[0].capitalised && !next[0].has_digit) ++wrapped;
        }
        return wrapped >= kWrappedLines;
    }

    // Text in a legacy font decoded with the wrong table carries tone marks at
    // random ("qùỵết"): names read from it would be noise.
    static bool looks_garbled(const std::vector<std::vector<Token>>& unit_tokens) {
        std::size_t words = 0, implausible = 0;
        for (const std::vector<Token>& tokens : unit_tokens)
            for (const Token& token : tokens) {
                if (!token.word || token.has_digit) continue;
                ++words;
                if (!plausible_syllable(token.surface)) ++implausible;
            }
        return implausible >= 5 && implausible * 100 > words;
    }

    static std::size_t sentence_start(const std::vector<Token>& tokens, std::size_t i) {
        while (i > 0 && !is_clause_end(tokens[i - 1])) --i;
        return i;
    }

    static std::size_t sentence_end(const std::vector<Token>& tokens, std::size_t i) {
        while (i < tokens.size() && !is_clause_end(tokens[i])) ++i;
        return i;
    }

    static model::Evidence evidence_of(const model::Document& doc, const std::vector<Token>& tokens,
                                       const Mention& mention) {
        model::Evidence evidence;
        evidence.match = {tokens[mention.name.begin].begin, tokens[mention.name.end - 1].end};
        for (const auto& sentence : doc.sentences) {
            if (sentence.span.begin <= evidence.match.begin && evidence.match.end <= sentence.span.end) {
                evidence.sentence = sentence.span;
                return evidence;
            }
        }
        // No sentence split available: the clause around the mention.
        const std::size_t from = sentence_start(tokens, mention.first);
        std::size_t to = sentence_end(tokens, mention.after > 0 ? mention.after - 1 : 0);
        if (to < tokens.size()) ++to;  // keep the full stop
        evidence.sentence = {tokens[from].begin, tokens[std::max(from + 1, to) - 1].end};
        return evidence;
    }

    // Lower-case names of the places the locality stage found, beside the gazetteer.
    static std::unordered_set<std::string> document_places(const model::Document& doc) {
        std::unordered_set<std::string> places;
        for (const auto& place : doc.places)
            if (!place.ref.name.empty()) places.insert(text::lower(place.ref.name));
        for (const auto& meeting : doc.meetings)
            if (!meeting.locality.name.empty()) places.insert(text::lower(meeting.locality.name));
        return places;
    }

    // The byline may hold several names: "HIỀN THÚY - ĐÌNH HIỆP".
    static std::unordered_set<std::string> byline_names(const model::Document& doc) {
        std::unordered_set<std::string> names;
        const std::vector<Token> tokens = tokenize(doc.author);
        std::size_t begin = 0;
        for (std::size_t i = 0; i <= tokens.size(); ++i) {
            if (i == tokens.size() || !tokens[i].word || tokens[i].key == "và") {
                if (i > begin) names.insert(joined_key(tokens, begin, i));
                begin = i + 1;
            }
        }
        return names;
    }

    // Namesakes across articles are told apart by the province of the meeting.
    static std::string province_of(const model::Document& doc) {
        if (!doc.meetings.empty() && !doc.meetings[0].locality.province_name.empty())
            return doc.meetings[0].locality.province_name;
        for (const auto& place : doc.places)
            if (place.ref.resolved() && !place.ref.province_name.empty() &&
                (doc.context_province_code.empty() || place.ref.province_code == doc.context_province_code))
                return place.ref.province_name;
        if (!doc.context_province_code.empty()) {  // the article's province, known from its site or dateline
            const bool post_2025 = !doc.meetings.empty() && doc.meetings[0].locality.post_2025;
            for (bool era : {post_2025, !post_2025})
                if (const Unit* province = Gazetteer::shared().by_code(doc.context_province_code, era))
                    return province->name;
        }
        return "";
    }

    TitleLexicon titles_;
    const NameLexicon& names_;  // shared: the meeting and officials stages read the same
    RoleCues cues_;
    AppointmentPhrases appointments_;
    std::vector<std::pair<std::string, std::string>> committees_;
};

}  // namespace

std::unique_ptr<Stage> make_officials_stage() { return std::make_unique<OfficialsStage>(); }

}  // namespace baocao::extract
