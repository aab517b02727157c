// The web update index (core/sync/web_index.h), the poll schedule with jitter
// (core/sync/poll_schedule.h) and `kioskctl publish`.
#include <catch2/catch.hpp>
#include <set>

#include "core/sync/minisign.h"
#include "core/sync/poll_schedule.h"
#include "core/sync/web_index.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {
const std::string kioskctl = WEGWIJZER_KIOSKCTL;
const fs::path demo = fs::path(WEGWIJZER_SOURCE_DIR) / "db/demo";
std::string q(const fs::path& path) { return shell_quote(path); }

const std::string kSha(64, 'a');
std::string comment(const std::string& tail) {
    return "wegwijzer-index format=1 fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30 " + tail;
}
}  // namespace

TEST_CASE("the index comment round-trips and is strict", "[sync][web]") {
    sync::WebIndex index;
    index.package = {1, "drenthe", 12, "2026-12-03", "2027-06-30"};
    index.file = "catalogue-12.sqlite";
    index.size = 15728640;
    index.sha256 = std::string(64, 'f');
    auto parsed = sync::parse_index_comment(sync::format_index_comment(index));
    REQUIRE(parsed);
    CHECK(parsed->package.version == 12);
    CHECK(parsed->package.fleet == "drenthe");
    CHECK(parsed->file == "catalogue-12.sqlite");
    CHECK(parsed->size == 15728640);
    CHECK(parsed->sha256 == index.sha256);

    CHECK(sync::parse_index_comment(comment("package=catalogue-12.sqlite size=10 sha256=" + kSha)));
    const char* bad[] = {
        "package=../etc/passwd size=10 sha256=",  // a path, not a file name
        "package=.hidden size=10 sha256=",        // hidden file
        "package=a/b size=10 sha256=",
        "package=catalogue-12.sqlite size=0 sha256=",  // empty package
        "package=catalogue-12.sqlite size=-1 sha256=",
        "package=catalogue-12.sqlite size=99999999999999999999 sha256=",  // overflows
        "package=catalogue-12.sqlite size=010 sha256=",
        "package=catalogue-12.sqlite size=10 extra=1 sha256=",
        "package=catalogue-12.sqlite package=x size=10 sha256=",
    };
    for (const char* tail : bad) {
        INFO(tail);
        CHECK_FALSE(sync::parse_index_comment(comment(std::string(tail) + kSha)));
    }
    CHECK_FALSE(
        sync::parse_index_comment(comment("package=catalogue-12.sqlite size=10 sha256=" + std::string(64, 'A'))));
    CHECK_FALSE(sync::parse_index_comment(comment("package=catalogue-12.sqlite size=10 sha256=abc")));
    CHECK_FALSE(sync::parse_index_comment(comment("package=catalogue-12.sqlite size=10")));
    // A package's own comment is not an index, and the package words keep the package's rules.
    CHECK_FALSE(sync::parse_index_comment(
        "wegwijzer-catalogue format=1 fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30"));
    CHECK_FALSE(sync::parse_index_comment(
        "wegwijzer-index format=1 fleet=drenthe version=012 created=2026-12-03 expires=2027-06-30 package=a size=1 sha256=" +
        kSha));
    CHECK_FALSE(sync::parse_index_comment(
        "wegwijzer-index format=2 fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30 package=a size=1 sha256=" +
        kSha));
}

TEST_CASE("Sha256 matches the standard test vector", "[sync][web]") {
    sync::Sha256 hash;
    hash.update("ab", 2);
    hash.update("c", 1);
    CHECK(hash.finish_hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("polls are spread by jitter: first soon, then the period +-25%", "[sync][web]") {
    const std::int64_t now = 1'800'000'000;
    // A fake random source: the whole range, ends included.
    for (double r : {0.0, 0.25, 0.5, 0.999999, 1.0, -3.0}) {
        INFO(r);
        std::int64_t first = sync::next_poll_time(now, 60, r, true);
        CHECK(first >= now + sync::kFirstPollMinimumSeconds);
        CHECK(first < now + sync::kFirstPollMinimumSeconds + sync::kFirstPollSpreadSeconds);
        std::int64_t next = sync::next_poll_time(now, 60, r, false);
        CHECK(next >= now + 45 * 60);
        CHECK(next < now + 75 * 60);
    }
    CHECK(sync::next_poll_time(now, 60, 0.0, false) == now + 45 * 60);
    CHECK(sync::next_poll_time(now, 60, 0.5, false) == now + 60 * 60);
    // A short period bounds the first poll's spread too.
    CHECK(sync::next_poll_time(now, 1, 0.99, true) < now + sync::kFirstPollMinimumSeconds + 60);
    // Forty kiosks with different random draws come at forty different seconds.
    std::set<std::int64_t> times;
    for (int kiosk = 0; kiosk < 40; ++kiosk) times.insert(sync::next_poll_time(now, 60, kiosk / 40.0, false));
    CHECK(times.size() == 40);
    CHECK(*times.rbegin() - *times.begin() >= 29 * 60);
}

TEST_CASE("kioskctl publish writes a signed index last and keeps one previous package", "[sync][web][cli]") {
    TempDir dir;
    auto keygen = run_command(kioskctl + " keygen --unencrypted --secret-key " + q(dir / "k.key") + " --public-key " +
                              q(dir / "k.pub"));
    REQUIRE(keygen.exit_code == 0);
    auto publish = [&](int version) {
        return run_command(kioskctl + " publish --source " + q(demo) + " --version " + std::to_string(version) +
                           " --expires 2099-06-30 --fleet drenthe --created 2026-11-03 --secret-key " +
                           q(dir / "k.key") + " --out " + q(dir / "www"));
    };
    for (int version : {3, 4, 5}) {
        auto run = publish(version);
        INFO(run.output);
        REQUIRE(run.exit_code == 0);
    }
    const fs::path www = dir / "www";
    CHECK_FALSE(fs::exists(www / "catalogue-3.sqlite"));
    CHECK_FALSE(fs::exists(www / "catalogue-3.sqlite.minisig"));
    CHECK(fs::exists(www / "catalogue-4.sqlite"));
    CHECK(fs::exists(www / "catalogue-4.sqlite.minisig"));
    CHECK(fs::exists(www / "catalogue-5.sqlite"));
    std::size_t files = 0;
    for ([[maybe_unused]] auto& e : fs::directory_iterator(www)) ++files;
    CHECK(files == 5);  // two packages, two signatures, the index: no temporary files left

    auto signature = sync::parse_signature(read_bytes(www / "index.minisig"));
    REQUIRE(signature);
    auto index = sync::parse_index_comment(signature->trusted_comment);
    REQUIRE(index);
    CHECK(index->package.version == 5);
    CHECK(index->file == "catalogue-5.sqlite");
    CHECK(index->size == fs::file_size(www / "catalogue-5.sqlite"));
    sync::Sha256 hash;
    std::string bytes = read_bytes(www / "catalogue-5.sqlite");
    hash.update(bytes.data(), bytes.size());
    CHECK(index->sha256 == hash.finish_hex());
    auto keys = sync::load_public_keys({dir / "k.pub"});
    REQUIRE(keys);
    REQUIRE(sync::find_key(*signature, *keys));
    CHECK(sync::verify_trusted_comment(*signature, keys->front()));

    // The package is the same as a stick's: the importer takes it.
    fs::create_directories(dir / "stick/wegwijzer");
    fs::copy_file(www / "catalogue-5.sqlite", dir / "stick/wegwijzer/catalogue.sqlite");
    fs::copy_file(www / "catalogue-5.sqlite.minisig", dir / "stick/wegwijzer/catalogue.sqlite.minisig");
    auto imported = run_command(kioskctl + " import --from " + q(dir / "stick") + " --db " + q(dir / "kiosk/c.sqlite") +
                                " --public-key " + q(dir / "k.pub"));
    INFO(imported.output);
    CHECK(imported.exit_code == 0);

    // Not above the published version: refused, nothing changes.
    auto same = publish(5);
    CHECK(same.exit_code == 1);
    CHECK(same.output.find("already publishes version 5") != std::string::npos);
    CHECK(read_bytes(www / "catalogue-5.sqlite") == bytes);
}
