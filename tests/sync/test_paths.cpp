// Paths that cannot block: `kioskctl import --db`, `--from` and `--public-key`, and the kiosk's own
// import and key loading, given a FIFO, a device node or a folder. Each is refused with a message
// that says what the path is, nothing is replaced, and nothing waits: every command runs under
// `timeout`, so a regression fails a check (exit 124) instead of hanging the suite.
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>

#include "core/sync/service.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {

// Nothing here may hang: every command is killed after 30 s.
CommandRun run(const std::string& command) { return run_command("timeout -s KILL 30 " + command); }
std::string q(const fs::path& path) { return shell_quote(path); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

mode_t kind_of(const fs::path& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

const std::string kioskctl = WEGWIJZER_KIOSKCTL;

// A signed package of version 2 on a "stick", and its public key.
struct Setup {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    Setup() {
        write_bytes(dir / "k.pub", sync::format_public_key(key.public_key));
        CatalogueSpec v2{2};
        make_catalogue(dir / "v2.sqlite", v2);
        write_package(dir / "stick", dir / "v2.sqlite", key.secret_key, describe(v2));
    }
    std::string import(const fs::path& db, const fs::path& from, const fs::path& key_file) const {
        return kioskctl + " import --db " + q(db) + " --from " + q(from) + " --public-key " + q(key_file);
    }
};

}  // namespace

TEST_CASE("kioskctl import --db: a FIFO, a device or a folder is refused and left as it is", "[sync][paths]") {
    Setup s;
    REQUIRE(::mkfifo((s.dir / "fifo.sqlite").c_str(), 0600) == 0);
    auto fifo = run(s.import(s.dir / "fifo.sqlite", s.dir / "stick", s.dir / "k.pub"));
    INFO(fifo.output);
    CHECK(fifo.exit_code == 1);  // 137 would mean it hung and was killed
    CHECK(contains(fifo.output, "is a named pipe (FIFO), not a regular file"));
    CHECK(contains(fifo.output, "Nothing was changed"));
    CHECK(kind_of(s.dir / "fifo.sqlite") == S_IFIFO);

    fs::create_directory(s.dir / "folder.sqlite");
    auto folder = run(s.import(s.dir / "folder.sqlite", s.dir / "stick", s.dir / "k.pub"));
    INFO(folder.output);
    CHECK(folder.exit_code == 1);
    CHECK(contains(folder.output, "is a folder"));
    CHECK(kind_of(s.dir / "folder.sqlite") == S_IFDIR);

    // A device node of its own (the null device's numbers), so that a regression replaces only it.
    if (::mknod((s.dir / "device.sqlite").c_str(), S_IFCHR | 0600, makedev(1, 3)) != 0) {
        WARN("cannot make a device node here (not root?): the device case is not tested");
        return;
    }
    auto device = run(s.import(s.dir / "device.sqlite", s.dir / "stick", s.dir / "k.pub"));
    INFO(device.output);
    CHECK(device.exit_code == 1);
    CHECK(contains(device.output, "is a character device"));
    CHECK(kind_of(s.dir / "device.sqlite") == S_IFCHR);

    // The same catalogue path as a plain file is imported (the refusals above were about the path).
    auto good = run(s.import(s.dir / "live.sqlite", s.dir / "stick", s.dir / "k.pub"));
    INFO(good.output);
    CHECK(good.exit_code == 0);
}

TEST_CASE("kioskctl import --from and --public-key: a FIFO or a device is refused at once", "[sync][paths]") {
    Setup s;
    REQUIRE(::mkfifo((s.dir / "fifo").c_str(), 0600) == 0);
    auto from = run(s.import(s.dir / "live.sqlite", s.dir / "fifo", s.dir / "k.pub"));
    INFO(from.output);
    CHECK(from.exit_code == 1);
    CHECK(contains(from.output, "--from " + (s.dir / "fifo").string() + " is a named pipe (FIFO), not a folder"));

    // The package file itself as a FIFO on the stick.
    fs::create_directories(s.dir / "pipe-stick/wegwijzer");
    write_bytes(s.dir / "pipe-stick/wegwijzer/catalogue.sqlite.minisig",
                read_bytes(s.dir / "stick/wegwijzer/catalogue.sqlite.minisig"));
    REQUIRE(::mkfifo((s.dir / "pipe-stick/wegwijzer/catalogue.sqlite").c_str(), 0600) == 0);
    auto pipe_stick = run(s.import(s.dir / "live.sqlite", s.dir / "pipe-stick", s.dir / "k.pub"));
    INFO(pipe_stick.output);
    CHECK(pipe_stick.exit_code == 1);
    CHECK(contains(pipe_stick.output, "not a regular file"));

    for (const fs::path& key : {s.dir / "fifo", fs::path("/dev/zero")}) {
        auto refused = run(s.import(s.dir / "live.sqlite", s.dir / "stick", key));
        INFO(refused.output);
        CHECK(refused.exit_code == 1);
        CHECK(contains(refused.output, "public key " + key.string() + " is a"));
    }
    // A regular key file that is far too big for a key is not read to the end.
    write_bytes(s.dir / "big.pub", std::string(sync::kMaxPublicKeyFileBytes + 1, 'A'));
    auto big = run(s.import(s.dir / "live.sqlite", s.dir / "stick", s.dir / "big.pub"));
    CHECK(big.exit_code == 1);
    CHECK(contains(big.output, "more than the"));
    CHECK_FALSE(fs::exists(s.dir / "live.sqlite"));
}

TEST_CASE("the kiosk: a FIFO as public key or as catalogue path never hangs its sync", "[sync][paths]") {
    Setup s;
    REQUIRE(::mkfifo((s.dir / "fifo").c_str(), 0600) == 0);
    auto keys = sync::load_public_keys({s.dir / "fifo"});
    REQUIRE_FALSE(keys);
    CHECK(contains(keys.error(), "is a named pipe (FIFO)"));
    auto zero = sync::load_public_keys({"/dev/zero"});
    REQUIRE_FALSE(zero);
    CHECK(contains(zero.error(), "is a character device"));

    KioskConfig config;
    config.sync.public_keys = {s.dir / "fifo"};
    auto service = sync::SyncService::create(config, s.dir / "live.sqlite");
    REQUIRE_FALSE(service);
    CHECK(contains(service.error(), "is a named pipe (FIFO)"));

    // The live catalogue path a FIFO: refused before anything opens it. In a child process with an
    // alarm, so that a regression ends in a failed check rather than a hung test.
    std::fflush(nullptr);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::alarm(30);
        auto outcome = import_from(s.dir / "stick", s.dir / "fifo", {s.key.public_key});
        std::fprintf(stderr, "%s\n", outcome.log.c_str());
        ::_exit(outcome.result == sync::ImportResult::KioskError && contains(outcome.log, "is a named pipe (FIFO)")
                    ? 0
                    : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK_FALSE(WIFSIGNALED(status));  // SIGALRM: the import hung on the FIFO
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    CHECK(kind_of(s.dir / "fifo") == S_IFIFO);
}
