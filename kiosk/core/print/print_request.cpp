#include "core/print/print_request.h"

#include "core/catalogue.h"

namespace ww::print {

Result<PrintRequest> make_print_request(const Catalogue& catalogue, const std::vector<std::string>& service_ids,
                                        const KioskConfig& config, Language language, Title title) {
    if (service_ids.empty()) return fail("the list is empty: give at least one service id");
    PrintRequest request;
    std::vector<std::string> unknown;
    for (const auto& id : service_ids) {
        auto detail = catalogue.service(id, config.position, config.municipality);
        if (!detail) {
            unknown.push_back(id);
            continue;
        }
        request.services.push_back(std::move(*detail));
    }
    if (!unknown.empty()) {
        std::string message = unknown.size() == 1 ? "unknown service id " : "unknown service ids ";
        for (size_t i = 0; i < unknown.size(); ++i) message += (i ? ", '" : "'") + unknown[i] + "'";
        return fail(message + " (not in " + catalogue.path().string() + ")");
    }
    request.language = language;
    request.paper = parse_paper(config.print.paper).value_or(Paper::A4);
    request.title = title;
    request.kiosk_name = config.name;
    request.kiosk_place = config.place;
    request.helpline_name = {config.helpline.name, config.helpline.name_en};
    request.helpline_phone = config.helpline.phone;
    request.catalogue = catalogue.info();
    return request;
}

}  // namespace ww::print
