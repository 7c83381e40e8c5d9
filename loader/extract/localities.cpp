// Placeholder stage: replaced by the real locality extraction.
#include "extract/stages.h"

namespace baocao::extract {
namespace {
class LocalityStage : public Stage {
public:
    const char* name() const override { return "locality"; }
    void run(model::Document&) const override {}
};
}  // namespace

std::unique_ptr<Stage> make_locality_stage() { return std::make_unique<LocalityStage>(); }

}  // namespace baocao::extract
