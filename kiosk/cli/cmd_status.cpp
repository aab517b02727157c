// kioskctl status: what catalogue is this, is it whole, and what is in it.
#include <ctime>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/catalogue.h"
#include "core/config.h"
#include "core/health_json.h"
#include "core/print/print_counter.h"
#include "core/print/printer_health.h"
#include "core/start_counter.h"
#include "core/sync/health_facts.h"
#include "core/sync/history.h"
#include "core/sync/slot_store.h"
#include "core/taxonomy.h"

#ifndef WEGWIJZER_CONFIG_DIR
#define WEGWIJZER_CONFIG_DIR "/etc/wegwijzer"
#endif

namespace ww::cli {
namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl status --db FILE [--json [--config FILE]]

Shows a catalogue's version, creation and expiry dates (and whether it has expired), whether it
is demo data, its schema version, the number of services per category and per municipality, and
the result of an integrity check (SQLite's own check, the schema and the full-text index), and
the last 20 imports (when, by which channel: usb or web, which version, from where, the result
and, for a refused package, which check refused it as a stable code word such as unknown-key or
damaged-signature; kept in FILE.sync.sqlite; the kiosk's own events such as a rollback have no
channel),
and the two catalogue slots (FILE.slots): the live catalogue and whether it is still on trial
(starts left before it is rolled back), the previous catalogue kept for a rollback, the last
rollback and why, and the versions refused since.

Options:
  --db FILE       the catalogue file (required)
  --json          print the same as one JSON object, with "health": the facts of the kiosk's
                  Prometheus metrics ([health] metrics_file), for scripts
  --config FILE   with --json: the kiosk's kiosk.toml, for its state folder, printer and metrics
                  file (default /etc/wegwijzer/kiosk.toml; missing: the defaults)

"health" (stable field names; null when not known; times are unix seconds):
  catalogue.loaded, .version, .demo, .created_timestamp, .expiry_timestamp
  updates.usb / updates.web: .last_attempt_timestamp, .last_attempt_success, .last_success_timestamp
  prints_today         lists printed today (only the count)
  printer_state        none, ready, printing, no_paper, down or unknown
  screen_state         idle, in_use or out_of_order (from the running kiosk's metrics file)
  uptime_seconds, start_timestamp   the running kiosk's (from its metrics file)
  restarts, rollbacks, last_rollback_timestamp
Nothing about what residents searched or chose is in it.

Exit codes: 0 the catalogue is sound, 1 it is missing, unreadable or fails the integrity check,
2 wrong usage.
)";

// The same facts as the kiosk's metrics file: files for the catalogue, history, slots, starts and
// prints; the running kiosk's own file for what only it knows (screen, uptime); else CUPS.
nlohmann::json health_json(const Args& args, const std::string& db, const std::optional<CatalogueInfo>& info) {
    const std::filesystem::path config_path = args.get("config").value_or(WEGWIJZER_CONFIG_DIR "/kiosk.toml");
    const KioskConfig config = load_config(config_path).config;
    health::HealthFacts facts;
    sync::add_catalogue_facts(facts, info);
    sync::add_update_facts(facts, db);
    facts.restarts = std::max<std::int64_t>(0, health::read_starts(config.sync.state_dir) - 1);
    std::error_code ec;
    if (std::filesystem::is_directory(config.sync.state_dir, ec))
        facts.prints_today = print::PrintCounter(config.sync.state_dir).count(print::PrintCounter::today());
    const bool live = health::read_live_facts(config.health.metrics_file, facts);
    if (!live) facts.printer = print::probe_printer(config.print.printer);
    return health::health_to_json(facts, live);
}

nlohmann::json slots_json(const std::string& db) {
    auto slots = sync::read_slot_state(db);
    if (!slots) return {{"error", slots.error()}};
    const sync::SlotState& s = *slots;
    nlohmann::json out{{"phase", sync::phase_name(s.phase)},
                       {"live_version", s.live_version},
                       {"previous_version", s.previous_version},
                       {"previous_file", std::filesystem::exists(sync::previous_slot_path(db))},
                       {"refused_versions", s.refused_versions},
                       {"last_rollback", s.last_rollback}};
    if (s.phase == sync::SlotPhase::Trial || s.phase == sync::SlotPhase::Switching) {
        out["trial_version"] = s.trial_version;
        out["attempts_left"] = s.attempts_left;
        out["trial_started"] = format_time(std::chrono::system_clock::time_point(std::chrono::seconds(s.trial_started)),
                                           "%Y-%m-%dT%H:%M:%SZ", true);
    }
    return out;
}

void print_slots(const std::string& db) {
    auto slots = sync::read_slot_state(db);
    std::cout << std::left << std::setw(15) << "Slots" << (slots ? sync::describe_slots(*slots) : slots.error())
              << "\n";
    if (!slots) return;
    if (!slots->last_rollback.empty())
        std::cout << std::left << std::setw(15) << "Last rollback"
                  << format_time(std::chrono::system_clock::time_point(std::chrono::seconds(slots->last_rollback_at)),
                                 "%Y-%m-%d %H:%M UTC", true)
                  << ": " << slots->last_rollback << "\n";
    if (!slots->refused_versions.empty()) {
        std::cout << std::left << std::setw(15) << "Refused";
        for (std::size_t i = 0; i < slots->refused_versions.size(); ++i)
            std::cout << (i ? ", " : "") << "version " << slots->refused_versions[i];
        std::cout << "\n";
    }
}

int run(const Args& args) {
    auto db = args.get("db");
    if (!db || !args.positional().empty()) {
        std::cerr << "kioskctl status: "
                  << (!db ? std::string("--db FILE is required")
                          : "unexpected word '" + args.positional().front() + "'")
                  << "\n\n"
                  << kHelp;
        return kUsage;
    }
    const bool json = args.has("json");
    auto opened = Catalogue::open(*db);
    if (!opened) {
        if (json) {
            std::cout << nlohmann::json{{"path", *db},
                                        {"ok", false},
                                        {"error", opened.error()},
                                        {"slots", slots_json(*db)},
                                        {"health", health_json(args, *db, std::nullopt)}}
                             .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                      << "\n";
            return kUserError;
        }
        print_slots(*db);
        return user_error("status", opened.error());
    }
    const Catalogue& catalogue = **opened;
    const CatalogueInfo& info = catalogue.info();
    const CatalogueCounts counts = catalogue.counts();
    const std::vector<std::string> problems = catalogue.check_integrity();
    const bool expired = !info.expires.empty() && local_date(std::chrono::system_clock::now()) > info.expires;

    if (json) {
        nlohmann::json per_category = nlohmann::json::object(), per_municipality = nlohmann::json::object();
        for (const auto& [code, n] : counts.per_category) per_category[code] = n;
        for (const auto& [name, n] : counts.per_municipality) per_municipality[name] = n;
        nlohmann::json out{
            {"path", *db},
            {"ok", problems.empty()},
            {"version", info.version},
            {"created", info.created},
            {"expires", info.expires.empty() ? nlohmann::json(nullptr) : nlohmann::json(info.expires)},
            {"expired", expired},
            {"demo", info.demo},
            {"source", info.source},
            {"schema_version", info.schema_version},
            {"counts",
             {{"services", counts.services},
              {"organizations", counts.organizations},
              {"locations", counts.locations},
              {"per_category", per_category},
              {"per_municipality", per_municipality}}},
            {"integrity", {{"ok", problems.empty()}, {"problems", problems}}},
        };
        nlohmann::json imports = nlohmann::json::array();
        for (const auto& r : sync::read_import_history(*db))
            imports.push_back({{"at", r.at},
                               {"version", r.version},
                               {"source", r.source},
                               {"channel", r.channel},
                               {"imported", r.imported},
                               {"result", r.result},
                               {"refusal", r.refusal.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.refusal)}});
        out["imports"] = imports;
        out["slots"] = slots_json(*db);
        out["health"] = health_json(args, *db, info);
        std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return problems.empty() ? kOk : kUserError;
    }

    auto line = [](const std::string& label, const std::string& value) {
        std::cout << std::left << std::setw(15) << label << value << "\n";
    };
    line("Catalogue", *db);
    line("Source", info.source);
    line("Version", std::to_string(info.version));
    line("Created", info.created);
    line("Expires", info.expires.empty() ? "never" : info.expires + (expired ? " (EXPIRED)" : " (not expired)"));
    line("Demo data", info.demo ? "yes (shown as \"Voorbeeldgegevens\" / \"Demo data\")" : "no");
    line("Schema", std::to_string(info.schema_version));
    print_slots(*db);
    line("Services", std::to_string(counts.services) + " (" + std::to_string(counts.organizations) +
                         " organizations, " + std::to_string(counts.locations) + " locations)");
    std::cout << "\nServices per category:\n";
    for (const auto& [code, n] : counts.per_category) {
        const TagInfo* tag = find_tag(code);
        std::cout << "  " << std::left << std::setw(18) << code << std::right << std::setw(7) << n << "  "
                  << (tag ? std::string(tag->en) : std::string()) << "\n";
    }
    std::cout << "\nServices available per municipality:\n";
    for (const auto& [name, n] : counts.per_municipality)
        std::cout << "  " << std::left << std::setw(18) << name << std::right << std::setw(7) << n << "\n";
    std::cout << "\n";
    const auto imports = sync::read_import_history(*db);
    std::cout << "Imports (newest first):" << (imports.empty() ? " none yet" : "") << "\n";
    for (const auto& r : imports)
        std::cout << "  " << r.at << (r.channel.empty() ? std::string() : "  " + r.channel) << "  version " << r.version
                  << "  from " << r.source << (r.refusal.empty() ? std::string() : "  refusal " + r.refusal) << "\n    "
                  << r.result << "\n";
    std::cout << "\n";
    if (problems.empty()) {
        line("Integrity", "ok");
        return kOk;
    }
    line("Integrity", "FAILED");
    for (const auto& p : problems) std::cout << "  " << p << "\n";
    return kUserError;
}

const Registration registration{{"status",
                                 "Show a catalogue's version, dates, contents and integrity",
                                 kHelp,
                                 {{"db"}, {"json", false}, {"config"}},
                                 run}};

}  // namespace
}  // namespace ww::cli
