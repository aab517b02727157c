// kioskctl publish: build and sign a catalogue package into a folder that a static web server
// (nginx, S3, a CDN) serves to kiosks that poll it ([sync] url). See core/sync/FORMAT.md.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>

#include "cli/command.h"
#include "cli/package_signing.h"
#include "core/atomic_file.h"
#include "core/builder.h"
#include "core/safe_open.h"
#include "core/sync/minisign.h"
#include "core/sync/package.h"
#include "core/sync/web_index.h"

namespace ww::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHelp = R"(Usage: kioskctl publish --source DIR --version N --expires YYYY-MM-DD --fleet NAME
                       --secret-key FILE --out DIR [--created YYYY-MM-DD]

Builds and signs a catalogue package exactly like `kioskctl pack` (same checks, same file, same
signature) and publishes it into DIR, a folder that a static web server serves over HTTPS to the
kiosks ([sync] url in kiosk.toml):

  DIR/catalogue-N.sqlite           the package
  DIR/catalogue-N.sqlite.minisig   its minisign signature (as on a USB stick)
  DIR/index.minisig                the signed index: fleet, version, dates, package file name,
                                   size and SHA-256 (written last, by rename)

The previous version's package stays for kiosks that are downloading it right now; older ones
are removed. Kiosks take only a higher version than they have, for their own fleet, until the
expiry date. deploy/nginx-wegwijzer.conf is an example web server configuration.

Options:
  --source DIR           the folder with the HSDS CSV files (required)
  --version N            catalogue version, above the one published now (required)
  --expires YYYY-MM-DD   last day on which kiosks accept the package (required)
  --fleet NAME           which kiosks it is for, e.g. drenthe (required)
  --secret-key FILE      the secret key from `kioskctl keygen` or `minisign -G` (required)
  --out DIR              the published folder (required; created when missing)
  --created YYYY-MM-DD   creation date (default: today)

Exit codes: 0 published, 1 the source has errors, the key cannot be used or the version is not
above the published one, 2 wrong usage.
)";

void sync_folder(const fs::path& folder) {
    UniqueFd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.ok()) ::fsync(dir.get());
}

// The index now in the folder, when there is a readable one (our own folder: not verified).
std::optional<sync::WebIndex> published_index(const fs::path& folder) {
    auto text = read_regular_file(folder / sync::kIndexFileName, sync::kMaxSignatureFileBytes, "index");
    if (!text) return std::nullopt;
    auto signature = sync::parse_signature(*text);
    if (!signature) return std::nullopt;
    auto index = sync::parse_index_comment(signature->trusted_comment);
    if (!index) return std::nullopt;
    return *index;
}

Result<std::pair<std::uint64_t, std::string>> size_and_sha256(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail("cannot read back " + file.string());
    sync::Sha256 hash;
    std::uint64_t size = 0;
    std::vector<char> buffer(1 << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        hash.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
        size += static_cast<std::uint64_t>(in.gcount());
    }
    if (in.bad()) return fail("cannot read back " + file.string());
    return std::pair{size, hash.finish_hex()};
}

int run(const Args& args) {
    for (const char* name : {"source", "version", "expires", "fleet", "secret-key", "out"}) {
        if (!args.get(name)) {
            std::cerr << "kioskctl publish: --" << name << " is required\n\n" << kHelp;
            return kUsage;
        }
    }
    if (!args.positional().empty()) {
        std::cerr << "kioskctl publish: unexpected word '" << args.positional().front() << "'\n\n" << kHelp;
        return kUsage;
    }
    auto checked = sync::parse_trusted_comment(
        "wegwijzer-catalogue format=1 fleet=" + *args.get("fleet") + " version=" + *args.get("version") +
        " created=" + args.get("created").value_or(sync::today_utc()) + " expires=" + *args.get("expires"));
    if (!checked) return user_error("publish", checked.error());
    const sync::PackageDescription package = *checked;

    const fs::path folder = *args.get("out");
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return user_error("publish", "cannot create " + folder.string() + ": " + ec.message());
    const auto previous = published_index(folder);
    if (previous && previous->package.version >= package.version)
        return user_error("publish", folder.string() + " already publishes version " +
                                         std::to_string(previous->package.version) +
                                         "; kiosks take only a higher version, so publish --version " +
                                         std::to_string(previous->package.version + 1) + " or more");

    auto key = load_secret_key(*args.get("secret-key"));
    if (!key) return user_error("publish", key.error());

    // The package: pack's build and pack's signature.
    const std::string file_name = sync::package_file_name(package.version);
    const fs::path catalogue = folder / file_name;
    const fs::path building = folder / ("." + file_name + ".building");
    BuildOptions options;
    options.source = *args.get("source");
    options.out = building;
    options.version = package.version;
    options.created = package.created;
    options.expires = package.expires;
    options.package = true;
    BuildReport report = build_catalogue(options);
    for (const auto& warning : report.warnings) std::cerr << "warning: " << warning << "\n";
    if (!report.ok()) {
        for (const auto& error : report.errors) std::cerr << error << "\n";
        std::cerr << "kioskctl publish: nothing was published; fix the problems above and publish again.\n";
        fs::remove(building, ec);
        return kUserError;
    }
    auto signature = sign_file(building, *key, sync::format_trusted_comment(package));
    if (!signature) return user_error("publish", signature.error());
    {
        UniqueFd built(::open(building.c_str(), O_RDONLY | O_CLOEXEC));
        if (!built.ok() || ::fsync(built.get()) != 0) return user_error("publish", "cannot save " + building.string());
    }
    auto measured = size_and_sha256(building);
    if (!measured) return user_error("publish", measured.error());
    // The signature and the index get the umask's mode, like the package beside them.
    if (auto s = write_file_atomically(folder / (file_name + std::string(sync::kPackageSignatureSuffix)),
                                       sync::format_signature(*signature), {.mode = std::nullopt, .durable = true});
        !s)
        return user_error("publish", s.error());
    fs::rename(building, catalogue, ec);
    if (ec) return user_error("publish", "cannot write " + catalogue.string() + ": " + ec.message());
    sync_folder(folder);

    // The index last: until this rename kiosks see the previous version, complete.
    sync::WebIndex index;
    index.package = package;
    index.file = file_name;
    index.size = measured->first;
    index.sha256 = measured->second;
    auto index_signature = sign_file(catalogue, *key, sync::format_index_comment(index));
    if (!index_signature) return user_error("publish", index_signature.error());
    index_signature->untrusted_comment = "wegwijzer update index, key " + sync::key_id_hex(key->id);
    if (auto s = write_file_atomically(folder / sync::kIndexFileName, sync::format_signature(*index_signature),
                                       {.mode = std::nullopt, .durable = true, .newer_than_replaced = true});
        !s)
        return user_error("publish", s.error());
    sync_folder(folder);

    // Keep this and the previous version (kiosks may be mid-download); remove older packages.
    std::set<std::string> keep{file_name};
    if (previous) keep.insert(previous->file);
    static const std::regex ours(R"(catalogue-[0-9]+\.sqlite(\.minisig)?)");
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(folder, ec)) entries.push_back(entry.path());
    for (const auto& path : entries) {
        const std::string name = path.filename().string();
        if (!std::regex_match(name, ours)) continue;
        std::string base = name;
        if (base.ends_with(sync::kPackageSignatureSuffix))
            base.resize(base.size() - sync::kPackageSignatureSuffix.size());
        if (keep.count(base)) continue;
        std::error_code remove_ec;
        fs::remove(path, remove_ec);
    }
    std::cout << "Published " << report.services << " services as version " << package.version << " for fleet "
              << package.fleet << " (expires " << package.expires << ", " << index.size << " bytes, key "
              << sync::key_id_hex(key->id) << ") in " << folder.string() << "";
    if (previous) std::cout << "; version " << previous->package.version << " stays for kiosks downloading it";
    std::cout << ".\n";
    return kOk;
}

const Registration registration{
    {"publish",
     "Build, sign and publish a catalogue package for kiosks that poll a web server",
     kHelp,
     {{"source"}, {"version"}, {"expires"}, {"fleet"}, {"secret-key"}, {"out"}, {"created"}},
     run}};

}  // namespace
}  // namespace ww::cli
