#include "app/catalogue_loader.h"

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "core/sync/slot_store.h"

namespace ww::app {

TestFault parse_test_fault(const std::string& text) {
    TestFault f;
    const auto colon = text.find(':');
    if (colon == std::string::npos) return f;
    const std::string kind = text.substr(0, colon);
    try {
        std::size_t used = 0;
        f.version = std::stoll(text.substr(colon + 1), &used);
        if (used != text.size() - colon - 1) return {};
    } catch (const std::exception&) {
        return {};
    }
    f.kind = kind == "crash" ? TestFault::Kind::Crash : kind == "hang" ? TestFault::Kind::Hang : TestFault::Kind::None;
    return f;
}

struct CatalogueLoader::Job {
    std::mutex mutex;
    bool done = false;
    CatalogueLoad result;
    std::optional<sync::SlotState> slots;
};

namespace {

Result<std::unique_ptr<Catalogue>> open_with_fault(const std::filesystem::path& path, const TestFault& fault) {
    auto opened = Catalogue::open(path);
    if (opened && fault.kind != TestFault::Kind::None && (*opened)->info().version == fault.version) {
        if (fault.kind == TestFault::Kind::Crash) std::abort();
        for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
    }
    return opened;
}

// On the job's thread: count the start, open, and roll back once when a trial catalogue fails.
void run_job(const std::shared_ptr<CatalogueLoader::Job>& job, std::filesystem::path path,
             CatalogueLoader::Settings settings) {
    CatalogueLoad load;
    load.path = path;
    std::optional<sync::SlotState> slots;
    sync::SyncIo io;
    sync::SlotStore store(path, settings.policy, io);
    if (settings.use_slots) {
        auto before = store.before_open(sync::unix_now());
        if (before) {
            slots = before->state;
            if (before->rolled_back) load.events.push_back("rollback: " + before->log);
        } else {
            load.events.push_back("slots: " + before.error());
        }
    }
    auto opened = open_with_fault(path, settings.fault);
    if (!opened && slots && slots->phase == sync::SlotPhase::Trial) {
        auto failed = store.open_failed(opened.error(), sync::unix_now());
        if (failed && failed->rolled_back) {
            slots = failed->state;
            load.events.push_back("rollback: " + failed->log);
            opened = open_with_fault(path, settings.fault);
        }
    }
    if (opened) load.catalogue = std::move(opened.value());
    else load.error = opened.error();
    {
        std::lock_guard lock(job->mutex);
        job->result = std::move(load);
        job->slots = slots;
        job->done = true;
    }
    if (settings.wake) settings.wake();
}

}  // namespace

CatalogueLoader::CatalogueLoader(Settings settings) : settings_(std::move(settings)) {}

// A running job keeps its own reference to the shared state; a hung one is simply left behind.
CatalogueLoader::~CatalogueLoader() = default;

void CatalogueLoader::request(std::filesystem::path path) { wanted_ = std::move(path); }

bool CatalogueLoader::loading() const { return job_ != nullptr || wanted_.has_value(); }

void CatalogueLoader::start(double now) {
    job_ = std::make_shared<Job>();
    job_started_ = now;
    trial_opened_at_.reset();
    last_path_ = *wanted_;
    std::thread(run_job, job_, *wanted_, settings_).detach();
    wanted_.reset();
}

std::optional<CatalogueLoad> CatalogueLoader::poll(double now) {
    if (job_ && wanted_) {
        // A newer catalogue (a stick was put in) wins over a load that is still running: that one
        // may hang for ever, and the stick must be able to repair the kiosk.
        std::lock_guard lock(job_->mutex);
        if (!job_->done) job_.reset();
    }
    if (!job_) {
        if (wanted_) start(now);
        return std::nullopt;
    }
    std::unique_lock lock(job_->mutex);
    if (job_->done) {
        CatalogueLoad load = std::move(job_->result);
        if (settings_.use_slots) slots_ = job_->slots;
        lock.unlock();
        job_.reset();
        if (load.catalogue && slots_ && slots_->phase == sync::SlotPhase::Trial) trial_opened_at_ = now;
        return load;
    }
    lock.unlock();
    if (now - job_started_ < settings_.open_timeout_s) return std::nullopt;

    // Hung: leave the thread behind, roll a trial catalogue back and open the previous one.
    CatalogueLoad load;
    load.path = last_path_;
    job_.reset();
    const std::string why = "it did not open within " + std::to_string(int(settings_.open_timeout_s)) + " seconds";
    load.error = "the catalogue " + why;
    if (settings_.use_slots) {  // open_failed acts only when the catalogue is on trial
        sync::SyncIo io;
        sync::SlotStore store(last_path_, settings_.policy, io);
        auto failed = store.open_failed(why, sync::unix_now());
        if (failed) {
            slots_ = failed->state;
            if (failed->rolled_back) {
                load.events.push_back("rollback: " + failed->log);
                if (!wanted_) wanted_ = last_path_;
            }
        } else {
            load.events.push_back("slots: " + failed.error());
        }
    }
    return load;
}

std::optional<std::string> CatalogueLoader::tick_healthy(double now) {
    if (!settings_.use_slots || !trial_opened_at_ || job_ || !slots_ || slots_->phase != sync::SlotPhase::Trial)
        return std::nullopt;
    const double ran = now - *trial_opened_at_;
    if (ran < settings_.policy.trial_seconds) return std::nullopt;
    sync::SyncIo io;
    sync::SlotStore store(last_path_, settings_.policy, io);
    auto marked = store.healthy(ran, sync::unix_now());
    if (!marked) return "slots: " + marked.error();
    slots_ = marked->state;
    if (marked->trial_passed) {
        trial_opened_at_.reset();
        return marked->log;
    }
    return std::nullopt;
}

void CatalogueLoader::refresh_slots() {
    if (!settings_.use_slots || last_path_.empty()) return;
    if (auto s = sync::read_slot_state(last_path_)) slots_ = *s;
}

double CatalogueLoader::seconds_to_next_check(double now) const {
    double wait = 30.0;
    if (job_) wait = std::min(wait, std::max(0.05, job_started_ + settings_.open_timeout_s - now));
    if (wanted_) wait = 0.0;
    if (trial_opened_at_)
        wait = std::min(wait, std::max(0.05, *trial_opened_at_ + settings_.policy.trial_seconds - now));
    return wait;
}

}  // namespace ww::app
