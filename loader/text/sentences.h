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

// Loads the data files split_sentences reads (otherwise loaded at its first call), so that
// they can load on another thread while a pipeline starts. Never throws: a file that fails
// to load fails again, as before, at the first split.
void preload_sentence_rules() noexcept;

}  // namespace baocao::text
