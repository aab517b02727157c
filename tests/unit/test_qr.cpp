// QR codes: the matrix, tel: links, the list text, and a round trip through a real decoder (zbarimg).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <sys/wait.h>

#include "adapters/qr.h"
#include "core/phone.h"
#include "core/value_rules.h"

namespace fs = std::filesystem;
using ww::Language;
using ww::ServiceSummary;

namespace {

ServiceSummary service(std::string name, std::string summary, std::string phone, std::string town) {
    ServiceSummary s;
    s.id = name;
    s.name.nl = std::move(name);
    s.summary.nl = std::move(summary);
    s.phone = std::move(phone);
    s.town = std::move(town);
    return s;
}

std::vector<ServiceSummary> ten_services() {
    const char* towns[] = {"Emmen",  "Klazienaveen", "Coevorden", "Assen",  "Hoogeveen",
                           "Borger", "Meppel",       "Zuidlaren", "Beilen", "Roden"};
    std::vector<ServiceSummary> list;
    for (int i = 0; i < 10; ++i)
        list.push_back(service("Alzheimer Café " + std::string(towns[i]),
                               "Een gezellige avond voor mensen met dementie, hun naasten en iedereen die meer "
                               "wil weten. U bent welkom zonder aanmelding; de koffie is gratis.",
                               "0591 - 612 34" + std::to_string(i), towns[i]));
    return list;
}

// The 7x7 finder pattern with its light separator, whose top-left module is at (left, top).
bool finder_at(const ww::QrMatrix& m, int left, int top) {
    for (int dy = -1; dy <= 7; ++dy)
        for (int dx = -1; dx <= 7; ++dx) {
            const int x = left + dx, y = top + dy;
            if (x < 0 || y < 0 || x >= m.size || y >= m.size) continue;
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));  // 0 centre ... 4 separator
            const bool dark = ring <= 1 || ring == 3;
            if (m.at(x, y) != dark) return false;
        }
    return true;
}

struct TempFile {
    fs::path path = fs::temp_directory_path() / ("ww-qr-" + std::to_string(std::random_device{}()));
    ~TempFile() {
        std::error_code ec;
        fs::remove(path, ec);
        fs::remove(path.string() + ".pgm", ec);
    }
};

// Draws the code as a greyscale PGM (4 modules of quiet zone, 4 pixels a module) and decodes it.
std::string decoded_by_zbarimg(const ww::QrMatrix& m) {
    TempFile file;
    const int scale = 4, quiet = 4, side = (m.size + 2 * quiet) * scale;
    const fs::path image = file.path.string() + ".pgm";
    {
        std::ofstream out(image, std::ios::binary);
        out << "P5\n" << side << " " << side << "\n255\n";
        for (int py = 0; py < side; ++py)
            for (int px = 0; px < side; ++px) {
                const int x = px / scale - quiet, y = py / scale - quiet;
                const bool dark = x >= 0 && y >= 0 && x < m.size && y < m.size && m.at(x, y);
                out.put(dark ? char(0) : char(255));
            }
    }
    const std::string command =
        "zbarimg --nodbus --raw -q -Sbinary '" + image.string() + "' > '" + file.path.string() + "'";
    const int status = std::system(command.c_str());
    INFO("zbarimg (Debian zbar-tools, in deploy/install-deps.sh test list) must be installed");
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    std::ifstream in(file.path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text;  // -Sbinary: the bytes exactly as encoded, no newline added, no charset guessing
}

}  // namespace

TEST_CASE("qr: a QR matrix has the size of its version and finder patterns in three corners", "[qr]") {
    auto small = ww::make_qr("tel:+318005088");
    REQUIRE(small.ok());
    CHECK(small->size == 21);  // 14 bytes fit version 1 at medium correction
    CHECK(small->dark.size() == 21u * 21u);

    auto big = ww::make_qr(std::string(800, 'x'));
    REQUIRE(big.ok());
    CHECK(big->size > 21);
    CHECK((big->size - 17) % 4 == 0);  // size = 17 + 4 * version
    CHECK(big->dark.size() == static_cast<size_t>(big->size * big->size));

    for (const auto* m : {&*small, &*big}) {
        CHECK(finder_at(*m, 0, 0));
        CHECK(finder_at(*m, m->size - 7, 0));
        CHECK(finder_at(*m, 0, m->size - 7));
        CHECK_FALSE(finder_at(*m, m->size - 7, m->size - 7));  // no finder bottom right
        // Timing patterns: alternating modules on row 6 and column 6 between the finders.
        for (int i = 8; i < m->size - 8; ++i) {
            CHECK(m->at(i, 6) == (i % 2 == 0));
            CHECK(m->at(6, i) == (i % 2 == 0));
        }
    }
}

TEST_CASE("qr: text too long for any QR code is refused with a message", "[qr]") {
    auto result = ww::make_qr(std::string(3000, 'x'));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().find("too long") != std::string::npos);
}

TEST_CASE("qr: phone numbers become tel: links", "[qr]") {
    CHECK(ww::tel_uri("0591 - 012 345") == "tel:+31591012345");
    CHECK(ww::tel_uri("0800 - 5088") == "tel:+318005088");
    CHECK(ww::tel_uri("(0592) 36 55 55") == "tel:+31592365555");
    CHECK(ww::tel_uri("06-12345678") == "tel:+31612345678");
    CHECK(ww::tel_uri("+31 591 685 000") == "tel:+31591685000");
    CHECK(ww::tel_uri("0049 5931 123") == "tel:+495931123");
    CHECK(ww::tel_uri("14 0591") == "tel:140591");  // municipal short number stays as it is
    CHECK(ww::tel_uri("") == "");
    CHECK(ww::tel_uri(" - ") == "");
}

TEST_CASE("qr: the list text names each service with phone and town", "[qr]") {
    std::vector<ServiceSummary> list{
        service("Alzheimer Café Emmen", "Praten over dementie, met koffie.", "0591 - 612 345", "Emmen"),
        service("Dagbesteding De Esch", "", "", "Klazienaveen"),
    };
    list[0].name.en = "Alzheimer Café Emmen (EN)";
    const std::string nl = ww::list_as_text(list, Language::Dutch);
    CHECK(nl.starts_with("Mijn lijst \u2013 Wegwijzer\n"));
    CHECK(nl.find("1. Alzheimer Café Emmen\n") != std::string::npos);
    CHECK(nl.find("Praten over dementie, met koffie.") != std::string::npos);
    CHECK(nl.find("Tel. 0591 - 61 23 45\nEmmen\n") != std::string::npos);            // in pairs
    CHECK(nl.find("2. Dagbesteding De Esch\nKlazienaveen\n") != std::string::npos);  // no empty lines for missing parts

    const std::string en = ww::list_as_text(list, Language::English);
    CHECK(en.starts_with("My list \u2013 Wegwijzer\n"));
    CHECK(en.find("1. Alzheimer Café Emmen (EN)\n") != std::string::npos);
    CHECK(en.find("Phone 0591 - 61 23 45") != std::string::npos);
}

TEST_CASE("qr: ten services fit one QR code with summaries shortened first", "[qr]") {
    const auto list = ten_services();
    const std::string text = ww::list_as_text(list, Language::Dutch);
    CHECK(text.size() <= ww::kListQrMaxBytes);
    for (const auto& s : list) {
        INFO(s.name.nl);
        CHECK(text.find(s.name.nl) != std::string::npos);
        CHECK(text.find(ww::format_phone(s.phone)) != std::string::npos);  // in pairs, as on screen
    }
    CHECK(text.find("nog") == std::string::npos);               // nobody was left out
    CHECK(text.find(list[0].summary.nl) == std::string::npos);  // the long summary had to give way
    auto qr = ww::make_qr(text);
    REQUIRE(qr.ok());
    CHECK(qr->size <= 17 + 4 * 24);
}

TEST_CASE("qr: a very long list says how many services did not fit", "[qr]") {
    auto list = ten_services();
    for (int round = 0; round < 3; ++round) {
        auto more = ten_services();
        list.insert(list.end(), more.begin(), more.end());
    }
    const std::string text = ww::list_as_text(list, Language::Dutch);
    CHECK(text.size() <= ww::kListQrMaxBytes);
    CHECK(text.find("1. Alzheimer Café Emmen") != std::string::npos);
    CHECK(text.find("... en nog ") != std::string::npos);
    CHECK(ww::make_qr(text).ok());
}

TEST_CASE("qr: a middling list keeps shortened summaries", "[qr]") {
    auto list = ten_services();
    list.resize(5);
    const std::string text = ww::list_as_text(list, Language::Dutch);
    CHECK(text.size() <= ww::kListQrMaxBytes);
    CHECK(text.find(list[0].summary.nl) == std::string::npos);
    CHECK(text.find("Een gezellige avond voor mensen met dementie") != std::string::npos);
    CHECK(text.find("\u2026\n") != std::string::npos);  // cut with an ellipsis at a word's end
}

TEST_CASE("qr: a short list keeps its summaries in full", "[qr]") {
    auto list = ten_services();
    list.resize(2);
    const std::string text = ww::list_as_text(list, Language::Dutch);
    CHECK(text.find(list[0].summary.nl) != std::string::npos);
}

TEST_CASE("qr: a real decoder (zbarimg) reads back what was encoded", "[qr][zbarimg]") {
    SECTION("a tel: link") {
        const std::string uri = ww::tel_uri("0800 - 5088");
        auto qr = ww::make_qr(uri);
        REQUIRE(qr.ok());
        CHECK(decoded_by_zbarimg(*qr) == uri);
    }
    SECTION("the list of ten services, with é and –") {
        const std::string text = ww::list_as_text(ten_services(), Language::Dutch);
        auto qr = ww::make_qr(text);
        REQUIRE(qr.ok());
        CHECK(decoded_by_zbarimg(*qr) == text);
    }
    SECTION("a website") {
        const std::string url = "https://www.alzheimer-nederland.nl/regios/zuidoost-drenthe";
        auto qr = ww::make_qr(url);
        REQUIRE(qr.ok());
        CHECK(decoded_by_zbarimg(*qr) == url);
    }
}

TEST_CASE("qr: link QR codes only for http(s) and tel:, within a size a phone reads", "[qr]") {
    for (const char* good :
         {"https://www.alzheimer-nederland.nl/drenthe", "http://example.nl", "tel:+31591012345", "tel:112"}) {
        auto qr = ww::make_link_qr(good);
        INFO(good);
        REQUIRE(qr.ok());
        CHECK(qr->size <= 17 + 4 * ww::kLinkQrMaxVersion);
    }
    for (const char* bad : {"javascript:alert(1)", "data:text/html,hoi", "file:///etc/passwd", "sms:112",
                            "tel:", "tel:+", "tel:12", "tel:0592,,1234#", "tel:*21#", "www.example.nl", ""}) {
        INFO(bad);
        CHECK_FALSE(ww::make_link_qr(bad).ok());
    }
    // As long as a link may be (value_rules: kUrlBytes) still fits; 2.3 KB and 4 KB give no QR code
    // and no crash.
    const std::string longest = "https://example.nl/" + std::string(ww::limits::kUrlBytes - 19, 'a');
    auto fits = ww::make_link_qr(longest);
    REQUIRE(fits.ok());
    CHECK(fits->size <= 17 + 4 * ww::kLinkQrMaxVersion);
    for (size_t size : {size_t{2300}, size_t{4096}}) {
        auto too_long = ww::make_link_qr("https://example.nl/" + std::string(size, 'a'));
        REQUIRE_FALSE(too_long.ok());
        CHECK(too_long.error().find("no QR code") != std::string::npos);
    }
}
