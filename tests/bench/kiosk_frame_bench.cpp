// CPU time to build one kiosk frame (the views + ImGui::Render, without OpenGL), measured in a
// headless ImGui context with the real fonts, views and catalogue. The search itself is not in the
// frame: results are fetched once per question (see search_bench for its latency).
//   kiosk_frame_bench --db FILE [--frames N] [--size WxH] [--scale 100|125|150]
#include <imgui.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/screen_data_builder.h"
#include "core/calendar.h"
#include "core/catalogue.h"
#include "core/config.h"
#include "core/drenthe_places.h"
#include "core/taxonomy.h"
#include "ui/glyphs.h"
#include "ui/views.h"

using namespace ww;

namespace {
double cpu_now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}
}  // namespace

int main(int argc, char** argv) {
    std::string db;
    int frames = 500, w = 1920, h = 1080, scale = 100;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
        else if (!std::strcmp(argv[i], "--frames") && i + 1 < argc) frames = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--size") && i + 1 < argc) std::sscanf(argv[++i], "%dx%d", &w, &h);
        else if (!std::strcmp(argv[i], "--scale") && i + 1 < argc) scale = std::atoi(argv[++i]);
        else {
            std::fprintf(stderr, "usage: kiosk_frame_bench --db FILE [--frames N] [--size WxH] [--scale S]\n");
            return 2;
        }
    }
    auto cat = Catalogue::open(db);
    if (!cat) {
        std::fprintf(stderr, "kiosk_frame_bench: %s\n", cat.error().c_str());
        return 1;
    }
    KioskConfig config;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(float(w), float(h));
    const char* regular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    const char* bold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
    ui::Metrics m = ui::compute_metrics({w, h, config.screen.diagonal_inch}, scale, ui::font_cap_ratio(regular));
    ui::set_bar_lines(m, scale > 100 ? 2 : 1);
    const ImWchar* ranges = reinterpret_cast<const ImWchar*>(ui::glyph_ranges().data());
    ImFontConfig cfg;
    cfg.OversampleH = cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    ui::Fonts fonts{io.Fonts->AddFontFromFileTTF(regular, m.body_px, &cfg, ranges),
                    io.Fonts->AddFontFromFileTTF(bold, m.body_px, &cfg, ranges),
                    io.Fonts->AddFontFromFileTTF(bold, m.heading_px, &cfg, ranges),
                    io.Fonts->AddFontFromFileTTF(bold, m.digits_px, &cfg, ranges)};
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &tw, &th);
    std::printf("font atlas %dx%d (%.1f MB alpha)\n", tw, th, double(tw) * th / 1e6);

    app::ScreenDataBuilder builder(config);
    ui::ScreenData data;
    data.catalogue_ok = true;
    data.info = (*cat)->info();
    data.home_municipality = config.municipality;
    for (auto mu : drenthe_municipalities()) data.municipalities.emplace_back(mu);
    const ui::FlowContext flow{config.municipality, 20};

    struct Scenario {
        const char* name;
        std::vector<ui::Action> actions;
    };
    const std::vector<Scenario> scenarios{
        {"home", {}},
        {"results", {{ui::ActionKind::TapCategory, "meeting"}}},
        {"results-query",
         {{ui::ActionKind::StartSearch, {}},
          {ui::ActionKind::TypeText, "dementie"},
          {ui::ActionKind::ShowResults, {}}}},
        {"search", {{ui::ActionKind::StartSearch, {}}, {ui::ActionKind::TypeText, "dagbest"}}},
    };
    std::printf("%-14s %8s %8s %8s %8s   (CPU ms per frame, %d frames, %dx%d, %d %%)\n", "screen", "median", "p90",
                "p99", "max", frames, w, h, scale);
    for (const auto& sc : scenarios) {
        ui::NavState nav;
        for (const auto& a : sc.actions) nav = ui::apply(nav, a, flow);
        builder.invalidate();
        builder.update(data, nav, cat->get(), week_time_at(std::chrono::system_clock::now()));
        ui::ScrollMemory scrolls;
        std::vector<double> times;
        int vertices = 0, items = 0;
        for (int f = 0; f < frames + 10; ++f) {
            ui::PointerFrame input;
            input.now = f * 0.016;
            // A slow swipe up and down the list so every frame draws different cards.
            input.scroll_dy = (f / 100) % 2 ? 12.0f : -12.0f;
            input.swipe_origin = ImVec2(m.content.x + 10, m.content.bottom() - 200);
            ui::UiMap map;
            std::vector<ui::Action> actions;
            const double t0 = cpu_now();
            ImGui::NewFrame();
            ui::Canvas canvas(ImGui::GetBackgroundDrawList(), fonts, m, input, nullptr, map, scrolls, actions);
            ui::draw_frame(canvas, nav, data, false);
            ImGui::Render();
            const double t1 = cpu_now();
            if (f >= 10) times.push_back((t1 - t0) * 1000.0);  // the first frames warm caches
            vertices = ImGui::GetDrawData()->TotalVtxCount;
            items = int(map.items.size());
        }
        std::printf("%-14s %8.3f %8.3f %8.3f %8.3f   (%d vertices, %d tappable items, %d results loaded of %d)\n",
                    sc.name, percentile(times, 0.5), percentile(times, 0.9), percentile(times, 0.99),
                    *std::max_element(times.begin(), times.end()), vertices, items, int(data.results.services.size()),
                    data.results.total);
    }
    // Memory of everything but OpenGL: catalogue, search, fonts, views.
    if (FILE* f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f))
            if (!std::strncmp(line, "VmRSS:", 6) || !std::strncmp(line, "VmHWM:", 6)) std::printf("%s", line);
        std::fclose(f);
    }
    ImGui::DestroyContext();
    return 0;
}
