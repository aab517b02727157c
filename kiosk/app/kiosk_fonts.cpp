#include "app/kiosk_fonts.h"

#include "ui/glyphs.h"

namespace ww::app {

Result<ui::Fonts> load_kiosk_fonts(platform::KioskWindow& window, const ui::Metrics& metrics) {
    auto loaded = window.load_fonts({{platform::kRegularFont, metrics.body_px},
                                     {platform::kBoldFont, metrics.body_px},
                                     {platform::kBoldFont, metrics.heading_px},
                                     {platform::kBoldFont, metrics.digits_px}},
                                    ui::glyph_ranges().data());
    if (!loaded) return fail(loaded.error());
    const std::vector<ImFont*>& f = loaded.value();
    return ui::Fonts{f[0], f[1], f[2], f[3]};
}

}  // namespace ww::app
