// Screen flow: what each tap does to the navigation state.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "ui/nav.h"

using namespace ww;
using namespace ww::ui;

namespace {
const FlowContext ctx{"Emmen", 20};
NavState run(std::initializer_list<Action> actions, NavState s = {}) {
    for (const auto& a : actions) s = apply(s, a, ctx);
    return s;
}
}  // namespace

TEST_CASE("a category tile goes to its results and Back returns Home", "[flow]") {
    NavState s = run({{ActionKind::TapCategory, "meeting"}});
    CHECK(s.screen == Screen::Results);
    CHECK(s.category == "meeting");
    s = apply(s, {ActionKind::OpenService, "svc-1"}, ctx);
    CHECK(s.screen == Screen::Detail);
    CHECK(s.detail_id == "svc-1");
    s = apply(s, {ActionKind::Back, {}}, ctx);
    CHECK(s.screen == Screen::Results);
    CHECK(s.category == "meeting");
    s = apply(s, {ActionKind::Back, {}}, ctx);
    CHECK(s.screen == Screen::Home);
    CHECK(s.category.empty());
}

TEST_CASE("the guided route asks who, where, what, then shows results", "[flow]") {
    NavState s = run({{ActionKind::StartRoute, {}}});
    CHECK(s.screen == Screen::RouteWho);
    CHECK(route_step(Screen::RouteWho) == std::pair{1, 3});
    CHECK(route_step(Screen::RouteWhere) == std::pair{2, 3});
    CHECK(route_step(Screen::RouteWhat) == std::pair{3, 3});
    CHECK(route_step(Screen::Results).first == 0);
    s = apply(s, {ActionKind::ChooseAudience, "audience-carer"}, ctx);
    CHECK(s.screen == Screen::RouteWhere);
    s = apply(s, {ActionKind::MoreMunicipalities, {}}, ctx);
    CHECK(s.route_page == 1);
    s = apply(s, {ActionKind::Back, {}}, ctx);  // back to the first page, not out of the question
    CHECK(s.screen == Screen::RouteWhere);
    CHECK(s.route_page == 0);
    s = run({{ActionKind::ChooseMunicipality, "Assen"}, {ActionKind::TapCategory, "day-care"}}, s);
    CHECK(s.screen == Screen::Results);
    CHECK(s.audience == "audience-carer");
    CHECK(s.municipality == "Assen");
    CHECK(s.category == "day-care");
    CHECK(s.via_route);
    CHECK(can_widen(s));
    // The "for whom" preference is a removable filter of its own.
    CHECK(apply(s, {ActionKind::ClearAudience, {}}, ctx).audience.empty());
    CHECK(apply(s, {ActionKind::ClearAudience, {}}, ctx).municipality == "Assen");
    // "Kies iets anders" on no results goes back to the category question, keeping who and where.
    s = apply(s, {ActionKind::OtherCategory, {}}, ctx);
    CHECK(s.screen == Screen::RouteWhat);
    CHECK(s.municipality == "Assen");
    CHECK(s.category.empty());
}

TEST_CASE("the municipality question shows at most 7 choices, own municipality first", "[flow]") {
    const std::vector<std::string> all{"Aa en Hunze",    "Assen",       "Borger-Odoorn", "Coevorden",
                                       "De Wolden",      "Emmen",       "Hoogeveen",     "Meppel",
                                       "Midden-Drenthe", "Noordenveld", "Tynaarlo",      "Westerveld"};
    const auto first = municipality_page(all, "Emmen", 0);
    REQUIRE(!first.names.empty());
    CHECK(first.names.front() == "Emmen");
    CHECK(first.names.size() <= 7);
    CHECK(first.has_more);
    CHECK(first.pages == 2);
    const auto second = municipality_page(all, "Emmen", 1);
    CHECK(second.names.size() <= 7);
    CHECK_FALSE(second.has_more);
    CHECK(second.page == 1);
    CHECK(municipality_page(all, "Emmen", 5).names == second.names);  // beyond the end: the last page
    std::set<std::string> seen(first.names.begin(), first.names.end());
    seen.insert(second.names.begin(), second.names.end());
    CHECK(seen.size() == 12);  // every municipality reachable, none twice
    CHECK(std::count(second.names.begin(), second.names.end(), "Emmen") == 0);

    // With large text only a few fit on a page: every municipality is still reachable, page by page.
    for (int per_page : {1, 2, 3, 4, 5}) {
        std::set<std::string> reached;
        int pages = 0;
        for (int page = 0;; ++page) {
            const auto p = municipality_page(all, "Emmen", page, per_page);
            CHECK(int(p.names.size()) <= per_page);
            CHECK(!p.names.empty());
            CHECK(p.page == page);
            CHECK(p.pages == (12 + per_page - 1) / per_page);
            reached.insert(p.names.begin(), p.names.end());
            ++pages;
            if (!p.has_more || pages > 12) break;
        }
        CHECK(reached.size() == 12);
        CHECK(municipality_page(all, "Emmen", 0, per_page).names.front() == "Emmen");
    }
}

TEST_CASE("a few municipalities fit on one page, without 'Meer'", "[flow]") {
    const std::vector<std::string> few{"Assen", "Emmen", "Meppel", "Tynaarlo"};
    for (int page : {0, 1, 3}) {
        const auto p = municipality_page(few, "Emmen", page);
        CHECK(p.names == std::vector<std::string>{"Emmen", "Assen", "Meppel", "Tynaarlo"});  // own one first
        CHECK(p.pages == 1);
        CHECK(p.page == 0);
        CHECK_FALSE(p.has_more);
    }
    // Exactly a page full: still no 'Meer'.
    const std::vector<std::string> seven{"A", "B", "C", "D", "E", "F", "G"};
    CHECK_FALSE(municipality_page(seven, "Z", 0, 7).has_more);
    CHECK(municipality_page(seven, "Z", 0, 7).names.size() == 7);
    CHECK(municipality_page(std::vector<std::string>{}, "Emmen", 0).names.empty());
}

TEST_CASE("a new text size starts the municipalities at their first page", "[flow]") {
    NavState s = run({{ActionKind::StartRoute, {}},
                      {ActionKind::ChooseAudience, "audience-person"},
                      {ActionKind::MoreMunicipalities, {}},
                      {ActionKind::MoreMunicipalities, {}}});
    REQUIRE(s.screen == Screen::RouteWhere);
    CHECK(s.route_page == 2);
    s = apply(s, {ActionKind::CycleTextScale, {}}, {});
    CHECK(s.route_page == 0);
    CHECK(s.screen == Screen::RouteWhere);
    s = apply(s, {ActionKind::MoreMunicipalities, {}}, {});
    s = apply(s, {ActionKind::Back, {}}, {});  // "Vorige" / "Terug": the page before, still the question
    CHECK(s.screen == Screen::RouteWhere);
    CHECK(s.route_page == 0);
}

TEST_CASE("typing, backspace over UTF-8 and taking a suggestion", "[flow]") {
    NavState s = run({{ActionKind::StartSearch, {}}, {ActionKind::TypeText, "d"}, {ActionKind::TypeText, "é"}});
    CHECK(s.query == "dé");
    s = apply(s, {ActionKind::Backspace, {}}, ctx);
    CHECK(s.query == "d");
    s = apply(s, {ActionKind::TakeSuggestion, "dementie"}, ctx);
    CHECK(s.query == "dementie");
    s = apply(s, {ActionKind::ShowResults, {}}, ctx);
    CHECK(s.screen == Screen::Results);
    CHECK(s.query == "dementie");
    s = apply(s, {ActionKind::ClearQuery, {}}, ctx);
    CHECK(s.query.empty());
}

TEST_CASE("language, text size and read-aloud toggles", "[flow]") {
    NavState s = run({{ActionKind::ToggleLanguage, {}}});
    CHECK(s.language == Language::English);
    s = run({{ActionKind::CycleTextScale, {}}}, s);
    CHECK(s.text_scale == 125);
    s = run({{ActionKind::CycleTextScale, {}}}, s);
    CHECK(s.text_scale == 150);
    s = run({{ActionKind::CycleTextScale, {}}}, s);
    CHECK(s.text_scale == 100);
    s = run({{ActionKind::ToggleReadAloud, {}}}, s);
    CHECK(s.read_aloud);
}

TEST_CASE("my list: add once, remove, clear, Home keeps it, reset forgets it", "[flow]") {
    NavState s = run({{ActionKind::AddToList, "a"}, {ActionKind::AddToList, "b"}, {ActionKind::AddToList, "a"}});
    CHECK(s.list == std::vector<std::string>{"a", "b"});
    s = apply(s, {ActionKind::RemoveFromList, "a"}, ctx);
    CHECK(s.list == std::vector<std::string>{"b"});
    s = apply(s, {ActionKind::Home, {}}, ctx);
    CHECK(s.list.size() == 1);
    s = run({{ActionKind::ToggleLanguage, {}},
             {ActionKind::CycleTextScale, {}},
             {ActionKind::TapCategory, "meeting"},
             {ActionKind::ToggleFree, {}}},
            s);
    CHECK_FALSE(is_fresh(s));
    s = apply(s, {ActionKind::ResetSession, {}}, ctx);
    CHECK(is_fresh(s));
    CHECK_FALSE(is_fresh(s, Language::English));  // a kiosk that starts in English is not fresh in Dutch
    CHECK(s.list.empty());
    CHECK(s.language == Language::Dutch);
    CHECK(s.text_scale == 100);
    CHECK_FALSE(s.free_only);
    for (int i = 0; i < 30; ++i) s = apply(s, {ActionKind::AddToList, std::to_string(i)}, ctx);
    CHECK(s.list.size() == 20);
    s = apply(s, {ActionKind::ClearList, {}}, ctx);
    CHECK(s.list.size() == 20);  // one tap only asks
    CHECK(s.confirm_clear_list);
    s = apply(s, {ActionKind::CancelClearList, {}}, ctx);
    CHECK(s.list.size() == 20);
    CHECK_FALSE(s.confirm_clear_list);
    s = apply(s, {ActionKind::ConfirmClearList, {}}, ctx);
    CHECK(s.list.size() == 20);  // a confirmation without the question does nothing
    s = run({{ActionKind::ClearList, {}}, {ActionKind::ConfirmClearList, {}}}, s);
    CHECK(s.list.empty());
    CHECK_FALSE(s.confirm_clear_list);
}

TEST_CASE("'Haal weg' can be undone, in the same place, leaving the list forgets the undo", "[flow]") {
    NavState s = run({{ActionKind::AddToList, "a"},
                      {ActionKind::AddToList, "b"},
                      {ActionKind::AddToList, "c"},
                      {ActionKind::OpenList, {}},
                      {ActionKind::RemoveFromList, "b"}});
    CHECK(s.list == std::vector<std::string>{"a", "c"});
    CHECK(s.undo_id == "b");
    s = apply(s, {ActionKind::UndoRemove, {}}, ctx);
    CHECK(s.list == std::vector<std::string>{"a", "b", "c"});
    CHECK(s.undo_id.empty());
    s = run({{ActionKind::RemoveFromList, "a"}, {ActionKind::Back, {}}}, s);
    CHECK(s.undo_id.empty());
    s = apply(s, {ActionKind::UndoRemove, {}}, ctx);
    CHECK(s.list == std::vector<std::string>{"b", "c"});
}

TEST_CASE("filters toggle and 'wider area' drops them", "[flow]") {
    NavState s = run({{ActionKind::TapCategory, "transport"},
                      {ActionKind::ToggleMunicipality, "Emmen"},
                      {ActionKind::ToggleOpenNow, {}},
                      {ActionKind::ToggleFree, {}}});
    CHECK(s.municipality == "Emmen");
    CHECK(s.open_now);
    CHECK(s.free_only);
    s.audience = "audience-carer";
    CHECK(can_widen(s));
    s = apply(s, {ActionKind::WidenArea, {}}, ctx);
    CHECK(s.municipality.empty());
    CHECK_FALSE(s.open_now);
    CHECK_FALSE(s.free_only);
    CHECK(s.audience.empty());
    CHECK_FALSE(can_widen(s));  // already all of Drenthe: not offered again
    CHECK(s.screen == Screen::Results);
}

TEST_CASE("staff PIN screen and the out-of-order screen", "[flow]") {
    NavState s = run({{ActionKind::OpenStaffPin, {}}, {ActionKind::PinDigit, "1"}, {ActionKind::PinDigit, "2"}});
    CHECK(s.screen == Screen::StaffPin);
    CHECK(s.pin_entry == "12");
    s = apply(s, {ActionKind::PinRejected, {}}, ctx);
    CHECK(s.pin_entry.empty());
    s = apply(s, {ActionKind::PinAccepted, {}}, ctx);
    CHECK(s.screen == Screen::Staff);
    s = apply(s, {ActionKind::CloseStaff, {}}, ctx);
    CHECK(s.screen == Screen::Home);

    NavState broken;
    broken.screen = Screen::OutOfOrder;
    CHECK(apply(broken, {ActionKind::Home, {}}, ctx).screen == Screen::OutOfOrder);
    CHECK(apply(broken, {ActionKind::TapCategory, "meeting"}, ctx).screen ==
          Screen::Results);  // no tiles are drawn there
    NavState staff = apply(broken, {ActionKind::OpenStaffPin, {}}, ctx);
    staff = apply(staff, {ActionKind::PinAccepted, {}}, ctx);
    CHECK(apply(staff, {ActionKind::CloseStaff, {}}, ctx).screen == Screen::OutOfOrder);
}

TEST_CASE("screen names are the stable ids of the UI map", "[flow]") {
    CHECK(std::string(screen_name(Screen::Home)) == "home");
    CHECK(std::string(screen_name(Screen::RouteWhere)) == "route.where");
    CHECK(std::string(screen_name(Screen::MyList)) == "list");
    CHECK(std::string(screen_name(Screen::OutOfOrder)) == "out-of-order");
}

TEST_CASE("'Printen' asks no question: the screen stays the list and the app prints", "[flow]") {
    FlowContext with_printer = ctx;
    with_printer.print_available = true;
    NavState s = run({{ActionKind::AddToList, "a"}, {ActionKind::OpenList, {}}});
    const NavState before = s;
    s = apply(s, {ActionKind::PrintList, {}}, with_printer);
    CHECK(s == before);  // no title question, no other screen
    CHECK(s.screen == Screen::MyList);
}

TEST_CASE("'Wat is dat?' opens the explanation on the detail page, Terug and closing go back to the service",
          "[flow]") {
    NavState s = run({{ActionKind::TapCategory, "advice"}, {ActionKind::OpenService, "svc-1"}});
    s = apply(s, {ActionKind::ShowGlossary, {}}, ctx);
    CHECK(s.show_glossary);
    CHECK(s.screen == Screen::Detail);
    s = apply(s, {ActionKind::CloseGlossary, {}}, ctx);
    CHECK_FALSE(s.show_glossary);
    CHECK(s.screen == Screen::Detail);
    // "Terug" in the bar first closes the explanation, then leaves the service.
    s = apply(s, {ActionKind::ShowGlossary, {}}, ctx);
    s = apply(s, {ActionKind::Back, {}}, ctx);
    CHECK_FALSE(s.show_glossary);
    CHECK(s.screen == Screen::Detail);
    s = apply(s, {ActionKind::Back, {}}, ctx);
    CHECK(s.screen == Screen::Results);
    // Another service, or Home, never opens with an explanation left over; elsewhere it cannot open.
    s = run({{ActionKind::OpenService, "svc-1"}, {ActionKind::ShowGlossary, {}}, {ActionKind::Home, {}}});
    CHECK_FALSE(s.show_glossary);
    CHECK_FALSE(run({{ActionKind::ShowGlossary, {}}}).show_glossary);
}

TEST_CASE("'Wat is dat?' on a result card opens that service's explanations, Terug leads back to the cards", "[flow]") {
    NavState s = run({{ActionKind::TapCategory, "meeting"}, {ActionKind::ExplainService, "svc-7"}});
    CHECK(s.screen == Screen::Detail);
    CHECK(s.detail_id == "svc-7");
    CHECK(s.show_glossary);
    s = apply(s, {ActionKind::Back, {}}, ctx);  // first the service itself
    CHECK(s.screen == Screen::Detail);
    CHECK_FALSE(s.show_glossary);
    s = apply(s, {ActionKind::Back, {}}, ctx);
    CHECK(s.screen == Screen::Results);
    // Only from the results.
    CHECK(run({{ActionKind::ExplainService, "svc-7"}}).screen == Screen::Home);
}

TEST_CASE("the folded filters of a low window open and close, and never stay open elsewhere", "[flow]") {
    NavState s = run({{ActionKind::TapCategory, "meeting"}, {ActionKind::ShowFilters, {}}});
    CHECK(s.show_filters);
    s = apply(s, {ActionKind::ToggleFree, {}}, ctx);  // a filter tapped: the filters stay in view
    CHECK(s.show_filters);
    CHECK(s.free_only);
    s = apply(s, {ActionKind::CloseFilters, {}}, ctx);
    CHECK_FALSE(s.show_filters);
    // "Terug" closes them first, then leaves the results.
    s = apply(s, {ActionKind::ShowFilters, {}}, ctx);
    s = apply(s, {ActionKind::Back, {}}, ctx);
    CHECK(s.screen == Screen::Results);
    CHECK_FALSE(s.show_filters);
    s = run({{ActionKind::TapCategory, "meeting"}, {ActionKind::ShowFilters, {}}, {ActionKind::OpenService, "svc-1"}});
    CHECK_FALSE(s.show_filters);
    CHECK_FALSE(run({{ActionKind::ShowFilters, {}}}).show_filters);
}
