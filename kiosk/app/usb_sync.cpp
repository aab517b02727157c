#include "app/usb_sync.h"

#include "app/kiosk_log.h"

#include <chrono>
#include <cstdlib>

namespace ww::app {

namespace {
constexpr double kWaitWhileImporting = 0.5;  // the progress bar moves on twice a second
constexpr double kWaitWhenIdle = 1.0;        // a stick is noticed within a second; no frame is drawn
constexpr int kHistoryLines = 20;
}  // namespace

SyncBand sync_band(const sync::SyncStatus& status, Language language) {
    using State = sync::SyncStatus::State;
    switch (status.state) {
        case State::Importing: return {status.message(language), float(status.progress)};
        case State::Finished: return {status.message(language), std::nullopt};
        case State::Idle: break;
    }
    return {};
}

std::vector<std::string> import_history_lines(const std::vector<sync::ImportRecord>& records) {
    std::vector<std::string> lines;
    lines.reserve(records.size());
    for (const auto& r : records) {
        // The result sentence already starts with "Imported" or "Refused".
        std::string line = r.at;
        if (r.version > 0) line += " · version " + std::to_string(r.version);
        if (!r.source.empty()) line += " · " + r.source;
        line += " · " + (r.result.empty() ? std::string(r.imported ? "imported" : "refused") : r.result);
        if (!r.refusal.empty()) line += " (" + r.refusal + ")";  // the check's code word, for IT
        lines.push_back(std::move(line));
    }
    return lines;
}

std::unique_ptr<UsbSync> UsbSync::create(KioskApp& app, const KioskConfig& config,
                                         const std::filesystem::path& catalogue, bool web_check_at_start) {
    auto service =
        sync::SyncService::create(config, catalogue, [](const std::string& line) { log_line("sync: " + line); });
    if (!service) {
        log_line("sync: off: " + service.error());
        return nullptr;
    }
    log_line("sync: watching for USB sticks; updates go to " + catalogue.string());
    std::unique_ptr<web::WebPoller> web;
    if (!config.sync.url.empty()) {
        web::WebPoller::Options options;
        options.request.url = config.sync.url;
        options.request.fetch.ca_file = config.sync.ca_file;
        options.request.catalogue = catalogue;
        options.request.fleet = config.sync.fleet;
        options.request.max_file_bytes = config.sync.max_file_bytes;
        options.request.trusted_keys = sync::load_public_keys(config.sync.public_keys).value();  // create() read them
        options.poll_minutes = config.sync.poll_minutes;
        web = std::make_unique<web::WebPoller>(std::move(options),
                                               [](const std::string& line) { log_line("web update: " + line); });
        if (web_check_at_start) web->check_now();  // tests: at once instead of 10 s to 5 min after the start
        log_line("sync: checking " + config.sync.url + " for updates every " +
                 std::to_string(config.sync.poll_minutes) + " minutes (with jitter)");
    }
    return std::make_unique<UsbSync>(app, std::move(service.value()), catalogue, std::move(web));
}

UsbSync::UsbSync(KioskApp& app, std::unique_ptr<sync::SyncService> service, std::filesystem::path catalogue,
                 std::unique_ptr<web::WebPoller> web)
    : app_(app), service_(std::move(service)), catalogue_(std::move(catalogue)), web_(std::move(web)) {
    post_history();
}

void UsbSync::post_history() {
    std::vector<std::string> lines;
    if (web_) {
        const auto now =
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
        lines = web::web_status_lines(web_->status(), now.count());
    }
    for (auto& line : import_history_lines(sync::read_import_history(catalogue_, kHistoryLines)))
        lines.push_back(std::move(line));
    app_.post_import_history(std::move(lines));
}

double UsbSync::turn(const LoopTurn& loop) {
    sync::SyncStatus status = service_->poll();
    importing_ = status.state == sync::SyncStatus::State::Importing;
    if (status.finished_count != seen_finished_) {
        seen_finished_ = status.finished_count;
        finished_at_ = loop.now;
        post_history();
    }
    // A result left on screen long enough goes away even when the stick stays in.
    if (status.state == sync::SyncStatus::State::Finished && finished_at_ >= 0 &&
        loop.now - finished_at_ >= kSyncMessageSeconds) {
        service_->dismiss();
        status = service_->poll();
    }
    bool web_installed = false;
    if (web_) {
        const web::WebPollStatus web_status = web_->status();
        if (web_status.finished_count != seen_web_checks_) {
            seen_web_checks_ = web_status.finished_count;
            post_history();
        }
        web_installed = loop.on_home && web_->take_new_catalogue();
    }
    // The resident's screen never changes underneath them: the new catalogue waits for Home.
    if (loop.on_home && (service_->take_new_catalogue() || web_installed)) {
        log_line("sync: switching to the new catalogue");
        app_.post_catalogue(catalogue_);
    }
    const SyncBand band = sync_band(status, loop.language);
    if (band.text != shown_.text || band.progress != shown_.progress) {
        app_.post_status(band.text, band.progress);
        shown_ = band;
    }
    return status.state == sync::SyncStatus::State::Importing ? kWaitWhileImporting : kWaitWhenIdle;
}

}  // namespace ww::app
