// Every category has a pictogram of its own (never the plain fallback circle), drawn inside its square.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include <imgui.h>

#include "core/taxonomy.h"
#include "ui/views.h"

using namespace ww::ui;

namespace {
// An ImGui frame to draw into without a window (the font atlas built, as the kiosk does).
struct ImGuiFrame {
    ImGuiFrame() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = {800, 800};
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        ImGui::NewFrame();
    }
    ~ImGuiFrame() {
        ImGui::EndFrame();
        ImGui::DestroyContext();
    }
};
}  // namespace

TEST_CASE("every category, search, route and person has its own pictogram inside its square", "[pictograms]") {
    ImGuiFrame frame;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    std::vector<std::string> codes{"search", "route", "person"};
    for (const auto& cat : ww::categories()) codes.emplace_back(cat.code);
    REQUIRE(codes.size() >= 10);
    const Rect square{100, 100, 120, 120};
    const float stroke = 120.0f / 14;  // the widest line, half of which may lie outside
    for (const auto& code : codes) {
        INFO(code);
        const int before = draw->VtxBuffer.Size;
        CHECK(draw_pictogram(draw, code, square, {0x0b, 0x3d, 0x6e}));
        CHECK(draw->VtxBuffer.Size - before > 20);  // a real drawing, not a dot
        for (int i = before; i < draw->VtxBuffer.Size; ++i) {
            const ImVec2 p = draw->VtxBuffer[i].pos;
            CHECK(p.x >= square.x - stroke);
            CHECK(p.y >= square.y - stroke);
            CHECK(p.x <= square.right() + stroke);
            CHECK(p.y <= square.bottom() + stroke);
        }
    }
    CHECK_FALSE(draw_pictogram(draw, "no-such-category", square, {0, 0, 0}));
}

namespace {
// What a pictogram's draw list covers, pixel by pixel (coverage >= 0.5), rasterised in software
// from ImGui's triangles (their anti-aliased fringes carry alpha in the vertex colour).
std::vector<std::vector<bool>> raster(ImDrawList* draw, int from_vtx, int from_idx, const Rect& square) {
    const int n = int(square.w);
    std::vector<std::vector<float>> cover(size_t(n), std::vector<float>(size_t(n), 0));
    for (int i = from_idx; i + 2 < draw->IdxBuffer.Size; i += 3) {
        const ImDrawVert* v[3];
        for (int k = 0; k < 3; ++k) v[k] = &draw->VtxBuffer[draw->IdxBuffer[i + k]];
        if (draw->IdxBuffer[i] < from_vtx) continue;
        const float area = (v[1]->pos.x - v[0]->pos.x) * (v[2]->pos.y - v[0]->pos.y) -
                           (v[2]->pos.x - v[0]->pos.x) * (v[1]->pos.y - v[0]->pos.y);
        if (std::abs(area) < 1e-6f) continue;
        for (int y = 0; y < n; ++y) {
            for (int x = 0; x < n; ++x) {
                const float px = square.x + float(x) + 0.5f, py = square.y + float(y) + 0.5f;
                float w[3];
                for (int k = 0; k < 3; ++k) {
                    const ImDrawVert* a = v[(k + 1) % 3];
                    const ImDrawVert* b = v[(k + 2) % 3];
                    w[k] = ((b->pos.x - a->pos.x) * (py - a->pos.y) - (px - a->pos.x) * (b->pos.y - a->pos.y)) / area;
                }
                if (w[0] < 0 || w[1] < 0 || w[2] < 0) continue;
                float alpha = 0;
                for (int k = 0; k < 3; ++k) alpha += w[k] * float((v[k]->col >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f;
                cover[size_t(y)][size_t(x)] = std::max(cover[size_t(y)][size_t(x)], alpha);
            }
        }
    }
    std::vector<std::vector<bool>> on(size_t(n), std::vector<bool>(size_t(n), false));
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) on[size_t(y)][size_t(x)] = cover[size_t(y)][size_t(x)] >= 0.5f;
    return on;
}

// The covered pixels connected to (x, y) (4-neighbours), each as y * n + x.
std::set<int> part_at(const std::vector<std::vector<bool>>& on, int x, int y) {
    const int n = int(on.size());
    std::set<int> seen;
    std::vector<std::pair<int, int>> todo{{x, y}};
    while (!todo.empty()) {
        auto [px, py] = todo.back();
        todo.pop_back();
        if (px < 0 || py < 0 || px >= n || py >= n || !on[size_t(py)][size_t(px)] || !seen.insert(py * n + px).second)
            continue;
        todo.insert(todo.end(), {{px + 1, py}, {px - 1, py}, {px, py + 1}, {px, py - 1}});
    }
    return seen;
}
}  // namespace

TEST_CASE("the meeting pictogram's cup stays apart from the people at the smallest tile", "[pictograms]") {
    ImGuiFrame frame;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    draw->Flags &= ~ImDrawListFlags_AntiAliasedLinesUseTex;  // every line as triangles, to rasterise here
    // 15 mm (kPictogramMinMm) on the walk's densest-in-mm screen (1366x768 at 15.6": 3.96 px/mm),
    // and a little smaller still.
    for (const float side : {60.0f, 48.0f}) {
        INFO(side << " px");
        const Rect square{100, 100, side, side};
        const int vtx = draw->VtxBuffer.Size, idx = draw->IdxBuffer.Size;
        REQUIRE(draw_pictogram(draw, "meeting", square, {0x0b, 0x3d, 0x6e}));
        const auto on = raster(draw, vtx, idx, square);
        const auto at = [&](float fx, float fy) { return std::pair<int, int>{int(fx * side), int(fy * side)}; };
        const auto [cx, cy] = at(0.46f, 0.8f);  // the cup
        REQUIRE(on[size_t(cy)][size_t(cx)]);
        const std::set<int> cup = part_at(on, cx, cy);
        for (const auto& [fx, fy] :
             {std::pair{0.25f, 0.45f}, std::pair{0.75f, 0.45f}, std::pair{0.25f, 0.15f}, std::pair{0.75f, 0.15f}}) {
            const auto [px, py] = at(fx, fy);
            INFO("person part at " << fx << "," << fy);
            REQUIRE(on[size_t(py)][size_t(px)]);
            CHECK(cup.count(py * int(side) + px) == 0);  // not one blob with the cup
        }
        // The handle is a ring: its middle stays open.
        const auto [hx, hy] = at(0.65f, 0.8f);
        CHECK_FALSE(on[size_t(hy)][size_t(hx)]);
    }
}
