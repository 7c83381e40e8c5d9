// Placeholder stage: replaced by the real target extraction.
#include "extract/stages.h"

namespace baocao::extract {
namespace {
class TargetStage : public Stage {
public:
    const char* name() const override { return "target"; }
    void run(model::Document&) const override {}
};
}  // namespace

std::unique_ptr<Stage> make_target_stage() { return std::make_unique<TargetStage>(); }

}  // namespace baocao::extract
