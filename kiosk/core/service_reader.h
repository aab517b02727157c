#pragma once
// Reads services out of a catalogue into the plain structs of model.h.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/sqlite.h"

namespace ww {

struct ReadContext {
    std::optional<GeoPoint> near;   // fills distance_km
    std::string home_municipality;  // fills in_home_municipality
};

// Summaries for the given service ids, in the same order; unknown ids are skipped.
std::vector<ServiceSummary> read_summaries(const Database& db, const std::vector<std::string>& ids,
                                           const ReadContext& context);

// The same, with its statements prepared once: the search reads a page on every keystroke, and
// preparing six statements each time cost about a tenth of a search. Not thread-safe (one
// caller at a time, as for the connection itself); the statements are reset after each read,
// so no read transaction stays open between reads.
class SummaryReader {
public:
    explicit SummaryReader(const Database& db);
    ~SummaryReader();
    SummaryReader(SummaryReader&&) noexcept;
    SummaryReader& operator=(SummaryReader&&) noexcept;
    std::vector<ServiceSummary> read(const std::vector<std::string>& ids, const ReadContext& context);

private:
    struct Statements;
    std::unique_ptr<Statements> statements_;
};
std::optional<ServiceDetail> read_detail(const Database& db, std::string_view id, const ReadContext& context);

// Great-circle distance in kilometres.
double distance_km(const GeoPoint& a, const GeoPoint& b);

// The first sentence of a text: what a result card shows.
std::string first_sentence(std::string_view text);

}  // namespace ww
