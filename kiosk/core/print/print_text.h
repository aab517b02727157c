#pragma once
// Every fixed word on the printout and every printer message, in Dutch (B1) and English.
#include <optional>
#include <string_view>

#include "core/model.h"

namespace ww::print {

// The titles a carer can choose for the list.
enum class Title { HelpNearby, MyList, ForCaseManager };

// "hulp", "lijst", "casemanager" (also accepts the full Dutch or English title).
std::optional<Title> parse_title(std::string_view text);
std::string_view title_text(Title title, Language language);

enum class Phrase {
    DemoData,        // on every page of a demo catalogue
    Address,
    Phone,
    Opening,
    OpeningUnknown,  // no opening hours known
    Cost,
    CostFree,
    CostContribution,
    CostUnknown,
    IndicationNeeded,
    NoIndication,
    GettingThere,
    QrCall,          // label under the tel: QR code
    QrWebsite,       // label under the website QR code
    PrintedOn,
    CatalogueOf,
    Helpline,
    Page,            // "Pagina"
    Of,              // "van"
    Through,         // "t/m" in "ma t/m vr"
    And,             // "en" in "ma en wo"
    Closed,
};

std::string_view phrase(Phrase p, Language language);

// "ma".."zo" / "Mon".."Sun"; weekday 0 = Monday.
std::string_view weekday_short(int weekday, Language language);

}  // namespace ww::print
