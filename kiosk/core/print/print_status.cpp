#include "core/print/print_status.h"

#include <algorithm>
#include <array>

#include "core/wording.h"

namespace ww::print {

std::string_view reason_keyword(std::string_view reason) {
    for (std::string_view suffix : {"-error", "-warning", "-report"}) {
        if (reason.size() > suffix.size() && reason.substr(reason.size() - suffix.size()) == suffix) {
            return reason.substr(0, reason.size() - suffix.size());
        }
    }
    return reason;
}

bool has_reason(const std::vector<std::string>& reasons, std::string_view keyword) {
    return std::any_of(reasons.begin(), reasons.end(),
                       [&](const std::string& r) { return reason_keyword(r) == keyword; });
}

bool says_unreachable(std::string_view message) {
    for (std::string_view phrase : {"may not exist or is unavailable", "is not responding", "unreachable",
                                    "Unable to locate printer", "Unable to connect", "not connected"}) {
        if (message.find(phrase) != std::string_view::npos) return true;
    }
    return false;
}

PrintPhase phase_for(const PrinterSnapshot& s) {
    if (s.job_state == 9) return PrintPhase::Done;
    if (!s.reachable) return PrintPhase::PrinterDown;
    if (s.job_state == 7 || s.job_state == 8) return PrintPhase::Failed;
    for (const auto* reasons : {&s.printer_reasons, &s.job_reasons}) {
        if (has_reason(*reasons, "media-empty") || has_reason(*reasons, "media-needed")) return PrintPhase::NoPaper;
    }
    if (s.printer_state == 5 || !s.accepting || s.job_state == 6) return PrintPhase::PrinterDown;
    for (std::string_view down : {"offline", "shutdown", "paused", "printer-stopped", "media-jam", "door-open"}) {
        if (has_reason(s.printer_reasons, down) || has_reason(s.job_reasons, down)) return PrintPhase::PrinterDown;
    }
    if (s.connecting_for_s >= kConnectingCountsAsDownS || says_unreachable(s.message)) return PrintPhase::PrinterDown;
    return PrintPhase::Printing;
}

std::string_view status_message(PrintPhase phase, Language language) {
    switch (phase) {
        case PrintPhase::Idle: return "";
        case PrintPhase::NoPrinter: return wording::text("print.no_printer", language);
        case PrintPhase::Printing: return wording::text("print.printing", language);
        case PrintPhase::NoPaper: return wording::text("print.no_paper", language);
        case PrintPhase::PrinterDown:
        case PrintPhase::Failed: return wording::text("print.failed", language);
        case PrintPhase::Done: return wording::text("print.done", language);
    }
    return "";
}

bool offers_qr(PrintPhase phase) {
    return phase == PrintPhase::NoPrinter || phase == PrintPhase::NoPaper || phase == PrintPhase::PrinterDown ||
           phase == PrintPhase::Failed;
}

bool is_final(PrintPhase phase) {
    return phase == PrintPhase::Idle || phase == PrintPhase::NoPrinter || phase == PrintPhase::Done ||
           phase == PrintPhase::Failed;
}

const char* phase_name(PrintPhase phase) {
    constexpr std::array<const char*, 7> names{"idle",         "no-printer", "printing", "no-paper",
                                               "printer-down", "done",       "failed"};
    return names[static_cast<size_t>(phase)];
}

}  // namespace ww::print
