// Officials read from the real articles of ../shared, scored against the gold
// files the way ../shared/eval/score.py does: a person matches on the exact
// (normalised) name; each gold position must be a substring of the person's
// titles joined with "; ". Skipped when ../shared is not beside the repository.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "extract/pipeline.h"
#include "text/normalize.h"

namespace {

namespace fs = std::filesystem;

// Just enough JSON for the gold files: objects, arrays, strings, numbers, literals.
struct Json {
    enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
    std::string text;
    std::vector<Json> items;
    std::map<std::string, Json> fields;

    const Json* get(const std::string& key) const {
        const auto it = fields.find(key);
        return it == fields.end() ? nullptr : &it->second;
    }
};

class JsonReader {
public:
    explicit JsonReader(const std::string& s) : s_(s) {}

    Json value() {
        space();
        Json v;
        if (peek() == '{') {
            v.kind = Json::Kind::object;
            ++i_;
            for (space(); peek() != '}'; space()) {
                const std::string key = string();
                space();
                expect(':');
                v.fields[key] = value();
                space();
                if (peek() == ',') ++i_;
                space();
            }
            ++i_;
        } else if (peek() == '[') {
            v.kind = Json::Kind::array;
            ++i_;
            for (space(); peek() != ']'; space()) {
                v.items.push_back(value());
                space();
                if (peek() == ',') ++i_;
                space();
            }
            ++i_;
        } else if (peek() == '"') {
            v.kind = Json::Kind::string;
            v.text = string();
        } else {
            const std::size_t start = i_;
            while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' ||
                                      s_[i_] == '-' || s_[i_] == '+'))
                ++i_;
            v.text = s_.substr(start, i_ - start);
            v.kind = v.text == "null" ? Json::Kind::null
                     : (v.text == "true" || v.text == "false") ? Json::Kind::boolean
                                                                : Json::Kind::number;
        }
        return v;
    }

private:
    char peek() const {
        if (i_ >= s_.size()) throw std::runtime_error("unexpected end of JSON");
        return s_[i_];
    }
    void space() {
        while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
    }
    void expect(char c) {
        if (peek() != c) throw std::runtime_error(std::string("JSON: expected ") + c);
        ++i_;
    }
    std::string string() {
        expect('"');
        std::string out;
        while (peek() != '"') {
            char c = s_[i_++];
            if (c == '\\') {
                const char e = s_[i_++];
                if (e == 'n') c = '\n';
                else if (e == 't') c = '\t';
                else if (e == 'u') {  // gold files are UTF-8; \u escapes only for BMP code points
                    const unsigned cp = std::stoul(s_.substr(i_, 4), nullptr, 16);
                    i_ += 4;
                    if (cp < 0x80) out += static_cast<char>(cp);
                    else if (cp < 0x800) {
                        out += static_cast<char>(0xC0 | (cp >> 6));
                        out += static_cast<char>(0x80 | (cp & 0x3F));
                    } else {
                        out += static_cast<char>(0xE0 | (cp >> 12));
                        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                        out += static_cast<char>(0x80 | (cp & 0x3F));
                    }
                    continue;
                } else c = e;
            }
            out += c;
        }
        ++i_;
        return out;
    }

    const std::string& s_;
    std::size_t i_ = 0;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Score {
    int tp = 0, fp = 0, fn = 0, positions_ok = 0, positions = 0;
    double f1() const {
        const double p = tp + fp ? double(tp) / (tp + fp) : 1.0;
        const double r = tp + fn ? double(tp) / (tp + fn) : 1.0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    double position_accuracy() const { return positions ? double(positions_ok) / positions : 1.0; }
};

Score score_officials(const fs::path& gold_dir, const fs::path& text_dir) {
    static const baocao::extract::Pipeline pipeline;
    Score score;
    for (const auto& entry : fs::directory_iterator(gold_dir)) {
        if (entry.path().extension() != ".json") continue;
        const std::string gold_text = slurp(entry.path());
        const Json gold = JsonReader(gold_text).value();
        const Json* meeting = gold.get("meeting");
        if (!meeting || meeting->kind == Json::Kind::null) continue;  // officials of non-reports are not scored
        const std::string source = gold.get("source_name")->text;
        const auto doc = pipeline.read(source, (text_dir / source).string(), slurp(text_dir / source));

        std::map<std::string, std::string> predicted;  // name -> titles joined
        for (const auto& o : doc.officials) {
            std::string joined;
            for (const auto& t : o.titles) joined += (joined.empty() ? "" : "; ") + baocao::text::lower(t);
            predicted[baocao::text::lower(o.full_name)] = joined;
        }
        std::map<std::string, const Json*> expected;
        if (const Json* officials = gold.get("officials"))
            for (const auto& o : officials->items) expected[baocao::text::lower(o.get("name")->text)] = &o;
        for (const auto& [name, o] : expected) {
            const auto found = predicted.find(name);
            if (found == predicted.end()) {
                ++score.fn;
                WARN(source << ": missed official " << name);
                continue;
            }
            ++score.tp;
            if (const Json* positions = o->get("positions"))
                for (const auto& p : positions->items) {
                    ++score.positions;
                    if (found->second.find(baocao::text::lower(p.text)) != std::string::npos) ++score.positions_ok;
                    else WARN(source << ": " << name << " lacks position " << p.text);
                }
        }
        for (const auto& [name, titles] : predicted)
            if (!expected.count(name)) {
                ++score.fp;
                WARN(source << ": extra official " << name << " (" << titles << ")");
            }
    }
    return score;
}

const fs::path kShared = fs::path(BAOCAO_SOURCE_DIR) / ".." / "shared";

}  // namespace

TEST_CASE("officials against the gold of the seeds and of the corpus", "[corpus][officials]") {
    if (!fs::is_directory(kShared / "eval" / "gold")) {
        WARN("../shared not found: corpus scoring skipped");
        return;
    }
    spdlog::set_level(spdlog::level::warn);
    const Score seeds = score_officials(kShared / "eval" / "gold", kShared / "seeds");
    const Score corpus = score_officials(kShared / "eval" / "gold-corpus", kShared / "corpus");
    INFO("seeds: F1 " << seeds.f1() << ", positions " << seeds.position_accuracy());
    INFO("corpus: F1 " << corpus.f1() << ", positions " << corpus.position_accuracy());
    CHECK(seeds.f1() >= 0.95);
    CHECK(seeds.position_accuracy() >= 0.9);
    CHECK(corpus.f1() >= 0.95);
    CHECK(corpus.position_accuracy() >= 0.9);
}
