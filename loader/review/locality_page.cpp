// place/ERA-CODE.html: each indicator of one locality over its periods as a
// small chart drawn here in SVG (one line per period length, so that half
// years follow half years), its targets as diamonds in the middle of their
// year, beside the whole-year actuals; every point links to its document.
// localities.html lists the localities that have such a page.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "review/format.h"
#include "review/html.h"
#include "review/page.h"
#include "review/site.h"

namespace baocao::review {

namespace {

const char* const kSeriesColours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#7f7f7f"};

// Days since 1970-01-01 of an ISO date (H. Hinnant's days_from_civil).
long days_of(const std::string& iso) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return 0;
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

std::string series_name(int months) {
    if (months == 0) return "other periods";
    if (months == 12) return "years";
    return std::to_string(months) + " months";
}

// Points stand at the middle of their period, a target in the middle of its
// year: beside the whole-year figure of that year, under the year's label.
double middle_of(const db::LocalityFigure& f) {
    const long end = days_of(f.period_end);
    return f.period_start.empty() ? end : (days_of(f.period_start) + end) / 2.0;
}
double middle_of_year(int year) {
    return (days_of(std::to_string(year) + "-01-01") + days_of(std::to_string(year) + "-12-31")) / 2.0;
}

struct Chart {
    std::string code, unit;
    std::vector<const db::LocalityFigure*> figures;
    std::vector<const db::LocalityTarget*> targets;
};

std::string figure_href(long long document_id, const std::string& kind, long long id) {
    return "../doc/" + std::to_string(document_id) + ".html#fact-" + kind + "-" + std::to_string(id);
}

std::string draw_chart(const Chart& chart) {
    constexpr double width = 560, height = 230, left = 112, right = 16, top = 28, bottom = 30;
    const auto value_of = [](const std::string& text) { return std::strtod(text.c_str(), nullptr); };
    std::vector<double> xs, ys;
    for (const auto* f : chart.figures) xs.push_back(middle_of(*f)), ys.push_back(value_of(f->value));
    for (const auto* t : chart.targets)
        xs.push_back(middle_of_year(t->target_year)), ys.push_back(value_of(t->value));
    double x0 = *std::min_element(xs.begin(), xs.end()), x1 = *std::max_element(xs.begin(), xs.end());
    double y0 = std::min(0.0, *std::min_element(ys.begin(), ys.end())), y1 = *std::max_element(ys.begin(), ys.end());
    x0 -= 120, x1 += 120;  // room for the first and last point
    if (y1 - y0 <= 0) y1 = y0 + 1;
    y1 += (y1 - y0) * 0.08;
    const auto px = [&](double x) { return left + (x - x0) / (x1 - x0) * (width - left - right); };
    const auto py = [&](double y) { return height - bottom - (y - y0) / (y1 - y0) * (height - top - bottom); };

    std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(width) +
                      "\" height=\"" + number(height) + "\" viewBox=\"0 0 " + number(width) + " " + number(height) +
                      "\" role=\"img\">";
    svg += "<line x1=\"" + number(left) + "\" y1=\"" + number(py(y0)) + "\" x2=\"" + number(width - right) + "\" y2=\"" +
           number(py(y0)) + "\" stroke=\"#999\"/>";
    for (const double y : {y0, (y0 + y1) / 2, y1}) {
        svg += "<line x1=\"" + number(left) + "\" y1=\"" + number(py(y)) + "\" x2=\"" + number(width - right) +
               "\" y2=\"" + number(py(y)) + "\" stroke=\"#eee\"/>";
        svg += "<text x=\"" + number(left - 4) + "\" y=\"" + number(py(y) + 4) + "\" text-anchor=\"end\">" +
               escape(readable_value(number(y), chart.unit)) + "</text>";
    }
    // A line at each 1 January in view, the year's label in its middle (fewer when the span is long).
    const int first_year = 1970 + static_cast<int>(std::floor(x0 / 365.2425)), last_year = 1971 + static_cast<int>(x1 / 365.2425);
    const int step = std::max(1, (last_year - first_year) / 8);
    for (int year = first_year; year <= last_year; year += step) {
        const double start = days_of(std::to_string(year) + "-01-01"), middle = middle_of_year(year);
        if (start > x0 && start < x1)
            svg += "<line x1=\"" + number(px(start)) + "\" y1=\"" + number(top) + "\" x2=\"" + number(px(start)) +
                   "\" y2=\"" + number(height - bottom) + "\" stroke=\"#eee\"/>";
        if (middle > x0 && middle < x1)
            svg += "<text x=\"" + number(px(middle)) + "\" y=\"" + number(height - bottom + 14) +
                   "\" text-anchor=\"middle\">" + std::to_string(year) + "</text>";
    }

    std::map<int, std::vector<const db::LocalityFigure*>> series;
    for (const auto* f : chart.figures) series[f->period_months].push_back(f);
    double legend_x = left;
    std::size_t colour = 0;
    for (const auto& [months, figures] : series) {
        const std::string stroke = kSeriesColours[colour++ % (sizeof kSeriesColours / sizeof *kSeriesColours)];
        std::string points;
        for (const auto* f : figures)
            points += number(px(middle_of(*f))) + "," + number(py(value_of(f->value))) + " ";
        if (figures.size() > 1)
            svg += "<polyline fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"1.5\" points=\"" + points + "\"/>";
        for (const auto* f : figures) {
            svg += "<a href=\"" + escape(figure_href(f->document_id, "indicator_value", f->indicator_value_id)) +
                   "\"><circle cx=\"" + number(px(middle_of(*f))) + "\" cy=\"" + number(py(value_of(f->value))) +
                   "\" r=\"4\" fill=\"" + stroke + "\"><title>" +
                   escape(f->label + " " + f->period_label + ": " + readable_value(f->value, f->unit)) + "</title></circle></a>";
        }
        svg += "<circle cx=\"" + number(legend_x + 5) + "\" cy=\"12\" r=\"4\" fill=\"" + stroke + "\"/><text x=\"" +
               number(legend_x + 12) + "\" y=\"16\">" + escape(series_name(months)) + "</text>";
        legend_x += 95;
    }
    for (const auto* t : chart.targets) {
        const double x = px(middle_of_year(t->target_year)), y = py(value_of(t->value));
        const std::string stroke = t->achieved == "yes" ? "#2a2" : t->achieved == "no" ? "#d22" : "#555";
        svg += "<a href=\"" + escape(figure_href(t->document_id, "target", t->target_id)) + "\"><path d=\"M" +
               number(x) + " " + number(y - 6) + " L" + number(x + 6) + " " + number(y) + " L" + number(x) + " " +
               number(y + 6) + " L" + number(x - 6) + " " + number(y) + " Z\" fill=\"#fff\" stroke=\"" + stroke +
               "\" stroke-width=\"2\"><title>" +
               escape("target " + std::to_string(t->target_year) + " " + t->direction + " " +
                      readable_value(t->value, t->unit) + " (achieved: " + t->achieved + ")") + "</title></path></a>";
    }
    if (!chart.targets.empty())
        svg += "<path d=\"M" + number(legend_x + 5) + " 6 L" + number(legend_x + 11) + " 12 L" + number(legend_x + 5) +
               " 18 L" + number(legend_x - 1) + " 12 Z\" fill=\"#fff\" stroke=\"#555\" stroke-width=\"2\"/><text x=\"" +
               number(legend_x + 14) + "\" y=\"16\">targets</text>";
    return svg + "</svg>";
}

// The chart's points as a table, for reading the exact values.
std::string points_table(const Chart& chart) {
    std::string html = "<details><summary>" + std::to_string(chart.figures.size()) + " figures, " +
                       std::to_string(chart.targets.size()) + " targets</summary><table>";
    for (const auto* f : chart.figures)
        html += "<tr><td>" + escape(f->period_label) + "</td><td>" + escape(readable_value(f->value, f->unit)) +
                "</td><td>" + escape(f->label) + "</td><td><a href=\"" +
                escape(figure_href(f->document_id, "indicator_value", f->indicator_value_id)) + "\">document " +
                std::to_string(f->document_id) + "</a></td></tr>";
    for (const auto* t : chart.targets)
        html += "<tr><td>target " + std::to_string(t->target_year) + "</td><td>" + escape(t->direction + " " +
                readable_value(t->value, t->unit)) + "</td><td>" + escape(t->label + " (achieved: " + t->achieved + ")") +
                "</td><td><a href=\"" + escape(figure_href(t->document_id, "target", t->target_id)) + "\">document " +
                std::to_string(t->document_id) + "</a></td></tr>";
    return html + "</table></details>";
}

std::string full_name(const db::LocalityData& locality) {
    return (locality.type.empty() ? "" : locality.type + " ") + locality.name;
}

}  // namespace

std::string render_locality_page(const db::LocalityData& locality, const SiteLinks&) {
    // Charts for the catalog's indicators; 'other' figures mean different things, so they are listed.
    std::map<std::pair<std::string, std::string>, Chart> charts;
    std::vector<const db::LocalityFigure*> others;
    for (const auto& f : locality.figures) {
        if (f.indicator_code == "other" || f.period_end.empty()) {
            others.push_back(&f);
            continue;
        }
        auto& chart = charts[{f.indicator_code, f.unit}];
        chart.code = f.indicator_code;
        chart.unit = f.unit;
        chart.figures.push_back(&f);
    }
    for (const auto& t : locality.targets) {
        if (t.indicator_code == "other") continue;
        auto& chart = charts[{t.indicator_code, t.unit}];
        chart.code = t.indicator_code;
        chart.unit = t.unit;
        chart.targets.push_back(&t);
    }
    std::string body = "<h1>" + escape(full_name(locality)) + "</h1>\n<p class=\"muted\">" +
                       escape("GSO " + locality.key.code + " (era " + std::to_string(locality.key.era) + ")" +
                              (locality.province.empty() ? "" : " · " + locality.province)) +
                       " · " + std::to_string(locality.figures.size()) + " figures, " +
                       std::to_string(locality.targets.size()) + " targets</p>\n<div class=\"charts\">\n";
    for (const auto& [key, chart] : charts)
        body += "<figure><figcaption>" + escape(chart.code + " (" + (chart.unit.empty() ? "no unit" : chart.unit) + ")") +
                "</figcaption>" + draw_chart(chart) + points_table(chart) + "</figure>\n";
    body += "</div>\n";
    if (!others.empty()) {
        body += "<h2>Figures outside the catalog</h2><table><tr><th>label</th><th>value</th><th>period</th><th></th></tr>";
        for (const auto* f : others)
            body += "<tr><td>" + escape(f->label) + "</td><td>" + escape(readable_value(f->value, f->unit)) + "</td><td>" +
                    escape(f->period_label) + "</td><td><a href=\"" +
                    escape(figure_href(f->document_id, "indicator_value", f->indicator_value_id)) + "\">document " +
                    std::to_string(f->document_id) + "</a></td></tr>";
        body += "</table>\n";
    }
    return render_page({full_name(locality), body, "", "../"});
}

std::string render_localities_page(const std::vector<db::LocalityData>& localities) {
    std::string body = "<h1>Localities (" + std::to_string(localities.size()) +
                       ")</h1>\n<table><tr><th>locality</th><th>province</th><th>GSO code</th><th>figures</th><th>targets</th></tr>\n";
    for (const auto& locality : localities)
        body += "<tr><td><a href=\"place/" + escape(locality.key.slug()) + ".html\">" + escape(full_name(locality)) +
                "</a></td><td>" + escape(locality.province) + "</td><td>" + escape(locality.key.code) + " (" +
                std::to_string(locality.key.era) + ")</td><td class=\"n\">" + std::to_string(locality.figures.size()) +
                "</td><td class=\"n\">" + std::to_string(locality.targets.size()) + "</td></tr>\n";
    return render_page({"baocao review: localities", body + "</table>\n", "", ""});
}

}  // namespace baocao::review
