#include "ui/strings.h"

#include <algorithm>
#include <array>

namespace ww::ui {

namespace {
constexpr UiString kStrings[] = {
    {"home.question", "Waar zoekt u hulp bij?", "What do you need help with?"},
    {"home.search", "Zoek met woorden", "Search with words"},
    {"home.route", "Help mij kiezen", "Help me choose"},

    {"bar.home", "Begin", "Home"},
    {"bar.back", "Terug", "Back"},
    {"bar.language", "English", "Nederlands"},
    {"bar.text_size", "Letters {}%", "Text {}%"},
    {"bar.read_aloud_off", "Lees voor: uit", "Read aloud: off"},
    {"bar.read_aloud_on", "Lees voor: aan", "Read aloud: on"},
    {"bar.list", "Mijn lijst ({})", "My list ({})"},

    {"route.who.question", "Voor wie zoekt u hulp?", "Who are you looking for help for?"},
    {"route.who.self", "Voor mijzelf", "For myself"},
    {"route.who.carer", "Voor iemand voor wie ik zorg", "For someone I care for"},
    {"route.where.question", "In welke gemeente?", "In which municipality?"},
    {"route.where.here", "{} (hier)", "{} (here)"},
    {"route.where.more", "Andere gemeente", "Other municipality"},
    {"route.what.question", "Waar zoekt u hulp bij?", "What do you need help with?"},
    {"route.what.route_question", "Welke soort hulp zoekt u?", "What kind of help are you looking for?"},
    {"route.step", "Stap {} van {}", "Step {} of {}"},
    {"route.for.audience-person", "voor mijzelf", "for myself"},
    {"route.for.audience-carer", "voor iemand voor wie ik zorg", "for someone I care for"},
    {"route.where.all", "Heel Drenthe", "All of Drenthe"},

    {"search.title", "Typ een woord", "Type a word"},
    {"search.empty", "Tik op de letters hieronder.", "Tap the letters below."},
    {"search.suggestion", "Bedoelt u: {}?", "Did you mean: {}?"},
    {"search.show_all", "Toon alle {}", "Show all {}"},
    {"search.nothing", "Nog niets gevonden. Typ verder of probeer een ander woord.",
     "Nothing found yet. Keep typing or try another word."},
    {"key.space", "spatie", "space"},
    {"key.backspace", "Wis", "Delete"},
    {"key.clear", "Alles wissen", "Clear all"},
    {"key.search", "Zoek", "Search"},
    {"search.nothing_final", "Met deze woorden vinden we niets.", "We find nothing with these words."},
    {"search.topics", "Kies uit de onderwerpen", "Choose from the topics"},
    {"search.almost_all", "Bijna alle hulp past bij ‘{}’. Kies liever een onderwerp.",
     "Almost all help matches ‘{}’. Better choose a topic."},

    {"results.found", "{} gevonden", "{} found"},
    {"results.for_query", "Gevonden voor ‘{}’", "Found for ‘{}’"},
    {"results.more", "Meer", "More"},
    {"results.previous", "Vorige", "Previous"},
    {"results.page", "{} van {}", "{} of {}"},
    {"results.load_more", "Laat er meer zien", "Show more"},
    {"filter.municipality", "Alleen {}", "Only {}"},
    {"filter.open_now", "Nu open", "Open now"},
    {"filter.free", "Gratis", "Free"},
    {"filter.audience.audience-person", "Eerst: voor mensen met dementie", "First: for people with dementia"},
    {"filter.audience.audience-carer", "Eerst: voor mantelzorgers", "First: for carers"},
    {"filter.hint", "Tik op een knop met een vinkje om dat filter weg te halen.",
     "Tap a button with a tick to remove that filter."},
    {"card.open_today", "Vandaag open: {}", "Open today: {}"},
    {"card.closed_today", "Vandaag dicht", "Closed today"},
    {"card.distance", "{} km", "{} km"},
    {"card.phone", "Tel. {}", "Phone {}"},

    {"noresults.message", "We hebben hier niets voor gevonden. Dat is niet erg. U kunt het zo proberen:",
     "We found nothing for this. That is all right. You can try this:"},
    {"noresults.wider", "Zoek in heel Drenthe", "Search all of Drenthe"},
    {"noresults.other", "Kies iets anders", "Choose something else"},
    {"noresults.helpline", "Of bel de {}: {}", "Or call the {}: {}"},
    {"noresults.ask", "Of vraag het aan een medewerker.", "Or ask a member of staff."},
    {"noresults.open_now", "Op {} is er nu niets open. Tik op ‘Nu open’ om ook de rest te zien.",
     "Nothing is open now on {}. Tap ‘Open now’ to see the rest too."},

    {"detail.what", "Wat is het?", "What is it?"},
    {"detail.who", "Voor wie?", "Who is it for?"},
    {"detail.hours", "Wanneer is het open?", "When is it open?"},
    {"detail.closed", "dicht", "closed"},
    {"detail.no_hours", "Bel voor een afspraak.", "Call for an appointment."},
    {"detail.where", "Waar is het?", "Where is it?"},
    {"detail.getting_there", "Hoe komt u er?", "How do you get there?"},
    {"detail.cost", "Wat kost het?", "What does it cost?"},
    {"detail.indication_needed", "U hebt een indicatie nodig.", "You need an indication."},
    {"detail.no_indication", "U hebt geen indicatie nodig.", "You do not need an indication."},
    {"detail.contact", "Contact", "Contact"},
    {"detail.call", "Bel", "Call"},
    {"detail.other_phone", "Ander nummer", "Other number"},
    {"detail.more_info", "Meer informatie", "More information"},
    {"detail.checked", "Deze informatie is gecontroleerd op {}.", "This information was checked on {}."},
    {"detail.qr_phone", "Scan om te bellen", "Scan to call"},
    {"detail.qr_web", "Scan voor de website", "Scan for the website"},
    {"detail.read", "Lees voor", "Read aloud"},
    {"detail.add", "Zet op mijn lijst", "Add to my list"},
    {"detail.added", "Staat op mijn lijst", "On my list"},
    {"detail.missing", "Deze hulp is niet meer te vinden.", "This help can no longer be found."},

    {"list.title", "Mijn lijst", "My list"},
    {"list.empty", "Uw lijst is nog leeg. Kies een hulp en tik op ‘Zet op mijn lijst’.",
     "Your list is empty. Choose a service and tap ‘Add to my list’."},
    {"list.remove", "Haal weg", "Remove"},
    {"list.clear", "Maak de lijst leeg", "Clear the list"},
    {"list.print", "Printen", "Print"},
    {"list.take_home", "Neem mee op uw telefoon", "Take it on your phone"},
    {"list.qr_caption", "Richt de camera van uw telefoon op deze code. Dan hebt u de lijst bij u.",
     "Point your phone’s camera at this code. Then you have the list with you."},
    {"list.hide_qr", "Klaar", "Done"},
    {"list.clear_question", "Wilt u de hele lijst leegmaken?", "Do you want to clear the whole list?"},
    {"list.clear_yes", "Ja, maak leeg", "Yes, clear it"},
    {"list.clear_no", "Nee, bewaar", "No, keep it"},
    {"list.removed", "Eén hulp is van uw lijst gehaald.", "One service was removed from your list."},
    {"list.undo", "Zet terug", "Put it back"},

    {"idle.question", "Bent u er nog?", "Are you still there?"},
    {"idle.explain", "Als u niets doet, begint het scherm straks opnieuw.",
     "If you do nothing, the screen will start again soon."},
    {"idle.yes", "Ja, ik ben er nog", "Yes, I am still here"},
    {"idle.list_lost", "Uw lijst wordt dan gewist.", "Your list will then be cleared."},
    {"idle.countdown", "Nog {} seconden", "{} seconds left"},

    {"band.demo", "Voorbeeldgegevens – deze hulp bestaat niet echt", "Demo data – this help does not really exist"},
    {"band.expired", "Deze gegevens zijn van {}", "This information is from {}"},
    {"band.updating", "De catalogus wordt bijgewerkt…", "The catalogue is being updated…"},

    {"ooo.title", "Deze zuil werkt nu even niet", "This kiosk is not working right now"},
    {"ooo.sorry", "Sorry. Probeer het later nog eens.", "Sorry. Please try again later."},
    {"ooo.helpline", "U kunt bellen met de {}:", "You can call the {}:"},
    {"ooo.ask", "U kunt het ook aan een medewerker vragen.", "You can also ask a member of staff."},

    {"staff.pin_title", "Medewerker: typ de pincode", "Staff: enter the PIN"},
    {"staff.pin_wrong", "De pincode klopt niet.", "The PIN is not right."},
    {"staff.locked", "Te vaak fout. Probeer het over 5 minuten weer.", "Too many tries. Try again in 5 minutes."},
    {"staff.ok", "OK", "OK"},
    {"staff.close", "Sluiten", "Close"},
    {"staff.quit", "Kiosk afsluiten", "Quit the kiosk"},
    {"staff.title", "Beheer", "Staff"},
    {"staff.catalogue", "Catalogus: versie {}, gemaakt {}, geldig tot {}", "Catalogue: version {}, created {}, valid until {}"},
    {"staff.services", "{} diensten, bron: {}", "{} services, source: {}"},
    {"staff.no_catalogue", "Geen werkende catalogus: {}", "No working catalogue: {}"},
    {"staff.config_notice", "Het instellingenbestand is niet gebruikt: {}", "The settings file was not used: {}"},
    {"staff.log", "Laatste logregels:", "Last log lines:"},
    {"staff.imports", "Geschiedenis van updates:", "Update history:"},
    {"staff.slots", "Catalogus en reserve:", "Catalogue and backup:"},
    {"staff.reset_version", "Nieuwste versie vergeten (daarna mag elke goede USB-stick)",
     "Forget the newest version (then any approved USB stick may update)"},
    {"staff.reset_done", "Gedaan. De volgende goede USB-stick wordt gebruikt, welke versie het ook is.",
     "Done. The next approved USB stick is used, whatever its version."},
    {"staff.reset_failed", "Dat lukte niet. Kijk in het logboek.", "That did not work. See the log."},

    {"day.0", "maandag", "Monday"},
    {"day.1", "dinsdag", "Tuesday"},
    {"day.2", "woensdag", "Wednesday"},
    {"day.3", "donderdag", "Thursday"},
    {"day.4", "vrijdag", "Friday"},
    {"day.5", "zaterdag", "Saturday"},
    {"day.6", "zondag", "Sunday"},
};
}  // namespace

std::span<const UiString> all_strings() { return kStrings; }

std::string_view tr(std::string_view id, Language language) {
    for (const auto& s : kStrings)
        if (s.id == id) return language == Language::English ? s.en : s.nl;
    return id;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    auto arg = args.begin();
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
            if (arg != args.end()) out += *arg++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string tr(std::string_view id, Language language, std::initializer_list<std::string_view> args) {
    return fill(tr(id, language), args);
}

std::string_view weekday_name(int weekday, Language language) {
    static constexpr std::array<std::string_view, 7> ids{"day.0", "day.1", "day.2", "day.3", "day.4", "day.5", "day.6"};
    return tr(ids[static_cast<size_t>(std::clamp(weekday, 0, 6))], language);
}

}  // namespace ww::ui
