// What the resident is told for each printer and job state.
#include <catch2/catch.hpp>

#include "core/print/print_status.h"
#include "core/print/printer_health.h"

using namespace ww::print;
using ww::Language;

TEST_CASE("job and printer states give the resident's phase", "[print][status]") {
    PrinterSnapshot s;
    s.job_state = 5;
    CHECK(phase_for(s) == PrintPhase::Printing);
    s.job_state = 3;
    CHECK(phase_for(s) == PrintPhase::Printing);
    s.job_state = 9;
    CHECK(phase_for(s) == PrintPhase::Done);
    s.job_state = 8;
    CHECK(phase_for(s) == PrintPhase::Failed);
    s.job_state = 7;
    CHECK(phase_for(s) == PrintPhase::Failed);
}

TEST_CASE("paper out wins over everything but the end of the job", "[print][status]") {
    PrinterSnapshot s;
    s.job_state = 5;
    s.printer_reasons = {"media-empty-error"};
    CHECK(phase_for(s) == PrintPhase::NoPaper);
    s.printer_reasons = {"media-needed-warning"};
    CHECK(phase_for(s) == PrintPhase::NoPaper);
    s.printer_state = 5;
    CHECK(phase_for(s) == PrintPhase::NoPaper);
    s.job_state = 9;
    CHECK(phase_for(s) == PrintPhase::Done);
    s.printer_reasons = {"media-low-report"};  // low is not empty
    s.printer_state = 4;
    s.job_state = 5;
    CHECK(phase_for(s) == PrintPhase::Printing);
}

TEST_CASE("stopped, not accepting, offline or unreachable printers are down", "[print][status]") {
    PrinterSnapshot s;
    s.job_state = 3;
    s.printer_state = 5;
    CHECK(phase_for(s) == PrintPhase::PrinterDown);
    s = {};
    s.accepting = false;
    CHECK(phase_for(s) == PrintPhase::PrinterDown);
    s = {};
    s.printer_reasons = {"offline-report"};
    CHECK(phase_for(s) == PrintPhase::PrinterDown);
    s = {};
    s.reachable = false;
    CHECK(phase_for(s) == PrintPhase::PrinterDown);
    s = {};
    s.job_state = 5;
    s.printer_reasons = {"connecting-to-device"};
    s.connecting_for_s = 1;
    CHECK(phase_for(s) == PrintPhase::Printing);  // a network printer may take a moment
    s.connecting_for_s = kConnectingCountsAsDownS;
    CHECK(phase_for(s) == PrintPhase::PrinterDown);
    s = {};
    s.job_state = 5;
    s.message = "The printer may not exist or is unavailable at this time.";
    CHECK(phase_for(s) == PrintPhase::PrinterDown);
    s.message = "Sending data to printer.";
    CHECK(phase_for(s) == PrintPhase::Printing);
}

TEST_CASE("reason keywords lose their severity suffix", "[print][status]") {
    CHECK(reason_keyword("media-empty-error") == "media-empty");
    CHECK(reason_keyword("offline-report") == "offline");
    CHECK(reason_keyword("paused") == "paused");
    CHECK(has_reason({"none", "media-empty-warning"}, "media-empty"));
    CHECK_FALSE(has_reason({"media-empty-warning"}, "media"));
}

TEST_CASE("each phase has the plain words from the issue, in Dutch and English", "[print][status]") {
    CHECK(status_message(PrintPhase::Printing, Language::Dutch) == "Uw lijst wordt geprint");
    CHECK(status_message(PrintPhase::NoPaper, Language::Dutch) ==
          "De printer heeft geen papier. Vraag het aan de balie.");
    CHECK(status_message(PrintPhase::PrinterDown, Language::Dutch) == "De printer werkt nu niet.");
    CHECK(status_message(PrintPhase::Failed, Language::Dutch) == "De printer werkt nu niet.");
    CHECK(status_message(PrintPhase::Done, Language::Dutch) == "Klaar. Vergeet uw lijst niet.");
    CHECK(status_message(PrintPhase::Idle, Language::Dutch).empty());
    for (auto p : {PrintPhase::NoPrinter, PrintPhase::Printing, PrintPhase::NoPaper, PrintPhase::PrinterDown,
                   PrintPhase::Done, PrintPhase::Failed}) {
        CHECK_FALSE(status_message(p, Language::English).empty());
        CHECK(status_message(p, Language::English) != status_message(p, Language::Dutch));
    }
}

TEST_CASE("the QR code is offered whenever the paper will not come", "[print][status]") {
    CHECK(offers_qr(PrintPhase::NoPrinter));
    CHECK(offers_qr(PrintPhase::NoPaper));
    CHECK(offers_qr(PrintPhase::PrinterDown));
    CHECK(offers_qr(PrintPhase::Failed));
    CHECK_FALSE(offers_qr(PrintPhase::Printing));
    CHECK_FALSE(offers_qr(PrintPhase::Done));
    CHECK_FALSE(offers_qr(PrintPhase::Idle));
}

TEST_CASE("the printer's state for the health metrics, from CUPS or from the kiosk's own print",
          "[print][status][health]") {
    using ww::health::PrinterState;
    PrinterSnapshot queue;  // idle, accepting, no job
    CHECK(printer_health(queue) == PrinterState::Ready);
    queue.printer_state = 4;
    CHECK(printer_health(queue) == PrinterState::Printing);
    queue.printer_state = 3;
    queue.printer_reasons = {"media-empty-error"};
    CHECK(printer_health(queue) == PrinterState::NoPaper);
    queue.printer_reasons = {"offline-report"};
    CHECK(printer_health(queue) == PrinterState::Down);
    queue.printer_reasons.clear();
    queue.printer_state = 5;
    CHECK(printer_health(queue) == PrinterState::Down);
    queue.reachable = false;
    CHECK(printer_health(queue) == PrinterState::Down);

    PrintStatus print;
    CHECK_FALSE(printer_health(print));  // idle: says nothing about the printer
    print.phase = PrintPhase::Printing;
    CHECK(printer_health(print) == PrinterState::Printing);
    print.phase = PrintPhase::NoPaper;
    CHECK(printer_health(print) == PrinterState::NoPaper);
    print.phase = PrintPhase::Done;
    CHECK_FALSE(printer_health(print));
    CHECK(probe_printer("") == PrinterState::None);
}
