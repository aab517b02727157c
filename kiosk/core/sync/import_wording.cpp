#include "core/sync/import_wording.h"

#include "core/wording.h"

namespace ww::sync {

std::string import_message(const ImportOutcome& outcome, Language l) {
    using wording::text;
    const auto& package = outcome.package;
    switch (outcome.result) {
        case ImportResult::Imported:
            if (!package) break;
            return text("import.done", l, {std::to_string(package->version), wording::long_date(package->created, l)});
        case ImportResult::NothingFound: return {};
        case ImportResult::NotApproved: return std::string(text("import.not_approved", l));
        case ImportResult::NotNewer: return text("import.not_newer", l, {std::to_string(outcome.installed_version)});
        case ImportResult::Expired:
            if (!package) break;
            return text("import.expired", l, {wording::long_date(package->expires, l)});
        case ImportResult::OtherFleet: return std::string(text("import.other_fleet", l));
        case ImportResult::TooLarge: return std::string(text("import.too_large", l));
        case ImportResult::ReadError: return std::string(text("import.read_error", l));
        case ImportResult::BadCatalogue: return std::string(text("import.bad_catalogue", l));
        case ImportResult::KioskError: return std::string(text("import.kiosk_error", l));
        case ImportResult::Busy: return std::string(text("import.busy", l));
        case ImportResult::RolledBackBefore: return std::string(text("import.rolled_back_before", l));
        case ImportResult::NotYetValid:
            if (!package) break;
            return text("import.not_yet_valid", l, {wording::long_date(package->created, l)});
    }
    return std::string(text("import.kiosk_error", l));
}

std::string ImportOutcome::message(Language language) const { return import_message(*this, language); }

}  // namespace ww::sync
