// The writer against a real server: documents built by hand (sentences we
// composed in the genre's style), written, re-written and replaced, then read
// back through the `report` views.
#include <thread>

#include "db/writer.h"
#include "extract/pipeline.h"
#include "db_fixture.h"
#include "text/normalize.h"

using baocao::db::LoadOutcome;
using baocao::db::Writer;
using namespace baocao::model;
using namespace baocao::testing;

namespace {

const std::string kMeetingSentence =
    "Sáng 12/7, Ban Chấp hành Đảng bộ huyện Cẩm Xuyên tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.";
const std::string kChairSentence = "Đồng chí Trần Văn Bình, Bí thư Huyện ủy chủ trì hội nghị.";
const std::string kRevenueSentence =
    "Tổng thu ngân sách ước đạt 312,5 tỷ đồng, đạt 61% kế hoạch tỉnh giao, tăng 9,7% so với cùng kỳ.";
const std::string kTargetSentence = "Phấn đấu năm 2024 thu ngân sách trên 600 tỷ đồng.";

// Byte span of the first occurrence of needle in haystack, searching from `from`.
Span find_span(const std::string& haystack, const std::string& needle, std::size_t from = 0) {
    const auto begin = haystack.find(needle, from);
    REQUIRE(begin != std::string::npos);
    return {begin, begin + needle.size()};
}

Evidence evidence_of(const std::string& text, const std::string& sentence, const std::string& match) {
    const Span s = find_span(text, sentence);
    return {s, find_span(text, match, s.begin)};
}

LocalityRef cam_xuyen() {
    LocalityRef ref;
    ref.code = "446";
    ref.name = "Cẩm Xuyên";
    ref.type = "Huyện";
    ref.level = 2;
    ref.province_code = "42";
    ref.province_name = "Hà Tĩnh";
    return ref;
}

Period first_half_2023() { return {{2023, 1, 1}, {2023, 6, 30}, "6T/2023"}; }

// A meeting report with one figure of each kind; `revenue` changes the figure
// (and so the text) to make a second version of the same article.
Document sample_document(const std::string& source_name = "001_cam_xuyen.txt",
                         const std::string& revenue = "312,5") {
    Document doc;
    doc.source_name = source_name;
    doc.path = "/articles/" + source_name;
    std::string revenue_sentence = kRevenueSentence;
    revenue_sentence.replace(revenue_sentence.find("312,5"), 5, revenue);
    doc.text = "Hội nghị sơ kết 6 tháng đầu năm 2023\n" + kMeetingSentence + " " + kChairSentence + "\n" +
               revenue_sentence + "\n" + kTargetSentence + "\n";
    doc.sha256 = baocao::text::sha256_hex(doc.text);
    doc.title = "Hội nghị sơ kết 6 tháng đầu năm 2023";
    doc.published_on = Date{2023, 7, 1};
    doc.author = "Phóng viên";
    doc.is_meeting_report = true;

    PlaceMention place;
    place.surface = "huyện Cẩm Xuyên";
    place.ref = cam_xuyen();
    place.evidence = evidence_of(doc.text, kMeetingSentence, "huyện Cẩm Xuyên");
    doc.places.push_back(place);

    Meeting meeting;
    meeting.held_on = Date{2023, 7, 12};
    meeting.time_of_day = "sáng";
    meeting.organizer = "Ban Chấp hành Đảng bộ huyện";
    meeting.locality = cam_xuyen();
    meeting.kind = "sơ kết";
    meeting.period = first_half_2023();
    meeting.chair_name = "Trần Văn Bình";
    meeting.evidence = evidence_of(doc.text, kMeetingSentence, "Sáng 12/7");
    doc.meetings.push_back(meeting);
    Meeting side_meeting = meeting;  // a second, smaller meeting the article mentions
    side_meeting.kind = "giao ban";
    side_meeting.chair_name.clear();
    doc.meetings.push_back(side_meeting);

    OfficialMention chair;
    chair.full_name = "Trần Văn Bình";
    chair.titles = {"bí thư huyện ủy"};
    chair.role = "chair";
    chair.province_name = "Hà Tĩnh";
    chair.evidence = {evidence_of(doc.text, kChairSentence, "Trần Văn Bình")};
    doc.officials.push_back(chair);
    OfficialMention again = chair;  // named twice: must stay one mention
    again.titles = {"bí thư huyện ủy", "chủ tịch hđnd huyện"};
    again.role = "speaker";
    doc.officials.push_back(again);

    IndicatorValue revenue_value;
    revenue_value.code = "budget_revenue";
    revenue_value.label = "Tổng thu ngân sách";
    revenue_value.value = revenue == "312,5" ? Decimal{3125, -8} : Decimal{4001, -8};
    revenue_value.unit = "VND";
    revenue_value.qualifier = "estimate";
    revenue_value.period = first_half_2023();
    revenue_value.locality = cam_xuyen();
    revenue_value.evidence = evidence_of(doc.text, revenue_sentence, revenue + " tỷ đồng");
    Comparison to_plan{"ratio_to_plan", Decimal{61, 0}, "kế hoạch tỉnh giao",
                       evidence_of(doc.text, revenue_sentence, "đạt 61% kế hoạch tỉnh giao")};
    Comparison to_prior{"change_vs_prior", Decimal{97, 1}, "cùng kỳ",
                        evidence_of(doc.text, revenue_sentence, "tăng 9,7% so với cùng kỳ")};
    revenue_value.comparisons = {to_plan, to_prior};
    doc.indicators.push_back(revenue_value);

    Target target;
    target.code = "budget_revenue";
    target.label = "thu ngân sách";
    target.year = 2024;
    target.direction = "min";
    target.value = Decimal{6, -11};
    target.unit = "VND";
    target.text = "thu ngân sách trên 600 tỷ đồng";
    target.locality = cam_xuyen();
    target.evidence = evidence_of(doc.text, kTargetSentence, "trên 600 tỷ đồng");
    doc.targets.push_back(target);
    return doc;
}

long long fact_rows(pqxx::connection& conn) {
    return count_rows(conn, "baocao.meetings") + count_rows(conn, "baocao.official_mentions") +
           count_rows(conn, "baocao.indicator_values") + count_rows(conn, "baocao.indicator_comparisons") +
           count_rows(conn, "baocao.targets");
}

}  // namespace

TEST_CASE("a new document is added with all its facts", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    const auto result = Writer(*conn).write(sample_document());
    CHECK(result.outcome == LoadOutcome::added);
    CHECK(result.document_id > 0);
    // 2 meetings + 1 official (named twice) + 1 figure + 2 comparisons + 1 target
    CHECK(result.facts_written == 7);
    CHECK(fact_rows(*conn) == 7);
}

TEST_CASE("writing the same document twice leaves one document", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer writer(*conn);
    const auto first = writer.write(sample_document());
    const auto second = writer.write(sample_document());
    CHECK(second.outcome == LoadOutcome::unchanged);
    CHECK(second.document_id == first.document_id);
    CHECK(second.facts_written == 0);
    CHECK(count_rows(*conn, "report.documents") == 1);
    CHECK(fact_rows(*conn) == static_cast<long long>(first.facts_written));

    SECTION("also under another file name: the text decides") {
        const auto copy = writer.write(sample_document("002_same_text.txt"));
        CHECK(copy.outcome == LoadOutcome::unchanged);
        CHECK(count_rows(*conn, "report.documents") == 1);
    }
}

TEST_CASE("the same text read by other rules, or with a new address, is read again", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer writer(*conn);
    Document doc = sample_document();
    doc.extracted_with = "rules-one";
    const auto first = writer.write(doc);
    CHECK(writer.write(doc).outcome == LoadOutcome::unchanged);

    SECTION("newer rules refresh the facts") {
        doc.extracted_with = "rules-two";
        doc.indicators[0].code = "other";  // what the newer rules make of the figure
        const auto again = writer.write(doc);
        CHECK(again.outcome == LoadOutcome::refreshed);
        CHECK(again.document_id != first.document_id);
        CHECK(count_rows(*conn, "report.documents") == 1);
        CHECK(fact_rows(*conn) == static_cast<long long>(again.facts_written));
        CHECK(scalar(*conn, "SELECT extracted_with FROM report.documents") == "rules-two");
        CHECK(scalar(*conn, "SELECT indicator_code FROM report.indicator_values") == "other");
        CHECK(writer.write(doc).outcome == LoadOutcome::unchanged);
    }
    SECTION("a web address given later is stored, with the places it names") {
        doc.source_url = "https://baohatinh.vn/huyen-cam-xuyen-so-ket/1.htm";
        PlaceMention from_url;
        from_url.surface = "huyen-cam-xuyen";
        from_url.ref = cam_xuyen();
        doc.url_places.push_back(from_url);
        doc.meetings[0].locality_basis = "named";
        doc.meetings[0].date_basis = "date_header";
        doc.meetings[0].period_basis = "meeting_sentence_widened";
        CHECK(writer.write(doc).outcome == LoadOutcome::refreshed);
        CHECK(scalar(*conn, "SELECT coalesce(date_basis, 'null') || ' ' || coalesce(period_basis, 'null') FROM "
                            "report.meetings WHERE is_main_meeting") ==
              std::string(doc.meetings[0].held_on ? "date_header" : "null") + " " +
                  (doc.meetings[0].period ? "meeting_sentence_widened" : "null"));
        CHECK(scalar(*conn, "SELECT source_url FROM report.documents") == doc.source_url);
        CHECK(scalar(*conn, "SELECT string_agg(origin || ':' || surface, ',' ORDER BY ordinal) FROM baocao.place_mentions") ==
              "text:huyện Cẩm Xuyên,source_url:huyen-cam-xuyen");
        // Places of the address have no evidence row: the address is their evidence.
        CHECK(scalar(*conn, "SELECT count(*) FROM baocao.evidence WHERE place_mention_id IS NOT NULL") == "1");
        CHECK(scalar(*conn, "SELECT locality_basis FROM report.meetings WHERE is_main_meeting") == "named");
    }
    SECTION("a copy under another name with another address stays a copy") {
        Document copy = sample_document("002_copy.txt");
        copy.extracted_with = "rules-one";
        copy.source_url = "https://other.example.vn/copy";
        CHECK(writer.write(copy).outcome == LoadOutcome::unchanged);
        CHECK(scalar(*conn, "SELECT source_name FROM report.documents") == "001_cam_xuyen.txt");
    }
}

TEST_CASE("a changed document under the same name replaces its facts", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer writer(*conn);
    const auto first = writer.write(sample_document("001_cam_xuyen.txt", "312,5"));
    const auto evidence_before = count_rows(*conn, "baocao.evidence");
    const auto changed = writer.write(sample_document("001_cam_xuyen.txt", "400,1"));
    CHECK(changed.outcome == LoadOutcome::replaced);
    CHECK(changed.facts_written == first.facts_written);
    CHECK(count_rows(*conn, "report.documents") == 1);
    CHECK(fact_rows(*conn) == static_cast<long long>(changed.facts_written));
    CHECK(count_rows(*conn, "baocao.evidence") == evidence_before);
    CHECK(scalar(*conn, "SELECT string_agg(value::text, ',') FROM report.indicator_values") == "400100000000");
    CHECK(scalar(*conn, "SELECT sha256 FROM report.documents") == sample_document("x", "400,1").sha256);
    // Nothing points at the old document any more.
    CHECK(count_rows(*conn, "baocao.evidence e LEFT JOIN baocao.documents d USING (document_id) "
                            "WHERE d.document_id IS NULL") == 0);
    CHECK(count_rows(*conn, "baocao.persons") == 1);  // people outlive the articles that name them
}

TEST_CASE("evidence offsets are character offsets into the stored text", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer(*conn).write(sample_document());

    pqxx::read_transaction tx(*conn);
    const auto rows = tx.exec(
        "SELECT e.fact_kind, e.sentence_text, "
        "       substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), "
        "       substr(d.text, e.match_start + 1, e.match_end - e.match_start), "
        "       e.match_start >= e.sentence_start AND e.match_end <= e.sentence_end "
        "FROM baocao.evidence e JOIN baocao.documents d USING (document_id) ORDER BY e.evidence_id");
    // place, 2 meetings, 2 official evidences (merged mention), figure, 2 comparisons, target
    REQUIRE(rows.size() == 9);
    std::map<std::string, std::vector<std::string>> matches;
    for (const auto& row : rows) {
        INFO(row[0].c_str());
        CHECK(row[1].as<std::string>() == row[2].as<std::string>());
        CHECK(row[4].as<bool>());
        matches[row[0].as<std::string>()].push_back(row[3].as<std::string>());
    }
    CHECK(matches["meeting"].at(0) == "Sáng 12/7");
    CHECK(matches["place_mention"].at(0) == "huyện Cẩm Xuyên");
    CHECK(matches["official_mention"].at(0) == "Trần Văn Bình");
    CHECK(matches["indicator_value"].at(0) == "312,5 tỷ đồng");
    CHECK(matches["indicator_comparison"].at(0) == "đạt 61% kế hoạch tỉnh giao");
    CHECK(matches["target"].at(0) == "trên 600 tỷ đồng");
}

TEST_CASE("the report views show what was written, as the contract describes it", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer(*conn).write(sample_document());

    CHECK(scalar(*conn, "SELECT concat_ws('|', source_name, title, published_on, author) FROM report.documents") ==
          "001_cam_xuyen.txt|Hội nghị sơ kết 6 tháng đầu năm 2023|2023-07-01|Phóng viên");
    CHECK(scalar(*conn,
                 "SELECT concat_ws('|', held_on, locality_code, locality_name, locality_level, province_name, "
                 "organizer, period_start, period_end, chair_name) FROM report.meetings "
                 "ORDER BY meeting_id LIMIT 1") ==
          "2023-07-12|446|Cẩm Xuyên|2|Hà Tĩnh|Ban Chấp hành Đảng bộ huyện|2023-01-01|2023-06-30|Trần Văn Bình");
    CHECK(scalar(*conn, "SELECT kind FROM report.meetings ORDER BY meeting_id LIMIT 1") == "sơ kết");
    CHECK(scalar(*conn, "SELECT concat_ws('|', full_name, titles, role) FROM report.official_mentions") ==
          "Trần Văn Bình|bí thư huyện ủy; chủ tịch hđnd huyện|chair");
    CHECK(scalar(*conn,
                 "SELECT concat_ws('|', locality_name, locality_level, period_start, period_end, indicator_code, "
                 "label, value, unit, qualifier) FROM report.indicator_values") ==
          "Cẩm Xuyên|2|2023-01-01|2023-06-30|budget_revenue|Tổng thu ngân sách|312500000000|VND|estimate");
    CHECK(scalar(*conn, "SELECT string_agg(kind || ' ' || percent || ' ' || basis, ', ' ORDER BY kind) "
                        "FROM report.indicator_comparisons c JOIN report.indicator_values v USING (indicator_value_id)") ==
          "change_vs_prior 9.7 cùng kỳ, ratio_to_plan 61 kế hoạch tỉnh giao");
    CHECK(scalar(*conn, "SELECT concat_ws('|', locality_name, target_year, indicator_code, direction, value, unit) "
                        "FROM report.targets") == "Cẩm Xuyên|2024|budget_revenue|min|600000000000|VND");
}

TEST_CASE("the main meeting has the smallest meeting_id of its document", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer writer(*conn);
    writer.write(sample_document("a.txt", "312,5"));
    writer.write(sample_document("b.txt", "400,1"));
    CHECK(count_rows(*conn, "report.meetings m WHERE m.is_main_meeting AND m.meeting_id <> "
                            "(SELECT min(meeting_id) FROM report.meetings x WHERE x.source_name = m.source_name)") == 0);
    CHECK(count_rows(*conn, "report.meetings WHERE is_main_meeting") == 2);
    CHECK(count_rows(*conn, "baocao.persons") == 1);  // the same official in both articles
}

TEST_CASE("what the database cannot resolve is kept as text rather than failing the document", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Document doc = sample_document();
    doc.meetings[0].locality.code = "99999";          // not a GSO code
    doc.indicators[0].code = "brand_new_indicator";   // not (yet) in the catalog
    doc.indicators[0].qualifier = "roughly";          // not a known qualifier
    const auto result = Writer(*conn).write(doc);
    CHECK(result.outcome == LoadOutcome::added);
    CHECK(scalar(*conn, "SELECT concat_ws('|', locality_code, locality_name, locality_level) FROM report.meetings "
                        "ORDER BY meeting_id LIMIT 1") == "Cẩm Xuyên");
    CHECK(scalar(*conn, "SELECT indicator_code || '|' || coalesce(qualifier, 'NULL') FROM report.indicator_values") ==
          "brand_new_indicator|NULL");
}

TEST_CASE("a post-2025 commune resolves in its own era, at the commune level", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Document doc = sample_document();
    LocalityRef commune;
    commune.code = "18673";
    commune.name = "Cẩm Xuyên";
    commune.type = "Xã";
    commune.level = 3;
    commune.post_2025 = true;
    doc.meetings[0].locality = commune;
    doc.meetings[0].held_on = Date{2025, 9, 3};
    Writer(*conn).write(doc);
    CHECK(scalar(*conn, "SELECT concat_ws('|', locality_code, locality_name, locality_level, province_name) "
                        "FROM report.meetings ORDER BY meeting_id LIMIT 1") == "18673|Cẩm Xuyên|3|Hà Tĩnh");
}

TEST_CASE("two writers storing the same text at once store it once", "[db]") {
    MigratedDatabase database;
    LoadOutcome outcomes[2] = {LoadOutcome::unchanged, LoadOutcome::unchanged};
    std::string errors[2];
    auto run = [&](int which) {
        try {
            auto conn = database.connect();
            outcomes[which] = Writer(*conn).write(sample_document()).outcome;
        } catch (const std::exception& e) {
            errors[which] = e.what();
        }
    };
    std::thread first(run, 0), second(run, 1);
    first.join();
    second.join();
    CHECK(errors[0].empty());
    CHECK(errors[1].empty());
    CHECK(((outcomes[0] == LoadOutcome::added) != (outcomes[1] == LoadOutcome::added)));
    auto conn = database.connect();
    CHECK(count_rows(*conn, "report.documents") == 1);
}

// Batches ----------------------------------------------------------------------

TEST_CASE("a batch decides each document in order, as writing them one at a time would", "[db][batch]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer writer(*conn);
    writer.write(sample_document("001_cam_xuyen.txt", "312,5"));
    const Document changed = sample_document("001_cam_xuyen.txt", "400,1");  // replaces the stored one
    const Document copy = sample_document("002_copy.txt", "400,1");         // the same text again
    const Document other = sample_document("003_other.txt", "312,5");       // the first text, now free
    const Document again = sample_document("003_other.txt", "400,1");       // same name as other, same text as changed
    const auto results = writer.write_batch({&changed, &copy, &other, &again});
    REQUIRE(results.size() == 4);
    CHECK(results[0].outcome == LoadOutcome::replaced);
    CHECK(results[1].outcome == LoadOutcome::unchanged);
    CHECK(results[1].document_id == results[0].document_id);
    CHECK(results[2].outcome == LoadOutcome::added);
    CHECK(results[2].facts_written == 7);
    CHECK(results[3].outcome == LoadOutcome::unchanged);  // its text is stored (as 001): a copy
    CHECK(count_rows(*conn, "report.documents") == 2);
    CHECK(scalar(*conn, "SELECT string_agg(source_name, ',' ORDER BY source_name) FROM report.documents") ==
          "001_cam_xuyen.txt,003_other.txt");
    CHECK(fact_rows(*conn) == 14);
    CHECK(count_rows(*conn, "baocao.evidence WHERE document_id = " + std::to_string(results[0].document_id)) ==
          count_rows(*conn, "baocao.evidence WHERE document_id = " + std::to_string(results[2].document_id)));
}

TEST_CASE("a batch replaced within itself writes only the later document", "[db][batch]") {
    MigratedDatabase database;
    auto conn = database.connect();
    const Document first = sample_document("001_cam_xuyen.txt", "312,5");
    const Document second = sample_document("001_cam_xuyen.txt", "400,1");
    const auto results = Writer(*conn).write_batch({&first, &second});
    CHECK(results[0].outcome == LoadOutcome::added);
    CHECK(results[1].outcome == LoadOutcome::replaced);
    CHECK(count_rows(*conn, "report.documents") == 1);
    CHECK(scalar(*conn, "SELECT value FROM report.indicator_values") == "400100000000");
    CHECK(fact_rows(*conn) == 7);
}

TEST_CASE("a batch with a document the database refuses stores the others, one at a time", "[db][batch]") {
    MigratedDatabase database;
    auto conn = database.connect();
    Writer writer(*conn);
    const Document good = sample_document("001_cam_xuyen.txt", "312,5");
    Document refused = sample_document("002_refused.txt", "400,1");
    refused.sha256 = "not a SHA-256";  // baocao.documents checks its form
    const Document also_good = sample_document("003_after.txt", "777,7");
    const std::vector<const Document*> batch = {&good, &refused, &also_good};

    SECTION("as one transaction: nothing of the batch is written") {
        CHECK_THROWS_WITH(writer.write_batch(batch), Catch::Contains("a batch of 3 documents") &&
                                                         Catch::Contains("nothing of it was written"));
        CHECK(count_rows(*conn, "baocao.documents") == 0);
        CHECK(count_rows(*conn, "baocao.evidence") == 0);
    }
    SECTION("document by document after the batch failed: only the bad one is missing") {
        const auto stored = writer.write_each(batch);
        REQUIRE(stored.size() == 3);
        CHECK(stored[0].result);
        CHECK_FALSE(stored[1].result);
        CHECK(stored[1].error.find("002_refused.txt") != std::string::npos);
        CHECK(stored[2].result);
        CHECK(scalar(*conn, "SELECT string_agg(source_name, ',' ORDER BY source_name) FROM report.documents") ==
              "001_cam_xuyen.txt,003_after.txt");
        CHECK(fact_rows(*conn) == 14);
    }
}

TEST_CASE("a unit renamed since is named in the views as it was on the meeting day", "[db]") {
    MigratedDatabase database;
    auto conn = database.connect();
    static const baocao::extract::Pipeline pipeline;
    // huyện Đất Đỏ (code 753) is called Long Đất from 2025-01-01; the code stays the same.
    const Document doc = pipeline.read(
        "renamed.txt", "/composed/renamed.txt",
        "Sáng 20/7/2023, HĐND huyện Đất Đỏ tổ chức kỳ họp thứ 9 để đánh giá kết quả 6 tháng đầu năm 2023.\n"
        "Tổng thu ngân sách trên địa bàn huyện Đất Đỏ đạt 210 tỷ đồng.\n");
    REQUIRE(doc.meetings.size() == 1);
    Writer(*conn).write(doc);
    pqxx::work tx(*conn);
    const auto row = tx.exec1("SELECT locality_code, locality_name FROM report.meetings WHERE source_name = 'renamed.txt'");
    CHECK(row[0].as<std::string>() == "753");
    CHECK(row[1].as<std::string>() == "Đất Đỏ");
    const auto code = tx.exec1("SELECT name FROM report.locality_names WHERE era = 2024 AND code = '753'");
    CHECK(code[0].as<std::string>() == "Long Đất");
}
