#pragma once
// The printer's state for the health metrics (core/health_metrics.h), from what the kiosk's own
// print says or, between prints, from CUPS.
#include <optional>
#include <string>

#include "core/health_metrics.h"
#include "core/print/print_service.h"
#include "core/print/print_status.h"

namespace ww::print {

// Pure: CUPS's view of the queue (no job) as a health state.
health::PrinterState printer_health(const PrinterSnapshot& queue);
// Pure: the kiosk's print under way; empty when it says nothing about the printer (idle, done).
std::optional<health::PrinterState> printer_health(const PrintStatus& print);
// Asks CUPS (blocking, bounded by `timeout_ms`): for a background thread only.
health::PrinterState probe_printer(const std::string& queue, int timeout_ms = 3000);

}  // namespace ww::print
