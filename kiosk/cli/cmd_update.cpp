// kioskctl update: one web update check, exactly what the kiosk does every [sync] poll_minutes.
#include <iostream>

#include "cli/command.h"
#include "core/config.h"
#include "core/sync/importer.h"
#include "core/sync/package.h"
#include "core/sync/service.h"
#include "web/web_update.h"

namespace ww::cli {

namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl update --config FILE
       kioskctl update --url URL --db FILE --public-key FILE [--public-key FILE...] [--fleet NAME]
                       [--ca-file FILE] [--max-bytes N] [--connect-timeout S] [--low-speed-time S]

Checks a web update folder once, exactly as the kiosk does every [sync] poll_minutes: fetches
URL/index.minisig (HTTPS only, the certificate verified), checks its signature with the public
keys, and when it names a newer version for this fleet downloads the package into staging next to
FILE (resuming a download that was cut off) and imports it through the same checks as a USB
stick. Every check is written to the import history (`kioskctl status`). Prints what happened in
one sentence. `kioskctl publish` writes such a folder.

Options:
  --config FILE          take url, ca_file, public_keys, fleet, max_file_bytes and the catalogue
                         from this kiosk.toml ([sync] and [catalogue]); the options below override
  --url URL              the published folder, https://... (required without --config)
  --db FILE              the live catalogue (required without --config)
  --public-key FILE      a trusted minisign public key; repeat for several
  --fleet NAME           this kiosk's fleet (default: drenthe)
  --ca-file FILE         accept only server certificates signed by this CA (PEM)
  --max-bytes N          refuse packages bigger than this (default: 268435456)
  --connect-timeout S    give up connecting after S seconds (default: 20)
  --low-speed-time S     give up when less than 512 bytes/s arrive for S seconds (default: 60)
  --today YYYY-MM-DD     the date to check expiry against (tests; default: today, UTC)

Exit codes: 0 a new catalogue was imported or nothing newer is published, 1 the check failed or
was refused (nothing was changed), 2 wrong usage.
)";

bool read_number(const Args& args, const char* name, long long min, long long max, long long& out) {
    auto text = args.get(name);
    if (!text) return true;
    try {
        std::size_t used = 0;
        long long value = std::stoll(*text, &used);
        if (used != text->size() || value < min || value > max) return false;
        out = value;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

int run(const Args& args) {
    if (!args.positional().empty()) {
        std::cerr << "kioskctl update: unexpected word '" << args.positional().front() << "'\n\n" << kHelp;
        return kUsage;
    }
    web::WebUpdateRequest request;
    std::vector<std::filesystem::path> key_files;
    if (auto config_file = args.get("config")) {
        ConfigLoad load = load_config(*config_file);
        if (!load.problem.empty()) return user_error("update", load.problem);
        for (const auto& warning : load.warnings) std::cerr << "warning: " << warning << "\n";
        request.url = load.config.sync.url;
        request.fetch.ca_file = load.config.sync.ca_file;
        request.fleet = load.config.sync.fleet;
        request.max_file_bytes = load.config.sync.max_file_bytes;
        request.catalogue = sync::synced_catalogue_path(load.config);
        key_files = load.config.sync.public_keys;
        if (request.url.empty() && !args.get("url"))
            return user_error("update", "[sync] url is empty in " + *config_file + ": web updates are off");
    }
    if (auto url = args.get("url")) request.url = *url;
    if (auto db = args.get("db")) request.catalogue = *db;
    if (auto fleet = args.get("fleet")) request.fleet = *fleet;
    if (auto ca = args.get("ca-file")) request.fetch.ca_file = *ca;
    if (auto today = args.get("today")) request.today = *today;
    for (const auto& file : args.all("public-key")) key_files.emplace_back(file);
    if (request.url.empty() || request.catalogue.empty() || key_files.empty()) {
        std::cerr << "kioskctl update: --url, --db and at least one --public-key are required (or --config)\n\n"
                  << kHelp;
        return kUsage;
    }
    long long max_bytes = static_cast<long long>(request.max_file_bytes), connect = 20, low_speed = 60;
    if (!read_number(args, "max-bytes", 1024, 1ll << 40, max_bytes) ||
        !read_number(args, "connect-timeout", 1, 600, connect) ||
        !read_number(args, "low-speed-time", 1, 3600, low_speed)) {
        std::cerr << "kioskctl update: a number option is not a whole number in its range\n\n" << kHelp;
        return kUsage;
    }
    if (!request.today.empty() && !sync::is_valid_date(request.today)) {
        std::cerr << "kioskctl update: --today must be a date YYYY-MM-DD\n\n" << kHelp;
        return kUsage;
    }
    request.max_file_bytes = static_cast<std::uint64_t>(max_bytes);
    request.fetch.connect_timeout_s = static_cast<long>(connect);
    request.fetch.low_speed_seconds = static_cast<long>(low_speed);
    auto keys = sync::load_public_keys(key_files);
    if (!keys) return user_error("update", keys.error());
    request.trusted_keys = *keys;

    web::WebMemory memory;
    sync::SyncIo io = sync::SyncIo::from_environment();
    web::WebOutcome outcome = web::check_for_web_update(request, memory, io);
    std::cout << outcome.log << "\n";
    return outcome.result == web::WebResult::Imported || outcome.result == web::WebResult::UpToDate ? kOk : kUserError;
}

const Registration registration{{"update",
                                 "Check a web update folder once (what the kiosk does every poll)",
                                 kHelp,
                                 {{"config"},
                                  {"url"},
                                  {"db"},
                                  {"public-key"},
                                  {"fleet"},
                                  {"ca-file"},
                                  {"max-bytes"},
                                  {"connect-timeout"},
                                  {"low-speed-time"},
                                  {"today"}},
                                 run}};

}  // namespace
}  // namespace ww::cli
