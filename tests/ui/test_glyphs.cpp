// No missing glyph: every character of every UI string and of every text in the demo catalogue
// is in the kiosk's glyph ranges and in Noto Sans (Regular and Bold).
#include <catch2/catch.hpp>

#include <stb_truetype.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "ui/glyphs.h"
#include "ui/strings.h"

using namespace ww::ui;

namespace {
struct Font {
    std::vector<unsigned char> data;
    stbtt_fontinfo info{};
    explicit Font(const char* path) {
        std::ifstream in(path, std::ios::binary);
        data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        REQUIRE(!data.empty());
        REQUIRE(stbtt_InitFont(&info, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0)));
    }
    bool has(char32_t cp) const { return stbtt_FindGlyphIndex(&info, int(cp)) != 0; }
};

std::string hex(char32_t cp) {
    std::ostringstream s;
    s << "U+" << std::hex << std::uppercase << unsigned(cp);
    return s.str();
}

// Every code point that must be drawable, with where it was first seen.
void check_text(const Font& regular, const Font& bold, const std::string& text, const std::string& where,
                std::map<char32_t, std::string>& missing) {
    for (char32_t cp : utf8_codepoints(text)) {
        if (cp == '\n' || cp == '\r' || cp == '\t') continue;
        if (!in_glyph_ranges(cp) || !regular.has(cp) || !bold.has(cp)) missing.emplace(cp, where);
    }
}
}  // namespace

TEST_CASE("UTF-8 decoding", "[glyphs]") {
    CHECK(utf8_codepoints("é€") == std::vector<char32_t>{0xE9, 0x20AC});
    CHECK(utf8_codepoints("a\xff") == std::vector<char32_t>{'a', 0xFFFD});
}

TEST_CASE("Dutch typography is covered", "[glyphs]") {
    const Font regular("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
    const Font bold("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf");
    std::map<char32_t, std::string> missing;
    check_text(regular, bold, "é ë ï ü ö € – — ‘ ’ “ ” … ĳ Ĳ · ç à", "typography", missing);
    for (const auto& [cp, where] : missing) FAIL_CHECK(hex(cp) << " missing (" << where << ")");
    CHECK(missing.empty());
    CHECK_FALSE(in_glyph_ranges(0x4E2D));  // a character the atlas does not hold is reported
}

TEST_CASE("every UI string can be drawn", "[glyphs]") {
    const Font regular("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
    const Font bold("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf");
    std::map<char32_t, std::string> missing;
    for (ww::Language l : {ww::Language::Dutch, ww::Language::English}) {
        for (const auto& e : ww::wording::table(l))
            check_text(regular, bold, std::string(e.text), std::string(e.code) + " (" + ww::language_code(l) + ")",
                       missing);
    }
    for (const auto& [cp, where] : missing) FAIL_CHECK(hex(cp) << " missing, first in " << where);
    CHECK(ww::wording::table(ww::Language::Dutch).size() > 80);
}

TEST_CASE("every text in the demo catalogue can be drawn", "[glyphs]") {
    const Font regular("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
    const Font bold("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf");
    const std::filesystem::path demo = std::filesystem::path(WEGWIJZER_SOURCE_DIR) / "db" / "demo";
    std::map<char32_t, std::string> missing;
    int files = 0;
    size_t bytes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(demo)) {
        if (entry.path().extension() != ".csv") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        check_text(regular, bold, text, entry.path().filename().string(), missing);
        ++files;
        bytes += text.size();
    }
    CHECK(files >= 8);
    CHECK(bytes > 10000);
    for (const auto& [cp, where] : missing) FAIL_CHECK(hex(cp) << " missing, first in " << where);
}
