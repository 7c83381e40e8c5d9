// What the locality and meeting stages both need to know about an article
// before they resolve places: roughly when it was written (which side of the
// July 2025 reform) and which province its site belongs to.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/facts.h"

namespace baocao::extract {

struct ReferenceDate {
    int year = 0, month = 0;  // 0 = unknown
    bool post_2025() const { return year > 2025 || (year == 2025 && month >= 7); }
};

// When the page was posted, from a timestamp at its head ("09:08, 24/08/2021", "Bản tin 15h 9/12/2025",
// "Cập nhật: 19/11/2020", "22/07/2020 - 19:04", "Ngày đăng 17/07/2019 | 09:15").
std::optional<model::Date> posted_date(const model::Document& doc);

// The month a news site files an article under in its web address ("/thoi-su/202110/...",
// "/202306/..."): a path segment of six digits, a year from 2000 and a month; or the publishing
// time a slug ends with ("...-20201014110816812.htm"); none otherwise.
std::optional<ReferenceDate> url_month(const model::Document& doc);

// From the date header, else the posting timestamp, else the dates and periods the text gives.
ReferenceDate reference_date(const model::Document& doc);

// Domain of the article's site: doc.site, else the host of doc.source_url, else
// a domain written in the text ("(Baohatinh.vn) -"); "" when none.
std::string site_domain(const model::Document& doc);

// Province (gazetteer name) a site belongs to, from labels (site_provinces.tsv):
// "baohatinh.vn" and "camxuyen.hatinh.gov.vn" -> "Hà Tĩnh"; "" when unknown.
std::string site_province_name(const model::Document& doc,
                               const std::vector<std::pair<std::string, std::string>>& labels);

}  // namespace baocao::extract
