#pragma once
// The kiosk's health for municipal IT, as plain facts, and those facts in Prometheus's text
// exposition format (for node_exporter's textfile collector). Pure: no clock, no files.
//
// Only facts about the kiosk itself go in: never what residents searched, chose or printed.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ww::health {

// The last update attempt and the last success of one way updates arrive ("usb", "web").
struct UpdateChannelFacts {
    std::string channel;
    std::optional<std::int64_t> last_attempt_s;  // unix seconds; empty: never tried
    bool last_attempt_ok = false;                // that attempt installed a catalogue
    std::optional<std::int64_t> last_success_s;  // unix seconds; empty: never installed anything
};

enum class PrinterState { None, Ready, Printing, NoPaper, Down, Unknown };
enum class ScreenState { Idle, InUse, OutOfOrder };

struct HealthFacts {
    bool catalogue_loaded = false;  // a catalogue is open (else: out of order)
    std::int64_t catalogue_version = 0;
    std::optional<std::int64_t> catalogue_created_s;  // start of the created date, unix seconds
    std::optional<std::int64_t> catalogue_expiry_s;   // the moment it counts as expired; empty: never
    bool catalogue_demo = false;
    std::vector<UpdateChannelFacts> channels;
    int prints_today = 0;
    PrinterState printer = PrinterState::None;
    ScreenState screen = ScreenState::Idle;
    double uptime_s = 0;
    std::optional<std::int64_t> start_time_s;  // when this run started, unix seconds
    std::int64_t restarts = 0;                 // starts after the first one, over the kiosk's life
    std::int64_t rollbacks = 0;                // catalogues rolled back (slot state)
    std::optional<std::int64_t> last_rollback_s;
    std::string build_version;  // the kiosk's own version; empty: left out
};

// Every printer and screen state, in the order they are written (label values).
const std::vector<PrinterState>& all_printer_states();
const std::vector<ScreenState>& all_screen_states();
const char* printer_state_name(PrinterState state);  // "none", "ready", "printing", "no_paper", "down", "unknown"
const char* screen_state_name(ScreenState state);    // "idle", "in_use", "out_of_order"

// Prometheus text exposition format 0.0.4: # HELP and # TYPE before each family, names with the
// `wegwijzer_` prefix, label values escaped, one trailing newline.
std::string format_prometheus(const HealthFacts& facts);

// A label value escaped per the text format: backslash, double quote and newline.
std::string escape_label_value(const std::string& value);

}  // namespace ww::health
