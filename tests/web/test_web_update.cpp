// Web updates end to end through a real nginx with TLS: publish, check, import, up to date,
// conditional GET, resume after a cut, redirects on the same server.
#include <catch2/catch.hpp>

#include "core/sync/history.h"
#include "core/sync/importer.h"
#include "web/http_fetch.h"
#include "web/web_update.h"
#include "web_fixture.h"

using namespace ww;
using namespace ww::webtest;

TEST_CASE("kioskctl update takes a published catalogue from nginx, then finds nothing newer", "[web][nginx]") {
    Site site;
    REQUIRE(fs::exists(site.pki.cert));
    REQUIRE(site.publish(2).exit_code == 0);
    Nginx nginx(*site.dir / "nginx", site.www, site.pki);
    INFO(nginx.problem());
    REQUIRE(nginx.ok());

    auto first = site.update(nginx.url());
    INFO(first.output);
    CHECK(first.exit_code == 0);
    CHECK(first.output.find("Imported catalogue version 2 ") != std::string::npos);
    CHECK(first.output.find("from " + nginx.url()) != std::string::npos);
    CHECK(sync::installed_version(site.db) == 2);
    auto history = sync::read_import_history(site.db);
    REQUIRE(!history.empty());
    CHECK(history[0].channel == sync::kChannelWeb);
    CHECK(history[0].source == nginx.url());
    CHECK(history[0].imported);
    // The staging area is empty again.
    CHECK_FALSE(fs::exists(web::web_staging_path(site.db) / "wegwijzer/catalogue.sqlite"));

    auto again = site.update(nginx.url());
    CHECK(again.exit_code == 0);
    CHECK(again.output.find("version 2 is published and this kiosk has version 2; nothing to download") !=
          std::string::npos);
    CHECK(sync::read_import_history(site.db)[0].result + "\n" == again.output);
    // Only the index was fetched the second time.
    const std::string log = nginx.access_log();
    CHECK(log.find("GET /wegwijzer/catalogue-2.sqlite 200") != std::string::npos);
    CHECK(log.rfind("GET /wegwijzer/index.minisig 200") > log.find("GET /wegwijzer/catalogue-2.sqlite 200"));

    REQUIRE(site.publish(3).exit_code == 0);
    auto newer = site.update(nginx.url());
    INFO(newer.output);
    CHECK(newer.exit_code == 0);
    CHECK(sync::installed_version(site.db) == 3);
}

TEST_CASE("an unchanged index costs a bodiless 304 (conditional GET)", "[web][nginx]") {
    Site site;
    REQUIRE(site.publish(2).exit_code == 0);
    Nginx nginx(*site.dir / "nginx", site.www, site.pki);
    REQUIRE(nginx.ok());
    web::FetchOptions options;
    options.ca_file = site.pki.ca;
    auto first = web::fetch_small(nginx.url() + "index.minisig", 16384, {}, options);
    INFO(first.message);
    REQUIRE(first.ok());
    CHECK(!first.validators.etag.empty());
    CHECK(!first.validators.last_modified.empty());
    auto second = web::fetch_small(nginx.url() + "index.minisig", 16384, first.validators, options);
    CHECK(second.status == web::FetchStatus::NotModified);
    CHECK(second.received == 0);

    // The check keeps the validators between polls, like the kiosk's poller.
    auto keys = sync::load_public_keys({site.pub});
    REQUIRE(keys);
    web::WebUpdateRequest request;
    request.url = nginx.url();
    request.fetch = options;
    request.catalogue = site.db;
    request.trusted_keys = *keys;
    web::WebMemory memory;
    sync::SyncIo io;
    CHECK(web::check_for_web_update(request, memory, io).imported());
    auto up_to_date = web::check_for_web_update(request, memory, io);
    CHECK(up_to_date.result == web::WebResult::UpToDate);
    const std::string log = nginx.access_log();
    CHECK(log.rfind("GET /wegwijzer/index.minisig 304") != std::string::npos);
    CHECK(log.substr(log.rfind("GET /wegwijzer/index.minisig")).find(" 304 ") != std::string::npos);

    // A new publish changes the ETag: the next check gets the new index and imports.
    REQUIRE(site.publish(3).exit_code == 0);
    CHECK(web::check_for_web_update(request, memory, io).imported());
    CHECK(sync::installed_version(site.db) == 3);
}

TEST_CASE("a download cut off halfway is resumed with a Range request", "[web][nginx]") {
    Site site;
    REQUIRE(site.publish(2).exit_code == 0);
    Nginx nginx(*site.dir / "nginx", site.www, site.pki);
    FaultServer faults(site.www, site.pki);
    REQUIRE(nginx.ok());
    REQUIRE(faults.ok());
    const auto size = fs::file_size(site.www / "catalogue-2.sqlite");

    auto cut = site.update(faults.url("cut"));
    INFO(cut.output);
    CHECK(cut.exit_code == 1);
    CHECK(cut.output.find("Web check failed") != std::string::npos);
    CHECK_FALSE(fs::exists(site.db));
    const fs::path partial = web::web_staging_path(site.db) / "wegwijzer/catalogue.sqlite.part";
    REQUIRE(fs::exists(partial));
    const auto half = fs::file_size(partial);
    CHECK(half > 0);
    CHECK(half < size);

    auto resumed = site.update(nginx.url());
    INFO(resumed.output);
    CHECK(resumed.exit_code == 0);
    CHECK(sync::installed_version(site.db) == 2);
    const std::string log = nginx.access_log();
    INFO(log);
    CHECK(log.find("GET /wegwijzer/catalogue-2.sqlite 206 \"bytes=" + std::to_string(half) + "-\"") !=
          std::string::npos);
    auto history = sync::read_import_history(site.db);
    REQUIRE(history.size() >= 2);
    CHECK(history[1].channel == sync::kChannelWeb);
    CHECK_FALSE(history[1].imported);
    CHECK(history[0].imported);
}

TEST_CASE("a redirect on the same https server is followed", "[web][nginx]") {
    Site site;
    REQUIRE(site.publish(4).exit_code == 0);
    Nginx nginx(*site.dir / "nginx", site.www, site.pki);
    REQUIRE(nginx.ok());
    auto moved = site.update(nginx.url("moved"));
    INFO(moved.output);
    CHECK(moved.exit_code == 0);
    CHECK(sync::installed_version(site.db) == 4);
    CHECK(nginx.access_log().find("GET /moved/index.minisig 302") != std::string::npos);
}
