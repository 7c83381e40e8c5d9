// Targets: figures set for a future period ("phấn đấu ...", "Một số chỉ tiêu
// chủ yếu năm 2022: ...", "kế hoạch năm 2024 ..."), each with its year,
// direction (min / max / eq) and value; a change written with a target
// ("tăng 10,66% so với năm 2025") is a growth target of its own. A goal
// without a figure is kept as text.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "extract/evidence_util.h"
#include "extract/figures.h"
#include "extract/stages.h"

namespace baocao::extract {
namespace {

using figures::ReadFigure;

// A headline repeats a target of the body ("chốt mục tiêu tăng trưởng 9 - 10%"): keep
// one, the one that names what it measures.
void merge_repeats(const model::Document& doc, std::vector<model::Target>& targets) {
    auto in_headline = [&](const model::Target& t) { return is_title(doc, t.evidence.sentence); };
    std::vector<model::Target> kept;
    for (auto& t : targets) {
        auto same = std::find_if(kept.begin(), kept.end(), [&](const model::Target& k) {
            return (in_headline(k) || in_headline(t)) && t.value && k.value && *k.value == *t.value &&
                   k.unit == t.unit && k.year == t.year &&
                   k.direction == t.direction && (k.code == t.code || k.code == "other" || t.code == "other");
        });
        if (same == kept.end()) kept.push_back(std::move(t));
        else if (same->code == "other" && t.code != "other") *same = std::move(t);
    }
    targets = std::move(kept);
}

// "HĐND huyện thông qua dự toán thu ngân sách năm 2020 hơn 2.400 tỷ đồng" over "dự toán thu ngân
// sách năm 2020 là 2.416 tỷ đồng": a headline rounds a target the body gives in full.
void merge_headline_roundings(const model::Document& doc, std::vector<model::Target>& targets) {
    auto rounds_a_body_target = [&](const model::Target& h) {
        if (!h.value || !is_title(doc, h.evidence.sentence)) return false;
        return std::any_of(targets.begin(), targets.end(), [&](const model::Target& b) {
            if (!b.value || is_title(doc, b.evidence.sentence) || b.unit != h.unit || b.year != h.year) return false;
            if (b.code != h.code && h.code != "other") return false;
            return h.value->rounds(*b.value);
        });
    };
    std::vector<model::Target> kept;
    for (auto& t : targets)
        if (!rounds_a_body_target(t)) kept.push_back(std::move(t));
    targets = std::move(kept);
}

class TargetStage : public Stage {
public:
    TargetStage() : reader_(figures::shared_reader()) {}
    const char* name() const override { return "target"; }

    void run(model::Document& doc) const override {
        const model::LocalityRef locality = doc.meetings.empty() ? model::LocalityRef{} : doc.meetings.front().locality;
        const auto scopes = figures::target_scopes(doc, *reader_);
        const int reference = figures::reference_year(doc);
        const auto reviewed = figures::meeting_period(doc);
        std::string fallback_basis;
        const int fallback_year = figures::default_target_year(doc, *reader_, &fallback_basis);
        std::vector<model::Target> targets;
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            const auto& sentence = doc.sentences[i];
            if (sentence.furniture || !scopes[i].scope) continue;
            const auto& scope = *scopes[i].scope;
            std::size_t found = 0;
            for (const auto& f : reader_->read_sentence(doc.text, sentence.span, figures::reference_year(doc))) {
                // A count of targets, or a set's size ("đề ra 20 tiêu chí"), sets no target; criteria to
                // be met ("đến cuối năm xã đạt 16/19 tiêu chí") do.
                if (!figures::set_by_scope(scopes[i], f, reviewed) || f.meta_count || f.set_size) continue;
                ++found;
                int year = reader_->year_before(doc.text, sentence.span.begin, f.number.begin, reference);
                if (const int after = reader_->year_right_after(doc.text, f.span.end); after && after >= reference)
                    year = after;
                if (reference && year < reference) year = 0;
                // The year of the list's own heading ("Một số chỉ tiêu chủ yếu năm 2024: ...") is its scope.
                std::string basis = scope.year && year == scope.year ? "scope" : "written";
                if (!year) {
                    year = scope.year ? scope.year : fallback_year;
                    basis = scope.year ? "scope" : fallback_basis;
                }
                add_figure(targets, f, year, basis, doc, sentence, locality);
            }
            if (!found && scope.goal) add_goal(targets, doc, sentence, scope, fallback_year, fallback_basis, locality);
        }
        merge_repeats(doc, targets);
        merge_headline_roundings(doc, targets);
        spdlog::debug("{}: {} targets", doc.source_name, targets.size());
        doc.targets = std::move(targets);
    }

private:
    std::shared_ptr<const figures::FigureReader> reader_;

    void add_figure(std::vector<model::Target>& targets, const ReadFigure& f, int year, const std::string& year_basis,
                    const model::Document& doc,
                    const model::Sentence& sentence, const model::LocalityRef& locality) const {
        model::Target t;
        t.code = f.code;
        t.label = f.label;
        t.year = year;
        t.year_basis = year_basis;
        t.direction = f.direction;
        t.value = f.value;
        t.unit = f.unit;
        t.text = std::string(doc.slice(f.span));
        t.locality = locality;
        t.evidence = {sentence.span, f.span};
        targets.push_back(t);
        // "..., tăng 10,66% so với năm 2025": the growth that goes with it is a target too.
        for (const auto& c : f.comparisons) {
            if (c.kind != "change_vs_prior") continue;
            model::Target g = t;
            g.code = reader_->growth_code_of(f.code);
            g.direction = c.qualifier.empty() ? "eq" : c.qualifier;
            g.value = c.percent;
            g.unit = "%";
            g.text = std::string(doc.slice(c.span));
            g.evidence = {sentence.span, c.span};
            targets.push_back(g);
        }
    }

    // A goal without a figure ("trở thành thành phố trực thuộc tỉnh vào năm 2025").
    void add_goal(std::vector<model::Target>& targets, const model::Document& doc, const model::Sentence& sentence,
                  const figures::FigureReader::TargetScope& scope, int fallback_year,
                  const std::string& fallback_basis, const model::LocalityRef& locality) const {
        model::Target t;
        t.year = scope.goal_year ? scope.goal_year : (scope.year ? scope.year : fallback_year);
        t.year_basis = scope.goal_year ? "written" : (scope.year ? "scope" : fallback_basis);
        t.direction = "eq";
        const model::Span span{scope.begin, std::min(scope.end, sentence.span.end)};
        t.text = std::string(doc.slice(span));
        t.label = t.text;
        t.locality = locality;
        t.evidence = {sentence.span, span};
        targets.push_back(t);
    }
};

}  // namespace

std::unique_ptr<Stage> make_target_stage() { return std::make_unique<TargetStage>(); }

}  // namespace baocao::extract
