#pragma once
// Plain data that the catalogue hands to the kiosk, the printer and the command line.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

enum class Language { Dutch, English };

inline const char* language_code(Language l) { return l == Language::English ? "en" : "nl"; }

// A Dutch text with its English translation; English falls back to Dutch when missing.
struct LocalizedText {
    std::string nl;
    std::string en;
    const std::string& in(Language l) const { return (l == Language::English && !en.empty()) ? en : nl; }
    bool empty() const { return nl.empty() && en.empty(); }
    bool operator==(const LocalizedText&) const = default;
};

struct GeoPoint {
    double lat = 0;
    double lon = 0;
    bool operator==(const GeoPoint&) const = default;
};

// A moment in the week: what "open at" filters on. weekday 0 = Monday.
struct WeekTime {
    int weekday = 0;
    int minute = 0;  // minutes after local midnight
};

// One opening period on one day of the week.
struct OpeningSlot {
    int weekday = 0;    // 0 = Monday ... 6 = Sunday
    int opens_min = 0;  // minutes after midnight
    int closes_min = 0;
    bool operator==(const OpeningSlot&) const = default;
};

// What a result card and a search row show.
struct ServiceSummary {
    std::string id;
    LocalizedText name;
    LocalizedText summary;  // what it is, in one plain sentence
    std::string organization;
    std::string town;                         // city of the first location
    std::string municipality;                 // municipality of the first location
    std::vector<std::string> municipalities;  // where the service is available
    std::vector<std::string> tags;            // taxonomy codes: categories, audience, cost
    std::string phone;                        // the main phone number
    std::optional<GeoPoint> position;
    std::optional<double> distance_km;  // from the search's origin, when known
    std::vector<OpeningSlot> opening;   // the whole week, sorted
    bool in_home_municipality = false;

    bool has_tag(std::string_view code) const;
};

struct ServiceLocation {
    std::string name;
    std::string address;  // street and number
    std::string postal_code;
    std::string city;
    std::string municipality;
    std::optional<GeoPoint> position;
    LocalizedText transportation;  // how to get there
};

struct PhoneNumber {
    std::string number;
    std::string description;
    // Whose number it is: the service's own, else its location's or its organisation's (which
    // other services of that place or organisation share).
    enum class Owner { Service, Location, Organization };
    Owner owner = Owner::Service;
};

// Everything the detail screen and the printout show about one service.
struct ServiceDetail {
    ServiceSummary summary;
    LocalizedText description;
    LocalizedText fees;
    LocalizedText eligibility;
    std::string url;
    std::string email;
    std::string organization_website;
    std::string status;
    std::string assured_date;  // when the information was last checked (YYYY-MM-DD)
    std::vector<ServiceLocation> locations;
    std::vector<PhoneNumber> phones;
    std::vector<LocalizedText> schedule_notes;
};

// The catalogue's metadata table.
struct CatalogueInfo {
    std::int64_t version = 0;
    std::string created;  // YYYY-MM-DD
    std::string expires;  // YYYY-MM-DD, empty when it never expires
    std::string source;
    bool demo = false;
    int schema_version = 0;
};

}  // namespace ww
