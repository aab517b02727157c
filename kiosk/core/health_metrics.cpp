#include "core/health_metrics.h"

#include <cstdio>

namespace ww::health {

namespace {

class Exposition {
public:
    // One metric family: HELP (escaped per the format) and TYPE, then its samples.
    void family(const char* name, const char* type, const char* help) {
        out_ += "# HELP ";
        out_ += name;
        out_ += ' ';
        for (const char* c = help; *c; ++c) {
            if (*c == '\\') out_ += "\\\\";
            else if (*c == '\n') out_ += "\\n";
            else out_ += *c;
        }
        out_ += "\n# TYPE ";
        out_ += name;
        out_ += ' ';
        out_ += type;
        out_ += '\n';
    }
    void sample(const char* name, const std::string& labels, std::int64_t value) {
        line(name, labels, std::to_string(value));
    }
    void sample_real(const char* name, const std::string& labels, double value) {
        char text[64];
        std::snprintf(text, sizeof text, "%.3f", value);
        line(name, labels, text);
    }
    std::string take() { return std::move(out_); }

private:
    void line(const char* name, const std::string& labels, const std::string& value) {
        out_ += name;
        if (!labels.empty()) out_ += "{" + labels + "}";
        out_ += ' ';
        out_ += value;
        out_ += '\n';
    }
    std::string out_;
};

std::string label(const char* name, const std::string& value) {
    return std::string(name) + "=\"" + escape_label_value(value) + "\"";
}

}  // namespace

const std::vector<PrinterState>& all_printer_states() {
    static const std::vector<PrinterState> states{PrinterState::None,    PrinterState::Ready, PrinterState::Printing,
                                                  PrinterState::NoPaper, PrinterState::Down,  PrinterState::Unknown};
    return states;
}

const std::vector<ScreenState>& all_screen_states() {
    static const std::vector<ScreenState> states{ScreenState::Idle, ScreenState::InUse, ScreenState::OutOfOrder};
    return states;
}

const char* printer_state_name(PrinterState state) {
    switch (state) {
        case PrinterState::None: return "none";
        case PrinterState::Ready: return "ready";
        case PrinterState::Printing: return "printing";
        case PrinterState::NoPaper: return "no_paper";
        case PrinterState::Down: return "down";
        case PrinterState::Unknown: break;
    }
    return "unknown";
}

const char* screen_state_name(ScreenState state) {
    switch (state) {
        case ScreenState::Idle: return "idle";
        case ScreenState::InUse: return "in_use";
        case ScreenState::OutOfOrder: break;
    }
    return "out_of_order";
}

std::string escape_label_value(const std::string& value) {
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '\\') out += "\\\\";
        else if (c == '"') out += "\\\"";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::string format_prometheus(const HealthFacts& f) {
    Exposition e;
    if (!f.build_version.empty()) {
        e.family("wegwijzer_build_info", "gauge", "The kiosk software's version, as a label; always 1.");
        e.sample("wegwijzer_build_info", label("version", f.build_version), 1);
    }

    e.family("wegwijzer_catalogue_loaded", "gauge", "1 when a catalogue is open, 0 when the kiosk shows out of order.");
    e.sample("wegwijzer_catalogue_loaded", "", f.catalogue_loaded ? 1 : 0);
    e.family("wegwijzer_catalogue_version", "gauge", "Version of the catalogue the kiosk shows (0: none or unknown).");
    e.sample("wegwijzer_catalogue_version", "", f.catalogue_version);
    e.family("wegwijzer_catalogue_demo", "gauge", "1 when the kiosk shows the built-in demo data.");
    e.sample("wegwijzer_catalogue_demo", "", f.catalogue_demo ? 1 : 0);
    if (f.catalogue_created_s) {
        e.family("wegwijzer_catalogue_created_timestamp_seconds", "gauge",
                 "Start of the day the catalogue was created (local time), as unix seconds.");
        e.sample("wegwijzer_catalogue_created_timestamp_seconds", "", *f.catalogue_created_s);
    }
    if (f.catalogue_expiry_s) {
        e.family("wegwijzer_catalogue_expiry_timestamp_seconds", "gauge",
                 "Moment the catalogue counts as expired (the end of its expiry date, local time), as unix seconds.");
        e.sample("wegwijzer_catalogue_expiry_timestamp_seconds", "", *f.catalogue_expiry_s);
    }

    // Families are written whole, one after the other (the format wants a family's samples together).
    bool any = false;
    for (const auto& c : f.channels) any = any || c.last_attempt_s;
    if (any) {
        e.family("wegwijzer_update_last_attempt_timestamp_seconds", "gauge",
                 "When the kiosk last tried to install a catalogue update, per channel (usb, web), as unix seconds.");
        for (const auto& c : f.channels)
            if (c.last_attempt_s)
                e.sample("wegwijzer_update_last_attempt_timestamp_seconds", label("channel", c.channel),
                         *c.last_attempt_s);
        e.family("wegwijzer_update_last_attempt_success", "gauge",
                 "1 when the last update attempt of a channel installed a catalogue, 0 when it was refused or failed.");
        for (const auto& c : f.channels)
            if (c.last_attempt_s)
                e.sample("wegwijzer_update_last_attempt_success", label("channel", c.channel),
                         c.last_attempt_ok ? 1 : 0);
    }
    any = false;
    for (const auto& c : f.channels) any = any || c.last_success_s;
    if (any) {
        e.family("wegwijzer_update_last_success_timestamp_seconds", "gauge",
                 "When a channel last installed a catalogue update, as unix seconds.");
        for (const auto& c : f.channels)
            if (c.last_success_s)
                e.sample("wegwijzer_update_last_success_timestamp_seconds", label("channel", c.channel),
                         *c.last_success_s);
    }

    e.family("wegwijzer_prints_today", "gauge", "Lists printed today (local time); only the count.");
    e.sample("wegwijzer_prints_today", "", f.prints_today);
    e.family("wegwijzer_printer_state", "gauge",
             "1 for the printer's current state, 0 for the others (none: no printer configured).");
    for (PrinterState s : all_printer_states())
        e.sample("wegwijzer_printer_state", label("state", printer_state_name(s)), s == f.printer ? 1 : 0);

    e.family("wegwijzer_screen_state", "gauge",
             "1 for the screen's current state, 0 for the others (idle: waiting on the home screen; in_use: a "
             "visitor is using it; out_of_order: no catalogue can be shown).");
    for (ScreenState s : all_screen_states())
        e.sample("wegwijzer_screen_state", label("state", screen_state_name(s)), s == f.screen ? 1 : 0);

    e.family("wegwijzer_uptime_seconds", "gauge", "Seconds since the kiosk program started.");
    e.sample_real("wegwijzer_uptime_seconds", "", f.uptime_s);
    if (f.start_time_s) {
        e.family("wegwijzer_start_time_seconds", "gauge", "When the kiosk program started, as unix seconds.");
        e.sample("wegwijzer_start_time_seconds", "", *f.start_time_s);
    }
    e.family("wegwijzer_restarts_total", "counter", "Times the kiosk program started again after its first start.");
    e.sample("wegwijzer_restarts_total", "", f.restarts);
    e.family("wegwijzer_rollbacks_total", "counter",
             "Catalogue updates rolled back because the kiosk could not run on them.");
    e.sample("wegwijzer_rollbacks_total", "", f.rollbacks);
    if (f.last_rollback_s) {
        e.family("wegwijzer_last_rollback_timestamp_seconds", "gauge",
                 "When the last rollback happened, as unix seconds.");
        e.sample("wegwijzer_last_rollback_timestamp_seconds", "", *f.last_rollback_s);
    }
    return e.take();
}

}  // namespace ww::health
