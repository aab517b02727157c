// The words on paper: opening hours, cost, address, footer, titles; and the print counter.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/print/opening_hours_text.h"
#include "core/print/print_content.h"
#include "core/print/print_counter.h"
#include "core/print/print_service.h"
#include "core/wording.h"
#include "sample_services.h"

using namespace ww::print;
using ww::Language;
using ww::OpeningSlot;

TEST_CASE("opening hours read as a week in words", "[print][words]") {
    std::vector<OpeningSlot> week;
    for (int d = 0; d < 5; ++d) week.push_back({d, 9 * 60, 17 * 60});
    CHECK(opening_hours_lines(week, Language::Dutch) == std::vector<std::string>{"ma t/m vr 09:00\u201317:00"});
    CHECK(opening_hours_lines(week, Language::English) == std::vector<std::string>{"Mon to Fri 09:00\u201317:00"});

    week.push_back({5, 10 * 60, 12 * 60 + 30});
    CHECK(opening_hours_lines(week, Language::Dutch) ==
          std::vector<std::string>{"ma t/m vr 09:00\u201317:00", "za 10:00\u201312:30"});

    std::vector<OpeningSlot> split{{1, 570, 720}, {1, 780, 960}, {3, 570, 720}, {3, 780, 960}, {4, 570, 720}};
    CHECK(opening_hours_lines(split, Language::Dutch) ==
          std::vector<std::string>{"di en do 09:30\u201312:00 en 13:00\u201316:00", "vr 09:30\u201312:00"});

    std::vector<OpeningSlot> scattered{{0, 600, 660}, {2, 600, 660}, {4, 600, 660}, {5, 600, 660}, {6, 600, 660}};
    CHECK(opening_hours_lines(scattered, Language::Dutch) ==
          std::vector<std::string>{"ma, wo en vr t/m zo 10:00\u201311:00"});
    CHECK(opening_hours_lines({}, Language::Dutch).empty());
    CHECK(clock_text(0) == "00:00");
    CHECK(clock_text(24 * 60) == "24:00");
}

TEST_CASE("a service block says cost, indication, address and phone in plain words", "[print][words]") {
    ww::ServiceDetail s = testing::sample_service(7);
    ServiceBlockText b = service_block_text(s, Language::Dutch);
    CHECK(b.name == "Alzheimer Café Emmen 7");
    CHECK(b.summary == "Een gezellige avond voor mensen met dementie en hun naasten.");
    CHECK(b.address == "Hoofdstraat 7, 7811 AB Emmen");
    CHECK(b.phone == "0591 - 61 10 07");  // grouped in pairs, as on screen
    CHECK(b.tel_uri == "tel:+31591611007");
    CHECK(b.cost == "Gratis. U heeft geen indicatie nodig.");
    CHECK(b.getting_there == "Bus 4 tot halte Markt. Daarna twee minuten lopen.");
    CHECK(b.website == "https://example.org/dienst/7");
    ww::ServiceDetail bare = s;
    bare.url.clear();
    bare.organization_website = "www.welzijn-emmen.nl";
    CHECK(service_block_text(bare, Language::Dutch).website == "https://www.welzijn-emmen.nl");

    s.summary.tags = {"day-care", "cost-indication"};
    s.fees = {"Vergoed met een Wmo-indicatie", "Paid for with a Wmo indication"};
    // The cost text already speaks of the indication: not said twice.
    CHECK(service_block_text(s, Language::Dutch).cost == "Vergoed met een Wmo-indicatie.");
    CHECK(service_block_text(s, Language::English).cost == "Paid for with a Wmo indication.");
    s.fees = {"Eigen bijdrage via het CAK", "Personal contribution through the CAK"};
    CHECK(service_block_text(s, Language::Dutch).cost == "Eigen bijdrage via het CAK. U heeft een indicatie nodig.");
    CHECK(service_block_text(s, Language::English).cost ==
          "Personal contribution through the CAK. You need a care assessment (indicatie).");

    s.summary.phone.clear();
    s.phones = {{"050 - 123 45 67", "algemeen"}};
    CHECK(service_block_text(s, Language::Dutch).phone == "050 - 123 45 67");
    s.phones.clear();
    CHECK(service_block_text(s, Language::Dutch).tel_uri.empty());
}

TEST_CASE("long texts are cut at a word, never inside a character", "[print][words]") {
    CHECK(first_sentence("Wij helpen u thuis. Bel ons gerust voor meer informatie.") == "Wij helpen u thuis.");
    std::string long_text(300, 'a');
    std::string cut = shorten("één " + long_text, 50);
    CHECK(cut.size() <= 50 + 3);
    CHECK(cut.substr(cut.size() - 3) == "\u2026");
    std::string accents;
    for (int i = 0; i < 100; ++i) accents += "é";
    std::string cut2 = shorten(accents, 51);  // 51 is inside a two-byte character
    CHECK(cut2 == std::string(accents.substr(0, 50)) + "\u2026");
    CHECK(dutch_date("2026-11-01") == "01-11-2026");
}

TEST_CASE("the footer names the kiosk, both dates and the helpline", "[print][words]") {
    PrintRequest r = testing::sample_request(1, Paper::A4);
    auto lines = footer_lines(r);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "Wegwijzer, Bibliotheek Emmen");
    CHECK(lines[1].find("Geprint op ") == 0);
    CHECK(lines[1].find("Gegevens van 01-11-2026") != std::string::npos);
    CHECK(lines[2] == "Hulplijn: Dementielijn 0800 5088");
    r.language = Language::English;
    CHECK(footer_lines(r)[2] ==
          std::string(ww::wording::text("print.helpline", Language::English)) + ": Dementia helpline 0800 5088");
    r.helpline_phone.clear();
    CHECK(footer_lines(r).size() == 2);
}

TEST_CASE("titles and paper sizes parse from their short names", "[print][words]") {
    CHECK(parse_title("hulp") == Title::HelpNearby);
    CHECK(parse_title("lijst") == Title::MyList);
    CHECK(parse_title("casemanager") == Title::ForCaseManager);
    CHECK(parse_title("Mijn lijst") == Title::MyList);
    CHECK_FALSE(parse_title("iets anders"));
    CHECK(title_text(Title::HelpNearby, Language::Dutch) == "Hulp in de buurt");
    CHECK(title_text(Title::ForCaseManager, Language::English) == "For the case manager");
    CHECK(parse_paper("a4") == Paper::A4);
    CHECK(parse_paper("roll80") == Paper::Roll80);
    CHECK_FALSE(parse_paper("letter"));
}

TEST_CASE("prints are counted per day, and only counted", "[print][counter]") {
    auto dir = std::filesystem::path(WW_PRINT_TEST_OUTPUT) / "counter";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
        PrintCounter c(dir);
        CHECK(c.count("2026-11-28") == 0);
        CHECK(c.add("2026-11-28"));
        CHECK(c.add("2026-11-28"));
        CHECK(c.add("2026-11-29"));
    }
    PrintCounter again(dir);
    CHECK(again.count("2026-11-28") == 2);
    CHECK(again.count("2026-11-29") == 1);
    std::ifstream file(dir / "print-count");
    std::string all((std::istreambuf_iterator<char>(file)), {});
    CHECK(all == "2026-11-28 2\n2026-11-29 1\n");
}

TEST_CASE("with no printer configured the service offers the QR code at once", "[print][service][threads]") {
    PrintService service(PrintSettings{});
    CHECK_FALSE(service.has_printer());
    CHECK(service.status().phase == PrintPhase::Idle);
    CHECK(service.start(testing::sample_request(2, Paper::A4)));
    PrintStatus s = service.status();
    CHECK(s.phase == PrintPhase::NoPrinter);
    CHECK(s.offer_qr);
    CHECK_FALSE(s.busy);
    CHECK_FALSE(s.message(Language::Dutch).empty());
    service.clear();
    CHECK(service.status().phase == PrintPhase::Idle);
}

TEST_CASE("the kiosk's list print names unknown ids and a missing catalogue", "[print][service][threads]") {
    PrintSettings settings;
    settings.printer = "AnyQueue";  // never reached: the list fails before CUPS
    std::vector<PrintPhase> seen;
    settings.on_change = [&](const PrintStatus& s) { seen.push_back(s.phase); };
    PrintService service(settings);
    auto wait_done = [&] {
        for (int i = 0; i < 500 && service.status().busy; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return service.status();
    };

    REQUIRE(service.start_list("/nonexistent/catalogue.sqlite", {"svc-1"}, ww::KioskConfig{}, Language::Dutch));
    PrintStatus s = wait_done();
    CHECK(s.phase == PrintPhase::Failed);
    CHECK(s.offer_qr);
    CHECK(s.detail.find("/nonexistent/catalogue.sqlite") != std::string::npos);

    REQUIRE(std::filesystem::exists(WW_DEMO_CATALOGUE));
    REQUIRE(service.start_list(WW_DEMO_CATALOGUE, {"no-such-service"}, ww::KioskConfig{}, Language::Dutch));
    s = wait_done();
    CHECK(s.phase == PrintPhase::Failed);
    CHECK(s.detail.find("unknown service id 'no-such-service'") != std::string::npos);
    CHECK(seen == std::vector<PrintPhase>{PrintPhase::Failed, PrintPhase::Failed});
}
