// Where an article was published: the manifest beside the articles, the words
// of its web address, and the places those words name when the text does not.
// Articles are short reports composed in the genre's style.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "extract/gazetteer.h"
#include "extract/pipeline.h"
#include "extract/source_manifest.h"
#include "extract/url_places.h"
#include "text/normalize.h"

using baocao::extract::Pipeline;
using baocao::extract::SourceManifest;
using baocao::extract::SourceUrls;
using baocao::extract::split_url;
using baocao::model::Document;

namespace fs = std::filesystem;

namespace {

const Pipeline& pipeline() {
    static const Pipeline shared;
    return shared;
}

Document read_with_url(const std::string& text, const std::string& url) {
    return pipeline().read("test.txt", "test.txt", text, url);
}

// A district committee's review that never names its district.
const std::string kUnnamedDistrict =
    " date 2023-07 Sáng 10/7, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n"
    "Đồng chí Trần Văn An, Bí thư Huyện ủy chủ trì hội nghị.\n";

fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("baocao_urls_" + name + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void write_file(const fs::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

}  // namespace

TEST_CASE("words as web addresses write them", "[url]") {
    using baocao::text::url_words;
    CHECK(url_words("Quỳnh Lưu") == "quynh-luu");
    CHECK(url_words("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau");
    CHECK(url_words("Đắk Lắk") == "dak-lak");
    CHECK(url_words("Thủy Nguyên, Hải Phòng") == "thuy-nguyen-hai-phong");
    CHECK(url_words("") == "");
    CHECK(baocao::extract::Gazetteer::url_key("Hoà Bình") == "hoabinh");
}

TEST_CASE("a web address splits into its host and its headline words", "[url]") {
    const auto parts = split_url("https://www.baohatinh.vn/chinh-tri/huyen-cam-xuyen-so-ket-6-thang/255282.htm?x=1#top");
    CHECK(parts.host_labels == std::vector<std::string>{"www", "baohatinh", "vn"});
    REQUIRE(parts.slugs.size() == 1);  // "chinh-tri" is a section, "255282.htm" an id
    CHECK(parts.slugs[0] == std::vector<std::string>{"huyen", "cam", "xuyen", "so", "ket", "6", "thang"});
    CHECK(baocao::extract::url_host("http://CamXuyen.HaTinh.gov.vn:8080/tin") == "camxuyen.hatinh.gov.vn");
    CHECK(split_url("not a url").slugs.empty());
}

TEST_CASE("the web address names the place the text leaves unsaid", "[url]") {
    SECTION("after a place word in the slug, within the site's province") {
        auto doc = read_with_url(kUnnamedDistrict, "https://baohatinh.vn/xay-dung-dang/huyen-cam-xuyen-so-ket-6-thang/1.htm");
        REQUIRE(doc.meetings.size() == 1);
        CHECK(doc.meetings[0].locality.name == "Cẩm Xuyên");
        CHECK(doc.meetings[0].locality.level == 2);
        CHECK(doc.meetings[0].locality_basis == "source_url");
        REQUIRE(doc.url_places.size() == 1);
        CHECK(doc.url_places[0].surface == "huyen-cam-xuyen");
        CHECK(doc.url_places[0].evidence.match.empty());  // the URL is its evidence, not the text
    }
    SECTION("a headline that opens with its district") {
        auto doc = read_with_url(kUnnamedDistrict, "https://baohatinh.vn/cam-xuyen-quyet-tam-vuot-kho/2.htm");
        CHECK(doc.meetings.at(0).locality.name == "Cẩm Xuyên");
    }
    SECTION("a district's own portal") {
        auto doc = read_with_url(kUnnamedDistrict, "http://camxuyen.hatinh.gov.vn/tin-tuc/hoi-nghi-so-ket-6-thang");
        CHECK(doc.meetings.at(0).locality.name == "Cẩm Xuyên");
    }
    SECTION("on a district's portal, a headline that opens with one of its communes") {
        const std::string commune_review =
            "Tại hội nghị, các đại biểu được nghe báo cáo tổng kết công tác xây dựng Đảng năm 2012 của Đảng ủy xã.\n";
        auto doc = read_with_url(commune_review,
                                 "https://tanhlinh.binhthuan.dcs.vn/post/3341/duc-thuan-tong-ket-cong-tac-xay-dung-dang-nam-2012.aspx");
        REQUIRE(doc.url_places.size() == 2);
        CHECK(doc.url_places[0].ref.name == "Tánh Linh");
        CHECK(doc.url_places[1].ref.name == "Đức Thuận");
        CHECK(doc.url_places[1].ref.level == 3);
        // a district body of that portal stays the district's
        auto district = read_with_url(kUnnamedDistrict, "https://tanhlinh.binhthuan.dcs.vn/post/1/duc-thuan-tong-ket-nam-2012.aspx");
        CHECK(district.meetings.at(0).locality.name == "Tánh Linh");
    }
    SECTION("a district made a town since keeps its old type in older addresses") {
        auto doc = read_with_url(kUnnamedDistrict, "http://baohanam.com.vn/chinh-tri/ky-hop-thu-5-hdnd-huyen-kim-bang-6048.html");
        CHECK(doc.meetings.at(0).locality.name == "Kim Bảng");
        // the type written wins when a unit of it exists (huyện and thị xã Kỳ Anh)
        auto twin = read_with_url(kUnnamedDistrict, "https://baohatinh.vn/x/ubnd-huyen-ky-anh-hop.html");
        CHECK(twin.meetings.at(0).locality.type == "Huyện");
    }
    SECTION("without an address the district stays unresolved") {
        auto doc = read_with_url(kUnnamedDistrict, "");
        CHECK_FALSE(doc.meetings.at(0).locality.resolved());
        CHECK(doc.meetings.at(0).locality_basis.empty());
    }
}

TEST_CASE("the text outranks the web address", "[url]") {
    const std::string text =
        "Sáng 10/7, Ban Thường vụ Huyện ủy Hương Khê tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n";
    auto doc = read_with_url(text, "https://baohatinh.vn/huyen-cam-xuyen-so-ket-6-thang/3.htm");
    CHECK(doc.meetings.at(0).locality.name == "Hương Khê");
    CHECK(doc.meetings.at(0).locality_basis == "named");
}

TEST_CASE("a name the web address cannot settle is not taken", "[url]") {
    // Several provinces have a huyện Châu Thành, and the site names none of them.
    auto doc = read_with_url(kUnnamedDistrict, "https://tintuc.example.com/huyen-chau-thanh-so-ket-6-thang-2023");
    CHECK(doc.url_places.empty());
    CHECK_FALSE(doc.meetings.at(0).locality.resolved());
    // One-word names are never read from an address.
    auto one_word = read_with_url(kUnnamedDistrict, "https://baohatinh.vn/xa-hoi-phat-trien-toan-dien/4.htm");
    CHECK(one_word.url_places.empty());
}

TEST_CASE("the site's province stands in for an unnamed province", "[url]") {
    const std::string text =
        "Chiều 20/1, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.\n";
    auto doc = read_with_url(text, "https://baonghean.vn/ubnd-tinh-tong-ket-cong-tac-nam-2022/5.html");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Nghệ An");
    CHECK(doc.meetings[0].locality.level == 1);
    CHECK(doc.meetings[0].locality_basis == "context");
}

TEST_CASE("a site that wraps its place's name in an affix still names it", "[url]") {
    // "<province>ngaynay": the city committee of a centrally-run city is the city.
    auto city = read_with_url(" date 2025-11-11 Chiều 10/11, Thường trực Thành ủy chủ trì hội nghị đánh giá 10 tháng đầu năm 2025.\n",
                              "https://huengaynay.vn/chinh-tri-xa-hoi/hoi-nghi-159815.html");
    REQUIRE(city.meetings.size() == 1);
    CHECK(city.meetings[0].locality.name == "Huế");
    CHECK(city.meetings[0].locality.level == 1);
    // "<district>rt": a district's broadcaster.
    auto district = read_with_url(" date 2023-10 Chiều 9/10, UBND huyện tổ chức hội nghị đánh giá 9 tháng đầu năm 2023.\n",
                                  "http://dailocrt.vn/kinh-te/ubnd-huyen-to-chuc-hoi-nghi.html");
    REQUIRE(district.meetings.size() == 1);
    CHECK(district.meetings[0].locality.name == "Đại Lộc");
    CHECK(district.meetings[0].locality.level == 2);
    CHECK(baocao::extract::label_cores("baohatinh") == std::vector<std::string>{"baohatinh", "hatinh"});
}

TEST_CASE("a People's Council's site and a province's folder on a national portal name the province", "[url]") {
    const std::string text = " date 2021-07 Sáng 14/7, HĐND tỉnh khóa XVIII khai mạc kỳ họp thứ hai.\n";
    auto council = read_with_url(text, "https://dbndquangbinh.vn/khai-mac-ky-hop-thu-hai-2586.htm");
    REQUIRE(council.meetings.size() == 1);
    CHECK(council.meetings[0].locality.name == "Quảng Bình");
    CHECK(council.meetings[0].locality.level == 1);
    // The province's youth union, trade union or farmers' association site likewise.
    auto youth = read_with_url(text, "https://tinhdoanquangninh.vn/infographic-ky-hop-thu-hai/");
    REQUIRE(youth.meetings.size() == 1);
    CHECK(youth.meetings[0].locality.name == "Quảng Ninh");
    auto portal = read_with_url(text, "https://dangcongsan.org.vn/tinhuyhatinh/Lists/TinHoatDong/View_Detail.aspx?ItemID=3");
    REQUIRE(portal.meetings.size() == 1);
    CHECK(portal.meetings[0].locality.name == "Hà Tĩnh");
    // A folder that is no province's name says nothing.
    auto other = read_with_url(text, "https://dangcongsan.org.vn/thoisu/Lists/View_Detail.aspx?ItemID=3");
    REQUIRE(other.meetings.size() == 1);
    CHECK(other.meetings[0].locality.name.empty());
}

TEST_CASE("a manifest gives each article its address", "[url]") {
    const fs::path dir = scratch_dir("manifest");
    write_file(dir / "INDEX.tsv", "file\tkind\turl\n001.txt\tmeeting\thttps://baohatinh.vn/a-b-c/1.htm\n002.txt\tmeeting\t\n");
    write_file(dir / "001.txt", kUnnamedDistrict);

    const auto manifest = SourceManifest::read(dir / "INDEX.tsv");
    CHECK(manifest.size() == 1);  // a row without a URL gives none
    CHECK(manifest.url_of(dir / "001.txt") == "https://baohatinh.vn/a-b-c/1.htm");
    CHECK(manifest.url_of("elsewhere/001.txt") == "https://baohatinh.vn/a-b-c/1.htm");  // matched by file name
    CHECK(manifest.url_of(dir / "002.txt").empty());

    SourceUrls beside;  // no --manifest: the INDEX.tsv of the article's directory
    CHECK(beside.url_of(dir / "001.txt") == "https://baohatinh.vn/a-b-c/1.htm");
    CHECK(beside.url_of(fs::temp_directory_path() / "no_manifest_here.txt").empty());

    SourceUrls named(dir / "INDEX.tsv");
    CHECK(named.url_of("/anywhere/001.txt") == "https://baohatinh.vn/a-b-c/1.htm");
    fs::remove_all(dir);
}

TEST_CASE("a manifest saved by a spreadsheet still reads", "[url]") {
    const fs::path dir = scratch_dir("spreadsheet");
    write_file(dir / "INDEX.tsv", "\xEF\xBB\xBF" "File\tURL \r\n001.txt\thttps://baohatinh.vn/a-b-c/1.htm\r\n");
    CHECK(SourceManifest::read(dir / "INDEX.tsv").url_of("001.txt") == "https://baohatinh.vn/a-b-c/1.htm");
    fs::remove_all(dir);
}

TEST_CASE("a manifest without the url column is refused, naming the file", "[url]") {
    const fs::path dir = scratch_dir("bad_manifest");
    write_file(dir / "INDEX.tsv", "file\tlink\n001.txt\thttps://x.vn/a\n");
    try {
        SourceManifest::read(dir / "INDEX.tsv");
        FAIL("a manifest without a url column was accepted");
    } catch (const std::runtime_error& e) {
        const std::string message = e.what();
        CHECK(message.find("INDEX.tsv") != std::string::npos);
        CHECK(message.find("'url'") != std::string::npos);
    }
    CHECK_THROWS(SourceUrls(dir / "missing.tsv"));
    // Beside the articles a broken INDEX.tsv is only warned about.
    SourceUrls beside;
    CHECK(beside.url_of(dir / "001.txt").empty());
    fs::remove_all(dir);
}

TEST_CASE("the rules' fingerprint is stable and stamped on every document", "[url]") {
    const auto& fingerprint = pipeline().fingerprint();
    CHECK(fingerprint.size() == 16);
    CHECK(Pipeline().fingerprint() == fingerprint);
    CHECK(read_with_url(kUnnamedDistrict, "").extracted_with == fingerprint);
}

TEST_CASE("a meeting whose text names no body takes the unit its web address names", "[url]") {
    const std::string text = "Sáng 15/10/2020, đại hội bước vào phiên làm việc thứ hai. Phát biểu chỉ đạo tại đại hội, "
                             "đồng chí Nguyễn Văn An ghi nhận những kết quả quan trọng của nhiệm kỳ qua.";
    auto doc = read_with_url(text, "https://www.qdnd.vn/chinh-tri/tin-tuc/khai-mac-dai-hoi-dang-bo-tinh-ha-tinh-lan-thu-xix-123");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].kind == "đại hội");
    CHECK(doc.meetings[0].locality.name == "Hà Tĩnh");
    CHECK(doc.meetings[0].locality.level == 1);
    CHECK(doc.meetings[0].locality_basis == "source_url");
}

TEST_CASE("a congress whose text names no term takes the one its web address names", "[url]") {
    const std::string text = "Sáng 15/10/2020, đại hội bước vào phiên làm việc thứ hai. Phát biểu chỉ đạo tại đại hội, "
                             "đồng chí Nguyễn Văn An ghi nhận những kết quả quan trọng của nhiệm kỳ qua.";
    auto doc = read_with_url(text, "https://www.qdnd.vn/tin-tuc/khai-mac-dai-hoi-dang-bo-tinh-ha-tinh-lan-thu-xix-nhiem-ky-"
                                   "2020-2025-640928");
    REQUIRE(doc.meetings.size() == 1);
    REQUIRE(doc.meetings[0].period);
    CHECK(doc.meetings[0].period->start.iso() == "2015-01-01");
    CHECK(doc.meetings[0].period->end.iso() == "2020-12-31");
    CHECK(doc.meetings[0].period_basis == "congress_term_url");
    // The two years may be written together in the address: "...-nhiem-ky-20202025-268187".
    auto joined = read_with_url(text, "https://baonghean.vn/dai-hoi-dang-bo-xa-hung-thinh-nhiem-ky-20202025-268187.html");
    REQUIRE(joined.meetings.size() == 1);
    REQUIRE(joined.meetings[0].period);
    CHECK(joined.meetings[0].period->start.iso() == "2015-01-01");
    CHECK(joined.meetings[0].period->end.iso() == "2020-12-31");
}

TEST_CASE("a review of July 2025 with no day written reads places after the reform", "[url][localities]") {
    auto doc = read_with_url(
        "Báo cáo UBND xã tại hội nghị cho biết: trong tháng 7/2025, UBND xã đã tiếp nhận 1.195 văn bản đến.\n"
        "Phó Chủ tịch UBND xã Hòa Phú Đỗ Xuân Tình chủ trì hội nghị\n",
        "https://hoaphu.hanoi.gov.vn/hoat-dong/hoi-nghi-giao-ban-thang-7.htm");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Hòa Phú");
    CHECK(doc.meetings[0].locality.post_2025);
    CHECK(doc.meetings[0].locality.code == "10096");
}

TEST_CASE("a city body naming no place, on a province's site, is the city named as the province", "[url]") {
    const std::string text = " date 2023-07 Sáng 10/7, HĐND Thành phố khai mạc kỳ họp thứ 12, đánh giá 6 tháng đầu năm 2023.\n";
    auto city = read_with_url(text, "https://thaibinhtv.vn/thoi-su/hdnd-thanh-pho-khai-mac.htm");
    REQUIRE(city.meetings.size() == 1);
    CHECK(city.meetings[0].locality.name == "Thái Bình");
    CHECK(city.meetings[0].locality.level == 2);
    CHECK(city.meetings[0].locality_basis == "context_capital");
    auto capital = read_with_url(text, "https://hanoimoi.vn/hdnd-thanh-pho-khai-mac.html");
    REQUIRE(capital.meetings.size() == 1);
    CHECK(capital.meetings[0].locality.level == 1);  // a centrally-run city is the province itself
}

TEST_CASE("a provincial broadcaster known by its initials, a district's television site", "[url]") {
    const std::string province_meeting =
        " date 2024-03 Chiều 26/3, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 20.\n";
    auto initials = read_with_url(province_meeting, "https://qbtv.vn/portal/pages/2024-03-26/hoi-nghi-bch.aspx");
    REQUIRE(initials.meetings.size() == 1);
    CHECK(initials.meetings[0].locality.name == "Quảng Bình");
    auto district = read_with_url(kUnnamedDistrict, "http://truyenhinhcamxuyen.vn/node/762");
    REQUIRE(district.meetings.size() == 1);
    CHECK(district.meetings[0].locality.name == "Cẩm Xuyên");
}

TEST_CASE("a headline's dateline names the unit of a body that names none", "[url]") {
    const std::string text =
        "Mỏ Cày Nam: Họp liên tịch chuẩn bị kỳ họp thứ 12 Hội đồng nhân dân huyện\n"
        " date 2020-05-12\n"
        "Ngày 07 tháng 5 năm 2020, Thường trực Hội đồng nhân dân huyện tổ chức họp liên tịch để thống nhất nội dung kỳ "
        "họp thứ 12 của Hội đồng nhân dân huyện.\n";
    auto doc = read_with_url(text, "http://hdnd.bentre.gov.vn/noi-dung/bai-viet/299650");
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings[0].locality.name == "Mỏ Cày Nam");
    CHECK(doc.meetings[0].locality_basis == "dateline");
    // A name of no unit of the site's province dates nothing.
    auto elsewhere = read_with_url(text, "http://hdnd.hatinh.gov.vn/noi-dung/bai-viet/299650");
    REQUIRE(elsewhere.meetings.size() == 1);
    CHECK(elsewhere.meetings[0].locality.name != "Mỏ Cày Nam");
}

TEST_CASE("a local portal named with its unit's type word or a number ('xagiapho', 'ninhgiang1') names the unit", "[url]") {
    auto commune = read_with_url(" date 2018-08 Chiều ngày 14/8/2018, BCH Đảng bộ xã đã tổ chức họp đánh giá 7 tháng đầu năm.\n",
                                 "http://xagiapho.hatinh.gov.vn/bch-dang-bo-xa-hop-danh-gia.html");
    REQUIRE(commune.meetings.size() == 1);
    CHECK(commune.meetings[0].locality.name == "Gia Phố");
    CHECK(commune.meetings[0].locality.level == 3);
    auto district = read_with_url(" date 2023-10 UBND huyện vừa tổ chức cuộc họp đánh giá 9 tháng năm 2023.\n",
                                  "http://ninhgiang1.haiduong.gov.vn/Article/hoi-nghi-ubnd-huyen.html");
    REQUIRE(district.meetings.size() == 1);
    CHECK(district.meetings[0].locality.name == "Ninh Giang");
    CHECK(district.meetings[0].locality.level == 2);
}
