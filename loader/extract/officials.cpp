// Placeholder stage: replaced by the real officials extraction.
#include "extract/stages.h"

namespace baocao::extract {
namespace {
class OfficialsStage : public Stage {
public:
    const char* name() const override { return "officials"; }
    void run(model::Document&) const override {}
};
}  // namespace

std::unique_ptr<Stage> make_officials_stage() { return std::make_unique<OfficialsStage>(); }

}  // namespace baocao::extract
