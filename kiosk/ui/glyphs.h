#pragma once
// Which characters the kiosk's font atlas holds. ImGui's default range stops at U+00FF, so Dutch
// typography (‘ ’ “ ” – — … €) and other European names need more. Pure data, tested against
// every UI string and every catalogue text.
#include <cstdint>
#include <string_view>
#include <vector>

namespace ww::ui {

// Pairs of inclusive [first, last] code points, zero-terminated (ImGui's ImWchar format).
const std::vector<std::uint16_t>& glyph_ranges();
bool in_glyph_ranges(char32_t codepoint);

// Decodes UTF-8; invalid bytes become U+FFFD.
std::vector<char32_t> utf8_codepoints(std::string_view text);

// The capital-H height of a TrueType font divided by its ImGui pixel size (ascent - descent),
// read with stb_truetype; 0 when the file cannot be read.
double font_cap_ratio(const char* ttf_path);

}  // namespace ww::ui
