// libFuzzer target: any bytes through the decoder and the whole extraction
// pipeline (scripts/fuzz runs it). Crashes, sanitizer reports and broken
// invariants (evidence outside the text, a sentence that does not hold its
// match) are findings.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <spdlog/spdlog.h>

#include "extract/pipeline.h"
#include "text/decode.h"

namespace {

void check_span(const baocao::model::Document& doc, const baocao::model::Evidence& e) {
    if (e.sentence.end > doc.text.size() || e.match.end > doc.text.size()) std::abort();
    if (e.sentence.begin > e.sentence.end || e.match.begin > e.match.end) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);  // the stages' notes would drown the fuzzer's own
        return true;
    }();
    (void)quiet;
    static const baocao::extract::Pipeline pipeline;
    const auto decoded = baocao::text::decode_article(
        std::string_view(reinterpret_cast<const char*>(data), size), 1 << 20);
    if (!decoded.ok()) return 0;
    const auto doc = pipeline.read("fuzz.txt", "fuzz.txt", decoded.text, "https://example.vn/huyen-cam-xuyen-so-ket");
    for (const auto& m : doc.meetings) check_span(doc, m.evidence);
    for (const auto& v : doc.indicators) {
        check_span(doc, v.evidence);
        for (const auto& c : v.comparisons) check_span(doc, c.evidence);
    }
    for (const auto& t : doc.targets) check_span(doc, t.evidence);
    for (const auto& o : doc.officials)
        for (const auto& e : o.evidence) check_span(doc, e);
    return 0;
}
