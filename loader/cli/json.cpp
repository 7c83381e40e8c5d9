#include "cli/json.h"

#include <cstdio>

namespace baocao::cli {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                       : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    return length;
}

// Runs of bytes that need no escape (the most of any text) are appended whole, through
// append(const char*, std::size_t).
template <typename Append>
void escape_with(std::string_view value, Append append) {
    append("\"", 1);
    std::size_t plain_from = 0;
    for (std::size_t i = 0; i < value.size();) {
        const char c = value[i];
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (byte >= 0x80) {
            if (const std::size_t length = utf8_sequence_length(value, i); length > 0) {
                i += length;
                continue;
            }
        }
        append(value.data() + plain_from, i - plain_from);
        switch (c) {
            case '"': append("\\\"", 2); break;
            case '\\': append("\\\\", 2); break;
            case '\n': append("\\n", 2); break;
            case '\r': append("\\r", 2); break;
            case '\t': append("\\t", 2); break;
            case '\b': append("\\b", 2); break;
            case '\f': append("\\f", 2); break;
            default:
                if (byte < 0x20) {
                    char buffer[8];
                    const int n = std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                    append(buffer, static_cast<std::size_t>(n));
                } else {
                    append("\\ufffd", 6);  // a byte of no valid UTF-8 sequence
                }
        }
        ++i;
        plain_from = i;
    }
    append(value.data() + plain_from, value.size() - plain_from);
    append("\"", 1);
}

}  // namespace

std::string JsonWriter::escape(std::string_view value) {
    std::string out;
    out.reserve(value.size() + 2);
    escape_with(value, [&](const char* s, std::size_t n) { out.append(s, n); });
    return out;
}

// A document's JSON is mostly strings: they are escaped straight into the stream's buffer.
void JsonWriter::write_escaped(std::string_view value) {
    std::streambuf& buffer = *out_.rdbuf();
    escape_with(value, [&](const char* s, std::size_t n) {
        if (n > 0) buffer.sputn(s, static_cast<std::streamsize>(n));
    });
}

void JsonWriter::newline_indent() {
    if (!pretty_) return;
    out_ << '\n';
    for (std::size_t k = 0; k < levels_.size(); ++k) out_ << "  ";
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    if (levels_.back().items++ > 0) out_ << ',';
    newline_indent();
}

void JsonWriter::begin_object() {
    before_value();
    out_ << '{';
    levels_.push_back({true, 0});
}

void JsonWriter::end_object() {
    const bool had_items = levels_.back().items > 0;
    levels_.pop_back();
    if (had_items) newline_indent();
    out_ << '}';
}

void JsonWriter::begin_array() {
    before_value();
    out_ << '[';
    levels_.push_back({false, 0});
}

void JsonWriter::end_array() {
    const bool had_items = levels_.back().items > 0;
    levels_.pop_back();
    if (had_items) newline_indent();
    out_ << ']';
}

void JsonWriter::key(std::string_view name) {
    before_value();
    write_escaped(name);
    out_ << (pretty_ ? ": " : ":");
    after_key_ = true;
}

void JsonWriter::string(std::string_view value) {
    before_value();
    write_escaped(value);
}

void JsonWriter::string_or_null(std::string_view value) {
    if (value.empty()) null();
    else string(value);
}

void JsonWriter::number_literal(std::string_view literal) {
    before_value();
    out_ << literal;
}

void JsonWriter::integer(long long value) {
    before_value();
    out_ << value;
}

void JsonWriter::boolean(bool value) {
    before_value();
    out_ << (value ? "true" : "false");
}

void JsonWriter::null() {
    before_value();
    out_ << "null";
}

}  // namespace baocao::cli
