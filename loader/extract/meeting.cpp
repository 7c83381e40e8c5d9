// Placeholder stage: replaced by the real meeting extraction.
#include "extract/stages.h"

namespace baocao::extract {
namespace {
class MeetingStage : public Stage {
public:
    const char* name() const override { return "meeting"; }
    void run(model::Document&) const override {}
};
}  // namespace

std::unique_ptr<Stage> make_meeting_stage() { return std::make_unique<MeetingStage>(); }

}  // namespace baocao::extract
