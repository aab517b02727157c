// The kiosk's side: the mount watcher and the background SyncService with its polling API.
#include <catch2/catch.hpp>

#include <atomic>
#include "core/wording.h"

#include <chrono>
#include <mutex>
#include <thread>

#include "core/sync/service.h"
#include "core/sync/watcher.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {
// Polls until the service has finished an import, or 20 s pass.
sync::SyncStatus poll_until_finished(sync::SyncService& service, std::uint64_t after,
                                     std::vector<double>* progress = nullptr) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    sync::SyncStatus status;
    while (std::chrono::steady_clock::now() < deadline) {
        status = service.poll();
        if (progress && status.state == sync::SyncStatus::State::Importing) progress->push_back(status.progress);
        if (status.finished_count > after && status.state == sync::SyncStatus::State::Finished) return status;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return status;
}
}  // namespace

TEST_CASE("the watcher reports folders with a package at depth 1 and 2, once", "[sync][watcher][threads]") {
    TempDir dir;
    fs::path media = dir / "media", run_media = dir / "run-media";
    fs::create_directories(media);
    sync::MountWatcher watcher({media, run_media});  // run-media does not exist yet
    CHECK(watcher.poll().empty());

    fs::create_directories(media / "STICK/wegwijzer");
    auto found = watcher.poll();
    REQUIRE(found.size() == 1);
    CHECK(found[0] == media / "STICK");
    CHECK(watcher.poll().empty());  // reported once

    fs::create_directories(media / "anna/KINGSTON/wegwijzer");  // /media/<user>/<label>
    fs::create_directories(media / "anna/PHOTOS/dcim");         // nothing for the kiosk
    found = watcher.poll();
    REQUIRE(found.size() == 1);
    CHECK(found[0] == media / "anna/KINGSTON");

    // Removed and plugged in again: reported again.
    fs::remove_all(media / "STICK");
    CHECK(watcher.poll().empty());
    fs::create_directories(media / "STICK/wegwijzer");
    found = watcher.poll();
    REQUIRE(found.size() == 1);
    CHECK(found[0] == media / "STICK");

    CHECK(sync::find_package_folders({media, run_media}) ==
          std::vector<fs::path>{media / "STICK", media / "anna/KINGSTON"});
}

TEST_CASE("SyncService imports a stick in the background and tells the kiosk in Dutch", "[sync][service][threads]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path media = dir / "media";
    fs::create_directories(media);
    fs::path live = dir / "state/catalogue.sqlite";
    std::vector<std::string> log;
    std::mutex log_mutex;
    sync::SyncService::Options options{{media}, {key.public_key}, "drenthe", 1ull << 30, live};
    sync::SyncService service(options, [&](const std::string& line) {
        std::lock_guard lock(log_mutex);
        log.push_back(line);
    });
    CHECK(service.poll().state == sync::SyncStatus::State::Idle);

    // A stick without a package: nothing happens, nothing is said.
    fs::create_directories(media / "PHOTOS/dcim");
    for (int i = 0; i < 20; ++i) CHECK(service.poll().state == sync::SyncStatus::State::Idle);

    CatalogueSpec v3{3, sync::today_utc(), "2099-12-31"};
    v3.services = 400;
    v3.padding = std::string(3000, 'x');
    make_catalogue(dir / "v3.sqlite", v3);
    write_package(dir / "prepared", dir / "v3.sqlite", key.secret_key, describe(v3));
    fs::rename(dir / "prepared", media / "STICK");  // the stick appears at once, as a mount does

    std::vector<double> progress;
    auto status = poll_until_finished(service, 0, &progress);
    REQUIRE(status.state == sync::SyncStatus::State::Finished);
    CHECK(status.succeeded);
    CHECK(status.message(ww::Language::Dutch) == "Bijgewerkt naar versie 3 van " +
                                                     ww::wording::long_date(v3.created, ww::Language::Dutch) +
                                                     ". U kunt de USB-stick verwijderen.");
    CHECK(read_bytes(live) == rebuilt_bytes(dir / "v3.sqlite", describe(v3)));
    CHECK(service.take_new_catalogue());
    CHECK_FALSE(service.take_new_catalogue());  // once
    {
        std::lock_guard lock(log_mutex);
        REQUIRE(log.size() == 1);
        CHECK(log[0].rfind("Imported catalogue version 3", 0) == 0);
    }
    service.dismiss();
    CHECK(service.poll().state == sync::SyncStatus::State::Idle);
    fs::rename(media / "STICK", dir / "STICK-out");  // pulled out
    CHECK(service.poll().state == sync::SyncStatus::State::Idle);

    // A stick signed by a stranger: refused, said plainly, no new catalogue.
    sync::KeyPair stranger = sync::generate_key_pair();
    CatalogueSpec v4{4, sync::today_utc(), "2099-12-31"};
    make_catalogue(dir / "v4.sqlite", v4);
    write_package(dir / "bad", dir / "v4.sqlite", stranger.secret_key, describe(v4));
    fs::rename(dir / "bad", media / "OTHER");
    status = poll_until_finished(service, 1);
    REQUIRE(status.state == sync::SyncStatus::State::Finished);
    CHECK_FALSE(status.succeeded);
    CHECK(status.outcome.refusal == sync::Refusal::UnknownKey);
    CHECK(status.message(ww::Language::Dutch) == "Deze USB-stick is niet goedgekeurd. Er is niets veranderd.");
    CHECK_FALSE(service.take_new_catalogue());
    CHECK(read_bytes(live) == rebuilt_bytes(dir / "v3.sqlite", describe(v3)));
    // The message goes away when the stick is pulled out.
    fs::remove_all(media / "OTHER");
    CHECK(service.poll().state == sync::SyncStatus::State::Idle);
}

TEST_CASE("after a restart, the stick of the last update left in is only logged", "[sync][service][threads]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path media = dir / "media", live = dir / "state/catalogue.sqlite";
    // Created on the fixture's day: import_from imports as on that day, the service on the real
    // one (created today would be from the future for import_from from 2026-11-30 on).
    CatalogueSpec v3{3, kToday, "2099-12-31"};
    make_catalogue(dir / "v3.sqlite", v3);
    write_package(media / "STICK", dir / "v3.sqlite", key.secret_key, describe(v3));
    REQUIRE(import_from(media / "STICK", live, {key.public_key}).imported());  // before the "restart"

    std::atomic<int> logged{0};  // the import thread logs, this thread reads
    sync::SyncService::Options options{{media}, {key.public_key}, "drenthe", 1ull << 30, live};
    sync::SyncService service(options, [&](const std::string&) { ++logged; });
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (logged == 0 && std::chrono::steady_clock::now() < deadline) {
        CHECK(service.poll().state != sync::SyncStatus::State::Finished);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    CHECK(logged == 1);
    CHECK(service.poll().state == sync::SyncStatus::State::Idle);
    // Pulled out and put back: now staff get the answer on screen.
    fs::rename(media / "STICK", dir / "out");
    service.poll();
    fs::rename(dir / "out", media / "STICK");
    auto status = poll_until_finished(service, 0);
    CHECK(status.state == sync::SyncStatus::State::Finished);
    CHECK(status.message(ww::Language::Dutch) ==
          "Deze catalogus is niet nieuwer dan die op de kiosk (versie 3). Er is niets veranderd.");
}

TEST_CASE("SyncService::create needs readable public keys", "[sync][service][threads]") {
    TempDir dir;
    KioskConfig config;
    config.sync.public_keys = {dir / "missing.pub"};
    auto service = sync::SyncService::create(config, dir / "catalogue.sqlite");
    REQUIRE_FALSE(service.ok());
    CHECK(service.error().find("missing.pub") != std::string::npos);
    config.sync.public_keys.clear();
    CHECK_FALSE(sync::SyncService::create(config, dir / "catalogue.sqlite").ok());
    CHECK(sync::synced_catalogue_path(config) == fs::path("/var/lib/wegwijzer/catalogue.sqlite"));
}
