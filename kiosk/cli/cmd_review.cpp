// kioskctl review: a worklist of what a careful editor would check in a catalogue.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/catalogue_source.h"
#include "cli/command.h"
#include "cli/diff_report.h"
#include "core/hsds.h"
#include "core/sheet/review_rules.h"
#include "core/sync/package.h"

namespace ww::cli {

namespace {

constexpr std::string_view kHelp =
    R"(Usage: kioskctl review (--db FILE | --source SOURCE) [--lang en] [--today YYYY-MM-DD] [--json]

Lists what a careful editor would check, ordered by municipality, then service, each with what to
do, so a person can work through it:
  - not checked for more than 12 months ('Laatst gecontroleerd', assured_date), or no date;
  - no phone number; no opening hours;
  - a phone number, e-mail address or website that does not look right (a number that lost
    its leading 0 is named);
  - duplicates: the same phone number as another service, or (nearly) the same name as another
    service in the same municipality;
  - descriptions that are hard to read at language level B1: a sentence of more than 20 words,
    a word of more than 6 syllables or 22 letters, a Flesch-Douma score below 60 (206.84 - 0.77 x
    syllables per 100 words - 0.93 x words per sentence; syllables from the Dutch hyphenation
    patterns), with the sentence to fix;
  - missing English text.

Options:
  --db FILE            a catalogue file, or a USB package (`kioskctl pack`)
  --source SOURCE      a folder with HSDS CSV files or a staff workbook (.xlsx, .ods, Excel
                       CSV), or anything `kioskctl diff` reads; built like `kioskctl build`
                       into a temporary catalogue first
  --lang en            the list in English (default: Dutch)
  --today YYYY-MM-DD   the date to count the 12 months from (default: today)
  --json               one JSON object: {"services": N, "items": [{"id", "name",
                       "municipality", "rule", "message", "detail"}]}

Exit codes: 0 listed (also when there are things to fix), 1 the catalogue cannot be read,
2 wrong usage.
)";

int usage_error(const std::string& message) {
    std::cerr << "kioskctl review: " << message << "\n\n" << kHelp;
    return kUsage;
}

int run(const Args& args) {
    if (args.has("db") == args.has("source")) return usage_error("give --db FILE or --source SOURCE (one of them)");
    if (!args.positional().empty()) return usage_error("unexpected word '" + args.positional().front() + "'");
    auto language = parse_lang(args.get("lang"));
    if (!language) return usage_error("--lang must be nl or en, not '" + *args.get("lang") + "'");
    std::string today = args.get("today").value_or(sync::today_utc());
    if (!is_iso_date(today)) return usage_error("--today must be a date written YYYY-MM-DD, not '" + today + "'");

    std::string path = args.has("db") ? *args.get("db") : *args.get("source");
    auto source = open_catalogue_source(path, *language);
    if (!source) return user_error("review", source.error());
    for (const auto& warning : source->warnings) std::cerr << "warning: " << warning << "\n";
    auto services = read_all_services(*source->catalogue);
    if (!services) return user_error("review", path + ": " + services.error());

    auto items = sheet::review_services(*services, today, *language);
    if (args.has("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& item : items)
            list.push_back({{"id", item.id},
                            {"name", item.name},
                            {"municipality", item.municipality},
                            {"rule", sheet::rule_code(item.rule)},
                            {"message", item.message},
                            {"detail", item.detail}});
        nlohmann::json out = {{"services", services->size()}, {"items", list}};
        std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        std::cout << sheet::format_review_text(items, static_cast<int>(services->size()), *language);
    }
    return kOk;
}

const Registration registration{{"review",
                                 "List what to check in a catalogue: old, missing, invalid, duplicate, hard to read",
                                 kHelp,
                                 {{"db"}, {"source"}, {"lang"}, {"today"}, {"json", false}},
                                 run}};

}  // namespace
}  // namespace ww::cli
