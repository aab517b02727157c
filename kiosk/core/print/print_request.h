#pragma once
// What to print: the services of "Mijn lijst" with everything the header and footer need.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/model.h"
#include "core/print/paper.h"
#include "core/print/print_text.h"
#include "core/result.h"

namespace ww {
class Catalogue;
}

namespace ww::print {

struct PrintRequest {
    std::vector<ServiceDetail> services;  // in list order
    Language language = Language::Dutch;
    Paper paper = Paper::A4;
    Title title = Title::HelpNearby;
    std::string kiosk_name;       // footer: "Wegwijzer"
    std::string kiosk_place;      // footer: "Bibliotheek Emmen"
    LocalizedText helpline_name;  // the config's name and its English name
    std::string helpline_phone;   // empty: no helpline line
    CatalogueInfo catalogue;      // created date and the demo flag
    std::chrono::system_clock::time_point printed_at = std::chrono::system_clock::now();
};

// Fills the request from the kiosk's config and catalogue. Fails, naming the id, when a service
// id is not in the catalogue, and when the list is empty.
Result<PrintRequest> make_print_request(const Catalogue& catalogue, const std::vector<std::string>& service_ids,
                                        const KioskConfig& config, Language language, Title title);

}  // namespace ww::print
