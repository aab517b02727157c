// The kiosk's own threads without a window: kiosk/app/catalogue_loader opens the catalogue on a
// thread of its own while SyncService imports a stick on another, and the test's loop plays the
// kiosk's event loop (polls both, as main.cpp and app/usb_sync.cpp do). deploy/test.sh runs these
// under ThreadSanitizer (tag [threads]).
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "app/catalogue_loader.h"
#include "core/sync/service.h"
#include "core/sync/slot_store.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The loop: polls the loader until a load comes back (or 20 s pass).
std::optional<app::CatalogueLoad> poll_until_loaded(app::CatalogueLoader& loader,
                                                    std::chrono::steady_clock::time_point start) {
    const double end = seconds_since(start) + 20;
    while (seconds_since(start) < end) {
        if (auto load = loader.poll(seconds_since(start))) return load;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return std::nullopt;
}

struct Rig {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path media = dir / "media", live = dir / "state/catalogue.sqlite";
    Rig() {
        fs::create_directories(media);
        CatalogueSpec v1{1};
        make_catalogue(dir / "v1.sqlite", v1);
        write_package(dir / "first", dir / "v1.sqlite", key.secret_key, describe(v1));
        if (!import_from(dir / "first", live, {key.public_key}).imported()) throw std::runtime_error("setup");
        // Version 1 has passed its trial: it is the good catalogue a rollback goes back to.
        sync::SyncIo io;
        sync::SlotStore store(live, sync::SlotPolicy{3, 0.0}, io);
        if (!store.before_open(sync::unix_now()) || !store.healthy(1.0, sync::unix_now()))
            throw std::runtime_error("setup: slots");
    }
    // SyncService imports version 2 from a stick on its thread, polled like the kiosk's loop does.
    void import_version_2(sync::SyncService& service) {
        CatalogueSpec v2{2, sync::today_utc(), "2099-12-31"};
        v2.services = 200;
        make_catalogue(dir / "v2.sqlite", v2);
        write_package(dir / "prepared", dir / "v2.sqlite", key.secret_key, describe(v2));
        fs::rename(dir / "prepared", media / "STICK");
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (!service.take_new_catalogue()) {
            if (std::chrono::steady_clock::now() > deadline) throw std::runtime_error("the import did not finish");
            service.poll();
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
};

}  // namespace

TEST_CASE("the kiosk opens a stick's catalogue on its loader thread and marks it good", "[sync][loader][threads]") {
    Rig rig;
    // The loader's thread wakes the loop after it publishes the load, from a detached thread: the
    // counter is shared with it, so it outlives this test whatever the thread's timing.
    auto wakes = std::make_shared<std::atomic<int>>(0);
    app::CatalogueLoader::Settings settings;
    settings.use_slots = true;
    settings.policy.trial_seconds = 0.2;
    settings.wake = [wakes] { ++*wakes; };
    app::CatalogueLoader loader(settings);
    const auto start = std::chrono::steady_clock::now();

    loader.request(rig.live);
    CHECK(loader.loading());
    auto load = poll_until_loaded(loader, start);
    REQUIRE(load);
    REQUIRE(load->catalogue);
    CHECK(load->catalogue->info().version == 1);
    // The wake comes just after the load is published: wait for it rather than race it.
    for (int i = 0; i < 5000 && *wakes == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(*wakes == 1);

    // While the kiosk runs on version 1, a stick brings version 2 (the import's own thread); the
    // loop reopens the catalogue on the loader's thread, as UsbSync does on Home.
    sync::SyncService::Options options{{rig.media}, {rig.key.public_key}, "drenthe", 1ull << 30, rig.live};
    sync::SyncService service(options, [](const std::string&) {});
    rig.import_version_2(service);
    loader.request(rig.live);
    load = poll_until_loaded(loader, start);
    REQUIRE(load);
    REQUIRE(load->catalogue);
    CHECK(load->catalogue->info().version == 2);
    REQUIRE(loader.slots());
    CHECK(loader.slots()->phase == sync::SlotPhase::Trial);

    // Healthy for the trial period: marked good.
    std::optional<std::string> marked;
    const double end = seconds_since(start) + 10;
    while (!marked && seconds_since(start) < end) {
        marked = loader.tick_healthy(seconds_since(start));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    REQUIRE(marked);
    CHECK(loader.slots()->phase == sync::SlotPhase::Stable);
    CHECK(loader.slots()->live_version == 2);
}

TEST_CASE("a catalogue whose open hangs on the loader thread is rolled back by the loop", "[sync][loader][threads]") {
    Rig rig;
    {
        sync::SyncService::Options options{{rig.media}, {rig.key.public_key}, "drenthe", 1ull << 30, rig.live};
        sync::SyncService service(options, [](const std::string&) {});
        rig.import_version_2(service);
    }
    app::CatalogueLoader::Settings settings;
    settings.use_slots = true;
    // Long enough for the previous catalogue's own open (search engine and word lists) on a
    // loaded machine or under ThreadSanitizer: with 0.5 s it timed out too, now and then.
    settings.open_timeout_s = 4;
    settings.fault = app::parse_test_fault("hang:2");  // opening version 2 never returns
    app::CatalogueLoader loader(settings);
    const auto start = std::chrono::steady_clock::now();

    loader.request(rig.live);
    auto load = poll_until_loaded(loader, start);  // the time-out: the hung thread is left behind
    REQUIRE(load);
    CHECK_FALSE(load->catalogue);
    CHECK(load->error.find("did not open within") != std::string::npos);
    REQUIRE(load->events.size() == 1);
    CHECK(load->events[0].rfind("rollback: ", 0) == 0);
    CHECK(loader.loading());  // the previous catalogue is opened next, by itself

    load = poll_until_loaded(loader, start);
    REQUIRE(load);
    REQUIRE(load->catalogue);
    CHECK(load->catalogue->info().version == 1);
    REQUIRE(loader.slots());
    CHECK(loader.slots()->live_version == 1);
    CHECK(std::count(loader.slots()->refused_versions.begin(), loader.slots()->refused_versions.end(), 2) == 1);
}
