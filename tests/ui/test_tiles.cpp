// Tiles keep a readable pictogram: the pictogram beside or above the words, whichever is larger,
// and the lowest tile that still holds one of at least the minimum size.
#include <catch2/catch.hpp>

#include <cmath>

#include "ui/layout.h"

using namespace ww::ui;

namespace {
// Words of these widths wrapped greedily at `wrap`, 50 px a line (as the font would).
float wrapped_height(const std::vector<float>& words, float wrap) {
    int lines = 1;
    float x = 0;
    for (float w : words) {
        if (x > 0 && x + 10 + w > wrap) {
            ++lines;
            x = 0;
        }
        x += (x > 0 ? 10 : 0) + w;
    }
    return float(lines) * 50;
}
}  // namespace

TEST_CASE("a wide, low tile puts the pictogram beside the words, a tall one above them", "[tiles]") {
    const std::vector<float> words{200, 260};  // "Hulp voor" / "mantelzorgers"
    const auto label_h = [&](float wrap) { return wrapped_height(words, wrap); };
    const Rect wide{0, 0, 620, 230};
    const auto beside = tile_inside(wide, 12, 260, label_h, TileArrangement::Beside);
    const auto stacked = tile_inside(wide, 12, 260, label_h, TileArrangement::Stacked);
    CHECK(beside.picto.w > stacked.picto.w);
    CHECK(beside.picto.w == beside.picto.h);
    CHECK(beside.picto.x >= wide.x + 12);
    CHECK(beside.picto.bottom() <= wide.bottom());
    CHECK(beside.label.x >= beside.picto.right());  // the words never cover the pictogram
    CHECK(label_h(beside.label.w - 24) <= wide.h - 24);
    CHECK(beside.label.w - 24 >= 260);  // and no word breaks

    const Rect tall{0, 0, 360, 380};
    const auto up = tile_inside(tall, 12, 260, label_h, TileArrangement::Stacked);
    CHECK(up.picto.w > tile_inside(tall, 12, 260, label_h, TileArrangement::Beside).picto.w);
    CHECK(up.picto.bottom() <= up.label.y);
    CHECK(up.label.bottom() == tall.bottom());

    // A cap makes every tile of a grid alike.
    CHECK(tile_inside(wide, 12, 260, label_h, TileArrangement::Beside, 90).picto.w == 90);
}

TEST_CASE("the lowest tile that holds the minimum pictogram does hold it", "[tiles]") {
    const std::vector<std::vector<float>> labels{{200, 260}, {420}, {150, 110, 230}, {90}};
    for (const auto& words : labels) {
        float widest = 0;
        for (float w : words) widest = std::max(widest, w);
        const auto label_h = [&](float wrap) { return wrapped_height(words, wrap); };
        for (float w = widest + 24; w <= 1100; w += 37) {
            for (float picto_min : {43.0f, 61.0f, 90.0f}) {
                const float h = tile_min_height(w, 12, picto_min, widest, label_h);
                const Rect r{0, 0, w, h};
                const float best = std::max(tile_inside(r, 12, widest, label_h, TileArrangement::Stacked).picto.w,
                                            tile_inside(r, 12, widest, label_h, TileArrangement::Beside).picto.w);
                INFO("width " << w << ", minimum " << picto_min << ", height " << h);
                if (w - 24 >= picto_min) CHECK(best >= picto_min - 1);
                // And it is the lowest such tile (within a few pixels): no room thrown away.
                const Rect lower{0, 0, w, h - 6};
                const float less = std::max(tile_inside(lower, 12, widest, label_h, TileArrangement::Stacked).picto.w,
                                            tile_inside(lower, 12, widest, label_h, TileArrangement::Beside).picto.w);
                if (w - 24 >= picto_min) CHECK(less < picto_min);
            }
        }
    }
}
