// An output stream's bytes kept in blocks of bounded size. A document's JSON
// can be many times its text (each fact repeats its sentence); a growing
// std::string would hold up to twice that while it doubles, and str() would
// copy it once more. Blocks are appended and printed as they are.
#pragma once

#include <cstddef>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace baocao::cli {

class ChunkedText : public std::streambuf {
public:
    static constexpr std::size_t kBlock = 64 * 1024;

    // The blocks written so far; the buffer is empty afterwards.
    std::vector<std::string> take() {
        std::vector<std::string> out;
        out.swap(blocks_);
        return out;
    }

    static void print(std::ostream& out, const std::vector<std::string>& blocks) {
        for (const auto& block : blocks) out.write(block.data(), static_cast<std::streamsize>(block.size()));
    }

protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        std::size_t left = static_cast<std::size_t>(n);
        while (left > 0) {
            std::string& block = open_block();
            const std::size_t room = kBlock - block.size();
            const std::size_t part = left < room ? left : room;
            block.append(s, part);
            s += part;
            left -= part;
        }
        return n;
    }

    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        open_block().push_back(traits_type::to_char_type(c));
        return c;
    }

private:
    std::string& open_block() {
        if (blocks_.empty() || blocks_.back().size() >= kBlock) {
            blocks_.emplace_back();
            blocks_.back().reserve(kBlock);
        }
        return blocks_.back();
    }

    std::vector<std::string> blocks_;
};

}  // namespace baocao::cli
