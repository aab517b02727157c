#include "core/print/print_service.h"

#include <iostream>
#include <optional>

#include "core/catalogue.h"
#include "core/print/cups_queue.h"
#include "core/print/pdf_render.h"

namespace ww::print {

namespace {
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string describe(const PrinterSnapshot& s) {
    std::string out = "job-state " + std::to_string(s.job_state) + ", printer-state " + std::to_string(s.printer_state);
    if (!s.reachable) out += ", unreachable";
    if (!s.accepting) out += ", not accepting jobs";
    for (const auto* reasons : {&s.printer_reasons, &s.job_reasons}) {
        for (const auto& r : *reasons) out += ", " + r;
    }
    if (!s.message.empty()) out += ", \"" + s.message + "\"";
    return out;
}
}  // namespace

PrintSettings print_settings(const KioskConfig& config) {
    PrintSettings s;
    s.printer = config.print.printer;
    s.stuck_job_s = config.print.stuck_job_s;
    s.state_dir = config.sync.state_dir;
    return s;
}

PrintService::PrintService(PrintSettings settings)
    : settings_(std::move(settings)),
      counter_(settings_.state_dir.empty() || !std::filesystem::is_directory(settings_.state_dir)
                   ? std::filesystem::path{}
                   : settings_.state_dir) {}

PrintService::~PrintService() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void PrintService::log(const std::string& line) const {
    if (settings_.log) {
        settings_.log(line);
    } else {
        std::clog << "print: " << line << std::endl;
    }
}

bool PrintService::start(PrintRequest request) {
    return launch([this, r = std::move(request)]() mutable { run(std::move(r)); });
}

bool PrintService::start_list(std::filesystem::path catalogue, std::vector<std::string> service_ids, KioskConfig config,
                              Language language, Title title) {
    return launch([=, this] {
        auto opened = Catalogue::open(catalogue);
        if (!opened) return publish(PrintPhase::Failed, opened.error(), 0, false);
        auto request = make_print_request(**opened, service_ids, config, language, title);
        if (!request) return publish(PrintPhase::Failed, request.error(), 0, false);
        run(std::move(request.value()));
    });
}

bool PrintService::launch(std::function<void()> work) {
    std::unique_lock lock(mutex_);
    if (status_.busy) return false;
    if (!has_printer()) {
        status_ = {PrintPhase::NoPrinter, false, true, 0, "no printer configured"};
        PrintStatus now = status_;
        lock.unlock();
        log("no printer configured: offering the list's QR code");
        if (settings_.on_change) settings_.on_change(now);
        return true;
    }
    status_ = {PrintPhase::Printing, true, false, 0, "making the PDF"};
    lock.unlock();
    if (worker_.joinable()) worker_.join();  // the previous print has finished
    worker_ = std::thread(std::move(work));
    return true;
}

PrintStatus PrintService::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

void PrintService::clear() {
    std::lock_guard lock(mutex_);
    if (!status_.busy) status_ = {};
}

void PrintService::publish(PrintPhase phase, std::string detail, int job_id, bool busy) {
    const PrintStatus now{phase, busy, offers_qr(phase), job_id, std::move(detail)};
    bool changed;
    {
        std::lock_guard lock(mutex_);
        changed = status_.phase != phase || status_.detail != now.detail || status_.busy != busy;
        status_ = now;
        // The worker is not finished until the log line and the callback below are: only then
        // may anyone who waits for busy == false use what the callback touched.
        status_.busy = true;
    }
    if (changed) {
        log(std::string(phase_name(phase)) + (job_id ? " (job " + std::to_string(job_id) + ")" : "") + ": " +
            now.detail);
        if (settings_.on_change) settings_.on_change(now);
    }
    if (!busy) {
        std::lock_guard lock(mutex_);
        status_.busy = false;
    }
}

bool PrintService::wait_or_stop(std::chrono::milliseconds how_long) {
    std::unique_lock lock(mutex_);
    return wake_.wait_for(lock, how_long, [this] { return stop_; });
}

void PrintService::run(PrintRequest request) {
    const std::string& printer = settings_.printer;
    auto pdf = render_list_pdf(request);
    if (!pdf) return publish(PrintPhase::Failed, pdf.error(), 0, false);

    auto queue = CupsQueue::open(printer);
    if (!queue) return publish(PrintPhase::PrinterDown, queue.error(), 0, false);
    // A stopped queue would keep the list until someone restarts it: better not to send it.
    PrinterSnapshot before = (*queue)->snapshot(0);
    if (PrintPhase p = phase_for(before); p == PrintPhase::PrinterDown) {
        return publish(p, "printer '" + printer + "' is not printing (" + describe(before) + "); list not sent", 0,
                       false);
    }
    publish(PrintPhase::Printing, "sending " + std::to_string(pdf->size()) + " bytes to '" + printer + "'", 0, true);
    std::string title = std::string(title_text(request.title, request.language));
    auto job = (*queue)->submit(*pdf, "Wegwijzer: " + title);
    if (!job) return publish(PrintPhase::Failed, job.error(), 0, false);
    const int job_id = *job;
    if (!counter_.add(PrintCounter::today())) log("cannot save the print count in " + settings_.state_dir.string());

    auto last_change = Clock::now();
    std::optional<Clock::time_point> connecting_since;
    int last_job_state = -1;
    int last_impressions = -1;
    while (true) {
        PrinterSnapshot s = (*queue)->snapshot(job_id);
        if (has_reason(s.printer_reasons, "connecting-to-device")) {
            if (!connecting_since) connecting_since = Clock::now();
            s.connecting_for_s = seconds_since(*connecting_since);
        } else {
            connecting_since.reset();
        }
        // Progress: the job changes state or another page comes out.
        if (s.job_state != last_job_state || s.impressions != last_impressions) {
            last_job_state = s.job_state;
            last_impressions = s.impressions;
            last_change = Clock::now();
        }
        PrintPhase phase = phase_for(s);
        if (phase == PrintPhase::Done || phase == PrintPhase::Failed) {
            return publish(phase, describe(s), job_id, false);
        }
        if (seconds_since(last_change) > settings_.stuck_job_s) {
            auto cancelled = (*queue)->cancel(job_id);
            std::string why = "no progress for " + std::to_string(settings_.stuck_job_s) + " s (" + describe(s) + "); ";
            return publish(PrintPhase::Failed, why + (cancelled ? "job cancelled" : cancelled.error()), job_id, false);
        }
        publish(phase, describe(s), job_id, true);
        if (wait_or_stop(settings_.poll_interval)) return;
    }
}

}  // namespace ww::print
