// The BI views of schema `report` (migrations V005-V009) on three articles we
// compose in the genre's style for one district: a year-end review of 2022
// that sets targets for 2023, a half-year review of 2023 and a year-end
// review of 2023. Facts are written through the loader's own writer, then
// read back with the reader role's rights only.
#include <string>

#include "db/writer.h"
#include "db_fixture.h"
#include "test_report_support.h"
#include "text/normalize.h"

using namespace baocao::model;
using namespace baocao::testing;

namespace {

LocalityRef district() {
    LocalityRef ref;
    ref.code = "446";
    ref.name = "Cẩm Xuyên";
    ref.type = "Huyện";
    ref.level = 2;
    ref.province_code = "42";
    ref.province_name = "Hà Tĩnh";
    return ref;
}

Period year_of(int year) { return {{year, 1, 1}, {year, 12, 31}, std::to_string(year)}; }
Period first_half_of(int year) { return {{year, 1, 1}, {year, 6, 30}, "6T/" + std::to_string(year)}; }

// Builds an article sentence by sentence so that every fact gets the byte
// span of its sentence and of the words it was read from.
class ComposedArticle {
public:
    ComposedArticle(const std::string& source_name, Date held_on, Period period) {
        doc_.source_name = source_name;
        doc_.path = "/composed/" + source_name;
        doc_.is_meeting_report = true;
        doc_.published_on = Date{held_on.year, held_on.month, 1};
        Meeting meeting;
        meeting.held_on = held_on;
        meeting.organizer = "Ban Chấp hành Đảng bộ huyện";
        meeting.kind = "tổng kết";
        meeting.locality = district();
        meeting.period = period;
        meeting.evidence = add("Ban Chấp hành Đảng bộ huyện Cẩm Xuyên tổ chức hội nghị đánh giá kết quả " +
                                   period.label + ".",
                               "hội nghị");
        doc_.meetings.push_back(meeting);
        period_ = period;
    }

    // Appends one sentence; returns where it and `match` lie in the text.
    Evidence add(const std::string& sentence, const std::string& match) {
        const std::size_t begin = doc_.text.size();
        doc_.text += sentence + "\n";
        const std::size_t at = sentence.find(match);
        REQUIRE(at != std::string::npos);
        return {{begin, begin + sentence.size()}, {begin + at, begin + at + match.size()}};
    }

    IndicatorValue& figure(const std::string& code, Decimal value, const std::string& unit,
                           const std::string& sentence, const std::string& match) {
        IndicatorValue figure;
        figure.code = code;
        figure.label = match;
        figure.value = value;
        figure.unit = unit;
        figure.period = period_;
        figure.locality = district();
        figure.evidence = add(sentence, match);
        doc_.indicators.push_back(figure);
        return doc_.indicators.back();
    }

    void compare(const std::string& kind, Decimal percent, const std::string& basis) {
        const auto& figure = doc_.indicators.back();
        doc_.indicators.back().comparisons.push_back({kind, percent, basis, figure.evidence});
    }

    void target(const std::string& code, int year, const std::string& direction, Decimal value,
                const std::string& unit, const std::string& sentence, const std::string& match) {
        Target target;
        target.code = code;
        target.label = match;
        target.year = year;
        target.direction = direction;
        target.value = value;
        target.unit = unit;
        target.text = sentence;
        target.locality = district();
        target.evidence = add(sentence, match);
        doc_.targets.push_back(target);
    }

    void official(const std::string& name, std::vector<std::string> titles, const std::string& role,
                  const std::string& sentence) {
        OfficialMention mention;
        mention.full_name = name;
        mention.titles = std::move(titles);
        mention.role = role;
        mention.province_name = "Hà Tĩnh";
        mention.evidence = {add(sentence, name)};
        if (role == "chair") doc_.meetings.front().chair_name = name;
        doc_.officials.push_back(mention);
    }

    Document finish() {
        doc_.sha256 = baocao::text::sha256_hex(doc_.text);
        return doc_;
    }

private:
    Document doc_;
    Period period_;
};

Document review_of_2022() {
    ComposedArticle a("review_2022.txt", {2022, 12, 20}, year_of(2022));
    a.official("Trần Văn Bình", {"bí thư huyện ủy"}, "chair", "Đồng chí Trần Văn Bình, Bí thư Huyện ủy chủ trì hội nghị.");
    a.figure("budget_revenue", {35, -10}, "VND",
             "Thu ngân sách năm 2022 đạt 350 tỷ đồng, bằng 108% dự toán HĐND huyện giao.", "350 tỷ đồng");
    a.compare("ratio_to_plan", {108, 0}, "dự toán HĐND huyện giao");
    a.target("budget_revenue", 2023, "min", {4, -11}, "VND", "Năm 2023 phấn đấu thu ngân sách trên 400 tỷ đồng.",
             "thu ngân sách");
    a.target("poverty_rate", 2023, "max", {25, 1}, "%", "Giảm tỷ lệ hộ nghèo xuống dưới 2,5%.", "tỷ lệ hộ nghèo");
    a.target("new_party_members", 2023, "eq", {120, 0}, "count", "Kết nạp 120 đảng viên mới.", "Kết nạp");
    a.target("trained_labor_rate", 2023, "eq", {75, 0}, "%", "Tỷ lệ lao động qua đào tạo đạt 75%.",
             "Tỷ lệ lao động qua đào tạo");
    return a.finish();
}

Document review_of_first_half_2023() {
    ComposedArticle a("review_6t_2023.txt", {2023, 7, 10}, first_half_of(2023));
    a.official("Lê Thị Hoa", {"phó bí thư thường trực huyện ủy"}, "reporter",
               "Đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Huyện ủy trình bày báo cáo.");
    a.figure("budget_revenue", {21, -10}, "VND", "Thu ngân sách 6 tháng đạt 210 tỷ đồng, bằng 52,5% kế hoạch.",
             "210 tỷ đồng");
    a.compare("ratio_to_plan", {525, 1}, "kế hoạch");
    a.figure("new_party_members", {130, 0}, "count", "Kết nạp 130 đảng viên mới.", "130 đảng viên");
    a.figure("industrial_production_value", {5, -11}, "VND", "Giá trị sản xuất công nghiệp đạt 500 tỷ đồng.",
             "500 tỷ đồng");
    a.figure("production_value", {45, -10}, "VND", "Tổng giá trị sản xuất đạt 450 tỷ đồng.", "450 tỷ đồng");
    a.figure("economic_growth", {72, 1}, "%", "Tốc độ tăng trưởng kinh tế đạt 7,2%.", "7,2%");
    return a.finish();
}

Document review_of_2023() {
    ComposedArticle a("review_2023.txt", {2023, 12, 19}, year_of(2023));
    a.official("Trần Văn Bình", {"bí thư huyện ủy", "chủ tịch hội đồng nhân dân huyện"}, "chair",
               "Đồng chí Trần Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.");
    a.figure("budget_revenue", {38, -10}, "VND", "Thu ngân sách năm 2023 đạt 380 tỷ đồng, bằng 95% kế hoạch.",
             "380 tỷ đồng");
    a.compare("ratio_to_plan", {95, 0}, "kế hoạch");
    a.compare("change_vs_prior", {86, 1}, "cùng kỳ");
    a.figure("poverty_rate", {21, 1}, "%", "Tỷ lệ hộ nghèo còn 2,1%.", "2,1%");
    a.figure("trained_labor_rate", {112, 0}, "%", "Tỷ lệ lao động qua đào tạo đạt 112%.", "112%");
    // The same half-year figure as the July article, told differently.
    Document doc = a.finish();
    IndicatorValue half_year = doc.indicators.front();
    half_year.value = {25, -10};
    half_year.period = first_half_of(2023);
    half_year.comparisons.clear();
    doc.indicators.push_back(half_year);
    return doc;
}

std::unique_ptr<pqxx::connection> loaded_database(const TempDatabase& database) {
    auto conn = migrated_connection(database);
    baocao::db::Writer writer(*conn);
    writer.write(review_of_2022());
    writer.write(review_of_first_half_2023());
    writer.write(review_of_2023());
    return conn;
}

}  // namespace

TEST_CASE("period labels follow the reports' usage", "[report][db]") {
    TempDatabase database;
    auto conn = migrated_connection(database);
    const auto labels = query_as_reader(*conn, R"(
        SELECT report.period_label(s::date, e::date) AS label, report.period_kind(s::date, e::date) AS kind,
               report.period_months(s::date, e::date) AS months
        FROM (VALUES ('2021-01-01', '2021-12-31'), ('2023-01-01', '2023-06-30'), ('2023-07-01', '2023-12-31'),
                     ('2022-01-01', '2022-03-31'), ('2023-01-01', '2023-09-30'), ('2020-11-01', '2020-11-30'),
                     ('2020-01-01', '2025-12-31'), ('2023-03-15', '2023-04-20')) AS p(s, e))");
    INFO(labels.dump());
    REQUIRE(labels.rows.size() == 8);
    const std::vector<std::string> expected = {"2021",     "6T/2023",   "6CT/2023",  "Q1/2022",
                                               "9T/2023",  "T11/2020",  "2020-2025", "2023-03-15..2023-04-20"};
    const std::vector<std::string> kinds = {"year", "half", "half", "quarter", "year_to_date", "month", "multi_year", "other"};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(labels.text(i, "label") == expected[i]);
        CHECK(labels.text(i, "kind") == kinds[i]);
    }
    CHECK(labels.text(1, "months") == "6");
    CHECK(labels.text(4, "months") == "9");
    CHECK(labels.text(6, "months") == "72");
}

TEST_CASE("report.figures joins locality, period and comparisons", "[report][db]") {
    TempDatabase database;
    auto conn = loaded_database(database);
    const auto figures = query_as_reader(*conn, "SELECT * FROM report.figures ORDER BY indicator_value_id");
    INFO(figures.dump());
    const auto revenue_2023 = figures.find({{"indicator_code", "budget_revenue"}, {"period_label", "2023"}});
    REQUIRE(revenue_2023.size() == 1);
    const auto row = revenue_2023[0];
    CHECK(figures.text(row, "value") == "380000000000");
    CHECK(figures.text(row, "unit") == "VND");
    CHECK(figures.text(row, "locality_code") == "446");
    CHECK(figures.text(row, "locality_name") == "Cẩm Xuyên");
    CHECK(figures.text(row, "locality_type") == "Huyện");
    CHECK(figures.text(row, "province_name") == "Hà Tĩnh");
    CHECK(figures.text(row, "province_code") == "42");
    CHECK(figures.text(row, "sector") == "budget");
    CHECK(figures.text(row, "year") == "2023");
    CHECK(figures.is_null(row, "half"));
    CHECK(figures.text(row, "period_kind") == "year");
    CHECK(figures.text(row, "period_start") == "2023-01-01");
    CHECK(figures.text(row, "meeting_held_on") == "2023-12-19");
    CHECK(same_number(figures.number(row, "percent_of_plan"), 95));
    CHECK(same_number(figures.number(row, "change_vs_prior_percent"), 8.6));
    CHECK(same_number(figures.number(row, "growth_percent"), 8.6));
    CHECK(figures.text(row, "evidence_sentence") == "Thu ngân sách năm 2023 đạt 380 tỷ đồng, bằng 95% kế hoạch.");

    const auto half = figures.find({{"indicator_code", "budget_revenue"}, {"source_name", "review_6t_2023.txt"}});
    REQUIRE(half.size() == 1);
    CHECK(figures.text(half[0], "period_label") == "6T/2023");
    CHECK(figures.text(half[0], "half") == "1");
    CHECK(figures.text(half[0], "period_months") == "6");
}

TEST_CASE("report.plan_fulfilment derives the implied plan", "[report][db]") {
    TempDatabase database;
    auto conn = loaded_database(database);
    const auto plans = query_as_reader(*conn, "SELECT * FROM report.plan_fulfilment ORDER BY comparison_id");
    INFO(plans.dump());
    REQUIRE(plans.rows.size() == 3);

    const auto year_2022 = plans.find({{"period_label", "2022"}});
    REQUIRE(year_2022.size() == 1);
    // 350 tỷ at 108% of the council's estimate -> a plan of 324.07 tỷ
    CHECK(plans.text(year_2022[0], "implied_plan_value") == "324074074074");
    CHECK(plans.text(year_2022[0], "plan_kind") == "budget estimate");
    CHECK(plans.text(year_2022[0], "plan_set_by") == "people's council");
    CHECK(plans.text(year_2022[0], "plan_reached") == "t");

    const auto half = plans.find({{"period_label", "6T/2023"}});
    REQUIRE(half.size() == 1);
    CHECK(plans.text(half[0], "implied_plan_value") == "400000000000");  // 210 / 52.5%
    CHECK(plans.text(half[0], "remaining_to_plan") == "190000000000");
    CHECK(same_number(plans.number(half[0], "expected_percent_by_period_end"), 50));
    CHECK(plans.text(half[0], "on_pace") == "t");
    CHECK(plans.text(half[0], "plan_reached") == "f");

    const auto full = plans.find({{"period_label", "2023"}});
    REQUIRE(full.size() == 1);
    CHECK(plans.text(full[0], "on_pace") == "f");  // 95% of plan after the whole year
}

TEST_CASE("report.targets_vs_actuals matches targets with later figures of other articles", "[report][db]") {
    TempDatabase database;
    auto conn = loaded_database(database);
    const auto judged = query_as_reader(*conn, "SELECT * FROM report.targets_vs_actuals ORDER BY target_id");
    INFO(judged.dump());
    REQUIRE(judged.rows.size() == 4);

    const auto revenue = judged.find({{"indicator_code", "budget_revenue"}});
    REQUIRE(revenue.size() == 1);
    // The whole-year figure wins over the half-year ones: 380 < 400 -> missed.
    CHECK(judged.text(revenue[0], "actual_value") == "380000000000");
    CHECK(judged.text(revenue[0], "actual_period_label") == "2023");
    CHECK(judged.text(revenue[0], "actual_source_name") == "review_2023.txt");
    CHECK(judged.text(revenue[0], "target_source_name") == "review_2022.txt");
    CHECK(judged.text(revenue[0], "achieved") == "no");
    CHECK(same_number(judged.number(revenue[0], "actual_percent_of_target"), 95));

    const auto poverty = judged.find({{"indicator_code", "poverty_rate"}});
    REQUIRE(poverty.size() == 1);
    CHECK(judged.text(poverty[0], "actual_value") == "2.1");
    CHECK(judged.text(poverty[0], "achieved") == "yes");  // at most 2.5%

    // Only a half-year figure, but new members add up: 130 >= 120 already.
    const auto members = judged.find({{"indicator_code", "new_party_members"}});
    REQUIRE(members.size() == 1);
    CHECK(judged.text(members[0], "actual_value") == "130");
    CHECK(judged.text(members[0], "actual_period_label") == "6T/2023");
    CHECK(judged.text(members[0], "achieved") == "yes");
    CHECK(judged.text(members[0], "achievement_note") == "part-year figure already past the target");

    // 112% is a whole-year figure, so the 75% target is judged (it is also flagged below).
    const auto labor = judged.find({{"indicator_code", "trained_labor_rate"}});
    REQUIRE(labor.size() == 1);
    CHECK(judged.text(labor[0], "achieved") == "yes");
}

TEST_CASE("report.quality_flags finds figures that contradict each other", "[report][db]") {
    TempDatabase database;
    auto conn = loaded_database(database);
    const auto flags = query_as_reader(*conn, "SELECT * FROM report.quality_flags ORDER BY flag, indicator_value_id");
    INFO(flags.dump());
    const auto share = flags.find({{"flag", "share_above_100"}});
    REQUIRE(share.size() == 1);
    CHECK(flags.text(share[0], "indicator_code") == "trained_labor_rate");
    CHECK(flags.text(share[0], "severity") == "error");

    const auto part = flags.find({{"flag", "part_above_whole"}});
    REQUIRE(part.size() == 1);  // industry (500) above all sectors (450), through industry-and-construction
    CHECK(flags.text(part[0], "indicator_code") == "industrial_production_value");
    CHECK(flags.text(part[0], "other_value") == "450000000000");

    const auto conflict = flags.find({{"flag", "conflicting_reports"}});
    REQUIRE(conflict.size() == 1);  // 210 vs 250 tỷ for 6T/2023
    CHECK(flags.text(conflict[0], "period_label") == "6T/2023");
    CHECK(flags.text(conflict[0], "value") == "210000000000");
    CHECK(flags.text(conflict[0], "other_value") == "250000000000");

    // 400 tỷ implied by both the half-year and the whole-year ratio: no disagreement.
    CHECK(flags.find({{"flag", "implied_plans_disagree"}}).empty());
}

TEST_CASE("report.officials has one row per person with titles over time", "[report][db]") {
    TempDatabase database;
    auto conn = loaded_database(database);
    const auto officials = query_as_reader(*conn, "SELECT * FROM report.officials ORDER BY full_name");
    INFO(officials.dump());
    REQUIRE(officials.rows.size() == 2);
    const auto binh = officials.find({{"full_name", "Trần Văn Bình"}});
    REQUIRE(binh.size() == 1);
    CHECK(officials.text(binh[0], "articles") == "2");
    CHECK(officials.text(binh[0], "meetings_chaired") == "2");
    CHECK(officials.text(binh[0], "first_seen_on") == "2022-12-20");
    CHECK(officials.text(binh[0], "last_seen_on") == "2023-12-19");
    CHECK(officials.text(binh[0], "latest_titles") == "bí thư huyện ủy; chủ tịch hội đồng nhân dân huyện");
    CHECK(officials.text(binh[0], "titles_seen") ==
          "bí thư huyện ủy (2022-12-20 to 2023-12-19); chủ tịch hội đồng nhân dân huyện (2023-12-19)");

    const auto meetings = query_as_reader(
        *conn, "SELECT * FROM report.meetings_by_official ORDER BY held_on, full_name");
    INFO(meetings.dump());
    REQUIRE(meetings.rows.size() == 3);
    CHECK(meetings.find({{"full_name", "Trần Văn Bình"}, {"is_chair", "t"}}).size() == 2);
    const auto hoa = meetings.find({{"full_name", "Lê Thị Hoa"}});
    REQUIRE(hoa.size() == 1);
    CHECK(meetings.text(hoa[0], "role") == "reporter");
    CHECK(meetings.text(hoa[0], "is_chair") == "f");
    CHECK(meetings.text(hoa[0], "period_label") == "6T/2023");
    CHECK(meetings.text(hoa[0], "locality_name") == "Cẩm Xuyên");
}

TEST_CASE("report.evidence gives the sentence and words behind a figure", "[report][db]") {
    TempDatabase database;
    auto conn = loaded_database(database);
    const auto evidence = query_as_reader(*conn, R"(
        SELECT e.* FROM report.evidence e
        JOIN report.figures f USING (indicator_value_id)
        WHERE f.indicator_code = 'economic_growth')");
    INFO(evidence.dump());
    REQUIRE(evidence.rows.size() == 1);
    CHECK(evidence.text(0, "fact_kind") == "indicator_value");
    CHECK(evidence.text(0, "sentence_text") == "Tốc độ tăng trưởng kinh tế đạt 7,2%.");
    CHECK(evidence.text(0, "matched_text") == "7,2%");
    CHECK(evidence.text(0, "source_name") == "review_6t_2023.txt");
}

TEST_CASE("the reader role reads the report views and nothing else", "[report][db]") {
    TempDatabase database;
    auto conn = loaded_database(database);
    CHECK(query_as_reader(*conn, "SELECT count(*) AS n FROM report.figures").text(0, "n") == "10");
    CHECK_THROWS_AS(query_as_reader(*conn, "SELECT count(*) FROM baocao.documents"), pqxx::insufficient_privilege);
    CHECK_THROWS_AS(query_as_reader(*conn, "SELECT count(*) FROM baocao_meta.schema_history"),
                    pqxx::insufficient_privilege);
    {
        pqxx::work tx(*conn);
        tx.exec("SET LOCAL ROLE baocao_reader");
        CHECK_THROWS_AS(tx.exec("INSERT INTO report.documents (source_name) VALUES ('x')"),
                        pqxx::insufficient_privilege);
    }
    {
        pqxx::work tx(*conn);
        tx.exec("SET LOCAL ROLE baocao_reader");
        CHECK_THROWS_AS(tx.exec("CREATE TABLE public.reader_table (x int)"), pqxx::insufficient_privilege);
    }
    // The role is cluster-wide: a second database migrates without trouble.
    TempDatabase second;
    auto second_conn = migrated_connection(second);
    CHECK(scalar(*second_conn, "SELECT count(*) FROM pg_roles WHERE rolname = 'baocao_reader'") == "1");
    CHECK(scalar(*second_conn, "SELECT rolcanlogin::text FROM pg_roles WHERE rolname = 'baocao_reader'") == "false");
}

TEST_CASE("every report view and column is described", "[report][db]") {
    TempDatabase database;
    auto conn = migrated_connection(database);
    const auto undescribed = query_as_reader(*conn, R"(
        SELECT c.relname || COALESCE('.' || a.attname, '') AS object
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'report'
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relkind = 'v'
          AND (COALESCE(col_description(c.oid, a.attnum), '') = '' AND a.attname IS NOT NULL
               OR COALESCE(obj_description(c.oid, 'pg_class'), '') = '')
        ORDER BY 1)");
    INFO(undescribed.dump(200));
    CHECK(undescribed.rows.empty());
    const auto views = query_as_reader(*conn, "SELECT count(*) AS n FROM pg_views WHERE schemaname = 'report'");
    CHECK(std::stoi(views.text(0, "n")) >= 18);
}

TEST_CASE("goals without a figure are in report.goals, not report.targets", "[report][db]") {
    TempDatabase database;
    auto conn = migrated_connection(database);
    ComposedArticle a("goals_2024.txt", {2024, 1, 10}, year_of(2023));
    a.target("budget_revenue", 2024, "min", {45, -10}, "VND", "Năm 2024 phấn đấu thu ngân sách trên 450 tỷ đồng.",
             "thu ngân sách");
    Document doc = a.finish();
    Target goal = doc.targets.front();
    goal.code = "other";
    goal.value.reset();
    goal.unit.clear();
    goal.direction = "eq";
    goal.text = "phấn đấu trở thành thị xã trước năm 2030";
    doc.targets.push_back(goal);
    baocao::db::Writer(*conn).write(doc);

    const auto targets = query_as_reader(*conn, "SELECT indicator_code, value FROM report.targets");
    INFO(targets.dump());
    REQUIRE(targets.rows.size() == 1);
    CHECK(targets.text(0, "indicator_code") == "budget_revenue");
    const auto goals = query_as_reader(*conn, "SELECT text, target_year, locality_name FROM report.goals");
    INFO(goals.dump());
    REQUIRE(goals.rows.size() == 1);
    CHECK(goals.text(0, "text") == "phấn đấu trở thành thị xã trước năm 2030");
    CHECK(goals.text(0, "locality_name") == "Cẩm Xuyên");
    // The goal still counts among the targets judged against later figures.
    CHECK(query_as_reader(*conn, "SELECT * FROM report.targets_vs_actuals").rows.size() == 2);
}

TEST_CASE("report views give unit names in the new tone style", "[report][db]") {
    TempDatabase database;
    auto conn = migrated_connection(database);
    // GSO writes these in the old style; gso_name keeps GSO's own spelling.
    const auto old_style = query_as_reader(*conn,
        "SELECT count(*) AS n FROM report.locality_names WHERE name ~ '(uỵ|uỷ|oà|oá)( |$)'");
    CHECK(old_style.text(0, "n") == "0");
    const auto kien_thuy = query_as_reader(*conn,
        "SELECT name, province_name FROM report.locality_names WHERE era = 2024 AND name LIKE 'Kiến Th%y'");
    INFO(kien_thuy.dump());
    REQUIRE(kien_thuy.rows.size() == 1);
    CHECK(kien_thuy.text(0, "name") == "Kiến Thụy");
    const auto dimension = query_as_reader(*conn,
        "SELECT count(*) AS n FROM report.localities WHERE locality_name ~ '(uỵ|uỷ|oà|oá)( |$)'");
    CHECK(dimension.text(0, "n") == "0");
    pqxx::work tx(*conn);
    CHECK(tx.exec1("SELECT count(*) FROM baocao.localities WHERE gso_name = 'Kiến Thuỵ'")[0].as<int>() == 1);
    // Rows written later (a future gazetteer migration) are put in the same style.
    tx.exec("INSERT INTO baocao.localities (era, code, name, type, level, parent_code, province_code) "
            "SELECT 2024, '99999', 'Thuỷ Hoà', 'Xã', 3, code, province_code FROM baocao.localities "
            "WHERE era = 2024 AND level = 2 LIMIT 1");
    CHECK(tx.exec1("SELECT name || '|' || gso_name FROM baocao.localities WHERE code = '99999'")[0].as<std::string>() ==
          "Thủy Hòa|Thuỷ Hoà");
    CHECK(tx.exec1("SELECT baocao.canonical_tones('Hoà Bình, Quý Lộc, Thuỷ Nguyên, Hoàng Mai')")[0].as<std::string>() ==
          "Hòa Bình, Quý Lộc, Thủy Nguyên, Hoàng Mai");
}
