#include "review/format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace baocao::review {

const char* const kFactKinds[6] = {"meeting", "official_mention", "indicator_value",
                                   "indicator_comparison", "target", "place_mention"};

namespace {

// Up to two decimals, without trailing zeros, Vietnamese style (1.234,5).
std::string decimal(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string digits = buffer;
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    if (!digits.empty() && digits.back() == '.') digits.pop_back();
    const auto point = digits.find('.');
    std::string whole = digits.substr(0, point), fraction = point == std::string::npos ? "" : digits.substr(point + 1);
    std::string grouped;
    const std::size_t sign = !whole.empty() && whole[0] == '-' ? 1 : 0;
    for (std::size_t i = sign; i < whole.size(); ++i) {
        if (i > sign && (whole.size() - i) % 3 == 0) grouped += '.';
        grouped += whole[i];
    }
    return whole.substr(0, sign) + grouped + (fraction.empty() ? "" : "," + fraction);
}

}  // namespace

std::string readable_value(const std::string& value, const std::string& unit) {
    if (value.empty()) return "";
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    if (end == value.c_str()) return value + (unit.empty() ? "" : " " + unit);
    const double size = std::fabs(number);
    if (unit == "VND" && size >= 1e9) return decimal(number / 1e9) + " tỷ đồng";
    if (unit == "VND" && size >= 1e6) return decimal(number / 1e6) + " triệu đồng";
    if (unit == "VND") return decimal(number) + " đồng";
    if (unit == "USD" && size >= 1e6) return decimal(number / 1e6) + " triệu USD";
    if (unit == "%") return decimal(number) + "%";
    if (unit == "count" || unit.empty()) return decimal(number);
    return decimal(number) + " " + unit;
}

std::string kind_label(const std::string& kind) {
    if (kind == "meeting") return "meeting";
    if (kind == "official_mention") return "official";
    if (kind == "indicator_value") return "figure";
    if (kind == "indicator_comparison") return "comparison";
    if (kind == "target") return "target";
    if (kind == "place_mention") return "place";
    return kind;
}

}  // namespace baocao::review
