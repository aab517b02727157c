// kioskctl pack: build a catalogue from an HSDS folder and sign it into a package for USB sticks.
#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/build_sources.h"
#include "cli/command.h"
#include "cli/diff_report.h"
#include "cli/pack_summary.h"
#include "cli/package_signing.h"
#include "core/builder.h"
#include "core/safe_open.h"
#include "core/sync/minisign.h"
#include "core/sync/package.h"

namespace ww::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsageText =
    R"(Usage: kioskctl pack --source DIR|FILE... --version N --expires YYYY-MM-DD --fleet NAME
                    --secret-key FILE --out DIR [--created YYYY-MM-DD]
                    [--old SOURCE] [--yes] [--lang en] [--taxonomy-map FILE] [--skip-outside]

Checks the HSDS folder, or the workbooks, exactly like `kioskctl build` (same messages; --source
may be repeated to merge workbooks, --lang en for English messages), writes its tables (without
the search index and other derived tables, which every kiosk builds itself when it imports the
package: about a third of the size of a built catalogue), signs the file and writes the package
into DIR (for example the root of a USB stick):

  DIR/wegwijzer/catalogue.sqlite           the catalogue
  DIR/wegwijzer/catalogue.sqlite.minisig   its minisign signature

The signed trusted comment says which kiosks may take it and when:
  wegwijzer-catalogue format=1 fleet=NAME version=N created=YYYY-MM-DD expires=YYYY-MM-DD
Kiosks take only a higher version than they have, for their own fleet, until the expiry date.
Check a package with: minisign -Vm DIR/wegwijzer/catalogue.sqlite -p PUBLIC_KEY_FILE

Before it signs, pack shows what changes on the kiosks (as `kioskctl diff` does): against
--old, else against the package already in DIR, else it says that all services are new. Then it
asks "Doorgaan? [j/N]" on the terminal; only j (ja) goes on. Scripts pass --yes.

Options:
  --source DIR|FILE      the folder with the HSDS CSV files, or a staff workbook (repeat it to
                         merge workbooks) (required)
  --version N            catalogue version, a whole number above the one on the kiosks (required)
  --expires YYYY-MM-DD   last day on which kiosks accept the package (required)
  --fleet NAME           which kiosks it is for, e.g. drenthe (required; letters, digits, - _ .)
  --secret-key FILE      the secret key from `kioskctl keygen` or `minisign -G` (required);
                         its passphrase is asked on the terminal (or read from standard input)
  --out DIR              where to write the package (required)
  --created YYYY-MM-DD   creation date (default: today)
  --old SOURCE           compare with this catalogue, package or source (see `kioskctl diff`)
  --yes                  do not ask; without it, no answer or an input that is not a terminal
                         stops pack without writing
  --lang en              the summary, the question and the workbook messages in English
)";

constexpr std::string_view kExitCodes = R"(
Exit codes: 0 written, 1 the source has errors or the key cannot be used, 2 wrong usage,
3 not confirmed (nothing written).
)";

const std::string kHelp = std::string(kUsageText) + std::string(kImportOptionsHelp) + std::string(kExitCodes);

int run(const Args& args) {
    const char* required[] = {"source", "version", "expires", "fleet", "secret-key", "out"};
    for (const char* name : required) {
        if (!args.get(name)) {
            std::cerr << "kioskctl pack: --" << name << " is required\n\n" << kHelp;
            return kUsage;
        }
    }
    if (!args.positional().empty()) {
        std::cerr << "kioskctl pack: unexpected word '" << args.positional().front() << "'\n\n" << kHelp;
        return kUsage;
    }
    sync::PackageDescription package;
    package.fleet = *args.get("fleet");
    package.expires = *args.get("expires");
    package.created = args.get("created").value_or(sync::today_utc());
    const std::string version_text = *args.get("version");
    // Reuse the package's own strict rules for every value.
    auto checked =
        sync::parse_trusted_comment("wegwijzer-catalogue format=1 fleet=" + package.fleet + " version=" + version_text +
                                    " created=" + package.created + " expires=" + package.expires);
    if (!checked) return user_error("pack", checked.error());
    auto language = parse_lang(args.get("lang"));
    if (!language) {
        std::cerr << "kioskctl pack: --lang must be nl or en\n\n" << kHelp;
        return kUsage;
    }
    package = *checked;

    // The key first: a wrong passphrase should not cost a whole build.
    auto key = load_secret_key(*args.get("secret-key"));
    if (!key) return user_error("pack", key.error());

    fs::path folder = fs::path(*args.get("out")) / sync::kPackageFolder;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return user_error("pack", "cannot create " + folder.string() + ": " + ec.message());
    fs::path catalogue = folder / sync::kCatalogueFileName;
    fs::path signature_path = folder / sync::kSignatureFileName;
    fs::path building = folder / ".catalogue.sqlite.building";

    BuildOptions options;
    if (auto problem = set_sources(args.all("source"), options); !problem.empty()) return user_error("pack", problem);
    options.language = *language;
    options.out = building;
    options.version = package.version;
    options.created = package.created;
    options.expires = package.expires;
    options.package = true;  // the kiosk rebuilds everything derived itself
    set_import_options(args, options);
    BuildReport report = build_catalogue(options);
    print_notes(report, std::cerr, message_language(options));
    for (const auto& warning : report.warnings) std::cerr << "warning: " << warning << "\n";
    if (!report.ok()) {
        for (const auto& error : report.errors) std::cerr << error << "\n";
        std::cerr << "kioskctl pack: the package was not written; fix the problems above and pack again.\n";
        fs::remove(building, ec);
        return kUserError;
    }
    if (int go_on = summarise_and_confirm(args, building, folder, *language); go_on != kOk) {
        fs::remove(building, ec);
        return go_on;
    }

    auto signature = sign_file(building, *key, sync::format_trusted_comment(package));
    if (!signature) return user_error("pack", signature.error());

    // Catalogue and signature replace an older package together: an old signature never sits
    // next to a new catalogue for longer than one rename.
    fs::path signature_tmp = folder / ".catalogue.sqlite.minisig.tmp";
    {
        std::ofstream out(signature_tmp, std::ios::binary | std::ios::trunc);
        out << sync::format_signature(*signature);
        if (!out.flush()) return user_error("pack", "cannot write " + signature_tmp.string());
    }
    fs::rename(building, catalogue, ec);
    if (!ec) fs::rename(signature_tmp, signature_path, ec);
    if (ec) return user_error("pack", "cannot write the package into " + folder.string() + ": " + ec.message());
    ::sync();
    std::cout << "Packed " << report.services << " services as version " << package.version << " for fleet "
              << package.fleet << " (expires " << package.expires << ", key " << sync::key_id_hex(key->id) << ") into "
              << folder.string() << ".\n";
    return kOk;
}

const Registration registration{{"pack",
                                 "Build, sign and write a catalogue package for USB sticks",
                                 kHelp,
                                 {{"source"},
                                  {"version"},
                                  {"expires"},
                                  {"fleet"},
                                  {"secret-key"},
                                  {"out"},
                                  {"created"},
                                  {"old"},
                                  {"yes", false},
                                  {"lang"},
                                  kTaxonomyMapOption,
                                  kSkipOutsideOption},
                                 run}};

}  // namespace
}  // namespace ww::cli
