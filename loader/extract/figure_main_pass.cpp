// SentenceReader, the main pass: figures made from the numbers read, comparisons attached to
// the figure they follow or precede, and the period written before a figure.
#include "extract/figure_sentence.h"

#include <algorithm>

#include "text/dates.h"
#include "text/numbers.h"

namespace baocao::extract::figures {

// ---------------------------------------------------- the main pass --

std::string SentenceReader::text_of(std::size_t begin_word, std::size_t end_word) const {
    if (end_word <= begin_word) return "";
    return std::string(text_.substr(words_[begin_word].begin, words_[end_word - 1].end - words_[begin_word].begin));
}

void SentenceReader::classify() {
    int host = -1;               // index in out_ of the figure comparisons attach to
    std::size_t consumed = 0;    // words before this are read
    std::string last_verb;
    std::vector<ReadComparison> pending;  // comparisons written before their figure
    std::size_t pending_window = 0;
    std::string pending_label;  // the label written before those comparisons
    std::size_t figures_before_previous = 0;  // to tell whether the low end of "từ A đến B" made a figure
    std::size_t comparisons_before_previous = 0;  // ... or a comparison of the host
    for (std::size_t r = 0; r < raws_.size(); ++r) {
        const RawFigure& f = raws_[r];
        const bool low_made_figure = r > 0 && raws_[r - 1].range < 0 && out_.size() > figures_before_previous;
        const bool low_made_comparison = r > 0 && raws_[r - 1].range < 0 && !low_made_figure && host >= 0 &&
                                         comparisons_before_previous < out_[host].comparisons.size();
        figures_before_previous = out_.size();
        comparisons_before_previous = host >= 0 ? out_[host].comparisons.size() : 0;
        if (f.range > 0 && low_made_comparison) {
            // "GRDP bình quân đầu người đạt ..., tăng từ 8,5% đến 9% so với năm 2023": the
            // change is a range too, its low end the least, its high end the most.
            ReadComparison& low = out_[host].comparisons.back();
            ReadComparison high = low;
            const BasisAfter basis = read_basis_after(f.last);
            high.percent = low.percent.unscaled < 0 ? negate(f.value) : f.value;
            high.qualifier = "max";
            low.qualifier = "min";
            if (!basis.text.empty()) low.basis = high.basis = basis.text;
            high.span = {words_[f.first].begin, words_[std::max(f.last, basis.end) - 1].end};
            out_[host].comparisons.push_back(high);
            out_[host].span.end = high.span.end;
            consumed = std::max(f.last, basis.end);
            continue;
        }
        if (f.range > 0 && low_made_figure) {
            // The high end of a range reads like its low end.
            ReadFigure high = out_.back();
            high.value = f.value;
            high.direction = "max";
            high.number = {words_[f.first].begin, words_[f.first].end};
            high.span.end = words_[f.last - 1].end;
            high.comparisons.clear();
            out_.push_back(std::move(high));
            host = static_cast<int>(out_.size()) - 1;
            consumed = description_end(f.last, true);
            continue;
        }
        // A ';' ends what a comparison may attach to, but for a clause that is only a change with
        // its basis ("đạt 127 tỷ đồng, bằng 254% dự toán; tăng 189% so với năm 2017"); a ratio
        // there ("; đạt 51,1% nguồn vốn huyện giao (376,9 tỷ/737 tỷ)") waits for the figure after it.
        int before_semicolon = -1;
        for (std::size_t k = consumed; k < f.first; ++k) {
            if (is_punct(words_[k], ";")) {
                if (host >= 0) before_semicolon = host;
                host = -1;
                pending.clear();
                consumed = k + 1;
                last_verb.clear();
            }
        }
        if (consumed > f.first) consumed = f.first;
        const Gap gap = read_gap(consumed, f.first);
        if (host < 0 && before_semicolon >= 0 && gap.label_empty && f.unit == "%" &&
            (gap.verb == "up" || gap.verb == "down") && !read_basis_after(f.last).kind.empty() &&
            out_[before_semicolon].unit != "%")
            host = before_semicolon;
        const bool attachable = host >= 0 && gap.label_empty;
        const std::string verb = !gap.verb.empty() ? gap.verb : (attachable ? last_verb : "");

        // "tăng trưởng đạt 6,75%, cao hơn cùng kỳ năm 2016 là 0,17%": a difference in
        // points from a rate's earlier level, neither a figure nor a comparison.
        if (f.unit == "%" && attachable && out_[host].unit == "%" && gap.verb.empty() && points_difference(gap)) {
            consumed = f.last;
            continue;
        }
        // "9,26% (Kế hoạch 9%)", "213,7 tỷ đồng (KH: 384 tỷ đồng)": the plan's own figure in brackets
        // after the one reported, no figure of the period.
        if (host >= 0 && plan_in_brackets_before(f.first)) {
            consumed = f.last;
            continue;
        }
        if (f.unit == "%") {
            BasisAfter basis = read_basis_after(f.last);
            if (basis.kind.empty() && !gap.basis_kind.empty()) {
                basis.kind = gap.basis_kind;
                basis.text = gap.basis;
            }
            // "tăng 1,59% so tháng trước và tăng 5,74% so cùng kỳ": a change on the month before is
            // no comparison kept; the figure's label reaches the change after it.
            // Standing alone in its clause ("IIP tháng 11 tăng 5,5% so với tháng trước; lũy kế tăng
            // 10%"), it is the month's own growth.
            if (basis.kind == "sequential" && (attachable || !clause_ends_before_next_figure(f.last))) {
                if (attachable) consumed = std::max(f.last, month_basis_end(basis.end));
                continue;
            }
            // "tăng 10% so với kế hoạch" is 110% of plan, not a change on last year.
            const bool change = (verb == "up" || verb == "down") && !gap.leveled && basis.kind != "plan";
            ReadComparison c;
            c.span = {words_[gap.verb.empty() ? f.first : gap.verb_word].begin,
                      words_[std::max(f.last, basis.end) - 1].end};
            c.basis = basis.text;
            c.qualifier = gap.direction.empty() ? qualifier_direction(gap.qualifier) : gap.direction;
            if (change) {
                c.kind = "change_vs_prior";
                c.percent = verb == "down" ? negate(f.value) : f.value;
                if (attachable) {
                    out_[host].comparisons.push_back(c);
                    out_[host].span.end = c.span.end;
                    consumed = std::max(f.last, basis.end);
                    last_verb = verb;
                    continue;
                }
                // A change with no figure before it is a growth figure of its own, of the
                // subject named before any plan ratio ("Giá trị sản xuất đạt 50% KH, tăng 1%");
                // its value is the size of the change ("giảm 5% hộ nghèo" -> 5).
                const std::size_t window = !pending.empty() && gap.label_empty ? pending_window : consumed;
                ReadFigure g = new_figure(gap, f, window, basis.end, /*growth=*/true);
                g.value = f.value;
                // A growth rate of the catalog is signed ("khu vực công nghiệp - xây dựng ước giảm
                // 2,05%" -> -2.05); a fall in a rate keeps its size ("tỷ lệ hộ nghèo giảm 3%").
                if (verb == "down" && lex_.growth_codes.count(g.code)) g.value = negate(f.value);
                host = static_cast<int>(out_.size());
                out_.push_back(std::move(g));
                consumed = std::max(f.last, basis.end);
                last_verb = verb;
                continue;
            }
            // "toàn xã có 115 hộ nghèo, đạt tỷ lệ 2,66%": after a count of such things, a rate is
            // the share they make of the whole, a figure of its own, not a ratio to the count's plan.
            const std::string share_code = verb == "ratio" && attachable && basis.kind.empty() && out_[host].unit == "count"
                                               ? share_subject_between(out_[host].span.begin, f.first)
                                               : std::string();
            if (!share_code.empty()) {
                ReadFigure g = new_figure(gap, f, consumed, description_end(f.last, false), false);
                g.code = share_code;
                g.code_basis = "share_subject";
                host = static_cast<int>(out_.size());
                out_.push_back(std::move(g));
                consumed = description_end(f.last, true);
                last_verb.clear();
                continue;
            }
            const bool ratio_verb = verb == "ratio" || verb == "exceed";
            std::string kind;
            // "chiếm 9,8% dự toán": the share of the plan done is a ratio to it; "chiếm 45% tổng thu" a share.
            if (verb == "share" && basis.kind == "plan" && attachable) kind = "ratio_to_plan";
            else if (verb == "share" || basis.kind == "share") kind = "";
            else if (basis.kind == "plan") kind = "ratio_to_plan";
            else if (basis.kind == "prior") kind = verb == "exceed" ? "change_vs_prior" : "ratio_to_prior";
            else if (ratio_verb && attachable && !f.percent_missing) kind = "ratio_to_plan";
            const bool plan_change = (verb == "up" || verb == "down") && basis.kind == "plan" && !gap.leveled;
            // "Tốc độ tăng trưởng kinh tế ước đạt 5,17% so với cùng kỳ": a growth rate reached,
            // told against the same period, is the rate itself, not 5,17% of last year's level.
            // (A number right before it, "dịch vụ tăng 0 68%", is a typo or another figure: no rate read.)
            const bool number_in_gap = f.first > gap.begin && words_[f.first - 1].kind == Word::Kind::number &&
                                       !year_of(words_[f.first - 1]);
            if (kind == "ratio_to_prior" && (verb == "ratio" || (verb.empty() && !gap.label_empty)) && !attachable &&
                pending.empty() && !number_in_gap) {
                ReadFigure g = new_figure(gap, f, consumed, basis.end, false);
                if (lex_.growth_codes.count(g.code) && g.code_basis.rfind("growth_of", 0) == 0) {
                    host = static_cast<int>(out_.size());
                    out_.push_back(std::move(g));
                    consumed = std::max(f.last, basis.end);
                    last_verb.clear();
                    continue;
                }
                // "tổng giá trị sản xuất đạt 113,2% so với năm 2016" with no amount: a value grown to
                // 113,2% of last year's has grown 13,2%, the growth of the value it names.
                if (f.value.to_double() > 100) {
                    ReadFigure grown = new_figure(gap, f, consumed, basis.end, /*growth=*/true);
                    if (lex_.growth_codes.count(grown.code)) {
                        grown.value = add(f.value, Decimal{-100, 0}).value_or(f.value);
                        host = static_cast<int>(out_.size());
                        out_.push_back(std::move(grown));
                        consumed = std::max(f.last, basis.end);
                        last_verb.clear();
                        continue;
                    }
                }
            }
            if (!kind.empty()) {
                c.kind = kind;
                c.percent = f.value;
                if (kind == "ratio_to_plan" && verb == "exceed" && f.value.to_double() < 100)
                    c.percent = add_hundred(f.value);
                if (plan_change) c.percent = add_hundred(verb == "down" ? negate(f.value) : f.value);
                if (attachable) {
                    out_[host].comparisons.push_back(c);
                    out_[host].span.end = c.span.end;
                } else if (std::optional<ReadFigure> rate = rate_of_plan(gap, f, kind, pending.empty(), consumed, basis.end)) {
                    host = static_cast<int>(out_.size());
                    out_.push_back(std::move(*rate));
                } else {
                    if (pending.empty()) {
                        pending_window = gap.begin;
                        pending_label = gap.label_end > gap.label_begin
                                            ? text_of(label_segment_begin(gap, gap.label_begin), gap.label_end)
                                            : (out_.empty() ? "" : out_.back().label);
                    }
                    pending.push_back(c);
                }
                consumed = std::max(f.last, basis.end);
                last_verb = verb;
                continue;
            }
            if (f.percent_missing) continue;
            // A percentage that is a figure of its own: a rate or a share.
            ReadFigure g = new_figure(gap, f, consumed, description_end(f.last, false), false);
            host = static_cast<int>(out_.size());
            out_.push_back(std::move(g));
            consumed = std::max(f.last, basis.kind == "share" ? basis.end : description_end(f.last, true));
            last_verb.clear();
            continue;
        }

        // "tăng 1,48 lần": a multiple of the earlier period, a ratio to it on the figure
        // before (148%), else a figure of its own ("Doanh thu du lịch tăng gấp 2,1 lần");
        // without a change verb ("3 lần kiểm tra") no figure at all.
        if (f.kind == "times") {
            if (verb != "up") {
                consumed = f.last;
                continue;
            }
            // "tổng giá trị sản xuất tăng 76%, gấp 1,76 lần so với năm 2020": a multiple after a
            // change in percent tells that change again.
            // "gấp 1,16 lần bình quân cả nước": a multiple of the nation's figure, no comparison kept.
            // "gấp 1,47 lần so với năm 2015", "tăng 1,5 lần so với đầu nhiệm kỳ" in a congress of
            // 2020 compare with an earlier period all the same: a ratio to it (147%, 150%).
            if (attachable && (out_[host].unit == "%" || national_after(f.last))) {
                consumed = std::max(f.last, read_basis_after(f.last).end);
                continue;
            }
            if (attachable) {
                ReadComparison c;
                c.kind = "ratio_to_prior";
                c.percent = text::scale_by_power_of_ten(f.value, 2);
                const BasisAfter basis = read_basis_after(f.last);
                c.basis = basis.text;
                c.span = {words_[gap.verb.empty() ? f.first : gap.verb_word].begin,
                          words_[std::max(f.last, basis.end) - 1].end};
                out_[host].comparisons.push_back(c);
                out_[host].span.end = c.span.end;
                consumed = std::max(f.last, basis.end);
                continue;
            }
        }
        // Money, counts, areas...: "tăng 4,02 triệu đồng so với năm 2020" is a difference, not a figure.
        // Not "toàn huyện giảm 683 hộ nghèo": things done away with, counted, with no figure before
        // them and no basis after, are a figure of the period.
        const bool counted_away = gap.verb == "down" && f.unit == "count" && !attachable &&
                                  read_basis_after(f.last).kind.empty();
        if ((gap.verb == "up" || gap.verb == "down") && !gap.leveled && gap.verb_word + 3 >= f.first &&
            f.kind != "times" && !counted_away) {
            consumed = std::max(f.last, read_basis_after(f.last).end);
            continue;
        }
        // "thu nhập bình quân 72,82 triệu đồng/năm, vượt 1,39 triệu đồng": by how much the
        // figure before beat its plan, in its own unit, not a figure (not "7 chỉ tiêu vượt và 11 ...").
        if (gap.verb == "exceed" && attachable && gap.verb_word + 3 >= f.first && out_[host].unit == f.unit &&
            gap.verb_word > 0 && is_punct(words_[gap.verb_word - 1], ",")) {
            consumed = std::max(f.last, read_basis_after(f.last).end);
            continue;
        }
        // The same figure again in brackets ("(792,9 tỷ/1.426,5 tỷ đồng)"): one figure.
        if (gap.label_empty) {
            int same = -1;
            for (std::size_t k = 0; k < out_.size(); ++k)
                if (out_[k].unit == f.unit && out_[k].value == f.value) same = static_cast<int>(k);
            if (same >= 0) {
                for (auto& c : pending) out_[same].comparisons.push_back(c);
                pending.clear();
                consumed = f.last;
                host = same;
                continue;
            }
        }
        // "giá trị sản xuất công nghiệp tăng 35% đạt 1.892 tỷ đồng": the change told before the value
        // it is the change of; one figure, the value, with its change.
        if (attachable && gap.verb == "ratio" && f.unit != "%" && out_[host].growth && out_[host].comparisons.empty() &&
            pending.empty()) {
            const auto value_code = std::find_if(lex_.growth_code.begin(), lex_.growth_code.end(),
                                                 [&](const auto& pair) { return pair.second == out_[host].code; });
            if (value_code != lex_.growth_code.end() && lex_.code_unit.count(value_code->first) &&
                lex_.code_unit.at(value_code->first) == f.unit) {
                ReadFigure value = new_figure(gap, f, consumed, description_end(f.last, false), false);
                ReadComparison change;
                change.kind = "change_vs_prior";
                change.percent = out_[host].value;
                change.span = out_[host].span;
                value.code = value_code->first;
                value.code_basis = "value_of_growth: " + out_[host].code;
                value.label = out_[host].label;
                value.span.begin = out_[host].span.begin;
                value.comparisons.push_back(change);
                out_[host] = std::move(value);
                consumed = description_end(f.last, true);
                last_verb.clear();
                continue;
            }
        }
        const std::size_t window = !pending.empty() && gap.label_empty ? pending_window : consumed;
        ReadFigure g = new_figure(gap, f, window, description_end(f.last, false), false);
        if (!pending.empty() && gap.label_empty) {
            g.comparisons = pending;
            if (!pending_label.empty()) g.label = pending_label;
            g.span.begin = std::min(g.span.begin, pending.front().span.begin);
        }
        pending.clear();
        host = static_cast<int>(out_.size());
        out_.push_back(std::move(g));
        consumed = description_end(f.last, true);
        last_verb.clear();
    }
}

// A change verb, then an earlier period, in a gap without a label: "cao hơn cùng kỳ là".
bool SentenceReader::points_difference(const Gap& gap) const {
    bool changed = false;
    for (std::size_t k = gap.begin; k < gap.end; ++k) {
        if (lex_.cue_at(words_, k, "up") || lex_.cue_at(words_, k, "down")) changed = true;
        else if (changed && (lex_.cue_at(words_, k, "prior_basis") || (words_[k].text == "năm" && year_of_at(k + 1))))
            return true;
    }
    return false;
}

// The label keeps the comma-separated part that names the indicator
// ("Năm 2021, thu ngân sách" -> "thu ngân sách"), else the last part.
std::size_t SentenceReader::label_segment_begin(const Gap& gap, std::size_t phrase_start) const {
    const bool phrase_inside = phrase_start >= gap.label_begin && phrase_start < gap.label_end;
    const std::size_t anchor = phrase_inside ? phrase_start : gap.label_end;
    std::size_t begin = gap.label_begin;
    for (std::size_t k = gap.label_begin; k < anchor; ++k)
        if (is_punct(words_[k], ",:")) begin = k + 1;
    if (begin >= gap.label_end) return gap.label_begin;
    return begin;
}

// A period written in the figure's own clause overrides the meeting's:
// "năm 2022 tổng nguồn vốn ... đạt 141 tỷ đồng", "quý I ... đạt",
// "tính đến ngày 31/5/2017 trên 8 tỷ đồng" (the year up to that day).
// Periods that are a comparison's basis ("so với cùng kỳ năm 2022") do not count.
// The span stands inside a bracket of `window` that closes after it, within the window.
static bool in_closed_bracket(std::string_view window, Span span) {
    const std::size_t open = window.substr(0, span.begin).rfind('('), shut = window.substr(0, span.begin).rfind(')');
    if (open == std::string_view::npos || (shut != std::string_view::npos && shut > open)) return false;
    return window.find(')', span.end) != std::string_view::npos;
}

std::optional<model::Period> SentenceReader::period_written_before(std::size_t begin_word,
                                                                   std::size_t number_word) const {
    if (number_word <= begin_word || number_word > words_.size()) return std::nullopt;
    const std::size_t from = words_[begin_word].begin, to = words_[number_word].begin;
    const std::string_view window = text_.substr(from, to - from);
    std::optional<model::Period> found;
    const auto default_year = default_year_ ? std::optional<int>(default_year_) : std::nullopt;
    for (const auto& mention : text::find_periods(window, default_year)) {
        // "đến cuối năm 2024 là 638 tỷ đồng" in a review of 2020-2025: a year already past
        // is a point reached, not a plan.
        if (mention.forward_looking && (!default_year_ || mention.period.end.year >= default_year_)) continue;
        // "tổ chức Đại hội nhiệm kỳ 2025-2030 và kết nạp 25 đảng viên": a span running past
        // the year reviewed is a term named, not what the figure covers.
        if (default_year_ && mention.period.end.year > default_year_) continue;
        if (compared_at(from + mention.span.begin)) continue;
        // "(theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025), ... cho trên 250 lao động": a span in a
        // bracket closed before the number qualifies what the bracket explains, not the figure.
        if (in_closed_bracket(window, mention.span)) continue;
        found = mention.period;
        // "lũy kế đến tháng 6": from the start of the year to the end of that month.
        if (until_at(from + mention.span.begin)) found->start = {found->end.year, 1, 1};
        if (found->start.month == 1 && found->start.day == 1)
            found->label = text::period_label(found->start, found->end);
    }
    for (const auto& day : text::find_days(window)) {
        if (!day.year) continue;
        if (!until_at(from + day.span.begin)) continue;
        model::Period p;
        p.start = {*day.year, 1, 1};
        p.end = {*day.year, day.month, day.day};
        p.label = text::period_label(p.start, p.end);
        found = p;
    }
    return found;
}

// Whether "đến", "tính đến (ngày)", "lũy kế đến" stands right before a date or month at `byte`.
bool SentenceReader::until_at(std::size_t byte) const {
    const auto w = word_at(byte);
    // The mention may start at its number or at the word "ngày"/"tháng".
    return w < words_.size() &&
           (lex_.cue_ending_at(words_, w, "until_day") || lex_.cue_ending_at(words_, w + 1, "until_day"));
}

std::size_t SentenceReader::word_at(std::size_t byte) const {
    for (std::size_t k = 0; k < words_.size(); ++k)
        if (words_[k].begin >= byte) return k;
    return words_.size();
}

// Whether the words just before a byte offset compare ("so với", "cùng kỳ", "kế hoạch").
bool SentenceReader::compared_at(std::size_t byte) const {
    const std::size_t w = word_at(byte);
    for (std::size_t back = 0; back < 3 && back < w; ++back) {
        const std::size_t end = w - back;
        if (lex_.cue_ending_at(words_, end, "compare") || lex_.cue_ending_at(words_, end, "prior_basis") ||
            lex_.cue_ending_at(words_, end, "plan_basis"))
            return true;
    }
    return false;
}

std::string SentenceReader::qualifier_direction(const std::string& qualifier) {
    if (qualifier == "more_than") return "min";
    if (qualifier == "less_than") return "max";
    return "";
}

Decimal SentenceReader::negate(Decimal d) {
    d.unscaled = -d.unscaled;
    return d;
}

// 100 + d exactly ("vượt 19,3%" of plan is 119,3% of it); d itself when
// that does not fit in 64 bits (a percentage of twenty decimals).
Decimal SentenceReader::add_hundred(Decimal d) {
    return add(d, Decimal{100, 0}).value_or(d);
}

// A count of targets set, not met: "phấn đấu đạt 17 chỉ tiêu", "đề ra 24 chỉ tiêu
// chủ yếu", "thông qua 33 chỉ tiêu chủ yếu" (a target_set word after the noun, no
// result verb before it nor after it in its clause; "đạt và vượt 16 chỉ tiêu chủ
// yếu" and "đề ra 18 chỉ tiêu, trong đó" stay results).
bool SentenceReader::adopted_target_set(const Gap& gap, const RawFigure& f) const {
    std::size_t j = f.first;
    for (int hops = 0; hops < 3 && j > gap.begin; ++hops) {
        std::size_t len = std::max(lex_.cue_ending_at(words_, j, "ratio"), lex_.cue_ending_at(words_, j, "more_than"));
        if (!len) break;
        j -= len;
    }
    if (j > 0 && lex_.cue_ending_at(words_, j, "target")) return true;
    if (gap.verb == "ratio" || gap.verb == "exceed") return false;
    // "nhất trí thông qua 21 chỉ tiêu thực hiện nhiệm vụ ...", "biểu quyết thông qua 15 chỉ tiêu của nghị
    // quyết": the count right after an adopting verb, of the targets themselves.
    if (j > 0 && j == f.first && (lex_.cue_ending_at(words_, j, "adopt") || lex_.cue_ending_at(words_, j, "adopt_count")) &&
        (lex_.cue_ending_at(words_, f.last, "target_noun") || lex_.cue_ending_at(words_, f.last, "task_noun")))
        return true;
    bool set_word = false;
    // A dash joins the words of a label ("chỉ tiêu về kinh tế - xã hội đều đạt"): the clause goes on.
    for (std::size_t k = f.last; k < words_.size() && (words_[k].kind != Word::Kind::punct || is_punct(words_[k], "-"));
         ++k) {
        if (lex_.cue_at(words_, k, "ratio") || lex_.cue_at(words_, k, "exceed")) return false;
        if (k < f.last + 4 && lex_.cue_at(words_, k, "target_set")) set_word = true;
    }
    return set_word;
}

// The gap's label is a year and its words ("năm 2025 dự kiến", "riêng năm 2024"), nothing measured.
bool SentenceReader::label_tells_only_a_time(const Gap& gap) const {
    bool year = false;
    for (std::size_t k = gap.label_begin; k < gap.label_end;) {
        const Word& w = words_[k];
        if (w.kind == Word::Kind::punct || w.text == "năm" || w.text == "riêng" || w.text == "trong") {
            ++k;
            continue;
        }
        if (year_of(w)) {
            year = true;
            ++k;
            continue;
        }
        const std::size_t len = std::max({lex_.cue_at(words_, k, "estimate"), lex_.cue_at(words_, k, "filler"),
                                          lex_.cue_at(words_, k, "target_if_future")});
        if (!len) return false;
        k += len;
    }
    return year;
}

// "Năm 2014 có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số lên 9/25 xã": a label that only
// raises a total (running_total cues) names the total of the figure before it.
bool SentenceReader::label_raises_the_total(const Gap& gap) const {
    bool raises = false;
    std::size_t from = gap.label_begin;  // the label's last clause: after the figure before it
    for (std::size_t k = gap.label_begin; k < gap.label_end; ++k)
        if (is_punct(words_[k], ",;")) from = k + 1;
    for (std::size_t k = from; k < gap.label_end;) {
        if (words_[k].kind == Word::Kind::punct) {
            ++k;
            continue;
        }
        const std::size_t len = lex_.cue_at(words_, k, "running_total");
        if (!len) return false;
        raises = true;
        k += len;
    }
    return raises;
}

// Word `to_word` stands inside a bracket opened after byte `from_byte` and still open, with no
// clause break (";") between.
bool SentenceReader::in_bracket_after(std::size_t from_byte, std::size_t to_word) const {
    for (std::size_t k = to_word; k-- > 0 && words_[k].begin >= from_byte;) {
        if (is_punct(words_[k], "(")) return true;
        if (is_punct(words_[k], ")") || is_punct(words_[k], ";")) return false;
    }
    return false;
}

bool SentenceReader::semicolon_between(std::size_t from_byte, std::size_t to_word) const {
    for (std::size_t k = 0; k < to_word; ++k)
        if (words_[k].begin > from_byte && is_punct(words_[k], ";")) return true;
    return false;
}

// "(Kế hoạch 9%", "(KH: 384 tỷ đồng": a plan word right after an opening bracket stands before
// the number at word i.
// Also further into such a bracket: "(chỉ tiêu Nghị quyết từ 8-9%/năm)", "(Nghị quyết đề ra 2,8 triệu
// tấn, bình quân tăng 3,9%/năm)": every figure of a bracket that opens on a plan word is the plan's,
// unless a ratio verb makes it the result measured against that plan ("(kế hoạch 50 tỷ, đạt 120%)").
// "Thu ngân sách đạt 57,77% dự toán." with no amount in its clause: the share of the plan done
// of a money figure whose rate the catalog reads so (indicator_rates.tsv) is the figure itself,
// in percent. Nothing when a figure may still follow in the clause or the label is another's.
std::optional<ReadFigure> SentenceReader::rate_of_plan(const Gap& gap, const RawFigure& f, const std::string& kind,
                                                      bool nothing_pending, std::size_t consumed,
                                                      std::size_t basis_end) {
    // "thu ngân sách vượt 25% dự toán" tells by how much: the share of the plan is 125%, at least.
    // ("Thu ngân sách đạt 57,77% dự toán, đạt 120 tỷ đồng": the share is the amount's; "... đạt 108,54%
    // so với dự toán, tăng 7,5% so với cùng kỳ": only a change follows, and it is the share's.)
    if (kind != "ratio_to_plan" || !nothing_pending || gap.label_end <= gap.label_begin ||
        !(clause_ends_before_next_figure(f.last) || only_percentages_follow_in_clause(f.last)))
        return std::nullopt;
    ReadFigure g = new_figure(gap, f, consumed, basis_end, false);
    if (!lex_.rate_codes.count(g.code)) return std::nullopt;
    g.code_basis = "rate_of_plan: " + g.code;
    if (gap.verb == "exceed") {
        constexpr double kLargestExcess = 100;  // "vượt 468,9%" means reaching it, not going 468,9% past
        if (f.value.to_double() < kLargestExcess) g.value = add_hundred(f.value);
        g.direction = "min";
    }
    return g;
}

bool SentenceReader::plan_in_brackets_before(std::size_t i) const {
    constexpr std::size_t kLongestPlanBracket = 16;  // words from the bracket to the number
    // "tổng sản lượng lương thực 50.754 tấn/KH 52.663 tấn": the plan after a slash.
    if (const std::size_t len = lex_.cue_ending_at(words_, i, "plan_basis"); len && i > len && is_punct(words_[i - len - 1], "/"))
        return true;
    for (std::size_t k = i; k-- > 0 && i - k <= kLongestPlanBracket;) {
        if (is_punct(words_[k], ")")) return false;
        if (words_[k].text == "đạt" || words_[k].text == "bằng" || words_[k].text == "vượt") return false;
        if (is_punct(words_[k], "(")) return lex_.cue_at(words_, k + 1, "plan_basis") > 0 && !names_later_year(k + 1, i);
    }
    return false;
}

// "(dự toán năm 2017 là 302 tỷ đồng)" in a review of 2016: the plan of a year after the one
// reviewed, a target of its own (words [from, to) name that year).
bool SentenceReader::names_later_year(std::size_t from, std::size_t to) const {
    if (!default_year_) return false;
    for (std::size_t k = from; k < to; ++k)
        if (const int year = year_of(words_[k]); year > default_year_) return true;
    return false;
}

// The code of the share_subject phrase (indicator_share_subjects.tsv) nearest before word
// to_word among the words from byte from_byte on, "" when none stands there.
std::string SentenceReader::share_subject_between(std::size_t from_byte, std::size_t to_word) const {
    std::string code;
    for (std::size_t k = 0; k < to_word; ++k) {
        if (words_[k].begin < from_byte) continue;
        for (const auto& [tokens, subject_code] : lex_.share_subjects)
            if (k + tokens.size() <= to_word && FigureReader::Impl::tokens_at(words_, k, tokens)) code = subject_code;
    }
    return code;
}

// "Tốc độ tăng giá trị sản xuất đạt 12,3%. Trong đó, nông, lâm nghiệp và thủy sản 11,3%, công
// nghiệp - xây dựng 10,6%, dịch vụ 17,4%": a percentage labelled by sector words alone, in a
// sentence opening on "trong đó" or after a growth in it, is that sector's growth.
// The count at f is of party members ("816 đảng viên"), the figure before it a count of party
// units ("52 tổ chức đảng", "25 chi bộ trực thuộc") that "có" opens, with only "và" or a comma
// between: the units and members a party committee has on its rolls.
bool SentenceReader::members_beside_party_units(const RawFigure& f) const {
    if (out_.empty() || out_.back().unit != "count" || f.first + 1 >= words_.size() ||
        !lex_.cue_at(words_, f.first + 1, "party_member"))
        return false;
    // Not "có 12 chi bộ và 30 đảng viên được khen thưởng": the count ends its clause.
    if (f.last < words_.size() && words_[f.last].kind != Word::Kind::punct) return false;
    std::size_t k = f.first;  // back over the joiner
    if (k == 0 || !(words_[k - 1].text == "và" || is_punct(words_[k - 1], ","))) return false;
    --k;
    constexpr int kLongestUnitNoun = 6;  // words: "tổ chức cơ sở đảng trực thuộc"
    for (int hops = 0; k > 0 && words_[k - 1].begin >= out_.back().number.end; ++hops, --k)
        if (hops == kLongestUnitNoun || words_[k - 1].kind == Word::Kind::punct) return false;
    // k: the first word after the units' number
    if (k < 2 || k >= words_.size() || words_[k - 1].begin != out_.back().number.begin) return false;
    return lex_.cue_at(words_, k, "party_unit") && words_[k - 2].text == "có";
}

// "; tăng trưởng bình quân 7,41%": the gap is only "tăng trưởng" (and averaging words), right
// after the start of the sentence or a clause mark.
bool SentenceReader::bare_growth_clause(const Gap& gap) const {
    if (gap.verb != "up" || gap.label_end > gap.label_begin) return false;
    const std::size_t v = gap.verb_word;
    if (v + 1 >= words_.size() || words_[v].text != "tăng" || words_[v + 1].text != "trưởng") return false;
    return v == 0 || is_punct(words_[v - 1], ";") || is_punct(words_[v - 1], ",") || is_punct(words_[v - 1], ":");
}

// Not "Trong đó, công nghiệp - xây dựng chiếm 19,85%": a sector that takes a share is its share.
bool SentenceReader::sector_breakdown_of_growth(const Gap& gap) const {
    if (gap.label_end <= gap.label_begin || gap.verb == "share") return false;
    const bool after_growth = std::any_of(out_.begin(), out_.end(), [&](const ReadFigure& g) {
        return g.growth || lex_.growth_codes.count(g.code) > 0;
    });
    std::size_t first = 0;
    while (first < words_.size() && words_[first].kind == Word::Kind::punct) ++first;
    if (!after_growth && !lex_.cue_at(words_, first, "subordinate")) return false;
    bool sector = false;
    for (std::size_t k = gap.label_begin; k < gap.label_end;) {
        if (words_[k].kind == Word::Kind::punct) {
            ++k;
            continue;
        }
        if (std::size_t len = std::max(lex_.cue_at(words_, k, "joins_sectors"), lex_.cue_at(words_, k, "subordinate"))) {
            k += len;
            continue;
        }
        // "nông, lâm nghiệp", "công nghiệp - xây dựng": the short forms that pair with a sector.
        std::size_t len = lex_.cue_at(words_, k, "short_sector");
        for (const auto& sc : lex_.sector_codes)
            if (FigureReader::Impl::tokens_at(words_, k, sc.sector)) len = std::max(len, sc.sector.size());
        if (!len) return false;  // a word that names no sector: a label of its own
        sector = true;
        k += len;
    }
    return sector;
}

ReadFigure SentenceReader::new_figure(const Gap& gap, const RawFigure& f, std::size_t window_begin,
                                      std::size_t after_end, bool growth) {
    ReadFigure g;
    g.value = f.value;
    g.unit = f.unit;
    g.out_of = f.out_of;
    g.noun = f.noun;
    if (auto meta = lex_.cues.find("meta_count"); meta != lex_.cues.end() && f.unit == "count")
        for (const auto& tokens : meta->second)
            if (join(tokens) == f.noun) g.meta_count = true;
    bool set_noun = false;
    if (auto sets = lex_.cues.find("set_noun"); sets != lex_.cues.end() && f.unit == "count" && !f.out_of)
        for (const auto& tokens : sets->second)
            if (join(tokens) == f.noun) g.set_size = set_noun = true;
    if (g.meta_count && !f.out_of && adopted_target_set(gap, f)) g.set_size = true;
    // "đạt thêm 3 tiêu chí": criteria met on top of those before, a result, not a set's size.
    // So is "đạt thêm từ 02 tiêu chí trở lên".
    const std::size_t before_number = f.first > 0 && words_[f.first - 1].text == "từ" ? f.first - 1 : f.first;
    if (set_noun && lex_.cue_ending_at(words_, before_number, "adds_to")) g.set_size = g.meta_count = false;
    g.growth = growth;
    g.qualifier = gap.qualifier;
    g.number = {words_[f.first].begin, words_[f.first].end};
    const std::size_t code_after = std::max(after_end, f.last);
    // "Tốc độ tăng tổng thu ngân sách ... đạt 10%" is a growth rate, not a share of the plan done.
    bool rate = gap.verb != "share" && !lex_.cue_at(words_, f.last, "share_basis");
    for (std::size_t k = gap.label_begin; k < gap.label_end && rate; ++k)
        if (lex_.cue_at(words_, k, "up") || lex_.cue_at(words_, k, "down")) rate = false;
    // "Tốc độ tăng trưởng giá trị sản xuất nông nghiệp đạt 3,2%": a percentage whose
    // label says growth is the growth of the sector it names.
    bool label_says_growth = false;
    for (std::size_t k = gap.label_begin; k < gap.label_end && f.unit == "%" && !growth; ++k)
        if (lex_.cue_at(words_, k, "up")) label_says_growth = true;
    if (f.unit == "%" && !growth && !label_says_growth && sector_breakdown_of_growth(gap)) label_says_growth = true;
    const CodeMatch match =
        code_for(std::min(window_begin, gap.label_begin), f, code_after, growth || label_says_growth, rate);
    g.code = match.code;
    const std::string sector_word = refine_by_sector(g.code, match, f, growth || label_says_growth);
    const bool rate_of = rate && !growth && !label_says_growth && f.unit == "%" && lex_.rate_codes.count(g.code);
    if (g.code == "other") g.code_basis = "unknown";
    else if (!sector_word.empty()) g.code_basis = "sector_before: " + sector_word;
    else if (growth || label_says_growth) g.code_basis = "growth_of: " + match.phrase;
    else if (rate_of) g.code_basis = "rate_of: " + match.phrase;
    else g.code_basis = "subject: " + match.phrase;
    // The label as written; when nothing stands before the number, what follows it ("80% tổ chức ...").
    if (gap.label_end > gap.label_begin) {
        g.label = text_of(label_segment_begin(gap, match.start_word), gap.label_end);
    } else {
        g.label = text_of(f.last, description_end(f.last, false));
        if (g.label.empty() && f.last > f.first + 1) g.label = text_of(f.first + 1, f.last);
        // A label-less figure continues the previous one's subject ("; đạt 51,1% nguồn vốn huyện giao (...)"),
        // unless it opens a list item, its subject after it ("; 100% trường học đạt chuẩn").
        const bool opens_item = f.first > 0 && is_punct(words_[f.first - 1], ";") && !g.label.empty();
        if (g.code == "other" && !match.names_own_subject && !opens_item && !out_.empty() && out_.back().unit == f.unit &&
            out_.back().growth == growth &&
            (f.unit != "count" || out_.back().noun == f.noun)) {
            g.code = out_.back().code;
            if (g.code != "other") g.code_basis = "continues: " + out_.back().code;
            if (g.label.empty()) g.label = out_.back().label;
        }
    }
    // "kim ngạch xuất khẩu đạt 2 tỷ USD (năm 2015 ước đạt 1,113 tỷ USD)": a bracket right after a
    // figure, naming no subject of its own, tells the same measure at another time; so does a label
    // of time words alone ("GRDP tăng bình quân 6,8%/năm; năm 2025 dự kiến tăng 8%").
    if (g.code == "other" && !match.names_own_subject && !out_.empty() && out_.back().unit == f.unit &&
        out_.back().code != "other" &&
        (in_bracket_after(out_.back().number.end, f.first) || label_tells_only_a_time(gap) ||
         (label_raises_the_total(gap) && (f.unit != "count" || out_.back().noun == f.noun)))) {
        g.code = out_.back().code;
        g.code_basis = "continues: " + out_.back().code;
    }
    // "Quy mô nền kinh tế đạt 312 nghìn tỷ đồng; tăng trưởng bình quân 7,41%/năm": growth told
    // with no subject at all, its clause opening on "tăng trưởng", is the economy's.
    if (g.code == "other" && !match.names_own_subject && f.unit == "%" && bare_growth_clause(gap)) {
        g.code = "economic_growth";
        g.code_basis = "bare_growth";
    }
    // "Đảng bộ xã có 52 tổ chức đảng và 816 đảng viên": members counted right beside the party's
    // units on the rolls are its members in all.
    if (g.code == "other" && f.unit == "count" && !f.out_of && members_beside_party_units(f)) {
        g.code = "party_members_total";
        g.code_basis = "beside_party_units";
    }
    // "19/19 chỉ tiêu Nghị quyết HĐND huyện đề ra có khả năng đạt và vượt kế hoạch": a count out of
    // a whole, of the things one count code alone counts, whose phrasing "chỉ tiêu ... đạt" spans
    // its clause, is that code (the "..." of phrasings reaches a few words only).
    if (g.code == "other" && !match.names_own_subject && f.unit == "count" && f.out_of)
        if (const std::string code = sole_code_counting(f.noun); !code.empty() && met_in_clause(code, f.noun, f.last)) {
            g.code = code;
            g.code_basis = "counted: " + f.noun;
        }
    // "154/182 xã đạt chuẩn nông thôn mới, chiếm 84,6%": the share that count makes.
    const bool share_verb = gap.verb == "share" || lex_.cue_ending_at(words_, f.first, "share");
    if (g.code == "other" && f.unit == "%" && share_verb && !out_.empty() && out_.back().out_of &&
        out_.back().unit == "count" && !semicolon_between(out_.back().number.begin, f.first)) {
        if (auto it = lex_.share_code.find(out_.back().code); it != lex_.share_code.end()) {
            g.code = it->second;
            g.code_basis = "share_of: " + out_.back().code;
        }
    }
    // "toàn xã có 115 hộ nghèo, chiếm tỷ lệ 2,66%", "tỷ lệ hộ nghèo giảm còn 16 hộ, chiếm 0,61%":
    // the share a count of such things makes, by what the count's words say it counts.
    if (g.code == "other" && f.unit == "%" && share_verb && !out_.empty() && out_.back().unit == "count" &&
        !semicolon_between(out_.back().number.begin, f.first))
        if (const std::string code = share_subject_between(out_.back().span.begin, f.first); !code.empty()) {
            g.code = code;
            g.code_basis = "share_subject";
        }
    // Direction as a target reads it.
    g.direction = gap.direction.empty() ? qualifier_direction(gap.qualifier) : gap.direction;
    if (gap.qualifier == "about" || gap.qualifier == "estimate") g.direction = gap.direction;
    // "10%/năm trở lên": the direction follows a per-year rate.
    std::size_t after = f.last;
    if (after + 1 < words_.size() && is_punct(words_[after], "/") && words_[after + 1].text == "năm") after += 2;
    const std::size_t desc = description_end(after, false);
    for (std::size_t k = after; k < desc; ++k) {
        if (lex_.cue_at(words_, k, "min_after")) g.direction = "min";
        if (lex_.cue_at(words_, k, "max_after")) g.direction = "max";
    }
    if (f.range < 0) g.direction = "min";
    if (f.range > 0) g.direction = "max";
    // "giảm tỷ lệ hộ nghèo xuống còn 431 hộ, chiếm tỷ lệ 1,07%": the share a count makes is bounded
    // as the count is.
    if (g.direction.empty() && (g.code_basis == "share_subject" || g.code_basis.rfind("share_of: ", 0) == 0) &&
        !out_.empty())
        g.direction = out_.back().direction;
    if (g.direction.empty()) g.direction = "eq";
    g.period = period_written_before(window_begin, f.first);
    const std::size_t label_start = gap.label_end > gap.label_begin ? gap.label_begin : f.first;
    g.span = {words_[std::min(label_start, f.first)].begin, words_[f.last - 1].end};
    return g;
}

}  // namespace baocao::extract::figures
