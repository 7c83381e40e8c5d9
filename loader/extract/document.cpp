// Placeholder stage: replaced by the real document extraction.
#include "extract/stages.h"

namespace baocao::extract {
namespace {
class DocumentStage : public Stage {
public:
    const char* name() const override { return "document"; }
    void run(model::Document&) const override {}
};
}  // namespace

std::unique_ptr<Stage> make_document_stage() { return std::make_unique<DocumentStage>(); }

}  // namespace baocao::extract
