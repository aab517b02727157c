#include "app/kiosk_app.h"

#include <imgui.h>
#include <malloc.h>  // malloc_trim
#include <time.h>

#include <algorithm>
#include <cmath>

#include "adapters/speech.h"
#include "adapters/staff_pin.h"
#include "adapters/watchdog.h"
#include "app/health_reporter.h"
#include "app/kiosk_log.h"
#include "app/list_printer.h"
#include "app/loop_wait.h"
#include "app/screen_data_builder.h"
#include "app/typography.h"
#include "core/calendar.h"
#include "core/drenthe_places.h"
#include "core/start_counter.h"
#include "core/sync/history.h"
#include "core/sync/slot_store.h"
#include "core/taxonomy.h"
#include "platform/gesture.h"
#include "platform/window.h"
#include "ui/glyphs.h"
#include "ui/idle.h"
#include "ui/strings.h"
#include "ui/views.h"

#ifndef WEGWIJZER_BUILD_DIR
#define WEGWIJZER_BUILD_DIR ""
#endif
#ifndef WEGWIJZER_DATA_DIR
#define WEGWIJZER_DATA_DIR "/usr/share/wegwijzer"
#endif

namespace ww::app {

std::filesystem::path default_catalogue_path() {
    const std::filesystem::path candidates[] = {
        std::filesystem::path(WEGWIJZER_BUILD_DIR) / "demo-catalogue.sqlite",
        std::filesystem::path(WEGWIJZER_DATA_DIR) / "demo-catalogue.sqlite",
    };
    for (const auto& c : candidates)
        if (!c.empty() && std::filesystem::exists(c)) return c;
    return candidates[1];
}

namespace {
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

constexpr int kFramesAfterInput = 3;  // a few frames after each event, then wait

// The parts of the kiosk, each with one purpose.

// What the screen shows: where the resident is in the flow, what is drawn, the scroll positions,
// the idle question.
struct ViewState {
    ui::NavState nav;
    ui::ScreenData data;
    ui::ScrollMemory scrolls;
    ui::UiMap last_map;        // what the last frame showed
    bool question_up = false;  // "Bent u er nog?"
    bool speak_next_frame = false;
    Language default_language = Language::Dutch;  // [kiosk] languages: the first one
    std::string band_logged;                      // the status band the log last said was shown
};

// The devices the kiosk drives.
struct Devices {
    std::unique_ptr<platform::KioskWindow> window;
    std::unique_ptr<Speaker> speaker;  // null: reading aloud is off
    std::unique_ptr<ListPrinter> printer;
    int print_phase = 0;  // the print phase the health metrics last heard of
    // Declared after the printer: destroyed (its thread joined) before the printer it asks.
    std::unique_ptr<HealthReporter> health;
};

// Pointer events turned into taps, scrolls and the staff gesture, and the idle clock they reset.
struct Touch {
    platform::GestureRecognizer gesture{10};
    platform::TapFilter tap_filter{0.5};
    platform::CornerGesture corner{64};
    ui::IdleTimer idle;
    explicit Touch(const KioskConfig& cfg)
        : idle(ui::IdleSettings{double(cfg.idle.warning_after_s), double(cfg.idle.reset_after_s)}) {}
};

// What other threads hand to the loop (KioskApp::post_*).
struct Mailbox {
    std::mutex mutex;
    std::optional<std::pair<std::string, std::optional<float>>> status;
    std::optional<std::filesystem::path> catalogue;
    std::optional<std::vector<std::string>> history;
};

// What main() wires in (KioskApp's public hooks).
struct Wiring {
    std::function<double(const LoopTurn&)> on_loop_turn;
    std::function<bool()> may_open_catalogue;
    std::function<void()> on_slots_changed;
    double loop_turn_wait = kLongestWait;  // what on_loop_turn asked for last time
};

// One turn's input: at most one finished gesture.
struct TurnInput {
    ui::PointerFrame frame;
    bool released = false;  // a finger was lifted
};
}  // namespace

struct KioskApp::Impl {
    AppOptions opt;
    KioskConfig& cfg;
    Devices devices;
    std::unique_ptr<Catalogue> catalogue;
    std::unique_ptr<CatalogueLoader> loader;
    ScreenDataBuilder builder;
    ViewState view;
    Typography type;
    Touch touch;
    Mailbox mailbox;
    Wiring wiring;
    TestHooks tests;
    PinGate pin_gate;
    int frames_pending = kFramesAfterInput;
    long frame_count = 0;
    bool quit = false;
    std::filesystem::path shot_path;  // the walk: save the next frame as this PNG

    explicit Impl(AppOptions o)
        : opt(std::move(o)),
          cfg(opt.config),
          builder(opt.config),
          touch(opt.config),
          tests(opt.test_hooks, opt.started) {}

    // ---- The loop --------------------------------------------------------------------------
    // Each turn: sleep as long as nothing needs the loop (next wait), the sync poll (the USB/web
    // sync's turn and what other threads posted), a catalogue opened on its own thread or a trial
    // passed, the input pump (one finished gesture), the staff gesture, the idle question, the
    // print poll, the health metrics, and a frame when something changed.
    int run() {
        if (!open_window()) return 1;
        start_devices();
        show_settings();
        start_catalogue();
        if (opt.walk) {
            Walk walk(*this);
            return run_layout_walk(walk, *opt.walk);
        }
        touch.idle.touched(devices.window->now());
        while (!quit) {
            devices.window->wait(next_wait(waits()));
            notify_watchdog();
            const double now = devices.window->now();
            poll_sync(now);
            poll_catalogue(now);
            TurnInput input = pump_input(now);
            watch_staff_gesture(now);
            watch_idle(now);
            poll_printer();
            report_screen();
            frame(input);
        }
        notify_stopping();
        return 0;
    }

    // What each part needs, for the pure decision of how long to sleep (app/loop_wait.h).
    LoopWaits waits() const {
        const double now = devices.window->now();
        LoopWaits w;
        w.frames_pending = frames_pending > 0;
        w.idle_change =
            touch.idle.seconds_to_next_change(now, ui::is_fresh(view.nav, view.default_language) && !view.question_up);
        w.idle_countdown = view.question_up;
        w.corner_check = touch.corner.next_check(now);
        w.watchdog_interval_s = double(watchdog_interval().count()) / 1000.0;
        if (wiring.on_loop_turn) w.sync_turn = wiring.loop_turn_wait;
        w.catalogue_check = loader->seconds_to_next_check(now);
        return w;
    }

    void poll_sync(double now) {
        if (wiring.on_loop_turn)
            wiring.loop_turn_wait = wiring.on_loop_turn(LoopTurn{
                now,
                (view.nav.screen == ui::Screen::Home && !view.question_up) || view.nav.screen == ui::Screen::OutOfOrder,
                view.nav.language});
        take_posted();
    }

    TurnInput pump_input(double now) {
        TurnInput input;
        input.frame.now = now;
        while (devices.window->has_events()) {
            const platform::PointerEvent e = devices.window->pop_event();
            platform::GestureOutput out;
            switch (e.kind) {
                case platform::PointerEvent::Kind::Press:
                    out = touch.gesture.press({e.x, e.y}, e.time);
                    touch.idle.touched(now);
                    break;
                case platform::PointerEvent::Kind::Move: out = touch.gesture.move({e.x, e.y}, e.time); break;
                case platform::PointerEvent::Kind::Release:
                    out = touch.gesture.release({e.x, e.y}, e.time);
                    touch.idle.touched(now);
                    input.released = true;
                    break;
                case platform::PointerEvent::Kind::Wheel:
                    input.frame.scroll_dy += e.y * type.metrics().line * 2;
                    input.frame.swipe_origin = {e.x, touch.gesture.position().y};
                    break;
            }
            if (out.scroll_dx != 0 || out.scroll_dy != 0) {
                input.frame.scroll_dy += out.scroll_dy;
                input.frame.swipe_origin = {touch.gesture.origin().x, touch.gesture.origin().y};
            }
            input.frame.swiping = input.frame.swiping || out.swiping;
            if (out.tap) input.frame.tap = ImVec2(out.tap->x, out.tap->y);
            frames_pending = kFramesAfterInput;
            if (input.released) break;  // one finished gesture per frame; the rest waits for the next
        }
        return input;
    }

    // The hidden staff gesture (only when a PIN is configured).
    void watch_staff_gesture(double now) {
        if (touch.corner.update(touch.gesture.down(), touch.gesture.position(), float(devices.window->width()),
                                float(devices.window->height()), now) &&
            view.data.staff_enabled) {
            log_line("staff: gesture recognised");
            handle({ui::ActionKind::OpenStaffPin, {}});
            frames_pending = kFramesAfterInput;
        }
    }

    // Idle: ask, then forget.
    void watch_idle(double now) {
        const bool fresh = ui::is_fresh(view.nav, view.default_language);
        const ui::IdlePhase phase = touch.idle.phase(now, fresh && !view.question_up);
        if (phase == ui::IdlePhase::Reset) {
            reset_session();
            frames_pending = kFramesAfterInput;
        } else if (phase == ui::IdlePhase::Warning && !view.question_up && !touch.gesture.down()) {
            view.question_up = true;
            log_line("idle: asking whether someone is still there");
            say(std::string(ui::tr("idle.question", view.nav.language)) + "\n" +
                std::string(ui::tr("idle.explain", view.nav.language)) + "\n" +
                std::string(ui::tr("idle.yes", view.nav.language)));
            frames_pending = kFramesAfterInput;
        }
        // The idle question's countdown, redrawn when the number of seconds changes.
        const int seconds_left = view.question_up ? int(std::ceil(touch.idle.seconds_to_next_change(now, false))) : -1;
        if (seconds_left != view.data.idle_seconds_left) {
            view.data.idle_seconds_left = seconds_left;
            frames_pending = std::max(frames_pending, 1);
        }
    }

    void poll_printer() {
        const ListPrintState st = devices.printer->state(view.nav.language);
        if (st.phase != devices.print_phase) {  // a print started, ended or met a printer problem
            devices.print_phase = st.phase;
            if (devices.health) devices.health->poke();
        }
        if (st.message != view.data.print_message) {
            view.data.print_message = st.message;
            frames_pending = kFramesAfterInput;
        }
        // No printer, or it failed: offer the list as a QR code instead.
        if (st.offer_qr && view.nav.screen == ui::Screen::MyList && !view.nav.show_list_qr && !view.nav.list.empty()) {
            view.nav.show_list_qr = true;
            frames_pending = kFramesAfterInput;
        }
    }

    // The health metrics hear whether the kiosk is in use.
    void report_screen() {
        if (devices.health)
            devices.health->set_screen(view.nav.screen == ui::Screen::OutOfOrder ? health::ScreenState::OutOfOrder
                                       : ui::is_fresh(view.nav, view.default_language) && !view.question_up
                                           ? health::ScreenState::Idle
                                           : health::ScreenState::InUse);
    }

    void frame(TurnInput& input) {
        if (frames_pending <= 0) return;
        const bool question_was_up = view.question_up;
        draw(input.frame);
        --frames_pending;
        // Any finished touch while the question was up means someone is there.
        if (input.released && question_was_up) {
            view.question_up = false;
            frames_pending = kFramesAfterInput;
        }
    }

    // ---- Start-up --------------------------------------------------------------------------
    bool open_window() {
        auto win = platform::KioskWindow::create({opt.window_w, opt.window_h, "Wegwijzer"});
        if (!win) {
            log_line("cannot open the kiosk window: " + win.error());
            return false;
        }
        devices.window = std::move(win.value());
        if (double r = ui::font_cap_ratio(platform::kRegularFont); r > 0.2 && r < 1) type.set_cap_ratio(r);
        return true;
    }

    void start_devices() {
        if (cfg.speech.enabled) {
            SpeechSettings settings;
            settings.volume = cfg.speech.volume;
            settings.rate_wpm = cfg.speech.rate_wpm;
            settings.device = cfg.speech.device;
            auto sp = Speaker::create(settings);
            if (sp) devices.speaker = std::move(sp.value());
            else log_line("speech off: " + sp.error());
        }
        view.data.speech_available = devices.speaker != nullptr;
        devices.printer = make_list_printer(cfg, [] { platform::KioskWindow::wake(); });
        view.data.print_available = devices.printer->available();
        start_health();
    }

    // What the configuration says the screens show.
    void show_settings() {
        // [kiosk] languages: the first is where every visit starts; the switch only with both.
        const auto has = [&](const char* code) {
            return std::find(cfg.languages.begin(), cfg.languages.end(), code) != cfg.languages.end();
        };
        view.default_language =
            !cfg.languages.empty() && cfg.languages.front() == "en" ? Language::English : Language::Dutch;
        view.data.language_switch = has("nl") && has("en");
        view.nav.language = view.default_language;
        view.data.kiosk_name = cfg.name;
        view.data.home_municipality = cfg.municipality;
        view.data.helpline_name = {cfg.helpline.name, cfg.helpline.name_en};
        view.data.helpline_phone = cfg.helpline.phone;
        view.data.staff_enabled = !cfg.staff.pin_hash.empty();
        view.data.config_notice = opt.config_notice;
        for (auto m : drenthe_municipalities()) view.data.municipalities.emplace_back(m);
        view.data.version_reset_available = opt.catalogue_has_slots;
    }

    // Opened once the loop runs (poll_catalogue), on another thread: a catalogue that hangs or
    // crashes at open cannot keep the window, the loop and the USB watcher from running.
    void start_catalogue() {
        CatalogueLoader::Settings loading;
        loading.use_slots = opt.catalogue_has_slots;
        loading.policy = opt.slot_policy;
        loading.open_timeout_s = opt.open_timeout_s;
        loading.fault = opt.test_hooks.fault;
        loading.wake = [] { platform::KioskWindow::wake(); };
        loader = std::make_unique<CatalogueLoader>(std::move(loading));
        loader->request(opt.catalogue_path);
    }

    // ---- The catalogue ---------------------------------------------------------------------
    // A finished load from the CatalogueLoader: use it, or keep the catalogue that works.
    void use_catalogue(CatalogueLoad load) {
        for (const auto& event : load.events) log_line("catalogue: " + event);
        if (!load.events.empty() && wiring.on_slots_changed) wiring.on_slots_changed();
        if (!load.events.empty() && devices.health) devices.health->poke();
        show_slots();
        if (!load.catalogue) {
            log_line("catalogue " + load.path.string() + " cannot be used: " + load.error);
            if (!catalogue) {
                view.data.catalogue_ok = false;
                view.data.catalogue_error = load.error;
                view.nav = ui::NavState{};
                view.nav.language = view.default_language;
                view.nav.screen = ui::Screen::OutOfOrder;
            }
            return;
        }
        catalogue = std::move(load.catalogue);
        if (devices.health) devices.health->set_catalogue(catalogue->info());
        // Loading a large catalogue's index leaves freed temporaries (and now the old catalogue)
        // in the heap; give those pages back rather than keep them resident for days.
        malloc_trim(0);
        view.data.catalogue_ok = true;
        view.data.catalogue_error.clear();
        view.data.info = catalogue->info();
        view.data.service_count = -1;  // counted when staff mode opens: counting 100,000 services costs start-up time
        const std::string today = local_date(std::chrono::system_clock::now());
        view.data.expired = !view.data.info.expires.empty() && view.data.info.expires < today;
        builder.invalidate();
        if (view.nav.screen == ui::Screen::OutOfOrder) view.nav.screen = ui::Screen::Home;
        log_line("catalogue " + load.path.string() + " version " + std::to_string(view.data.info.version) +
                 (view.data.info.demo ? " (demo data)" : "") + (view.data.expired ? " (expired)" : ""));
    }

    // The staff screen's lines about the two slots.
    void show_slots() {
        view.data.slot_status.clear();
        if (!loader || !loader->slots()) return;
        const sync::SlotState& s = *loader->slots();
        view.data.slot_status.push_back(sync::describe_slots(s));
        if (!s.last_rollback.empty())
            view.data.slot_status.push_back(
                "Last rollback (" +
                format_time(std::chrono::system_clock::time_point(std::chrono::seconds(s.last_rollback_at)),
                            "%Y-%m-%d %H:%M UTC", true) +
                "): " + s.last_rollback);
        if (!s.refused_versions.empty()) {
            std::string list;
            for (auto v : s.refused_versions) list += (list.empty() ? "" : ", ") + std::to_string(v);
            view.data.slot_status.push_back("Refused versions: " + list);
        }
    }

    // Staff screen: forget the newest version seen, so that any genuine package goes in again.
    void reset_version() {
        if (!opt.catalogue_has_slots) return;
        auto history = sync::SyncHistory::open(opt.catalogue_path);
        auto cleared = history ? history->clear_version_floor("staff screen") : Status(fail(history.error()));
        if (!cleared) {
            log_line("staff: version reset failed: " + cleared.error());
            view.data.staff_message = std::string(ui::tr("staff.reset_failed", view.nav.language));
        } else {
            log_line("staff: newest version seen cleared; the next genuine package of any version will be accepted");
            view.data.staff_message = std::string(ui::tr("staff.reset_done", view.nav.language));
        }
        if (wiring.on_slots_changed) wiring.on_slots_changed();
        if (devices.health) devices.health->poke();
    }

    void poll_catalogue(double now) {
        if (!loader) return;
        if (loader->loading() && wiring.may_open_catalogue && !wiring.may_open_catalogue()) return;
        if (auto load = loader->poll(now)) {
            use_catalogue(std::move(*load));
            frames_pending = kFramesAfterInput;
        }
        if (auto passed = loader->tick_healthy(now)) {
            log_line("catalogue: " + *passed);
            if (devices.health) devices.health->poke();
            show_slots();
            if (wiring.on_slots_changed) wiring.on_slots_changed();
            frames_pending = kFramesAfterInput;
        }
    }

    void reset_session() {
        if (devices.speaker) devices.speaker->stop();
        view.nav = apply(view.nav, {ui::ActionKind::ResetSession, {}}, flow());
        view.nav.language = view.default_language;
        if (!catalogue) view.nav.screen = ui::Screen::OutOfOrder;
        view.scrolls.clear();
        builder.invalidate();
        view.data.results = {};
        view.data.detail.reset();
        view.data.list_items.clear();
        view.data.list_qr.reset();
        view.data.pin_message.clear();
        view.question_up = false;
        devices.printer->clear();
        view.data.print_message.clear();
        log_line("idle: session reset");
    }

    // ---- The flow and the fonts ------------------------------------------------------------
    ui::FlowContext flow() const { return {cfg.municipality, 20, view.data.print_available}; }

    // Fonts and metrics follow the window size and the text size (app/typography.h).
    bool ensure_fonts() {
        const Typography::Change change =
            type.follow(*devices.window, view.nav.text_scale, cfg.screen.diagonal_inch, view.data.bar_buttons());
        if (change == Typography::Change::Failed) return false;
        if (change == Typography::Change::Reloaded) {
            touch.gesture.set_slop(std::max(4.0f, type.metrics().px_per_mm * 3.0f));  // 3 mm of wobble is still a tap
            touch.corner.set_corner(type.metrics().target);
            view.scrolls.clear();
        }
        return true;
    }

    // ---- Actions ---------------------------------------------------------------------------
    void say(const std::string& text) {
        if (devices.speaker && !text.empty()) devices.speaker->say(text, view.nav.language);
    }

    static std::string spoken_text(const ui::UiMap& map) {
        std::string out;
        for (const auto& t : map.texts) out += t + "\n";
        for (const auto& item : map.items) {
            if (item.id.rfind("bar.", 0) == 0 || item.id.rfind("key.", 0) == 0 || item.id == "list.qr") continue;
            out += item.label + "\n";
        }
        return out;
    }

    void handle(const ui::Action& a) {
        using K = ui::ActionKind;
        const ui::NavState before = view.nav;
        switch (a.kind) {
            case K::StillHere: view.question_up = false; return;
            case K::SpeakScreen: view.speak_next_frame = true; return;
            case K::PinSubmit: {
                const PinVerdict v =
                    try_pin(pin_gate, view.nav.pin_entry, cfg.staff.pin_hash, std::chrono::steady_clock::now());
                if (v == PinVerdict::Accepted) {
                    view.data.pin_message.clear();
                    view.nav = apply(view.nav, {K::PinAccepted, {}}, flow());
                    view.data.log_tail = log_tail(40);
                    if (catalogue && view.data.service_count < 0)
                        view.data.service_count = catalogue->counts().services;
                    log_line("staff: mode opened");
                } else {
                    view.data.pin_message =
                        std::string(v == PinVerdict::LockedOut ? ui::tr("staff.locked", view.nav.language)
                                                               : ui::tr("staff.pin_wrong", view.nav.language));
                    view.nav = apply(view.nav, {K::PinRejected, {}}, flow());
                    log_line(v == PinVerdict::LockedOut ? "staff: PIN locked out" : "staff: wrong PIN");
                }
                return;
            }
            case K::ResetVersion:
                if (view.nav.screen == ui::Screen::Staff) reset_version();
                return;
            case K::QuitKiosk:
                if (view.nav.screen == ui::Screen::Staff) {
                    log_line("staff: kiosk quit");
                    quit = true;
                }
                return;
            case K::PrintList:
                print_chosen_list();  // at once, with one plain title; no printer: the QR code
                return;
            default: break;
        }
        view.nav = apply(view.nav, a, flow());
        if (view.nav.screen != before.screen) {
            view.scrolls.clear();
            if (view.nav.read_aloud) view.speak_next_frame = true;
            if (view.nav.screen != ui::Screen::StaffPin) view.data.pin_message.clear();
        } else if (view.nav.query != before.query || view.nav.category != before.category ||
                   view.nav.municipality != before.municipality || view.nav.open_now != before.open_now ||
                   view.nav.free_only != before.free_only) {
            view.scrolls.lists.erase("results");
        }
        if ((a.kind == K::ToggleReadAloud && view.nav.read_aloud) ||
            (a.kind == K::ToggleLanguage && view.nav.read_aloud))
            view.speak_next_frame = true;
        if (a.kind == K::ToggleReadAloud && !view.nav.read_aloud && devices.speaker) devices.speaker->stop();
        if (view.nav.audience != before.audience) view.scrolls.lists.erase("results");
    }

    // ---- The frame -------------------------------------------------------------------------
    void draw(ui::PointerFrame& input) {
        if (!ensure_fonts()) return;
        builder.update(view.data, view.nav, catalogue.get(), week_time_at(std::chrono::system_clock::now()));
        const double cpu0 = thread_cpu_seconds();
        devices.window->begin_frame();
        ui::UiMap map;
        std::vector<ui::Action> actions;
        ui::Canvas canvas(
            ImGui::GetBackgroundDrawList(), type.fonts(), type.metrics(), input,
            [this, &input](const std::string& id) { return touch.tap_filter.accept(id, input.now); }, map, view.scrolls,
            actions);
        ui::draw_frame(canvas, view.nav, view.data, view.question_up);
        devices.window->finish_build();
        const double cpu1 = thread_cpu_seconds();
        // The walk renders (in software) only the frames it saves, and never shows them.
        const bool render = !opt.walk || !shot_path.empty();
        if (render) devices.window->end_frame();
        ++frame_count;
        if (tests.frame_rendered({frame_count, cpu1 - cpu0, &map},
                                 [this](const std::filesystem::path& path) { return devices.window->save_png(path); }))
            quit = true;
        if (!shot_path.empty()) {
            auto saved = devices.window->save_png(shot_path, true);
            if (!saved) log_line(saved.error());
            shot_path.clear();
        }
        if (!opt.walk) devices.window->present();
        if (frame_count == 1) notify_ready();

        if (view.speak_next_frame) {
            view.speak_next_frame = false;
            say(spoken_text(map));
        }
        log_band_shown(map);
        tests.frame_shown(map);
        view.last_map = std::move(map);
        for (const auto& a : actions) handle(a);
        if (!actions.empty()) frames_pending = kFramesAfterInput;
    }

    // "Printen": to the printer at once, with one plain title (no extra question for the resident),
    // or the QR code.
    void print_chosen_list() {
        if (devices.printer->available() && catalogue && !view.nav.list.empty()) {
            if (devices.printer->start(catalogue->path(), view.nav.list, cfg, view.nav.language)) {
                log_line("print: list sent to the printer");
                return;
            }
            if (devices.printer->state(view.nav.language).busy) return;  // the message on screen says it is busy
        }
        show_list_qr_instead();
    }

    void show_list_qr_instead() {
        view.nav = apply(view.nav, {ui::ActionKind::ShowListQr, {}}, flow());
        if (!view.nav.show_list_qr && !view.nav.list.empty()) view.nav.show_list_qr = true;
    }

    // The log says which status band a frame really showed ("De catalogus wordt bijgewerkt…" is
    // on screen for well under a second with a small catalogue): staff and tests can read it back.
    void log_band_shown(const ui::UiMap& map) {
        const std::string& band = view.data.status_banner;
        if (band == view.band_logged) return;
        if (!band.empty() && std::find(map.texts.begin(), map.texts.end(), band) == map.texts.end()) return;
        if (!band.empty()) log_line("status band shown: " + band);
        view.band_logged = band;
    }

    // [health] metrics_file: the health metrics for municipal IT (app/health_reporter.h). Not for
    // the layout walk or a screenshot, which are no kiosk runs.
    void start_health() {
        if (cfg.health.metrics_file.empty() || opt.walk || !opt.test_hooks.screenshot_path.empty()) return;
        HealthSources src;
        src.metrics_file = cfg.health.metrics_file;
        src.catalogue = opt.catalogue_path;
        src.started = opt.started;
        const auto up =
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - opt.started);
        src.start_time_s =
            std::chrono::duration_cast<std::chrono::seconds>((std::chrono::system_clock::now() - up).time_since_epoch())
                .count();
        if (auto starts = health::count_start(cfg.sync.state_dir))
            src.restarts = std::max<std::int64_t>(0, *starts - 1);
        else log_line("health: " + starts.error() + "; restarts are not counted");
        src.log = [](const std::string& line) { log_line(line); };
        devices.printer->report_to(src);
        devices.health = std::make_unique<HealthReporter>(std::move(src));
        log_line("health: metrics go to " + cfg.health.metrics_file.string());
    }

    void take_posted() {
        std::lock_guard lock(mailbox.mutex);
        if (mailbox.status) {
            view.data.status_banner = mailbox.status->first;
            view.data.status_progress = mailbox.status->second;
            mailbox.status.reset();
            frames_pending = kFramesAfterInput;
        }
        if (mailbox.history) {
            view.data.import_history = std::move(*mailbox.history);
            mailbox.history.reset();
            if (devices.health) devices.health->poke();  // an import was recorded
            frames_pending = kFramesAfterInput;
        }
        if (mailbox.catalogue) {
            loader->request(*mailbox.catalogue);
            mailbox.catalogue.reset();
            frames_pending = kFramesAfterInput;
        }
    }

    // ---- The layout walk's view of the kiosk (app/layout_walk.h) ----------------------------
    // All the walk may touch: it draws frames, acts, and reads the screen's state.
    struct Walk final : WalkScreen {
        Impl& app;
        explicit Walk(Impl& a) : app(a) {}
        bool wait_for_catalogue() override {
            for (int i = 0; i < 6000 && !app.catalogue && app.view.nav.screen != ui::Screen::OutOfOrder; ++i) {
                app.devices.window->wait(0.01);
                app.poll_catalogue(app.devices.window->now());
            }
            return app.catalogue != nullptr;
        }
        bool resize(const WalkShape& shape) override {
            if (!app.devices.window->resize(shape.w, shape.h)) return false;
            app.cfg.screen.diagonal_inch = shape.diagonal_inch;
            return true;
        }
        void start_visit(int text_scale, Language language) override {
            app.reset_session();
            app.view.nav.text_scale = text_scale;
            app.view.nav.language = language;
        }
        void draw(const WalkFrame& frame) override {
            ui::PointerFrame input;
            input.now = frame.now;
            if (frame.tap) input.tap = ImVec2(frame.tap->first, frame.tap->second);
            app.shot_path = frame.png;
            app.draw(input);
        }
        void act(const ui::Action& action) override { app.handle(action); }
        void set_print_message(const std::string& message) override { app.view.data.print_message = message; }
        void set_idle_question(bool up) override {
            app.view.question_up = up;
            app.view.data.idle_seconds_left = up ? 20 : -1;
        }
        const ui::UiMap& map() const override { return app.view.last_map; }
        const ui::NavState& nav() const override { return app.view.nav; }
        const ui::ScreenData& data() const override { return app.view.data; }
    };
};

KioskApp::KioskApp(AppOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
KioskApp::~KioskApp() = default;

int KioskApp::run() {
    impl_->wiring.on_loop_turn = on_loop_turn;
    impl_->wiring.may_open_catalogue = may_open_catalogue;
    impl_->wiring.on_slots_changed = on_slots_changed;
    return impl_->run();
}

void KioskApp::post_status(std::string text, std::optional<float> progress) {
    {
        std::lock_guard lock(impl_->mailbox.mutex);
        impl_->mailbox.status = std::make_pair(std::move(text), progress);
    }
    platform::KioskWindow::wake();
}

void KioskApp::post_import_history(std::vector<std::string> lines) {
    {
        std::lock_guard lock(impl_->mailbox.mutex);
        impl_->mailbox.history = std::move(lines);
    }
    platform::KioskWindow::wake();
}

void KioskApp::post_catalogue(std::filesystem::path path) {
    {
        std::lock_guard lock(impl_->mailbox.mutex);
        impl_->mailbox.catalogue = std::move(path);
    }
    platform::KioskWindow::wake();
}

}  // namespace ww::app
