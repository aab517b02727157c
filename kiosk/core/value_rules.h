#pragma once
// The rules every value of a catalogue must follow, shared by `kioskctl build` (HSDS CSV) and the
// USB import (a signed package): what a name, a phone number, a link or an opening time may hold.
// Pure functions over plain data, so staff hear about a problem when they build, not at the kiosk.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ww {

// How much a catalogue may hold. Generous for real data, small enough that nothing can paint over
// the screen, slow a frame down or make a QR code that a phone cannot read.
namespace limits {
inline constexpr std::size_t kIdChars = 100;
inline constexpr std::size_t kNameChars = 150;          // service, organisation, location, term names
inline constexpr std::size_t kLineChars = 200;          // addresses, phone descriptions, attribute values
inline constexpr std::size_t kNoteChars = 1000;         // fees, eligibility, transport, schedule notes
inline constexpr std::size_t kDescriptionChars = 4000;  // a service's or organisation's description
inline constexpr std::size_t kUrlBytes = 200;           // fits a QR code of version 10 (qr.h): phones read it
inline constexpr std::size_t kEmailChars = 254;
inline constexpr std::size_t kPhoneChars = 30;
inline constexpr int kPhonesPerService = 10;
inline constexpr int kSlotsPerService = 50;  // opening periods per week
inline constexpr int kTagsPerService = 30;
inline constexpr int kLocationsPerService = 50;
inline constexpr int kAreasPerService = 20;
}  // namespace limits

enum class FieldKind {
    Line,  // one line of text
    Text,  // may hold line breaks (a description)
    Url,   // http(s) only
    Email,
    Phone,  // a phone's alphabet
};

struct FieldRule {
    FieldKind kind = FieldKind::Line;
    std::size_t max_chars = limits::kLineChars;
};

// The rule of a text column of an HSDS table (or of "synonyms" / "metadata"); nullopt for the
// number columns (latitude, longitude) and for columns it does not know.
std::optional<FieldRule> field_rule(std::string_view table, std::string_view column);

// Problems with a text that can hurt when shown or printed: invalid UTF-8, control characters
// (a line break only where `multiline`), bidi overrides and isolates (U+202A-U+202E,
// U+2066-U+2069, U+200E/F, U+061C), line/paragraph separators, a byte order mark, noncharacters.
// nullopt when the text is safe.
std::optional<std::string> text_problem(std::string_view text, bool multiline);

// Number of code points of valid UTF-8.
std::size_t utf8_chars(std::string_view text);

// Cleans what is harmless (surrounding spaces and line breaks, CR LF inside a text) and then checks
// the value against its rule. nullopt when the value is fine; else the problem, in English.
std::optional<std::string> check_field(const FieldRule& rule, std::string& value);

// A link for a QR code: http:// or https://, a host, no spaces, at most kUrlBytes.
std::optional<std::string> url_problem(std::string_view url);
// Digits, spaces and + - ( ) . / only, with 3 to 20 digits.
std::optional<std::string> phone_problem(std::string_view phone);
std::optional<std::string> email_problem(std::string_view email);

// Where the catalogue's places may lie: Drenthe with a margin of about 20 km, so places just over
// the border (a hospital in Groningen or Zwolle) still fit.
struct GeoBox {
    double south = 52.45, north = 53.35, west = 5.90, east = 7.35;
    bool contains(const GeoPoint& p) const {
        return p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east;
    }
};

}  // namespace ww
