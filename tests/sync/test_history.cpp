// The import history: channels (usb / web), the migration of files written before channels, and
// the newest attempt and success per channel that the health metrics read.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include "core/sqlite.h"

#include "core/health_metrics.h"
#include "core/sync/health_facts.h"
#include "core/sync/history.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {
sync::ImportRecord make_record(std::string at, std::int64_t version, std::string channel, bool imported) {
    sync::ImportRecord r;
    r.at = std::move(at);
    r.version = version;
    r.source = channel == sync::kChannelWeb ? "https://updates.example/wegwijzer/" : "/media/stick";
    r.channel = std::move(channel);
    r.imported = imported;
    r.result = imported ? "Imported." : "Refused.";
    return r;
}
}  // namespace

TEST_CASE("an import from a stick is recorded with channel usb, the request's channel is kept", "[sync][history]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    CatalogueSpec v5{5, "2026-11-01", "2027-06-30"}, v6{6, "2026-11-02", "2027-06-30"};
    make_catalogue(dir / "v5.sqlite", v5);
    make_catalogue(dir / "v6.sqlite", v6);
    write_package(dir / "stick", dir / "v5.sqlite", key.secret_key, describe(v5));
    write_package(dir / "download", dir / "v6.sqlite", key.secret_key, describe(v6));
    fs::path live = dir / "kiosk/catalogue.sqlite";
    REQUIRE(import_from(dir / "stick", live, {key.public_key}).imported());

    sync::ImportRequest web;
    web.source = dir / "download";
    web.catalogue = live;
    web.trusted_keys = {key.public_key};
    web.today = kToday;
    web.channel = sync::kChannelWeb;
    sync::SyncIo io;
    REQUIRE(sync::import_package(web, io).imported());

    auto history = sync::read_import_history(live);
    REQUIRE(history.size() == 2);
    CHECK(history[0].channel == "web");
    CHECK(history[0].version == 6);
    CHECK(history[1].channel == "usb");
    CHECK(history[1].version == 5);
    auto last = sync::read_channel_last(live);
    REQUIRE(last.size() == 2);
    CHECK(last[0].channel == "usb");
    REQUIRE(last[0].success);
    CHECK(last[0].success->version == 5);
    CHECK(last[1].channel == "web");
    REQUIRE(last[1].attempt);
    CHECK(last[1].attempt->version == 6);
}

TEST_CASE("a history file from before channels keeps its rows, which read as usb", "[sync][history]") {
    TempDir dir;
    const fs::path live = dir / "catalogue.sqlite";
    {
        auto db = Database::open(sync::history_path_for(live), Database::Mode::Create);
        REQUIRE(db);
        REQUIRE(
            db->exec("CREATE TABLE import_history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, version INTEGER NOT NULL,"
                     " source TEXT NOT NULL, imported INTEGER NOT NULL, result TEXT NOT NULL);"
                     "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
                     "INSERT INTO import_history(at, version, source, imported, result) VALUES"
                     " ('2026-11-01T09:00:00Z', 3, '/media/old', 1, 'Imported 3.'),"
                     " ('2026-11-02T09:00:00Z', 4, '/media/old', 0, 'Refused 4.');"));
    }
    // Read-only readers (kioskctl status) see the old file's rows as usb before any migration.
    auto before = sync::read_import_history(live);
    REQUIRE(before.size() == 2);
    CHECK(before[0].channel == "usb");
    CHECK(before[0].result == "Refused 4.");
    CHECK(before[0].refusal.empty());  // written before refusal kinds: the sentence only
    auto last_before = sync::read_channel_last(live);
    REQUIRE(last_before[0].attempt);
    CHECK(last_before[0].attempt->version == 4);
    REQUIRE(last_before[0].success);
    CHECK(last_before[0].success->version == 3);
    CHECK_FALSE(last_before[1].attempt);

    auto history = sync::SyncHistory::open(live);  // migrates
    REQUIRE(history);
    auto refused = make_record("2026-11-03T09:00:00Z", 5, sync::kChannelWeb, false);
    refused.refusal = "unknown-key";
    REQUIRE(history->record(refused));
    auto rows = history->recent(10);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].channel == "web");
    CHECK(rows[0].refusal == "unknown-key");
    CHECK(rows[1].channel == "usb");
    CHECK(rows[1].result == "Refused 4.");
    CHECK(rows[1].refusal.empty());
    CHECK(rows[2].channel == "usb");
    CHECK(rows[2].version == 3);
    // Opening again does not migrate twice.
    REQUIRE(sync::SyncHistory::open(live));
    CHECK(sync::read_import_history(live).size() == 3);
}

TEST_CASE("a history file with channels but from before refusal kinds is read and migrated", "[sync][history]") {
    TempDir dir;
    const fs::path live = dir / "catalogue.sqlite";
    {
        auto db = Database::open(sync::history_path_for(live), Database::Mode::Create);
        REQUIRE(db);
        REQUIRE(
            db->exec("CREATE TABLE import_history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, version INTEGER NOT NULL,"
                     " source TEXT NOT NULL, imported INTEGER NOT NULL, result TEXT NOT NULL,"
                     " channel TEXT NOT NULL DEFAULT 'usb');"
                     "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
                     "INSERT INTO import_history(at, version, source, imported, result, channel) VALUES"
                     " ('2026-11-02T09:00:00Z', 4, 'https://updates.example/', 0, 'Refused: old.', 'web');"));
    }
    auto before = sync::read_import_history(live);  // read-only: not migrated
    REQUIRE(before.size() == 1);
    CHECK(before[0].channel == "web");
    CHECK(before[0].result == "Refused: old.");
    CHECK(before[0].refusal.empty());

    auto history = sync::SyncHistory::open(live);
    REQUIRE(history);
    // The same refusal sentence with a kind is another finding: a row of its own.
    auto again = make_record("2026-11-02T10:00:00Z", 4, sync::kChannelWeb, false);
    again.source = "https://updates.example/";
    again.result = "Refused: old.";
    again.refusal = "edited-comment";
    REQUIRE(history->record(again));
    again.at = "2026-11-02T11:00:00Z";
    REQUIRE(history->record(again));  // and the same again moves that row's time
    auto rows = sync::read_import_history(live);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].refusal == "edited-comment");
    CHECK(rows[0].at == "2026-11-02T11:00:00Z");
    CHECK(rows[1].refusal.empty());
}

TEST_CASE("the newest attempt and success per channel skip the kiosk's own events", "[sync][history]") {
    TempDir dir;
    const fs::path live = dir / "catalogue.sqlite";
    auto history = sync::SyncHistory::open(live);
    REQUIRE(history);
    REQUIRE(history->record(make_record("2026-11-01T09:00:00Z", 3, sync::kChannelUsb, true)));
    REQUIRE(history->record(make_record("2026-11-02T09:00:00Z", 4, sync::kChannelWeb, true)));
    REQUIRE(history->record(make_record("2026-11-03T09:00:00Z", 5, sync::kChannelWeb, false)));
    REQUIRE(history->record(make_record("2026-11-04T09:00:00Z", 2, sync::kChannelUsb, false)));
    REQUIRE(history->clear_version_floor("staff screen"));
    auto last = sync::read_channel_last(live);
    REQUIRE(last.size() == 2);
    CHECK(last[0].attempt->at == "2026-11-04T09:00:00Z");
    CHECK_FALSE(last[0].attempt->imported);
    CHECK(last[0].success->at == "2026-11-01T09:00:00Z");
    CHECK(last[1].attempt->at == "2026-11-03T09:00:00Z");
    CHECK(last[1].success->at == "2026-11-02T09:00:00Z");
    CHECK(history->recent(1).front().channel.empty());  // the version reset has no channel
}

TEST_CASE("a check that finds what the one before found moves that row's time instead of adding a row",
          "[sync][history]") {
    TempDir dir;
    const fs::path live = dir / "catalogue.sqlite";
    auto history = sync::SyncHistory::open(live);
    REQUIRE(history);
    REQUIRE(history->record(make_record("2026-11-01T09:00:00Z", 3, sync::kChannelUsb, true)));
    for (int hour = 10; hour <= 20; ++hour)  // a day of web polls that find nothing new
        REQUIRE(history->record(
            make_record("2026-11-01T" + std::to_string(hour) + ":00:00Z", 3, sync::kChannelWeb, false)));
    auto rows = history->recent(20);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].at == "2026-11-01T20:00:00Z");
    CHECK(rows[0].channel == sync::kChannelWeb);
    CHECK(rows[1].imported);  // the stick's import stays in view

    // Something else happens: a row of its own, and an import is never folded into a row.
    auto other = make_record("2026-11-01T21:00:00Z", 3, sync::kChannelWeb, false);
    other.result = "The server did not answer.";
    REQUIRE(history->record(other));
    REQUIRE(history->record(make_record("2026-11-01T22:00:00Z", 4, sync::kChannelWeb, true)));
    REQUIRE(history->record(make_record("2026-11-01T23:00:00Z", 4, sync::kChannelWeb, true)));
    CHECK(history->recent(20).size() == 5);
}

TEST_CASE("the health facts read the history per channel and turn dates into unix seconds", "[sync][history][health]") {
    TempDir dir;
    const fs::path live = dir / "catalogue.sqlite";
    auto history = sync::SyncHistory::open(live);
    REQUIRE(history);
    REQUIRE(history->record(make_record("2026-11-01T09:00:00Z", 3, sync::kChannelUsb, true)));
    REQUIRE(history->record(make_record("2026-11-02T10:30:15Z", 4, sync::kChannelUsb, false)));
    health::HealthFacts facts;
    sync::add_update_facts(facts, live);
    REQUIRE(facts.channels.size() == 2);
    CHECK(facts.channels[0].channel == "usb");
    CHECK(facts.channels[0].last_attempt_s == 1793615415);  // date -u -d 2026-11-02T10:30:15Z +%s
    CHECK_FALSE(facts.channels[0].last_attempt_ok);
    CHECK(facts.channels[0].last_success_s == 1793523600);
    CHECK_FALSE(facts.channels[1].last_attempt_s);
    CHECK(facts.rollbacks == 0);

    CHECK_FALSE(sync::utc_timestamp_seconds("2026-11-02 10:30:15"));
    CHECK_FALSE(sync::local_day_start_seconds("2026-13-01"));
    // The expiry moment is the start of the day after the expiry date, one day after its start.
    CatalogueInfo info;
    info.version = 9;
    info.created = "2026-11-01";
    info.expires = "2026-12-31";
    sync::add_catalogue_facts(facts, info);
    CHECK(facts.catalogue_loaded);
    CHECK(facts.catalogue_version == 9);
    REQUIRE(facts.catalogue_expiry_s);
    CHECK(*facts.catalogue_expiry_s - *sync::local_day_start_seconds("2026-12-31") == 86400);
    CHECK(*facts.catalogue_expiry_s == *sync::local_day_start_seconds("2027-01-01"));
    sync::add_catalogue_facts(facts, std::nullopt);
    CHECK_FALSE(facts.catalogue_loaded);
}

TEST_CASE("kioskctl status --json gives the health facts of the metrics, the live ones from the kiosk's file",
          "[sync][history][health][cli]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    CatalogueSpec v5{5, "2026-11-01", "2027-06-30"};
    make_catalogue(dir / "v5.sqlite", v5);
    write_package(dir / "stick", dir / "v5.sqlite", key.secret_key, describe(v5));
    fs::create_directories(dir / "state");
    const fs::path live = dir / "state/catalogue.sqlite";
    REQUIRE(import_from(dir / "stick", live, {key.public_key}).imported());
    write_bytes(dir / "state/starts", "4\n");
    write_bytes(dir / "kiosk.toml", "[sync]\nstate_dir = \"" + (dir / "state").string() +
                                        "\"\n[health]\nmetrics_file = \"" + (dir / "wegwijzer.prom").string() + "\"\n");
    const std::string command = std::string(WEGWIJZER_KIOSKCTL) + " status --json --db " + shell_quote(live) +
                                " --config " + shell_quote(dir / "kiosk.toml");

    auto parsed = [&] {
        auto r = run_command(command);
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        return nlohmann::json::parse(r.output.substr(r.output.find('{')));
    };
    nlohmann::json h = parsed()["health"];
    INFO(h.dump(2));
    CHECK(h["catalogue"]["loaded"] == true);
    CHECK(h["catalogue"]["version"] == 5);
    CHECK(h["catalogue"]["expiry_timestamp"] == *sync::local_day_start_seconds("2027-07-01"));
    CHECK(h["updates"]["usb"]["last_attempt_success"] == true);
    CHECK(h["updates"]["usb"]["last_success_timestamp"].is_number());
    CHECK(h["updates"]["web"]["last_attempt_timestamp"].is_null());
    CHECK(h["restarts"] == 3);
    CHECK(h["rollbacks"] == 0);
    CHECK(h["printer_state"] == "none");
    CHECK(h["screen_state"].is_null());  // no kiosk running: no metrics file
    CHECK(h["uptime_seconds"].is_null());

    // With the running kiosk's metrics file, its screen, printer and uptime come from there.
    health::HealthFacts kiosk;
    kiosk.screen = health::ScreenState::InUse;
    kiosk.printer = health::PrinterState::NoPaper;
    kiosk.uptime_s = 1234.5;
    kiosk.start_time_s = 1796000000;
    write_bytes(dir / "wegwijzer.prom", health::format_prometheus(kiosk));
    h = parsed()["health"];
    CHECK(h["screen_state"] == "in_use");
    CHECK(h["printer_state"] == "no_paper");
    CHECK(h["uptime_seconds"] == 1234.5);
    CHECK(h["start_timestamp"] == 1796000000);
}
