// Power cuts: `kioskctl import` is killed with SIGKILL at every write/fsync/rename point and at
// random moments. After each kill the live catalogue passes integrity_check and is exactly the old
// or exactly the new one, and the next import still works.
//
// CI runs 300 random kills (plus every crash point); under AddressSanitizer every N-th of both
// (WEGWIJZER_TEST_STRIDE, sync_fixture.h). The long run:
//   WEGWIJZER_CRASH_KILLS=10000 build/tests/sync/sync_tests "[crash]"
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {

struct CrashRig {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "kiosk/catalogue.sqlite";
    fs::path history = dir / "kiosk/catalogue.sqlite.sync.sqlite";
    fs::path pub = dir / "key.pub";
    std::string old_bytes, new_bytes, old_history;

    CrashRig() {
        CatalogueSpec v1{1}, v2{2};
        for (auto* spec : {&v1, &v2}) {
            spec->services = 600;
            spec->padding = std::string(4000, 'c');
        }
        make_catalogue(dir / "v1.sqlite", v1);
        make_catalogue(dir / "v2.sqlite", v2);
        write_package(dir / "first", dir / "v1.sqlite", key.secret_key, describe(v1));
        if (!import_from(dir / "first", live, {key.public_key}).imported()) throw std::runtime_error("setup");
        write_package(dir / "stick", dir / "v2.sqlite", key.secret_key, describe(v2));
        write_bytes(pub, sync::format_public_key(key.public_key));
        old_bytes = read_bytes(live);
        new_bytes = rebuilt_bytes(dir / "v2.sqlite", describe(v2));
        old_history = read_bytes(history);
    }

    // Back to "version 1 installed", as if nothing had happened (leftovers of a crash stay).
    void reset() {
        write_bytes(live, old_bytes);
        write_bytes(history, old_history);
    }

    pid_t spawn(long crash_at) {
        pid_t pid = ::fork();
        if (pid == 0) {
            if (crash_at > 0) ::setenv("WEGWIJZER_CRASH_AT", std::to_string(crash_at).c_str(), 1);
            else ::unsetenv("WEGWIJZER_CRASH_AT");
            // dup2, not freopen: stdio must not flush the parent's buffered output a second time.
            int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
            ::execl(WEGWIJZER_KIOSKCTL, "kioskctl", "import", "--from", (dir / "stick").c_str(), "--db", live.c_str(),
                    "--public-key", pub.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        return pid;
    }

    static int wait_for(pid_t pid) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        return status;
    }

    // 'o' old, 'n' new, or '!' broken.
    char state() {
        if (integrity(live) != "ok") return '!';
        std::string bytes = read_bytes(live);
        return bytes == old_bytes ? 'o' : bytes == new_bytes ? 'n' : '!';
    }

    // After any crash, a normal import brings the new catalogue (or it is there already).
    bool recovers() {
        int status = wait_for(spawn(0));
        return state() == 'n' && WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 1);
    }
};

long env_number(const char* name, long fallback) {
    const char* value = std::getenv(name);
    return value ? std::strtol(value, nullptr, 10) : fallback;
}

}  // namespace

TEST_CASE("a crash at every write, fsync and rename leaves the old or the new catalogue", "[sync][crash]") {
    CrashRig rig;
    int killed = 0, old_seen = 0, new_seen = 0;
    // With a stride: the points 1, 1 + stride, ..., and one by one after the last of those, so
    // the last points (the rename and the folder fsync after it) are always tried.
    const long stride = exhaustive_stride();
    bool one_by_one = stride == 1;
    long previous = 0;
    for (long n = 1;; previous = n, n += one_by_one ? 1 : stride) {
        rig.reset();
        int status = CrashRig::wait_for(rig.spawn(n));
        bool was_killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
        char state = rig.state();
        INFO("crash point " << n);
        REQUIRE(state != '!');
        if (!was_killed && !one_by_one) {
            one_by_one = true;
            n = previous;  // the points between the last kill and this one, one by one
            continue;
        }
        if (!was_killed) {
            // Past the last crash point the import simply completes.
            REQUIRE(WIFEXITED(status));
            CHECK(WEXITSTATUS(status) == 0);
            CHECK(state == 'n');
            break;
        }
        ++killed;
        (state == 'o' ? old_seen : new_seen)++;
        CHECK(rig.recovers());
    }
    WARN("killed at " << killed << " crash points: " << old_seen << " left the old catalogue, " << new_seen
                      << " the new one");
    CHECK(killed >= 6);  // several writes, two fsyncs and the rename
    CHECK(old_seen > 0);
    CHECK(new_seen > 0);  // the kill after the rename (at the folder fsync) sees the new one
}

TEST_CASE("SIGKILL at random moments leaves the old or the new catalogue", "[sync][crash]") {
    CrashRig rig;
    const long kills = env_number("WEGWIJZER_CRASH_KILLS", 300) / exhaustive_stride();
    // How long a whole import takes here, to spread the kills over it.
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 3; ++i) {
        rig.reset();
        REQUIRE(CrashRig::wait_for(rig.spawn(0)) == 0);
    }
    auto duration = (std::chrono::steady_clock::now() - start) / 3;
    std::mt19937 random(20261128);
    std::uniform_int_distribution<long> delay(
        0, std::chrono::duration_cast<std::chrono::microseconds>(duration).count() * 6 / 5);
    long old_seen = 0, new_seen = 0;
    for (long i = 0; i < kills; ++i) {
        rig.reset();
        pid_t pid = rig.spawn(0);
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        ::kill(pid, SIGKILL);
        CrashRig::wait_for(pid);
        char state = rig.state();
        INFO("kill " << i);
        REQUIRE(state != '!');
        (state == 'o' ? old_seen : new_seen)++;
        if (i % 25 == 0) REQUIRE(rig.recovers());
    }
    WARN(kills << " random kills: " << old_seen << " left the old catalogue, " << new_seen << " the new one");
    CHECK(old_seen + new_seen == kills);
    CHECK(old_seen > 0);
}
