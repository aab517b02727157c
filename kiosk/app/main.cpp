// kiosk: the touch-screen program residents use.
//   kiosk [--config FILE] [--last-good-config FILE] [--catalogue FILE] [--window WxH] [--screenshot FILE]
// Environment: KIOSK_UI_MAP, KIOSK_FRAME_LOG and the KIOSK_TEST_* hooks, all described in
// app/test_hooks.h.
// USB sync (core/sync) runs when [sync] public_keys names readable keys; see app/usb_sync.h.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "app/kiosk_app.h"
#include "app/kiosk_log.h"
#include "app/usb_sync.h"
#include "core/config.h"

namespace {
constexpr const char* kInstalledConfig = WEGWIJZER_CONFIG_DIR "/kiosk.toml";
constexpr const char* kInstalledLastGood = WEGWIJZER_STATE_DIR "/kiosk.last-good.toml";

int usage(const char* message) {
    if (message) std::fprintf(stderr, "kiosk: %s\n", message);
    std::fprintf(
        stderr,
        "usage: kiosk [--config FILE] [--last-good-config FILE] [--catalogue FILE] [--window WIDTHxHEIGHT]\n"
        "             [--screenshot FILE]\n"
        "       kiosk --layout-walk DIR [--walk-name NAME] [--walk-shape WxH@INCH]... [--walk-scale PCT]...\n"
        "             [--walk-language nl|en]... [--config FILE] [--catalogue FILE]\n"
        "  --config FILE      kiosk settings (default: config/kiosk.toml, else /etc/wegwijzer/kiosk.toml)\n"
        "  --last-good-config FILE\n"
        "                     a copy of the last settings that loaded without a warning; used when the\n"
        "                     config file cannot be read or has a syntax error (default for the installed\n"
        "                     /etc/wegwijzer/kiosk.toml: /var/lib/wegwijzer/kiosk.last-good.toml; else none)\n"
        "  --catalogue FILE   the SQLite catalogue; overrides [catalogue] path, so USB updates replace this\n"
        "                     file too (default: [catalogue] path; when that is empty, the catalogue USB\n"
        "                     updates installed in [sync] state_dir, else the demo catalogue)\n"
        "  --window WxH       a window of this size instead of full screen (tests, development)\n"
        "  --screenshot FILE  save the first screen as a PNG and quit\n"
        "  --layout-walk DIR  visit every screen in every shape, text size and language, save a PNG and the UI\n"
        "                     map of each in DIR/<name>-<shape>-<scale>-<language>/, check the layout rules,\n"
        "                     write the faults to DIR/<name>-faults.txt and quit (exit 3 when there are faults)\n"
        "  --walk-shape WxH@INCH  a window size and the physical diagonal it stands for (default: 1920x1080@24,\n"
        "                     1080x1920@24, 1366x768@15.6); --walk-scale 100|125|150, --walk-language nl|en\n"
        "                     narrow the walk (default: all); --walk-name labels the catalogue (default demo)\n"
        "environment: KIOSK_UI_MAP=FILE writes what is on screen as JSON after every change;\n"
        "             KIOSK_FRAME_LOG=FILE logs the first-frame time and per-frame CPU time;\n"
        "             KIOSK_TEST_FAULT=crash:VERSION|hang:VERSION (tests only) breaks opening that version\n");
    return 2;
}
}  // namespace

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    std::string config_path, last_good_path, catalogue_path, screenshot;
    int w = 0, h = 0;
    std::optional<ww::app::WalkOptions> walk;
    ww::app::WalkOptions walk_narrow;  // what --walk-* asked for
    walk_narrow.scales.clear();
    walk_narrow.languages.clear();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--help" || arg == "-h") {
            usage(nullptr);
            return 0;
        } else if (arg == "--config") {
            const char* v = value();
            if (!v) return usage("--config needs a file");
            config_path = v;
        } else if (arg == "--last-good-config") {
            const char* v = value();
            if (!v) return usage("--last-good-config needs a file");
            last_good_path = v;
        } else if (arg == "--catalogue") {
            const char* v = value();
            if (!v) return usage("--catalogue needs a file");
            catalogue_path = v;
        } else if (arg == "--window") {
            const char* v = value();
            if (!v || std::sscanf(v, "%dx%d", &w, &h) != 2 || w < 320 || h < 240 || w > 16384 || h > 16384)
                return usage("--window needs WIDTHxHEIGHT, e.g. 1920x1080");
        } else if (arg == "--screenshot") {
            const char* v = value();
            if (!v) return usage("--screenshot needs a file");
            screenshot = v;
        } else if (arg == "--layout-walk") {
            const char* v = value();
            if (!v) return usage("--layout-walk needs a folder");
            walk_narrow.out_dir = v;
            walk.emplace();
        } else if (arg == "--walk-name") {
            const char* v = value();
            if (!v) return usage("--walk-name needs a name");
            walk_narrow.name = v;
        } else if (arg == "--walk-shape") {
            const char* v = value();
            const auto shape = v ? ww::app::parse_walk_shape(v) : std::nullopt;
            if (!shape) return usage("--walk-shape needs WIDTHxHEIGHT@INCH, e.g. 1080x1920@24");
            walk_narrow.shapes.push_back(*shape);
        } else if (arg == "--walk-scale") {
            const char* v = value();
            const int scale = v ? std::atoi(v) : 0;
            if (scale != 100 && scale != 125 && scale != 150) return usage("--walk-scale needs 100, 125 or 150");
            walk_narrow.scales.push_back(scale);
        } else if (arg == "--walk-language") {
            const char* v = value();
            if (!v || (std::strcmp(v, "nl") != 0 && std::strcmp(v, "en") != 0))
                return usage("--walk-language needs nl or en");
            walk_narrow.languages.push_back(std::strcmp(v, "en") == 0 ? ww::Language::English : ww::Language::Dutch);
        } else {
            return usage(("unknown option " + arg).c_str());
        }
    }
    if (config_path.empty())
        config_path = std::filesystem::exists("config/kiosk.toml") ? "config/kiosk.toml" : "/etc/wegwijzer/kiosk.toml";

    // The installed kiosk keeps its last good settings in its state folder, so that a typo in
    // the config cannot switch off USB sync or staff mode.
    if (last_good_path.empty() && config_path == kInstalledConfig) last_good_path = kInstalledLastGood;
    ww::ConfigLoad loaded = ww::load_config(config_path, last_good_path);
    for (const auto& warning : loaded.warnings) ww::app::log_line("config: " + warning);
    if (!last_good_path.empty()) {
        if (auto saved = ww::save_last_good_config(loaded, last_good_path); !saved)
            ww::app::log_line("config: " + saved.error());
    }

    ww::app::AppOptions options;
    options.config = loaded.config;
    if (!loaded.problem.empty())
        options.config_notice =
            loaded.problem + (loaded.from_last_good ? "; using the last settings that worked" : "; using the defaults");
    // An explicit catalogue (--catalogue, else [catalogue] path) is shown even when it is missing
    // (the out-of-order screen; a first USB update creates it). With none, the kiosk shows what
    // USB updates installed in [sync] state_dir, and the demo catalogue until there is one.
    if (!catalogue_path.empty()) options.config.catalogue.path = catalogue_path;
    const std::filesystem::path synced = ww::sync::synced_catalogue_path(options.config);
    std::error_code ec;
    options.catalogue_path = !options.config.catalogue.path.empty() || std::filesystem::exists(synced, ec)
                                 ? synced
                                 : ww::app::default_catalogue_path();
    if (walk) {
        const ww::app::WalkOptions all;
        *walk = walk_narrow;
        if (walk->shapes.empty()) walk->shapes = {{1920, 1080, 24}, {1080, 1920, 24}, {1366, 768, 15.6}};
        if (walk->scales.empty()) walk->scales = all.scales;
        if (walk->languages.empty()) walk->languages = all.languages;
        if (w == 0) {
            w = walk->shapes.front().w;
            h = walk->shapes.front().h;
        }
        options.walk = walk;
    }
    options.window_w = w;
    options.window_h = h;
    options.test_hooks = ww::app::test_hooks_from_environment();
    options.test_hooks.screenshot_path = screenshot;
    // The catalogue USB updates install has two slots: a new one is on trial and rolls back.
    options.catalogue_has_slots = options.catalogue_path == synced;
    options.slot_policy.attempts = options.config.sync.trial_attempts;
    options.slot_policy.trial_seconds = options.config.sync.trial_seconds;
    options.open_timeout_s = options.config.sync.open_timeout_s;
    options.started = started;

    const ww::KioskConfig config = options.config;
    const bool web_check_at_start = options.test_hooks.web_check_at_start;
    ww::app::KioskApp app(std::move(options));
    // Without usable keys the kiosk runs without USB sync (logged by create).
    auto usb = ww::app::UsbSync::create(app, config, synced, web_check_at_start);
    if (usb) {
        app.on_loop_turn = [&usb](const ww::app::LoopTurn& turn) { return usb->turn(turn); };
        // A stick found at start is imported before the catalogue opens: it wins over a broken one.
        app.may_open_catalogue = [&usb] { return !usb->importing(); };
        app.on_slots_changed = [&usb] { usb->show_history(); };
    }
    return app.run();
}
