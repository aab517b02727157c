#include "app/kiosk_app.h"

#include <imgui.h>
#include <malloc.h>  // malloc_trim
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "adapters/speech.h"
#include "adapters/staff_pin.h"
#include "adapters/watchdog.h"
#include "app/health_reporter.h"
#include "app/kiosk_fonts.h"
#include "app/kiosk_log.h"
#include "app/screen_data_builder.h"
#include "core/calendar.h"
#include "core/start_counter.h"
#include "core/sync/history.h"
#include "core/sync/slot_store.h"
#include "core/taxonomy.h"
#include "platform/gesture.h"
#include "platform/window.h"
#include "ui/glyphs.h"
#include "ui/idle.h"
#include "ui/layout_check.h"
#include "ui/strings.h"
#include "ui/views.h"

#ifdef WEGWIJZER_HAVE_PRINT
#include "core/print/print_service.h"
#include "core/print/printer_health.h"
#endif

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
}  // namespace

struct KioskApp::Impl {
    AppOptions opt;
    KioskConfig& cfg;
    std::unique_ptr<platform::KioskWindow> window;
    std::unique_ptr<Catalogue> catalogue;
    std::unique_ptr<Speaker> speaker;
#ifdef WEGWIJZER_HAVE_PRINT
    std::unique_ptr<print::PrintService> printer;
    print::PrintPhase health_print_phase = print::PrintPhase::Idle;  // the phase the health metrics last heard of
#endif
    // Declared after the printer: destroyed (its thread joined) before the printer it asks.
    std::unique_ptr<HealthReporter> health;
    ui::Fonts fonts;
    ui::Metrics metrics;
    int fonts_scale = 0;
    int fonts_w = 0, fonts_h = 0;
    double layout_diagonal = 0;  // the diagonal laid out for: configured, or larger (fit_diagonal); 0: not fitted yet
    double cap_ratio = 0.524;

    ui::NavState nav;
    ui::ScreenData data;
    ScreenDataBuilder builder;
    ui::ScrollMemory scrolls;
    ui::UiMap last_map;
    bool map_written = false;
    platform::GestureRecognizer gesture{10};
    platform::TapFilter tap_filter{0.5};
    platform::CornerGesture corner{64};
    ui::IdleTimer idle;
    bool question_up = false;
    Language default_language = Language::Dutch;  // [kiosk] languages: the first one
    PinGate pin_gate;
    bool speak_next_frame = false;
    bool quit = false;
    int frames_pending = kFramesAfterInput;
    long frame_count = 0;
    std::ofstream frame_log;

    std::mutex posted_mutex;
    std::optional<std::pair<std::string, std::optional<float>>> posted_status;
    std::optional<std::filesystem::path> posted_catalogue;
    std::optional<std::vector<std::string>> posted_history;

    explicit Impl(AppOptions o)
        : opt(std::move(o)),
          cfg(opt.config),
          builder(opt.config),
          idle(ui::IdleSettings{double(opt.config.idle.warning_after_s), double(opt.config.idle.reset_after_s)}) {}

    std::unique_ptr<CatalogueLoader> loader;

    // A finished load from the CatalogueLoader: use it, or keep the catalogue that works.
    void use_catalogue(CatalogueLoad load) {
        for (const auto& event : load.events) log_line("catalogue: " + event);
        if (!load.events.empty() && on_slots_changed) on_slots_changed();
        if (!load.events.empty() && health) health->poke();
        show_slots();
        if (!load.catalogue) {
            log_line("catalogue " + load.path.string() + " cannot be used: " + load.error);
            if (!catalogue) {
                data.catalogue_ok = false;
                data.catalogue_error = load.error;
                nav = ui::NavState{};
                nav.language = default_language;
                nav.screen = ui::Screen::OutOfOrder;
            }
            return;
        }
        catalogue = std::move(load.catalogue);
        if (health) health->set_catalogue(catalogue->info());
        // Loading a large catalogue's index leaves freed temporaries (and now the old catalogue)
        // in the heap; give those pages back rather than keep them resident for days.
        malloc_trim(0);
        data.catalogue_ok = true;
        data.catalogue_error.clear();
        data.info = catalogue->info();
        data.service_count = -1;  // counted when staff mode opens: counting 100,000 services costs start-up time
        const std::string today = local_date(std::chrono::system_clock::now());
        data.expired = !data.info.expires.empty() && data.info.expires < today;
        builder.invalidate();
        if (nav.screen == ui::Screen::OutOfOrder) nav.screen = ui::Screen::Home;
        log_line("catalogue " + load.path.string() + " version " + std::to_string(data.info.version) +
                 (data.info.demo ? " (demo data)" : "") + (data.expired ? " (expired)" : ""));
    }

    // The staff screen's lines about the two slots.
    void show_slots() {
        data.slot_status.clear();
        if (!loader || !loader->slots()) return;
        const sync::SlotState& s = *loader->slots();
        data.slot_status.push_back(sync::describe_slots(s));
        if (!s.last_rollback.empty())
            data.slot_status.push_back(
                "Last rollback (" +
                format_time(std::chrono::system_clock::time_point(std::chrono::seconds(s.last_rollback_at)),
                            "%Y-%m-%d %H:%M UTC", true) +
                "): " + s.last_rollback);
        if (!s.refused_versions.empty()) {
            std::string list;
            for (auto v : s.refused_versions) list += (list.empty() ? "" : ", ") + std::to_string(v);
            data.slot_status.push_back("Refused versions: " + list);
        }
    }

    // Staff screen: forget the newest version seen, so that any genuine package goes in again.
    void reset_version() {
        if (!opt.catalogue_has_slots) return;
        auto history = sync::SyncHistory::open(opt.catalogue_path);
        auto cleared = history ? history->clear_version_floor("staff screen") : Status(fail(history.error()));
        if (!cleared) {
            log_line("staff: version reset failed: " + cleared.error());
            data.staff_message = std::string(ui::tr("staff.reset_failed", nav.language));
        } else {
            log_line("staff: newest version seen cleared; the next genuine package of any version will be accepted");
            data.staff_message = std::string(ui::tr("staff.reset_done", nav.language));
        }
        if (on_slots_changed) on_slots_changed();
        if (health) health->poke();
    }

    void poll_loader(double now) {
        if (!loader) return;
        if (loader->loading() && may_open_catalogue && !may_open_catalogue()) return;
        if (auto load = loader->poll(now)) {
            use_catalogue(std::move(*load));
            frames_pending = kFramesAfterInput;
        }
        if (auto passed = loader->tick_healthy(now)) {
            log_line("catalogue: " + *passed);
            if (health) health->poke();
            show_slots();
            if (on_slots_changed) on_slots_changed();
            frames_pending = kFramesAfterInput;
        }
    }

    void reset_session() {
        if (speaker) speaker->stop();
        nav = apply(nav, {ui::ActionKind::ResetSession, {}}, flow());
        nav.language = default_language;
        if (!catalogue) nav.screen = ui::Screen::OutOfOrder;
        scrolls.clear();
        builder.invalidate();
        data.results = {};
        data.detail.reset();
        data.list_items.clear();
        data.list_qr.reset();
        data.pin_message.clear();
        question_up = false;
#ifdef WEGWIJZER_HAVE_PRINT
        if (printer) printer->clear();
#endif
        data.print_message.clear();
        log_line("idle: session reset");
    }

    ui::FlowContext flow() const { return {cfg.municipality, 20, data.print_available}; }

    // Fonts and metrics follow the window size and the text size.
    bool ensure_fonts() {
        const int w = window->width(), h = window->height();
        if (fonts.body && fonts_scale == nav.text_scale && fonts_w == w && fonts_h == h) return true;
        if (!fonts.body || fonts_w != w || fonts_h != h) layout_diagonal = 0;  // fit the diagonal again
        for (int attempt = 0; attempt < 2; ++attempt) {
            const double diagonal = layout_diagonal > 0 ? layout_diagonal : cfg.screen.diagonal_inch;
            metrics = ui::compute_metrics({w, h, diagonal}, nav.text_scale, cap_ratio);
            auto loaded = load_kiosk_fonts(*window, metrics);
            if (!loaded) {
                log_line(loaded.error());
                return false;
            }
            fonts = loaded.value();
            if (layout_diagonal > 0) break;
            // Measured with the fonts just loaded (text widths scale with the size asked for).
            const ui::DiagonalFit fit = ui::fit_diagonal({w, h, cfg.screen.diagonal_inch}, [&](double d) {
                ui::Metrics m = ui::compute_metrics({w, h, d}, 100, cap_ratio);
                fit_bar(m);
                return m.bar.h;
            });
            layout_diagonal = fit.diagonal_inch;
            if (!fit.clamped) break;
            char line[256];
            std::snprintf(line, sizeof line,
                          "screen: [screen] diagonal_inch = %g at %dx%d would let the bar take %d %% of the screen; "
                          "laid out as %g inch instead (is the diagonal right?)",
                          cfg.screen.diagonal_inch, w, h, int(std::lround(fit.bar_share * 100)), fit.diagonal_inch);
            log_line(line);
        }
        fonts_scale = nav.text_scale;
        fonts_w = w;
        fonts_h = h;
        fit_bar(metrics);
        gesture.set_slop(std::max(4.0f, metrics.px_per_mm * 3.0f));  // 3 mm of wobble is still a tap
        corner.set_corner(metrics.target);
        scrolls.clear();
        return true;
    }

    // The bar never moves: make it fit its longest label in either language, every word whole.
    void fit_bar(ui::Metrics& m) const {
        const int buttons = data.bar_buttons();
        std::vector<std::string> labels;
        for (Language l : {Language::Dutch, Language::English})
            for (const std::string& label :
                 {std::string(ui::tr("bar.home", l)), std::string(ui::tr("bar.back", l)),
                  std::string(ui::tr("bar.language", l)), ui::tr("bar.text_size", l, {"150"}),
                  std::string(ui::tr("bar.read_aloud_off", l)), std::string(ui::tr("bar.read_aloud_on", l)),
                  ui::tr("bar.list", l, {"20"})})
                labels.push_back(label);
        const float widest_word = ui::widest_word(labels, [&](std::string_view word) {
            return fonts.bold->CalcTextSizeA(m.bar_px, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
        });
        int rows = 1;
        while (rows < 3) {
            const int cols = (buttons + rows - 1) / rows;
            const float w = (m.bar.w - 2 * m.margin - m.gap * float(cols - 1)) / float(cols);
            if (widest_word + 2 * m.pad <= w) break;
            ++rows;
        }
        m.bar_rows = rows;
        const auto slots = ui::layout_bar(m, buttons);
        const float wrap = slots[0].w - 2 * m.pad;
        int lines = 1;
        for (const auto& label : labels) {
            const ImVec2 size = fonts.bold->CalcTextSizeA(m.bar_px, FLT_MAX, wrap, label.c_str());
            lines = std::max(lines, int(std::ceil(size.y / m.bar_px - 0.01f)));
        }
        ui::set_bar_lines(m, lines, rows);
    }

    void say(const std::string& text) {
        if (speaker && !text.empty()) speaker->say(text, nav.language);
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
        const ui::NavState before = nav;
        switch (a.kind) {
            case K::StillHere: question_up = false; return;
            case K::SpeakScreen: speak_next_frame = true; return;
            case K::PinSubmit: {
                const PinVerdict v =
                    try_pin(pin_gate, nav.pin_entry, cfg.staff.pin_hash, std::chrono::steady_clock::now());
                if (v == PinVerdict::Accepted) {
                    data.pin_message.clear();
                    nav = apply(nav, {K::PinAccepted, {}}, flow());
                    data.log_tail = log_tail(40);
                    if (catalogue && data.service_count < 0) data.service_count = catalogue->counts().services;
                    log_line("staff: mode opened");
                } else {
                    data.pin_message =
                        std::string(v == PinVerdict::LockedOut ? ui::tr("staff.locked", nav.language)
                                                               : ui::tr("staff.pin_wrong", nav.language));
                    nav = apply(nav, {K::PinRejected, {}}, flow());
                    log_line(v == PinVerdict::LockedOut ? "staff: PIN locked out" : "staff: wrong PIN");
                }
                return;
            }
            case K::ResetVersion:
                if (nav.screen == ui::Screen::Staff) reset_version();
                return;
            case K::QuitKiosk:
                if (nav.screen == ui::Screen::Staff) {
                    log_line("staff: kiosk quit");
                    quit = true;
                }
                return;
            case K::PrintList:
                print_chosen_list();  // at once, with one plain title; no printer: the print_list hook, else the QR code
                return;
            default: break;
        }
        nav = apply(nav, a, flow());
        if (nav.screen != before.screen) {
            scrolls.clear();
            if (nav.read_aloud) speak_next_frame = true;
            if (nav.screen != ui::Screen::StaffPin) data.pin_message.clear();
        } else if (nav.query != before.query || nav.category != before.category ||
                   nav.municipality != before.municipality || nav.open_now != before.open_now ||
                   nav.free_only != before.free_only) {
            scrolls.lists.erase("results");
        }
        if ((a.kind == K::ToggleReadAloud && nav.read_aloud) || (a.kind == K::ToggleLanguage && nav.read_aloud))
            speak_next_frame = true;
        if (a.kind == K::ToggleReadAloud && !nav.read_aloud && speaker) speaker->stop();
        if (nav.audience != before.audience) scrolls.lists.erase("results");
    }

    // "Printen": to the printer at once, with one plain title (no extra question for the resident),
    // or the QR code.
    void print_chosen_list() {
        if (print_list && print_list(data.list_items, nav.language)) return;
#ifdef WEGWIJZER_HAVE_PRINT
        if (printer && printer->has_printer() && catalogue && !nav.list.empty()) {
            if (printer->start_list(catalogue->path(), nav.list, cfg, nav.language, print::Title::HelpNearby)) {
                log_line("print: list sent to the printer");
                return;
            }
            if (printer->status().busy) return;  // the message on screen says it is busy
        }
#endif
        show_list_qr_instead();
    }

    void show_list_qr_instead() {
        nav = apply(nav, {ui::ActionKind::ShowListQr, {}}, flow());
        if (!nav.show_list_qr && !nav.list.empty()) nav.show_list_qr = true;
    }

    std::function<bool(const std::vector<ServiceSummary>&, Language)> print_list;
    std::function<double(const LoopTurn&)> on_loop_turn;
    std::function<bool()> may_open_catalogue;
    std::function<void()> on_slots_changed;
    double loop_turn_wait = 30.0;     // what on_loop_turn asked for last time
    std::filesystem::path shot_path;  // the walk: save the next frame as this PNG

    // --- The layout walk (app/layout_walk.h) ------------------------------------------------
    struct Walker : WalkDriver {
        Impl& app;
        std::filesystem::path dir;
        std::string combo;
        double physical_px_per_mm = 4;
        double clock = 1000;  // a fake clock for the tap filter: every tap is a new tap
        int shots = 0;
        std::vector<std::string> faults;

        explicit Walker(Impl& a) : app(a) {}
        const ui::UiMap& map() const override { return app.last_map; }
        Language language() const override { return app.nav.language; }
        // Draws until the screen stops changing (a tap's action, then the new screen).
        void settle() {
            for (int i = 0; i < 6; ++i) {
                const ui::UiMap before = app.last_map;
                ui::PointerFrame none;
                none.now = clock;
                app.draw(nullptr, none);
                if (app.last_map == before && i > 0) return;
            }
        }
        bool tap(const std::string& id) override {
            if (id.empty()) return false;
            for (const auto& item : app.last_map.items) {
                if (item.id != id) continue;
                ui::PointerFrame input;
                clock += 1;
                input.now = clock;
                input.tap = ImVec2(item.rect.x + item.rect.w / 2, item.rect.y + item.rect.h / 2);
                app.draw(nullptr, input);
                settle();
                return true;
            }
            return false;
        }
        void act(const ui::Action& action) override {
            app.handle(action);
            settle();
        }
        void set_print_message(const std::string& message) override {
            app.data.print_message = message;
            settle();
        }
        void set_idle_question(bool up) override {
            app.question_up = up;
            app.data.idle_seconds_left = up ? 20 : -1;
            settle();
        }
        void shot(const std::string& screen) override {
            char name[64];
            std::snprintf(name, sizeof name, "%02d-%s", ++shots, screen.c_str());
            app.shot_path = dir / (std::string(name) + ".png");
            ui::PointerFrame none;
            none.now = clock;
            app.draw(nullptr, none);
            const ui::UiMap& map = app.last_map;
            (void)ui::write_file_atomically(dir / (std::string(name) + ".json"), ui::to_json(map));
            std::vector<std::string> found = ui::layout_faults(map, {physical_px_per_mm});
            ui::FirstPageNeeds needs;
            if (const auto& det = app.data.detail) needs.phone = !det->summary.phone.empty() || !det->phones.empty();
            // The search screen while typing: the keyboard always leaves room for at least one
            // whole result row (ui::fit_keyboard).
            if (map.screen == "search") needs.results = int(app.data.results.services.size());
            for (auto& fault : ui::first_page_faults(map, needs)) found.push_back(std::move(fault));
            // Every page of the results ("Zoek", a category) starts with a whole card.
            if (map.screen == "results")
                for (auto& fault : ui::results_page_faults(map, int(app.data.results.services.size())))
                    found.push_back(std::move(fault));
            // Every page of tiles and choices holds a whole row, and pages start at a row.
            for (auto& fault : ui::choice_page_faults(map)) found.push_back(std::move(fault));
            // The route's step summary shows every answer whole, in either wording.
            std::vector<std::vector<std::string>> answers;
            if (!app.nav.audience.empty() && map.screen != "route.who")
                answers.push_back({std::string(ui::tr("route.for." + app.nav.audience, app.nav.language)),
                                   std::string(ui::tr("route.short." + app.nav.audience, app.nav.language))});
            if (!app.nav.municipality.empty() && map.screen == "route.what") answers.push_back({app.nav.municipality});
            for (auto& fault : ui::step_summary_faults(map, answers)) found.push_back(std::move(fault));
            for (const auto& fault : found) faults.push_back(combo + "/" + name + " (" + map.screen + "): " + fault);
        }
    };

    int run_walk(const WalkOptions& w) {
        // The catalogue opens on another thread: wait for it (or for it to fail).
        for (int i = 0; i < 6000 && !catalogue && nav.screen != ui::Screen::OutOfOrder; ++i) {
            window->wait(0.01);
            poll_loader(window->now());
        }
        if (!catalogue) {
            log_line("walk: the catalogue did not open");
            return 1;
        }
        Walker walker(*this);
        std::error_code ec;
        for (const WalkShape& shape : w.shapes) {
            if (!window->resize(shape.w, shape.h)) {
                walker.faults.push_back(shape_name(shape) + ": the window could not take this size");
                continue;
            }
            cfg.screen.diagonal_inch = shape.diagonal_inch;
            walker.physical_px_per_mm = ui::px_per_mm({shape.w, shape.h, shape.diagonal_inch});
            for (int scale : w.scales) {
                for (Language language : w.languages) {
                    reset_session();
                    nav.text_scale = scale;
                    nav.language = language;
                    walker.combo = w.name + "-" + shape_name(shape) + "-" + std::to_string(scale) + "-" +
                                   std::string(language_code(language));
                    walker.dir = w.out_dir / walker.combo;
                    walker.shots = 0;
                    std::filesystem::remove_all(walker.dir, ec);
                    std::filesystem::create_directories(walker.dir, ec);
                    walker.settle();
                    walk_screens(walker);
                }
            }
        }
        std::ofstream out(w.out_dir / (w.name + "-faults.txt"), std::ios::trunc);
        for (const auto& fault : walker.faults) out << fault << "\n";
        log_line("walk: " + std::to_string(walker.faults.size()) + " layout faults");
        return walker.faults.empty() ? 0 : 3;
    }

    // The log says which status band a frame really showed ("De catalogus wordt bijgewerkt…" is
    // on screen for well under a second with a small catalogue): staff and tests can read it back.
    std::string band_logged;
    void log_band_shown(const ui::UiMap& map) {
        const std::string& band = data.status_banner;
        if (band == band_logged) return;
        if (!band.empty() && std::find(map.texts.begin(), map.texts.end(), band) == map.texts.end()) return;
        if (!band.empty()) log_line("status band shown: " + band);
        band_logged = band;
    }

    void draw(platform::PointerEvent*, ui::PointerFrame& input) {
        if (!ensure_fonts()) return;
        builder.update(data, nav, catalogue.get(), week_time_at(std::chrono::system_clock::now()));
        const double cpu0 = thread_cpu_seconds();
        window->begin_frame();
        ui::UiMap map;
        std::vector<ui::Action> actions;
        ui::Canvas canvas(
            ImGui::GetBackgroundDrawList(), fonts, metrics, input,
            [this, &input](const std::string& id) { return tap_filter.accept(id, input.now); }, map, scrolls, actions);
        ui::draw_frame(canvas, nav, data, question_up);
        window->finish_build();
        const double cpu1 = thread_cpu_seconds();
        // The walk renders (in software) only the frames it saves, and never shows them.
        const bool render = !opt.walk || !shot_path.empty();
        if (render) window->end_frame();
        ++frame_count;
        if (frame_log.is_open())
            frame_log << "frame screen=" << map.screen << " build_cpu_us=" << std::lround((cpu1 - cpu0) * 1e6) << "\n"
                      << std::flush;
        if (frame_count == 1) {
            const auto ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - opt.started).count();
            log_line("first frame after " + std::to_string(std::lround(ms)) + " ms");
            if (frame_log.is_open()) frame_log << "first_frame_ms=" << ms << "\n" << std::flush;
        }
        if (!shot_path.empty()) {
            auto saved = window->save_png(shot_path, true);
            if (!saved) log_line(saved.error());
            shot_path.clear();
        }
        if (!opt.screenshot_path.empty() && frame_count == 3) {
            auto saved = window->save_png(opt.screenshot_path);
            log_line(saved ? "screenshot saved to " + opt.screenshot_path.string() : saved.error());
            quit = true;
        }
        if (!opt.walk) window->present();
        if (frame_count == 1) notify_ready();

        if (speak_next_frame) {
            speak_next_frame = false;
            say(spoken_text(map));
        }
        log_band_shown(map);
        if (map != last_map || !map_written) {
            if (!opt.ui_map_path.empty()) {
                auto written = ui::write_file_atomically(opt.ui_map_path, ui::to_json(map));
                if (!written) log_line(written.error());
            }
            last_map = map;
            map_written = true;
        }
        for (const auto& a : actions) handle(a);
        if (!actions.empty()) frames_pending = kFramesAfterInput;
    }

    int run() {
        auto win = platform::KioskWindow::create({opt.window_w, opt.window_h, "Wegwijzer"});
        if (!win) {
            log_line("cannot open the kiosk window: " + win.error());
            return 1;
        }
        window = std::move(win.value());
        if (double r = ui::font_cap_ratio(platform::kRegularFont); r > 0.2 && r < 1) cap_ratio = r;
        if (!opt.frame_log_path.empty()) frame_log.open(opt.frame_log_path, std::ios::app);

        if (cfg.speech.enabled) {
            SpeechSettings settings;
            settings.volume = cfg.speech.volume;
            settings.rate_wpm = cfg.speech.rate_wpm;
            settings.device = cfg.speech.device;
            auto sp = Speaker::create(settings);
            if (sp) speaker = std::move(sp.value());
            else log_line("speech off: " + sp.error());
        }
        data.speech_available = speaker != nullptr;
#ifdef WEGWIJZER_HAVE_PRINT
        {
            print::PrintSettings ps = print::print_settings(cfg);
            ps.log = [](const std::string& line) { log_line("print: " + line); };
            ps.on_change = [](const print::PrintStatus&) { platform::KioskWindow::wake(); };
            printer = std::make_unique<print::PrintService>(std::move(ps));
            data.print_available = printer->has_printer();
        }
#endif
        start_health();
        // [kiosk] languages: the first is where every visit starts; the switch only with both.
        const auto has = [&](const char* code) {
            return std::find(cfg.languages.begin(), cfg.languages.end(), code) != cfg.languages.end();
        };
        default_language =
            !cfg.languages.empty() && cfg.languages.front() == "en" ? Language::English : Language::Dutch;
        data.language_switch = has("nl") && has("en");
        nav.language = default_language;
        data.kiosk_name = cfg.name;
        data.home_municipality = cfg.municipality;
        data.helpline_name = {cfg.helpline.name, cfg.helpline.name_en};
        data.helpline_phone = cfg.helpline.phone;
        data.staff_enabled = !cfg.staff.pin_hash.empty();
        data.config_notice = opt.config_notice;
        for (auto m : drenthe_municipalities()) data.municipalities.emplace_back(m);
        data.version_reset_available = opt.catalogue_has_slots;
        // Opened once the loop runs (poll_loader), on another thread: a catalogue that hangs or
        // crashes at open cannot keep the window, the loop and the USB watcher from running.
        CatalogueLoader::Settings loading;
        loading.use_slots = opt.catalogue_has_slots;
        loading.policy = opt.slot_policy;
        loading.open_timeout_s = opt.open_timeout_s;
        loading.fault = opt.test_fault;
        loading.wake = [] { platform::KioskWindow::wake(); };
        loader = std::make_unique<CatalogueLoader>(std::move(loading));
        loader->request(opt.catalogue_path);

        if (opt.walk) return run_walk(*opt.walk);
        const double start = window->now();
        idle.touched(start);
        while (!quit) {
            double timeout = 30.0;
            const double now0 = window->now();
            timeout = std::min(
                timeout, idle.seconds_to_next_change(now0, ui::is_fresh(nav, default_language) && !question_up) + 0.05);
            if (auto c = corner.next_check(now0)) timeout = std::min(timeout, *c);
            if (const auto wd = watchdog_interval(); wd.count() > 0) timeout = std::min(timeout, wd.count() / 2000.0);
            if (on_loop_turn) timeout = std::min(timeout, loop_turn_wait);
            if (question_up) timeout = std::min(timeout, 0.25);  // the idle question counts down the seconds
            timeout = std::min(timeout, loader->seconds_to_next_check(now0));
            window->wait(frames_pending > 0 ? 0 : std::max(0.01, timeout));
            notify_watchdog();
            const double now = window->now();
            if (on_loop_turn)
                loop_turn_wait = on_loop_turn(LoopTurn{
                    now, (nav.screen == ui::Screen::Home && !question_up) || nav.screen == ui::Screen::OutOfOrder,
                    nav.language});
            take_posted();
            poll_loader(now);

            ui::PointerFrame input;
            input.now = now;
            bool released = false;
            while (window->has_events()) {
                const platform::PointerEvent e = window->pop_event();
                platform::GestureOutput out;
                switch (e.kind) {
                    case platform::PointerEvent::Kind::Press:
                        out = gesture.press({e.x, e.y}, e.time);
                        idle.touched(now);
                        break;
                    case platform::PointerEvent::Kind::Move: out = gesture.move({e.x, e.y}, e.time); break;
                    case platform::PointerEvent::Kind::Release:
                        out = gesture.release({e.x, e.y}, e.time);
                        idle.touched(now);
                        released = true;
                        break;
                    case platform::PointerEvent::Kind::Wheel:
                        input.scroll_dy += e.y * metrics.line * 2;
                        input.swipe_origin = {e.x, gesture.position().y};
                        break;
                }
                if (out.scroll_dx != 0 || out.scroll_dy != 0) {
                    input.scroll_dy += out.scroll_dy;
                    input.swipe_origin = {gesture.origin().x, gesture.origin().y};
                }
                input.swiping = input.swiping || out.swiping;
                if (out.tap) input.tap = ImVec2(out.tap->x, out.tap->y);
                frames_pending = kFramesAfterInput;
                if (released) break;  // one finished gesture per frame; the rest waits for the next
            }
            // The hidden staff gesture (only when a PIN is configured).
            if (corner.update(gesture.down(), gesture.position(), float(window->width()), float(window->height()),
                              now) &&
                data.staff_enabled) {
                log_line("staff: gesture recognised");
                handle({ui::ActionKind::OpenStaffPin, {}});
                frames_pending = kFramesAfterInput;
            }

            // Idle: ask, then forget.
            const bool fresh = ui::is_fresh(nav, default_language);
            const ui::IdlePhase phase = idle.phase(now, fresh && !question_up);
            if (phase == ui::IdlePhase::Reset) {
                reset_session();
                frames_pending = kFramesAfterInput;
            } else if (phase == ui::IdlePhase::Warning && !question_up && !gesture.down()) {
                question_up = true;
                log_line("idle: asking whether someone is still there");
                say(std::string(ui::tr("idle.question", nav.language)) + "\n" +
                    std::string(ui::tr("idle.explain", nav.language)) + "\n" +
                    std::string(ui::tr("idle.yes", nav.language)));
                frames_pending = kFramesAfterInput;
            }

            // The idle question's countdown, redrawn when the number of seconds changes.
            const int seconds_left = question_up ? int(std::ceil(idle.seconds_to_next_change(now, false))) : -1;
            if (seconds_left != data.idle_seconds_left) {
                data.idle_seconds_left = seconds_left;
                frames_pending = std::max(frames_pending, 1);
            }

            poll_printer();
            if (health)
                health->set_screen(nav.screen == ui::Screen::OutOfOrder ? health::ScreenState::OutOfOrder
                                   : ui::is_fresh(nav, default_language) && !question_up ? health::ScreenState::Idle
                                                                                         : health::ScreenState::InUse);

            if (frames_pending > 0) {
                const bool question_was_up = question_up;
                draw(nullptr, input);
                --frames_pending;
                // Any finished touch while the question was up means someone is there.
                if (released && question_was_up) {
                    question_up = false;
                    frames_pending = kFramesAfterInput;
                }
            }
        }
        notify_stopping();
        return 0;
    }

    // [health] metrics_file: the health metrics for municipal IT (app/health_reporter.h). Not for
    // the layout walk or a screenshot, which are no kiosk runs.
    void start_health() {
        if (cfg.health.metrics_file.empty() || opt.walk || !opt.screenshot_path.empty()) return;
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
#ifdef WEGWIJZER_HAVE_PRINT
        if (printer && printer->has_printer()) {
            print::PrintService* service = printer.get();
            src.prints_today = [service] { return service->prints_today(); };
            src.printer_state = [service, queue = cfg.print.printer] {
                const print::PrintStatus st = service->status();
                if (st.busy)
                    if (auto state = print::printer_health(st)) return *state;
                return print::probe_printer(queue);
            };
        }
#endif
        health = std::make_unique<HealthReporter>(std::move(src));
        log_line("health: metrics go to " + cfg.health.metrics_file.string());
    }

    void poll_printer() {
#ifdef WEGWIJZER_HAVE_PRINT
        if (!printer) return;
        const print::PrintStatus st = printer->status();
        if (st.phase != health_print_phase) {  // a print started, ended or met a printer problem
            health_print_phase = st.phase;
            if (health) health->poke();
        }
        const std::string message = st.phase == print::PrintPhase::Idle ? std::string() : st.message(nav.language);
        if (message != data.print_message) {
            data.print_message = message;
            frames_pending = kFramesAfterInput;
        }
        // No printer, or it failed: offer the list as a QR code instead.
        if (st.offer_qr && nav.screen == ui::Screen::MyList && !nav.show_list_qr && !nav.list.empty()) {
            nav.show_list_qr = true;
            frames_pending = kFramesAfterInput;
        }
#endif
    }

    void take_posted() {
        std::lock_guard lock(posted_mutex);
        if (posted_status) {
            data.status_banner = posted_status->first;
            data.status_progress = posted_status->second;
            posted_status.reset();
            frames_pending = kFramesAfterInput;
        }
        if (posted_history) {
            data.import_history = std::move(*posted_history);
            posted_history.reset();
            if (health) health->poke();  // an import was recorded
            frames_pending = kFramesAfterInput;
        }
        if (posted_catalogue) {
            loader->request(*posted_catalogue);
            posted_catalogue.reset();
            frames_pending = kFramesAfterInput;
        }
    }
};

KioskApp::KioskApp(AppOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
KioskApp::~KioskApp() = default;

int KioskApp::run() {
    impl_->print_list = print_list;
    impl_->on_loop_turn = on_loop_turn;
    impl_->may_open_catalogue = may_open_catalogue;
    impl_->on_slots_changed = on_slots_changed;
    return impl_->run();
}

void KioskApp::post_status(std::string text, std::optional<float> progress) {
    {
        std::lock_guard lock(impl_->posted_mutex);
        impl_->posted_status = std::make_pair(std::move(text), progress);
    }
    platform::KioskWindow::wake();
}

void KioskApp::post_import_history(std::vector<std::string> lines) {
    {
        std::lock_guard lock(impl_->posted_mutex);
        impl_->posted_history = std::move(lines);
    }
    platform::KioskWindow::wake();
}

void KioskApp::post_catalogue(std::filesystem::path path) {
    {
        std::lock_guard lock(impl_->posted_mutex);
        impl_->posted_catalogue = std::move(path);
    }
    platform::KioskWindow::wake();
}

}  // namespace ww::app
