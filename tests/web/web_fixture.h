#pragma once
// A real nginx with TLS on 127.0.0.1 for the web update tests, with a CA and certificates made by
// openssl for the test, and a tiny python HTTPS server for the faults nginx cannot make.
// Ports: the kernel picks a free one; nginx is retried on another port when one was taken in
// between, so parallel test runs never race for a fixed port.
#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>

#include "sync_fixture.h"

namespace ww::webtest {

namespace fs = std::filesystem;

struct Pki {
    fs::path ca;         // the CA kiosks pin ([sync] ca_file)
    fs::path other_ca;   // another CA: a kiosk pinning it must refuse the server
    fs::path cert, key;  // the server's, signed by `ca`, for 127.0.0.1 and localhost
};
// Makes the keys and certificates in `dir` with openssl. Empty paths when openssl failed.
Pki make_pki(const fs::path& dir);

// A child process, ended (SIGTERM, then SIGKILL) and reaped when this goes away.
class Child {
public:
    Child() = default;
    explicit Child(pid_t pid) : pid_(pid) {}
    Child(Child&& other) noexcept : pid_(std::exchange(other.pid_, -1)) {}
    Child& operator=(Child&& other) noexcept;
    ~Child() { stop(); }
    bool running();
    void stop();

private:
    pid_t pid_ = -1;
};

// nginx serving `www` at https://127.0.0.1:PORT/wegwijzer/ with deploy/nginx-wegwijzer.conf's
// site (ports and paths filled in), plus fault locations:
//   /slow/      the same folder at 1 byte per second (limit_rate)
//   /broken/    HTTP 500
//   /to-http/, /to-other-host/, /to-file/   index.minisig redirects to http:, https://localhost, file:
//   /moved/     redirects every file to /wegwijzer/ on the same server (allowed)
// Access log lines: "METHOD URI STATUS RANGE IF-NONE-MATCH BYTES".
class Nginx {
public:
    Nginx(const fs::path& dir, const fs::path& www, const Pki& pki);
    bool ok() const { return port_ > 0; }
    int port() const { return port_; }
    std::string url(const std::string& folder = "wegwijzer") const;
    std::string access_log() const;
    const std::string& problem() const { return problem_; }

private:
    fs::path dir_;
    int port_ = 0;
    Child process_;
    std::string problem_;
};

// tests/web/fault_server.py on its own port: /cut/, /huge/, /plain/ (see the script).
class FaultServer {
public:
    FaultServer(const fs::path& www, const Pki& pki);
    ~FaultServer();
    bool ok() const { return port_ > 0; }
    std::string url(const std::string& mode) const;

private:
    int port_ = 0;
    Child process_;
};

// A 127.0.0.1 port where nothing listens (a socket bound but not listening, kept for the test):
// a "server down".
class DeadPort {
public:
    DeadPort();
    ~DeadPort();
    int port() const { return port_; }

private:
    int fd_ = -1;
    int port_ = 0;
};

std::string read_text(const fs::path& file);

// Runs `kioskctl <args>` (the build's kioskctl).
synctest::CommandRun run_kioskctl(const std::string& args);

// A test's whole setting: a folder, the PKI, a staff key pair, the published folder `www` and the
// kiosk's catalogue `db`, with kioskctl publish / update.
struct Site {
    Site();
    std::unique_ptr<synctest::TempDir> dir;
    Pki pki;
    fs::path www, key, pub, db;
    synctest::CommandRun publish(int version, const fs::path& out = {}, const std::string& extra = "") const;
    // kioskctl update --url URL --db db --public-key pub --ca-file pki.ca (unless `extra` names
    // another) --connect-timeout 5 --low-speed-time 3
    synctest::CommandRun update(const std::string& url, const std::string& extra = "") const;
};

}  // namespace ww::webtest
