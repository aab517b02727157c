#pragma once
// config/kiosk.toml as plain data. Every key is documented in config/kiosk.toml.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/result.h"

namespace ww {

struct KioskConfig {
    std::string name = "Wegwijzer";      // [kiosk] name: shown on screen and on printouts
    std::string place;                   // [kiosk] place: e.g. "Bibliotheek Emmen"
    std::string municipality = "Emmen";  // [kiosk] municipality: ranked first, marked in the route
    GeoPoint position{52.7858, 6.8976};  // [kiosk] latitude/longitude: origin for distances

    struct Screen {
        int width_px = 1920;  // used when the window size is not known yet
        int height_px = 1080;
        double diagonal_inch = 21.5;  // physical size, for millimetre-exact layout
    } screen;

    struct Idle {
        int warning_after_s = 120;  // "Bent u er nog?" after this long without a touch
        int reset_after_s = 30;     // then this long (>= 20) before everything is forgotten
    } idle;

    std::vector<std::string> languages{"nl", "en"};  // first is the default

    struct Speech {
        bool enabled = true;  // "Lees voor" available
        int volume = 80;      // 0..100
        int rate_wpm = 150;
        std::string device;  // sound output (PulseAudio sink or ALSA device); empty: the default
    } speech;

    struct Catalogue {
        std::filesystem::path path;  // empty: the built-in demo catalogue
    } catalogue;

    struct Helpline {
        std::string name;     // e.g. "Dementielijn van Alzheimer Nederland"
        std::string name_en;  // the name on English screens and paper; empty: `name`
        std::string phone;    // left empty: no number is shown
    } helpline;

    struct Staff {
        std::string pin_hash;  // Argon2 hash from `kioskctl pin`; empty: staff mode off
    } staff;

    struct Sync {
        std::vector<std::filesystem::path> mount_roots{"/media", "/run/media"};
        std::vector<std::filesystem::path> public_keys;  // minisign public key files
        std::string fleet = "drenthe";
        std::uint64_t max_file_bytes = 256ull * 1024 * 1024;
        std::filesystem::path state_dir = "/var/lib/wegwijzer";
        int trial_seconds = 300;        // a new catalogue must run this long before it counts as good
        int trial_attempts = 3;         // starts on a new catalogue before a crash loop rolls it back
        int open_timeout_s = 60;        // opening a new catalogue longer than this rolls it back
        std::string url;                // web updates: the published folder (https://...); empty: off
        std::filesystem::path ca_file;  // the one CA that may sign the server's certificate; empty: the system's
        int poll_minutes = 60;          // between web checks, with random jitter of +-25%
    } sync;

    struct Print {
        std::string printer;       // CUPS queue name; empty: no printer, offer QR instead
        std::string paper = "a4";  // "a4" or "roll80"
        int stuck_job_s = 120;     // cancel a job that makes no progress for this long
    } print;

    struct Health {
        // Prometheus text file for node_exporter's textfile collector; empty: no metrics.
        std::filesystem::path metrics_file = "/var/lib/prometheus/node-exporter/wegwijzer.prom";
    } health;
};

struct ConfigLoad {
    KioskConfig config;
    std::vector<std::string> warnings;  // one line per bad key: names the key and the default used
    // Why the file itself was not used (missing, not a file, a TOML syntax error with its line and
    // column); empty when it was read. English, for the log and the staff screen.
    std::string problem;
    bool from_last_good = false;  // `problem`, so the settings are the last ones that worked
    std::string text;             // the file as it was read and parsed
    // Read and parsed with not a single warning: worth keeping as the last configuration that worked.
    bool worked() const { return problem.empty() && warnings.empty() && !from_last_good; }
};

// Never fails: a missing file gives the defaults, a wrong value a warning and the default.
// `last_good` (optional) is where the last configuration that worked is kept: when `path` cannot
// be read or parsed, the settings come from that copy (relative paths still count from `path`'s
// folder), so that USB sync and staff mode stay as they were.
ConfigLoad load_config(const std::filesystem::path& path, const std::filesystem::path& last_good = {});

// Keeps the text of a load that worked() at `last_good` (temporary file, fsync, rename; nothing is
// written when the copy is already the same). Does nothing for a load that did not work.
Status save_last_good_config(const ConfigLoad& load, const std::filesystem::path& last_good);

// The largest config file read (a config is a few kilobytes).
inline constexpr std::uint64_t kMaxConfigBytes = 1024 * 1024;

}  // namespace ww
