// A small streaming JSON writer (no JSON library is in the project's set).
// Strings are escaped per RFC 8259; invalid UTF-8 becomes U+FFFD so the
// output always parses.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::cli {

class JsonWriter {
public:
    JsonWriter(std::ostream& out, bool pretty) : out_(out), pretty_(pretty) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view name);

    void string(std::string_view value);
    void string_or_null(std::string_view value);  // "" -> null
    void number_literal(std::string_view literal);  // already valid JSON ("8.1")
    void integer(long long value);
    void boolean(bool value);
    void null();

    static std::string escape(std::string_view value);  // with the quotes

private:
    struct Level {
        bool is_object;
        std::size_t items;
    };
    void before_value();
    void write_escaped(std::string_view value);  // escape(value), written to out_
    void newline_indent();

    std::ostream& out_;
    bool pretty_;
    bool after_key_ = false;
    std::vector<Level> levels_;
};

}  // namespace baocao::cli
