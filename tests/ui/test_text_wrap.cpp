// Lines break at spaces; a word wider than the line breaks at a hyphenation point with a hyphen,
// an address after '@', '.' or '/', never just anywhere when a sensible place fits.
#include <catch2/catch.hpp>

#include <string>

#include "ui/text_wrap.h"

using namespace ww::ui;

namespace {
// One pixel per character (UTF-8 aware), so widths are easy to read.
float chars(std::string_view s) {
    float n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) n += 1;
    return n;
}
using Lines = std::vector<std::string>;
}  // namespace

TEST_CASE("wrap_lines breaks at spaces and keeps explicit line breaks", "[wrap]") {
    CHECK(wrap_lines("aa bb cc", 5, chars) == Lines{"aa bb", "cc"});
    CHECK(wrap_lines("aa  bb", 10, chars) == Lines{"aa bb"});
    CHECK(wrap_lines("aa\nbb cc", 10, chars) == Lines{"aa", "bb cc"});
    CHECK(wrap_lines("", 10, chars) == Lines{""});
    // A word that fits a line of its own is never broken: it moves to the next line.
    CHECK(wrap_lines("de dagbesteding", 12, chars) == Lines{"de", "dagbesteding"});
}

TEST_CASE("a word wider than the line breaks at a hyphenation point, with a hyphen", "[wrap]") {
    // "ont|moe|tings|cen|trum": the patterns say where.
    const auto points = [](std::string_view word) {
        return word == "ontmoetingscentrum" ? std::vector<size_t>{3, 6, 11, 14} : std::vector<size_t>{};
    };
    CHECK(wrap_lines("het ontmoetingscentrum", 12, chars, points) == Lines{"het", "ontmoetings-", "centrum"});
    CHECK(wrap_lines("ontmoetingscentrum", 8, chars, points) == Lines{"ontmoe-", "tings-", "centrum"});
    CHECK(wrap_lines("ontmoetingscentrum", 10, chars, points) == Lines{"ontmoe-", "tingscen-", "trum"});
    // Without the patterns only as much as fits, wherever that ends (the last resort).
    CHECK(wrap_lines("ontmoetingscentrum", 10, chars) == Lines{"ontmoetin-", "gscentrum"});
    // A hyphen already in the word is the first choice; no second hyphen is added.
    CHECK(wrap_lines("Hoogeveen-Oost", 11, chars) == Lines{"Hoogeveen-", "Oost"});
    // Nothing sensible fits: as much as fits, with a hyphen, and never an empty line.
    CHECK(wrap_lines("abcdefghij", 5, chars) == Lines{"abcd-", "efgh-", "ij"});
    CHECK(wrap_lines("éééééé", 3, chars) == Lines{"éé-", "éé-", "éé"});
    CHECK(wrap_lines("abc", 0, chars) == Lines{"a-", "b-", "c"});  // hopeless: one character a line
}

TEST_CASE("an e-mail or web address breaks after '@', '.' or '/', without a hyphen", "[wrap]") {
    CHECK(is_address("info@zorg.nl"));
    CHECK(is_address("https://zorg.nl/dagbesteding"));
    CHECK(is_address("www.zorg.nl"));
    CHECK_FALSE(is_address("Ontmoetingscentrum"));
    // The hyphenation patterns are never asked about an address.
    const auto never = [](std::string_view) -> std::vector<size_t> {
        FAIL("hyphenation asked for an address");
        return {};
    };
    CHECK(wrap_lines("informatie@zorgcooperatie.invalid", 16, chars, never) ==
          Lines{"informatie@", "zorgcooperatie.", "invalid"});
    CHECK(wrap_lines("Mail: aanmelding.dagbesteding@zorg.nl", 20, chars, never) ==
          Lines{"Mail:", "aanmelding.", "dagbesteding@zorg.nl"});
    CHECK(wrap_lines("https://www.zorg.nl/dagbesteding/emmen", 21, chars) ==
          Lines{"https://www.zorg.nl/", "dagbesteding/emmen"});
}

TEST_CASE("no line is wider than the width, and no letter is lost", "[wrap]") {
    const std::string text =
        "Dagbestedingsvoorzieningvoorjongdementerenden in Noordoostelijkdrenthe, mail "
        "informatieenaanmelding.dagbesteding@zorgcooperatievoorzuidoostdrenthe.invalid of bel.";
    const auto every_third = [](std::string_view word) {
        std::vector<size_t> p;
        for (size_t i = 3; i + 2 < word.size(); i += 3) p.push_back(i);
        return p;
    };
    for (float width : {8.0f, 13.0f, 20.0f, 31.0f, 200.0f}) {
        INFO(width);
        const Lines lines = wrap_lines(text, width, chars, every_third);
        std::string joined;
        for (const auto& line : lines) {
            CHECK(chars(line) <= width);
            joined += line;
        }
        std::string letters_in, letters_out;
        for (char c : text)
            if (c != ' ' && c != '-') letters_in += c;
        for (char c : joined)
            if (c != ' ' && c != '-') letters_out += c;
        CHECK(letters_out == letters_in);
    }
}
