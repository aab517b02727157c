#pragma once
// Everything the views show besides the navigation state, prepared by the app from the catalogue,
// the config and the clock. Plain data: the views never open files or query the catalogue.
#include <optional>
#include <string>
#include <vector>

#include "adapters/qr.h"
#include "core/model.h"
#include "core/search.h"

namespace ww::ui {

struct ScreenData {
    // The kiosk.
    std::string kiosk_name;
    std::string home_municipality;
    LocalizedText helpline_name;  // from config; no number is ever made up
    std::string helpline_phone;
    bool speech_available = false;
    bool language_switch = true;  // both Dutch and English configured

    // The catalogue.
    bool catalogue_ok = false;
    std::string catalogue_error;  // English, for the staff screen
    CatalogueInfo info;
    bool expired = false;  // show "Deze gegevens zijn van <datum>"
    int service_count = 0;
    std::vector<std::string> municipalities;  // for the route question

    // Notices from elsewhere (USB sync): shown as a band above the content while not empty.
    std::string status_banner;             // e.g. "De catalogus wordt bijgewerkt…"
    std::optional<float> status_progress;  // 0..1 when known

    // While "Bent u er nog?" is up: the seconds until the screen starts again (-1 otherwise).
    int idle_seconds_left = -1;

    // The moment: "open today" and "Nu open" use it.
    WeekTime now{};

    // Search results for the current query and filters (results screen and search preview).
    SearchResult results;
    std::optional<ServiceDetail> detail;
    std::optional<QrMatrix> detail_phone_qr;
    std::optional<QrMatrix> detail_web_qr;
    std::vector<ServiceSummary> list_items;  // "Mijn lijst" in order
    std::optional<QrMatrix> list_qr;
    bool print_available = false;  // a printer is configured
    std::string print_message;     // "Uw lijst wordt geprint…" etc., from the print service

    int bar_buttons() const { return 4 + (speech_available ? 1 : 0) + (language_switch ? 1 : 0); }

    // Staff screen.
    std::string pin_message;     // after a wrong PIN or during lock-out
    bool staff_enabled = false;  // a PIN hash is configured
    std::string config_notice;   // the config file was not used: why (English); empty when it was
    std::vector<std::string> log_tail;
    std::vector<std::string> import_history;
    std::vector<std::string> slot_status;  // the two catalogue slots, trial and rollbacks (English)
    bool version_reset_available = false;  // the catalogue is the one USB updates install
    std::string staff_message;             // after "Versie vergeten"
};

}  // namespace ww::ui
