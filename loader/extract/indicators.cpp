// Reported figures: every number with a unit that measures how the locality
// did, with its label, catalog code, qualifier and the comparisons written
// next to it. Figures inside a target's scope are left to the target stage.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

#include "extract/evidence_util.h"
#include "extract/figures.h"
#include "extract/stages.h"
#include "text/dates.h"

namespace baocao::extract {
namespace {

using figures::ReadFigure;

model::IndicatorValue to_indicator(const ReadFigure& f, const model::Sentence& sentence,
                                   const std::optional<model::Period>& period, const model::LocalityRef& locality) {
    model::IndicatorValue v;
    v.code = f.code;
    v.code_basis = f.code_basis;
    v.label = f.label;
    v.value = f.value;
    v.unit = f.unit;
    v.qualifier = f.qualifier;
    v.out_of = f.out_of;
    v.period = f.period ? f.period : period;
    v.locality = locality;
    v.evidence = {sentence.span, f.span};
    for (const auto& c : f.comparisons) {
        model::Comparison mc;
        mc.kind = c.kind;
        mc.percent = c.percent;
        mc.basis = c.basis;
        mc.evidence = {sentence.span, c.span};
        v.comparisons.push_back(std::move(mc));
    }
    return v;
}

// A headline repeats a figure of the body: keep one, the one that says most.
void merge_repeats(std::vector<model::IndicatorValue>& values) {
    std::vector<model::IndicatorValue> kept;
    for (auto& v : values) {
        auto same = std::find_if(kept.begin(), kept.end(), [&](const model::IndicatorValue& k) {
            return k.unit == v.unit && k.value == v.value && (k.code == v.code || k.code == "other" || v.code == "other");
        });
        if (same == kept.end()) {
            kept.push_back(std::move(v));
            continue;
        }
        if (v.comparisons.size() > same->comparisons.size() ||
            (same->code == "other" && v.code != "other" && v.comparisons.size() == same->comparisons.size()))
            *same = std::move(v);
    }
    values = std::move(kept);
}

// "GDP chín tháng tăng 9,1%" above "GDP chín tháng ước đạt 650.000 tỷ đồng, tăng 9,1% so cùng
// kỳ": a bare growth figure equal to the change of the value it is the growth of tells that
// change again.
// Only where headlines and sapo lines stand (the title, the text's first sentence): in the body,
// "nông - lâm - thủy sản tăng 5,7%" after "giá trị ... đạt 630 tỷ, tăng 5,7%" is told twice on purpose.
bool in_headline_place(const model::Document& doc, const model::Span& sentence) {
    if (is_title(doc, sentence)) return true;
    for (const auto& s : doc.sentences) {
        if (s.furniture || is_title(doc, s.span)) continue;
        return s.span.begin == sentence.begin;
    }
    return false;
}

template <typename GrowthCodeOf>
void merge_growth_repeats(const model::Document& doc, std::vector<model::IndicatorValue>& values,
                          const GrowthCodeOf& growth_code_of) {
    auto repeats_a_change = [&](const model::IndicatorValue& v) {
        if (v.unit != "%" || !v.comparisons.empty() || v.code == "other") return false;
        if (!in_headline_place(doc, v.evidence.sentence)) return false;
        return std::any_of(values.begin(), values.end(), [&](const model::IndicatorValue& k) {
            if (&k == &v || k.code == "other" || growth_code_of(k.code) != v.code) return false;
            return std::any_of(k.comparisons.begin(), k.comparisons.end(), [&](const model::Comparison& c) {
                return c.kind == "change_vs_prior" && c.percent == v.value;
            });
        });
    };
    std::vector<bool> drop(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) drop[i] = repeats_a_change(values[i]);
    std::size_t out = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (drop[i]) continue;
        if (out != i) values[out] = std::move(values[i]);
        ++out;
    }
    values.resize(out);
}

// "Thu ngân sách quý I hơn 25,3 ngàn tỷ đồng" over "tổng thu ngân sách ... khoảng 25.315 tỷ
// đồng": a headline rounds a figure the body gives in full; the body's says it.
void merge_headline_roundings(const model::Document& doc, std::vector<model::IndicatorValue>& values) {
    auto rounds_a_body_figure = [&](const model::IndicatorValue& h) {
        if (!is_title(doc, h.evidence.sentence)) return false;
        return std::any_of(values.begin(), values.end(), [&](const model::IndicatorValue& b) {
            if (is_title(doc, b.evidence.sentence) || b.unit != h.unit) return false;
            if (b.code != h.code && h.code != "other") return false;
            return h.value.rounds(b.value);
        });
    };
    std::vector<model::IndicatorValue> kept;
    for (auto& v : values)
        if (!rounds_a_body_figure(v)) kept.push_back(std::move(v));
    values = std::move(kept);
}

// "Huyện Long Điền: Thu ngân sách đạt 103,4% kế hoạch" over "thu ngân sách ... hơn 357 tỷ đồng, đạt
// 103,4% kế hoạch": a headline's share of the plan done is that of a body figure, told again.
// A headline may round it ("Thu ngân sách 4 tháng đạt gần 38% dự toán" over "..., bằng 37,8% dự
// toán") or leave the plan unsaid ("Giải ngân vốn đầu tư công 7 tháng đạt 38,6%" over "giải ngân
// được 3.584 tỷ đồng, đạt 38,6% kế hoạch").
void merge_headline_shares(const model::Document& doc, std::vector<model::IndicatorValue>& values) {
    auto repeats_a_share = [&](const model::IndicatorValue& h) {
        if (h.unit != "%" || !h.comparisons.empty() || h.code == "other") return false;
        if (!in_headline_place(doc, h.evidence.sentence)) return false;
        const double step = is_title(doc, h.evidence.sentence) ? h.value.written_step() : 0.0;
        const double value = h.value.to_double();
        return std::any_of(values.begin(), values.end(), [&](const model::IndicatorValue& b) {
            if (&b == &h || b.code != h.code) return false;
            return std::any_of(b.comparisons.begin(), b.comparisons.end(), [&](const model::Comparison& c) {
                if (c.kind != "ratio_to_plan") return false;
                return c.percent == h.value || std::fabs(c.percent.to_double() - value) < step;
            });
        });
    };
    std::vector<bool> drop(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) drop[i] = repeats_a_share(values[i]);
    std::vector<model::IndicatorValue> kept;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!drop[i]) kept.push_back(std::move(values[i]));
    values = std::move(kept);
}

// A span that ended before the reviewed one began ("năm 2017" in a review of 2018).
bool before_reviewed(const model::Period& written, const model::Period& reviewed) {
    return written.end.iso() < reviewed.start.iso();
}

// Within one review of a year or part of it, a sentence whose first figure is told for an earlier
// single year, and that names no span reaching the one reviewed ("đến cuối năm 2024").
bool tells_an_earlier_year(std::string_view sentence, const std::vector<ReadFigure>& figures,
                           const std::optional<model::Period>& reviewed) {
    if (!reviewed || reviewed->start.year != reviewed->end.year || figures.empty()) return false;
    const auto& first = figures.front().period;
    if (!first || first->start.year != first->end.year || !before_reviewed(*first, *reviewed)) return false;
    const auto mentions = text::find_periods(sentence, first->start.year);
    return std::none_of(mentions.begin(), mentions.end(), [&](const text::PeriodMention& m) {
        return !before_reviewed(m.period, *reviewed);
    });
}

class IndicatorStage : public Stage {
public:
    IndicatorStage() : reader_(figures::shared_reader()) {}
    const char* name() const override { return "indicator"; }

    void run(model::Document& doc) const override {
        const auto period = figures::meeting_period(doc);
        const model::LocalityRef locality = doc.meetings.empty() ? model::LocalityRef{} : doc.meetings.front().locality;
        const auto scopes = figures::target_scopes(doc, *reader_);
        std::vector<model::IndicatorValue> values;
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            const auto& sentence = doc.sentences[i];
            if (sentence.furniture) continue;
            const std::size_t sentence_first = values.size();
            const auto read = reader_->read_sentence(doc.text, sentence.span, figures::reference_year(doc));
            // "Trước đó, năm 2017, tỉnh đã thu ngân sách 5 nghìn tỷ đồng, nhưng tổng chi lên tới 13,5
            // nghìn tỷ đồng" in a review of 2018: a sentence told for an earlier year is history, not
            // the period's (a retrospective that goes on to a later year, "đến cuối năm 2024 ...", is not).
            if (tells_an_earlier_year(doc.slice(sentence.span), read, period)) {
                spdlog::debug("{}: a sentence told for a year before the one reviewed gives no figure", doc.source_name);
                continue;
            }
            for (const auto& f : read) {
                // A target, or the count of targets set ("đề ra 15 chỉ tiêu"); "đạt 16/17 chỉ tiêu" is a result.
                if (figures::set_by_scope(scopes[i], f, period) && !(f.meta_count && f.out_of)) continue;
                if (f.after_directive || f.set_size) continue;
                values.push_back(to_indicator(f, sentence, period, locality));
                continue_indicator(values, sentence_first);
            }
        }
        merge_repeats(values);
        merge_headline_roundings(doc, values);
        merge_headline_shares(doc, values);
        merge_growth_repeats(doc, values, [&](const std::string& code) { return reader_->growth_code_of(code); });
        spdlog::debug("{}: {} indicator values", doc.source_name, values.size());
        doc.indicators = std::move(values);
    }

private:
    // "tổng giá trị sản xuất năm 2020 đạt 332 tỷ, đến cuối năm 2024 đạt 638 tỷ":
    // a figure whose label only says when measures what the one before it did.
    void continue_indicator(std::vector<model::IndicatorValue>& values, std::size_t sentence_first) const {
        if (values.size() < sentence_first + 2) return;
        model::IndicatorValue& last = values.back();
        const model::IndicatorValue& before = values[values.size() - 2];
        if (last.code == "other" && before.code != "other" && before.unit == last.unit &&
            reader_->label_only_says_when(last.label))
        {
            last.code = before.code;
            last.code_basis = "continues: " + before.code;
        }
    }

    std::shared_ptr<const figures::FigureReader> reader_;
};

}  // namespace

std::unique_ptr<Stage> make_indicator_stage() { return std::make_unique<IndicatorStage>(); }

}  // namespace baocao::extract
