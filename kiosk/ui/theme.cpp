#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace ww::ui {

namespace {
double channel(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
}  // namespace

double relative_luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const Theme& theme() {
    static const Theme t;
    return t;
}

std::vector<ColorPair> text_pairs(const Theme& t) {
    return {
        {"body text on page", t.text, t.page},
        {"heading on page", t.heading, t.page},
        {"bar button text", t.on_primary, t.bar},
        {"primary button text", t.on_primary, t.primary},
        {"tile text", t.on_tile, t.tile},
        {"card text", t.text, t.tile},
        {"toggle on text", t.on_toggle_on, t.toggle_on},
        {"toggle off text", t.on_tile, t.tile},
        {"cost badge text", t.on_badge, t.badge_free},
        {"band text", t.on_band, t.band},
        {"dialog text", t.on_dialog, t.dialog},
        {"open today on card", t.open_today, t.tile},
        {"closed today on card", t.closed_today, t.tile},
        {"open today on page", t.open_today, t.page},
        {"closed today on page", t.closed_today, t.page},
        {"heading on dialog", t.heading, t.dialog},
        // Pictograms are shapes, not text, but are held to the same 7:1 so they read as well as the words.
        {"pictogram on tile", t.primary, t.tile},
        {"pictogram on primary tile", t.on_primary, t.primary},
    };
}

}  // namespace ww::ui
