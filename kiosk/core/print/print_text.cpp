#include "core/print/print_text.h"

#include <array>
#include <string>

namespace ww::print {

namespace {

struct Pair {
    std::string_view nl;
    std::string_view en;
};

std::string_view pick(const Pair& p, Language language) { return language == Language::English ? p.en : p.nl; }

constexpr std::array<Pair, 3> kTitles{{
    {"Hulp in de buurt", "Help nearby"},
    {"Mijn lijst", "My list"},
    {"Voor de casemanager", "For the case manager"},
}};

// Indexed by Phrase.
constexpr std::array<Pair, 22> kPhrases{{
    {"Voorbeeldgegevens", "Voorbeeldgegevens (demo data)"},
    {"Adres", "Address"},
    {"Telefoon", "Phone"},
    {"Open", "Open"},
    {"Bel voor de tijden", "Call for the times"},
    {"Kosten", "Cost"},
    {"Gratis", "Free"},
    {"U betaalt een eigen bijdrage", "You pay a personal contribution"},
    {"Vraag naar de kosten", "Ask about the cost"},
    {"U heeft een indicatie nodig", "You need an indication"},
    {"U heeft geen indicatie nodig", "You do not need an indication"},
    {"Zo komt u er", "Getting there"},
    {"Bellen", "Call"},
    {"Website", "Website"},
    {"Geprint op", "Printed on"},
    {"Gegevens van", "Information from"},
    {"Hulplijn", "Helpline"},
    {"Pagina", "Page"},
    {"van", "of"},
    {"t/m", "to"},
    {"en", "and"},
    {"Gesloten", "Closed"},
}};

constexpr std::array<Pair, 7> kWeekdays{{
    {"ma", "Mon"}, {"di", "Tue"}, {"wo", "Wed"}, {"do", "Thu"}, {"vr", "Fri"}, {"za", "Sat"}, {"zo", "Sun"},
}};

}  // namespace

std::optional<Title> parse_title(std::string_view text) {
    if (text == "hulp" || text == "help") return Title::HelpNearby;
    if (text == "lijst" || text == "list") return Title::MyList;
    if (text == "casemanager" || text == "case-manager") return Title::ForCaseManager;
    for (size_t i = 0; i < kTitles.size(); ++i) {
        if (text == kTitles[i].nl || text == kTitles[i].en) return static_cast<Title>(i);
    }
    return std::nullopt;
}

std::string_view title_text(Title title, Language language) {
    return pick(kTitles[static_cast<size_t>(title)], language);
}

std::string_view phrase(Phrase p, Language language) { return pick(kPhrases[static_cast<size_t>(p)], language); }

std::string_view weekday_short(int weekday, Language language) {
    return pick(kWeekdays[static_cast<size_t>(weekday % 7)], language);
}

}  // namespace ww::print
