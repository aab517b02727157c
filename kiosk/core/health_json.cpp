#include "core/health_json.h"

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

namespace ww::health {

namespace {
template <typename T>
nlohmann::json or_null(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// "name{state=\"x\"} 1" -> x when the line is that family's sample with value 1.
std::optional<std::string> state_set_value(const std::string& line, const std::string& family) {
    const std::string prefix = family + "{state=\"";
    if (line.rfind(prefix, 0) != 0 || line.size() < prefix.size() + 5 || line.substr(line.size() - 2) != " 1")
        return std::nullopt;
    const std::size_t end = line.find('"', prefix.size());
    if (end == std::string::npos) return std::nullopt;
    return line.substr(prefix.size(), end - prefix.size());
}
}  // namespace

nlohmann::json health_to_json(const HealthFacts& f, bool live) {
    nlohmann::json updates = nlohmann::json::object();
    for (const auto& c : f.channels)
        updates[c.channel] = {
            {"last_attempt_timestamp", or_null(c.last_attempt_s)},
            {"last_attempt_success", c.last_attempt_s ? nlohmann::json(c.last_attempt_ok) : nlohmann::json(nullptr)},
            {"last_success_timestamp", or_null(c.last_success_s)}};
    return {
        {"catalogue",
         {{"loaded", f.catalogue_loaded},
          {"version", f.catalogue_version},
          {"demo", f.catalogue_demo},
          {"created_timestamp", or_null(f.catalogue_created_s)},
          {"expiry_timestamp", or_null(f.catalogue_expiry_s)}}},
        {"updates", updates},
        {"prints_today", f.prints_today},
        {"printer_state", printer_state_name(f.printer)},
        {"screen_state", live ? nlohmann::json(screen_state_name(f.screen)) : nlohmann::json(nullptr)},
        {"uptime_seconds", live ? nlohmann::json(f.uptime_s) : nlohmann::json(nullptr)},
        {"start_timestamp", live ? or_null(f.start_time_s) : nlohmann::json(nullptr)},
        {"restarts", f.restarts},
        {"rollbacks", f.rollbacks},
        {"last_rollback_timestamp", or_null(f.last_rollback_s)},
    };
}

bool read_live_facts(const std::filesystem::path& metrics_file, HealthFacts& facts) {
    if (metrics_file.empty()) return false;
    std::ifstream in(metrics_file);
    if (!in) return false;
    bool found = false;
    std::string line;
    while (std::getline(in, line)) {
        if (auto s = state_set_value(line, "wegwijzer_screen_state")) {
            for (ScreenState state : all_screen_states())
                if (*s == screen_state_name(state)) facts.screen = state, found = true;
        } else if (auto p = state_set_value(line, "wegwijzer_printer_state")) {
            for (PrinterState state : all_printer_states())
                if (*p == printer_state_name(state)) facts.printer = state;
        } else if (line.rfind("wegwijzer_uptime_seconds ", 0) == 0) {
            facts.uptime_s = std::strtod(line.c_str() + 25, nullptr);
        } else if (line.rfind("wegwijzer_start_time_seconds ", 0) == 0) {
            facts.start_time_s = std::strtoll(line.c_str() + 29, nullptr, 10);
        }
    }
    return found;
}

}  // namespace ww::health
