// Placeholder stage: replaced by the real indicator extraction.
#include "extract/stages.h"

namespace baocao::extract {
namespace {
class IndicatorStage : public Stage {
public:
    const char* name() const override { return "indicator"; }
    void run(model::Document&) const override {}
};
}  // namespace

std::unique_ptr<Stage> make_indicator_stage() { return std::make_unique<IndicatorStage>(); }

}  // namespace baocao::extract
