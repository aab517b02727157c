// The PDF itself: page counts as the layout predicts, no block split, no text wider than its
// column, fonts embedded, the words and numbers findable. Pages go to PNG as test output.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "core/phone.h"
#include "core/print/pdf_render.h"
#include "print_tools.h"
#include "sample_services.h"

using namespace ww::print;
using namespace ww::print::testing;
namespace fs = std::filesystem;

namespace {

fs::path output_dir() {
    fs::path dir = fs::path(WW_PRINT_TEST_OUTPUT) / "layout";
    fs::create_directories(dir);
    return dir;
}

// Renders, writes NAME.pdf and NAME-N.png, and checks what holds for every printout.
RenderedList render_and_check(const PrintRequest& request, const std::string& name) {
    auto rendered = render_list(request);
    REQUIRE(rendered.ok());
    const RenderedList& r = *rendered;
    fs::path pdf = output_dir() / (name + ".pdf");
    REQUIRE(write_pdf_file(r.pdf, pdf).ok());
    run_command("pdftoppm -r 40 -png " + quoted(pdf) + " " + quoted(output_dir() / name));

    // Every block on exactly one page, in list order, and none taller than a page.
    size_t next = 0;
    for (const auto& page : r.pages) {
        CHECK_FALSE(page.oversize);
        for (size_t b : page.blocks) CHECK(b == next++);
    }
    CHECK(next == request.services.size());
    CHECK(r.widest_overflow == 0);  // pango: no line wider than its column

    CHECK(pdf_pages(pdf) == static_cast<int>(r.pages.size()));
    FontReport fonts = pdf_fonts(pdf);
    CHECK(fonts.fonts > 0);
    CHECK(fonts.embedded == fonts.fonts);
    CHECK(fonts.noto);

    std::string text = pdf_text(pdf);
    for (const auto& s : request.services) {
        CHECK(text.find(ww::format_phone(s.summary.phone)) != std::string::npos);  // in pairs
    }
    if (request.catalogue.demo) CHECK(count_of(text, "Voorbeeldgegevens") == r.pages.size());
    CHECK(count_of(text, request.helpline_phone) == r.pages.size());
    return r;
}

}  // namespace

TEST_CASE("one service on A4 and on the 80 mm roll", "[print][render]") {
    for (Paper paper : {Paper::A4, Paper::Roll80}) {
        PrintRequest request = sample_request(1, paper);
        RenderedList r = render_and_check(request, std::string("one-") + paper_name(paper));
        CHECK(r.pages.size() == 1);
        std::string text = pdf_text(output_dir() / (std::string("one-") + paper_name(paper) + ".pdf"));
        CHECK(text.find("Hulp in de buurt") != std::string::npos);
        CHECK(text.find("Alzheimer Café Emmen 1") != std::string::npos);
        CHECK(text.find("ma t/m vr 09:00\u201317:00") != std::string::npos);
        CHECK(text.find("Bellen") != std::string::npos);
        CHECK(text.find("Website") != std::string::npos);
        CHECK(r.page_width == Approx(paper == Paper::A4 ? 595.28 : 226.77).epsilon(0.001));
        if (paper == Paper::A4) {
            CHECK(r.page_heights.front() == Approx(841.89).epsilon(0.001));
        } else {
            // The roll page is as long as its content, far shorter than the 1 m limit.
            CHECK(r.page_heights.front() < 1000 * kPointsPerMm);
            CHECK(r.page_heights.front() > 100 * kPointsPerMm);
        }
    }
}

TEST_CASE("thirty services on A4 and on the roll", "[print][render]") {
    RenderedList a4 = render_and_check(sample_request(30, Paper::A4), "thirty-a4");
    CHECK(a4.pages.size() >= 10);  // large print: about two services per A4 page
    for (const auto& p : a4.pages) CHECK(p.blocks.size() <= 3);
    RenderedList roll = render_and_check(sample_request(30, Paper::Roll80), "thirty-roll80");
    CHECK(roll.pages.size() >= 2);  // longer than 1 m: continues on a next page
    for (double h : roll.page_heights) CHECK(h <= 1000 * kPointsPerMm + 0.01);
}

TEST_CASE("long names and long Dutch words wrap inside the column", "[print][render]") {
    for (Paper paper : {Paper::A4, Paper::Roll80}) {
        PrintRequest request = sample_request(3, paper);
        request.services[0].summary.name.nl =
            "Stichting Mantelzorgondersteuningsorganisatie Zuidoost-Drenthe voor Dementievriendelijke "
            "Ontmoetingscentra en Dagbestedingsvoorzieningen in de Gemeente Borger-Odoorn";
        request.services[1].summary.name.nl = "Mantelzorgondersteuningsorganisatie";
        request.services[1].summary.summary.nl =
            "Arbeidsongeschiktheidsverzekeringsmaatschappijen en kindercarnavalsoptochtvoorbereidingswerkzaamheden "
            "komen hier niet voor, wel hulp bij dementie.";
        request.services[2].locations[0].transportation.nl = std::string(400, 'x');
        std::string name = std::string("long-words-") + paper_name(paper);
        render_and_check(request, name);
        // A word too long for the roll's width breaks between letters; it is all there.
        std::string text = pdf_text(output_dir() / (name + ".pdf"));
        text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
        CHECK(text.find("Mantelzorgondersteuningsorganisatie") != std::string::npos);
    }
}

TEST_CASE("English printout and a real catalogue's date, no demo notice for real data", "[print][render]") {
    PrintRequest request = sample_request(2, Paper::A4, /*demo=*/false);
    request.language = ww::Language::English;
    request.title = Title::ForCaseManager;
    render_and_check(request, "english-a4");
    std::string text = pdf_text(output_dir() / "english-a4.pdf");
    CHECK(text.find("For the case manager") != std::string::npos);
    CHECK(text.find("Phone") != std::string::npos);
    CHECK(text.find("Mon to Fri") != std::string::npos);
    CHECK(text.find("Information from 01-11-2026") != std::string::npos);
    CHECK(text.find("Voorbeeldgegevens") == std::string::npos);
}

TEST_CASE("an empty list is refused with a message", "[print][render]") {
    PrintRequest request = sample_request(0, Paper::A4);
    auto r = render_list(request);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("empty") != std::string::npos);
}

TEST_CASE("the QR codes on paper scan as the phone number and the website", "[print][render]") {
    for (Paper paper : {Paper::A4, Paper::Roll80}) {
        PrintRequest request = sample_request(2, paper);
        std::string name = std::string("qr-") + paper_name(paper);
        auto rendered = render_list(request);
        REQUIRE(rendered.ok());
        fs::path pdf = output_dir() / (name + ".pdf");
        REQUIRE(write_pdf_file(rendered->pdf, pdf).ok());
        // 150 dpi: about what a phone camera sees of a printed page.
        run_command("pdftoppm -r 150 -png -f 1 -l 1 " + quoted(pdf) + " " + quoted(output_dir() / (name + "-scan")));
        fs::path png;
        for (const auto& e : fs::directory_iterator(output_dir())) {
            if (e.path().filename().string().rfind(name + "-scan", 0) == 0) png = e.path();
        }
        REQUIRE_FALSE(png.empty());
        std::string scanned = run_command("zbarimg -q --raw " + quoted(png) + " 2>/dev/null");
        INFO(scanned);
        CHECK(scanned.find("tel:+31591611001") != std::string::npos);
        CHECK(scanned.find("https://example.org/dienst/1") != std::string::npos);
        if (paper == Paper::A4) {  // the first A4 page holds both services
            CHECK(scanned.find("tel:+31591611002") != std::string::npos);
            CHECK(scanned.find("https://example.org/dienst/2") != std::string::npos);
        }
    }
}

TEST_CASE("markup characters, control characters and bad bytes print whole, no paragraph lost", "[print][render]") {
    PrintRequest request = sample_request(3, Paper::A4);
    request.services[0].summary.name.nl = "Koffie & thee <samen> bij 'De Linde'";
    request.services[0].summary.summary.nl = "Praat mee als u <b>wilt</b> & neem iemand mee.";
    request.services[1].summary.name.nl = std::string("Bel\x07ons\x1b nu");
    request.services[1].summary.summary.nl = std::string("Hulp bij \xff\xfe geheugen & vergeten.");
    request.services[2].summary.name.nl = "Taxi \u202E0592 123\u202C rijdt";
    request.services[2].locations[0].transportation.nl = "Bus 21 & 22 <stopt> voor de deur";
    render_and_check(request, "markup-a4");
    std::string text = pdf_text(output_dir() / "markup-a4.pdf");
    CHECK(text.find("Koffie & thee <samen> bij 'De Linde'") != std::string::npos);
    CHECK(text.find("Praat mee als u <b>wilt</b> & neem iemand mee.") != std::string::npos);
    CHECK(text.find("Bel ons nu") != std::string::npos);
    CHECK(text.find("geheugen & vergeten.") != std::string::npos);
    CHECK(text.find("Taxi 0592 123 rijdt") != std::string::npos);
    CHECK(text.find("Bus 21 & 22 <stopt> voor de deur") != std::string::npos);
}
