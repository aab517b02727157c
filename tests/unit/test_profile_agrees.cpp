// The Wegwijzer HSDS profile (db/profile/) repeats facts the C++ owns: the taxonomy codes
// (core/taxonomy.cpp) and the twelve municipalities (db/woonplaatsen_drenthe.csv, compiled in).
// Both the profile's patches and its generated datapackage.json must list exactly those.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/drenthe_places.h"
#include "core/taxonomy.h"

namespace fs = std::filesystem;

namespace {

const fs::path kProfile = fs::path(WEGWIJZER_SOURCE_DIR) / "db" / "profile";

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

nlohmann::json read_json(const fs::path& path) {
    auto json = nlohmann::json::parse(read_text(path), nullptr, false);
    INFO(path.string());
    REQUIRE_FALSE(json.is_discarded());
    return json;
}

// The enum of a property in one of the profile's merge patches (profile/<object>.json).
std::multiset<std::string> patch_enum(const std::string& object, const std::string& property) {
    const auto json = read_json(kProfile / "profile" / (object + ".json"));
    const auto& values = json["properties"][property]["constraints"]["enum"];
    INFO(object << "." << property);
    REQUIRE(values.is_array());
    return values.get<std::multiset<std::string>>();
}

// The enum of a field of a resource in the profile's datapackage.json.
std::multiset<std::string> package_enum(const std::string& resource, const std::string& field) {
    const auto json = read_json(kProfile / "datapackage.json");
    for (const auto& r : json["resources"]) {
        if (r["name"] != resource) continue;
        for (const auto& f : r["schema"]["fields"])
            if (f["name"] == field) return f["constraints"]["enum"].get<std::multiset<std::string>>();
    }
    FAIL("datapackage.json has no field " << resource << "." << field);
    return {};
}

std::multiset<std::string> tag_codes() {
    std::multiset<std::string> codes;
    for (const auto& tag : ww::all_tags()) codes.emplace(tag.code);
    return codes;
}

std::multiset<std::string> municipalities() {
    std::multiset<std::string> names;
    for (auto name : ww::drenthe_municipalities()) names.emplace(name);
    return names;
}

}  // namespace

TEST_CASE("profile: the taxonomy codes are exactly Wegwijzer's", "[profile]") {
    const auto codes = tag_codes();
    REQUIRE(codes.size() == 12);
    CHECK(patch_enum("taxonomy_term", "code") == codes);
    CHECK(package_enum("taxonomy_term", "code") == codes);
    // The README's table names each code for people who read the profile.
    const std::string readme = read_text(kProfile / "README.md");
    for (const auto& code : codes) {
        INFO(code);
        CHECK(readme.find("`" + code + "`") != std::string::npos);
    }
}

TEST_CASE("profile: the municipalities are exactly Drenthe's twelve", "[profile]") {
    const auto names = municipalities();
    REQUIRE(names.size() == 12);
    CHECK(patch_enum("address", "region") == names);
    CHECK(patch_enum("service_area", "name") == names);
    CHECK(package_enum("address", "region") == names);
    CHECK(package_enum("service_area", "name") == names);
}
