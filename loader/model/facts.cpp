#include "model/facts.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace baocao::model {

namespace {
// Moves trailing zeros of the digits into the scale, so equal values compare
// equal. Never multiplies: 9.999.999.999.999.999 tỷ (a negative scale whose
// digits would not fit in 64 bits) stays exact.
Decimal canonical(Decimal d) {
    if (d.unscaled == 0) return Decimal{0, 0};
    while (d.unscaled % 10 == 0) {
        d.unscaled /= 10;
        --d.scale;
    }
    return d;
}
}  // namespace

bool Decimal::operator==(const Decimal& o) const {
    const Decimal a = canonical(*this), b = canonical(o);
    return a.unscaled == b.unscaled && a.scale == b.scale;
}

std::string Decimal::to_string() const {
    const Decimal c = canonical(*this);
    const bool negative = c.unscaled < 0;
    // Work on the magnitude as unsigned so INT64_MIN cannot overflow.
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(c.unscaled)
                                            : static_cast<unsigned long long>(c.unscaled);
    std::string digits = std::to_string(magnitude);
    if (c.scale < 0) digits.append(static_cast<std::size_t>(-c.scale), '0');
    if (c.scale > 0) {
        if (digits.size() <= static_cast<std::size_t>(c.scale))
            digits.insert(0, static_cast<std::size_t>(c.scale) - digits.size() + 1, '0');
        digits.insert(digits.size() - static_cast<std::size_t>(c.scale), ".");
    }
    return negative ? "-" + digits : digits;
}

double Decimal::written_step() const {
    std::int64_t digits = unscaled;
    int at = scale;
    while (digits != 0 && digits % 10 == 0) {
        digits /= 10;
        --at;
    }
    return std::pow(10.0, -at);
}

bool Decimal::rounds(const Decimal& full) const {
    const double step = written_step();
    return full.written_step() < step && std::fabs(full.to_double() - to_double()) < step;
}

double Decimal::to_double() const {
    return static_cast<double>(unscaled) * std::pow(10.0, -scale);
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

}  // namespace baocao::model
