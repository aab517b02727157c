#pragma once
// What the resident is told while a list prints. Pure: CUPS's job and printer state in, a phase
// and its plain words out, so every message is unit-tested without a printer.
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace ww::print {

enum class PrintPhase {
    Idle,         // nothing printed yet
    NoPrinter,    // no printer configured: offer the list's QR code
    Printing,     // making the PDF, sending it, or the printer is busy with it
    NoPaper,      // the printer reports it is out of paper
    PrinterDown,  // queue stopped, printer offline or gone
    Done,         // the job completed
    Failed,       // the job was aborted or cancelled (also: stuck and cancelled by us)
};

// What CUPS says about the queue and our job (IPP enums as numbers, reasons as keywords).
struct PrinterSnapshot {
    bool reachable = true;  // the queue exists and cupsd answers
    int printer_state = 3;  // 3 idle, 4 processing, 5 stopped
    bool accepting = true;  // printer-is-accepting-jobs
    std::vector<std::string> printer_reasons;
    int job_state = 0;  // 0 not known yet, 3 pending ... 7 canceled, 8 aborted, 9 completed
    std::vector<std::string> job_reasons;
    int impressions = 0;          // job-impressions-completed (pages printed so far)
    double connecting_for_s = 0;  // how long "connecting-to-device" has been reported
    std::string message;          // printer-state-message / job-printer-state-message
};

// After this long trying to reach a network printer, the printer counts as gone.
constexpr double kConnectingCountsAsDownS = 4;

PrintPhase phase_for(const PrinterSnapshot& snapshot);
// CUPS's backends say a network printer is unreachable only in words (no state reason), and
// CUPS has no Dutch translation, so these English phrases are what a kiosk sees.
bool says_unreachable(std::string_view printer_message);
// "media-empty-error" -> "media-empty".
std::string_view reason_keyword(std::string_view reason);
bool has_reason(const std::vector<std::string>& reasons, std::string_view keyword);

// The resident's words for a phase ("Uw lijst wordt geprint", ...); empty for Idle.
std::string_view status_message(PrintPhase phase, Language language);
// The print button shows the list's QR code instead (no printer, or the printer failed).
bool offers_qr(PrintPhase phase);
// Nothing will change any more without a new print.
bool is_final(PrintPhase phase);
const char* phase_name(PrintPhase phase);  // for logs

}  // namespace ww::print
