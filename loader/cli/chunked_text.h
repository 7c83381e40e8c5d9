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
        close_block();
        std::vector<std::string> out;
        out.swap(blocks_);
        return out;
    }

    static void print(std::ostream& out, const std::vector<std::string>& blocks) {
        for (const auto& block : blocks) out.write(block.data(), static_cast<std::streamsize>(block.size()));
    }

protected:
    // The open block is the put area: a document's JSON is written a few bytes at a time, and
    // bytes that fit are copied there by the stream without a virtual call. A full block is
    // closed and the next one opened here (std::streambuf::xsputn fills blocks through this).
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        close_block();
        blocks_.emplace_back(kBlock, '\0');
        char* begin = &blocks_.back()[0];
        setp(begin, begin + kBlock);
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
        return c;
    }

private:
    // The open block keeps only the bytes written into it.
    void close_block() {
        if (pbase()) blocks_.back().resize(static_cast<std::size_t>(pptr() - pbase()));
        setp(nullptr, nullptr);
    }

    std::vector<std::string> blocks_;
};

}  // namespace baocao::cli
