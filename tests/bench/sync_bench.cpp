// USB sync benchmark: import time and peak memory of a signed package (copy + verify, reading and
// checking every value, writing the kiosk's own catalogue, switch) for synthetic catalogues of
// 1,000, 10,000 and 100,000 services, and how long the kiosk's event loop waits in
// SyncService::poll() while an import runs. Prints Markdown tables (medians). Each timed import
// runs in a child process of its own, so its peak resident memory (the child's ru_maxrss) is the
// import's alone.
//
//   sync_bench [--sizes 1000,10000,100000] [--rounds 7] [--work DIR]
// DIR (default /var/tmp/wegwijzer-sync-bench) should be on a real disk: fsync costs count.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/builder.h"
#include "core/config.h"
#include "core/sync/history.h"
#include "core/sync/importer.h"
#include "core/sync/service.h"

using namespace ww;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// CPU time (user + system) of this process so far, in ms: on a shared, busy machine the wall clock
// also counts the time other programs had the CPU.
double cpu_ms() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto to_ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return to_ms(usage.ru_utime) + to_ms(usage.ru_stime);
}

double load_average() {
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

void sign_package(const fs::path& catalogue, const sync::SecretKey& key, const sync::PackageDescription& d) {
    std::ifstream in(catalogue, std::ios::binary);
    sync::FileHasher hasher;
    std::vector<char> buffer(1 << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
        hasher.update(buffer.data(), static_cast<size_t>(in.gcount()));
    std::ofstream(catalogue.string() + ".minisig")
        << sync::format_signature(sync::sign_prehashed(key, hasher.finish(), sync::format_trusted_comment(d)));
}

struct Phases {
    double copy = 0, verify = 0, check = 0, change = 0, after_copy = 0, total = 0, cpu = 0, peak_mb = 0, start_mb = 0;
};

// Resident memory of this process now, in MB (VmRSS).
double resident_mb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

// Runs one import in a child process and returns its phases and peak resident memory.
bool import_in_child(const sync::ImportRequest& request, Phases& p) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return false;
    pid_t child = ::fork();
    if (child < 0) return false;
    if (child == 0) {
        ::close(pipe_fds[0]);
        Phases q;
        q.start_mb = resident_mb();
        double cpu_start = cpu_ms();
        auto start = Clock::now();
        double copied = -1, verified = -1, checked = -1;
        sync::SyncIo io;
        auto outcome = sync::import_package(request, io, [&](double progress) {
            double t = ms(Clock::now() - start);
            if (progress >= 0.6 && copied < 0) copied = t;
            if (progress >= 0.75 && verified < 0) verified = t;
            if (progress >= 0.95 && checked < 0) checked = t;
        });
        q.total = ms(Clock::now() - start);
        q.cpu = cpu_ms() - cpu_start;
        if (!outcome.imported()) {
            std::fprintf(stderr, "import failed: %s\n", outcome.log.c_str());
            ::_exit(1);
        }
        q.copy = copied;
        q.verify = verified - copied;
        q.check = checked - verified;
        q.change = q.total - checked;
        q.after_copy = q.total - copied;
        if (::write(pipe_fds[1], &q, sizeof q) != static_cast<ssize_t>(sizeof q)) ::_exit(2);
        ::_exit(0);
    }
    ::close(pipe_fds[1]);
    bool ok = ::read(pipe_fds[0], &p, sizeof p) == static_cast<ssize_t>(sizeof p);
    ::close(pipe_fds[0]);
    int status = 0;
    rusage usage{};
    ::wait4(child, &status, 0, &usage);
    p.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
    return ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void clear_kiosk(const fs::path& live) {
    std::error_code ec;
    for (const char* suffix :
         {"", ".sync.sqlite", ".sync.sqlite-journal", ".sync.lock", ".slots", ".previous", ".refused"})
        fs::remove(live.string() + suffix, ec);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{1000, 10000, 100000};
    int rounds = 7;
    fs::path work = "/var/tmp/wegwijzer-sync-bench";
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--sizes") {
            sizes.clear();
            std::stringstream list(value);
            for (std::string item; std::getline(list, item, ',');) sizes.push_back(std::stoi(item));
        } else if (flag == "--rounds") {
            rounds = std::stoi(value);
        } else if (flag == "--work") {
            work = value;
        }
    }
    fs::create_directories(work);
    sync::KeyPair key = sync::generate_key_pair();

    std::printf(
        "| services | file size | copy (ms) | verify (ms) | read, check, rewrite (ms) | switch (ms) | verify + checks + switch (ms) | total import (ms) | CPU time (ms) | peak RSS (MB) | RSS at start (MB) | load avg | poll() p99 / max during import (ms) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
        fs::path source = work / ("hsds-" + std::to_string(size));
        fs::path stick = work / ("stick-" + std::to_string(size));
        fs::path catalogue = stick / "wegwijzer/catalogue.sqlite";
        fs::create_directories(stick / "wegwijzer");
        if (!fs::exists(catalogue)) {
            fs::remove_all(source);
            if (auto st = generate_catalogue(size, source); !st) {
                std::fprintf(stderr, "generate failed: %s\n", st.error().c_str());
                return 1;
            }
            BuildOptions options;
            options.source = source;
            options.out = catalogue;
            options.version = 2;
            options.created = "2026-11-28";
            options.expires = "2099-12-31";
            options.package = true;  // as `kioskctl pack` writes it
            auto report = build_catalogue(options);
            if (!report.ok()) {
                std::fprintf(stderr, "build failed: %s\n", report.errors.front().c_str());
                return 1;
            }
        }
        sign_package(catalogue, key.secret_key, {1, "drenthe", 2, "2026-11-28", "2099-12-31"});

        fs::path live = work / "kiosk/catalogue.sqlite";
        std::vector<Phases> runs;
        for (int r = 0; r < rounds; ++r) {
            clear_kiosk(live);
            sync::ImportRequest request{stick, live, {key.public_key}, "drenthe", 1ull << 30, "2026-11-28", {}};
            request.limits.memory_bytes = 4ll << 30;  // the benchmark measures; the default cap is for kiosks
            Phases p;
            if (!import_in_child(request, p)) return 1;
            runs.push_back(p);
        }

        // The kiosk's event loop at 60 frames a second while the service imports in its thread.
        clear_kiosk(live);
        fs::path media = work / ("media-" + std::to_string(size));
        fs::remove_all(media);
        fs::create_directories(media);
        // With the kiosk's defaults: `[sync] max_file_bytes` and the memory cap (UntrustedLimits).
        sync::SyncService service({{media}, {key.public_key}, "drenthe", KioskConfig{}.sync.max_file_bytes, live},
                                  [](const std::string&) {});
        service.poll();
        fs::rename(stick, media / "STICK");  // the folder appears at once, as a mount does
        std::vector<double> polls;
        for (;;) {
            auto frame = Clock::now();
            auto status = service.poll();
            polls.push_back(ms(Clock::now() - frame));
            if (status.state == sync::SyncStatus::State::Finished) {
                if (!status.succeeded)  // e.g. over the default memory cap: the frames are still measured
                    std::fprintf(stderr, "the service did not import: %s (%s)\n",
                                 status.message(ww::Language::Dutch).c_str(), status.outcome.log.c_str());
                break;
            }
            std::this_thread::sleep_until(frame + std::chrono::microseconds(16667));
        }
        fs::rename(media / "STICK", stick);

        auto column = [&](double Phases::*field) {
            std::vector<double> v;
            for (const auto& p : runs) v.push_back(p.*field);
            return median(v);
        };
        std::printf(
            "| %d | %.1f MB | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %.3f / %.3f (%zu frames) |\n",
            size, static_cast<double>(fs::file_size(catalogue)) / 1e6, column(&Phases::copy), column(&Phases::verify),
            column(&Phases::check), column(&Phases::change), column(&Phases::after_copy), column(&Phases::total),
            column(&Phases::cpu), column(&Phases::peak_mb), column(&Phases::start_mb), load_average(),
            percentile(polls, 0.99), *std::max_element(polls.begin(), polls.end()), polls.size());
        std::fflush(stdout);
    }
    std::printf("\nMedians of %d imports per size (each into an empty kiosk folder); the package is read from %s.\n",
                rounds, work.c_str());
    return 0;
}
