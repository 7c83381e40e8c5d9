// Officials stage on sentences composed for these tests, in the style of the
// reports (names are invented). Each case is one construction the press uses.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "extract/stages.h"
#include "model/facts.h"

using baocao::model::Document;
using baocao::model::OfficialMention;

namespace {

const baocao::extract::Stage& officials_stage() {
    static const std::unique_ptr<baocao::extract::Stage> stage = baocao::extract::make_officials_stage();
    return *stage;
}

Document read(const std::string& text, const std::string& author = "") {
    Document doc;
    doc.source_name = "composed.txt";
    doc.text = text;
    doc.author = author;
    officials_stage().run(doc);
    return doc;
}

const OfficialMention* find(const Document& doc, const std::string& name) {
    for (const auto& o : doc.officials)
        if (o.full_name == name) return &o;
    return nullptr;
}

std::vector<std::string> names(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& o : doc.officials) out.push_back(o.full_name);
    return out;
}

using Titles = std::vector<std::string>;

}  // namespace

TEST_CASE("name first, then a comma list of titles", "[officials]") {
    const Document doc = read(
        "Sáng 9/3, Ban Thường vụ Huyện ủy tổ chức hội nghị. Đồng chí Nguyễn Văn Bình, ủy viên BTV Tỉnh ủy, "
        "Bí thư Huyện ủy chủ trì hội nghị.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].full_name == "Nguyễn Văn Bình");
    CHECK(doc.officials[0].titles == Titles{"ủy viên ban thường vụ tỉnh ủy", "bí thư huyện ủy"});
    CHECK(doc.officials[0].role == "chair");
}

TEST_CASE("names of the Central Highlands' peoples are names", "[officials]") {
    const Document doc = read(
        "Đến dự có Phó Chủ tịch Thường trực HĐND tỉnh Kring Hà; Phó Chủ tịch UBND tỉnh Rah Lan Thu; Trưởng ban Dân vận "
        "Tỉnh ủy Puih Văn Kiên.");
    CHECK(names(doc) == std::vector<std::string>{"Kring Hà", "Rah Lan Thu", "Puih Văn Kiên"});
}

TEST_CASE("title first, then the name", "[officials]") {
    const Document doc = read("Phó Bí thư Thường trực Huyện ủy Lê Thị Mai phát biểu kết luận hội nghị.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].full_name == "Lê Thị Mai");
    CHECK(doc.officials[0].titles == Titles{"phó bí thư thường trực huyện ủy"});
    CHECK(doc.officials[0].role == "speaker");
}

TEST_CASE("the place between title and name is dropped", "[officials]") {
    SECTION("a commune the gazetteer knows, quote after a colon") {
        const Document doc = read("Bí thư Đảng ủy xã Cẩm Thành Trần Văn Khoa: Cần quan tâm hơn đến chi bộ thôn.");
        REQUIRE(names(doc) == std::vector<std::string>{"Trần Văn Khoa"});
        CHECK(doc.officials[0].titles == Titles{"bí thư đảng ủy xã"});
        CHECK(doc.officials[0].role == "speaker");
    }
    SECTION("a district, a four-syllable name") {
        const Document doc = read("Phó Bí thư Thường trực Huyện ủy Cẩm Xuyên Hà Thị Thu Trang trình bày báo cáo.");
        REQUIRE(names(doc) == std::vector<std::string>{"Hà Thị Thu Trang"});
        CHECK(doc.officials[0].titles == Titles{"phó bí thư thường trực huyện ủy"});
        CHECK(doc.officials[0].role == "reporter");
    }
    SECTION("a province name before the name") {
        const Document doc = read("Chủ tịch UBND tỉnh Hà Tĩnh Đặng Quốc Vinh dự hội nghị.");
        REQUIRE(names(doc) == std::vector<std::string>{"Đặng Quốc Vinh"});
        CHECK(doc.officials[0].titles == Titles{"chủ tịch ủy ban nhân dân tỉnh"});
        CHECK(doc.officials[0].role == "attendee");
    }
}

TEST_CASE("ông / bà with a title naming a district", "[officials]") {
    const Document doc = read("Ông Hoàng Văn Tâm, Bí thư Huyện ủy Châu Đức trao quà cho các hộ nghèo.");
    REQUIRE(names(doc) == std::vector<std::string>{"Hoàng Văn Tâm"});  // "Châu Đức" is a place
    CHECK(doc.officials[0].titles == Titles{"bí thư huyện ủy"});
    CHECK(doc.officials[0].role == "mentioned");
}

TEST_CASE("a ',' list after 'các đồng chí:' shares the verb", "[officials]") {
    const Document doc = read(
        "Các đồng chí: Võ Thành Công - Bí thư Huyện ủy, Chủ tịch HĐND huyện; Đỗ Thị Hạnh - Phó Chủ tịch "
        "UBND huyện; Lành Văn Sáu - Phó Bí thư Huyện ủy đồng chủ trì hội nghị.");
    REQUIRE(names(doc) == std::vector<std::string>{"Võ Thành Công", "Đỗ Thị Hạnh", "Lành Văn Sáu"});
    CHECK(doc.officials[0].titles == Titles{"bí thư huyện ủy", "chủ tịch hội đồng nhân dân huyện"});
    CHECK(doc.officials[1].titles == Titles{"phó chủ tịch ủy ban nhân dân huyện"});
    CHECK(doc.officials[2].titles == Titles{"phó bí thư huyện ủy"});  // "Lành" is no known surname
    for (const auto& o : doc.officials) CHECK(o.role == "chair");
}

TEST_CASE("a photo caption line, and captions glued to the next sentence", "[officials]") {
    const Document doc = read(
        "Bí thư Huyện ủy Cẩm Xuyên Nguyễn Văn An kết luận hội nghị\n"
        "Đại biểu dự hội nghị chào cờ.Đồng chí Lê Văn Tám, Trưởng ban Dân vận Tỉnh ủy phát biểu chỉ đạo.");
    REQUIRE(names(doc) == std::vector<std::string>{"Nguyễn Văn An", "Lê Văn Tám"});
    CHECK(doc.officials[0].titles == Titles{"bí thư huyện ủy"});
    CHECK(doc.officials[1].titles == Titles{"trưởng ban dân vận tỉnh ủy"});
}

TEST_CASE("a secretary of a residential group, with the ward after a comma", "[officials]") {
    const Document doc = read("Ông Đinh Công Lý - Bí thư Chi bộ TDP Tân Hòa, phường Nam Sơn: Cần làm rõ trách nhiệm.");
    REQUIRE(names(doc) == std::vector<std::string>{"Đinh Công Lý"});
    CHECK(doc.officials[0].titles == Titles{"bí thư chi bộ tổ dân phố"});
    CHECK(doc.officials[0].role == "speaker");
}

TEST_CASE("two titled names back to back in one caption", "[officials]") {
    const Document doc = read(
        "Bí thư Thị ủy Kỳ Anh Phan Văn Hòa Phó Chủ tịch UBND tỉnh Trần Quốc Bảo trao giấy khen cho 5 tập thể.");
    REQUIRE(names(doc) == std::vector<std::string>{"Phan Văn Hòa", "Trần Quốc Bảo"});
    CHECK(doc.officials[0].titles == Titles{"bí thư thị ủy"});
    CHECK(doc.officials[1].titles == Titles{"phó chủ tịch ủy ban nhân dân tỉnh"});
}

TEST_CASE("old and new tone placement give one canonical form", "[officials]") {
    const Document doc = read(
        "Bà Trần Thị Thuỷ, Uỷ viên BTV Thị uỷ, Chủ tịch UBND thị xã dự hội nghị.\n"
        "Bà Trần Thị Thủy, Chủ tịch UBND thị xã phát biểu.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].full_name == "Trần Thị Thủy");
    CHECK(doc.officials[0].titles == Titles{"ủy viên ban thường vụ thị ủy", "chủ tịch ủy ban nhân dân thị xã"});
    CHECK(doc.officials[0].role == "speaker");  // the strongest of attendee and speaker
    CHECK(doc.officials[0].evidence.size() == 2);
}

TEST_CASE("abbreviations are expanded", "[officials]") {
    const Document doc = read(
        "Dự hội nghị có đồng chí Lương Văn Hải, TUV, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Mai Xuân Trường, "
        "Uỷ viên BCH TW Đảng, Bí thư Tỉnh uỷ, Trưởng Đoàn ĐBQH tỉnh; đồng chí Phí Thị Lan, Ủy viên UBKT "
        "Tỉnh ủy.");
    REQUIRE(names(doc) == std::vector<std::string>{"Lương Văn Hải", "Mai Xuân Trường", "Phí Thị Lan"});
    CHECK(doc.officials[0].titles == Titles{"tỉnh ủy viên", "chủ tịch ủy ban mặt trận tổ quốc tỉnh"});
    CHECK(doc.officials[1].titles == Titles{"ủy viên ban chấp hành trung ương đảng", "bí thư tỉnh ủy",
                                            "trưởng đoàn đại biểu quốc hội tỉnh"});
    CHECK(doc.officials[2].titles == Titles{"ủy viên ủy ban kiểm tra tỉnh ủy"});
    for (const auto& o : doc.officials) CHECK(o.role == "attendee");
}

TEST_CASE("departments: known, capitalised, with a roman numeral, with '&'", "[officials]") {
    const Document doc = read(
        "Trưởng ban Tuyên giáo Huyện ủy Bạch Văn Lợi, Giám đốc Sở Tài nguyên & Môi trường Đoàn Minh Quân "
        "cùng dự. Đồng chí Kiều Thị Nga - Ủy viên UBKT Thành ủy, Trưởng phòng Nghiệp vụ II phát biểu.");
    REQUIRE(names(doc) == std::vector<std::string>{"Bạch Văn Lợi", "Đoàn Minh Quân", "Kiều Thị Nga"});
    CHECK(doc.officials[0].titles == Titles{"trưởng ban tuyên giáo huyện ủy"});
    CHECK(doc.officials[1].titles == Titles{"giám đốc sở tài nguyên và môi trường"});
    CHECK(doc.officials[2].titles == Titles{"ủy viên ủy ban kiểm tra thành ủy", "trưởng phòng nghiệp vụ ii"});
}

TEST_CASE("dashes between titles start a new title", "[officials]") {
    const Document doc = read(
        "Dự có đồng chí Từ Văn Nhân – Ủy viên Ban Thường vụ Huyện ủy- Trưởng Ban Tuyên giáo - Giám đốc "
        "Trung tâm Chính trị huyện.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].titles ==
          Titles{"ủy viên ban thường vụ huyện ủy", "trưởng ban tuyên giáo", "giám đốc trung tâm chính trị huyện"});
}

TEST_CASE("names in capitals are stored in title case", "[officials]") {
    const Document doc = read("Ông NGUYỄN VĂN HÙNG, Bí thư Đảng ủy xã, phát biểu khai mạc.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].full_name == "Nguyễn Văn Hùng");
    CHECK(doc.officials[0].titles == Titles{"bí thư đảng ủy xã"});
}

TEST_CASE("not officials: streets, thought, history, awards, citizens, bylines", "[officials]") {
    const Document doc = read(
        "Đẩy nhanh tiến độ tuyến phố đi bộ Phan Chu Trinh và nâng cấp đường Lê Lợi. Tiếp tục học tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; noi gương Chủ tịch Hồ Chí Minh. Trao Huân chương Lao "
        "động hạng Ba cho ông Trần Văn Lộc. Anh Nguyễn Văn Tùng, nông dân thôn Đông, chia sẻ kinh nghiệm.\n"
        "Câu lạc bộ Lê Quý Đôn tổ chức gặp mặt.\n"
        "Nguyễn Thu Hà",
        "Nguyễn Thu Hà");
    CHECK(doc.officials.empty());
}

TEST_CASE("a title without a name makes no official", "[officials]") {
    const Document doc = read(
        "Bí thư Tỉnh ủy đề nghị các địa phương tập trung cao. Dự hội nghị có các đồng chí Ủy viên BTV Tỉnh ủy, "
        "lãnh đạo UBND tỉnh.");
    CHECK(doc.officials.empty());
}

TEST_CASE("the byline is never an official", "[officials]") {
    const Document doc = read("Ông Lý Minh Đức, Bí thư Huyện ủy phát biểu.\nLÝ MINH ĐỨC", "LÝ MINH ĐỨC");
    CHECK(doc.officials.empty());
}

TEST_CASE("province and chair come from the meeting", "[officials]") {
    Document doc;
    doc.text = "Sáng 4/8, đồng chí Cao Đức Thịnh, Bí thư Huyện ủy cùng các đồng chí trong Thường trực dự họp. "
               "Đồng chí Cao Đức Thịnh phát biểu.";
    baocao::model::Meeting meeting;
    meeting.chair_name = "Cao Đức Thịnh";
    meeting.locality.province_name = "Hà Tĩnh";
    doc.meetings.push_back(meeting);
    officials_stage().run(doc);
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].role == "chair");
    CHECK(doc.officials[0].province_name == "Hà Tĩnh");
    CHECK(doc.officials[0].evidence.size() == 2);
}

TEST_CASE("evidence points at the name inside its sentence", "[officials]") {
    const Document doc = read("Mở đầu. Phó Chủ tịch UBND huyện Trịnh Văn Long báo cáo tại hội nghị. Kết thúc.");
    REQUIRE(doc.officials.size() == 1);
    const auto& evidence = doc.officials[0].evidence.at(0);
    CHECK(doc.slice(evidence.match) == "Trịnh Văn Long");
    CHECK(doc.slice(evidence.sentence) == "Phó Chủ tịch UBND huyện Trịnh Văn Long báo cáo tại hội nghị.");
    CHECK(doc.officials[0].role == "reporter");
}

TEST_CASE("text decoded with the wrong legacy table yields no officials", "[officials]") {
    const Document doc = read(
        "Phó Chủ tịch Qũốc hộĩ Ngùỹễn Văn Áà đẫn đầủ đóàn công tác thãm đự bưổí lễ đọ Bản Thường vụ Tỉnh ủỵ "
        "tổ chức; đồng chí Trần Văn Hảĩ - Phó Bí thư Tỉnh ủỵ phát bíểù.");
    CHECK(doc.officials.empty());
}

TEST_CASE("a numbered ward, a rank before the name, a family name the lexicon lacks", "[officials]") {
    const Document doc = read(
        "Bí thư Đảng ủy Phường 5 Ngô Thị Lan phát biểu. Đại tá Quách Văn Hùng, Chỉ huy trưởng Bộ CHQS tỉnh "
        "dự hội nghị. Phó Chủ tịch UBND huyện Lành Văn Sáu trình bày tờ trình.");
    REQUIRE(names(doc) == std::vector<std::string>{"Ngô Thị Lan", "Quách Văn Hùng", "Lành Văn Sáu"});
    CHECK(doc.officials[0].titles == Titles{"bí thư đảng ủy phường"});
    CHECK(doc.officials[1].titles == Titles{"đại tá", "chỉ huy trưởng bộ chỉ huy quân sự tỉnh"});
    CHECK(doc.officials[1].role == "attendee");
    CHECK(doc.officials[2].titles == Titles{"phó chủ tịch ủy ban nhân dân huyện"});
    CHECK(doc.officials[2].role == "reporter");
}

TEST_CASE("a former official and a mass organisation", "[officials]") {
    const Document doc = read(
        "Ông Tạ Quang Huy, nguyên Bí thư Huyện ủy, chia sẻ kỷ niệm. Chủ tịch Hội Nông dân huyện Doãn Văn Tới "
        "báo cáo kết quả phong trào.");
    REQUIRE(names(doc) == std::vector<std::string>{"Tạ Quang Huy", "Doãn Văn Tới"});
    CHECK(doc.officials[0].titles == Titles{"nguyên bí thư huyện ủy"});
    CHECK(doc.officials[1].titles == Titles{"chủ tịch hội nông dân huyện"});
}

TEST_CASE("a namesake of a historical figure who holds an office today", "[officials]") {
    const Document doc = read(
        "Noi gương Chủ tịch Hồ Chí Minh, Đại tướng Võ Nguyên Giáp. Phó Chủ tịch UBND huyện Lê Hồng Phong "
        "giải trình ý kiến của đại biểu.");
    REQUIRE(names(doc) == std::vector<std::string>{"Lê Hồng Phong"});
    CHECK(doc.officials[0].titles == Titles{"phó chủ tịch ủy ban nhân dân huyện"});
}

TEST_CASE("short forms of titles: UVBTV, PBT, ĐU, Trưởng BTG", "[officials]") {
    const Document doc = read(
        "Đồng chí Lò Văn Pấng - UVBTV Tỉnh ủy, Trưởng BTG Tỉnh ủy dự hội nghị. Đồng chí Sầm Thị Na, PBT ĐU, "
        "Chủ tịch UBND xã phát biểu.");
    REQUIRE(names(doc) == std::vector<std::string>{"Lò Văn Pấng", "Sầm Thị Na"});
    CHECK(doc.officials[0].titles == Titles{"ủy viên ban thường vụ tỉnh ủy", "trưởng ban tuyên giáo tỉnh ủy"});
    CHECK(doc.officials[1].titles == Titles{"phó bí thư đảng ủy xã", "chủ tịch ủy ban nhân dân xã"});
}

TEST_CASE("a committee membership written bare takes the level of the next title", "[officials]") {
    const Document doc = read(
        "Đồng chí Đỗ Văn Hùng - UV BTV - Chủ tịch UBMTTQ huyện chủ trì hội nghị. "
        "Đồng chí Lý Thị Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.");
    const OfficialMention* hung = find(doc, "Đỗ Văn Hùng");
    REQUIRE(hung);
    CHECK(hung->titles == Titles{"ủy viên ban thường vụ huyện ủy", "chủ tịch ủy ban mặt trận tổ quốc huyện"});
    const OfficialMention* ha = find(doc, "Lý Thị Hà");
    REQUIRE(ha);
    CHECK(ha->titles.front() == "ủy viên ban thường vụ tỉnh ủy");
}

TEST_CASE("a list of 'name - titles' joined by commas: the next name is no place", "[officials]") {
    const Document doc = read(
        "Các đồng chí: Phùng Văn Lực - TUV, Chủ tịch HĐND xã, Đào Thị Hằng - Ủy viên BTV Đảng ủy, Phó Chủ tịch "
        "HĐND xã điều hành kỳ họp.");
    REQUIRE(names(doc) == std::vector<std::string>{"Phùng Văn Lực", "Đào Thị Hằng"});
    CHECK(doc.officials[0].titles == Titles{"tỉnh ủy viên", "chủ tịch hội đồng nhân dân xã"});
    CHECK(doc.officials[1].titles == Titles{"ủy viên ban thường vụ đảng ủy xã", "phó chủ tịch hội đồng nhân dân xã"});
}

TEST_CASE("UVTV for a standing-committee member, a vice chair in charge of the council's work", "[officials]") {
    const Document doc = read(
        "Đồng chí Hà Minh Khôi, UVTV, Trưởng Ban Tổ chức Tỉnh ủy phát biểu. Phó Chủ tịch Thường trực phụ trách "
        "hoạt động HĐND tỉnh Lục Văn Thái khai mạc kỳ họp.");
    REQUIRE(names(doc) == std::vector<std::string>{"Hà Minh Khôi", "Lục Văn Thái"});
    CHECK(doc.officials[0].titles == Titles{"ủy viên ban thường vụ tỉnh ủy", "trưởng ban tổ chức tỉnh ủy"});
    CHECK(doc.officials[1].titles ==
          Titles{"phó chủ tịch thường trực phụ trách hoạt động hội đồng nhân dân tỉnh"});
}

TEST_CASE("a dash between the titles and the name they precede", "[officials]") {
    const Document doc = read(
        "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An - Phạm Văn Lộc đến dự. Theo Bí thư Huyện ủy Đức Hòa-Trần "
        "Nhật Duy, kinh tế tăng trưởng khá. Phó Chủ tịch HĐND huyện – Võ Văn Út chủ trì kỳ họp.");
    REQUIRE(names(doc) == std::vector<std::string>{"Phạm Văn Lộc", "Trần Nhật Duy", "Võ Văn Út"});
    CHECK(doc.officials[0].titles == Titles{"bí thư tỉnh ủy", "chủ tịch hội đồng nhân dân tỉnh"});
    CHECK(doc.officials[1].titles == Titles{"bí thư huyện ủy"});
    CHECK(doc.officials[2].titles == Titles{"phó chủ tịch hội đồng nhân dân huyện"});
    CHECK(doc.officials[2].role == "chair");
}

TEST_CASE("an office taken: elected, re-elected, appointed, for every name listed before it", "[officials]") {
    const Document doc = read(
        "Ông Lưu Văn Quý tái đắc cử, giữ chức Bí thư Tỉnh ủy. Đại hội bầu các đồng chí Lưu Thị Hoa, Trịnh Văn "
        "Sơn được tái cử giữ chức Phó Bí thư Tỉnh ủy. Ông Phạm Quốc Việt, Trưởng ban Tổ chức Tỉnh ủy, vừa được "
        "bầu giữ chức Bí thư Thành ủy. Ông Đỗ Minh Hải làm Bí thư Huyện ủy. Bà Vương Thị Lan được Chủ tịch UBND "
        "tỉnh tặng bằng khen.");
    REQUIRE(names(doc) ==
            std::vector<std::string>{"Lưu Văn Quý", "Lưu Thị Hoa", "Trịnh Văn Sơn", "Phạm Quốc Việt", "Đỗ Minh Hải"});
    CHECK(doc.officials[0].titles == Titles{"bí thư tỉnh ủy"});
    CHECK(doc.officials[1].titles == Titles{"phó bí thư tỉnh ủy"});
    CHECK(doc.officials[2].titles == Titles{"phó bí thư tỉnh ủy"});
    CHECK(doc.officials[3].titles == Titles{"trưởng ban tổ chức tỉnh ủy", "bí thư thành ủy"});
    CHECK(doc.officials[4].titles == Titles{"bí thư huyện ủy"});
}

TEST_CASE("a ',' list of titled names elected to one office", "[officials]") {
    const Document doc = read(
        "Hai đồng chí: Mạc Văn Tùng, Phó Bí thư Thường trực Tỉnh ủy khóa XIX; Lý Thị Ngân, Ủy viên Ban Thường vụ "
        "Tỉnh ủy khóa XIX, Chủ tịch Hội đồng nhân dân tỉnh Cao Bằng được bầu giữ chức Phó Bí thư Tỉnh ủy Cao "
        "Bằng khóa XX.");
    REQUIRE(names(doc) == std::vector<std::string>{"Mạc Văn Tùng", "Lý Thị Ngân"});
    CHECK(doc.officials[0].titles == Titles{"phó bí thư thường trực tỉnh ủy", "phó bí thư tỉnh ủy"});
    CHECK(doc.officials[1].titles ==
          Titles{"ủy viên ban thường vụ tỉnh ủy", "chủ tịch hội đồng nhân dân tỉnh", "phó bí thư tỉnh ủy"});
}

TEST_CASE("the level word repeated after its own committee is dropped", "[officials]") {
    const Document doc = read("Ông Cù Văn Lâm làm Bí thư Huyện ủy huyện Bình Chánh từ tháng 8.");
    REQUIRE(names(doc) == std::vector<std::string>{"Cù Văn Lâm"});
    CHECK(doc.officials[0].titles == Titles{"bí thư huyện ủy"});
}

TEST_CASE("a text wrapped at a fixed width is read by paragraph", "[officials]") {
    const Document doc = read(
        "Chiều ngày 18/02/2022, Huyện ủy Sơn Hà tổ chức Hội\n"
        "nghị tổng kết công tác xây dựng Đảng năm 2021, triển khai phương hướng,\n"
        "nhiệm vụ trọng tâm năm 2022. Dự có đồng chí Trịnh Văn Khải, TUV, Phó\n"
        "Trưởng Ban Tổ chức Tỉnh ủy. Đồng chí Phan Thị Minh\n"
        "Hạnh - Bí thư Huyện ủy, Chủ tịch HĐND\n"
        "huyện; Đào Ngọc Lâm -\n"
        "Phó Bí thư, Chủ tịch UBND huyện chủ trì hội nghị.\n\n"
        "Năm\n"
        "2021, kinh tế của huyện tăng trưởng khá, thu ngân sách vượt dự toán, các\n"
        "chương trình mục tiêu quốc gia được triển khai đồng bộ, đời sống của\n"
        "nhân dân được nâng lên.\n");
    REQUIRE(names(doc) == std::vector<std::string>{"Trịnh Văn Khải", "Phan Thị Minh Hạnh", "Đào Ngọc Lâm"});
    CHECK(doc.officials[0].titles == Titles{"tỉnh ủy viên", "phó trưởng ban tổ chức tỉnh ủy"});
    CHECK(doc.officials[1].titles == Titles{"bí thư huyện ủy", "chủ tịch hội đồng nhân dân huyện"});
    CHECK(doc.officials[2].titles == Titles{"phó bí thư", "chủ tịch ủy ban nhân dân huyện"});
    CHECK(doc.officials[2].role == "chair");
}

TEST_CASE("the head of a National Assembly delegation of a constituency", "[officials]") {
    const Document doc = read("Dự có ông Kha Văn Tín – Trưởng Đoàn Đại biểu Quốc hội đơn vị tỉnh Tiền Giang.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].titles == Titles{"trưởng đoàn đại biểu quốc hội đơn vị tỉnh"});
}

TEST_CASE("a title given or taken 'đối với' a person, after its term", "[officials]") {
    const Document doc = read(
        "Kỳ họp miễn nhiệm chức danh Chủ tịch HĐND huyện khóa XI (nhiệm kỳ 2016-2021) đối với ông Tạ Văn Phú; "
        "miễn nhiệm Phó Trưởng ban Kinh tế-Xã hội HĐND huyện khóa XI (nhiệm kỳ 2016-2021) đối với ông Lã Văn Tâm. "
        "Kỳ họp bầu bổ sung chức danh Ủy viên UBND thị xã khóa III, nhiệm kỳ 2016 - 2021 đối với ông Lưu Ngọc Tú - "
        "Trưởng Công an thị xã.");
    REQUIRE(names(doc) == std::vector<std::string>{"Tạ Văn Phú", "Lã Văn Tâm", "Lưu Ngọc Tú"});
    CHECK(doc.officials[0].titles == Titles{"chủ tịch hội đồng nhân dân huyện"});
    CHECK(doc.officials[1].titles == Titles{"phó trưởng ban kinh tế-xã hội hội đồng nhân dân huyện"});
    CHECK(doc.officials[2].titles == Titles{"ủy viên ủy ban nhân dân thị xã", "trưởng công an thị xã"});
    const Document two = read("Kỳ họp bầu bổ sung chức danh Phó Bí thư Đảng ủy, Chủ tịch UBND xã đối với bà Lò Thị Én.");
    REQUIRE(two.officials.size() == 1);
    CHECK(two.officials[0].titles == Titles{"phó bí thư đảng ủy xã", "chủ tịch ủy ban nhân dân xã"});
    const Document award = read("Tặng Bằng khen của Chủ tịch UBND tỉnh đối với ông Lò Văn Hùng, nông dân xã Sơn Hà.");
    CHECK(award.officials.empty());
}

TEST_CASE("names listed after a shared title: 'đối với các ông', a count, 'gồm', a dash", "[officials]") {
    const Document dismissed = read(
        "Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND huyện nhiệm kỳ 2021 - 2026 đối với các ông Phạm Văn Hoàng, "
        "Lô Đình Xuân, Đào Đăng và bầu bổ sung ủy viên UBND huyện. Kỳ họp miễn nhiệm 02 đại biểu HĐND xã đối với "
        "bà Nguyễn Thị Hoa và bà Hồ Thị Chiên do chuyển công tác.");
    REQUIRE(names(dismissed) ==
            std::vector<std::string>{"Phạm Văn Hoàng", "Lô Đình Xuân", "Đào Đăng", "Nguyễn Thị Hoa", "Hồ Thị Chiên"});
    CHECK(dismissed.officials[2].titles == Titles{"đại biểu hội đồng nhân dân huyện"});
    CHECK(dismissed.officials[4].titles == Titles{"đại biểu hội đồng nhân dân xã"});
    const Document counted = read(
        "Chủ tịch UBND tỉnh Hồ Văn Mạnh cùng 2 Phó Chủ tịch UBND tỉnh Lê Văn Phúc và Nguyễn Thị Minh Thư chủ trì. "
        "Dự có các Phó Chủ tịch Võ Đức Trọng- Dương Văn Thành, Trần Văn Chinh và lãnh đạo các sở.");
    REQUIRE(names(counted) == std::vector<std::string>{"Hồ Văn Mạnh", "Lê Văn Phúc", "Nguyễn Thị Minh Thư",
                                                       "Võ Đức Trọng", "Dương Văn Thành", "Trần Văn Chinh"});
    CHECK(counted.officials[2].titles == Titles{"phó chủ tịch ủy ban nhân dân tỉnh"});
    CHECK(counted.officials[5].titles == Titles{"phó chủ tịch"});
    const Document members = read(
        "Các Phó Bí thư Tỉnh ủy gồm ông Tạ Anh Tú, Chủ tịch UBND tỉnh; bà Huỳnh Thị Chiến Hà và ông Đỗ Hữu Hòa.");
    REQUIRE(names(members) == std::vector<std::string>{"Tạ Anh Tú", "Huỳnh Thị Chiến Hà", "Đỗ Hữu Hòa"});
    CHECK(members.officials[0].titles == Titles{"phó bí thư tỉnh ủy", "chủ tịch ủy ban nhân dân tỉnh"});
    CHECK(members.officials[2].titles == Titles{"phó bí thư tỉnh ủy"});
    // One name after a title, then a bare name: no list, the second is nobody's official.
    const Document single = read("Bí thư Huyện ủy Lê Văn Tú và Trần Văn Bảy trao quà cho các hộ nghèo.");
    CHECK(names(single) == std::vector<std::string>{"Lê Văn Tú"});
}

TEST_CASE("titles after a name and a colon, following an honorific", "[officials]") {
    const Document doc = read(
        "Dự Đại hội có đồng chí Vũ Minh Hiền: Tỉnh ủy viên, Bí thư Huyện ủy; đồng chí Lê Tuấn Hùng: Phó Bí thư "
        "Huyện ủy, Chủ tịch UBND huyện. Ông Trần Văn Sáu: Tôi rất phấn khởi.");
    REQUIRE(names(doc) == std::vector<std::string>{"Vũ Minh Hiền", "Lê Tuấn Hùng"});
    CHECK(doc.officials[0].titles == Titles{"tỉnh ủy viên", "bí thư huyện ủy"});
    CHECK(doc.officials[1].titles == Titles{"phó bí thư huyện ủy", "chủ tịch ủy ban nhân dân huyện"});
}

TEST_CASE("a given name alone after 'ông' stands for the person named in full before", "[officials]") {
    const Document doc = read(
        "Đại hội bầu các đồng chí Ngô Văn Quất, Hồ Thị Hà giữ chức Phó Bí thư Tỉnh ủy. Ông Quất được phân công "
        "giữ chức Phó Bí thư Thường trực Tỉnh ủy. Ông Lâm, Chủ tịch Hội Nông dân xã, phát biểu. Chị Hà, Trưởng "
        "thôn Đông, chia sẻ.");
    REQUIRE(names(doc) == std::vector<std::string>{"Ngô Văn Quất", "Hồ Thị Hà"});
    CHECK(doc.officials[0].titles == Titles{"phó bí thư tỉnh ủy", "phó bí thư thường trực tỉnh ủy"});
    CHECK(doc.officials[1].titles == Titles{"phó bí thư tỉnh ủy"});  // "chị Hà" may be anyone
}

TEST_CASE("a title word inside a body's name is no title of the next person", "[officials]") {
    const Document doc = read(
        "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Hà Văn Nam, UVTV, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].titles == Titles{"ủy viên ban thường vụ tỉnh ủy", "trưởng ban tổ chức tỉnh ủy"});
}

TEST_CASE("titles joined by 'kiêm', before or after the name", "[officials]") {
    const Document doc = read(
        "Đồng chí Nông Văn Chính, Bí thư Huyện ủy kiêm Chủ tịch UBND huyện phát biểu. Bí thư Đảng ủy kiêm Chủ "
        "tịch HĐND xã Ma Thị Dung báo cáo. Bà Lường Thị Én, Chủ tịch Hội LHPN huyện cùng dự.");
    REQUIRE(names(doc) == std::vector<std::string>{"Nông Văn Chính", "Ma Thị Dung", "Lường Thị Én"});
    CHECK(doc.officials[0].titles == Titles{"bí thư huyện ủy", "chủ tịch ủy ban nhân dân huyện"});
    CHECK(doc.officials[1].titles == Titles{"bí thư đảng ủy xã", "chủ tịch hội đồng nhân dân xã"});
    CHECK(doc.officials[2].titles == Titles{"chủ tịch hội liên hiệp phụ nữ huyện"});
}

TEST_CASE("one title shared by a list of names after it", "[officials]") {
    const Document doc = read(
        "Dự hội nghị có các đồng chí Phó Bí thư Huyện ủy: Hoàng Văn Khiêm, Đỗ Thị Phương. Các Phó Chủ tịch UBND "
        "huyện Bùi Văn Hải, Đinh Văn Khánh và Lò Văn Mười cùng dự. Chủ tịch UBND xã Vi Văn Quý, ông Lục Văn Sơn "
        "và nhiều hộ dân dự lễ.");
    REQUIRE(names(doc) == std::vector<std::string>{"Hoàng Văn Khiêm", "Đỗ Thị Phương", "Bùi Văn Hải",
                                                   "Đinh Văn Khánh", "Lò Văn Mười", "Vi Văn Quý"});
    for (std::size_t i = 0; i < 2; ++i) CHECK(doc.officials[i].titles == Titles{"phó bí thư huyện ủy"});
    for (std::size_t i = 2; i < 5; ++i)
        CHECK(doc.officials[i].titles == Titles{"phó chủ tịch ủy ban nhân dân huyện"});
    CHECK(doc.officials[5].titles == Titles{"chủ tịch ủy ban nhân dân xã"});
}

TEST_CASE("departments written short, an office of two bodies, a body represented", "[officials]") {
    const Document doc = read(
        "Bà Khổng Thị Cúc, Phó Giám đốc Sở KH&ĐT cho biết. Ông Trần Văn Bảo, Giám đốc Sở Nông nghiệp và PTNT "
        "tỉnh phát biểu. Ông Doãn Văn An, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh cho biết. Đồng chí Vũ Thị Hoa, "
        "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh phát biểu. Thay mặt Thường trực "
        "HĐND huyện, đồng chí Tô Văn Quý, Phó Chủ tịch HĐND huyện báo cáo.");
    REQUIRE(names(doc) ==
            std::vector<std::string>{"Khổng Thị Cúc", "Trần Văn Bảo", "Doãn Văn An", "Vũ Thị Hoa", "Tô Văn Quý"});
    CHECK(doc.officials[0].titles == Titles{"phó giám đốc sở kế hoạch và đầu tư"});
    CHECK(doc.officials[1].titles == Titles{"giám đốc sở nông nghiệp và phát triển nông thôn tỉnh"});
    CHECK(doc.officials[2].titles == Titles{"chánh văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân tỉnh"});
    CHECK(doc.officials[3].titles == Titles{"phó chủ tịch ủy ban nhân dân tỉnh", "trưởng ban chỉ đạo"});
    CHECK(doc.officials[4].titles == Titles{"phó chủ tịch hội đồng nhân dân huyện"});
}

TEST_CASE("an office given by a body named in a passive, also in brackets", "[officials]") {
    const Document doc = read(
        "Kỳ họp miễn nhiệm chức danh Chủ tịch HĐND huyện đối với ông Tạ Văn Phú (do được Tỉnh ủy điều động giữ "
        "chức Phó Trưởng ban Nội chính Tỉnh ủy). Ông Mạc Văn Lương được Ban Thường vụ Tỉnh ủy chỉ định giữ chức "
        "Bí thư Huyện ủy. Bà Hà Thị Liên được UBND tỉnh tặng Bằng khen.");
    REQUIRE(names(doc) == std::vector<std::string>{"Tạ Văn Phú", "Mạc Văn Lương"});
    CHECK(doc.officials[0].titles ==
          Titles{"chủ tịch hội đồng nhân dân huyện", "phó trưởng ban nội chính tỉnh ủy"});
    CHECK(doc.officials[1].titles == Titles{"bí thư huyện ủy"});
    const Document police = read("Ông Vi Văn Hào được bổ nhiệm làm Trưởng phòng PC06 - Công an tỉnh.");
    REQUIRE(police.officials.size() == 1);
    CHECK(police.officials[0].titles == Titles{"trưởng phòng pc06 - công an tỉnh"});
}

TEST_CASE("the province after a department's name is dropped", "[officials]") {
    const Document doc = read(
        "Ông Đỗ Văn Em, Giám đốc Sở Tài chính Hà Tĩnh cho biết. Giám đốc Sở Nội vụ Hà Tĩnh Trần Văn Bình dự.");
    REQUIRE(names(doc) == std::vector<std::string>{"Đỗ Văn Em", "Trần Văn Bình"});
    CHECK(doc.officials[0].titles == Titles{"giám đốc sở tài chính"});
    CHECK(doc.officials[1].titles == Titles{"giám đốc sở nội vụ"});
}

TEST_CASE("abbreviated titles written with a dot, and TVTU, T.Ư", "[officials]") {
    const Document dotted = read("Đ/c Rơ Lan Hương - PBT. Đảng ủy – CT. UBND xã – chủ trì hội nghị; Đ/c Siu Bình – PCT. HĐND xã.");
    const OfficialMention* chair = find(dotted, "Rơ Lan Hương");
    REQUIRE(chair);
    CHECK(chair->titles == Titles{"phó bí thư đảng ủy xã", "chủ tịch ủy ban nhân dân xã"});
    const OfficialMention* deputy = find(dotted, "Siu Bình");
    REQUIRE(deputy);
    CHECK(deputy->titles == Titles{"phó chủ tịch hội đồng nhân dân xã"});

    const Document party = read("Ông Nguyễn Tiến Hùng, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy, đến dự đại hội. Đồng chí Lê Văn Nam, "
                                "Ủy viên Ban TVTU, Bí thư Thành ủy phát biểu.");
    const OfficialMention* hung = find(party, "Nguyễn Tiến Hùng");
    REQUIRE(hung);
    CHECK(hung->titles == Titles{"ủy viên trung ương đảng", "bí thư tỉnh ủy"});
    const OfficialMention* nam = find(party, "Lê Văn Nam");
    REQUIRE(nam);
    CHECK(nam->titles.front() == "ủy viên ban thường vụ tỉnh ủy");
}

TEST_CASE("a name opening with a capital, an apostrophe and a capital is one name", "[officials]") {
    const Document doc = read(
        "Chủ trì kỳ họp có bà H'Bia Niê – Bí thư Đảng ủy xã, Chủ tịch HĐND xã; bà H\u2019Xuân Mlô – Phó Chủ tịch "
        "UBND xã.");
    CHECK(find(doc, "H'Bia Niê"));
    CHECK(find(doc, "H\u2019Xuân Mlô"));
    CHECK_FALSE(find(doc, "Bia Niê"));
}

TEST_CASE("after an honorific, the title may follow the name with nothing between", "[officials]") {
    const Document doc = read(
        "Về dự có đồng chí Trần Văn Tâm PCT HĐND huyện. Đồng chí Lê Hồng Sơn Chủ tịch HĐND xã bế mạc kỳ họp.");
    const auto* tam = find(doc, "Trần Văn Tâm");
    REQUIRE(tam);
    CHECK(tam->titles == Titles{"phó chủ tịch hội đồng nhân dân huyện"});
    const auto* son = find(doc, "Lê Hồng Sơn");
    REQUIRE(son);
    CHECK(son->titles == Titles{"chủ tịch hội đồng nhân dân xã"});
}

TEST_CASE("names listed before 'tái cử chức' all take the office", "[officials]") {
    const Document doc = read(
        "Kỳ họp bầu các ông Bùi Văn Hải, Đinh Công Sơn tái cử chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026. "
        "Phó Chủ tịch Quốc hội Uông Văn Lực dự kỳ họp.");
    for (const char* name : {"Bùi Văn Hải", "Đinh Công Sơn"}) {
        const auto* o = find(doc, name);
        REQUIRE(o);
        CHECK(o->titles == Titles{"phó chủ tịch ủy ban nhân dân tỉnh"});
    }
    CHECK(find(doc, "Uông Văn Lực"));
}

TEST_CASE("titles joined by a dash before the name, or by a slash after it, are all the person's", "[officials]") {
    const Document doc = read(
        "Phó Bí thư Thường trực Huyện ủy - Chủ tịch HĐND huyện Nguyễn Văn Hiền khai mạc kỳ họp. Dự có đồng chí "
        "Trần Văn Lực - Phó Bí thư/ Chủ tịch UBND phường.");
    const auto* hien = find(doc, "Nguyễn Văn Hiền");
    REQUIRE(hien);
    CHECK(hien->titles == Titles{"phó bí thư thường trực huyện ủy", "chủ tịch hội đồng nhân dân huyện"});
    const auto* luc = find(doc, "Trần Văn Lực");
    REQUIRE(luc);
    CHECK(luc->titles == Titles{"phó bí thư", "chủ tịch ủy ban nhân dân phường"});
}

TEST_CASE("committee abbreviations glued to the membership or written ThU, HU", "[officials]") {
    const Document doc = read(
        "Dự hội nghị có đồng chí Lê Thị Minh Hải, UVBTVHU, Phó Chủ tịch HĐND huyện; Bùi Thị Kim Thư, UVBTV ThU, Phó "
        "Chủ tịch UBND thành phố.");
    const auto* hai = find(doc, "Lê Thị Minh Hải");
    REQUIRE(hai);
    CHECK(hai->titles == Titles{"ủy viên ban thường vụ huyện ủy", "phó chủ tịch hội đồng nhân dân huyện"});
    const auto* thu = find(doc, "Bùi Thị Kim Thư");
    REQUIRE(thu);
    CHECK(thu->titles == Titles{"ủy viên ban thường vụ thành ủy", "phó chủ tịch ủy ban nhân dân thành phố"});
}

TEST_CASE("a Central Committee membership written 'UVTƯ'", "[officials]") {
    const Document doc = read("Đồng chí Nguyễn Văn Lâm, UVTƯ Đảng, Bí thư Tỉnh ủy khóa X, tái đắc cử Bí thư Tỉnh ủy khóa XI.");
    const auto* lam = find(doc, "Nguyễn Văn Lâm");
    REQUIRE(lam);
    CHECK(lam->titles.front() == "ủy viên trung ương đảng");
}

TEST_CASE("names listed bare after 'các đồng chí' share the titles written after the last", "[officials]") {
    const Document doc = read(
        "Các đồng chí Nguyễn Văn Chung, Phạm Minh Luyến, Phó Bí thư Huyện ủy, trình bày các dự thảo văn kiện. "
        "Đồng chí Lê Văn Tám, Chủ tịch UBND huyện phát biểu.");
    for (const char* name : {"Nguyễn Văn Chung", "Phạm Minh Luyến"}) {
        const auto* o = find(doc, name);
        REQUIRE(o);
        CHECK(o->titles == Titles{"phó bí thư huyện ủy"});
    }
    const auto* tam = find(doc, "Lê Văn Tám");
    REQUIRE(tam);
    CHECK(tam->titles == Titles{"chủ tịch ủy ban nhân dân huyện"});
}

TEST_CASE("titles before the colon of a plural list are every listed person's, beside their own", "[officials]") {
    const Document doc = read(
        "Dự đại hội có các ủy viên Trung ương Đảng: Phó trưởng Ban Nội chính Trung ương Lê Hồng Quân, Bí thư Tỉnh "
        "ủy Trần Văn Sơn; Thượng tướng Nguyễn Hồng Thắng, Thứ trưởng Bộ Quốc phòng.");
    const auto* quan = find(doc, "Lê Hồng Quân");
    REQUIRE(quan);
    CHECK(quan->titles == Titles{"ủy viên trung ương đảng", "phó trưởng ban nội chính trung ương"});
    const auto* son = find(doc, "Trần Văn Sơn");
    REQUIRE(son);
    CHECK(son->titles == Titles{"ủy viên trung ương đảng", "bí thư tỉnh ủy"});
    const auto* thang = find(doc, "Nguyễn Hồng Thắng");
    REQUIRE(thang);
    CHECK(std::find(thang->titles.begin(), thang->titles.end(), "ủy viên trung ương đảng") == thang->titles.end());
}

TEST_CASE("a bare 'Bí thư Đảng ủy' takes the commune level of the person's next title", "[officials]") {
    const Document doc = read("Phát biểu tại kỳ họp, Bí thư Đảng ủy, Chủ tịch HĐND phường Xuân Hòa Lâm Quang Thành đề nghị.");
    const auto* o = find(doc, "Lâm Quang Thành");
    REQUIRE(o);
    CHECK(o->titles == Titles{"bí thư đảng ủy phường", "chủ tịch hội đồng nhân dân phường"});
}

TEST_CASE("the Vietnam General Confederation of Labour is an organ of a title", "[officials]") {
    const Document doc = read("Chủ tịch Tổng Liên đoàn Lao động Việt Nam Nguyễn Đình Khải phát biểu chỉ đạo đại hội.");
    const auto* o = find(doc, "Nguyễn Đình Khải");
    REQUIRE(o);
    CHECK(o->titles == Titles{"chủ tịch tổng liên đoàn lao động việt nam"});
}

TEST_CASE("a numbered working group keeps its number in the title", "[officials]") {
    const Document doc = read(
        "Dự đại hội có đồng chí Lê Văn Kiên, Ủy viên Ban Thường vụ Thành ủy, Tổ trưởng Tổ Công tác số 17; "
        "đồng chí Trần Văn Bình, Phó Trưởng Đoàn công tác số 2 của Thành ủy; đồng chí Ngô Văn Tâm, "
        "Trưởng đoàn công tác số 7.");
    const auto* kien = find(doc, "Lê Văn Kiên");
    REQUIRE(kien);
    CHECK(kien->titles == Titles{"ủy viên ban thường vụ thành ủy", "tổ trưởng tổ công tác số 17"});
    const auto* binh = find(doc, "Trần Văn Bình");
    REQUIRE(binh);
    CHECK(binh->titles == Titles{"phó trưởng đoàn công tác số 2 của thành ủy"});
    const auto* tam = find(doc, "Ngô Văn Tâm");
    REQUIRE(tam);
    CHECK(tam->titles == Titles{"trưởng đoàn công tác số 7"});
}

TEST_CASE("'tổ trưởng' alone, with no group after it, is no title", "[officials]") {
    const Document doc = read("Ông Lê Văn Hùng, tổ trưởng, cho biết bà con rất phấn khởi.");
    const auto* hung = find(doc, "Lê Văn Hùng");
    CHECK((!hung || hung->titles.empty()));
}

TEST_CASE("family names of the south-central coast and the north's peoples start a name", "[officials]") {
    const Document doc = read(
        "Về dự kỳ họp có các đồng chí: Hán Vĩnh Tựu - Phó Chủ tịch HĐND xã, Tẩn Láo Sử - Chủ tịch UBND xã, "
        "Lưu Văn Tuấn - Phó Bí thư Đảng ủy.");
    const auto* han = find(doc, "Hán Vĩnh Tựu");
    REQUIRE(han);
    CHECK(han->titles == Titles{"phó chủ tịch hội đồng nhân dân xã"});
    CHECK(find(doc, "Tẩn Láo Sử"));
    const auto* luu = find(doc, "Lưu Văn Tuấn");
    REQUIRE(luu);
    CHECK(luu->titles == Titles{"phó bí thư đảng ủy"});
}

TEST_CASE("a run-on line far longer than a paragraph is read in sentence-sized pieces, nothing lost",
          "[officials][long]") {
    // One line of about 100 KB: the officials stage reads it in pieces that end
    // where a sentence ends (its memory is that of a piece, not of the line).
    std::string text = "Sáng 9/3, Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm.";
    while (text.size() < 100 * 1024) text += " Các ngành tiếp tục triển khai nhiệm vụ trọng tâm của huyện.";
    const std::size_t name_at = text.size() + 1 + std::string("Đồng chí ").size();
    text += " Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy chủ trì hội nghị.";
    text += " Phó Chủ tịch UBND huyện Lê Thị Mai báo cáo tình hình kinh tế.";
    static const baocao::extract::Pipeline pipeline;
    const Document doc = pipeline.read("long.txt", "long.txt", text);
    REQUIRE(doc.sentences.size() > 100);
    const OfficialMention* chair = find(doc, "Nguyễn Văn Bình");
    REQUIRE(chair);
    CHECK(chair->titles == Titles{"bí thư huyện ủy"});
    REQUIRE(!chair->evidence.empty());
    CHECK(chair->evidence[0].match.begin == name_at);
    const OfficialMention* reporter = find(doc, "Lê Thị Mai");
    REQUIRE(reporter);
    CHECK(reporter->titles == Titles{"phó chủ tịch ủy ban nhân dân huyện"});
}

TEST_CASE("the Fatherland Front's committee abbreviated 'UB.MTTQVN' or 'UBMTTQVN' is spelled out", "[officials]") {
    const auto doc = read("Tham dự có các đồng chí: Huỳnh Thị Kim Ba - Phó Chủ tịch UB.MTTQVN huyện; Trần Văn An - Phó "
                          "Chủ tịch UBMTTQVN tỉnh.");
    REQUIRE(doc.officials.size() == 2);
    CHECK(doc.officials[0].titles == Titles{"phó chủ tịch ủy ban mặt trận tổ quốc việt nam huyện"});
    CHECK(doc.officials[1].titles == Titles{"phó chủ tịch ủy ban mặt trận tổ quốc việt nam tỉnh"});
}

TEST_CASE("right after 'đồng chí' a three-syllable name whose second syllable is a family name is read whole",
          "[officials]") {
    const auto doc = read("Đồng chí Ngọc Kim Nam – Chủ tịch UBND huyện chủ trì hội nghị.");
    REQUIRE(doc.officials.size() == 1);
    CHECK(doc.officials[0].full_name == "Ngọc Kim Nam");
    // A rank before the name is no part of it.
    const auto ranked = read("Đồng chí Thượng tá Nguyễn Văn An, Trưởng Công an huyện phát biểu.");
    REQUIRE(ranked.officials.size() == 1);
    CHECK(ranked.officials[0].full_name == "Nguyễn Văn An");
}

TEST_CASE("a Highland name of five syllables after 'Y' is read whole", "[officials]") {
    const Document doc = read(
        "Chỉ định ông Y Giang Gry Niê Knơng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, giữ chức Phó Bí thư Tỉnh ủy. "
        "Đồng chí Y Biêr Niê, Bí thư Tỉnh ủy phát biểu. Chủ trì hội nghị có đồng chí Y Bang H’đơn - Chủ tịch UBND "
        "huyện.");
    // "H’đơn": the apostrophe of the prefix may be followed by a lower-case letter.
    REQUIRE(names(doc) == std::vector<std::string>{"Y Giang Gry Niê Knơng", "Y Biêr Niê", "Y Bang H’đơn"});
}

TEST_CASE("a comma between the term and 'đối với' still addresses the title", "[officials]") {
    const Document doc = read(
        "Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND nhiệm kỳ 2016 - 2021, đối với các ông Phạm Trọng Hoàn, "
        "Lô Đình Xuyến.");
    REQUIRE(names(doc) == std::vector<std::string>{"Phạm Trọng Hoàn", "Lô Đình Xuyến"});
    CHECK(doc.officials[1].titles == Titles{"đại biểu hội đồng nhân dân"});
}

TEST_CASE("the term written between a title and the name is passed over", "[officials]") {
    const Document doc = read(
        "Bí thư Thành ủy Cần Thơ nhiệm kỳ 2020-2025 Lê Văn Tư phát biểu bế mạc. Chủ tịch UBND huyện khóa XIX "
        "Trần Thị Năm báo cáo.");
    REQUIRE(names(doc) == std::vector<std::string>{"Lê Văn Tư", "Trần Thị Năm"});
    CHECK(doc.officials[0].titles == Titles{"bí thư thành ủy"});
    CHECK(doc.officials[1].titles == Titles{"chủ tịch ủy ban nhân dân huyện"});
}

TEST_CASE("a known place after a level word is dropped even when it starts with a title word", "[officials]") {
    // "Hội" is also an organ word ("Hội Nông dân"); after "thành phố" it begins the city's name.
    const Document doc = read(
        "Chủ tịch UBND thành phố Hội An khóa XI Nguyễn Văn Sáu phát biểu. Phó Chủ tịch UBND thành phố Hội An "
        "Phan Thị Bảy dự.");
    REQUIRE(names(doc) == std::vector<std::string>{"Nguyễn Văn Sáu", "Phan Thị Bảy"});
    CHECK(doc.officials[0].titles == Titles{"chủ tịch ủy ban nhân dân thành phố"});
    CHECK(doc.officials[1].titles == Titles{"phó chủ tịch ủy ban nhân dân thành phố"});
}

TEST_CASE("a place guessed from the words after a level word does not swallow the name after it", "[officials]") {
    // The locality stage may read "huyện Mai Thị" out of "đại biểu HĐND huyện Mai Thị Hoa": only the
    // gazetteer's places are dropped after a level word.
    Document doc;
    doc.source_name = "composed.txt";
    doc.text = "Dự kiến, đại biểu HĐND huyện Mai Thị Hoa sẽ chất vấn về công tác quản lý đất đai.";
    baocao::model::PlaceMention guessed;
    guessed.surface = "huyện Mai Thị";
    guessed.ref.name = "Mai Thị";
    doc.places.push_back(guessed);
    officials_stage().run(doc);
    REQUIRE(names(doc) == std::vector<std::string>{"Mai Thị Hoa"});
    CHECK(doc.officials[0].titles == Titles{"đại biểu hội đồng nhân dân huyện"});
}

TEST_CASE("the city written as one abbreviation ('TPHCM', 'TP.HCM') keeps its level word in the title", "[officials]") {
    const Document doc = read(
        "Dự kỳ họp có ông Lê Văn Mười, Phó Chủ tịch HĐND TPHCM. Chủ tịch UBND TP.HCM Trần Văn Sáu phát biểu.");
    REQUIRE(names(doc) == std::vector<std::string>{"Lê Văn Mười", "Trần Văn Sáu"});
    CHECK(doc.officials[0].titles == Titles{"phó chủ tịch hội đồng nhân dân thành phố"});
    CHECK(doc.officials[1].titles == Titles{"chủ tịch ủy ban nhân dân thành phố"});
}
