// Place resolution on sentences composed in the genre's style.
#include <catch2/catch.hpp>

#include "extract/stages.h"
#include "model/facts.h"
#include "text/normalize.h"
#include "text/sentences.h"

using baocao::model::Document;
using baocao::model::PlaceMention;

namespace {

Document read_places(const std::string& text, std::optional<baocao::model::Date> published = std::nullopt,
                     const std::string& site = "") {
    static const auto stage = baocao::extract::make_locality_stage();
    Document doc;
    doc.text = baocao::text::normalize(text).text;
    doc.sentences = baocao::text::split_sentences(doc.text);
    doc.published_on = published;
    doc.site = site;
    stage->run(doc);
    return doc;
}

const PlaceMention* find_surface(const Document& doc, const std::string& surface) {
    for (const auto& p : doc.places)
        if (p.surface == surface) return &p;
    return nullptr;
}

}  // namespace

TEST_CASE("a district with its province in brackets", "[localities]") {
    auto doc = read_places("Sáng 3/8, huyện Cẩm Xuyên (Hà Tĩnh) tổ chức hội nghị.");
    auto* p = find_surface(doc, "huyện Cẩm Xuyên");
    REQUIRE(p);
    CHECK(p->ref.code == "446");
    CHECK(p->ref.level == 2);
    CHECK(p->ref.province_name == "Hà Tĩnh");
    CHECK(doc.context_province_code == "42");
    CHECK(doc.slice(p->evidence.match) == "huyện Cẩm Xuyên");
    CHECK_FALSE(p->evidence.sentence.empty());
}

TEST_CASE("a Party committee names its unit: Thị ủy is the town, not the district", "[localities]") {
    auto doc = read_places("Thị ủy Kỳ Anh họp phiên thường kỳ; huyện Kỳ Anh cũng báo cáo kết quả.");
    auto* town = find_surface(doc, "Thị ủy Kỳ Anh");
    REQUIRE(town);
    CHECK(town->ref.code == "449");
    CHECK(town->ref.type == "Thị xã");
    auto* district = find_surface(doc, "huyện Kỳ Anh");
    REQUIRE(district);
    CHECK(district->ref.type == "Huyện");
}

TEST_CASE("city written TP, TP. and thành phố", "[localities]") {
    auto doc = read_places("TP Thanh Hóa đạt kết quả tốt. TP. Thanh Hóa tăng thu. Thành ủy thành phố Thanh Hóa họp.");
    int found = 0;
    for (const auto& p : doc.places)
        if (p.ref.code == "380") ++found;
    CHECK(found == 3);
}

TEST_CASE("TPHT in a dateline is the provincial capital of the article's province", "[localities]") {
    auto doc = read_places("TPHT- Chiều 4/5, Thành ủy tổ chức hội nghị. Tỉnh ủy Hà Tĩnh chỉ đạo sát sao.");
    auto* p = find_surface(doc, "TPHT");
    REQUIRE(p);
    CHECK(p->ref.code == "436");
    CHECK(p->ref.level == 2);
}

TEST_CASE("a name shared by several provinces stays unresolved without context", "[localities]") {
    auto alone = read_places("Huyện ủy Châu Thành tổ chức hội nghị sơ kết.");
    auto* p = find_surface(alone, "Huyện ủy Châu Thành");
    REQUIRE(p);
    CHECK_FALSE(p->ref.resolved());
    CHECK(p->ref.name == "Châu Thành");
    CHECK(p->ref.level == 2);

    auto with_context = read_places("Huyện ủy Châu Thành tổ chức hội nghị. Tỉnh ủy Long An đánh giá cao kết quả của huyện.");
    auto* q = find_surface(with_context, "Huyện ủy Châu Thành");
    REQUIRE(q);
    CHECK(q->ref.resolved());
    CHECK(q->ref.province_name == "Long An");
}

TEST_CASE("old and new tone placement resolve alike", "[localities]") {
    auto doc = read_places("Huyện uỷ Cam Lâm (Khánh Hoà) tổ chức hội nghị lần thứ 6.");
    auto* p = find_surface(doc, "Huyện uỷ Cam Lâm");
    REQUIRE(p);
    CHECK(p->ref.code == "570");
    CHECK(p->ref.province_name == "Khánh Hòa");
}

TEST_CASE("Tỉnh ủy alone takes the province of the site", "[localities]") {
    auto doc = read_places("Chiều 9/3, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ.", std::nullopt, "baohatinh.vn");
    CHECK(doc.context_province_code == "42");
    auto* p = find_surface(doc, "Tỉnh ủy");
    REQUIRE(p);
    CHECK(p->ref.name == "Hà Tĩnh");
    CHECK(p->ref.level == 1);
}

TEST_CASE("the article's date chooses the units before or after July 2025", "[localities]") {
    auto after = read_places("HĐND xã Nguyệt Đức tổ chức kỳ họp thứ 4.", baocao::model::Date{2025, 12, 1});
    auto* p = find_surface(after, "xã Nguyệt Đức");
    REQUIRE(p);
    CHECK(p->ref.post_2025);
    CHECK(p->ref.level == 3);  // communes are level 3 in the contract after the reform too
    CHECK(p->ref.province_name == "Phú Thọ");

    auto before = read_places("HĐND xã Nguyệt Đức tổ chức kỳ họp thứ 4.", baocao::model::Date{2023, 6, 1});
    auto* q = find_surface(before, "xã Nguyệt Đức");
    REQUIRE(q);
    CHECK_FALSE(q->ref.resolved());  // two communes of that name before 2025, nothing to choose by
}

TEST_CASE("a person after a committee is not a place", "[localities]") {
    auto doc = read_places("Bí thư Tỉnh ủy Nguyễn Văn An phát biểu. Xã hội phát triển.");
    for (const auto& p : doc.places) CHECK(p.ref.name != "Nguyễn Văn");
    CHECK(doc.places.empty());
}

TEST_CASE("a commune named with its Party committee", "[localities]") {
    auto doc = read_places("Đảng ủy xã Cẩm Lộc, huyện Cẩm Xuyên tổ chức hội nghị.", baocao::model::Date{2023, 5, 1});
    auto* p = find_surface(doc, "Đảng ủy xã Cẩm Lộc");
    REQUIRE(p);
    CHECK(p->ref.resolved());
    CHECK(p->ref.level == 3);
    CHECK(p->ref.province_name == "Hà Tĩnh");
}

TEST_CASE("a province that became a city under a new name is a province under its old one", "[localities]") {
    auto doc = read_places("Ngày 8/12, Hội đồng nhân dân tỉnh Thừa Thiên - Huế khai mạc kỳ họp thứ năm.",
                           baocao::model::Date{2022, 12, 8});
    auto* p = find_surface(doc, "tỉnh Thừa Thiên - Huế");
    REQUIRE(p);
    CHECK(p->ref.code == "46");
    CHECK(p->ref.name == "Thừa Thiên Huế");  // the name and type of the day
    CHECK(p->ref.type == "Tỉnh");
    CHECK(p->ref.level == 1);
    // no date at all: the old name written is the name of the article's day
    auto undated = read_places("Tỉnh ủy tỉnh Thừa Thiên Huế tổ chức hội nghị.");
    auto* q = find_surface(undated, "tỉnh Thừa Thiên Huế");
    REQUIRE(q);
    CHECK(q->ref.name == "Thừa Thiên Huế");
    // the city's own name is no province: "tỉnh" before it does not make it one
    auto city = read_places("Thành ủy thành phố Huế họp phiên thường kỳ.", baocao::model::Date{2025, 3, 2});
    auto* c = find_surface(city, "thành phố Huế");
    REQUIRE(c);
    CHECK(c->ref.name == "Huế");
}

TEST_CASE("a council or committee followed straight by a province's name names it, any other name is no place",
          "[localities]") {
    auto doc = read_places("Sáng 9/12, HĐND Nghệ An khai mạc kỳ họp; UBND Thừa Thiên - Huế báo cáo kết quả.",
                           baocao::model::Date{2019, 12, 9});
    auto* council = find_surface(doc, "HĐND Nghệ An");
    REQUIRE(council);
    CHECK(council->ref.code == "40");
    auto* committee = find_surface(doc, "UBND Thừa Thiên - Huế");
    REQUIRE(committee);
    CHECK(committee->ref.code == "46");
    auto person = read_places("Đồng chí Chủ tịch UBND Nguyễn Văn An phát biểu; UBND Cẩm Xuyên báo cáo.");
    CHECK(person.places.empty());
}

TEST_CASE("a radio-television station's domain names its province", "[localities]") {
    auto doc = read_places("Sáng 29/11, Tỉnh ủy tổ chức hội nghị lần thứ 14.", baocao::model::Date{2023, 11, 30},
                           "ptpphuyen.vn");
    CHECK(doc.context_province_code == "54");
    REQUIRE(doc.places.size() == 1);
    CHECK(doc.places[0].ref.name == "Phú Yên");
}

TEST_CASE("a province's paper or station names the province it reports on", "[localities]") {
    auto doc = read_places(
        "Theo Đài Phát thanh và Truyền hình Thanh Hóa đưa tin, ngày 24/3, UBND tỉnh tổ chức phiên họp thường kỳ.",
        baocao::model::Date{2025, 3, 25});
    CHECK(doc.context_province_code == "38");
    auto paper = read_places("Theo Báo Nghệ An, Tỉnh ủy vừa họp phiên thường kỳ; Báo Nhân Dân cũng đưa tin.",
                             baocao::model::Date{2023, 3, 25});
    CHECK(paper.context_province_code == "40");
    REQUIRE(paper.places.size() >= 1);
    CHECK(paper.places[0].ref.name == "Nghệ An");
}

TEST_CASE("a name spelt with 'y' or 'i' after a consonant is one unit", "[localities]") {
    // The gazetteer writes "Sĩ Bình"; the press also writes "Sỹ Bình".
    for (const std::string written : {"xã Sỹ Bình", "xã Sĩ Bình"}) {
        INFO(written);
        auto doc = read_places("Ngày 28/12/2023, HĐND " + written + " (huyện Bạch Thông, tỉnh Bắc Kạn) tổ chức kỳ họp thứ tám.");
        auto* p = find_surface(doc, written);
        REQUIRE(p);
        CHECK(p->ref.code == "01978");
        CHECK(p->ref.level == 3);
    }
}

TEST_CASE("digits that open a number after a unit's type are no numbered unit", "[localities]") {
    auto figure = read_places("Tổng diện tích gieo trồng toàn huyện 5.627,8 ha, đạt 96,71% kế hoạch.");
    CHECK(figure.places.empty());
    auto ward = read_places("Sáng 29/3, HĐND Phường 8, Quận 4, Thành phố Hồ Chí Minh tổ chức hội nghị.");
    CHECK(find_surface(ward, "Phường 8"));
}

TEST_CASE("a name written with or without its apostrophe is one name", "[localities]") {
    for (const std::string written : {"xã Ea M'Droh", "xã Ea M’Droh", "xã Ea Mdroh"}) {
        const Document doc = read_places(
            "Sáng 20/8, Đảng bộ " + written + ", tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
            baocao::model::Date{2025, 8, 1});
        const PlaceMention* p = find_surface(doc, written);
        REQUIRE(p);
        CHECK(p->ref.code == "24286");
    }
}

TEST_CASE("a province in brackets that holds the name only after the reform settles the era", "[localities]") {
    // Undated: the units before July 2025 are tried first; no Lộc Ninh commune was in Đồng Nai then
    // (it was in Bình Phước, merged into Đồng Nai in 2025).
    auto doc = read_places("Đảng bộ xã Lộc Ninh (Đồng Nai) vừa tổ chức Đại hội nhiệm kỳ 2025-2030.");
    auto* p = find_surface(doc, "xã Lộc Ninh");
    REQUIRE(p);
    CHECK(p->ref.post_2025);
    CHECK(p->ref.level == 3);
    CHECK(p->ref.province_name == "Đồng Nai");
    // A name the province held before the reform stays in that era.
    auto before = read_places("Sáng 3/8, huyện Cẩm Xuyên (Hà Tĩnh) tổ chức hội nghị.");
    auto* q = find_surface(before, "huyện Cẩm Xuyên");
    REQUIRE(q);
    CHECK_FALSE(q->ref.post_2025);
}
