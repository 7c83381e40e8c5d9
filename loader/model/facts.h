// Plain structs for everything the loader extracts from one article.
// No behaviour lives here beyond trivial helpers: the text layer fills the
// document, the extract layer fills the facts, the db layer writes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::model {

// An exact decimal: value = unscaled * 10^-scale. Money in đồng reaches 1e15,
// well inside int64, so no floating point ever touches a figure.
struct Decimal {
    std::int64_t unscaled = 0;
    std::int32_t scale = 0;  // may be negative after multiplying by a unit (×1e9)

    bool operator==(const Decimal& o) const;  // numeric equality (1.50 == 1.5)
    bool operator!=(const Decimal& o) const { return !(*this == o); }
    // Canonical text that PostgreSQL's numeric accepts: "7232000000000", "8.1", "-3".
    std::string to_string() const;
    double to_double() const;  // for logs and heuristics only, never stored
    // The smallest step the written figure tells: "25,3" 0.1, "11" 1, "2.000 tỷ" (2e12) 1e12.
    double written_step() const;
    // This figure rounds `full`, written more finely: "hơn 2.400 tỷ" rounds 2.416 tỷ.
    bool rounds(const Decimal& full) const;
};

struct Date {
    int year = 0, month = 0, day = 0;
    bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
    std::string iso() const;  // "2023-07-12"
};

// A half-open byte range [begin, end) into Document::text (UTF-8).
// The db layer converts to character offsets when it stores evidence.
struct Span {
    std::size_t begin = 0, end = 0;
    bool empty() const { return end <= begin; }
};

// Where a fact came from: the sentence and the exact match inside it.
struct Evidence {
    Span sentence;
    Span match;
};

struct Sentence {
    Span span;
    int paragraph = 0;
    bool furniture = false;  // site header, share button, view counter...: not content
    bool ends_article = false;  // tags or a related-articles heading: what follows is other pages'
};

// A resolved (or unresolved) administrative unit. Empty code = unresolved.
struct LocalityRef {
    std::string code;           // GSO code ("446")
    std::string name;           // without the type word ("Cẩm Xuyên")
    std::string type;           // "Huyện", "Thị xã", "Thành phố", "Xã", ...
    int level = 0;              // 1 province, 2 district (pre-2025), 3 commune; 0 unknown
    std::string province_code;  // "42"
    std::string province_name;  // "Hà Tĩnh"
    bool post_2025 = false;     // unit of the two-level system from 2025-07-01
    bool resolved() const { return !code.empty(); }
};

// A place named in the text, as written, with what it resolved to.
struct PlaceMention {
    std::string surface;  // "huyện Cẩm Xuyên", "Thị ủy Kỳ Anh", "TPHT"
    LocalityRef ref;
    Evidence evidence;
};

struct Period {
    Date start, end;     // inclusive
    std::string label;   // "6T/2023", "Q1/2022", "2021", "9T/2023", "T11/2020", "2020-2025"
};

struct Meeting {
    std::optional<Date> held_on;
    std::string time_of_day;    // "sáng", "chiều", "tối" or ""
    std::string organizer;      // "Ban Chấp hành Đảng bộ huyện", "Ban Thường vụ Thành ủy"
    LocalityRef locality;
    std::string kind;           // "sơ kết", "tổng kết", "giao ban", "thường kỳ", "chuyên đề", "kỳ họp", "đại hội", "hội nghị"
    std::optional<int> session_number;  // "lần thứ 9", "lần thứ XI"
    std::string term;           // "khóa XXI, nhiệm kỳ 2020-2025"
    bool online = false;        // "trực tuyến"
    std::optional<Period> period;
    std::string chair_name;
    // How the locality was found: "named" with the body, "article" (the unit of
    // that level the article is about), "source_url" (named only in the web
    // address), "context" (the article's province, from its site or places),
    // "" when unresolved.
    std::string locality_basis;
    // How the day's year was found: "written" with the day, "date_header",
    // "page_stamp", "meeting_sentence_period" (the meeting sentence's year over
    // a page stamp), "congress_term" (the term a congress opens),
    // "period_named" (a period reviewed or planned), "other_date",
    // "term_named", "posted_today" ("sáng nay" on a dated page); "" when no day.
    std::string date_basis;
    // Where the period reviewed was told: "meeting_sentence", "headline",
    // "lead", "lead_part_of_headline_year", "congress_term_url" (the term
    // named only in the web address), "congress_term" (the term a
    // congress closes); "_widened" when a wider span of the same year reviewed
    // as a whole was taken ("tháng 4 và 4 tháng đầu năm"); "" when none.
    std::string period_basis;
    Evidence evidence;
};

struct OfficialMention {
    std::string full_name;            // "Hà Thị Việt Ánh"
    std::vector<std::string> titles;  // lower-case, expanded, without the place name
    std::string role;                 // chair, speaker, reporter, attendee, mentioned
    std::string province_name;        // to tell namesakes apart across articles
    std::vector<Evidence> evidence;
};

struct Comparison {
    std::string kind;   // ratio_to_plan, ratio_to_prior, change_vs_prior
    Decimal percent;
    std::string basis;  // "kế hoạch tỉnh giao", "cùng kỳ"
    Evidence evidence;
};

struct IndicatorValue {
    std::string code = "other";
    std::string label;           // the phrase as written
    Decimal value;               // base units
    std::string unit;            // VND, USD, %, ha, count, tấn, ...
    std::string qualifier;       // estimate, more_than, less_than, about, or ""
    std::optional<Decimal> out_of;  // "16/64 công trình" -> 64
    std::optional<Period> period;   // the meeting's period unless the text overrides it
    LocalityRef locality;
    std::vector<Comparison> comparisons;
    // How the code was found, so analysts can keep to the sure ones: the rule
    // and the words it read ("subject: thu ngân sách", "growth_of: nông nghiệp",
    // "unknown" when coded other); "" when the reader did not say.
    std::string code_basis;
    Evidence evidence;
};

struct Target {
    std::string code = "other";
    std::string label;
    int year = 0;
    std::string direction;  // min, max, eq
    std::optional<Decimal> value;  // none for a qualitative goal
    std::string unit;
    std::string text;       // the goal as written (always set)
    // How the year was found: "written" near the figure, "scope" (the year
    // of the list or sentence it stands in: "Một số chỉ tiêu chủ yếu năm
    // 2022"), "term_end" (the last year of a term or phase), "next_year"
    // (the year after the meeting's, when nothing names one), "meeting_year"
    // (the rest of the year a mid-year review looks at); "" unsaid.
    std::string year_basis;
    LocalityRef locality;
    Evidence evidence;
};

struct Document {
    std::string source_name;   // base name of the input file
    std::string path;
    std::string source_url;    // where it was published, from the articles' manifest; "" when unknown
    std::string text;          // normalized text, what evidence points into
    std::string folded;        // text::fold(text), byte for byte as long, set by the pipeline; "" when unset
    std::string sha256;        // of text
    std::string extracted_with;  // fingerprint of the rules that read it (Pipeline::fingerprint)
    std::vector<Sentence> sentences;

    std::string title;
    std::optional<Date> published_on;  // from a " date YYYY-MM" header, first of month
    std::optional<Date> published_day;  // the header's day when it gives one (" date 2022-12-07")
    std::string author;
    std::string site;          // "thainguyen.gov.vn" when the text names it

    std::vector<PlaceMention> places;
    // Places read from source_url ("huyen-quynh-luu-..."); no evidence in the text.
    std::vector<PlaceMention> url_places;
    std::string context_province_code;  // the article's province when one dominates

    bool is_meeting_report = false;
    std::string rejection_reason;  // why no meeting, for the log
    std::vector<Meeting> meetings;  // [0] is the article's main meeting
    std::vector<OfficialMention> officials;
    std::vector<IndicatorValue> indicators;
    std::vector<Target> targets;

    std::string_view slice(const Span& s) const {
        return std::string_view(text).substr(s.begin, s.end - s.begin);
    }
};

}  // namespace baocao::model
