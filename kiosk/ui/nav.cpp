#include "ui/nav.h"

#include <algorithm>

namespace ww::ui {

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Home: return "home";
        case Screen::RouteWho: return "route.who";
        case Screen::RouteWhere: return "route.where";
        case Screen::RouteWhat: return "route.what";
        case Screen::Search: return "search";
        case Screen::Results: return "results";
        case Screen::Detail: return "detail";
        case Screen::MyList: return "list";
        case Screen::StaffPin: return "staff.pin";
        case Screen::Staff: return "staff";
        case Screen::OutOfOrder: return "out-of-order";
    }
    return "home";
}

namespace {

void forget_list_questions(NavState& s) {
    s.show_glossary = false;
    s.show_filters = false;
    s.confirm_clear_list = false;
    s.undo_id.clear();
    s.undo_index = 0;
}

void go(NavState& s, Screen next) {
    if (s.screen == next) return;
    forget_list_questions(s);
    s.back_stack.push_back(s.screen);
    s.screen = next;
}

// Going home starts a new question but keeps what the resident collected and their settings.
void go_home(NavState& s) {
    s.screen = Screen::Home;
    s.back_stack.clear();
    s.audience.clear();
    s.municipality.clear();
    s.category.clear();
    s.query.clear();
    s.open_now = false;
    s.free_only = false;
    s.via_route = false;
    s.result_limit = NavState{}.result_limit;
    s.route_page = 0;
    s.detail_id.clear();
    s.show_list_qr = false;
    s.pin_entry.clear();
    forget_list_questions(s);
}

void go_back(NavState& s) {
    if (s.show_glossary) {  // "Terug" from an explanation goes back to the service it explains
        s.show_glossary = false;
        return;
    }
    if (s.show_filters) {  // "Terug" from the folded filters goes back to the cards
        s.show_filters = false;
        return;
    }
    s.show_list_qr = false;
    forget_list_questions(s);
    if (s.screen == Screen::RouteWhere && s.route_page > 0) {
        --s.route_page;  // a later page of municipalities goes back to the page before
        return;
    }
    if (s.back_stack.empty()) {
        go_home(s);
        return;
    }
    s.screen = s.back_stack.back();
    s.back_stack.pop_back();
    if (s.screen == Screen::Home) go_home(s);
}

}  // namespace

NavState apply(NavState s, const Action& a, const FlowContext& ctx) {
    // Staff and out-of-order screens ignore the resident controls.
    const bool staff = s.screen == Screen::Staff || s.screen == Screen::StaffPin;
    switch (a.kind) {
        case ActionKind::Home:
            if (s.screen == Screen::OutOfOrder) break;
            go_home(s);
            break;
        case ActionKind::Back:
            if (s.screen == Screen::OutOfOrder) break;
            if (staff) {
                go_home(s);
                break;
            }
            go_back(s);
            break;
        case ActionKind::ToggleLanguage:
            s.language = s.language == Language::Dutch ? Language::English : Language::Dutch;
            break;
        case ActionKind::CycleTextScale: {
            const int* it = std::find(std::begin(kTextScales), std::end(kTextScales), s.text_scale);
            s.text_scale =
                (it == std::end(kTextScales) || it + 1 == std::end(kTextScales)) ? kTextScales[0] : *(it + 1);
            // A page holds fewer or more names at another size: start at the first, as the lists do.
            s.route_page = 0;
            break;
        }
        case ActionKind::ToggleReadAloud: s.read_aloud = !s.read_aloud; break;
        case ActionKind::StartRoute:
            go_home(s);
            s.via_route = true;
            go(s, Screen::RouteWho);
            break;
        case ActionKind::StartSearch: go(s, Screen::Search); break;
        case ActionKind::ChooseAudience:
            s.audience = a.arg;
            s.route_page = 0;
            go(s, Screen::RouteWhere);
            break;
        case ActionKind::ChooseMunicipality:
            s.municipality = a.arg;
            s.route_page = 0;
            go(s, Screen::RouteWhat);
            break;
        case ActionKind::MoreMunicipalities: ++s.route_page; break;
        case ActionKind::TapCategory:
            s.category = a.arg;
            s.query.clear();
            go(s, Screen::Results);
            break;
        case ActionKind::TypeText:
            if (s.query.size() < 40) s.query += a.arg;
            break;
        case ActionKind::Backspace:
            // Remove one whole UTF-8 character.
            while (!s.query.empty()) {
                const unsigned char c = static_cast<unsigned char>(s.query.back());
                s.query.pop_back();
                if ((c & 0xC0) != 0x80) break;
            }
            break;
        case ActionKind::ClearQuery: s.query.clear(); break;
        case ActionKind::TakeSuggestion: s.query = a.arg; break;
        case ActionKind::ShowResults:
            s.category.clear();
            go(s, Screen::Results);
            break;
        case ActionKind::OpenService:
            s.detail_id = a.arg;
            s.show_glossary = false;
            go(s, Screen::Detail);
            break;
        case ActionKind::ShowGlossary:
            if (s.screen == Screen::Detail) s.show_glossary = true;
            break;
        case ActionKind::CloseGlossary: s.show_glossary = false; break;
        case ActionKind::ExplainService:
            if (s.screen != Screen::Results || a.arg.empty()) break;
            s.detail_id = a.arg;
            go(s, Screen::Detail);
            s.show_glossary = true;  // "Terug naar de hulp" then shows the service itself
            break;
        case ActionKind::ShowFilters:
            if (s.screen == Screen::Results) s.show_filters = true;
            break;
        case ActionKind::CloseFilters: s.show_filters = false; break;
        case ActionKind::AddToList:
            if (!a.arg.empty() && std::find(s.list.begin(), s.list.end(), a.arg) == s.list.end() &&
                static_cast<int>(s.list.size()) < ctx.max_list)
                s.list.push_back(a.arg);
            break;
        case ActionKind::RemoveFromList: {
            const auto it = std::find(s.list.begin(), s.list.end(), a.arg);
            if (it == s.list.end()) break;
            s.undo_id = a.arg;
            s.undo_index = int(it - s.list.begin());
            s.list.erase(it);
            s.confirm_clear_list = false;
            if (s.list.empty()) s.show_list_qr = false;
            break;
        }
        case ActionKind::UndoRemove:
            if (!s.undo_id.empty() && std::find(s.list.begin(), s.list.end(), s.undo_id) == s.list.end() &&
                static_cast<int>(s.list.size()) < ctx.max_list)
                s.list.insert(s.list.begin() + std::clamp(s.undo_index, 0, int(s.list.size())), s.undo_id);
            s.undo_id.clear();
            s.undo_index = 0;
            break;
        case ActionKind::ClearList:
            if (!s.list.empty()) s.confirm_clear_list = true;
            s.show_list_qr = false;
            break;
        case ActionKind::ConfirmClearList:
            if (!s.confirm_clear_list) break;
            s.list.clear();
            forget_list_questions(s);
            s.show_list_qr = false;
            break;
        case ActionKind::CancelClearList: s.confirm_clear_list = false; break;
        case ActionKind::ClearAudience: s.audience.clear(); break;
        case ActionKind::OpenList:
            s.show_list_qr = false;
            go(s, Screen::MyList);
            break;
        case ActionKind::ShowListQr: s.show_list_qr = !s.list.empty() && !s.show_list_qr; break;
        case ActionKind::MoreResults: s.result_limit += NavState{}.result_limit; break;
        case ActionKind::PrintList:
        case ActionKind::SpeakScreen:
        case ActionKind::PinSubmit:
        case ActionKind::QuitKiosk:
        case ActionKind::ResetVersion:
        case ActionKind::StillHere: break;  // the app prints; nothing changes in the flow
        case ActionKind::ToggleOpenNow: s.open_now = !s.open_now; break;
        case ActionKind::ToggleFree: s.free_only = !s.free_only; break;
        case ActionKind::ToggleMunicipality:
            s.municipality = s.municipality.empty() ? (a.arg.empty() ? ctx.home_municipality : a.arg) : std::string();
            break;
        case ActionKind::WidenArea:
            s.municipality.clear();
            s.open_now = false;
            s.free_only = false;
            s.audience.clear();
            break;
        case ActionKind::OtherCategory:
            s.category.clear();
            s.query.clear();
            if (s.via_route) {
                // Back to the category question of the route, keeping who and where.
                while (!s.back_stack.empty() && s.back_stack.back() != Screen::RouteWhat) s.back_stack.pop_back();
                if (!s.back_stack.empty()) {
                    s.back_stack.pop_back();
                    s.screen = Screen::RouteWhat;
                    break;
                }
            }
            go_home(s);
            break;
        case ActionKind::ResetSession: s = NavState{}; break;
        case ActionKind::OpenStaffPin:
            if (s.screen == Screen::OutOfOrder) {
                s.back_stack.clear();
                s.back_stack.push_back(Screen::OutOfOrder);
                s.screen = Screen::StaffPin;
            } else {
                go_home(s);
                go(s, Screen::StaffPin);
            }
            s.pin_entry.clear();
            break;
        case ActionKind::PinDigit:
            if (s.screen == Screen::StaffPin && s.pin_entry.size() < 12) s.pin_entry += a.arg;
            break;
        case ActionKind::PinBackspace:
            if (!s.pin_entry.empty()) s.pin_entry.pop_back();
            break;
        case ActionKind::PinAccepted:
            s.pin_entry.clear();
            s.screen = Screen::Staff;
            break;
        case ActionKind::PinRejected: s.pin_entry.clear(); break;
        case ActionKind::CloseStaff: {
            const bool broken = !s.back_stack.empty() && s.back_stack.front() == Screen::OutOfOrder;
            go_home(s);
            if (broken) s.screen = Screen::OutOfOrder;
            break;
        }
    }
    return s;
}

bool is_fresh(const NavState& s, Language start_language) {
    NavState start;
    start.language = start_language;
    return s == start || s.screen == Screen::OutOfOrder;
}

bool can_widen(const NavState& s) {
    return !s.municipality.empty() || s.open_now || s.free_only || !s.audience.empty();
}

std::pair<int, int> route_step(Screen screen) {
    switch (screen) {
        case Screen::RouteWho: return {1, 3};
        case Screen::RouteWhere: return {2, 3};
        case Screen::RouteWhat: return {3, 3};
        default: return {0, 3};
    }
}

MunicipalityPage municipality_page(const std::vector<std::string>& all, const std::string& home, int page,
                                   int per_page) {
    std::vector<std::string> ordered;
    if (std::find(all.begin(), all.end(), home) != all.end()) ordered.push_back(home);
    for (const auto& m : all)
        if (m != home) ordered.push_back(m);
    // Each page holds `per_page` names; "Meer" and "Vorige" are beside them, not among them.
    per_page = std::clamp(per_page, 1, 7);
    MunicipalityPage result;
    result.pages = std::max(1, int((ordered.size() + size_t(per_page) - 1) / size_t(per_page)));
    result.page = std::clamp(page, 0, result.pages - 1);
    const size_t start = size_t(result.page) * size_t(per_page);
    const size_t take = std::min(ordered.size() - std::min(start, ordered.size()), size_t(per_page));
    result.names.assign(ordered.begin() + long(start), ordered.begin() + long(start + take));
    result.has_more = result.page + 1 < result.pages;
    return result;
}

}  // namespace ww::ui
