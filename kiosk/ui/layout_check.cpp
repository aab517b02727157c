#include "ui/layout_check.h"

#include <algorithm>
#include <cstdio>

namespace ww::ui {

namespace {
constexpr float kSlack = 0.5f;  // rectangles are rounded to pixels in places

bool holds(const Rect& outer, const Rect& inner) {
    return inner.x >= outer.x - kSlack && inner.y >= outer.y - kSlack && inner.right() <= outer.right() + kSlack &&
           inner.bottom() <= outer.bottom() + kSlack;
}

bool overlap(const Rect& a, const Rect& b) {
    const float w = std::min(a.right(), b.right()) - std::max(a.x, b.x);
    const float h = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
    return w > kSlack && h > kSlack;
}

std::string mm(double px, double px_per_mm) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f mm", px / px_per_mm);
    return buf;
}
}  // namespace

bool is_information(const std::string& id) {
    return id == "detail.phone" || id == "route.step" || id.rfind("glossary.term.", 0) == 0;
}

bool is_tile(const std::string& id) {
    const auto starts = [&](const char* prefix) { return id.rfind(prefix, 0) == 0; };
    const auto ends = [&](const std::string& suffix) {
        return id.size() >= suffix.size() && id.compare(id.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends(".more") || ends(".previous")) return false;
    return starts("tile.") || starts("route.who.") || starts("route.what.");
}

bool is_choice(const std::string& id) {
    if (is_tile(id)) return true;
    const auto ends = [&](const std::string& suffix) {
        return id.size() >= suffix.size() && id.compare(id.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return id.rfind("route.where.", 0) == 0 && !ends(".more") && !ends(".previous");
}

std::vector<std::string> choice_page_faults(const UiMap& map) {
    std::vector<std::string> faults;
    if (map.screen != "home" && map.screen != "route.who" && map.screen != "route.where" && map.screen != "route.what")
        return faults;
    std::vector<const UiItem*> choices;
    for (const auto& item : map.items)
        if (is_choice(item.id)) choices.push_back(&item);
    const auto in_mm = [&](float px) { return mm(px, map.px_per_mm > 0 ? map.px_per_mm : 4); };
    if (std::none_of(choices.begin(), choices.end(), [](const UiItem* c) { return !c->clipped; })) {
        std::string shown;
        for (const UiItem* c : choices) shown += " " + c->id + " (" + in_mm(c->rect.h) + ")";
        faults.push_back(map.screen + ": no whole choice on this page" +
                         (shown.empty() ? std::string(", none at all") : ", only parts of" + shown));
        return faults;
    }
    // A page that is not the last shows at least two whole choices: one alone hides that there is
    // a choice at all (1366x768 at 150 % once showed one category per page, "1 van 7").
    const int whole = int(std::count_if(choices.begin(), choices.end(), [](const UiItem* c) { return !c->clipped; }));
    const bool more = std::any_of(map.items.begin(), map.items.end(), [&](const UiItem& item) {
        return item.id == "home.more" || item.id == map.screen + ".more";
    });
    if (whole < 2 && more) faults.push_back(map.screen + ": only one whole choice on a page that is not the last");
    // The page's top row: the choices that start highest (a choice cut by the page's top edge
    // starts there too, as only its visible part is in the map).
    float top = 1e9f;
    for (const UiItem* c : choices) top = std::min(top, c->rect.y);
    for (const UiItem* c : choices)
        if (c->rect.y <= top + kSlack && c->clipped)
            faults.push_back(map.screen + ": the page starts inside the row of " + c->id + " \"" + c->label + "\" (" +
                             in_mm(c->rect.h) + " of it shows)");
    return faults;
}

std::vector<std::string> layout_faults(const UiMap& map, const LayoutRules& rules) {
    std::vector<std::string> faults;
    const auto fault = [&](const UiItem& item, const std::string& what) {
        faults.push_back(item.id + " \"" + item.label + "\": " + what);
    };
    const Rect window{0, 0, float(map.window_w), float(map.window_h)};
    const float min_target = float(rules.min_target_mm * rules.px_per_mm) - kSlack;
    const float min_qr = float(rules.min_qr_mm * rules.px_per_mm) - kSlack;
    for (size_t i = 0; i < map.items.size(); ++i) {
        const UiItem& item = map.items[i];
        const Rect& r = item.rect;
        if (item.overflow) fault(item, "its words do not fit");
        if (r.w <= 0 || r.h <= 0) fault(item, "has no area");
        if (!holds(window, r)) fault(item, "lies (partly) outside the window");
        if (item.id == "list.qr") {
            if (item.clipped) fault(item, "the QR code is not whole on screen");
            if (std::min(r.w, r.h) < min_qr)
                fault(item, mm(std::min(r.w, r.h), rules.px_per_mm) + " wide, less than " +
                                mm(min_qr + kSlack, rules.px_per_mm));
        } else if (!item.clipped && !is_information(item.id)) {
            // A button partly scrolled out of view is smaller on screen by design; whole ones must be big.
            if (r.w < min_target)
                fault(item, mm(r.w, rules.px_per_mm) + " wide, less than " + mm(min_target + kSlack, rules.px_per_mm));
            if (r.h < min_target)
                fault(item, mm(r.h, rules.px_per_mm) + " high, less than " + mm(min_target + kSlack, rules.px_per_mm));
        }
        if (is_tile(item.id) && !item.clipped) {
            // In the layout's own millimetres (the map's px_per_mm): when the configured diagonal is
            // too small for the window, the kiosk lays out for a larger one and logs it.
            const double ppm = map.px_per_mm > 0 ? map.px_per_mm : rules.px_per_mm;
            const float min_picto = float(rules.min_picto_mm * ppm) - kSlack;
            if (item.picto.w <= 0) fault(item, "the tile has no pictogram");
            else if (std::min(item.picto.w, item.picto.h) < min_picto)
                fault(item, "pictogram " + mm(std::min(item.picto.w, item.picto.h), ppm) + ", less than " +
                                mm(min_picto + kSlack, ppm));
        }
        for (size_t j = i + 1; j < map.items.size(); ++j) {
            const UiItem& other = map.items[j];
            if (overlap(r, other.rect) && !holds(r, other.rect) && !holds(other.rect, r))
                fault(item, "overlaps " + other.id + " \"" + other.label + "\"");
        }
    }
    // Paging moves by whole lines: no line of text shows in part at a page's edge.
    for (const std::string& line : map.cut_lines)
        faults.push_back("text line \"" + line + "\" is cut by the edge of the page");
    // A shortened text ends after a whole word (or at a hyphenation point of one long word),
    // never inside one ("Dagbestedi…"): a resident must be able to read every word shown.
    for (const std::string& cut : map.word_cuts)
        if (std::find(map.texts.begin(), map.texts.end(), cut) != map.texts.end())
            faults.push_back("text \"" + cut + "\" is cut inside a word");
    return faults;
}

std::vector<std::string> first_page_faults(const UiMap& map, const FirstPageNeeds& needs) {
    std::vector<std::string> faults;
    const auto whole = [&](const std::string& id) {
        for (const auto& item : map.items)
            if (item.id == id) return !item.clipped;
        return false;
    };
    const auto shown = [&](const std::string& prefix) {
        for (const auto& item : map.items)
            if (item.id.rfind(prefix, 0) == 0 && !item.clipped) return true;
        return false;
    };
    const auto first_page = [&](const std::string& list) {
        for (const auto& [id, offset] : map.scroll)
            if (id == list) return offset < 0.5f;
        return true;
    };
    if (map.screen == "detail" && first_page("detail") && !shown("glossary.close")) {
        if (!whole("detail.add"))
            faults.push_back("detail: \"Zet op mijn lijst\" (detail.add) is not wholly on the first page");
        if (needs.phone && !whole("detail.phone"))
            faults.push_back("detail: the phone number (detail.phone) is not wholly on the first page");
    }
    // "Wat is dat?" in the text (a low window) is whole on the first page, never a sliver.
    const auto present = [&](const std::string& id) {
        return std::any_of(map.items.begin(), map.items.end(), [&](const UiItem& item) { return item.id == id; });
    };
    if (map.screen == "detail" && first_page("detail") && present("detail.glossary") && !whole("detail.glossary"))
        faults.push_back("detail: \"Wat is dat?\" (detail.glossary) is cut off on the first page");
    // The explanations' first page explains at least one word, not only their title (the first
    // lines of a long one are enough: pages there show whole lines only, cut_lines).
    if (map.screen == "detail" && shown("glossary.close") && first_page("glossary") &&
        std::none_of(map.items.begin(), map.items.end(),
                     [](const UiItem& item) { return item.id.rfind("glossary.term.", 0) == 0; }))
        faults.push_back(
            "detail: the first page of \"Wat is dat?\" shows no explanation (glossary.term.*), only the title");
    if (map.screen == "search" && needs.results > 0 && !shown("search.result."))
        faults.push_back("search: " + std::to_string(needs.results) + " results, but no result row on screen");
    return faults;
}

std::vector<std::string> card_name_faults(const UiMap& map) {
    std::vector<std::string> faults;
    std::vector<const UiItem*> cards;
    for (const auto& item : map.items)
        if (item.id.rfind("result.card.", 0) == 0 && !item.clipped) cards.push_back(&item);
    // What each card shows of its name: the name itself among the texts, or a shortened text
    // ("Dagbesteding…", "Ontmoetingscen-…") that begins like it, in drawing order.
    const std::string ellipsis = "…";
    std::vector<bool> used(map.texts.size());
    std::vector<std::string> shown;
    for (const UiItem* card : cards) {
        std::string seen;
        if (std::find(map.texts.begin(), map.texts.end(), card->label) != map.texts.end()) {
            seen = card->label;
        } else {
            for (size_t i = 0; i < map.texts.size() && seen.empty(); ++i) {
                const std::string& t = map.texts[i];
                if (used[i] || t.size() <= ellipsis.size() ||
                    t.compare(t.size() - ellipsis.size(), ellipsis.size(), ellipsis))
                    continue;
                std::string stem = t.substr(0, t.size() - ellipsis.size());
                while (!stem.empty() && (stem.back() == '-' || stem.back() == ' ')) stem.pop_back();
                if (!stem.empty() && card->label.rfind(stem, 0) == 0) {
                    used[i] = true;
                    seen = t;
                }
            }
            if (seen.empty()) seen = "(nothing)";
            // A name is cut only on a page of its own: too long for even a whole page.
            if (cards.size() > 1)
                faults.push_back("results: the name \"" + card->label + "\" shows as \"" + seen + "\" on a page of " +
                                 std::to_string(cards.size()) + " cards");
        }
        shown.push_back(seen);
    }
    for (size_t i = 0; i < cards.size(); ++i)
        for (size_t j = i + 1; j < cards.size(); ++j)
            if (shown[i] == shown[j] && (shown[i] != cards[i]->label || shown[j] != cards[j]->label))
                faults.push_back("results: two cards on this page read the same, \"" + shown[i] + "\" (" +
                                 cards[i]->label + " / " + cards[j]->label + ")");
    return faults;
}

std::vector<std::string> results_page_faults(const UiMap& map, int results) {
    std::vector<std::string> faults;
    if (map.screen != "results" || results <= 0) return faults;
    const UiItem* first = nullptr;
    bool load_more = false;
    for (const auto& item : map.items) {
        if (item.id == "results.filters" && item.on == 1) return faults;  // the filters instead of the cards
        if (item.id == "results.load_more" && !item.clipped) load_more = true;
        if (!first && item.id.rfind("result.card.", 0) == 0) first = &item;
    }
    const auto shown_mm = [&](const Rect& r) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f mm", r.h / (map.px_per_mm > 0 ? map.px_per_mm : 4));
        return std::string(buf);
    };
    if (!first) {
        if (!load_more) faults.push_back("results: " + std::to_string(results) + " results, but no card on this page");
        return faults;
    }
    // Pages start at a card's top: the first card on a page is whole, with its buttons.
    if (first->clipped)
        faults.push_back("results: the page starts inside the card " + first->id + " \"" + first->label + "\" (" +
                         shown_mm(first->rect) + " of it shows)");
    const std::string service = first->id.substr(std::string("result.card.").size());
    // Every other card on the page is whole too: none is cut by the bottom of the list, and none
    // reaches into the paging row ("Vorige" / "Meer").
    float paging_top = 1e9f;
    for (const auto& item : map.items)
        if (item.id == "results.more" || item.id == "results.previous") paging_top = std::min(paging_top, item.rect.y);
    const auto card_part = [](const std::string& id) {
        return id.rfind("result.card.", 0) == 0 || id.rfind("result.add.", 0) == 0 ||
               id.rfind("result.glossary.", 0) == 0 || id == "results.load_more";
    };
    bool add = false;
    for (const auto& item : map.items) {
        if (!card_part(item.id)) continue;
        if (item.id == "result.add." + service) add = true;
        if (&item == first) continue;
        if (item.clipped)
            faults.push_back("results: " + item.id + " \"" + item.label + "\" is cut off on this page (" +
                             shown_mm(item.rect) + " of it shows)");
        else if (item.rect.bottom() > paging_top + kSlack)
            faults.push_back("results: " + item.id + " \"" + item.label + "\" reaches into the paging row");
    }
    if (!add)
        faults.push_back("results: the card " + first->id + " shows no \"Zet op mijn lijst\" (result.add." + service +
                         ")");
    for (auto& fault : card_name_faults(map)) faults.push_back(std::move(fault));
    return faults;
}

std::vector<std::string> step_summary_faults(const UiMap& map, const std::vector<std::vector<std::string>>& answers) {
    std::vector<std::string> faults;
    if (map.screen != "route.who" && map.screen != "route.where" && map.screen != "route.what") return faults;
    const auto step =
        std::find_if(map.items.begin(), map.items.end(), [](const UiItem& item) { return item.id == "route.step"; });
    if (step == map.items.end()) {
        faults.push_back(map.screen + ": no step summary (route.step)");
        return faults;
    }
    const std::string& shown = step->label;
    if (step->clipped) faults.push_back(map.screen + ": the step summary \"" + shown + "\" is cut off by the page");
    if (shown.find("…") != std::string::npos)
        faults.push_back(map.screen + ": the step summary \"" + shown + "\" is cut (…)");
    for (const auto& wordings : answers) {
        if (wordings.empty()) continue;
        const bool found = std::any_of(wordings.begin(), wordings.end(), [&](const std::string& w) {
            return !w.empty() && shown.find(w) != std::string::npos;
        });
        if (!found)
            faults.push_back(map.screen + ": the step summary \"" + shown + "\" does not show the answer \"" +
                             wordings.front() + "\"");
    }
    return faults;
}

}  // namespace ww::ui
