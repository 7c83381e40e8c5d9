// Places that existed in 2015-2024 but not in the 2024 snapshot (data/gazetteer/former_units.csv).
#include <catch2/catch.hpp>

#include "db_fixture.h"
#include "extract/gazetteer.h"
#include "extract/stages.h"
#include "model/facts.h"
#include "text/normalize.h"
#include "text/sentences.h"

using baocao::extract::Gazetteer;
using baocao::model::Document;
using baocao::model::PlaceMention;

namespace {

Document read_former_places(const std::string& text, baocao::model::Date published, const std::string& url = "") {
    static const auto stage = baocao::extract::make_locality_stage();
    Document doc;
    doc.text = baocao::text::normalize(text).text;
    doc.sentences = baocao::text::split_sentences(doc.text);
    doc.published_on = published;
    doc.source_url = url;
    stage->run(doc);
    return doc;
}

const PlaceMention* place_named(const Document& doc, const std::string& surface) {
    for (const auto& p : doc.places)
        if (p.surface == surface) return &p;
    return nullptr;
}

}  // namespace

TEST_CASE("a district merged on 2025-01-01 resolves in an article of 2020", "[localities]") {
    auto doc = read_former_places(
        "Chiều 20/7, HĐND huyện Long Điền tổ chức kỳ họp thứ 12 để đánh giá kết quả 6 tháng đầu năm.",
        baocao::model::Date{2020, 7, 21});
    auto* p = place_named(doc, "huyện Long Điền");
    REQUIRE(p);
    CHECK(p->ref.code == "752");
    CHECK(p->ref.level == 2);
    CHECK(p->ref.province_code == "77");
    CHECK_FALSE(p->ref.post_2025);
}

TEST_CASE("a district merged in 2020 resolves with its province in brackets", "[localities]") {
    auto doc = read_former_places("Sáng 5/12, huyện Thông Nông (Cao Bằng) tổng kết công tác năm.",
                                  baocao::model::Date{2018, 12, 6});
    auto* p = place_named(doc, "huyện Thông Nông");
    REQUIRE(p);
    CHECK(p->ref.code == "044");
    CHECK(p->ref.province_code == "04");
}

TEST_CASE("former units: current units keep their names, old names lead to the current code", "[localities]") {
    const Gazetteer& g = Gazetteer::shared();
    // Thị trấn Long Điền is still there; the former district joins it under the name, at level 2.
    bool town = false, district = false;
    for (const auto* u : g.find("Long Điền", false)) {
        town = town || u->code == "26659";
        district = district || (u->code == "752" && u->former);
    }
    CHECK(town);
    CHECK(district);
    // Đất Đỏ kept its code (753) when it became Long Đất: the old name finds that unit.
    bool dat_do = false;
    for (const auto* u : g.find("Đất Đỏ", false)) dat_do = dat_do || (u->code == "753" && !u->former);
    CHECK(dat_do);
    // Former units are pre-2025 only, and by_code finds them with their province.
    const auto* long_dien = g.by_code("752", false);
    REQUIRE(long_dien);
    CHECK(long_dien->former);
    REQUIRE(g.province_of(*long_dien));
    CHECK(g.province_of(*long_dien)->code == "77");
    for (const auto* u : g.find("Long Điền", true)) CHECK_FALSE(u->former);
}

TEST_CASE("migrate adds the former units to the 2024 era", "[db][localities]") {
    baocao::testing::MigratedDatabase database;
    auto conn = database.connect();
    CHECK(baocao::testing::scalar(*conn, "SELECT name || '|' || type || '|' || level || '|' || province_code || '|' || "
                                         "valid_to FROM baocao.localities WHERE era = 2024 AND code = '752'") ==
          "Long Điền|Huyện|2|77|2024-12-31");
    // A code still in the 2024 snapshot keeps its 2024 row.
    CHECK(baocao::testing::scalar(*conn, "SELECT valid_to FROM baocao.localities WHERE era = 2024 AND code = '753'") ==
          "2025-06-30");
}

TEST_CASE("a unit renamed since is named as it was on the article's day", "[localities]") {
    // Unit 753 was huyện Đất Đỏ until 2025-01-01, then huyện Long Đất.
    auto before = read_former_places("Chiều 7/6, UBND huyện Đất Đỏ tổ chức họp thường kỳ tháng 5.",
                                     baocao::model::Date{2023, 6, 8});
    auto* p = place_named(before, "huyện Đất Đỏ");
    REQUIRE(p);
    CHECK(p->ref.code == "753");
    CHECK(p->ref.name == "Đất Đỏ");
    auto after = read_former_places("Chiều 7/3, UBND huyện Long Đất tổ chức họp thường kỳ tháng 2.",
                                    baocao::model::Date{2025, 3, 8});
    auto* q = place_named(after, "huyện Long Đất");
    REQUIRE(q);
    CHECK(q->ref.code == "753");
    CHECK(q->ref.name == "Long Đất");
}

TEST_CASE("a commune whose name other provinces' communes bear, on its district's site", "[localities]") {
    // xã Bình Chánh of Thăng Bình (Quảng Nam), merged away in 2025; three current communes elsewhere
    // bear the name.
    auto merged = read_former_places("Ngày 22/12, HĐND xã Bình Chánh tổ chức kỳ họp thứ 5, khóa XIII.",
                                     baocao::model::Date{2022, 12, 23},
                                     "https://thangbinh.quangnam.gov.vn/tin-tuc/ky-hop-thu-5");
    auto* p = place_named(merged, "xã Bình Chánh");
    REQUIRE(p);
    CHECK(p->ref.code == "20830");
    // Two current communes Quang Trung in Hải Phòng: the district the web address names decides.
    auto two = read_former_places("Sáng 28/7, HĐND xã Quang Trung tổ chức kỳ họp thứ 2.",
                                  baocao::model::Date{2021, 7, 29},
                                  "https://anlao.haiphong.gov.vn/xa-quang-trung/ky-hop-thu-2");
    auto* q = place_named(two, "xã Quang Trung");
    REQUIRE(q);
    CHECK(q->ref.code == "11647");
}

TEST_CASE("a commune whose code a ward of another name holds now is read by the type it had then",
          "[localities]") {
    // Xã Trung Hà (Thủy Nguyên, Hải Phòng) became part of Phường Thủy Hà on 2025-01-01 under
    // the same code; other provinces still have a Xã Trung Hà.
    auto doc = read_former_places("Ngày 19/12/2021, HĐND xã Trung Hà, huyện Thủy Nguyên tổ chức kỳ họp thứ 3.",
                                  baocao::model::Date{2021, 12, 20});
    auto* p = place_named(doc, "xã Trung Hà");
    REQUIRE(p);
    CHECK(p->ref.code == "11530");
    CHECK(p->ref.type == "Xã");
    CHECK(p->ref.province_code == "31");
}

TEST_CASE("a name spelt with quý or quí finds the same unit, and is given as quý", "[localities]") {
    // The 2024 list writes the district "Phú Quí"; the press writes "Phú Quý".
    auto doc = read_former_places("Sáng 20/12, HĐND huyện Phú Quý (Bình Thuận) khai mạc kỳ họp thứ 4.",
                                  baocao::model::Date{2016, 12, 21});
    auto* p = place_named(doc, "huyện Phú Quý");
    REQUIRE(p);
    CHECK(p->ref.code == "602");
    CHECK(p->ref.name == "Phú Quý");
    auto by_url = read_former_places("Kỳ họp lần này các đại biểu đã xem xét nhiều báo cáo.", baocao::model::Date{2016, 7, 1},
                                     "https://phuquy.binhthuan.dcs.vn/post/16683/ky-hop-thu-2-hdnd-huyen-phu-quy-khoa-xi");
    REQUIRE_FALSE(by_url.url_places.empty());
    for (const auto& u : by_url.url_places) CHECK(u.ref.code == "602");
    const auto keys = Gazetteer::url_keys("Phú Quí");
    CHECK(std::find(keys.begin(), keys.end(), "phuquy") != keys.end());
    CHECK(std::find(keys.begin(), keys.end(), "phuqui") != keys.end());
}

TEST_CASE("a commune made a ward since is found under the type of its day in its own province", "[localities]") {
    // Two other provinces have a Xã Tiến Thành; Bình Phước's is a ward now.
    auto doc = read_former_places(
        "HĐND xã Tiến Thành (thị xã Đồng Xoài, Bình Phước) vừa tổ chức kỳ họp thứ năm khóa IV bất thường.",
        baocao::model::Date{2017, 12, 20});
    auto* p = place_named(doc, "xã Tiến Thành");
    REQUIRE(p);
    CHECK(p->ref.code == "25210");
    CHECK(p->ref.province_code == "70");
    CHECK(p->ref.level == 3);
    // Without anything naming its province it stays unresolved.
    auto bare = read_former_places("HĐND xã Tiến Thành vừa tổ chức kỳ họp thứ năm.", baocao::model::Date{2017, 12, 20});
    auto* q = place_named(bare, "xã Tiến Thành");
    REQUIRE(q);
    CHECK(q->ref.code.empty());
}
