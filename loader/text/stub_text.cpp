// Temporary stand-ins until the text layer lands (replaced by normalize.cpp etc.).
#include "text/normalize.h"
#include "text/numbers.h"
#include "text/sentences.h"
namespace baocao::text {
Normalized normalize(std::string_view raw) { Normalized n; n.text = std::string(raw); return n; }
std::string fold(std::string_view s) { return std::string(s); }
std::string canonical_tones(std::string_view s) { return std::string(s); }
std::string lower(std::string_view s) { return std::string(s); }
std::size_t char_offset(std::string_view, std::size_t b) { return b; }
std::string sha256_hex(std::string_view) { return ""; }
std::vector<model::Sentence> split_sentences(std::string_view) { return {}; }
std::optional<model::Decimal> parse_number(std::string_view) { return std::nullopt; }
std::string format_number(const model::Decimal& d) { return d.to_string(); }
model::Decimal scale_by_power_of_ten(model::Decimal d, int e) { d.scale -= e; return d; }
std::vector<NumberToken> find_numbers(std::string_view) { return {}; }
}
