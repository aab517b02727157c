// kiosk/adapters/watchdog: the messages really arrive on a systemd-style notify socket.
#include <catch2/catch.hpp>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "adapters/watchdog.h"

namespace {

// A datagram socket standing in for systemd's $NOTIFY_SOCKET.
class NotifySocket {
public:
    NotifySocket() {
        path_ = std::filesystem::temp_directory_path() / ("ww-notify-" + std::to_string(getpid()));
        std::filesystem::remove(path_);
        fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path_.c_str());
        REQUIRE(bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    }
    ~NotifySocket() {
        close(fd_);
        std::filesystem::remove(path_);
    }
    const std::filesystem::path& path() const { return path_; }

    // The next message, or "" when none arrives within the timeout.
    std::string receive(int timeout_ms = 200) {
        pollfd p{fd_, POLLIN, 0};
        if (poll(&p, 1, timeout_ms) != 1) return "";
        char buffer[4096];
        const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
        return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
    }

private:
    std::filesystem::path path_;
    int fd_ = -1;
};

}  // namespace

TEST_CASE("watchdog: ready, rate-limited pings and stopping reach the notify socket", "[deploy][watchdog]") {
    NotifySocket systemd;
    setenv("NOTIFY_SOCKET", systemd.path().c_str(), 1);
    // WatchdogSec=0.4; WATCHDOG_PID deliberately names another process (cage, in the unit).
    setenv("WATCHDOG_USEC", "400000", 1);
    setenv("WATCHDOG_PID", "1", 1);

    CHECK(ww::watchdog_interval() == std::chrono::milliseconds(400));

    ww::notify_ready();
    const std::string ready = systemd.receive();
    CHECK(ready.rfind("READY=1", 0) == 0);

    // Called on every frame: the first call pings, the next ones within interval/4 do not.
    ww::notify_watchdog();
    CHECK(systemd.receive() == "WATCHDOG=1");
    for (int i = 0; i < 50; ++i) ww::notify_watchdog();
    CHECK(systemd.receive(50) == "");

    // After a quarter of the interval the next call pings again.
    std::this_thread::sleep_for(std::chrono::milliseconds(120));
    ww::notify_watchdog();
    CHECK(systemd.receive() == "WATCHDOG=1");

    ww::notify_stopping();
    CHECK(systemd.receive() == "STOPPING=1");

    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    unsetenv("WATCHDOG_PID");
}
