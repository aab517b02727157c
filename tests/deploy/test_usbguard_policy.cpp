// deploy/usbguard/rules.conf decides as documented, evaluated by libusbguard's own rule matcher
// the way usbguard-daemon does it: the first rule that applies wins; no rule means "block".
#include <catch2/catch.hpp>

#include <usbguard/Rule.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace {

std::vector<usbguard::Rule> load_policy(const std::string& extra_line = "") {
    std::ifstream in(WEGWIJZER_SOURCE_DIR "/deploy/usbguard/rules.conf");
    REQUIRE(in.good());
    std::vector<usbguard::Rule> rules;
    std::string line;
    while (std::getline(in, line)) {
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') continue;
        rules.push_back(usbguard::Rule::fromString(line));
    }
    if (!extra_line.empty()) rules.push_back(usbguard::Rule::fromString(extra_line));
    return rules;
}

// What usbguard-daemon would do with a device described as a device rule.
std::string decide(const std::vector<usbguard::Rule>& rules, const std::string& device) {
    const auto device_rule = usbguard::Rule::fromString(device);
    for (const auto& rule : rules)
        if (rule.appliesTo(device_rule)) return usbguard::Rule::targetToString(rule.getTarget());
    return "block";  // ImplicitPolicyTarget=block
}

}  // namespace

TEST_CASE("usbguard policy: a stick that is also a keyboard is rejected", "[deploy][usbguard]") {
    const auto rules = load_policy();
    CHECK(decide(rules, R"(block id 1234:5678 name "Duck" with-interface { 08:06:50 03:01:01 })") == "reject");
    // Interface order and a keyboard without the boot protocol make no difference.
    CHECK(decide(rules, R"(block id 1234:5678 name "Duck" with-interface { 03:00:00 08:06:50 })") == "reject");
    // Nor does a stick that is also a network card, a modem or a radio.
    CHECK(decide(rules, R"(block id 0bda:8151 name "NetStick" with-interface { 08:06:50 02:06:00 0a:00:00 })") ==
          "reject");
    CHECK(decide(rules, R"(block id 0bda:8152 name "Radio" with-interface { e0:01:01 08:06:50 })") == "reject");
}

TEST_CASE("usbguard policy: plain sticks, hubs and printers are allowed", "[deploy][usbguard]") {
    const auto rules = load_policy();
    CHECK(decide(rules, R"(block id 0781:5581 name "Ultra" with-interface 08:06:50)") == "allow");
    CHECK(decide(rules, R"(block id 0781:5581 name "Ultra" with-interface { 08:06:50 08:06:62 })") == "allow");
    CHECK(decide(rules, R"(block id 05e3:0608 name "USB2.0 Hub" with-interface 09:00:00)") == "allow");
    CHECK(decide(rules, R"(block id 05e3:0610 name "USB2.0 Hub" with-interface { 09:00:01 09:00:02 })") == "allow");
    CHECK(decide(rules, R"(block id 03f0:002a name "LaserJet" with-interface 07:01:02)") == "allow");
}

TEST_CASE("usbguard policy: keyboards and other devices are blocked, the panel only once added", "[deploy][usbguard]") {
    const auto rules = load_policy();
    const std::string keyboard = R"(block id 046d:c31c name "USB Keyboard" with-interface { 03:01:01 03:00:00 })";
    const std::string panel = R"(block id 0eef:c002 name "eGalaxTouch" via-port "1-4" with-interface 03:00:00)";
    CHECK(decide(rules, keyboard) == "block");
    CHECK(decide(rules, panel) == "block");
    CHECK(decide(rules, R"(block id 18d1:4ee7 name "Phone" with-interface { 06:01:01 ff:42:01 })") == "block");
    // A stick with an extra vendor-specific or audio interface is not a plain stick.
    CHECK(decide(rules, R"(block id 1234:0001 name "Odd" with-interface { 08:06:50 ff:00:00 })") == "block");
    CHECK(decide(rules, R"(block id 1234:0002 name "Odd" with-interface { 08:06:50 01:01:00 })") == "block");

    // The README's step: add the built-in touch panel's line (from `usbguard generate-policy`).
    const auto with_panel =
        load_policy(R"(allow id 0eef:c002 name "eGalaxTouch" via-port "1-4" with-interface equals { 03:00:00 })");
    CHECK(decide(with_panel, panel) == "allow");
    CHECK(decide(with_panel, keyboard) == "block");
    // The same panel model on another port (someone plugging in their own) stays blocked.
    CHECK(decide(with_panel, R"(block id 0eef:c002 name "eGalaxTouch" via-port "2-1" with-interface 03:00:00)") ==
          "block");
}
