// The UI map: JSON shape and the atomic write.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "ui/strings.h"
#include "ui/ui_map.h"

using namespace ww::ui;

TEST_CASE("the UI map lists items with rectangles and the visible texts", "[ui-map]") {
    UiMap map;
    map.screen = "home";
    map.language = "nl";
    map.text_scale = 125;
    map.items.push_back({"tile.day-care", "Dagbesteding", {10.4f, 20.6f, 300, 200}});
    UiItem toggle{"filter.free", "Gratis", {0, 0, 100, 70}};
    toggle.on = 1;
    map.items.push_back(toggle);
    map.texts.push_back("Waar zoekt u hulp bij?");
    map.scroll.emplace_back("results", 120.f);
    const auto j = nlohmann::json::parse(to_json(map));
    CHECK(j["screen"] == "home");
    CHECK(j["language"] == "nl");
    CHECK(j["text_scale"] == 125);
    REQUIRE(j["items"].size() == 2);
    CHECK(j["items"][0]["id"] == "tile.day-care");
    CHECK(j["items"][0]["x"] == 10);
    CHECK(j["items"][0]["y"] == 21);
    CHECK(j["items"][0]["w"] == 300);
    CHECK_FALSE(j["items"][0].contains("on"));
    CHECK(j["items"][1]["on"] == true);
    CHECK(j["texts"][0] == "Waar zoekt u hulp bij?");
    CHECK(j["scroll"]["results"] == 120);
}

TEST_CASE("invalid UTF-8 in a text does not break the map", "[ui-map]") {
    UiMap map;
    map.texts.push_back("caf\xe9");
    CHECK_NOTHROW(nlohmann::json::parse(to_json(map)));
}

TEST_CASE("the map is written atomically and replaces the old one", "[ui-map]") {
    const auto dir = std::filesystem::temp_directory_path() / "wegwijzer-ui-map-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto file = dir / "map.json";
    REQUIRE(write_file_atomically(file, "{\"a\":1}").ok());
    REQUIRE(write_file_atomically(file, "{\"a\":2}").ok());
    std::ifstream in(file);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "{\"a\":2}");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
    CHECK(entries == 1);  // no temporary file left behind
    CHECK_FALSE(write_file_atomically(dir / "missing-dir" / "map.json", "x").ok());
    std::filesystem::remove_all(dir);
}
