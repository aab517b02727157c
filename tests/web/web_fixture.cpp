#include "web_fixture.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace ww::webtest {

namespace {

int sh(const std::string& command) {
    int status = std::system((command + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string q(const fs::path& path) { return "'" + path.string() + "'"; }

void write_text(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

int kernel_free_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool accepts(int port) {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

pid_t spawn(const std::vector<std::string>& argv, int stdout_fd = -1) {
    pid_t pid = ::fork();
    if (pid == 0) {
        if (stdout_fd >= 0) ::dup2(stdout_fd, 1);
        int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, 0);
        if (stdout_fd < 0) ::dup2(null, 1);
        ::setpgid(0, 0);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

// deploy/nginx-wegwijzer.conf's HTTPS site, with this test's port, certificate and folder.
std::string site_from_example(int port, const Pki& pki, const fs::path& www) {
    std::string example = read_text(fs::path(WEGWIJZER_SOURCE_DIR) / "deploy/nginx-wegwijzer.conf");
    std::size_t first = example.find("server {");
    std::size_t second = example.find("server {", first + 1);
    std::string site = example.substr(second);
    std::istringstream lines(site);
    std::string out, line;
    while (std::getline(lines, line)) {
        if (line.find("listen [::]:443") != std::string::npos) continue;
        if (line.find("listen 443 ssl") != std::string::npos)
            line = "    listen 127.0.0.1:" + std::to_string(port) + " ssl;";
        out += line + "\n";
    }
    out = replace_all(out, "/etc/ssl/wegwijzer/updates.crt", pki.cert.string());
    out = replace_all(out, "/etc/ssl/wegwijzer/updates.key", pki.key.string());
    out = replace_all(out, "/srv/wegwijzer/", www.string() + "/");
    const std::string p = std::to_string(port);
    const std::string faults = "    location /slow/ { alias " + www.string() +
                               "/; limit_rate 1; }\n"
                               "    location /broken/ { return 500; }\n"
                               "    location = /to-http/index.minisig { return 302 http://127.0.0.1:" +
                               p +
                               "/wegwijzer/index.minisig; }\n"
                               "    location = /to-other-host/index.minisig { return 302 https://localhost:" +
                               p +
                               "/wegwijzer/index.minisig; }\n"
                               "    location = /to-file/index.minisig { return 302 file:///etc/passwd; }\n"
                               "    location /moved/ { rewrite ^/moved/(.*)$ https://127.0.0.1:" +
                               p + "/wegwijzer/$1 redirect; }\n";
    std::size_t at = out.find("    location /wegwijzer/");
    out.insert(at, faults);
    return out;
}

}  // namespace

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

synctest::CommandRun run_kioskctl(const std::string& args) {
    // Appended, not `std::string(WEGWIJZER_KIOSKCTL) + ...`: GCC 12 at -O2 wrongly reports such a
    // chain of temporaries as out of bounds (-Warray-bounds).
    std::string command = WEGWIJZER_KIOSKCTL;
    command += ' ';
    command += args;
    return synctest::run_command(command);
}

Pki make_pki(const fs::path& dir) {
    Pki pki{dir / "ca.pem", dir / "other-ca.pem", dir / "server.pem", dir / "server.key"};
    const std::string ec = " -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
    write_text(dir / "server.ext", "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
    bool ok =
        sh("openssl req -x509" + ec + " -keyout " + q(dir / "ca.key") + " -out " + q(pki.ca) +
           " -days 3 -subj '/CN=Wegwijzer test CA'") == 0 &&
        sh("openssl req -x509" + ec + " -keyout " + q(dir / "other-ca.key") + " -out " + q(pki.other_ca) +
           " -days 3 -subj '/CN=Another CA'") == 0 &&
        sh("openssl req" + ec + " -keyout " + q(pki.key) + " -out " + q(dir / "server.csr") +
           " -subj '/CN=127.0.0.1'") == 0 &&
        sh("openssl x509 -req -in " + q(dir / "server.csr") + " -CA " + q(pki.ca) + " -CAkey " + q(dir / "ca.key") +
           " -CAcreateserial -days 2 -extfile " + q(dir / "server.ext") + " -out " + q(pki.cert)) == 0;
    if (!ok) return {};
    return pki;
}

Child& Child::operator=(Child&& other) noexcept {
    if (this != &other) {
        stop();
        pid_ = std::exchange(other.pid_, -1);
    }
    return *this;
}

bool Child::running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
    }
    return true;
}

void Child::stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 100; ++i) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

Nginx::Nginx(const fs::path& dir, const fs::path& www, const Pki& pki) : dir_(dir) {
    fs::create_directories(dir / "tmp");
    for (int attempt = 0; attempt < 10 && port_ == 0; ++attempt) {
        const int port = kernel_free_port();
        const std::string d = dir.string();
        write_text(
            dir / "nginx.conf",
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid " + d + "/nginx.pid;\nerror_log " + d +
                "/error.log;\nevents { worker_connections 256; }\nhttp {\n  default_type application/octet-stream;\n"
                "  log_format wegwijzer '$request_method $uri $status \"$http_range\" \"$http_if_none_match\" $body_bytes_sent';\n"
                "  access_log " +
                d +
                "/access.log wegwijzer;\n"
                "  client_body_temp_path " +
                d + "/tmp; proxy_temp_path " + d + "/tmp; fastcgi_temp_path " + d + "/tmp; uwsgi_temp_path " + d +
                "/tmp; scgi_temp_path " + d + "/tmp;\n" + site_from_example(port, pki, www) + "}\n");
        process_ = Child(spawn({"nginx", "-p", d, "-e", d + "/error.log", "-c", d + "/nginx.conf"}));
        for (int i = 0; i < 250; ++i) {
            if (!process_.running()) break;
            if (accepts(port)) {
                // Someone else could hold the port: ours is the one still running after the bind.
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                if (process_.running()) port_ = port;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (port_ == 0) process_.stop();
    }
    if (port_ == 0) problem_ = "nginx did not start: " + read_text(dir / "error.log");
}

std::string Nginx::url(const std::string& folder) const {
    return "https://127.0.0.1:" + std::to_string(port_) + "/" + folder + "/";
}

std::string Nginx::access_log() const { return read_text(dir_ / "access.log"); }

FaultServer::FaultServer(const fs::path& www, const Pki& pki) {
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return;
    process_ = Child(spawn({"python3", std::string(WEGWIJZER_SOURCE_DIR) + "/tests/web/fault_server.py",
                            pki.cert.string(), pki.key.string(), www.string()},
                           pipe_fds[1]));
    ::close(pipe_fds[1]);
    std::string line;
    char c;
    while (::read(pipe_fds[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(pipe_fds[0]);
    port_ = std::atoi(line.c_str());
}

FaultServer::~FaultServer() = default;

std::string FaultServer::url(const std::string& mode) const {
    return "https://127.0.0.1:" + std::to_string(port_) + "/" + mode + "/";
}

DeadPort::DeadPort() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port_ = ntohs(addr.sin_port);
}

DeadPort::~DeadPort() {
    if (fd_ >= 0) ::close(fd_);
}

Site::Site() : dir(std::make_unique<synctest::TempDir>()) {
    www = *dir / "www";
    key = *dir / "staff.key";
    pub = *dir / "staff.pub";
    db = *dir / "kiosk/catalogue.sqlite";
    fs::create_directories(*dir / "pki");
    pki = make_pki(*dir / "pki");
    run_kioskctl("keygen --unencrypted --secret-key " + q(key) + " --public-key " + q(pub));
}

synctest::CommandRun Site::publish(int version, const fs::path& out, const std::string& extra) const {
    return run_kioskctl("publish --source " + q(fs::path(WEGWIJZER_SOURCE_DIR) / "db/demo") + " --version " +
                        std::to_string(version) + " --expires 2099-06-30 --fleet drenthe --secret-key " + q(key) +
                        " --out " + q(out.empty() ? www : out) + " " + extra);
}

synctest::CommandRun Site::update(const std::string& url, const std::string& extra) const {
    std::string ca = extra.find("--ca-file") == std::string::npos ? " --ca-file " + q(pki.ca) : "";
    return run_kioskctl("update --url '" + url + "' --db " + q(db) + " --public-key " + q(pub) + ca +
                        " --connect-timeout 5 --low-speed-time 3 " + extra);
}

}  // namespace ww::webtest
