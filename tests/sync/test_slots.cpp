// The two-slot state machine (core/sync/slots.h) and the lock-out rules (version_rules.h): pure
// functions, every transition, with a fake clock (plain numbers for "now").
#include <catch2/catch.hpp>

#include "core/sync/import_wording.h"
#include "core/sync/slot_store.h"
#include "core/sync/slots.h"
#include "core/sync/version_rules.h"

using namespace ww::sync;

namespace {

constexpr std::int64_t kT0 = 1'800'000'000;  // the fake clock's "now", unix seconds

SlotEvent ev(SlotEventKind kind, std::int64_t version = 0, std::uint64_t file_id = 0, std::int64_t now = kT0) {
    SlotEvent e;
    e.kind = kind;
    e.version = version;
    e.file_id = file_id;
    e.now = now;
    return e;
}

SlotEvent healthy(double seconds, std::int64_t now = kT0) {
    SlotEvent e = ev(SlotEventKind::Healthy, 0, 0, now);
    e.healthy_seconds = seconds;
    return e;
}

SlotEvent open_failed(std::string reason) {
    SlotEvent e = ev(SlotEventKind::OpenFailed);
    e.reason = std::move(reason);
    return e;
}

SlotState stable(std::int64_t live, std::int64_t previous = 0) {
    SlotState s;
    s.live_version = live;
    s.previous_version = previous;
    return s;
}

// Stable on version 6, then version 7 switched in (file 77): on trial.
SlotState trial_of_7(const SlotPolicy& p) {
    SlotState s = next_slot_state(stable(6), ev(SlotEventKind::SwitchStarted, 7, 77), p);
    return next_slot_state(s, ev(SlotEventKind::SwitchDone), p);
}

}  // namespace

TEST_CASE("slots: a switch from a good catalogue keeps it as the previous slot and starts a trial", "[slots]") {
    SlotPolicy p{3, 300};
    SlotState s = next_slot_state(stable(6), ev(SlotEventKind::SwitchStarted, 7, 77, kT0), p);
    CHECK(s.phase == SlotPhase::Switching);
    CHECK(s.previous_version == 6);
    CHECK(s.live_version == 6);  // the rename has not happened yet
    CHECK(s.trial_version == 7);
    CHECK(s.trial_file_id == 77);
    CHECK(s.attempts_left == 3);
    CHECK(s.trial_started == kT0);
    CHECK(switch_keeps_live_as_previous(stable(6)));

    s = next_slot_state(s, ev(SlotEventKind::SwitchDone), p);
    CHECK(s.phase == SlotPhase::Trial);
    CHECK(s.live_version == 7);
    CHECK(s.previous_version == 6);
}

TEST_CASE("slots: every start on a trial catalogue uses an attempt before it opens, then it rolls back", "[slots]") {
    SlotPolicy p{3, 300};
    SlotState s = trial_of_7(p);
    for (int left = 2; left >= 0; --left) {
        s = next_slot_state(s, ev(SlotEventKind::Starting, 0, 77), p);
        REQUIRE(s.phase == SlotPhase::Trial);
        CHECK(s.attempts_left == left);
    }
    // A fourth start: the kiosk stopped three times during the trial.
    s = next_slot_state(s, ev(SlotEventKind::Starting, 0, 77, kT0 + 60), p);
    CHECK(s.phase == SlotPhase::RollingBack);
    CHECK(is_refused_version(s, 7));  // refused before the files move
    CHECK(s.last_rollback.find("version 7") != std::string::npos);
    CHECK(s.last_rollback.find("stopped 3 times") != std::string::npos);
    CHECK(s.last_rollback_at == kT0 + 60);

    s = next_slot_state(s, ev(SlotEventKind::RolledBack), p);
    CHECK(s.phase == SlotPhase::Stable);
    CHECK(s.live_version == 6);
    CHECK(s.previous_version == 0);
    CHECK(s.trial_version == 0);
    CHECK(is_refused_version(s, 7));
    CHECK_FALSE(is_refused_version(s, 6));
}

TEST_CASE("slots: the kiosk's own attempts setting lowers the importer's", "[slots]") {
    SlotState s = trial_of_7(SlotPolicy{kMaxTrialAttempts, 300});
    CHECK(s.attempts_left == kMaxTrialAttempts);
    SlotPolicy kiosk{2, 300};
    s = next_slot_state(s, ev(SlotEventKind::Starting, 0, 77), kiosk);
    CHECK(s.attempts_left == 1);
    s = next_slot_state(s, ev(SlotEventKind::Starting, 0, 77), kiosk);
    CHECK(s.attempts_left == 0);
    s = next_slot_state(s, ev(SlotEventKind::Starting, 0, 77), kiosk);
    CHECK(s.phase == SlotPhase::RollingBack);
}

TEST_CASE("slots: a trial catalogue that cannot be opened rolls back at once", "[slots]") {
    SlotPolicy p{3, 300};
    SlotState s = next_slot_state(trial_of_7(p), ev(SlotEventKind::Starting, 0, 77), p);
    s = next_slot_state(s, open_failed("it did not open within 60 seconds"), p);
    CHECK(s.phase == SlotPhase::RollingBack);
    CHECK(s.last_rollback.find("could not open it (it did not open within 60 seconds)") != std::string::npos);
    CHECK(is_refused_version(s, 7));
}

TEST_CASE("slots: a trial catalogue whose file is gone rolls back", "[slots]") {
    SlotPolicy p{3, 300};
    SlotState s = next_slot_state(trial_of_7(p), ev(SlotEventKind::Starting, 0, 0), p);
    CHECK(s.phase == SlotPhase::RollingBack);
}

TEST_CASE("slots: the trial passes after the healthy period, not before", "[slots]") {
    SlotPolicy p{3, 300};
    SlotState s = next_slot_state(trial_of_7(p), ev(SlotEventKind::Starting, 0, 77), p);
    CHECK(next_slot_state(s, healthy(299.9), p) == s);
    SlotState good = next_slot_state(s, healthy(300), p);
    CHECK(good.phase == SlotPhase::Stable);
    CHECK(good.live_version == 7);
    CHECK(good.previous_version == 6);  // kept: the next switch replaces it
    CHECK(good.attempts_left == 0);
    CHECK(good.trial_version == 0);
    // A good catalogue no longer counts starts or rolls back.
    CHECK(next_slot_state(good, ev(SlotEventKind::Starting, 0, 77), p) == good);
    CHECK(next_slot_state(good, open_failed("x"), p) == good);
    CHECK(next_slot_state(good, ev(SlotEventKind::RolledBack), p) == good);
    CHECK(next_slot_state(good, healthy(1e9), p) == good);
}

TEST_CASE("slots: a switch during a trial keeps the last good catalogue in the previous slot", "[slots]") {
    SlotPolicy p{3, 300};
    SlotState s = next_slot_state(trial_of_7(p), ev(SlotEventKind::Starting, 0, 77), p);
    CHECK_FALSE(switch_keeps_live_as_previous(s));
    s = next_slot_state(s, ev(SlotEventKind::SwitchStarted, 8, 88, kT0 + 5), p);
    CHECK(s.phase == SlotPhase::Switching);
    CHECK(s.previous_version == 6);
    CHECK(s.trial_before_switch);
    CHECK(s.attempts_left == 3);  // a fresh trial for the new version
    s = next_slot_state(s, ev(SlotEventKind::SwitchDone), p);
    CHECK(s.live_version == 8);
    CHECK(s.previous_version == 6);
}

TEST_CASE("slots: a switch during the first catalogue's trial keeps it: better than nothing", "[slots]") {
    SlotPolicy p{3, 300};
    SlotState first = next_slot_state(SlotState{}, ev(SlotEventKind::SwitchStarted, 3, 33), p);
    first = next_slot_state(first, ev(SlotEventKind::SwitchDone), p);
    REQUIRE(first.previous_version == 0);
    CHECK(switch_keeps_live_as_previous(first));
    SlotState s = next_slot_state(first, ev(SlotEventKind::SwitchStarted, 4, 44), p);
    CHECK(s.previous_version == 3);
}

TEST_CASE("slots: a start after a switch that was cut off looks at the live file", "[slots]") {
    SlotPolicy p{3, 300};
    SlotEvent start = ev(SlotEventKind::SwitchStarted, 7, 77);
    start.other_file_id = 66;  // the live file (version 6) before the switch
    SlotState switching = next_slot_state(stable(6, 5), start, p);
    REQUIRE(switching.previous_version == 6);
    SECTION("the rename happened: the trial goes on, this start counted") {
        SlotState s = next_slot_state(switching, ev(SlotEventKind::Starting, 0, 77), p);
        CHECK(s.phase == SlotPhase::Trial);
        CHECK(s.live_version == 7);
        CHECK(s.attempts_left == 2);
    }
    SECTION("the rename did not happen, nor the previous slot's link: all as before") {
        SlotEvent e = ev(SlotEventKind::Starting, 0, 66);
        e.other_file_id = 55;  // the old previous slot file
        SlotState s = next_slot_state(switching, e, p);
        CHECK(s.phase == SlotPhase::Stable);
        CHECK(s.live_version == 6);
        CHECK(s.previous_version == 5);
        CHECK(s.trial_version == 0);
        CHECK(s == stable(6, 5));
    }
    SECTION("the previous slot's link was made, the rename not: version 6 is in both") {
        SlotEvent e = ev(SlotEventKind::Starting, 0, 66);
        e.other_file_id = 66;
        SlotState s = next_slot_state(switching, e, p);
        CHECK(s == stable(6, 6));
    }
    SECTION("cut off while replacing a catalogue that was itself on trial: that trial goes on") {
        SlotState t = next_slot_state(trial_of_7(p), ev(SlotEventKind::SwitchStarted, 8, 88), p);
        SlotState s = next_slot_state(t, ev(SlotEventKind::Starting, 0, 77), p);
        CHECK(s.phase == SlotPhase::Trial);
        CHECK(s.trial_version == 7);
        CHECK(s.previous_version == 6);
    }
    SECTION("nothing else moves a switch along") {
        CHECK(next_slot_state(switching, healthy(1e6), p) == switching);
        CHECK(next_slot_state(switching, open_failed("x"), p) == switching);
        CHECK(next_slot_state(switching, ev(SlotEventKind::RolledBack), p) == switching);
        CHECK(next_slot_state(switching, ev(SlotEventKind::SwitchStarted, 9, 99), p) == switching);
    }
}

TEST_CASE("slots: a rollback in progress waits to be finished", "[slots]") {
    SlotPolicy p{1, 300};
    SlotState s = next_slot_state(trial_of_7(p), ev(SlotEventKind::Starting, 0, 77), p);
    s = next_slot_state(s, ev(SlotEventKind::Starting, 0, 77), p);
    REQUIRE(s.phase == SlotPhase::RollingBack);
    CHECK(next_slot_state(s, ev(SlotEventKind::Starting, 0, 77), p) == s);
    CHECK(next_slot_state(s, ev(SlotEventKind::SwitchStarted, 8, 88), p) == s);
    CHECK(next_slot_state(s, healthy(1e6), p) == s);
    CHECK(s.refused_versions == std::vector<std::int64_t>{7});
}

TEST_CASE("slots: the first catalogue ever has nothing to go back to", "[slots]") {
    SlotPolicy p{1, 300};
    SlotState s = next_slot_state(SlotState{}, ev(SlotEventKind::SwitchStarted, 3, 33), p);
    s = next_slot_state(s, ev(SlotEventKind::SwitchDone), p);
    CHECK(s.previous_version == 0);
    s = next_slot_state(next_slot_state(s, ev(SlotEventKind::Starting, 0, 33), p), open_failed("bad"), p);
    s = next_slot_state(s, ev(SlotEventKind::RolledBack), p);
    CHECK(s.phase == SlotPhase::Stable);
    CHECK(s.live_version == 0);
    CHECK(is_refused_version(s, 3));
}

TEST_CASE("slots: the state file round-trips and a damaged one is noticed", "[slots]") {
    SlotState s = trial_of_7(SlotPolicy{});
    s.refused_versions = {3, 5};
    s.last_rollback = "version 5 was rolled back: it\ncrashed";
    s.last_rollback_at = kT0;
    auto back = parse_slot_state(format_slot_state(s));
    REQUIRE(back);
    s.last_rollback = "version 5 was rolled back: it crashed";  // one line in the file
    CHECK(*back == s);
    const std::string text = format_slot_state(s);
    CHECK_FALSE(parse_slot_state(text.substr(0, text.size() / 2)));  // cut off: no end marker
    CHECK_FALSE(parse_slot_state("phase=9\nend=1\n"));
    CHECK_FALSE(parse_slot_state("phase=1\nsurprise=1\nend=1\n"));
    CHECK_FALSE(parse_slot_state("attempts_left=two\nend=1\n"));
}

TEST_CASE("slots: the description shows the trial and the previous slot", "[slots]") {
    SlotState s =
        next_slot_state(trial_of_7(SlotPolicy{3, 300}), ev(SlotEventKind::Starting, 0, 77), SlotPolicy{3, 300});
    const std::string d = describe_slots(s);
    CHECK(d.find("version 7") != std::string::npos);
    CHECK(d.find("in trial") != std::string::npos);
    CHECK(d.find("2 starts left") != std::string::npos);
    CHECK(d.find("previous slot: version 6") != std::string::npos);
    CHECK(describe_slots(stable(6)).find("(good)") != std::string::npos);
}

// ---- Lock-out rules ---------------------------------------------------------------------------

namespace {
PackageDescription package(std::int64_t version, std::string created, std::string expires = "2099-12-31") {
    PackageDescription d;
    d.fleet = "drenthe";
    d.version = version;
    d.created = std::move(created);
    d.expires = std::move(expires);
    return d;
}
}  // namespace

TEST_CASE("lock-out: dates a day apart", "[slots][lockout]") {
    CHECK(add_days("2026-11-28", 1) == "2026-11-29");
    CHECK(add_days("2026-12-31", 1) == "2027-01-01");
    CHECK(add_days("2028-02-28", 1) == "2028-02-29");
    CHECK(add_days("2026-03-01", -1) == "2026-02-28");
    CHECK(add_days("not a date", 1).empty());
}

TEST_CASE("lock-out: created more than a day ahead of the kiosk's clock is refused", "[slots][lockout]") {
    VersionFloor floor;
    floor.installed_version = 4;
    CHECK(check_version_rules(package(5, "2026-11-28"), floor, "2026-11-28").verdict == VersionVerdict::Accept);
    // One day ahead: a staff PC in another time zone, or a kiosk clock a little behind.
    CHECK(check_version_rules(package(5, "2026-11-29"), floor, "2026-11-28").verdict == VersionVerdict::Accept);
    auto future = check_version_rules(package(5, "2026-11-30"), floor, "2026-11-28");
    CHECK(future.verdict == VersionVerdict::FromTheFuture);
    CHECK(future.log.find("2026-11-30") != std::string::npos);
    // The screen words the verdict from the one wording table, in both languages, with the date.
    ImportOutcome outcome;
    outcome.result = ImportResult::NotYetValid;
    outcome.package = package(5, "2026-11-30");
    CHECK(import_message(outcome, ww::Language::Dutch).find("30 november 2026") != std::string::npos);
    CHECK(import_message(outcome, ww::Language::English).find("30 November 2026") != std::string::npos);
    CHECK(check_version_rules(package(5, "9999-12-31"), floor, "2026-11-28").verdict == VersionVerdict::FromTheFuture);
}

TEST_CASE("lock-out: versions must rise until staff clear the newest version seen", "[slots][lockout]") {
    VersionFloor floor;
    floor.installed_version = 999'999'999'999'999;
    floor.newest_created = "2026-11-20";
    CHECK(check_version_rules(package(2, "2026-11-27"), floor, "2026-11-28").verdict == VersionVerdict::NotNewer);
    CHECK(check_version_rules(package(999'999'999'999'999, "2026-11-27"), floor, "2026-11-28").verdict ==
          VersionVerdict::NotNewer);
    floor.cleared = true;
    CHECK(check_version_rules(package(2, "2026-11-27"), floor, "2026-11-28").verdict == VersionVerdict::Accept);
    // The reset also forgets the newest created date: an older genuine package goes in.
    floor.newest_created = "2026-11-25";
    CHECK(check_version_rules(package(2, "2026-11-01", "2026-11-30"), floor, "2026-11-28").verdict ==
          VersionVerdict::Accept);
    floor.cleared = false;
    floor.installed_version = 1;
    CHECK(check_version_rules(package(2, "2026-11-01", "2026-11-20"), floor, "2026-11-28").verdict ==
          VersionVerdict::Expired);  // expired by the clock
    CHECK(check_version_rules(package(2, "2026-11-01", "2026-11-24"), floor, "2026-11-20").verdict ==
          VersionVerdict::Expired);  // before the newest created date seen
}

TEST_CASE("lock-out: a rolled-back version is refused even after a reset", "[slots][lockout]") {
    VersionFloor floor;
    floor.cleared = true;
    floor.refused_versions = {7};
    auto c = check_version_rules(package(7, "2026-11-27"), floor, "2026-11-28");
    CHECK(c.verdict == VersionVerdict::RefusedVersion);
    CHECK(c.log.find("rolled back") != std::string::npos);
    CHECK(check_version_rules(package(8, "2026-11-27"), floor, "2026-11-28").verdict == VersionVerdict::Accept);
}
