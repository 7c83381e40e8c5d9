// SentenceReader, the first part: the numbers of a sentence with their units, ranges and
// ratios, and the words around each (qualifiers, verbs, label, the basis after it).
#include "extract/figure_sentence.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/numbers.h"

namespace baocao::extract::figures {

SentenceReader::SentenceReader(const FigureReader::Impl& lex, const FigureReader& reader, std::string_view text,
                               Span sentence, int default_year)
    : lex_(lex),
      reader_(reader),
      text_(text),
      sentence_(sentence),
      default_year_(default_year),
      sentence_words_(sentence_words(text, sentence)),
      words_(*sentence_words_) {}

std::vector<ReadFigure> SentenceReader::read() {
    find_raw_figures();
    classify();
    mark_directives();
    return std::move(out_);
}

// The figure starting at word i is a percentage whose basis is a plan ("9,8% dự toán").
bool SentenceReader::share_of_plan_at(std::size_t i) const {
    for (const auto& r : raws_)
        if (r.first == i) return r.unit == "%" && read_basis_after(r.last).kind == "plan";
    return false;
}

bool SentenceReader::is_connective(std::size_t i, std::size_t& len) const {
    static const char* roles[] = {"estimate", "more_than", "less_than", "about", "up", "down", "ratio",
                                  "exceed", "plan_basis", "prior_basis", "compare", "filler", "min", "max",
                                  "share_basis"};
    len = 0;
    for (const char* role : roles) len = std::max(len, lex_.cue_at(words_, i, role));
    return len > 0;
}

// "Kết luận hội nghị, đồng chí ... yêu cầu ...": what follows is asked for.
void SentenceReader::mark_directives() {
    for (std::size_t k = 0; k < words_.size(); ++k) {
        if (!lex_.cue_at(words_, k, "directive")) continue;
        // "đáp ứng yêu cầu phát triển", "theo yêu cầu": a requirement met, nobody asks.
        if (k > 0 && lex_.cue_ending_at(words_, k, "not_directive_before")) continue;
        for (auto& f : out_)
            if (f.number.begin > words_[k].begin) f.after_directive = true;
        return;
    }
}

// -------------------------------------------------- finding numbers --

// "tăng bình quân 5 năm 11,6%", "Tổng thu ngân sách 9 tháng 20,8 tỷ đồng": a percentage or an
// amount of money right after "năm" or "tháng" is a figure of those years or months, no year
// or month ("năm 2023", "tháng 10") being followed by one.
bool SentenceReader::rate_after_years(std::size_t i) const {
    const Word& w = words_[i];
    const std::string& before = words_[i - 1].text;
    if ((before != "năm" && before != "tháng") || w.kind != Word::Kind::number) return false;
    if (before == "năm" && is_year_like(w.number)) return false;
    const std::string kind = lex_.unit_at(words_, i + 1).kind;
    return kind == "percent" || kind == "money";
}

// "Dự kỳ họp có đại diện Thường trực Huyện ủy, ... lãnh đạo hai Ban HĐND 14 xã, thị trấn": a
// sentence that opens listing guests counts those present, not what the locality did.
bool SentenceReader::lists_guests() const {
    constexpr std::size_t kOpeningWords = 6;  // "Tham dự kỳ họp thứ 7 có"
    if (words_.empty() || !lex_.cue_at(words_, 0, "attendance")) return false;
    for (std::size_t k = 1; k < std::min(words_.size(), kOpeningWords); ++k)
        if (words_[k].text == "có") return true;
    return false;
}

// "trên 1 ha", "mỗi ha", "/1 ha": one hectare after "trên" (per), "mỗi" or a slash, the unit an
// amount is measured by.
bool SentenceReader::per_hectare_at(std::size_t i, const UnitMatch& unit) const {
    if (unit.unit != "ha" || !(words_[i].number == Decimal{1, 0}) || i == 0) return false;
    const Word& before = words_[i - 1];
    if (is_punct(before, "/")) return true;
    if (before.text != "trên" && before.text != "mỗi") return false;
    // "Diện tích đạt trên 1 ha": more than one hectare.
    const std::size_t verb = i - 1;
    return !(lex_.cue_ending_at(words_, verb, "ratio") || lex_.cue_ending_at(words_, verb, "estimate") ||
             (verb > 0 && (words_[verb - 1].text == "được" || words_[verb - 1].text == "là")));
}

void SentenceReader::find_raw_figures() {
    const std::vector<bool> in_vote = vote_clauses();
    const bool guests = lists_guests();
    bool per_hectare = false;  // the next amount is per hectare
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if (per_hectare && is_punct(words_[i], ",;.")) per_hectare = false;
        const Word& w = words_[i];
        const bool digit_number = w.kind == Word::Kind::number;
        if (!digit_number && !w.word_number) continue;
        if (in_vote[i]) continue;  // "với 53 phiếu (76,81%)": ballots
        if (i > 0 && is_punct(words_[i - 1], "/") ) continue;               // tail of a date or ratio
        if (i > 0 && lex_.cue_ending_at(words_, i, "not_figure_before") &&
            !lex_.cue_ending_at(words_, i, "per_period") &&  // "năm 2022", "số 02"; not "mỗi năm 2,1%"
            !rate_after_years(i))
            continue;
        if (in_not_figure_clause(i)) continue;  // "thành lập trên cơ sở sáp nhập 2 xã", "số phiếu đạt 100%"
        if (ends_a_span_of_years(i)) continue;  // "Nhiệm kỳ 2020 - 2025 Đảng bộ xã đề ra ..."
        if (i > 0 && words_[i - 1].kind == Word::Kind::letters && words_[i - 1].end == w.begin) continue;
        const Decimal number = digit_number ? w.number : *w.word_number;
        UnitMatch unit = lex_.unit_at(words_, i + 1);
        std::size_t after = i + 1 + unit.length;
        if (!digit_number && unit.kind != "count") continue;  // number words count things only
        // "đến cuối năm xã đạt 16/19 tiêu chí": "năm" after these is the year, not five.
        if (!digit_number && w.text == "năm" && lex_.cue_ending_at(words_, i, "year_before")) continue;
        if (unit.length && lex_.cue_at(words_, after, "not_figure_after")) continue;  // "100% đại biểu tán thành"
        if (unit.kind == "percent" && share_in_brackets(i, after)) continue;  // "đạt 289 tỷ đồng (8,69%)"
        // (The members the delegates stand for, "đại diện cho 1.345 đảng viên", are the party's size.)
        if (guests && unit.kind == "count" && !lex_.cue_ending_at(words_, i, "stands_for")) continue;
        if (unit.kind == "count" && lex_.cue_at(words_, i + 1, "member_noun") && body_named_before(i))
            continue;  // "bầu Ban Chấp hành 55 người", "Ban Thường vụ gồm 15 đồng chí": who was elected
        if (unit.length && (national_before(i) || prior_value_before(i, unit.kind == "percent"))) continue;
        // "Giá trị sản xuất trên 1 ha đất trồng trọt đạt 160 triệu đồng": one hectare is what the
        // amount after it is per, no figure.
        if (per_hectare_at(i, unit)) {
            per_hectare = true;
            continue;
        }
        // "giảm từ 3,5% xuống còn 2,8%": the old level is not a figure of this period.
        if (unit.length && i > 0 && lex_.cue_ending_at(words_, i, "from_level") &&
            lex_.cue_at(words_, after, "to_level"))
            continue;
        // A ratio: "16/64 công trình", "376,7 tỷ/609,1 tỷ đồng". Without a unit after it, a date.
        if (after < words_.size() && is_punct(words_[after], "/") && number_word(after + 1) &&
            words_[after].begin == words_[after - 1].end) {
            UnitMatch second = lex_.unit_at(words_, after + 2);
            if (second.length == 0) {
                i = after + 1;
                continue;
            }
            RawFigure f;
            f.first = i;
            f.last = after + 2 + second.length;
            const UnitMatch& own = unit.length ? unit : second;
            f.value = text::scale_by_power_of_ten(number, own.power);
            f.unit = own.unit;
            f.kind = own.kind;
            f.noun = own.noun.empty() ? second.noun : own.noun;
            f.out_of = text::scale_by_power_of_ten(words_[after + 1].number, second.power);
            raws_.push_back(f);
            i = f.last - 1;
            continue;
        }
        if (i + 1 < words_.size() && is_punct(words_[i + 1], "/") && number_word(i + 2)) {
            i += 2;  // a date "22/6" or "31/5/2017"
            continue;
        }
        // A range: "7,5 - 8%", "từ 7,5 đến 8%".
        if (unit.length == 0 && i + 2 < words_.size() &&
            (is_punct(words_[i + 1], "-") || words_[i + 1].text == "đến") && number_word(i + 2)) {
            UnitMatch high = lex_.unit_at(words_, i + 3);
            if (high.length && !is_year_like(number)) {
                RawFigure low;
                low.first = i;
                low.last = i + 1;
                low.value = text::scale_by_power_of_ten(number, high.power);
                low.unit = high.unit;
                low.kind = high.kind;
                low.noun = high.noun;
                low.range = -1;
                raws_.push_back(low);
                continue;
            }
        }
        if (unit.length == 0 && digit_number) {
            RawFigure f;
            if (compound_amount(i, number, f)) {
                raws_.push_back(f);
                i = f.last - 1;
                continue;
            }
        }
        if (unit.length == 0) {
            if (digit_number && forgotten_percent(i)) {
                RawFigure f;
                f.first = i;
                f.last = i + 1;
                f.value = number;
                f.unit = "%";
                f.kind = "percent";
                f.percent_missing = true;
                raws_.push_back(f);
            }
            continue;
        }
        RawFigure f;
        f.first = i;
        f.last = after;
        f.value = text::scale_by_power_of_ten(number, unit.power);
        // "12 tỷ 500 triệu đồng": a smaller amount follows a bare scale word.
        if (unit.kind == "money" && unit.noun.empty() && number_word(after)) {
            const UnitMatch rest = lex_.unit_at(words_, after + 1);
            if (rest.length && rest.unit == unit.unit && rest.power < unit.power) {
                if (auto sum = add(f.value, text::scale_by_power_of_ten(words_[after].number, rest.power))) {
                    f.value = *sum;
                    f.last = after = after + 1 + rest.length;
                }
            }
        }
        f.unit = unit.unit;
        f.kind = unit.kind;
        f.noun = unit.noun;
        if (per_hectare && f.kind == "money" && f.unit.find('/') == std::string::npos) f.unit += "/ha";
        per_hectare = false;
        if (!raws_.empty() && raws_.back().range == -1 && raws_.back().first + 2 == i) f.range = 1;
        // "từ 62 triệu đồng đến 64 triệu đồng"; for rates also "chiếm 32,7% đến 32,9%", the
        // low end below the high one.
        const bool from_before = !raws_.empty() && raws_.back().first > 0 && words_[raws_.back().first - 1].text == "từ";
        const bool rising_rates = !raws_.empty() && f.unit == "%" && raws_.back().value.to_double() < f.value.to_double();
        // "10% - 10,5%/năm": a dash between two rates, the low one first, joins them alike.
        const bool joined = i > 0 && (words_[i - 1].text == "đến" ? (from_before || rising_rates)
                                                                  : is_punct(words_[i - 1], "-") && rising_rates);
        if (!raws_.empty() && raws_.back().range == 0 && raws_.back().unit == f.unit &&
            raws_.back().last + 1 == i && joined) {
            raws_.back().range = -1;
            f.range = 1;
        }
        raws_.push_back(f);
        i = after - 1;
    }
}

// Whether a cue of `role` ends within the 8 words before word i, with no punctuation between
// but that of `crossable` (e.g. ":" or "()", each a character that may stand alone as a word).
bool SentenceReader::cue_shortly_before(std::size_t i, const char* role, std::string_view crossable) const {
    for (std::size_t end = i, steps = 0; end > 0 && steps < 8; --end, ++steps) {
        const Word& w = words_[end - 1];
        if (w.kind == Word::Kind::punct && (w.text.size() != 1 || crossable.find(w.text[0]) == std::string_view::npos))
            return false;
        if (lex_.cue_ending_at(words_, end, role)) return true;
    }
    return false;
}

// The clauses (between commas, semicolons, colons) that tell a vote of confidence: "lấy phiếu
// tín nhiệm đối với 28 người", "nhận được 44 phiếu “tín nhiệm cao” (tỷ lệ 89,8%)", "với cùng 9
// phiếu (tỷ lệ 18,37%)". Their counts and shares are ballots, none a figure of the locality; the
// clause beside ("thông qua 11 nghị quyết, đồng thời bỏ phiếu tín nhiệm ...") keeps its own.
std::vector<bool> SentenceReader::vote_clauses() const {
    std::vector<bool> in_vote(words_.size(), false);
    bool after_vote = false;
    for (std::size_t begin = 0; begin < words_.size();) {
        std::size_t end = begin;
        // "với số phiếu 246/247, đạt 99,6%": the share the next clause gives is the ballots' too.
        const std::size_t ratio = after_vote ? lex_.cue_at(words_, begin, "ratio") : 0;
        bool vote = ratio > 0 && begin + ratio < words_.size() && words_[begin + ratio].kind == Word::Kind::number;
        for (; end < words_.size(); ++end) {
            const Word& w = words_[end];
            if (is_punct(w, ",") || is_punct(w, ";") || is_punct(w, ":") || is_punct(w, ".")) break;
            vote = vote || lex_.cue_at(words_, end, "vote") ||
                   (end > 0 && words_[end - 1].kind == Word::Kind::number && lex_.cue_at(words_, end, "ballot_unit"));
        }
        if (vote) std::fill(in_vote.begin() + static_cast<std::ptrdiff_t>(begin),
                            in_vote.begin() + static_cast<std::ptrdiff_t>(end), true);
        after_vote = vote && end < words_.size() && is_punct(words_[end], ",");
        begin = end + 1;
    }
    return in_vote;
}

// "nông, lâm, thủy sản đạt 289 tỷ đồng (8,69%)": a bare percentage in brackets right after
// an amount is that amount's share of a whole (the economy's structure), no figure of its own.
bool SentenceReader::share_in_brackets(std::size_t i, std::size_t after) const {
    if (i < 1 || !is_punct(words_[i - 1], "(") || after >= words_.size() || !is_punct(words_[after], ")")) return false;
    if (!raws_.empty() && raws_.back().last == i - 1 && !raws_.back().unit.empty() && raws_.back().unit != "%")
        return true;
    // "Nữ 07 đồng chí (14%)": the share of the members of a body elected, counted as people.
    const std::size_t member = lex_.cue_ending_at(words_, i - 1, "member_noun");
    return member > 0 && i - 1 >= member + 1 && number_word(i - 1 - member - 1);
}

// Whether a not_figure_clause cue stands a few words before word i, with no
// punctuation between: what a unit was formed from, a vote.
bool SentenceReader::in_not_figure_clause(std::size_t i) const {
    return cue_shortly_before(i, "not_figure_clause", ":");  // "Lượt xem: 473"
}

// "2020 - 2025", "2021-2025": the number at word i closes a span of years opened just before.
bool SentenceReader::ends_a_span_of_years(std::size_t i) const {
    if (i < 2 || words_[i].kind != Word::Kind::number || words_[i - 2].kind != Word::Kind::number) return false;
    const Word& dash = words_[i - 1];
    if (!(is_punct(dash, "-") || is_punct(dash, "–") || is_punct(dash, "—"))) return false;
    const double first = words_[i - 2].number.to_double(), last = words_[i].number.to_double();
    return is_year_like(words_[i - 2].number) && is_year_like(words_[i].number) && last > first && last - first <= 10;
}

// Whether a body_size cue (a committee: "ban chấp hành", "ban thường vụ") stands a few words
// before word i, with nothing but brackets between: the count after it is the body's size.
bool SentenceReader::body_named_before(std::size_t i) const { return cue_shortly_before(i, "body_size", "()"); }

// Word index before the words that may stand between a comparison and the
// figure it names: "(", "là", "mức", "chỉ", qualifiers ("cả nước (6,5%)",
// "so với năm 2020 là khoảng 45 triệu đồng").
std::size_t SentenceReader::skip_back_to_named(std::size_t i) const {
    for (int hops = 0; hops < 4 && i > 0; ++hops) {
        const Word& w = words_[i - 1];
        if (is_punct(w, "(") || w.text == "là" || w.text == "mức" || w.text == "chỉ" || w.text == "ở") {
            --i;
            continue;
        }
        const std::size_t len = std::max({lex_.cue_ending_at(words_, i, "about"), lex_.cue_ending_at(words_, i, "more_than"),
                                          lex_.cue_ending_at(words_, i, "less_than")});
        if (!len) break;
        i -= len;
    }
    return i;
}

// The nation's figure, not the locality's: "cao hơn mức trung bình của cả nước (5,05%)".
// So is one told with its own verb: "(GDP cả nước tăng 4,24%)".
bool SentenceReader::national_before(std::size_t i) const {
    std::size_t j = skip_back_to_named(i);
    if (j > 0 && lex_.cue_ending_at(words_, j, "national")) return true;
    const std::size_t verb = std::max({lex_.cue_ending_at(words_, j, "up"), lex_.cue_ending_at(words_, j, "down"),
                                       lex_.cue_ending_at(words_, j, "ratio")});
    return verb && j > verb && lex_.cue_ending_at(words_, j - verb, "national");
}

// The earlier period's amount in a comparison: "so với năm 2020 (là 45 triệu đồng)",
// "so với cùng kỳ là 380 tỷ đồng": no figure of this period.
// So is one in brackets beside the earlier period, with or without "so với": "thấp hơn tỷ lệ cùng
// kỳ năm 2018 (24,5%)", "(cùng kỳ năm trước 6,41%)". Only that form holds for a percentage: in
// "tăng so với cùng kỳ 10%" the percentage is the change.
bool SentenceReader::prior_value_before(std::size_t i, bool percent) const {
    std::size_t j = skip_back_to_named(i);
    bool bracket_between = false;
    for (std::size_t k = j; k < i; ++k) bracket_between = bracket_between || is_punct(words_[k], "(");
    bool year = false, prior = false;
    for (int parts = 0; parts < 3; ++parts) {  // "cùng kỳ", "năm trước", "năm 2018" in any order
        if (!year && j >= 2 && year_of(words_[j - 1]) && words_[j - 2].text == "năm") {
            j -= 2;
            year = true;
        } else if (std::size_t len = lex_.cue_ending_at(words_, j, "prior_basis")) {
            j -= len;
            prior = true;
        } else {
            break;
        }
    }
    if (!year && !prior) return false;
    const std::size_t basis = j;
    if (j > 0 && words_[j - 1].text == "với") --j;
    if (!percent && j > 0 && lex_.cue_ending_at(words_, j, "compare")) return true;
    return prior && (bracket_between || (basis > 0 && is_punct(words_[basis - 1], "(")));
}

bool SentenceReader::times_ten(Decimal& d) {
    if (__builtin_mul_overflow(d.unscaled, 10, &d.unscaled)) return false;
    ++d.scale;
    return true;
}

// a + b exactly, at the finer of the two scales; nullopt when that does not fit in 64 bits.
std::optional<Decimal> SentenceReader::add(Decimal a, Decimal b) {
    while (a.scale < b.scale)
        if (!times_ten(a)) return std::nullopt;
    while (b.scale < a.scale)
        if (!times_ten(b)) return std::nullopt;
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a.unscaled, b.unscaled, &sum)) return std::nullopt;
    return Decimal{sum, a.scale};
}

bool SentenceReader::compound_amount(std::size_t i, const Decimal& number, RawFigure& f) const {
    if (i + 2 >= words_.size() || !number_word(i + 2)) return false;
    // A one-word scale row ("triệu", "nghìn", "tỷ") at word i + 1, looked up in the units' index.
    int scale = -1;
    if (const auto rows = lex_.units_by_first.find(words_[i + 1].text); rows != lex_.units_by_first.end())
        for (const std::size_t k : rows->second)
            if (lex_.units[k].scale && lex_.units[k].tokens.size() == 1) scale = lex_.units[k].power;
    if (scale < 0) return false;
    const UnitMatch rest = lex_.unit_at(words_, i + 3);
    if (rest.length == 0 || rest.kind == "percent") return false;
    const Decimal& second = words_[i + 2].number;
    std::optional<Decimal> value;
    if (rest.power < scale) {
        value = add(text::scale_by_power_of_ten(number, scale), text::scale_by_power_of_ten(second, rest.power));
    } else if (scale == 3 && rest.power >= 6 && second.to_double() < 1000) {
        // "11 nghìn 700 tỷ": eleven thousand seven hundred of the scale after.
        if (const auto whole = add(text::scale_by_power_of_ten(number, 3), second))
            value = text::scale_by_power_of_ten(*whole, rest.power);
    }
    if (!value) return false;
    f.first = i;
    f.last = i + 3 + rest.length;
    f.value = *value;
    f.unit = rest.unit;
    f.kind = rest.kind;
    f.noun = rest.noun;
    return true;
}

// "bằng 39,7 kế hoạch": a ratio verb before, a plan or prior basis right after.
bool SentenceReader::forgotten_percent(std::size_t i) const {
    if (i + 1 >= words_.size()) return false;
    const bool basis_after = lex_.cue_at(words_, i + 1, "plan_basis") || lex_.cue_at(words_, i + 1, "prior_basis") ||
                             (lex_.cue_at(words_, i + 1, "compare") && words_[i + 1].text == "so");
    if (!basis_after) return false;
    std::size_t j = i;
    for (int hops = 0; hops < 3 && j > 0; ++hops) {
        if (lex_.cue_ending_at(words_, j, "ratio") || lex_.cue_ending_at(words_, j, "exceed")) return true;
        std::size_t q = std::max({lex_.cue_ending_at(words_, j, "more_than"), lex_.cue_ending_at(words_, j, "about"),
                                  lex_.cue_ending_at(words_, j, "less_than")});
        if (!q) break;
        j -= q;
    }
    return false;
}

// ------------------------------------------------- reading the gap --

SentenceReader::Gap SentenceReader::read_gap(std::size_t begin, std::size_t end) const {
    Gap g;
    g.begin = begin;
    g.end = end;
    // Qualifier and direction right before the number.
    for (const char* role : {"more_than", "less_than", "about"}) {
        if (lex_.cue_ending_at(words_, end, role) && g.qualifier.empty()) g.qualifier = role;
    }
    const std::size_t max_len = lex_.cue_ending_at(words_, end, "max");
    const std::size_t min_len = lex_.cue_ending_at(words_, end, "min");
    if (max_len || min_len) g.direction = max_len >= min_len ? "max" : "min";
    // The verb: the nearest change/ratio word, past qualifiers and fillers.
    std::size_t j = end;
    bool leveling = false;
    for (int hops = 0; hops < 5 && j > begin; ++hops) {
        bool found = false;
        for (const char* role : {"up", "down", "ratio", "exceed", "share"}) {
            const std::size_t len = lex_.cue_ending_at(words_, j, role);
            if (len && j - len >= begin) {
                g.verb = role;
                g.verb_word = j - len;
                found = true;
                break;
            }
        }
        if (found) break;
        std::size_t skip = 0;
        for (const char* role : {"more_than", "less_than", "about", "estimate", "filler", "max", "min"}) {
            const std::size_t len = lex_.cue_ending_at(words_, j, role);
            if (len > skip && j - len >= begin) skip = len;
        }
        if (!skip) skip = average_ending_at(j, begin);
        if (!skip && j == end && range_from_before(end)) skip = 1;
        if (!skip) break;
        for (const char* role : {"max", "less_than"})
            if (lex_.cue_ending_at(words_, j, role)) leveling = true;
        j -= skip;
    }
    // "GRDP tăng bình quân hằng năm đạt 6,4%": the change verb before the average
    // says what "đạt" reports.
    if (g.verb == "ratio") {
        std::size_t v = g.verb_word, skipped = 0;
        while (std::size_t len = average_ending_at(v, begin)) {
            v -= len;
            ++skipped;
        }
        for (const char* role : {"up", "down"}) {
            const std::size_t len = lex_.cue_ending_at(words_, v, role);
            if (skipped && len && v - len >= begin) {
                g.verb = role;
                g.verb_word = v - len;
                break;
            }
        }
    }
    if ((g.verb == "up" || g.verb == "down") && leveling) g.leveled = true;
    if (g.qualifier.empty())
        for (std::size_t k = begin; k < end; ++k)
            if (lex_.cue_at(words_, k, "estimate")) g.qualifier = "estimate";
    // Is there a label, or only verbs, qualifiers and comparison words?
    std::size_t k = begin;
    bool after_compare = false;
    while (k < end) {
        const Word& w = words_[k];
        // A remark in brackets ("(theo giá so sánh 2010)") does not separate a figure from its comparisons.
        if (is_punct(w, "(")) {
            std::size_t close = k + 1;
            while (close < end && !is_punct(words_[close], ")")) ++close;
            if (close < end) {
                k = close + 1;
                continue;
            }
        }
        // "đạt và vượt so với kế hoạch đã đề ra, nổi bật như: GRDP tăng 8,57%": a colon ends the
        // basis; the words after it are the next figure's.
        if (is_punct(w, ":") && after_compare) {
            after_compare = false;
            g.basis_kind.clear();
            g.basis.clear();
        }
        if (w.kind == Word::Kind::punct) {
            ++k;
            continue;
        }
        if (w.kind == Word::Kind::number && k > begin && words_[k - 1].text == "năm") {
            ++k;
            continue;
        }
        if (w.text == "năm" && number_word(k + 1)) {
            ++k;
            continue;
        }
        std::size_t len = 0;
        if (k + 1 == end && range_from_before(end)) {
            ++k;
            continue;
        }
        if (lex_.cue_at(words_, k, "compare")) after_compare = true;
        if (std::size_t plan = lex_.cue_at(words_, k, "plan_basis"); plan && after_compare) {
            g.basis_kind = "plan";
            g.basis = basis_text(k, end);
        }
        if (is_connective(k, len)) {
            k += len;
            continue;
        }
        // "..., chiếm 9,8% dự toán": a share of the plan joins the figure before it, as "đạt" would.
        if (std::size_t share = lex_.cue_at(words_, k, "share"); share && k + share == end && share_of_plan_at(end)) {
            k += share;
            continue;
        }
        if (after_compare && !g.basis_kind.empty()) {  // "so dự toán HĐND huyện giao đạt"
            ++k;
            continue;
        }
        g.label_empty = false;
        break;
    }
    // The label: the gap without leading joiners and trailing verbs/qualifiers.
    std::size_t lb = begin, le = end;
    while (lb < le) {
        std::size_t len = 0;
        if (words_[lb].kind == Word::Kind::punct) { ++lb; continue; }
        if ((len = lex_.cue_at(words_, lb, "subordinate")) || (len = lex_.cue_at(words_, lb, "filler"))) {
            lb += len;
            continue;
        }
        if (words_[lb].text == "cụ" || words_[lb].text == "thể" || words_[lb].text == "theo" ||
            words_[lb].text == "đó") {
            ++lb;
            continue;
        }
        break;
    }
    // After "trong đó" the label is what follows it: before it, the previous figure's words.
    for (std::size_t k = lb; k < end; ++k)
        if (std::size_t len = lex_.cue_at(words_, k, "subordinate")) lb = std::max(lb, k + len);
    if (!g.verb.empty() && g.verb_word >= lb) le = std::min(le, g.verb_word);
    while (le > lb) {
        if (words_[le - 1].kind == Word::Kind::punct) { --le; continue; }
        if (le == end && range_from_before(end)) { --le; continue; }
        std::size_t len = 0;
        for (const char* role : {"more_than", "less_than", "about", "estimate", "filler", "ratio", "up", "down",
                                 "exceed", "share", "min", "max"})
            len = std::max(len, lex_.cue_ending_at(words_, le, role));
        if (!len || le - len < lb) break;
        le -= len;
    }
    g.label_begin = lb;
    g.label_end = le;
    return g;
}

// "tăng từ 8,5% đến 9%": the "từ" before word `number` opens a range of rates, a
// joiner like the fillers. ("giá tăng từ 10.000 đến 30.000 đồng/kg" may be levels.)
bool SentenceReader::range_from_before(std::size_t number) const {
    if (number == 0 || words_[number - 1].text != "từ") return false;
    for (const auto& r : raws_)
        if (r.first == number) return r.range < 0 && r.unit == "%";
    return false;
}

// Length of the average words ending at word `end` ("bình quân hằng năm", "5
// năm", a comma before them: "tăng cao, bình quân 15,7%"), 0 if none.
std::size_t SentenceReader::average_ending_at(std::size_t end, std::size_t begin) const {
    if (std::size_t len = lex_.cue_ending_at(words_, end, "average"); len && end - len >= begin) {
        if (end - len > begin && is_punct(words_[end - len - 1], ",")) ++len;
        return len;
    }
    if (end >= begin + 2 && words_[end - 1].text == "năm" && number_word(end - 2)) return 2;
    return 0;
}

// The basis as written: from word k to a separator, a verb, "và" or a figure.
std::string SentenceReader::basis_text(std::size_t k, std::size_t limit) const {
    std::size_t e = basis_end(k, limit);
    if (e <= k) return "";
    return std::string(text_.substr(words_[k].begin, words_[e - 1].end - words_[k].begin));
}

std::size_t SentenceReader::basis_end(std::size_t k, std::size_t limit) const {
    std::size_t e = k;
    int count = 0;
    constexpr int kLongestBasis = 14;  // words: "dự toán tỉnh giao và dự toán HĐND thị xã giao"
    while (e < limit && count < kLongestBasis) {
        const Word& w = words_[e];
        if (w.kind == Word::Kind::punct && !is_punct(w, "-")) break;
        // "dự toán tỉnh giao và dự toán HĐND thị xã giao", "dự toán của tỉnh và Nghị quyết của thị xã":
        // one share of two plans; "và" before other words opens the next figure's label.
        const bool and_another_plan = w.text == "và" && lex_.cue_at(words_, e + 1, "plan_basis") &&
                                      lex_.cue_at(words_, k, "plan_basis");
        if (e > k && (lex_.cue_at(words_, e, "up") || lex_.cue_at(words_, e, "down") ||
                      lex_.cue_at(words_, e, "ratio") || lex_.cue_at(words_, e, "exceed") ||
                      (w.text == "và" && !and_another_plan) || w.text == "trong"))
            break;
        if (starts_figure(e)) break;
        ++e;
        ++count;
    }
    while (e > k && is_punct(words_[e - 1], "-")) --e;
    return e;
}

bool SentenceReader::starts_figure(std::size_t word) const {
    for (const auto& r : raws_)
        if (r.first == word) return true;
    return false;
}

std::size_t SentenceReader::next_figure_start(std::size_t after) const {
    for (const auto& r : raws_)
        if (r.first >= after) return r.first;
    return words_.size();
}

// "so với tháng 9/2020" in a report on October 2020, "so với tháng trước" (sequential_basis): the
// month before, a comparison no analyst's kind holds. A month of an earlier year is the same
// period last year ("so với tháng 10/2019"): a prior basis.
bool SentenceReader::names_earlier_month_of_year(std::size_t k) const {
    if (k + 1 >= words_.size() || words_[k].text != "tháng" || words_[k + 1].kind != Word::Kind::number) return false;
    if (year_of(words_[k + 1])) return false;
    for (std::size_t j = k + 2; j < std::min(words_.size(), k + 5); ++j)
        if (const int year = year_of(words_[j])) return default_year_ && year == default_year_;
    return true;
}

// The one count code whose counted things are `noun` (indicator_catalog.tsv), "" when none or several.
std::string SentenceReader::sole_code_counting(const std::string& noun) const {
    std::string found;
    for (const auto& [code, nouns] : lex_.code_counts) {
        if (!nouns.count(noun)) continue;
        if (!found.empty()) return "";
        found = code;
    }
    return found;
}

// The code's phrasing "<noun> ... <verb>" ("chỉ tiêu ... đạt") whose verb (a ratio or exceed cue:
// "đạt", "vượt", "hoàn thành") stands after word k in its clause, however far.
bool SentenceReader::met_in_clause(const std::string& code, const std::string& noun, std::size_t k) const {
    for (std::size_t j = k; j < words_.size(); ++j) {
        if (is_punct(words_[j], ";.")) return false;
        const std::size_t len = std::max(lex_.cue_at(words_, j, "ratio"), lex_.cue_at(words_, j, "exceed"));
        if (!len) continue;
        std::vector<std::string> verb;
        for (std::size_t v = j; v < j + len; ++v) verb.push_back(words_[v].text);
        const std::string said = join(verb);
        for (const Phrasing& p : lex_.phrasings) {
            if (p.code != code) continue;
            const auto gap = std::find(p.tokens.begin(), p.tokens.end(), "...");
            if (gap == p.tokens.end()) continue;
            if (join({p.tokens.begin(), gap}) == noun && join({gap + 1, p.tokens.end()}) == said) return true;
        }
    }
    return false;
}

// The nation's figure is named within a few words after word k ("gấp 1,16 lần bình quân cả nước").
bool SentenceReader::national_after(std::size_t k) const {
    const std::size_t stop = std::min(next_figure_start(k), std::min(words_.size(), k + 5));
    for (std::size_t j = k; j < stop; ++j) {
        if (words_[j].kind == Word::Kind::punct) return false;
        if (lex_.cue_at(words_, j, "national")) return true;
    }
    return false;
}

// The end of "tháng 9/2020", "tháng 9 năm 2020" from where the basis reader stopped.
std::size_t SentenceReader::month_basis_end(std::size_t k) const {
    const std::size_t stop = std::min(words_.size(), k + 4);
    while (k < stop && (words_[k].kind == Word::Kind::number || is_punct(words_[k], "/") || words_[k].text == "năm")) ++k;
    return k;
}

bool SentenceReader::clause_ends_before_next_figure(std::size_t k) const {
    const std::size_t next = next_figure_start(k);
    for (std::size_t j = k; j < next && j < words_.size(); ++j)
        if (is_punct(words_[j], ";.")) return true;
    // No figure after it: the sentence's end closes the clause ("... đạt 36,6% dự toán năm…").
    return next >= words_.size();
}

// Every figure after word k up to the clause's end (";", ".") is a percentage change told right after
// its verb ("tăng 7,5%"), with no subject of its own.
bool SentenceReader::only_percentages_follow_in_clause(std::size_t k) const {
    std::size_t clause_end = words_.size();
    for (std::size_t j = k; j < words_.size(); ++j)
        if (is_punct(words_[j], ";.")) {
            clause_end = j;
            break;
        }
    bool any = false;
    for (const auto& r : raws_) {
        if (r.first < k || r.first >= clause_end) continue;
        if (r.unit != "%") return false;
        if (!lex_.cue_ending_at(words_, r.first, "up") && !lex_.cue_ending_at(words_, r.first, "down")) return false;
        any = true;
    }
    return any;
}

// "bằng 86% lượng khách cùng kỳ năm 2019", "bằng 98% sản lượng cùng kỳ": the subject told again
// (a few plain words) before the earlier period. Returns where that period's words start, else 0.
std::size_t SentenceReader::prior_basis_after_subject(std::size_t k, std::size_t limit) const {
    constexpr std::size_t kSubjectWords = 3;
    for (std::size_t j = k; j < std::min({limit, words_.size(), k + kSubjectWords + 1}); ++j) {
        if (j > k && lex_.cue_at(words_, j, "prior_basis")) return j;
        if (words_[j].kind != Word::Kind::letters || lex_.cue_at(words_, j, "plan_basis") ||
            lex_.cue_at(words_, j, "share_basis") || lex_.cue_at(words_, j, "compare"))
            return 0;
    }
    return 0;
}

SentenceReader::BasisAfter SentenceReader::read_basis_after(std::size_t k) const {
    BasisAfter b;
    b.end = k;
    const std::size_t limit = next_figure_start(k);
    bool compare = false;
    if (k < words_.size() && is_punct(words_[k], "%")) ++k;  // "55 %" split by a space is a unit already
    // "đạt từ 113,2% trở lên so với năm 2016": the qualifier stands before the basis.
    if (std::size_t len = std::max(lex_.cue_at(words_, k, "min_after"), lex_.cue_at(words_, k, "max_after"));
        len && lex_.cue_at(words_, k + len, "compare"))
        k += len;
    if (std::size_t len = lex_.cue_at(words_, k, "compare")) {
        compare = true;
        k += len;
        if (k < words_.size() && words_[k].text == "với") ++k;
    }
    if (k >= words_.size() || k >= limit) return b;
    if (lex_.cue_at(words_, k, "plan_basis")) b.kind = "plan";
    else if (compare && (lex_.cue_at(words_, k, "sequential_basis") || names_earlier_month_of_year(k))) b.kind = "sequential";
    else if (lex_.cue_at(words_, k, "prior_basis")) b.kind = "prior";
    else if (lex_.cue_at(words_, k, "share_basis")) b.kind = "share";
    else if (compare && words_[k].kind != Word::Kind::punct) b.kind = "prior";
    else if (const std::size_t prior = prior_basis_after_subject(k, limit)) {
        b.kind = "prior";
        k = prior;
    }
    if (b.kind.empty()) return b;
    b.end = basis_end(k, limit);
    b.text = b.end > k ? std::string(text_.substr(words_[k].begin, words_[b.end - 1].end - words_[k].begin)) : "";
    return b;
}

// Words after a figure's unit that describe it ("đảng viên mới", "công
// trình chuyển tiếp đã hoàn thành"): up to a separator or the next figure.
std::size_t SentenceReader::description_end(std::size_t k, bool stop_at_verbs) const {
    const std::size_t limit = next_figure_start(k);
    std::size_t e = k;
    while (e < limit && e < words_.size()) {
        const Word& w = words_[e];
        if (w.kind == Word::Kind::punct && !is_punct(w, "-")) break;
        // "đạt 556 tỷ đồng và chi ngân sách 453 tỷ đồng": "và" opens the next figure's
        // label, and so does "nâng tổng số đảng viên lên 4.100" (opens_label).
        if (stop_at_verbs && (lex_.cue_at(words_, e, "up") || lex_.cue_at(words_, e, "down") ||
                              lex_.cue_at(words_, e, "ratio") || lex_.cue_at(words_, e, "exceed") ||
                              lex_.cue_at(words_, e, "compare") || lex_.cue_at(words_, e, "opens_label") ||
                              w.text == "và"))
            break;
        ++e;
    }
    return e;
}

}  // namespace baocao::extract::figures
