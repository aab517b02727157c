#include "core/print/printer_health.h"

#include "core/print/cups_queue.h"

namespace ww::print {

health::PrinterState printer_health(const PrinterSnapshot& queue) {
    switch (phase_for(queue)) {
        case PrintPhase::NoPaper: return health::PrinterState::NoPaper;
        case PrintPhase::PrinterDown: return health::PrinterState::Down;
        case PrintPhase::Printing:
            return queue.printer_state == 4 ? health::PrinterState::Printing : health::PrinterState::Ready;
        default: break;
    }
    return health::PrinterState::Unknown;
}

std::optional<health::PrinterState> printer_health(const PrintStatus& print) {
    switch (print.phase) {
        case PrintPhase::NoPrinter: return health::PrinterState::None;
        case PrintPhase::Printing: return health::PrinterState::Printing;
        case PrintPhase::NoPaper: return health::PrinterState::NoPaper;
        case PrintPhase::PrinterDown: return health::PrinterState::Down;
        default: break;
    }
    return std::nullopt;
}

health::PrinterState probe_printer(const std::string& queue, int timeout_ms) {
    if (queue.empty()) return health::PrinterState::None;
    auto opened = CupsQueue::open(queue, timeout_ms);
    if (!opened) return health::PrinterState::Down;
    return printer_health((*opened)->snapshot(0));
}

}  // namespace ww::print
