// The kiosk's background poller: checks on request and on its schedule, remembers a refused
// package, and stops a running download quickly when the kiosk closes.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "core/sync/history.h"
#include "web/web_poller.h"
#include "web_fixture.h"

using namespace ww;
using namespace ww::webtest;
using namespace std::chrono_literals;

namespace {

web::WebPoller::Options options_for(const Site& site, const std::string& url) {
    web::WebPoller::Options options;
    options.request.url = url;
    options.request.fetch.ca_file = site.pki.ca;
    options.request.fetch.connect_timeout_s = 5;
    options.request.fetch.low_speed_seconds = 30;
    options.request.catalogue = site.db;
    options.request.trusted_keys = *sync::load_public_keys({site.pub});
    options.poll_minutes = 60;
    return options;
}

web::WebPollStatus wait_for_checks(const web::WebPoller& poller, std::uint64_t count) {
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
        auto status = poller.status();
        if (status.finished_count >= count) return status;
        std::this_thread::sleep_for(20ms);
    }
    return poller.status();
}

}  // namespace

TEST_CASE("the poller checks on request, installs, and tells the staff screen when it checks next",
          "[web][nginx][threads]") {
    Site site;
    REQUIRE(site.publish(2).exit_code == 0);
    Nginx nginx(*site.dir / "nginx", site.www, site.pki);
    REQUIRE(nginx.ok());
    // A fake clock and random source: the schedule is decided by them alone.
    auto options = options_for(site, nginx.url());
    std::atomic<std::int64_t> now{1'800'000'000};
    options.now = [&now] { return now.load(); };
    options.random01 = [] { return 0.5; };
    options.max_sleep_seconds = 1;  // reads the fake clock every second
    web::WebPoller poller(std::move(options), {});
    CHECK(poller.status().next_check_at == 1'800'000'000 + 10 + 150);  // first check: 10 s + half of 300 s
    CHECK(poller.status().finished_count == 0);

    poller.check_now();
    auto status = wait_for_checks(poller, 1);
    REQUIRE(status.finished_count == 1);
    REQUIRE(status.last);
    CHECK(status.last->imported());
    CHECK(poller.take_new_catalogue());
    CHECK_FALSE(poller.take_new_catalogue());
    CHECK(status.next_check_at == 1'800'000'000 + 3600);  // the period, jitter 0.5 -> +0%
    auto lines = web::web_status_lines(status, 1'800'000'000);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].find("Web updates: last check ") == 0);
    CHECK(lines[0].find("Imported catalogue version 2") != std::string::npos);
    CHECK(lines[1].find("(in 60 minutes).") != std::string::npos);

    // The fake clock reaches the scheduled time: the poller checks by itself (nothing newer).
    now = 1'800'000'000 + 3600;
    status = wait_for_checks(poller, 2);
    REQUIRE(status.finished_count == 2);
    CHECK(status.last->result == web::WebResult::UpToDate);
    CHECK(sync::read_import_history(site.db)[0].channel == sync::kChannelWeb);
}

TEST_CASE("the poller does not fetch a refused package again, and closes during a slow download",
          "[web][nginx][threads]") {
    Site site;
    REQUIRE(site.publish(2).exit_code == 0);
    const fs::path expired = *site.dir / "expired";
    REQUIRE(site.publish(5, expired, "--created 2020-01-01 --expires 2020-12-31").exit_code == 0);
    FaultServer server(expired, site.pki);
    REQUIRE(server.ok());
    {
        web::WebPoller poller(options_for(site, server.url("plain")), {});
        poller.check_now();
        auto status = wait_for_checks(poller, 1);
        REQUIRE(status.last);
        CHECK(status.last->result == web::WebResult::Refused);
        CHECK(status.last->log.find("expired") != std::string::npos);
        REQUIRE(status.last->import);  // refused by the importer, exactly as from a stick
        CHECK(status.last->import->refusal == sync::Refusal::Expired);
        poller.check_now();
        status = wait_for_checks(poller, 2);
        REQUIRE(status.finished_count == 2);
        CHECK(status.last->log.find("was refused before and is not downloaded again") != std::string::npos);
    }
    Nginx nginx(*site.dir / "nginx", site.www, site.pki);
    REQUIRE(nginx.ok());
    auto poller = std::make_unique<web::WebPoller>(options_for(site, nginx.url("slow")), web::WebPoller::Log{});
    poller->check_now();
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (!poller->status().checking && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(10ms);
    std::this_thread::sleep_for(300ms);  // inside the 1-byte-per-second transfer
    const auto start = std::chrono::steady_clock::now();
    poller.reset();
    CHECK(std::chrono::steady_clock::now() - start < 5s);
    CHECK_FALSE(fs::exists(site.db));
}
