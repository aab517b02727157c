#include "ui/glyphs.h"

#include <stb_truetype.h>
#include <fstream>
#include <iterator>

namespace ww::ui {

const std::vector<std::uint16_t>& glyph_ranges() {
    static const std::vector<std::uint16_t> ranges{
        0x0020, 0x00FF,  // Basic Latin + Latin-1 (é ë ï ü ö)
        0x0100, 0x017F,  // Latin Extended-A (names from across Europe)
        0x0218, 0x021B,  // Ș ș Ț ț
        0x2010, 0x2027,  // ‐ – — ‘ ’ ‚ “ ” „ • …
        0x2030, 0x203A,  // ‰ ′ ″ ‹ ›
        0x20AC, 0x20AC,  // €
        0x2122, 0x2122,  // ™
        0,
    };
    return ranges;
}

bool in_glyph_ranges(char32_t cp) {
    const auto& r = glyph_ranges();
    for (size_t i = 0; i + 1 < r.size() && r[i] != 0; i += 2)
        if (cp >= r[i] && cp <= r[i + 1]) return true;
    return false;
}

std::vector<char32_t> utf8_codepoints(std::string_view s) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + static_cast<size_t>(len) > s.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        bool ok = true;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            if ((cc & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        out.push_back(ok ? cp : 0xFFFD);
        i += ok ? static_cast<size_t>(len) : 1;
    }
    return out;
}

double font_cap_ratio(const char* ttf_path) {
    std::ifstream in(ttf_path, std::ios::binary);
    if (!in) return 0;
    std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    stbtt_fontinfo font;
    if (data.empty() || !stbtt_InitFont(&font, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0))) return 0;
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&font, &ascent, &descent, &gap);
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    if (!stbtt_GetCodepointBox(&font, 'H', &x0, &y0, &x1, &y1) || ascent - descent <= 0) return 0;
    return static_cast<double>(y1 - y0) / static_cast<double>(ascent - descent);
}

}  // namespace ww::ui
