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

}  // namespace

// Runs of bytes that need no escape (the most of any text) are appended whole.
std::string JsonWriter::escape(std::string_view value) {
    std::string out;
    out.reserve(value.size() + 2);
    out += '"';
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
        out.append(value.substr(plain_from, i - plain_from));
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (byte < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                    out += buffer;
                } else {
                    out += "\\ufffd";  // a byte of no valid UTF-8 sequence
                }
        }
        ++i;
        plain_from = i;
    }
    out.append(value.substr(plain_from));
    out += '"';
    return out;
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
    out_ << escape(name) << (pretty_ ? ": " : ":");
    after_key_ = true;
}

void JsonWriter::string(std::string_view value) {
    before_value();
    out_ << escape(value);
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
