// Two slots with real signed packages: the previous catalogue is kept, a failed trial rolls back
// and its version is refused for good, a package from the future is refused, and staff can undo a
// lock-out with `kioskctl reset-version`. Kill -9 at every step of a switch and of a rollback
// leaves the old or the new catalogue and a state file that the next start finishes from.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/sync/history.h"
#include "core/sync/slot_store.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;
using sync::ImportResult;

namespace {

struct Kiosk {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "kiosk/catalogue.sqlite";
    int sticks = 0;

    Kiosk() { REQUIRE(install(5).imported()); }

    fs::path stick(const CatalogueSpec& spec) {
        const std::string name = "stick" + std::to_string(++sticks);
        make_catalogue(dir / ("build/" + name + ".sqlite"), spec);
        write_package(dir / name, dir / ("build/" + name + ".sqlite"), key.secret_key, describe(spec));
        return dir / name;
    }
    sync::ImportOutcome install(std::int64_t version, std::string created = "2026-11-20") {
        auto outcome = import_from(stick(CatalogueSpec{version, created}), live, {key.public_key});
        INFO(outcome.log);
        return outcome;
    }
    sync::SlotState slots() {
        auto s = sync::read_slot_state(live);
        REQUIRE(s);
        return *s;
    }
};

int run_kioskctl(const std::vector<std::string>& args, std::string* out = nullptr) {
    std::string command = std::string(WEGWIJZER_KIOSKCTL);
    for (const auto& a : args) command += " '" + a + "'";
    CommandRun run = run_command(command);
    if (out) *out = run.output;
    return run.exit_code;
}

}  // namespace

TEST_CASE("rollback: an import keeps the previous catalogue and starts a trial", "[sync][rollback]") {
    Kiosk k;
    const std::string v5 = read_bytes(k.live);
    REQUIRE(k.install(6).imported());
    CHECK(metadata_version(k.live) == 6);
    CHECK(read_bytes(sync::previous_slot_path(k.live)) == v5);
    auto s = k.slots();
    CHECK(s.phase == sync::SlotPhase::Trial);
    CHECK(s.live_version == 6);
    CHECK(s.previous_version == 5);
    CHECK(s.trial_version == 6);

    std::string status;
    REQUIRE(run_kioskctl({"status", "--db", k.live.string(), "--json"}, &status) == 0);
    auto json = nlohmann::json::parse(status);
    CHECK(json["slots"]["phase"] == "trial");
    CHECK(json["slots"]["previous_version"] == 5);
    CHECK(json["slots"]["trial_version"] == 6);
    CHECK(json["slots"]["attempts_left"].get<int>() > 0);
    REQUIRE(run_kioskctl({"status", "--db", k.live.string()}, &status) == 0);
    CHECK(status.find("in trial") != std::string::npos);
    CHECK(status.find("previous slot: version 5") != std::string::npos);
}

TEST_CASE("rollback: a crash loop on the new catalogue puts the old one back and refuses that version",
          "[sync][rollback]") {
    Kiosk k;
    const std::string v5 = read_bytes(k.live);
    REQUIRE(k.install(6).imported());
    sync::SyncIo io;
    sync::SlotStore store(k.live, sync::SlotPolicy{2, 300}, io);
    // Two starts that never get as far as the trial period (the kiosk crashed after each).
    for (int start = 0; start < 2; ++start) {
        auto o = store.before_open(sync::unix_now());
        REQUIRE(o);
        CHECK_FALSE(o->rolled_back);
        CHECK(metadata_version(k.live) == 6);
    }
    auto o = store.before_open(sync::unix_now());
    REQUIRE(o);
    CHECK(o->rolled_back);
    CHECK(read_bytes(k.live) == v5);
    CHECK_FALSE(fs::exists(sync::previous_slot_path(k.live)));
    CHECK(o->state.phase == sync::SlotPhase::Stable);
    CHECK(o->state.live_version == 5);
    CHECK(sync::is_refused_version(o->state, 6));

    auto history = sync::read_import_history(k.live, 1);
    REQUIRE_FALSE(history.empty());
    CHECK(history[0].version == 6);
    CHECK(history[0].result.find("Rolled back") != std::string::npos);
    CHECK(history[0].result.find("stopped 2 times") != std::string::npos);

    // That version never comes back, not even after a version reset; a newer one does.
    REQUIRE(run_kioskctl({"reset-version", "--db", k.live.string()}) == 0);
    auto again = k.install(6);
    CHECK(again.result == ImportResult::RolledBackBefore);
    CHECK(read_bytes(k.live) == v5);
    CHECK(k.install(7).imported());
    CHECK(metadata_version(k.live) == 7);
}

TEST_CASE("rollback: a trial catalogue that cannot be opened rolls back at once, a good one passes",
          "[sync][rollback]") {
    Kiosk k;
    const std::string v5 = read_bytes(k.live);
    sync::SyncIo io;
    sync::SlotStore store(k.live, sync::SlotPolicy{3, 60}, io);
    SECTION("open failed") {
        REQUIRE(k.install(6).imported());
        REQUIRE(store.before_open(sync::unix_now()));
        auto o = store.open_failed("it did not open within 60 seconds", sync::unix_now());
        REQUIRE(o);
        CHECK(o->rolled_back);
        CHECK(read_bytes(k.live) == v5);
        CHECK(o->state.last_rollback.find("did not open within 60 seconds") != std::string::npos);
    }
    SECTION("healthy for the trial period") {
        REQUIRE(k.install(6).imported());
        const std::string v6 = read_bytes(k.live);
        REQUIRE(store.before_open(sync::unix_now()));
        auto early = store.healthy(59, sync::unix_now());
        REQUIRE(early);
        CHECK_FALSE(early->trial_passed);
        auto o = store.healthy(60, sync::unix_now());
        REQUIRE(o);
        CHECK(o->trial_passed);
        CHECK(o->state.phase == sync::SlotPhase::Stable);
        // A good catalogue is never rolled back, however often the kiosk restarts.
        for (int i = 0; i < 5; ++i) REQUIRE_FALSE(store.before_open(sync::unix_now())->rolled_back);
        CHECK(read_bytes(k.live) == v6);
        CHECK(sync::read_import_history(k.live, 1)[0].result.find("Trial passed") != std::string::npos);
        // The next switch keeps this good version as the previous slot.
        REQUIRE(k.install(7).imported());
        CHECK(read_bytes(sync::previous_slot_path(k.live)) == v6);
    }
}

TEST_CASE("lock-out: a package created more than a day ahead of the kiosk's clock is refused", "[sync][lockout]") {
    Kiosk k;
    const std::string before = read_bytes(k.live);
    auto outcome = k.install(6, "2026-11-30");  // the kiosk's today is 2026-11-28
    CHECK(outcome.result == ImportResult::NotYetValid);
    CHECK(outcome.log.find("2026-11-30") != std::string::npos);
    CHECK(read_bytes(k.live) == before);
    CHECK(k.install(6, "2026-11-29").imported());  // a day ahead is a time zone, not an attack
}

TEST_CASE("lock-out: a huge version is undone by kioskctl reset-version, then a lower genuine one goes in",
          "[sync][lockout]") {
    Kiosk k;
    REQUIRE(k.install(999'999'999'999'999).imported());
    CHECK(k.install(6).result == ImportResult::NotNewer);

    std::string out;
    REQUIRE(run_kioskctl({"reset-version", "--db", k.live.string()}, &out) == 0);
    CHECK(out.find("999999999999999") != std::string::npos);
    auto history = sync::read_import_history(k.live, 1);
    REQUIRE_FALSE(history.empty());
    CHECK(history[0].source == "kioskctl reset-version");
    CHECK(history[0].result.find("Version reset") != std::string::npos);

    auto lower = k.install(6);
    CHECK(lower.imported());
    CHECK(metadata_version(k.live) == 6);
    // The floor is set again by what went in: no going back below it without another reset.
    CHECK(k.install(5).result == ImportResult::NotNewer);
    CHECK(k.install(7).imported());
    CHECK(run_kioskctl({"reset-version"}) == 2);
}

// ---- Kill -9 ----------------------------------------------------------------------------------

namespace {

// After a kill and the next start (before_open), the live file is old or new, whole, and the
// state file describes exactly what is on disk.
void check_consistent(const fs::path& live, const std::string& old_bytes, const std::string& new_bytes,
                      sync::SlotPolicy policy) {
    REQUIRE(fs::exists(live));
    REQUIRE(integrity(live) == "ok");
    const std::string bytes = read_bytes(live);
    REQUIRE((bytes == old_bytes || bytes == new_bytes));
    auto raw = sync::read_slot_state(live);
    REQUIRE(raw);  // never a torn state file
    sync::SyncIo io;
    sync::SlotStore store(live, policy, io);
    auto started = store.before_open(sync::unix_now());
    REQUIRE(started);
    const sync::SlotState& s = started->state;
    CHECK((s.phase == sync::SlotPhase::Stable || s.phase == sync::SlotPhase::Trial));
    CHECK(metadata_version(live) == s.live_version);
    if (s.previous_version > 0) CHECK(metadata_version(sync::previous_slot_path(live)) == s.previous_version);
}

pid_t fork_and(const std::function<void()>& work) {
    pid_t pid = ::fork();
    if (pid == 0) {
        work();
        ::_exit(0);
    }
    return pid;
}

bool killed(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

}  // namespace

TEST_CASE("rollback: kill -9 at every step of a switch leaves a whole catalogue and a consistent state",
          "[sync][rollback][crash]") {
    Kiosk k;
    const fs::path stick = k.stick(CatalogueSpec{6});
    const std::string v5 = read_bytes(k.live),
                      v6 = rebuilt_bytes(k.dir / "build/stick2.sqlite", describe(CatalogueSpec{6}));
    const std::string history = read_bytes(sync::history_path_for(k.live));
    const std::string state = read_bytes(sync::slot_state_path(k.live));
    int kills = 0, old_seen = 0, new_seen = 0;
    for (long n = 1;; ++n) {
        write_bytes(k.live, v5);
        write_bytes(sync::history_path_for(k.live), history);
        write_bytes(sync::slot_state_path(k.live), state);
        fs::remove(sync::previous_slot_path(k.live));
        pid_t pid = fork_and([&] {
            sync::SyncIo io;
            io.crash_at(n);
            sync::ImportRequest request;
            request.source = stick;
            request.catalogue = k.live;
            request.trusted_keys = {k.key.public_key};
            request.today = kToday;
            sync::import_package(request, io);
        });
        const bool was_killed = killed(pid);
        INFO("crash point " << n);
        check_consistent(k.live, v5, v6, sync::SlotPolicy{3, 300});
        if (!was_killed) break;
        ++kills;
        (read_bytes(k.live) == v5 ? old_seen : new_seen)++;
    }
    CHECK(kills >= 8);  // the copy, the state file twice, the previous slot, the rename, the fsyncs
    CHECK(old_seen > 0);
    CHECK(new_seen > 0);
}

TEST_CASE("rollback: kill -9 at every step of a rollback leaves a whole catalogue and a consistent state",
          "[sync][rollback][crash]") {
    Kiosk k;
    const std::string v5 = read_bytes(k.live);
    REQUIRE(k.install(6).imported());
    const std::string v6 = read_bytes(k.live);
    const std::string history = read_bytes(sync::history_path_for(k.live));
    const std::string state = read_bytes(sync::slot_state_path(k.live));
    const sync::SlotPolicy policy{3, 300};
    int kills = 0, old_seen = 0, new_seen = 0;
    for (long n = 1;; ++n) {
        write_bytes(k.live, v6);
        write_bytes(sync::previous_slot_path(k.live), v5);
        write_bytes(sync::history_path_for(k.live), history);
        write_bytes(sync::slot_state_path(k.live), state);
        pid_t pid = fork_and([&] {
            sync::SyncIo io;
            io.crash_at(n);
            sync::SlotStore store(k.live, policy, io);
            (void)store.open_failed("test", sync::unix_now());
        });
        const bool was_killed = killed(pid);
        INFO("crash point " << n);
        const std::string bytes = read_bytes(k.live);
        if (bytes == v5) ++old_seen;
        else if (bytes == v6) ++new_seen;
        check_consistent(k.live, v5, v6, policy);
        if (!was_killed) {
            CHECK(read_bytes(k.live) == v5);  // the rollback completed
            break;
        }
        ++kills;
        // Once the rollback was decided (saved), the next start finishes it: the bad one never returns.
        auto s = sync::read_slot_state(k.live);
        REQUIRE(s);
        if (sync::is_refused_version(*s, 6)) CHECK(read_bytes(k.live) == v5);
    }
    CHECK(kills >= 4);  // the state file (write, fsync, rename, folder), the rename back, the final state
    CHECK(old_seen > 0);
    CHECK(new_seen > 0);
}
