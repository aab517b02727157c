#pragma once
// Fills the views' ScreenData from the catalogue for the current navigation state, querying only
// what the state needs and only when the question changed (search runs while typing).
#include <string>

#include "core/catalogue.h"
#include "core/config.h"
#include "ui/nav.h"
#include "ui/screen_data.h"

namespace ww::app {

class ScreenDataBuilder {
public:
    explicit ScreenDataBuilder(const KioskConfig& config) : config_(config) {}

    // `catalogue` may be null (out of order). `now` is the local moment for "open today"/"Nu open".
    void update(ui::ScreenData& data, const ui::NavState& nav, const Catalogue* catalogue, WeekTime now);
    void invalidate() {
        search_key_.clear();
        detail_key_.clear();
        list_key_.clear();
    }

    // The query the results screen runs, so tests and the bench can reproduce it.
    SearchQuery results_query(const ui::NavState& nav, WeekTime now, int limit) const;

private:
    const KioskConfig& config_;
    std::string search_key_;
    std::string detail_key_;
    std::string list_key_;
};

}  // namespace ww::app
