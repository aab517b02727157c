#pragma once
// The screen flow as plain data: where the resident is, what they chose, and what a tap does.
// apply() is a pure function; the views only emit Actions and the app applies them.
#include <string>
#include <vector>

#include "core/model.h"

namespace ww::ui {

enum class Screen {
    Home,
    RouteWho,    // "Voor wie zoekt u hulp?"
    RouteWhere,  // "In welke gemeente?"
    RouteWhat,   // "Waar zoekt u hulp bij?"
    Search,      // words + on-screen keyboard
    Results,
    Detail,
    MyList,
    StaffPin,
    Staff,
    OutOfOrder,
};

const char* screen_name(Screen s);  // stable name used in the UI map: "home", "route.who", ...

inline constexpr int kTextScales[] = {100, 125, 150};

struct NavState {
    Screen screen = Screen::Home;
    std::vector<Screen> back_stack;
    Language language = Language::Dutch;
    int text_scale = 100;
    bool read_aloud = false;  // "Lees voor" switched on in the bar

    // What the resident chose: these make up the search.
    std::string audience;      // "" or "audience-person" / "audience-carer"
    std::string municipality;  // "" = all of Drenthe
    std::string category;      // "" or a category code
    std::string query;         // words typed on the keyboard
    bool open_now = false;
    bool free_only = false;
    bool via_route = false;  // results reached through "Help mij kiezen"
    int result_limit = 50;   // how many results are loaded; "Toon meer" adds more
    int route_page = 0;      // page of the municipality question

    std::string detail_id;            // service shown on the detail screen
    bool show_glossary = false;       // "Wat is dat?": the detail screen explains its jargon words
    bool show_filters = false;        // results in a low window: the folded filters are shown instead of the cards
    std::vector<std::string> list;    // "Mijn lijst": service ids, in the order added
    bool show_list_qr = false;        // the print button's stand-in: show the list's QR code
    bool confirm_clear_list = false;  // "Maak de lijst leeg" asks first
    std::string undo_id;              // the service "Haal weg" took off the list, until undone or left
    int undo_index = 0;               // where it stood

    std::string pin_entry;  // staff keypad digits (never logged)

    bool operator==(const NavState&) const = default;
};

enum class ActionKind {
    Home,
    Back,
    ToggleLanguage,
    CycleTextScale,
    ToggleReadAloud,
    SpeakScreen,         // "Lees voor" on a screen: the app reads it aloud once
    StartRoute,          // "Help mij kiezen"
    StartSearch,         // "Zoek met woorden"
    ChooseAudience,      // arg: audience code
    ChooseMunicipality,  // arg: municipality name; "" = all
    MoreMunicipalities,  // "Andere gemeente"
    TapCategory,         // arg: category code (home tile or route question)
    TypeText,            // arg: characters from the keyboard
    Backspace,
    ClearQuery,
    TakeSuggestion,    // arg: the corrected query
    ShowResults,       // from the search screen
    OpenService,       // arg: service id
    ShowGlossary,      // "Wat is dat?" on the detail screen: explain its jargon words
    CloseGlossary,     // back from the explanation to the service
    ExplainService,    // arg: service id; "Wat is dat?" on a result card: that service's explanations
    ShowFilters,       // "Filters (2)" on results in a low window: the filters instead of the cards
    CloseFilters,      // the same button again (or "Terug"): back to the cards
    AddToList,         // arg: service id
    RemoveFromList,    // arg: service id
    ClearList,         // asks "Weet u het zeker?" first
    ConfirmClearList,  // "Ja, maak leeg"
    CancelClearList,   // "Nee, bewaar de lijst"
    UndoRemove,        // puts back what "Haal weg" took off
    ClearAudience,     // the "for whom" preference, removed from the results
    OpenList,
    ShowListQr,   // "Neem mee op uw telefoon": show the list as a QR code
    PrintList,    // "Printen": the app prints at once (one plain title, no question), or shows the QR
    MoreResults,  // load the next results at the end of the list
    ToggleOpenNow,
    ToggleFree,
    ToggleMunicipality,  // arg: the kiosk's municipality: filter on it or on all of Drenthe
    WidenArea,           // "Zoek in heel Drenthe": drop every filter (municipality, "Nu open", "Gratis", for whom)
    OtherCategory,       // no results: choose another category
    ResetSession,        // idle timeout: forget everything
    OpenStaffPin,        // hidden gesture recognised
    PinDigit,            // arg: one digit
    PinBackspace,
    PinSubmit,    // "OK" on the keypad: the app checks the PIN and applies PinAccepted/PinRejected
    PinAccepted,  // try_pin said yes (decided by the app, which holds the hash)
    PinRejected,
    CloseStaff,
    QuitKiosk,     // staff only: the app ends the program
    ResetVersion,  // staff only: forget the newest catalogue version seen (no lock-out)
    StillHere,     // "Ja, ik ben er nog": the app restarts the idle wait; the flow stays
};

struct Action {
    ActionKind kind;
    std::string arg;
    bool operator==(const Action&) const = default;
};

// What the flow needs to know about the kiosk.
struct FlowContext {
    std::string home_municipality;  // the kiosk's own, first and marked in the route
    int max_list = 20;              // "Mijn lijst" holds at most this many services
    bool print_available = false;   // a printer is configured
};

NavState apply(NavState state, const Action& action, const FlowContext& context);

// True when the state is what a fresh start shows: nothing to forget, so no idle question.
// `start_language` is the kiosk's first configured language.
bool is_fresh(const NavState& state, Language start_language = Language::Dutch);

// The municipalities for a page of the route question, own municipality first on page 0.
// `has_more` says whether "Meer" is shown; `page` (0-based, the last when asked for one beyond it)
// and `pages` give "1 van 2".
struct MunicipalityPage {
    std::vector<std::string> names;
    bool has_more = false;
    int page = 0;
    int pages = 1;
};
// True when something narrows or orders the results, so "Zoek in heel Drenthe" would change them.
bool can_widen(const NavState& state);

// The guided route's step on this screen: {step, of}; {0, 3} outside the route's questions.
std::pair<int, int> route_step(Screen screen);

// `per_page`: how many municipalities fit on the screen (1..7; "Meer" is in the paging row).
MunicipalityPage municipality_page(const std::vector<std::string>& all, const std::string& home, int page,
                                   int per_page = 7);

}  // namespace ww::ui
