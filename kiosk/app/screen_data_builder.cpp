#include "app/screen_data_builder.h"

#include "adapters/qr.h"
#include "core/taxonomy.h"

namespace ww::app {

SearchQuery ScreenDataBuilder::results_query(const ui::NavState& nav, WeekTime now, int limit) const {
    SearchQuery q;
    q.text = nav.query;
    if (!nav.municipality.empty()) q.municipality = nav.municipality;
    if (!nav.category.empty()) q.category = nav.category;
    if (!nav.audience.empty()) q.audience = nav.audience;
    if (nav.free_only) q.cost = std::string(tag::kCostFree);
    if (nav.open_now) q.open_at = now;
    q.near = config_.position;
    q.home_municipality = config_.municipality;
    q.limit = limit;
    return q;
}

void ScreenDataBuilder::update(ui::ScreenData& d, const ui::NavState& nav, const Catalogue* cat, WeekTime now) {
    d.now = now;
    if (!cat) return;
    using ui::Screen;

    // Search: on the search screen (a short preview while typing) and on the results screen.
    const bool searching = nav.screen == Screen::Search || nav.screen == Screen::Results;
    if (searching) {
        const int limit = nav.screen == Screen::Search ? 6 : nav.result_limit;
        const SearchQuery q = results_query(nav, now, limit);
        std::string key = std::to_string(int(nav.screen)) + "|" + q.text + "|" + q.municipality.value_or("") + "|" +
                          q.category.value_or("") + "|" + q.audience.value_or("") + "|" + q.cost.value_or("") + "|" +
                          (q.open_at ? std::to_string(now.weekday * 1440 + now.minute) : "") + "|" +
                          std::to_string(limit);
        if (key != search_key_) {
            search_key_ = key;
            // The search screen compares a word's matches with the whole catalogue ("Toon alle 311"
            // is no help when there are 336); counted once per catalogue, when first needed.
            if (nav.screen == Screen::Search && d.service_count < 0) d.service_count = cat->counts().services;
            if (nav.screen == Screen::Search && q.text.empty()) d.results = {};
            else d.results = cat->search(q);
        }
    } else {
        search_key_.clear();
    }

    if (nav.screen == Screen::Detail) {
        if (detail_key_ != nav.detail_id) {
            detail_key_ = nav.detail_id;
            d.detail = cat->service(nav.detail_id, config_.position, config_.municipality);
            d.detail_phone_qr.reset();
            d.detail_web_qr.reset();
            if (d.detail) {
                const std::string phone = !d.detail->summary.phone.empty() ? d.detail->summary.phone
                                          : d.detail->phones.empty()       ? std::string()
                                                                           : d.detail->phones.front().number;
                if (!phone.empty())
                    if (auto qr = make_link_qr(tel_uri(phone))) d.detail_phone_qr = std::move(qr.value());
                const std::string web = d.detail->url.empty() ? d.detail->organization_website : d.detail->url;
                if (!web.empty())
                    if (auto qr = make_link_qr(web)) d.detail_web_qr = std::move(qr.value());
            }
        }
    } else {
        detail_key_.clear();
    }

    // The list's items are needed for the bar count only as ids; details on the list screen.
    std::string list_key = std::to_string(int(nav.language));
    for (const auto& id : nav.list) list_key += "|" + id;
    if (nav.screen == Screen::MyList && list_key != list_key_) {
        list_key_ = list_key;
        d.list_items.clear();
        for (const auto& id : nav.list)
            if (auto det = cat->service(id, config_.position, config_.municipality))
                d.list_items.push_back(det->summary);
        d.list_qr.reset();
        if (!d.list_items.empty())
            if (auto qr = make_qr(list_as_text(d.list_items, nav.language))) d.list_qr = std::move(qr.value());
    } else if (nav.screen != Screen::MyList) {
        list_key_.clear();
    }
}

}  // namespace ww::app
