#include "core/sync/service.h"

#include <iostream>

#include "core/sync/import_wording.h"
#include "core/wording.h"

namespace ww::sync {

namespace fs = std::filesystem;

fs::path synced_catalogue_path(const KioskConfig& config) {
    if (!config.catalogue.path.empty()) return config.catalogue.path;
    return config.sync.state_dir / "catalogue.sqlite";
}

Result<std::unique_ptr<SyncService>> SyncService::create(const KioskConfig& config, const fs::path& catalogue,
                                                         Log log) {
    auto keys = load_public_keys(config.sync.public_keys);
    if (!keys) return fail(keys.error());
    if (keys->empty()) return fail("no public keys configured in [sync] public_keys: USB sync is off");
    Options options{config.sync.mount_roots, *keys, config.sync.fleet, config.sync.max_file_bytes, catalogue};
    return std::make_unique<SyncService>(std::move(options), std::move(log));
}

SyncService::SyncService(Options options, Log log)
    : options_(std::move(options)),
      log_(log ? std::move(log)
               : Log([](const std::string& line) { std::cerr << "wegwijzer sync: " << line << "\n"; })),
      watcher_(options_.mount_roots) {}

SyncService::~SyncService() {
    if (worker_.joinable()) worker_.join();
}

void SyncService::import_from(const fs::path& folder) { queue_.push_back({folder, false}); }

void SyncService::start_next() {
    if (running_ || queue_.empty()) return;
    if (worker_.joinable()) worker_.join();
    Job job = queue_.front();
    queue_.pop_front();
    running_ = true;
    progress_ = 0.0;
    worker_ = std::thread([this, job] {
        const fs::path& folder = job.folder;
        ImportRequest request;
        request.source = folder;
        request.catalogue = options_.catalogue;
        request.trusted_keys = options_.trusted_keys;
        request.fleet = options_.fleet;
        request.max_file_bytes = options_.max_file_bytes;
        SyncIo io;
        ImportOutcome outcome = import_package(request, io, [this](double p) { progress_ = p; });
        if (outcome.result != ImportResult::NothingFound) log_(outcome.log);
        {
            std::lock_guard lock(mutex_);
            bool quiet = outcome.result == ImportResult::NothingFound ||
                         (job.quiet_if_not_newer && outcome.result == ImportResult::NotNewer);
            if (!quiet) {
                shown_folder_ = folder;
                finished_.state = SyncStatus::State::Finished;
                finished_.outcome = outcome;
                finished_.succeeded = outcome.imported();
                finished_.progress = 1.0;
                ++finished_.finished_count;
            }
            if (outcome.imported()) new_catalogue_ = true;
        }
        running_ = false;
    });
}

SyncStatus SyncService::poll() {
    for (auto& folder : watcher_.poll()) queue_.push_back({folder, first_poll_});
    first_poll_ = false;
    start_next();
    std::lock_guard lock(mutex_);
    if (!running_ && finished_.state == SyncStatus::State::Finished) {
        std::error_code ec;
        if (!fs::exists(shown_folder_, ec)) clear_finished();  // the stick was pulled out
    }
    if (running_) {
        SyncStatus status = finished_;
        status.state = SyncStatus::State::Importing;
        status.progress = progress_;
        status.succeeded = false;
        return status;
    }
    return finished_;
}

std::string SyncStatus::message(Language language) const {
    switch (state) {
        case State::Importing: return std::string(wording::text("band.updating", language));
        case State::Finished: return import_message(outcome, language);
        case State::Idle: break;
    }
    return {};
}

bool SyncService::take_new_catalogue() {
    std::lock_guard lock(mutex_);
    return std::exchange(new_catalogue_, false);
}

void SyncService::dismiss() {
    std::lock_guard lock(mutex_);
    clear_finished();
}

void SyncService::clear_finished() {
    finished_.state = SyncStatus::State::Idle;
    finished_.outcome = ImportOutcome{};
    finished_.succeeded = false;
}

}  // namespace ww::sync
