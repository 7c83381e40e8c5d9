// A per-thread memory of the last few results of a costly function of a text: the readers of a
// sentence each fold it, the stages of a document each read its times. An entry is reused only
// when the input matches byte for byte (and its tag, a second argument, is equal), so a result
// never outlives the text it was computed from in meaning, only in memory (N entries at most).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace baocao::text {

template <typename Tag, typename Value, std::size_t N>
class RecentResults {
public:
    // The value of compute() for (input, tag), computed again only if none of the last N calls had them.
    template <typename Compute>
    const Value& get(std::string_view input, const Tag& tag, Compute compute) {
        for (const Entry& e : entries_)
            if (e.used && e.input.size() == input.size() && e.tag == tag && e.input == input) return e.value;
        Entry& slot = entries_[next_];
        next_ = (next_ + 1) % N;
        slot.input.assign(input);
        slot.tag = tag;
        slot.value = compute();
        slot.used = true;
        return slot.value;
    }

private:
    struct Entry {
        std::string input;
        Tag tag{};
        Value value{};
        bool used = false;
    };
    std::array<Entry, N> entries_;
    std::size_t next_ = 0;
};

}  // namespace baocao::text
