#include "ui/ui_map.h"

#include <unistd.h>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>

namespace ww::ui {

std::string to_json(const UiMap& map) {
    nlohmann::json j;
    j["screen"] = map.screen;
    j["language"] = map.language;
    j["catalogue"] = map.catalogue;
    j["text_scale"] = map.text_scale;
    j["items"] = nlohmann::json::array();
    j["body_px"] = map.body_px;
    j["px_per_mm"] = std::round(map.px_per_mm * 1000) / 1000;
    j["window"] = {{"w", map.window_w}, {"h", map.window_h}};
    for (const auto& item : map.items) {
        nlohmann::json i{{"id", item.id},
                         {"label", item.label},
                         {"x", std::lround(item.rect.x)},
                         {"y", std::lround(item.rect.y)},
                         {"w", std::lround(item.rect.w)},
                         {"h", std::lround(item.rect.h)}};
        if (item.on >= 0) i["on"] = item.on == 1;
        if (item.overflow) i["overflow"] = true;
        if (item.clipped) i["clipped"] = true;
        if (item.picto.w > 0)
            i["picto"] = {{"x", std::lround(item.picto.x)},
                          {"y", std::lround(item.picto.y)},
                          {"w", std::lround(item.picto.w)},
                          {"h", std::lround(item.picto.h)}};
        j["items"].push_back(std::move(i));
    }
    j["texts"] = map.texts;
    if (!map.cut_lines.empty()) j["cut_lines"] = map.cut_lines;
    if (!map.word_cuts.empty()) j["word_cuts"] = map.word_cuts;
    j["scroll"] = nlohmann::json::object();
    for (const auto& [id, offset] : map.scroll) j["scroll"][id] = std::lround(offset);
    // Replace invalid UTF-8 rather than throw: the map must never take the kiosk down.
    return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ww::ui
