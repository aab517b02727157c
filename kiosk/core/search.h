#pragma once
// What a search asks and what it answers. The engine lives in search_engine.h.
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace ww {

struct SearchQuery {
    std::string text;                         // words as typed; empty with a category = browse
    std::optional<std::string> municipality;  // only services available there
    std::optional<std::string> category;      // taxonomy code, e.g. "meeting"
    std::optional<std::string> audience;      // "audience-person" / "audience-carer": ranked first, never a filter
    std::optional<std::string> cost;          // "cost-free" / "cost-contribution" / "cost-indication"
    std::optional<WeekTime> open_at;          // only services open at that moment
    std::optional<GeoPoint> near;             // origin for distance (the kiosk's coordinates)
    std::string home_municipality;            // ranked before other municipalities
    int limit = 20;
    int offset = 0;
};

// A typed word that matched nothing and the catalogue word it was taken to mean.
struct Correction {
    std::string typed;
    std::string meant;
};

struct SearchResult {
    std::vector<ServiceSummary> services;   // best first
    int total = 0;                          // matches before limit/offset
    std::optional<std::string> suggestion;  // the whole query as corrected ("Bedoelt u: dementie?")
    std::vector<Correction> corrections;
    // A place of residence named in the words ("Zuidlaren"): not searched as a word, but results
    // are ordered by distance from it (its municipality first).
    std::optional<std::string> place;
    // Words were typed and nothing answers them: the screen offers a way on instead (choose a
    // topic, or call the helpline). Never true for an empty query or when there are results.
    bool offer_way_on = false;
};

}  // namespace ww
