// Every category has a pictogram of its own (never the plain fallback circle), drawn inside its square.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "core/taxonomy.h"
#include "ui/views.h"

using namespace ww::ui;

TEST_CASE("every category, search, route and person has its own pictogram inside its square", "[pictograms]") {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {800, 800};
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    ImGui::NewFrame();
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
    ImGui::EndFrame();
    ImGui::DestroyContext();
}
