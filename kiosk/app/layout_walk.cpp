#include "app/layout_walk.h"

#include <cstdio>
#include <fstream>
#include <system_error>

#include "app/kiosk_log.h"
#include "core/print/print_status.h"
#include "ui/layout.h"
#include "ui/layout_check.h"
#include "ui/screen_data.h"
#include "ui/strings.h"

namespace ww::app {

std::optional<WalkShape> parse_walk_shape(const std::string& text) {
    WalkShape s;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%dx%d@%lf%c", &s.w, &s.h, &s.diagonal_inch, &tail) != 3) return std::nullopt;
    if (s.w < 320 || s.h < 240 || s.w > 16384 || s.h > 16384 || s.diagonal_inch < 5 || s.diagonal_inch > 200)
        return std::nullopt;
    return s;
}

std::string shape_name(const WalkShape& shape) { return std::to_string(shape.w) + "x" + std::to_string(shape.h); }

namespace {
using K = ui::ActionKind;

std::string first_item(const ui::UiMap& map, const std::string& prefix, size_t skip = 0) {
    for (const auto& item : map.items)
        if (item.id.rfind(prefix, 0) == 0 && skip-- == 0) return item.id;
    return {};
}

bool on_screen(const ui::UiMap& map, const std::string& id) {
    for (const auto& item : map.items)
        if (item.id == id) return true;
    return false;
}

// Taps "Meer" (`more_id`) until the list ends, a shot of each page (at most `max_pages`).
void page_through(WalkDriver& d, const std::string& more_id, const std::string& name, int max_pages = 4) {
    for (int page = 2; page <= max_pages && d.tap(more_id); ++page) d.shot(name + "-p" + std::to_string(page));
}

void home(WalkDriver& d) { d.act({K::Home, {}}); }

// A filter on the results: in a low window it is behind "Filters (2)" (the filters instead of the
// cards, until that is tapped again).
bool tap_filter(WalkDriver& d, const std::string& id) {
    if (!on_screen(d.map(), id)) d.tap("results.filters");
    return d.tap(id);
}

// Taps `id`, first paging with `more_id` until it is on screen (the way a resident finds it).
bool reach(WalkDriver& d, const std::string& id, const std::string& more_id) {
    for (int page = 0; page < 8; ++page) {
        if (on_screen(d.map(), id)) return d.tap(id);
        if (!d.tap(more_id)) return false;
    }
    return false;
}
}  // namespace

void walk_screens(WalkDriver& d) {
    d.shot("home");
    page_through(d, "home.more", "home", 8);  // every tile once, also one row a page

    // The guided route, as a carer, through every page of municipalities.
    reach(d, "tile.route", "home.more");
    d.shot("route-who");
    d.tap("route.who.carer");
    d.shot("route-where");
    for (int page = 2; page <= 6 && d.tap("route.where.more"); ++page) d.shot("route-where-p" + std::to_string(page));
    if (const std::string place = first_item(d.map(), "route.where."); !place.empty() && place != "route.where.more")
        d.tap(place);
    d.shot("route-what");
    reach(d, "route.what.day-care", "route.what.more");  // a later page of tiles in a small window
    d.shot("results-route");

    // A category, its pages and a detail page.
    home(d);
    reach(d, "tile.meeting", "home.more");
    d.shot("results");
    page_through(d, "results.more", "results", 2);  // page 2 shows paging lands on a whole card
    home(d);
    reach(d, "tile.meeting", "home.more");
    const std::string first = first_item(d.map(), "result.card.");
    if (d.tap(first)) {
        d.shot("detail");
        d.tap("detail.add");
        d.shot("detail-added");
        if (d.tap("detail.glossary")) {  // "Wat is dat?" from the service's own page
            d.shot("detail-glossary");
            d.tap("glossary.close");
        }
        page_through(d, "detail.more", "detail");
        d.act({K::Back, {}});
    }
    // "Zet op mijn lijst" on the next card (on the next page in a low window), then "Staat op mijn lijst".
    std::string add = first_item(d.map(), "result.add.", 1);
    if (add.empty() && d.tap("results.more")) add = first_item(d.map(), "result.add.");
    if (d.tap(add)) d.shot("results-added");
    // "Wat is dat?" on a card: the service's explanations (the detail page's), "Terug" back to the cards.
    if (d.tap(first_item(d.map(), "result.glossary."))) {
        d.shot("card-glossary");
        d.act({K::Back, {}});
        d.act({K::Back, {}});
    }

    // Mijn lijst: the QR code, the question before clearing, undo, the print messages.
    d.act({K::OpenList, {}});
    d.shot("list");
    page_through(d, "list.more", "list", 3);
    if (d.tap("list.take_home")) {
        d.shot("list-qr");
        page_through(d, "list.more", "list-qr", 3);
        d.tap("list.take_home");
    }
    if (const std::string remove = first_item(d.map(), "list.remove."); d.tap(remove)) {
        d.shot("list-undo");
        d.tap("list.undo");
    }
    for (print::PrintPhase phase : {print::PrintPhase::Printing, print::PrintPhase::NoPaper, print::PrintPhase::Done}) {
        d.set_print_message(std::string(print::status_message(phase, d.language())));
        d.shot("list-print-" + std::to_string(int(phase)));
    }
    d.set_print_message(std::string(print::status_message(print::PrintPhase::NoPrinter, d.language())));
    d.act({K::ShowListQr, {}});
    d.shot("list-print-noprinter-qr");
    d.act({K::ShowListQr, {}});
    d.set_print_message({});
    if (d.tap("list.clear")) {
        d.shot("list-clear-question");
        d.tap("list.clear_yes");
        d.shot("list-empty");
    }

    // Search: the keyboard, results while typing, a typo, nothing found.
    home(d);
    reach(d, "tile.search", "home.more");
    d.shot("search");
    d.act({K::TypeText, "dementie"});
    d.shot("search-results");
    d.tap("key.search");  // "Zoek": the results as cards
    d.shot("results-search");
    d.act({K::Back, {}});
    d.tap("search.clear");
    d.act({K::TypeText, "dagbestedng"});
    d.shot("search-typo");
    if (on_screen(d.map(), "search.suggestion")) {
        d.tap("search.suggestion");
        d.shot("search-suggestion-taken");
    }
    d.act({K::ClearQuery, {}});
    d.act({K::TypeText, "xqzwvkj"});
    d.shot("search-nothing");
    d.act({K::ShowResults, {}});
    d.shot("results-nothing");

    // Filters that leave nothing: "Zoek in heel Drenthe".
    home(d);
    reach(d, "tile.day-care", "home.more");
    if (d.tap("results.filters")) {  // a low window: the filters behind one button
        d.shot("results-filters-shown");
        d.tap("results.filters");
    }
    tap_filter(d, "filter.municipality");
    if (first_item(d.map(), "result.card.").empty()) d.tap("results.filters");  // back to the cards
    d.shot("results-filter-on");  // one filter on: in a low window still in view beside "Filters (1)"
    tap_filter(d, "filter.open_now");
    tap_filter(d, "filter.free");
    d.shot("results-filters");

    // "Bent u er nog?" over a screen with a list.
    if (const std::string card = first_item(d.map(), "result.card."); !card.empty())
        d.act({K::AddToList, card.substr(std::string("result.card.").size())});
    d.set_idle_question(true);
    d.shot("idle");
    d.set_idle_question(false);

    // Staff: the keypad and the staff screen (the PIN itself is checked by e2e: staff).
    d.act({K::OpenStaffPin, {}});
    d.act({K::PinDigit, "1"});
    d.shot("staff-pin");
    d.act({K::PinAccepted, {}});
    d.shot("staff");
    d.act({K::CloseStaff, {}});
}

// ---- The driver: the walk script over the kiosk's screen -----------------------------------
namespace {

// Taps by drawing a frame with a tap in the middle of an item, on a fake clock (every tap is a
// new tap for the tap filter), and saves and checks a shot of each screen the script names.
class Walker : public WalkDriver {
public:
    explicit Walker(WalkScreen& screen) : screen_(screen) {}

    // Where the next shots go: one folder per shape, text size and language.
    void start(const std::string& combo, const std::filesystem::path& dir, double physical_px_per_mm) {
        combo_ = combo;
        dir_ = dir;
        physical_px_per_mm_ = physical_px_per_mm;
        shots_ = 0;
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
        std::filesystem::create_directories(dir_, ec);
        settle();
    }
    std::vector<std::string>& faults() { return faults_; }

    const ui::UiMap& map() const override { return screen_.map(); }
    Language language() const override { return screen_.nav().language; }
    bool tap(const std::string& id) override {
        if (id.empty()) return false;
        for (const auto& item : screen_.map().items) {
            if (item.id != id) continue;
            clock_ += 1;
            screen_.draw({clock_, std::pair{item.rect.x + item.rect.w / 2, item.rect.y + item.rect.h / 2}, {}});
            settle();
            return true;
        }
        return false;
    }
    void act(const ui::Action& action) override {
        screen_.act(action);
        settle();
    }
    void set_print_message(const std::string& message) override {
        screen_.set_print_message(message);
        settle();
    }
    void set_idle_question(bool up) override {
        screen_.set_idle_question(up);
        settle();
    }
    void shot(const std::string& screen) override {
        char name[64];
        std::snprintf(name, sizeof name, "%02d-%s", ++shots_, screen.c_str());
        screen_.draw({clock_, std::nullopt, dir_ / (std::string(name) + ".png")});
        const ui::UiMap& map = screen_.map();
        (void)ui::write_file_atomically(dir_ / (std::string(name) + ".json"), ui::to_json(map));
        for (const auto& fault : check(map)) faults_.push_back(combo_ + "/" + name + " (" + map.screen + "): " + fault);
    }

private:
    // Draws until the screen stops changing (a tap's action, then the new screen).
    void settle() {
        for (int i = 0; i < 6; ++i) {
            const ui::UiMap before = screen_.map();
            screen_.draw({clock_, std::nullopt, {}});
            if (screen_.map() == before && i > 0) return;
        }
    }

    // The layout rules (ui/layout_check.h) over one screen's map.
    std::vector<std::string> check(const ui::UiMap& map) const {
        const ui::NavState& nav = screen_.nav();
        const ui::ScreenData& data = screen_.data();
        std::vector<std::string> found = ui::layout_faults(map, {physical_px_per_mm_});
        ui::FirstPageNeeds needs;
        if (const auto& det = data.detail) needs.phone = !det->summary.phone.empty() || !det->phones.empty();
        // The search screen while typing: the keyboard always leaves room for at least one
        // whole result row (ui::fit_keyboard).
        if (map.screen == "search") needs.results = int(data.results.services.size());
        for (auto& fault : ui::first_page_faults(map, needs)) found.push_back(std::move(fault));
        // Every page of the results ("Zoek", a category) starts with a whole card.
        if (map.screen == "results")
            for (auto& fault : ui::results_page_faults(map, int(data.results.services.size())))
                found.push_back(std::move(fault));
        // Every page of tiles and choices holds a whole row, and pages start at a row.
        for (auto& fault : ui::choice_page_faults(map)) found.push_back(std::move(fault));
        // The route's step summary shows every answer whole, in either wording.
        std::vector<std::vector<std::string>> answers;
        if (!nav.audience.empty() && map.screen != "route.who")
            answers.push_back({std::string(ui::tr("route.for." + nav.audience, nav.language)),
                               std::string(ui::tr("route.short." + nav.audience, nav.language))});
        if (!nav.municipality.empty() && map.screen == "route.what") answers.push_back({nav.municipality});
        for (auto& fault : ui::step_summary_faults(map, answers)) found.push_back(std::move(fault));
        return found;
    }

    WalkScreen& screen_;
    std::string combo_;
    std::filesystem::path dir_;
    double physical_px_per_mm_ = 4;
    double clock_ = 1000;  // a fake clock for the tap filter: every tap is a new tap
    int shots_ = 0;
    std::vector<std::string> faults_;
};

}  // namespace

int run_layout_walk(WalkScreen& screen, const WalkOptions& w) {
    if (!screen.wait_for_catalogue()) {
        log_line("walk: the catalogue did not open");
        return 1;
    }
    Walker walker(screen);
    for (const WalkShape& shape : w.shapes) {
        if (!screen.resize(shape)) {
            walker.faults().push_back(shape_name(shape) + ": the window could not take this size");
            continue;
        }
        const double physical_px_per_mm = ui::px_per_mm({shape.w, shape.h, shape.diagonal_inch});
        for (int scale : w.scales) {
            for (Language language : w.languages) {
                screen.start_visit(scale, language);
                const std::string combo = w.name + "-" + shape_name(shape) + "-" + std::to_string(scale) + "-" +
                                          std::string(language_code(language));
                walker.start(combo, w.out_dir / combo, physical_px_per_mm);
                walk_screens(walker);
            }
        }
    }
    std::ofstream out(w.out_dir / (w.name + "-faults.txt"), std::ios::trunc);
    for (const auto& fault : walker.faults()) out << fault << "\n";
    log_line("walk: " + std::to_string(walker.faults().size()) + " layout faults");
    return walker.faults().empty() ? 0 : 3;
}

}  // namespace ww::app
