// Home: one question, the seven categories as big tiles, "Zoek met woorden" and "Help mij kiezen".
#include "core/taxonomy.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

void draw_home(Canvas& c, const NavState& s, const ScreenData&, Rect area) {
    const Language l = s.language;
    struct Tile {
        std::string id, label, picto;
        ActionKind action;
        std::string arg;
    };
    std::vector<Tile> tiles;
    for (const auto& cat : categories())
        tiles.push_back({"tile." + std::string(cat.code), category_name(std::string(cat.code), l),
                         std::string(cat.code), ActionKind::TapCategory, std::string(cat.code)});
    tiles.push_back({"tile.search", std::string(tr("home.search", l)), "search", ActionKind::StartSearch, ""});
    tiles.push_back({"tile.route", std::string(tr("home.route", l)), "route", ActionKind::StartRoute, ""});

    std::vector<TileSpec> specs;
    for (size_t i = 0; i < tiles.size(); ++i)
        specs.push_back({tiles[i].id, tiles[i].label, tiles[i].picto,
                         i + 2 >= tiles.size() ? ButtonStyle::Primary : ButtonStyle::Tile});
    // The columns by the shape of the whole area, so that a smaller question does not change them.
    const int columns = area.w > (c.m().content.bottom() - area.y) * 1.2f ? 5 : 3;
    std::vector<std::string> labels;
    for (const auto& t : specs) labels.push_back(t.label);
    area.y += question_header(c, {}, std::string(tr("home.question", l)), area, tiles_need(c, labels, area.w, columns));
    area.h = c.m().content.bottom() - area.y;
    const int tapped = tile_pages(c, s, "home", specs, area, columns);
    if (tapped >= 0) c.emit(tiles[size_t(tapped)].action, tiles[size_t(tapped)].arg);
}

}  // namespace ww::ui
