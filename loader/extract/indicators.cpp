// Reported figures: every number with a unit that measures how the locality
// did, with its label, catalog code, qualifier and the comparisons written
// next to it. Figures inside a target's scope are left to the target stage.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "extract/figures.h"
#include "extract/stages.h"

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
            for (const auto& f : reader_->read_sentence(doc.text, sentence.span, figures::reference_year(doc))) {
                // A target, or the count of targets set ("đề ra 15 chỉ tiêu"); "đạt 16/17 chỉ tiêu" is a result.
                if (figures::set_by_scope(scopes[i], f) && !(f.meta_count && f.out_of)) continue;
                if (f.after_directive || f.set_size) continue;
                values.push_back(to_indicator(f, sentence, period, locality));
                continue_indicator(values, sentence_first);
            }
        }
        merge_repeats(values);
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
