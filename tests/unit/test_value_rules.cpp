// The value rules shared by `kioskctl build` and the USB import (core/value_rules.h).
#include <catch2/catch.hpp>

#include "core/value_rules.h"

using namespace ww;

namespace {
bool ok(const FieldRule& rule, std::string value) { return !check_field(rule, value); }
std::string problem(const FieldRule& rule, std::string value) { return check_field(rule, value).value_or(""); }
const FieldRule kName = *field_rule("services", "name");
const FieldRule kDescription = *field_rule("services", "description");
}  // namespace

TEST_CASE("value rules: every text column has a rule, numbers have none", "[value_rules]") {
    CHECK(field_rule("services", "url")->kind == FieldKind::Url);
    CHECK(field_rule("organizations", "website")->kind == FieldKind::Url);
    CHECK(field_rule("phones", "number")->kind == FieldKind::Phone);
    CHECK(field_rule("services", "email")->kind == FieldKind::Email);
    CHECK(field_rule("services", "description")->kind == FieldKind::Text);
    CHECK(field_rule("phones", "description")->kind == FieldKind::Line);
    CHECK(field_rule("services", "name")->max_chars == limits::kNameChars);
    CHECK(field_rule("services", "organization_id")->max_chars == limits::kIdChars);
    CHECK_FALSE(field_rule("locations", "latitude"));
    CHECK_FALSE(field_rule("locations", "longitude"));
}

TEST_CASE("value rules: UTF-8 must be valid", "[value_rules]") {
    CHECK_FALSE(text_problem("Café Élan, Ônder de Linde", false));
    CHECK_FALSE(text_problem("日本語 and 😀", false));
    CHECK(text_problem("Koffie\xff", false)->find("not valid UTF-8 (byte 7") != std::string::npos);
    CHECK(text_problem("\xc3", false));              // truncated
    CHECK(text_problem("\xc0\xaf", false));          // overlong '/'
    CHECK(text_problem("\xed\xa0\x80", false));      // a surrogate
    CHECK(text_problem("\xf4\x90\x80\x80", false));  // above U+10FFFF
}

TEST_CASE("value rules: control, bidi and invisible characters are refused", "[value_rules]") {
    CHECK(text_problem("a\x07"
                       "b",
                       false)
              ->find("control character (U+0007) at byte 2") != std::string::npos);
    CHECK(text_problem("a\tb", true)->find("control character") != std::string::npos);
    CHECK(text_problem("a\x7f", false));
    CHECK(text_problem("a\xc2\x85", false));  // U+0085, a C1 control
    for (const char* bidi : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
                             "\u200E", "\u200F", "\u061C"})
        CHECK(text_problem(std::string("0592 ") + bidi + "123", true)->find("reading direction") != std::string::npos);
    CHECK(text_problem("a\u2028b", true));
    CHECK(text_problem("\uFEFFa", true));
    CHECK(text_problem("a\uFFFF", true));
    CHECK(text_problem("line\nbreak", false)->find("a line break") != std::string::npos);
    CHECK_FALSE(text_problem("line\nbreak", true));
}

TEST_CASE("value rules: harmless things are cleaned, not refused", "[value_rules]") {
    std::string name = "  Koffieochtend\n";
    CHECK_FALSE(check_field(kName, name));
    CHECK(name == "Koffieochtend");
    std::string text = "Eerste regel.\r\nTweede regel.\r\n";
    CHECK_FALSE(check_field(kDescription, text));
    CHECK(text == "Eerste regel.\nTweede regel.");
    CHECK(problem(kName, "Koffie\r\nochtend").find("control character (U+000D)") != std::string::npos);
}

TEST_CASE("value rules: lengths count characters, not bytes", "[value_rules]") {
    CHECK(ok(kName, std::string(150, 'x')));
    CHECK(problem(kName, std::string(151, 'x')) == "is 151 characters long; the most is 150");
    std::string e_acute;
    for (int i = 0; i < 150; ++i) e_acute += "é";
    CHECK(ok(kName, e_acute));
    CHECK(ok(kDescription, std::string(limits::kDescriptionChars, 'x')));
    CHECK_FALSE(ok(kDescription, std::string(limits::kDescriptionChars + 1, 'x')));
    CHECK(utf8_chars("aé😀") == 3);
}

TEST_CASE("value rules: links are http(s) only and short enough for a QR code", "[value_rules]") {
    const FieldRule url = *field_rule("services", "url");
    CHECK(ok(url, "https://www.alzheimer-nederland.nl/drenthe"));
    CHECK(ok(url, "HTTP://example.nl"));
    CHECK(problem(url, "javascript:alert(1)").find("not a web address") != std::string::npos);
    CHECK_FALSE(ok(url, "data:text/html,hoi"));
    CHECK_FALSE(ok(url, "file:///etc/passwd"));
    CHECK_FALSE(ok(url, "www.example.nl"));
    CHECK_FALSE(ok(url, "https://"));
    CHECK_FALSE(ok(url, "https://localhost/"));
    CHECK_FALSE(ok(url, "https://exa mple.nl/"));
    CHECK_FALSE(ok(url, "https://voorbeeld.nl/caf\xc3\xa9"));
    std::string longest = "https://example.nl/" + std::string(limits::kUrlBytes - 19, 'a');
    CHECK(ok(url, longest));
    CHECK(problem(url, longest + "a").find("phones cannot read") != std::string::npos);
}

TEST_CASE("value rules: phone numbers use a phone's alphabet", "[value_rules]") {
    const FieldRule phone = *field_rule("phones", "number");
    for (const char* good : {"0592 - 071 106", "+31 (0)592 123 456", "112", "0800-0220", "050/123.45.67"})
        CHECK(ok(phone, good));
    CHECK(problem(phone, "0592-BELMIJ").find("'B', which a phone number cannot hold") != std::string::npos);
    CHECK_FALSE(ok(phone, "0592,,1234"));
    CHECK_FALSE(ok(phone, "0592;1234"));
    CHECK_FALSE(ok(phone, "*21#"));
    CHECK_FALSE(ok(phone, "12"));
    CHECK_FALSE(ok(phone, "0592+123"));
    CHECK_FALSE(ok(phone, std::string(21, '1')));
}

TEST_CASE("value rules: e-mail addresses", "[value_rules]") {
    const FieldRule email = *field_rule("services", "email");
    CHECK(ok(email, "info@wmo-loket.nl"));
    CHECK_FALSE(ok(email, "info"));
    CHECK_FALSE(ok(email, "@example.nl"));
    CHECK_FALSE(ok(email, "a@b@example.nl"));
    CHECK_FALSE(ok(email, "a b@example.nl"));
    CHECK_FALSE(ok(email, "info@localhost"));
}

TEST_CASE("value rules: the region is Drenthe with a margin", "[value_rules]") {
    GeoBox drenthe;
    CHECK(drenthe.contains({52.7858, 6.8976}));        // Emmen
    CHECK(drenthe.contains({52.9925, 6.5625}));        // Assen
    CHECK(drenthe.contains({53.2194, 6.5665}));        // Groningen, just over the border
    CHECK_FALSE(drenthe.contains({6.8976, 52.7858}));  // swapped
    CHECK_FALSE(drenthe.contains({52.3676, 4.9041}));  // Amsterdam
    CHECK_FALSE(drenthe.contains({0, 0}));
}
