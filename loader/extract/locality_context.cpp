#include "extract/locality_context.h"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "extract/url_places.h"
#include "text/dates.h"

namespace baocao::extract {

// RE2 (linear time, no backtracking) over the head of the text only.
std::optional<model::Date> posted_date(const model::Document& doc) {
    static const RE2 stamp(
        R"((?i)(?:(\d{1,2}:\d{2})\s*[,|-]?\s*|(?:cập nhật|ngày đăng|bản tin[^0-9\n]{0,6}(?:\d{1,2}h\d{0,2}\s+)?)\s*:?\s*|(?:thứ \S+|chủ nhật),\s*))"
        R"((\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d))"
        R"(|(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\s*[|,-]?\s*\d{1,2}:\d{2})");
    const re2::StringPiece head(doc.text.data(), std::min<std::size_t>(doc.text.size(), 500));
    // A site's clock may stand above the headline ("Chủ nhật, 24/11/2024, 15:27") and the
    // article's own stamp under it: the first stamp after the headline, else the first.
    const std::size_t title_at = doc.title.empty() ? std::string::npos : doc.text.find(doc.title);
    const std::size_t after_title = title_at == std::string::npos ? 0 : title_at + doc.title.size();
    std::optional<model::Date> first;
    re2::StringPiece m[8];
    std::size_t from = 0;
    while (from < head.size() && stamp.Match(head, from, head.size(), RE2::UNANCHORED, m, 8)) {
        const std::size_t at = static_cast<std::size_t>(m[0].data() - head.data());
        from = at + std::max<std::size_t>(m[0].size(), 1);
        const std::size_t g = m[2].data() ? 2 : 5;
        auto number = [&](std::size_t i) { return std::stoi(std::string(m[i].data(), m[i].size())); };
        model::Date d{number(g + 2), number(g + 1), number(g)};
        if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) continue;
        if (after_title == 0 || at >= after_title) return d;
        if (!first) first = d;
    }
    return first;
}

namespace {

// The publishing time some sites write into the end of a page's slug: "...-20201014110816812.htm"
// (yyyymmddhhmmss and milliseconds), "...-185250429155406471.htm" (a three-digit section, then
// yymmddhhmmss and three more). Every field must be a real clock reading, so an article number
// rarely passes.
std::optional<ReferenceDate> slug_timestamp(std::string_view segment) {
    const std::size_t dot = segment.rfind('.');
    if (dot != std::string_view::npos) segment = segment.substr(0, dot);
    std::size_t begin = segment.size();
    while (begin > 0 && segment[begin - 1] >= '0' && segment[begin - 1] <= '9') --begin;
    const std::string_view digits = segment.substr(begin);
    if (begin > 0 && segment[begin - 1] != '-') return std::nullopt;
    auto field = [&](std::size_t at, std::size_t n) { return std::stoi(std::string(digits.substr(at, n))); };
    std::size_t at = 0;  // where the month starts
    ReferenceDate when;
    if (digits.size() == 17 && digits.substr(0, 2) == "20") {
        when.year = field(0, 4);
        at = 4;
    } else if (digits.size() == 18) {
        when.year = 2000 + field(3, 2);
        at = 5;
    } else {
        return std::nullopt;
    }
    when.month = field(at, 2);
    const int day = field(at + 2, 2), hour = field(at + 4, 2), minute = field(at + 6, 2), second = field(at + 8, 2);
    const bool clock = when.month >= 1 && when.month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 &&
                       second < 60 && when.year >= 2005;
    return clock ? std::optional<ReferenceDate>(when) : std::nullopt;
}

bool all_digits_of(const std::string& s, std::size_t fewest, std::size_t most) {
    return s.size() >= fewest && s.size() <= most &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<ReferenceDate> year_and_month(const std::string& year, const std::string& month) {
    if (!all_digits_of(year, 4, 4) || !all_digits_of(month, 1, 2)) return std::nullopt;
    ReferenceDate when;
    when.year = std::stoi(year);
    when.month = std::stoi(month);
    if (when.year < 2000 || when.year > 2099 || when.month < 1 || when.month > 12) return std::nullopt;
    return when;
}

// "/Pages/2025-4-28/", "/2023-11-28/": a folder named by the day the page was filed.
std::optional<ReferenceDate> dashed_day_folder(const std::string& segment) {
    const std::size_t first = segment.find('-');
    if (first != 4) return std::nullopt;
    const std::size_t second = segment.find('-', first + 1);
    if (second == std::string::npos || !all_digits_of(segment.substr(second + 1), 1, 2)) return std::nullopt;
    return year_and_month(segment.substr(0, 4), segment.substr(first + 1, second - first - 1));
}

}  // namespace

std::optional<ReferenceDate> url_month(const model::Document& doc) {
    const auto segments = url_path_segments(doc.source_url);
    if (!segments.empty())
        if (auto stamped = slug_timestamp(segments.back())) return stamped;
    for (std::size_t k = 0; k < segments.size(); ++k) {
        if (auto filed = dashed_day_folder(segments[k])) return filed;
        // "/2023/11/28/slug": year, month and day folders.
        if (k + 2 < segments.size() && all_digits_of(segments[k + 2], 1, 2))
            if (auto filed = year_and_month(segments[k], segments[k + 1])) return filed;
    }
    for (const std::string& segment : segments) {
        if (segment.size() != 6 || !std::all_of(segment.begin(), segment.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        ReferenceDate when;
        when.year = std::stoi(segment.substr(0, 4));
        when.month = std::stoi(segment.substr(4));
        if (when.year >= 2000 && when.year <= 2099 && when.month >= 1 && when.month <= 12) return when;
    }
    return std::nullopt;
}

ReferenceDate reference_date(const model::Document& doc) {
    ReferenceDate when;
    const auto days = text::find_days(doc.text);
    if (doc.published_on) {
        when.year = doc.published_on->year;
        when.month = doc.published_on->month;
        return when;
    }
    if (auto posted = posted_date(doc)) {
        when.year = posted->year;
        when.month = posted->month;
        return when;
    }
    if (auto filed = url_month(doc)) return *filed;
    // The latest full date: an article is written after the days it tells of, and names older
    // ones in passing ("kỷ niệm 80 năm Quốc khánh (02/9/1945 - 02/9/2025)").
    for (const auto& d : days)
        if (d.year && (*d.year > when.year || (*d.year == when.year && d.month > when.month))) {
            when.year = *d.year;
            when.month = d.month;
        }
    if (when.year) return when;
    int planned = 0;  // a plan ("6 tháng cuối năm 2017") dates the article when nothing reviewed does
    int reviewed_month = 0;  // the last month of the latest span reviewed ("tháng 7/2025")
    for (const auto& p : text::find_periods(doc.text, std::nullopt)) {
        // A term ("nhiệm kỳ 2025-2030") tells when it starts, not when the article was written.
        const bool term = p.period.end.year != p.period.start.year;
        const int year = term ? p.period.start.year : p.period.end.year;
        if (!p.forward_looking || term) {
            if (year > when.year) reviewed_month = term ? 0 : p.period.end.month;
            else if (year == when.year && !term) reviewed_month = std::max(reviewed_month, p.period.end.month);
            when.year = std::max(when.year, year);
        } else if (planned == 0 || p.period.start.year < planned) {
            planned = p.period.start.year;
        }
    }
    if (when.year == 0) when.year = planned;
    if (when.year && !days.empty()) when.month = days.front().month;
    // No day written: a review is written once the span it reviews has ended.
    else if (when.year && reviewed_month) when.month = reviewed_month;
    return when;
}

std::string site_domain(const model::Document& doc) {
    if (!doc.site.empty()) return doc.site;
    if (!doc.source_url.empty()) return url_host(doc.source_url);
    static const RE2 domain(R"(\b([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:vn|com|net|org))\b)");
    // Only the head of the text: a domain in the dateline names the site, one in the body may not.
    const re2::StringPiece head(doc.text.data(), std::min<std::size_t>(doc.text.size(), 600));
    std::string found;
    if (RE2::PartialMatch(head, domain, &found)) return found;
    return "";
}

std::string site_province_name(const model::Document& doc,
                               const std::vector<std::pair<std::string, std::string>>& labels) {
    std::string domain = site_domain(doc);
    std::transform(domain.begin(), domain.end(), domain.begin(), [](unsigned char c) { return std::tolower(c); });
    if (domain.empty()) return "";
    auto lookup = [&labels](const std::string& label) -> std::string {
        for (const auto& [l, province] : labels)
            if (l == label) return province;
        return "";
    };
    std::size_t b = 0;
    while (b < domain.size()) {
        std::size_t e = domain.find('.', b);
        if (e == std::string::npos) e = domain.size();
        std::string label = domain.substr(b, e - b);
        b = e + 1;
        // "baohatinh", "thainguyentv", "huengaynay": the press of a province (data/site_affixes.tsv).
        for (const std::string& core : label_cores(label))
            if (auto p = lookup(core); !p.empty()) return p;
    }
    // "dangcongsan.org.vn/tinhuyquangnam/...": a national portal hosts a province's site
    // under the first folder of its path.
    if (doc.source_url.empty()) return "";
    const auto segments = url_path_segments(doc.source_url);
    if (segments.empty()) return "";
    std::string folder = segments.front();
    std::transform(folder.begin(), folder.end(), folder.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const std::string& core : label_cores(folder))
        if (auto p = lookup(core); !p.empty()) return p;
    return "";
}

}  // namespace baocao::extract
