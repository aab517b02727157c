// The faults of a web update (issue 14): in every case the kiosk keeps its catalogue, and the
// history says what happened, in one plain sentence, with channel "web".
#include <catch2/catch.hpp>
#include <chrono>

#include "core/sync/history.h"
#include "core/sync/importer.h"
#include "web/web_update.h"
#include "web_fixture.h"

using namespace ww;
using namespace ww::webtest;

namespace {

// The kiosk at version 2 from nginx, and version 3 published: every fault hides a real update.
struct Faulty {
    Site site;
    std::unique_ptr<Nginx> nginx;
    std::unique_ptr<FaultServer> faults;
    std::string catalogue_bytes;
    Faulty() {
        REQUIRE(site.publish(2).exit_code == 0);
        nginx = std::make_unique<Nginx>(*site.dir / "nginx", site.www, site.pki);
        INFO(nginx->problem());
        REQUIRE(nginx->ok());
        REQUIRE(site.update(nginx->url()).exit_code == 0);
        REQUIRE(site.publish(3).exit_code == 0);
        catalogue_bytes = synctest::read_bytes(site.db);
    }
    // Refused or failed: exit 1, the phrase in the sentence, the catalogue as it was, the sentence
    // in the history (channel web).
    void expect_kept(const synctest::CommandRun& run, const std::string& phrase) {
        INFO(run.output);
        CHECK(run.exit_code == 1);
        CHECK(run.output.find(phrase) != std::string::npos);
        CHECK(synctest::read_bytes(site.db) == catalogue_bytes);
        CHECK(sync::installed_version(site.db) == 2);
        auto history = sync::read_import_history(site.db, 1);
        REQUIRE(history.size() == 1);
        CHECK(history[0].channel == sync::kChannelWeb);
        CHECK_FALSE(history[0].imported);
        CHECK(history[0].result + "\n" == run.output);
    }
};

}  // namespace

TEST_CASE("web faults: server down, 404, 500, too slow", "[web][nginx][faults]") {
    Faulty f;
    DeadPort dead;
    f.expect_kept(f.site.update("https://127.0.0.1:" + std::to_string(dead.port()) + "/wegwijzer/"),
                  "Couldn't connect");
    f.expect_kept(f.site.update(f.nginx->url("nothing-here")), "answered HTTP 404 (not found)");
    f.expect_kept(f.site.update(f.nginx->url("broken")), "answered HTTP 500 (a server error)");
    // One byte per second: given up after the low-speed time (3 s here, 60 s by default).
    const auto start = std::chrono::steady_clock::now();
    f.expect_kept(f.site.update(f.nginx->url("slow")), "too slow");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
    // Plain http: is refused before anything is sent.
    f.expect_kept(f.site.update("http://127.0.0.1:" + std::to_string(f.nginx->port()) + "/wegwijzer/"),
                  "is not an https: address");
    // After all that, the real update still goes in.
    auto good = f.site.update(f.nginx->url());
    INFO(good.output);
    CHECK(good.exit_code == 0);
    CHECK(sync::installed_version(f.site.db) == 3);
}

TEST_CASE("web faults: redirects to http:, another host or file: are refused", "[web][nginx][faults]") {
    Faulty f;
    f.expect_kept(f.site.update(f.nginx->url("to-http")), "redirected to http://127.0.0.1:");
    f.expect_kept(f.site.update(f.nginx->url("to-other-host")), "redirected to another server (https://localhost:");
    f.expect_kept(f.site.update(f.nginx->url("to-file")), "redirected to file:///etc/passwd");
}

TEST_CASE("web faults: a certificate from another CA, or none pinned and not in the system store",
          "[web][nginx][faults]") {
    Faulty f;
    f.expect_kept(f.site.update(f.nginx->url(), "--ca-file " + f.site.pki.other_ca.string()), "certificate");
    f.expect_kept(f.site.update(f.nginx->url(), "--ca-file ''"), "certificate");
}

TEST_CASE("web faults: a Content-Length of 5 GB, for the index or the package", "[web][faults]") {
    Faulty f;
    FaultServer faults(f.site.www, f.site.pki);
    REQUIRE(faults.ok());
    f.expect_kept(f.site.update(faults.url("hugeindex")), "larger than the limit of 16384 bytes");
    f.expect_kept(f.site.update(faults.url("huge")),
                  "larger than the limit of " + std::to_string(fs::file_size(f.site.www / "catalogue-3.sqlite")));
    // Nothing of the refused download is kept to resume.
    const fs::path partial = ww::web::web_staging_path(f.site.db) / "wegwijzer/catalogue.sqlite.part";
    CHECK((!fs::exists(partial) || fs::file_size(partial) == 0));
}

TEST_CASE("web faults: an index whose package fails the importer's checks, a tampered package, a foreign key",
          "[web][faults]") {
    Faulty f;
    // Signed and named correctly, but expired: the importer refuses it, exactly as from a stick.
    const fs::path expired = *f.site.dir / "expired";
    REQUIRE(f.site.publish(5, expired, "--created 2020-01-01 --expires 2020-12-31").exit_code == 0);
    FaultServer expired_server(expired, f.site.pki);
    REQUIRE(expired_server.ok());
    f.expect_kept(f.site.update(expired_server.url("plain")), "expired");
    // The same package is not downloaded again by the same poller (see the poller test); a new
    // kioskctl run tries once more and is refused again.

    // Changed on the server after publishing: the SHA-256 of the index does not match.
    const fs::path tampered = *f.site.dir / "tampered";
    fs::copy(f.site.www, tampered);
    {
        std::string bytes = synctest::read_bytes(tampered / "catalogue-3.sqlite");
        bytes[bytes.size() / 2] ^= 0x20;
        synctest::write_bytes(tampered / "catalogue-3.sqlite", bytes);
    }
    FaultServer tampered_server(tampered, f.site.pki);
    REQUIRE(tampered_server.ok());
    f.expect_kept(f.site.update(tampered_server.url("plain")), "does not match the SHA-256 in the index");

    // Published with a key this kiosk does not trust: nothing is downloaded.
    Site other;
    const fs::path foreign = *f.site.dir / "foreign";
    REQUIRE(other.publish(6, foreign).exit_code == 0);
    FaultServer foreign_server(foreign, f.site.pki);
    REQUIRE(foreign_server.ok());
    f.expect_kept(f.site.update(foreign_server.url("plain")), "which this kiosk does not trust");

    // Another fleet.
    const fs::path groningen = *f.site.dir / "groningen";
    REQUIRE(run_kioskctl("publish --source '" + std::string(WEGWIJZER_SOURCE_DIR) +
                         "/db/demo' --version 7 --expires 2099-06-30 --fleet groningen --secret-key '" +
                         f.site.key.string() + "' --out '" + groningen.string() + "'")
                .exit_code == 0);
    FaultServer groningen_server(groningen, f.site.pki);
    REQUIRE(groningen_server.ok());
    f.expect_kept(f.site.update(groningen_server.url("plain")), "is for fleet 'groningen'");
}

TEST_CASE("web faults: the kiosk's clock far off", "[web][nginx][faults]") {
    Faulty f;
    // Far ahead: the published package (expires 2099-06-30) is expired for this kiosk.
    f.expect_kept(f.site.update(f.nginx->url(), "--today 2100-01-01"), "expired");
    // Far behind: the package was created "in the future" (more than a day after today).
    f.expect_kept(f.site.update(f.nginx->url(), "--today 2001-01-01"), "more than a day after today (2001-01-01)");
}
