// Paragraph and sentence split that survives the genre's quirks: photo
// captions on their own line or glued to the next sentence ("chào cờ.Đồng chí"),
// abbreviations (TP., TX., PGS.TS.), numbers with dots and commas.
#pragma once

#include <string_view>
#include <vector>

#include "model/facts.h"

namespace baocao::text {

// Splits normalized text into sentences with byte spans and paragraph numbers.
// Page furniture lines ("Truy cập nội dung luôn", "Liên kết website", view
// counters, comment boxes, share buttons) are returned with furniture = true.
std::vector<model::Sentence> split_sentences(std::string_view text);

}  // namespace baocao::text
