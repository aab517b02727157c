// Paths that cannot block: a FIFO, a device, a socket or a folder where a file should be is
// refused with a message that says what it is, at once. Each open runs in a child process with
// a deadline, so that a regression shows as a failed check instead of a test that hangs.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <string>

#include "core/catalogue.h"
#include "core/config.h"
#include "core/safe_open.h"
#include "core/sqlite.h"

namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path path;
    Scratch() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("ww-safe-open-" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path operator/(const std::string& name) const { return path / name; }
};

// Runs `body` in a child process and returns what it returned, or nullopt when it did not finish
// within `seconds` (the child is killed then).
std::optional<std::string> within(double seconds, const std::function<std::string()>& body) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        const std::string out = body();
        (void)!::write(fds[1], out.data(), out.size());
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string out;
    bool finished = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (true) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, int(left.count())) <= 0) continue;
        char buffer[4096];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n <= 0) {
            finished = true;
            break;
        }
        out.append(buffer, size_t(n));
    }
    ::close(fds[0]);
    if (!finished) ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!finished) return std::nullopt;
    return out;
}

void make_fifo(const fs::path& path) { REQUIRE(::mkfifo(path.c_str(), 0600) == 0); }

// A listening Unix socket at `path`; the descriptor is closed at the end of the test.
struct Socket {
    int fd = -1;
    explicit Socket(const fs::path& path) {
        fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    }
    ~Socket() { ::close(fd); }
};

std::string open_message(const fs::path& path, std::uint64_t max_bytes = UINT64_MAX) {
    ww::SafeOpenOptions options;
    options.what = "catalogue";
    options.max_bytes = max_bytes;
    auto file = ww::open_regular_file(path, options);
    return file ? "ok " + std::to_string(file->size) : file.error();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("safe open: a regular file opens, everything else is named and refused at once", "[safe_open]") {
    Scratch dir;
    std::ofstream(dir / "plain") << "twelve bytes";
    make_fifo(dir / "fifo");
    fs::create_directory(dir / "folder");
    Socket socket(dir / "socket");
    fs::create_symlink(dir / "plain", dir / "link");

    CHECK(within(10, [&] { return open_message(dir / "plain"); }) == "ok 12");
    CHECK(within(10, [&] { return open_message(dir / "link"); }) == "ok 12");  // a link to a file is that file

    auto fifo = within(10, [&] { return open_message(dir / "fifo"); });
    REQUIRE(fifo);  // did not wait for a writer
    CHECK(contains(*fifo, "catalogue " + (dir / "fifo").string() + " is a named pipe (FIFO), not a regular file"));
    auto folder = within(10, [&] { return open_message(dir / "folder"); });
    REQUIRE(folder);
    CHECK(contains(*folder, "is a folder"));
    auto sock = within(10, [&] { return open_message(dir / "socket"); });
    REQUIRE(sock);
    CHECK(contains(*sock, "is a socket"));
    auto device = within(10, [&] { return open_message("/dev/zero"); });
    REQUIRE(device);
    CHECK(contains(*device, "/dev/zero is a character device"));
    auto missing = within(10, [&] { return open_message(dir / "nothing"); });
    REQUIRE(missing);
    CHECK(contains(*missing, "does not exist"));
    CHECK(contains(open_message(dir / "plain", 11), "more than the 11 bytes"));

    ww::SafeOpenOptions no_links;
    no_links.follow_symlinks = false;
    CHECK_FALSE(ww::open_regular_file(dir / "link", no_links));

    // Reading through it: whole files, with a cap; /dev/zero never gets read at all.
    auto text = ww::read_regular_file(dir / "plain", 100, "key");
    REQUIRE(text);
    CHECK(*text == "twelve bytes");
    CHECK_FALSE(ww::read_regular_file(dir / "plain", 5, "key"));
    CHECK_FALSE(ww::read_regular_file("/dev/zero", 1 << 20, "key"));
}

TEST_CASE("safe open: a path about to be replaced must hold nothing or a regular file", "[safe_open]") {
    Scratch dir;
    std::ofstream(dir / "plain") << "x";
    make_fifo(dir / "fifo");
    fs::create_directory(dir / "folder");
    CHECK(ww::check_replaceable(dir / "plain"));
    CHECK(ww::check_replaceable(dir / "not-yet"));
    CHECK(contains(ww::check_replaceable(dir / "fifo", "catalogue").error(), "is a named pipe (FIFO)"));
    CHECK(contains(ww::check_replaceable(dir / "folder").error(), "is a folder"));
    CHECK(contains(ww::check_replaceable("/dev/null").error(), "is a character device"));
}

TEST_CASE("safe open: SQLite and the catalogue never wait on a FIFO, a device or a socket", "[safe_open][catalogue]") {
    Scratch dir;
    make_fifo(dir / "fifo.sqlite");
    Socket socket(dir / "socket.sqlite");
    for (const fs::path& path : {dir / "fifo.sqlite", fs::path("/dev/zero"), dir / "socket.sqlite"}) {
        INFO(path);
        auto database = within(10, [&] {
            auto db = ww::Database::open(path, ww::Database::Mode::ReadOnly);
            return db ? std::string("opened") : db.error();
        });
        REQUIRE(database);
        CHECK(contains(*database, "not a regular file"));
        auto catalogue = within(10, [&] {
            auto opened = ww::Catalogue::open(path);
            return opened ? std::string("opened") : opened.error();
        });
        REQUIRE(catalogue);
        CHECK(contains(*catalogue, path.string()));
        CHECK(contains(*catalogue, "not a regular file"));
    }
    // Creating where a FIFO is: refused too, and the FIFO is left alone.
    auto create = within(10, [&] {
        auto db = ww::Database::open(dir / "fifo.sqlite", ww::Database::Mode::Create);
        return db ? std::string("opened") : db.error();
    });
    REQUIRE(create);
    CHECK(contains(*create, "is a named pipe (FIFO)"));
    struct stat st {};
    REQUIRE(::stat((dir / "fifo.sqlite").c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("safe open: a FIFO or device as the config file does not hang and gives the defaults",
          "[safe_open][config]") {
    Scratch dir;
    make_fifo(dir / "kiosk.toml");
    for (const fs::path& path : {dir / "kiosk.toml", fs::path("/dev/zero")}) {
        INFO(path);
        auto loaded = within(10, [&] {
            ww::ConfigLoad load = ww::load_config(path);
            return load.problem + "|" + std::to_string(load.config.idle.reset_after_s);
        });
        REQUIRE(loaded);
        CHECK(contains(*loaded, "not a regular file"));
        CHECK(contains(*loaded, "|30"));
    }
}
