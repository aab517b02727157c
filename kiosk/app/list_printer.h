#pragma once
// "Printen" for the kiosk loop, behind one small interface: a CUPS printer (core/print's
// PrintService, which never blocks the loop) or no printer here (the list's QR code instead).
// The loop asks for the state every turn; the printer wakes the loop itself when it changes.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/health_reporter.h"
#include "core/config.h"
#include "core/model.h"

namespace ww::app {

// What the resident's screen shows of a print, in the loop's terms.
struct ListPrintState {
    int phase = 0;          // changes whenever the print starts, ends or meets a problem
    std::string message;    // the resident's words; empty: nothing to say
    bool offer_qr = false;  // show the list's QR code instead (no printer, or it failed)
    bool busy = false;      // a print is under way: the message on screen says so
};

class ListPrinter {
public:
    virtual ~ListPrinter() = default;
    // A printer is configured: "Printen" is offered.
    virtual bool available() const = 0;
    // Sends the list (the services with these ids, read from `catalogue` off the loop's thread).
    // False when nothing started: busy, or no printer.
    virtual bool start(const std::filesystem::path& catalogue, const std::vector<std::string>& service_ids,
                       const KioskConfig& config, Language language) = 0;
    virtual ListPrintState state(Language language) const = 0;
    // Back to nothing after the resident has seen a final message (a new session).
    virtual void clear() = 0;
    // Fills the health metrics' printer sources; leaves them unset without a printer.
    virtual void report_to(HealthSources& sources) const = 0;
};

// CUPS when [print] printer names a queue, else no printer. `wake` is called (on another thread)
// whenever the print's state changes.
std::unique_ptr<ListPrinter> make_list_printer(const KioskConfig& config, std::function<void()> wake);
std::unique_ptr<ListPrinter> make_no_printer();

}  // namespace ww::app
