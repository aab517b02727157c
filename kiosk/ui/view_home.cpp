// Home: one question, the seven categories as big tiles, "Zoek met woorden" and "Help mij kiezen".
#include "core/taxonomy.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

void draw_home(Canvas& c, const NavState& s, const ScreenData&, Rect area) {
    const Language l = s.language;
    area.y += heading(c, std::string(tr("home.question", l)), area);
    area.h = c.m().content.bottom() - area.y;

    struct Tile {
        std::string id, label, picto;
        ActionKind action;
        std::string arg;
    };
    std::vector<Tile> tiles;
    for (const auto& cat : categories())
        tiles.push_back({"tile." + std::string(cat.code), category_name(std::string(cat.code), l), std::string(cat.code),
                         ActionKind::TapCategory, std::string(cat.code)});
    tiles.push_back({"tile.search", std::string(tr("home.search", l)), "search", ActionKind::StartSearch, ""});
    tiles.push_back({"tile.route", std::string(tr("home.route", l)), "route", ActionKind::StartRoute, ""});

    std::vector<std::string> labels;
    for (const auto& t : tiles) labels.push_back(t.label);
    const float origin = c.begin_scroll("home", area);
    const auto cells = tile_grid(c, labels, {area.x, origin, area.w, area.h}, area.w > area.h * 1.2f ? 5 : 3);
    float bottom = origin;
    for (size_t i = 0; i < tiles.size(); ++i) {
        const Rect& r = cells[i];
        const bool last_two = i + 2 >= tiles.size();
        if (tile(c, tiles[i].id, tiles[i].label, tiles[i].picto, r, last_two ? ButtonStyle::Primary : ButtonStyle::Tile))
            c.emit(tiles[i].action, tiles[i].arg);
        bottom = std::max(bottom, r.bottom());
    }
    c.end_scroll(bottom);
}

}  // namespace ww::ui
