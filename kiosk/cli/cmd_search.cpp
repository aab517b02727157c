// kioskctl search: the kiosk's search from the command line.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/catalogue.h"
#include "core/taxonomy.h"

namespace ww::cli {
namespace {

constexpr std::string_view kUsage = R"(Usage: kioskctl search --db FILE [OPTIONS] QUERY...

Searches the catalogue the way the kiosk does: words may be misspelt, accents don't matter,
the last word may be unfinished. An empty query with --category lists that category.

Options:
  --db FILE              the catalogue file (required)
  --municipality NAME    only services available in this municipality
  --category CODE        dementia-support, meeting, day-care, transport, carer-support,
                         care-at-home or advice
  --audience CODE        audience-person or audience-carer: ranked first (never a filter)
  --cost CODE            cost-free, cost-contribution or cost-indication
  --open-at WHEN         only services open at WHEN, local time: YYYY-MM-DDTHH:MM
  --near LAT,LON         distances from this point (the kiosk's coordinates)
  --home NAME            rank services in this municipality first (the kiosk's municipality)
  --limit N              at most N results (default 20)
  --offset N             skip the first N results
  --json                 print {"results":[...],"total":N,"suggestion":...}
  --batch                read one query per line from standard input and print one JSON
                         object per line ({"query":...} plus the --json fields), all with the
                         same options; opens the catalogue once (for evaluations)
)";

nlohmann::json to_json(const ServiceSummary& s) {
    nlohmann::json opening = nlohmann::json::array();
    for (const auto& o : s.opening)
        opening.push_back({{"weekday", o.weekday}, {"opens_min", o.opens_min}, {"closes_min", o.closes_min}});
    nlohmann::json j{{"id", s.id},
                     {"name", s.name.nl},
                     {"name_en", s.name.en},
                     {"summary", s.summary.nl},
                     {"summary_en", s.summary.en},
                     {"organization", s.organization},
                     {"town", s.town},
                     {"municipality", s.municipality},
                     {"municipalities", s.municipalities},
                     {"tags", s.tags},
                     {"phone", s.phone},
                     {"in_home_municipality", s.in_home_municipality},
                     {"opening", opening}};
    j["distance_km"] = s.distance_km ? nlohmann::json(*s.distance_km) : nlohmann::json(nullptr);
    return j;
}

std::optional<int> parse_count(const std::string& text) {
    try {
        size_t used = 0;
        int n = std::stoi(text, &used);
        if (used == text.size() && n >= 0) return n;
    } catch (...) {}
    return std::nullopt;
}

nlohmann::json result_json(const SearchResult& r) {
    nlohmann::json out{{"results", nlohmann::json::array()}, {"total", r.total}};
    for (const auto& s : r.services) out["results"].push_back(to_json(s));
    out["suggestion"] = r.suggestion ? nlohmann::json(*r.suggestion) : nlohmann::json(nullptr);
    out["corrections"] = nlohmann::json::array();
    for (const auto& c : r.corrections) out["corrections"].push_back({{"typed", c.typed}, {"meant", c.meant}});
    out["place"] = r.place ? nlohmann::json(*r.place) : nlohmann::json(nullptr);
    out["offer_way_on"] = r.offer_way_on;
    return out;
}

// One query per input line, one compact JSON object per output line, in order.
int run_batch(const Catalogue& catalogue, SearchQuery q) {
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        q.text = line;
        nlohmann::json out = result_json(catalogue.search(q));
        out["query"] = line;
        std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    std::cout.flush();
    return kOk;
}

int run(const Args& args) {
    auto db = args.get("db");
    if (!db) return user_error("search", "--db FILE is required");
    SearchQuery q;
    for (const auto& word : args.positional()) q.text += (q.text.empty() ? "" : " ") + word;
    q.municipality = args.get("municipality");
    q.category = args.get("category");
    q.audience = args.get("audience");
    q.cost = args.get("cost");
    for (const auto* code : {&q.category, &q.audience, &q.cost})
        if (*code && !find_tag(**code)) return user_error("search", "unknown code '" + **code + "'; see --help");
    if (auto when = args.get("open-at")) {
        q.open_at = parse_week_time(*when);
        if (!q.open_at) return user_error("search", "--open-at '" + *when + "' is not YYYY-MM-DDTHH:MM");
    }
    if (auto near = args.get("near")) {
        double lat = 0, lon = 0;
        char tail = 0;
        if (std::sscanf(near->c_str(), "%lf,%lf%c", &lat, &lon, &tail) != 2 || lat < -90 || lat > 90 || lon < -180 ||
            lon > 180)
            return user_error("search", "--near '" + *near + "' is not LAT,LON (for example 52.7858,6.8976)");
        q.near = GeoPoint{lat, lon};
    }
    q.home_municipality = args.get("home").value_or("");
    for (auto [name, target] : {std::pair{"limit", &q.limit}, std::pair{"offset", &q.offset}}) {
        if (auto v = args.get(name)) {
            auto n = parse_count(*v);
            if (!n) return user_error("search", std::string("--") + name + " needs a whole number, not '" + *v + "'");
            *target = *n;
        }
    }

    auto catalogue = Catalogue::open(*db);
    if (!catalogue) return user_error("search", catalogue.error());
    if (args.has("batch")) {
        if (!args.positional().empty())
            return user_error("search", "--batch reads the queries from standard input; give no QUERY");
        return run_batch(**catalogue, q);
    }
    SearchResult r = (*catalogue)->search(q);

    if (args.has("json")) {
        // Text from a catalogue can hold bytes that are not UTF-8: replaced (U+FFFD), never an abort.
        std::cout << result_json(r).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kOk;
    }
    if (r.suggestion) std::cout << "Did you mean: " << *r.suggestion << "?\n";
    if (r.place) std::cout << "Near: " << *r.place << "\n";
    if (r.offer_way_on) std::cout << "Nothing answers these words: the kiosk offers the topics and the helpline.\n";
    std::cout << r.total << " result" << (r.total == 1 ? "" : "s") << "\n";
    for (const auto& s : r.services) {
        std::cout << "  " << s.id << "  " << s.name.nl << " — " << s.town;
        if (s.distance_km) {
            char distance[32];
            std::snprintf(distance, sizeof distance, " (%.1f km)", *s.distance_km);
            std::cout << distance;
        }
        std::cout << (s.phone.empty() ? "" : "  tel. " + s.phone) << "\n";
    }
    return kOk;
}

const Registration registration{{
    "search",
    "Search the catalogue like the kiosk does",
    kUsage,
    {{"db"},
     {"municipality"},
     {"category"},
     {"audience"},
     {"cost"},
     {"open-at"},
     {"near"},
     {"home"},
     {"limit"},
     {"offset"},
     {"json", false},
     {"batch", false}},
    run,
}};

}  // namespace
}  // namespace ww::cli
