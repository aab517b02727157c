#include "web/web_update.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/safe_open.h"
#include "core/sync/history.h"
#include "core/sync/minisign.h"
#include "core/sync/package.h"

namespace ww::web {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPartialSuffix = ".part";
constexpr std::string_view kPartialNote = "partial.txt";  // which index the .part file belongs to

WebOutcome outcome(WebResult result, std::string log, std::int64_t version = 0) {
    WebOutcome out;
    out.result = result;
    out.log = std::move(log);
    out.published_version = version;
    return out;
}

void record(const fs::path& catalogue, const std::string& url, const WebOutcome& out) {
    auto history = sync::SyncHistory::open(catalogue);
    if (!history) return;
    sync::ImportRecord r;
    r.at = sync::now_utc_timestamp();
    r.version = out.published_version;
    r.source = url;
    r.channel = sync::kChannelWeb;
    r.imported = false;
    r.result = out.log;
    (void)history->record(r);
}

std::string read_small(const fs::path& file) {
    auto text = read_regular_file(file, 4096, "note");
    return text ? *text : std::string();
}

bool write_small(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    return static_cast<bool>(out.flush());
}

std::string sha256_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    sync::Sha256 hash;
    std::vector<char> buffer(1 << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
        hash.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
    return in.bad() ? std::string() : hash.finish_hex();
}

std::string failed_fetch(const FetchResult& fetch) {
    switch (fetch.status) {
        case FetchStatus::Tls:
            return "Web check failed: the server's certificate or TLS connection was not accepted (" + fetch.message +
                   ").";
        case FetchStatus::Network: return "Web check failed: " + fetch.message + ".";
        case FetchStatus::HttpError: return "Web check failed: " + fetch.message + ".";
        case FetchStatus::TooLarge: return "Web check failed: " + fetch.message + ".";
        case FetchStatus::Refused: return "Web check refused: " + fetch.message + ".";
        case FetchStatus::LocalError: return "Web check failed: " + fetch.message + ".";
        case FetchStatus::Ok:
        case FetchStatus::NotModified: break;
    }
    return "Web check failed: " + fetch.message + ".";
}

WebOutcome run_check(const WebUpdateRequest& request, WebMemory& memory, sync::SyncIo& io,
                     const sync::ProgressCallback& progress, bool& recorded) {
    // 1. The index, conditional on what was seen last time.
    const std::string index_url = join_url(request.url, std::string(sync::kIndexFileName));
    Validators known = memory.index_text.empty() ? Validators{} : memory.index_validators;
    FetchResult fetched = fetch_small(index_url, sync::kMaxSignatureFileBytes, known, request.fetch);
    std::string index_text;
    if (fetched.status == FetchStatus::NotModified) {
        index_text = memory.index_text;
    } else if (fetched.ok()) {
        index_text = fetched.body;
    } else {
        return outcome(WebResult::Failed, failed_fetch(fetched));
    }

    // 2. Its signature, with the same keys as a stick's; fleet and version before any download.
    auto forget_index = [&] { memory = WebMemory{{}, {}, memory.refused_package}; };
    auto signature = sync::parse_signature(index_text);
    if (!signature) {
        forget_index();
        return outcome(WebResult::Refused, "Refused: the index at " + index_url + " is not a valid signature file: " +
                                               signature.error() + ". Nothing was changed.");
    }
    const sync::PublicKey* key = sync::find_key(*signature, request.trusted_keys);
    if (!key) {
        forget_index();
        return outcome(WebResult::Refused, "Refused: the index at " + index_url + " was signed with key " +
                                               sync::key_id_hex(signature->key_id) +
                                               ", which this kiosk does not trust. Nothing was changed.");
    }
    if (!sync::verify_trusted_comment(*signature, *key)) {
        forget_index();
        return outcome(WebResult::Refused, "Refused: the index at " + index_url +
                                               " does not match its signature (was it edited?). Nothing was changed.");
    }
    auto index = sync::parse_index_comment(signature->trusted_comment);
    if (!index) {
        forget_index();
        return outcome(WebResult::Refused, "Refused: " + index.error() + " (" + index_url + "). Nothing was changed.");
    }
    memory.index_text = index_text;
    if (fetched.ok()) memory.index_validators = fetched.validators;
    const std::int64_t version = index->package.version;
    if (index->package.fleet != request.fleet)
        return outcome(WebResult::Refused,
                       "Refused: the index at " + index_url + " is for fleet '" + index->package.fleet +
                           "', this kiosk is in fleet '" + request.fleet + "'. Nothing was changed.",
                       version);
    std::int64_t installed = sync::installed_version(request.catalogue);
    if (auto history = sync::SyncHistory::open(request.catalogue))
        installed = std::max(installed, history->state().highest_version);
    if (version <= installed)
        return outcome(WebResult::UpToDate,
                       "Checked " + index_url + ": version " + std::to_string(version) +
                           " is published and this kiosk has version " + std::to_string(installed) +
                           "; nothing to download.",
                       version);
    if (index->size > request.max_file_bytes)
        return outcome(WebResult::Refused,
                       "Refused: the index names a package of " + std::to_string(index->size) +
                           " bytes, more than the limit of " + std::to_string(request.max_file_bytes) +
                           ". Nothing was changed.",
                       version);
    if (memory.refused_package == index->sha256)
        return outcome(WebResult::Refused,
                       "Checked " + index_url + ": version " + std::to_string(version) +
                           " was refused before and is not downloaded again. Nothing was changed.",
                       version);

    // 3. The package and its signature into staging; a cut download is resumed next time.
    const fs::path staging = web_staging_path(request.catalogue);
    const fs::path folder = staging / sync::kPackageFolder;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return outcome(WebResult::Failed,
                       "Web check failed: cannot create " + folder.string() + ": " + ec.message() + ".", version);
    UniqueFd lock(::open((staging / "lock").c_str(), O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!lock.ok() || ::flock(lock.get(), LOCK_EX | LOCK_NB) != 0)
        return outcome(WebResult::Failed, "Web check skipped: another download is running.", version);
    const fs::path package = folder / sync::kCatalogueFileName;
    const fs::path partial = folder / (std::string(sync::kCatalogueFileName) + std::string(kPartialSuffix));
    const fs::path note = staging / kPartialNote;
    const fs::path signature_file = folder / sync::kSignatureFileName;
    fs::remove(package, ec);
    if (read_small(note) != signature->trusted_comment) {
        fs::remove(partial, ec);  // a start of another package: useless
        if (!write_small(note, signature->trusted_comment))
            return outcome(WebResult::Failed, "Web check failed: cannot write " + note.string() + ".", version);
    }
    const std::string package_url = join_url(request.url, index->file);
    FetchResult sig = fetch_small(package_url + std::string(sync::kPackageSignatureSuffix),
                                  sync::kMaxSignatureFileBytes, {}, request.fetch);
    if (!sig.ok()) return outcome(WebResult::Failed, failed_fetch(sig), version);
    if (!write_small(signature_file, sig.body))
        return outcome(WebResult::Failed, "Web check failed: cannot write " + signature_file.string() + ".", version);
    if (progress) progress(0.0);
    FetchResult body = fetch_to_file(package_url, partial, index->size, request.fetch);
    if (!body.ok()) {
        // Only a cut or stalled download is worth resuming; anything else starts over.
        if (body.status != FetchStatus::Network) fs::remove(partial, ec);
        return outcome(WebResult::Failed, failed_fetch(body), version);
    }
    if (sha256_of(partial) != index->sha256) {
        fs::remove(partial, ec);
        return outcome(WebResult::Refused,
                       "Refused: the package downloaded from " + package_url +
                           " does not match the SHA-256 in the index. Nothing was changed.",
                       version);
    }
    fs::rename(partial, package, ec);
    if (ec)
        return outcome(WebResult::Failed,
                       "Web check failed: cannot move the download into place: " + ec.message() + ".", version);

    // 4. The same importer as a stick.
    sync::ImportRequest import;
    import.source = staging;
    import.origin = request.url;
    import.channel = sync::kChannelWeb;
    import.catalogue = request.catalogue;
    import.trusted_keys = request.trusted_keys;
    import.fleet = request.fleet;
    import.max_file_bytes = request.max_file_bytes;
    import.today = request.today;
    import.limits = request.limits;
    sync::ImportOutcome imported = sync::import_package(import, io, progress);
    recorded = imported.result != sync::ImportResult::NothingFound;
    fs::remove(package, ec);
    fs::remove(signature_file, ec);
    fs::remove(note, ec);
    WebOutcome out = outcome(imported.imported()                           ? WebResult::Imported
                             : imported.result == sync::ImportResult::Busy ? WebResult::Failed
                                                                           : WebResult::Refused,
                             imported.log, version);
    if (out.result == WebResult::Refused) memory.refused_package = index->sha256;
    out.import = imported;
    return out;
}

}  // namespace

fs::path web_staging_path(const fs::path& catalogue) { return fs::absolute(catalogue).string() + ".web"; }

WebOutcome check_for_web_update(const WebUpdateRequest& request, WebMemory& memory, sync::SyncIo& io,
                                const sync::ProgressCallback& progress) {
    bool recorded = false;
    WebOutcome out;
    if (!is_https_url(request.url)) {
        out = outcome(WebResult::Refused,
                      "Refused: [sync] url '" + request.url + "' is not an https: address. Nothing was changed.");
    } else {
        out = run_check(request, memory, io, progress, recorded);
    }
    if (!recorded) record(request.catalogue, request.url, out);
    return out;
}

}  // namespace ww::web
