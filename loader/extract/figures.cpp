#include "extract/figures.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <mutex>

#include "extract/figure_sentence.h"
#include "extract/figure_words.h"
#include "text/dates.h"

namespace baocao::extract::figures {

FigureReader::FigureReader() {
    auto impl = std::make_shared<Impl>();
    impl->load();
    impl_ = impl;
    spdlog::debug("figures: {} unit words, {} phrasings", impl->units.size(), impl->phrasings.size());
}

std::string FigureReader::growth_code_of(const std::string& code) const {
    if (impl_->growth_codes.count(code)) return code;
    auto it = impl_->growth_code.find(code);
    return it == impl_->growth_code.end() ? "other" : it->second;
}

bool FigureReader::label_only_says_when(std::string_view label) const {
    const auto words = phrase_tokens(std::string(label));
    if (words.empty()) return false;
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        const bool number = std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c) || c == '/' || c == '-'; });
        return number || impl_->time_words.count(w) || text::parse_roman(w);
    });
}

std::vector<ReadFigure> FigureReader::read_sentence(std::string_view text, Span sentence, int default_year) const {
    if (sentence.empty() || sentence.end > text.size()) return {};
    SentenceReader reader(*impl_, *this, text, sentence, default_year);
    return reader.read();
}

std::shared_ptr<const FigureReader> shared_reader() {
    static std::mutex mutex;
    static std::shared_ptr<const FigureReader> reader;
    std::lock_guard<std::mutex> lock(mutex);
    if (!reader) reader = std::make_shared<FigureReader>();
    return reader;
}

std::optional<model::Period> meeting_period(const model::Document& doc) {
    if (doc.meetings.empty()) return std::nullopt;
    return doc.meetings.front().period;
}

int reference_year(const model::Document& doc) {
    if (auto p = meeting_period(doc)) return p->end.year;
    if (!doc.meetings.empty() && doc.meetings.front().held_on) return doc.meetings.front().held_on->year;
    if (doc.published_on) return doc.published_on->year;
    return 0;
}

}  // namespace baocao::extract::figures
