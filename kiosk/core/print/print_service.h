#pragma once
// Printing "Mijn lijst" without ever blocking the kiosk: start() hands the request to a
// background thread that makes the PDF, sends it to the CUPS queue and follows the job and the
// printer; the kiosk calls status() every frame (cheap: copies a small struct under a mutex)
// and shows status().message(language). A job that makes no progress for stuck_job_s seconds
// is cancelled. With no printer configured, start() at once reports NoPrinter (offer the QR).
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/config.h"
#include "core/print/print_counter.h"
#include "core/print/print_request.h"
#include "core/print/print_status.h"

namespace ww::print {

struct PrintStatus {
    PrintPhase phase = PrintPhase::Idle;
    bool busy = false;      // a print is under way; start() would refuse
    bool offer_qr = false;  // show the list's QR code instead (no printer, or it failed)
    int job_id = 0;         // CUPS job id once sent
    std::string detail;     // English, for logs and kioskctl
    std::string message(Language language) const { return std::string(status_message(phase, language)); }
};

struct PrintSettings {
    std::string printer;  // CUPS queue; empty: no printer here
    int stuck_job_s = 120;
    std::filesystem::path state_dir;  // for the per-day print count; empty: memory only
    std::chrono::milliseconds poll_interval{500};
    std::function<void(const std::string&)> log;  // English lines; default: stderr
    // Called on the worker thread after every change of status (e.g. to wake the kiosk's
    // event loop). Must not call back into the PrintService's start(). A final status (busy ==
    // false) is passed here before status() shows busy == false: whoever waits for that sees
    // everything this callback did.
    std::function<void(const PrintStatus&)> on_change;
};

PrintSettings print_settings(const KioskConfig& config);

class PrintService {
public:
    explicit PrintService(PrintSettings settings);
    // Stops following the job (a sent job keeps printing) and joins the thread.
    ~PrintService();
    PrintService(const PrintService&) = delete;
    PrintService& operator=(const PrintService&) = delete;

    bool has_printer() const { return !settings_.printer.empty(); }
    // Returns at once. False (and nothing changes) while an earlier print is still busy.
    bool start(PrintRequest request);
    // The kiosk's "Printen": like start(), but the catalogue is opened and the services are read
    // on the worker thread too (its own read-only connection), so the caller does no I/O at all.
    // Unknown ids end in Failed with the ids named in `detail`.
    bool start_list(std::filesystem::path catalogue, std::vector<std::string> service_ids, KioskConfig config,
                    Language language, Title title = Title::MyList);
    PrintStatus status() const;
    // Back to Idle after the resident has seen a final message (no-op while busy).
    void clear();
    int prints_today() const { return counter_.count(PrintCounter::today()); }

private:
    bool launch(std::function<void()> work);
    void run(PrintRequest request);
    void publish(PrintPhase phase, std::string detail, int job_id, bool busy);
    void log(const std::string& line) const;
    bool wait_or_stop(std::chrono::milliseconds how_long);  // true when told to stop

    PrintSettings settings_;
    PrintCounter counter_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    PrintStatus status_;
    bool stop_ = false;
    std::thread worker_;
};

}  // namespace ww::print
