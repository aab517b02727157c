#pragma once
// The colours of the kiosk and the WCAG contrast ratio. Every text colour is used only on the
// backgrounds listed in text_pairs(); a test checks that each pair reaches 7:1 (WCAG 2.2 AAA).
#include <cstdint>
#include <string>
#include <vector>

namespace ww::ui {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

// WCAG 2.x relative luminance and contrast ratio (1..21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

struct Theme {
    Rgb page{0xFA, 0xF8, 0xF3};     // warm off-white screen background
    Rgb text{0x14, 0x14, 0x14};     // body text
    Rgb heading{0x0A, 0x2A, 0x4A};  // questions and titles
    Rgb bar{0x0A, 0x2A, 0x4A};      // the always-visible bar
    Rgb primary{0x0B, 0x3D, 0x6B};  // main buttons
    Rgb on_primary{0xFF, 0xFF, 0xFF};
    Rgb tile{0xE3, 0xEC, 0xF5};  // category tiles, cards, secondary buttons
    Rgb on_tile{0x0A, 0x1E, 0x33};
    Rgb outline{0x0B, 0x3D, 0x6B};  // edge of tiles and toggles (not text)
    Rgb toggle_on{0x0B, 0x3D, 0x6B};
    Rgb on_toggle_on{0xFF, 0xFF, 0xFF};
    Rgb badge_free{0xD8, 0xEF, 0xDF};  // cost badge
    Rgb on_badge{0x0B, 0x3B, 0x1E};
    Rgb band{0xFF, 0xE8, 0x8A};  // "Voorbeeldgegevens" and other notices
    Rgb on_band{0x1F, 0x1A, 0x00};
    Rgb overlay{0x0A, 0x2A, 0x4A};  // dims the screen behind "Bent u er nog?" (drawn translucent)
    Rgb dialog{0xFF, 0xFF, 0xFF};
    Rgb on_dialog{0x14, 0x14, 0x14};
    Rgb open_today{0x0B, 0x4D, 0x26};  // "Vandaag open" on a card
    Rgb closed_today{0x6B, 0x1A, 0x12};
    Rgb qr_dark{0x00, 0x00, 0x00};
    Rgb qr_light{0xFF, 0xFF, 0xFF};
};

const Theme& theme();

struct ColorPair {
    std::string name;
    Rgb foreground;
    Rgb background;
};
// Every text colour with every background it is drawn on.
std::vector<ColorPair> text_pairs(const Theme& t);

inline constexpr double kMinTextContrast = 7.0;

}  // namespace ww::ui
