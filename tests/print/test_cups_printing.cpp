// The print service against a real cupsd (started by with_cupsd.sh): the list arrives as a PDF
// from cups-pdf, and paper out, a stopped queue and a printer that is gone each give their
// message within 10 s while status() keeps answering at once.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "core/catalogue.h"
#include "core/phone.h"
#include "core/print/cups_queue.h"
#include "core/print/pdf_render.h"
#include "core/print/print_service.h"
#include "print_tools.h"
#include "sample_services.h"

using namespace ww::print;
using namespace ww::print::testing;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

fs::path cups_pdf_dir() {
    const char* dir = std::getenv("WW_CUPS_PDF_DIR");
    REQUIRE(dir != nullptr);  // run through with_cupsd.sh
    return dir;
}

struct Watch {
    PrintStatus last;
    std::vector<double> poll_ms;
    double seconds = 0;
    // A status() that waited for the print thread would be slow on most polls; one slow poll is
    // only the scheduler on a loaded machine, so the median is checked, not the slowest.
    double median_poll_ms() const {
        std::vector<double> v = poll_ms;
        if (v.empty()) return 0;
        std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
        return v[v.size() / 2];
    }
};

// Polls like the kiosk does (every frame, here every 20 ms) until `until` holds or time runs
// out; records how long each status() call took.
template <class Pred>
Watch watch(const PrintService& service, double timeout_s, Pred until) {
    Watch w;
    auto start = Clock::now();
    while (true) {
        auto t0 = Clock::now();
        w.last = service.status();
        w.poll_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        w.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (until(w.last) || w.seconds > timeout_s) return w;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

PrintSettings settings_for(const std::string& printer, int stuck_s = 60) {
    PrintSettings s;
    s.printer = printer;
    s.stuck_job_s = stuck_s;
    s.poll_interval = std::chrono::milliseconds(250);
    return s;
}

fs::path wait_for_new_pdf(const fs::path& dir, size_t known, double timeout_s) {
    auto start = Clock::now();
    while (std::chrono::duration<double>(Clock::now() - start).count() < timeout_s) {
        std::vector<fs::path> pdfs;
        for (const auto& e : fs::directory_iterator(dir)) {
            if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
        }
        if (pdfs.size() > known) {
            std::sort(pdfs.begin(), pdfs.end(),
                      [](const auto& a, const auto& b) { return fs::last_write_time(a) < fs::last_write_time(b); });
            return pdfs.back();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return {};
}

size_t pdf_count(const fs::path& dir) {
    size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ".pdf";
    return n;
}

}  // namespace

TEST_CASE("a list printed on the cups-pdf printer arrives whole", "[cups][threads]") {
    const fs::path out = cups_pdf_dir();
    const size_t before = pdf_count(out);
    PrintRequest request = sample_request(3, Paper::A4);
    request.services[1].summary.name.nl = "Ontmoetingscentrum De Wolden";
    request.services[1].summary.phone = "0528 - 27 45 00";
    auto expected = render_list(request);
    REQUIRE(expected.ok());

    fs::path state = fs::path(WW_PRINT_TEST_OUTPUT) / "cups-state";
    fs::remove_all(state);
    fs::create_directories(state);
    PrintSettings settings = settings_for("WegwijzerPDF");
    settings.state_dir = state;
    PrintService service(settings);
    REQUIRE(service.start(request));
    CHECK_FALSE(service.start(request));  // one print at a time
    Watch w = watch(service, 30, [](const PrintStatus& s) { return !s.busy; });
    INFO(w.last.detail);
    REQUIRE(w.last.phase == PrintPhase::Done);
    CHECK(w.last.message(ww::Language::Dutch) == "Klaar. Vergeet uw lijst niet.");
    CHECK_FALSE(w.last.offer_qr);
    CHECK(w.last.job_id > 0);
    CHECK(w.median_poll_ms() < 20);
    CHECK(service.prints_today() == 1);

    fs::path pdf = wait_for_new_pdf(out, before, 20);
    REQUIRE_FALSE(pdf.empty());
    fs::copy_file(pdf, fs::path(WW_PRINT_TEST_OUTPUT) / "from-cups-pdf.pdf", fs::copy_options::overwrite_existing);
    std::string text = pdf_text(pdf);
    for (const auto& s : request.services) {
        CHECK(text.find(s.summary.name.nl) != std::string::npos);
        CHECK(text.find(ww::format_phone(s.summary.phone)) != std::string::npos);  // printed in pairs
    }
    FontReport fonts = pdf_fonts(pdf);
    CHECK(fonts.fonts > 0);
    CHECK(fonts.embedded == fonts.fonts);
    CHECK(fonts.noto);
    CHECK(pdf_pages(pdf) == static_cast<int>(expected->pages.size()));

    // No print history with content: with the kiosk's PreserveJobFiles No, CUPS deletes the
    // document ("d<job>-001" in its spool) once the job is done.
    const char* spool = std::getenv("WW_CUPS_SPOOL_DIR");
    REQUIRE(spool != nullptr);
    char document[32];
    std::snprintf(document, sizeof document, "d%05d-001", w.last.job_id);
    auto t0 = Clock::now();
    while (fs::exists(fs::path(spool) / document) && Clock::now() - t0 < std::chrono::seconds(10)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    CHECK_FALSE(fs::exists(fs::path(spool) / document));
    std::ifstream counter(state / "print-count");
    std::string day;
    int count = 0;
    counter >> day >> count;
    CHECK(day == PrintCounter::today());
    CHECK(count == 1);
}

TEST_CASE("paper out: the resident is told within 10 s, and a stuck job is cancelled", "[cups][threads]") {
    PrintService service(settings_for("WegwijzerPaperOut", /*stuck_s=*/6));
    REQUIRE(service.start(sample_request(2, Paper::A4)));
    Watch w = watch(service, 10, [](const PrintStatus& s) { return s.phase == PrintPhase::NoPaper; });
    INFO(w.last.detail);
    REQUIRE(w.last.phase == PrintPhase::NoPaper);
    CHECK(w.seconds < 10);
    CHECK(w.last.busy);
    CHECK(w.last.offer_qr);
    CHECK(w.last.message(ww::Language::Dutch) == "De printer heeft geen papier. Vraag het aan de balie.");
    CHECK(w.median_poll_ms() < 20);
    const int job_id = w.last.job_id;
    REQUIRE(job_id > 0);

    // No paper comes: after stuck_job_s without progress the job is cancelled.
    Watch end = watch(service, 20, [](const PrintStatus& s) { return !s.busy; });
    INFO(end.last.detail);
    CHECK(end.last.phase == PrintPhase::Failed);
    CHECK(end.last.offer_qr);
    CHECK(end.last.message(ww::Language::Dutch) == "De printer werkt nu niet.");
    CHECK(end.last.detail.find("cancelled") != std::string::npos);
    CHECK(end.median_poll_ms() < 20);
    auto queue = CupsQueue::open("WegwijzerPaperOut");
    REQUIRE(queue.ok());
    CHECK((*queue)->snapshot(job_id).job_state == 7);  // canceled in CUPS too
}

TEST_CASE("a stopped queue: the resident is told at once and the list is not sent", "[cups][threads]") {
    PrintService service(settings_for("WegwijzerStopped"));
    REQUIRE(service.start(sample_request(2, Paper::A4)));
    Watch w = watch(service, 10, [](const PrintStatus& s) { return !s.busy; });
    INFO(w.last.detail);
    CHECK(w.last.phase == PrintPhase::PrinterDown);
    CHECK(w.seconds < 10);
    CHECK(w.last.job_id == 0);
    CHECK(w.last.offer_qr);
    CHECK(w.last.message(ww::Language::Dutch) == "De printer werkt nu niet.");
    CHECK(w.median_poll_ms() < 20);
}

TEST_CASE("a printer that is gone: the resident is told within 10 s", "[cups][threads]") {
    SECTION("a network printer that does not answer") {
        PrintService service(settings_for("WegwijzerGone", /*stuck_s=*/12));
        REQUIRE(service.start(sample_request(1, Paper::A4)));
        Watch w =
            watch(service, 10, [](const PrintStatus& s) { return s.phase == PrintPhase::PrinterDown || !s.busy; });
        INFO(w.last.detail);
        CHECK(w.last.phase == PrintPhase::PrinterDown);
        CHECK(w.seconds < 10);
        CHECK(w.last.offer_qr);
        CHECK(w.last.message(ww::Language::Dutch) == "De printer werkt nu niet.");
        CHECK(w.median_poll_ms() < 20);
        Watch end = watch(service, 20, [](const PrintStatus& s) { return !s.busy; });
        CHECK(end.last.phase == PrintPhase::Failed);  // cancelled after stuck_job_s
    }
    SECTION("a queue that was deleted") {
        PrintService service(settings_for("WegwijzerNoSuchQueue"));
        REQUIRE(service.start(sample_request(1, Paper::A4)));
        Watch w = watch(service, 10, [](const PrintStatus& s) { return !s.busy; });
        INFO(w.last.detail);
        CHECK(w.last.phase == PrintPhase::PrinterDown);
        CHECK(w.last.detail.find("not found") != std::string::npos);
        CHECK(w.last.offer_qr);
        CHECK(w.median_poll_ms() < 20);
    }
}

TEST_CASE("the kiosk's list print: ids and a catalogue in, the PDF out of cups-pdf", "[cups][threads]") {
    const fs::path out = cups_pdf_dir();
    const size_t before = pdf_count(out);
    auto catalogue = ww::Catalogue::open(WW_DEMO_CATALOGUE);
    REQUIRE(catalogue.ok());
    ww::SearchQuery query;
    query.category = "meeting";
    query.limit = 2;
    auto found = (*catalogue)->search(query).services;
    REQUIRE(found.size() == 2);

    PrintSettings settings = settings_for("WegwijzerPDF");
    int changes = 0;
    settings.on_change = [&](const PrintStatus&) { ++changes; };
    PrintService service(settings);
    ww::KioskConfig config;
    config.place = "Bibliotheek Assen";
    REQUIRE(service.start_list(WW_DEMO_CATALOGUE, {found[0].id, found[1].id}, config, ww::Language::English));
    // The caller never waits: start_list returns while the list is still being read, drawn and
    // sent on the service's thread (a state, not a stopwatch: 20 ms failed once under load).
    CHECK(service.status().busy);
    Watch w = watch(service, 30, [](const PrintStatus& s) { return !s.busy; });
    INFO(w.last.detail);
    REQUIRE(w.last.phase == PrintPhase::Done);
    CHECK(w.last.message(ww::Language::English) == "Done. Don't forget your list.");
    CHECK(changes >= 2);
    fs::path pdf = wait_for_new_pdf(out, before, 20);
    REQUIRE_FALSE(pdf.empty());
    std::string text = pdf_text(pdf);
    CHECK(text.find("My list") != std::string::npos);
    CHECK(text.find("Bibliotheek Assen") != std::string::npos);
    CHECK(text.find("Voorbeeldgegevens") != std::string::npos);
    for (const auto& s : found) {
        CHECK(text.find(s.name.in(ww::Language::English)) != std::string::npos);
        CHECK(text.find(ww::format_phone(s.phone)) != std::string::npos);  // printed in pairs
    }
}

TEST_CASE("a queue stopped while the list prints: the resident is told within 10 s", "[cups][threads]") {
    PrintService service(settings_for("WegwijzerSlow", /*stuck_s=*/60));
    REQUIRE(service.start(sample_request(1, Paper::A4)));
    Watch w = watch(service, 10, [](const PrintStatus& s) { return s.job_id > 0 || !s.busy; });
    INFO(w.last.detail);
    REQUIRE(w.last.busy);
    CHECK(w.last.phase == PrintPhase::Printing);
    CHECK(w.last.message(ww::Language::Dutch) == "Uw lijst wordt geprint");
    CHECK_FALSE(w.last.offer_qr);

    REQUIRE(std::system("cupsdisable WegwijzerSlow") == 0);
    Watch down = watch(service, 10, [](const PrintStatus& s) { return s.phase == PrintPhase::PrinterDown; });
    INFO(down.last.detail);
    CHECK(down.last.phase == PrintPhase::PrinterDown);
    CHECK(down.seconds < 10);
    CHECK(down.last.offer_qr);
    CHECK(down.last.message(ww::Language::Dutch) == "De printer werkt nu niet.");
    CHECK(down.median_poll_ms() < 20);
    REQUIRE(std::system("cupsenable WegwijzerSlow") == 0);
}
