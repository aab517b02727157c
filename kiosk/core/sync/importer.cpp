#include "core/sync/importer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <system_error>

#include "core/postings.h"
#include "core/safe_open.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/sync/history.h"
#include "core/sync/package_reader.h"
#include "core/sync/slot_store.h"
#include "core/sync/version_rules.h"

namespace ww::sync {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kChunk = 1 << 20;

// Closes a file descriptor when it goes out of scope.
using Fd = UniqueFd;

// Removes the private copy unless it was switched into place.
class StagedFile {
public:
    explicit StagedFile(fs::path path) : path_(std::move(path)) { remove(); }
    ~StagedFile() {
        if (!kept_) remove();
    }
    const fs::path& path() const { return path_; }
    void keep() { kept_ = true; }

private:
    void remove() {
        ::unlink(path_.c_str());
        ::unlink((path_.string() + "-journal").c_str());
    }
    fs::path path_;
    bool kept_ = false;
};

// The resident's and staff's words for each result are in core/sync/import_wording.h.
ImportOutcome refuse(ImportResult result, Refusal refusal, std::string log) {
    ImportOutcome outcome;
    outcome.result = result;
    outcome.refusal = refusal;
    outcome.log = "Refused: " + std::move(log) + ". Nothing was changed.";
    return outcome;
}

ImportOutcome read_error(const std::string& what) {
    return refuse(ImportResult::ReadError, Refusal::StickUnreadable,
                  "the stick could not be read (" + what + "; was it removed?)");
}

ImportOutcome kiosk_error(const std::string& what) {
    return refuse(ImportResult::KioskError, Refusal::KioskStorage,
                  "the kiosk could not store the catalogue (" + what + ")");
}

ImportOutcome bad_catalogue(const std::string& what) {
    return refuse(ImportResult::BadCatalogue, Refusal::BadContent,
                  "the catalogue on the stick is signed but unusable: " + what);
}

// Opens a file on the stick: never through a symlink, never blocking on a FIFO, regular files only.
struct OpenedFile {
    Fd fd;
    std::uint64_t size = 0;
};

enum class OpenProblem { None, Missing, NotRegular, TooLarge, Unreadable };

OpenProblem open_regular(int dir_fd, std::string_view name, std::uint64_t cap, OpenedFile& out) {
    int fd = ::openat(dir_fd, std::string(name).c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return OpenProblem::Missing;
        if (errno == ELOOP) return OpenProblem::NotRegular;
        return OpenProblem::Unreadable;
    }
    out.fd = Fd(fd);
    struct stat st {};
    if (::fstat(fd, &st) != 0) return OpenProblem::Unreadable;
    if (!S_ISREG(st.st_mode)) return OpenProblem::NotRegular;
    out.size = static_cast<std::uint64_t>(st.st_size);
    if (out.size > cap) return OpenProblem::TooLarge;
    // Back to blocking reads now that it is known to be a plain file.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return OpenProblem::None;
}

// Reads exactly `size` bytes (the size fstat promised) and checks that nothing follows.
bool read_exactly(SyncIo& io, int fd, std::uint64_t size, const std::function<bool(const char*, std::size_t)>& sink,
                  const std::function<void(std::uint64_t)>& advanced, std::string& problem) {
    const std::size_t chunk = static_cast<std::size_t>(std::clamp<std::uint64_t>(size, 1, kChunk));
    auto buffer = std::make_unique_for_overwrite<char[]>(chunk);
    std::uint64_t done = 0;
    while (done < size) {
        std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(chunk, size - done));
        ssize_t n = io.read(fd, buffer.get(), want);
        if (n < 0) {
            problem = std::string("read error: ") + std::strerror(errno);
            return false;
        }
        if (n == 0) {
            problem = "the file ended early";
            return false;
        }
        if (!sink(buffer.get(), static_cast<std::size_t>(n))) return false;
        done += static_cast<std::uint64_t>(n);
        if (advanced) advanced(done);
    }
    char extra;
    ssize_t n = io.read(fd, &extra, 1);
    if (n != 0) {
        problem = n < 0 ? std::string("read error: ") + std::strerror(errno) : "the file grew while it was read";
        return false;
    }
    return true;
}

// The folder on the source that holds the two package files.
enum class Located { Found, Nothing, NotAFolder, Unreadable };

Located open_package_folder(const fs::path& source, Fd& folder) {
    Fd root(::open(source.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.ok()) return errno == ENOENT || errno == ENOTDIR ? Located::Nothing : Located::Unreadable;
    int fd = ::openat(root.get(), std::string(kPackageFolder).c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        folder = Fd(fd);
        return Located::Found;
    }
    if (errno == ELOOP || errno == ENOTDIR) return Located::NotAFolder;
    if (errno != ENOENT) return Located::Unreadable;
    // A folder that holds the package files directly (e.g. `kioskctl import --from` the package).
    struct stat st {};
    if (::fstatat(root.get(), std::string(kSignatureFileName).c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 ||
        ::fstatat(root.get(), std::string(kCatalogueFileName).c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        folder = std::move(root);
        return Located::Found;
    }
    return Located::Nothing;
}

struct LiveInfo {
    std::int64_t version = 0;
    std::string created;
};

LiveInfo read_live_info(const fs::path& catalogue) {
    LiveInfo info;
    std::error_code ec;
    if (!fs::exists(catalogue, ec)) return info;
    auto db = Database::open(catalogue, Database::Mode::ReadOnly);
    if (!db) return info;
    info.version =
        db->scalar_int("SELECT CAST(value AS INTEGER) FROM metadata WHERE key='catalogue_version'").value_or(0);
    info.created = db->scalar_text("SELECT value FROM metadata WHERE key='created'").value_or("");
    return info;
}

}  // namespace

std::string_view refusal_name(Refusal refusal) {
    switch (refusal) {
        case Refusal::None: return "none";
        case Refusal::NotAFolder: return "not-a-folder";
        case Refusal::NoSignature: return "no-signature";
        case Refusal::NoCatalogue: return "no-catalogue";
        case Refusal::NotARegularFile: return "not-a-regular-file";
        case Refusal::SignatureTooLarge: return "signature-too-large";
        case Refusal::CatalogueTooLarge: return "catalogue-too-large";
        case Refusal::UnreadableSignature: return "unreadable-signature";
        case Refusal::UnknownKey: return "unknown-key";
        case Refusal::EditedComment: return "edited-comment";
        case Refusal::DamagedSignature: return "damaged-signature";
        case Refusal::LegacySignature: return "legacy-signature";
        case Refusal::BadDescription: return "bad-description";
        case Refusal::OtherFleet: return "other-fleet";
        case Refusal::NotNewer: return "not-newer";
        case Refusal::RolledBackBefore: return "rolled-back-before";
        case Refusal::Expired: return "expired";
        case Refusal::NotYetValid: return "not-yet-valid";
        case Refusal::FileNotSigned: return "file-not-signed";
        case Refusal::BadContent: return "bad-content";
        case Refusal::StickUnreadable: return "stick-unreadable";
        case Refusal::KioskStorage: return "kiosk-storage";
        case Refusal::Busy: return "busy";
    }
    return "unknown";
}

bool has_package(const fs::path& source) {
    Fd folder;
    return open_package_folder(source, folder) != Located::Nothing;
}

Result<std::vector<PublicKey>> load_public_keys(const std::vector<fs::path>& files) {
    std::vector<PublicKey> keys;
    for (const auto& file : files) {
        // Never blocks on a FIFO, never reads /dev/zero: a key file is a small regular file.
        auto text = read_regular_file(file, kMaxPublicKeyFileBytes, "public key");
        if (!text) return fail(text.error());
        auto key = parse_public_key(*text);
        if (!key) return fail(file.string() + ": " + key.error());
        keys.push_back(*key);
    }
    return keys;
}

std::int64_t installed_version(const fs::path& catalogue) { return read_live_info(catalogue).version; }

namespace {

// Reports progress (0..1) to the caller, when it asked for it.
class Progress {
public:
    explicit Progress(const ProgressCallback& callback) : callback_(callback) {}
    void operator()(double value) const {
        if (callback_) callback_(std::clamp(value, 0.0, 1.0));
    }

private:
    const ProgressCallback& callback_;
};

// A step either passes (nothing) or ends the import with this outcome.
using Stop = std::optional<ImportOutcome>;

ImportOutcome nothing_found(const ImportRequest& request) {
    ImportOutcome nothing;
    nothing.result = ImportResult::NothingFound;
    nothing.log = "No Wegwijzer catalogue found in " + request.source.string() + ".";
    return nothing;
}

// The two files of a package, open on the stick.
struct PackageFiles {
    OpenedFile signature;
    OpenedFile catalogue;
};

// 1. The package files, opened without following symlinks: regular files only, within their size caps.
Stop open_package_files(const ImportRequest& request, PackageFiles& files) {
    Fd folder;
    switch (open_package_folder(request.source, folder)) {
        case Located::Nothing: return nothing_found(request);
        case Located::NotAFolder:
            return refuse(ImportResult::NotApproved, Refusal::NotAFolder,
                          "'" + std::string(kPackageFolder) + "' on the stick is not a folder");
        case Located::Unreadable: return read_error("cannot open " + request.source.string());
        case Located::Found: break;
    }
    OpenedFile& sig_file = files.signature;
    OpenedFile& cat_file = files.catalogue;
    auto sig_problem = open_regular(folder.get(), kSignatureFileName, kMaxSignatureFileBytes, sig_file);
    auto cat_problem = open_regular(folder.get(), kCatalogueFileName, request.max_file_bytes, cat_file);
    if (sig_problem == OpenProblem::Missing && cat_problem == OpenProblem::Missing) return nothing_found(request);
    if (sig_problem == OpenProblem::Missing)
        return refuse(ImportResult::NotApproved, Refusal::NoSignature, "the catalogue has no signature file");
    if (cat_problem == OpenProblem::Missing)
        return refuse(ImportResult::NotApproved, Refusal::NoCatalogue, "there is a signature but no catalogue file");
    for (auto [problem, name] :
         {std::pair{sig_problem, kSignatureFileName}, std::pair{cat_problem, kCatalogueFileName}}) {
        if (problem == OpenProblem::NotRegular)
            return refuse(ImportResult::NotApproved, Refusal::NotARegularFile,
                          std::string(name) + " is not a regular file (a link, a device or a pipe)");
        if (problem == OpenProblem::Unreadable) return read_error("cannot open " + std::string(name));
    }
    if (sig_problem == OpenProblem::TooLarge)
        return refuse(ImportResult::NotApproved, Refusal::SignatureTooLarge, "the signature file is too big");
    if (cat_problem == OpenProblem::TooLarge)
        return refuse(ImportResult::TooLarge, Refusal::CatalogueTooLarge,
                      "the catalogue is " + std::to_string(cat_file.size) + " bytes, more than the limit of " +
                          std::to_string(request.max_file_bytes));
    return std::nullopt;
}

// What a trusted key signed: the signature itself, the key, and the description in its comment.
struct SignedPackage {
    Signature signature;
    const PublicKey* key = nullptr;
    PackageDescription package;
};

// 2a'. The trusted comment's signature failed. It signs the file's signature together with the
//      comment, so the file's signature tells which one changed: when it still matches the catalogue,
//      the comment (or the line that signs it) was edited; when it matches neither, the signature
//      itself is damaged. The catalogue is only hashed here, on the stick: it is never copied.
ImportOutcome comment_refusal(SyncIo& io, const OpenedFile& cat_file, const Signature& signature,
                              const PublicKey& key) {
    if (signature.algorithm == "ED") {  // a legacy signature would need the whole file in memory
        FileHasher hasher;
        std::string problem;
        if (!read_exactly(
                io, cat_file.fd.get(), cat_file.size,
                [&](const char* data, std::size_t n) {
                    hasher.update(data, n);
                    return true;
                },
                {}, problem))
            return read_error(problem);
        if (!verify_file_hash(signature, key, hasher.finish()))
            return refuse(ImportResult::NotApproved, Refusal::DamagedSignature,
                          "the signature is damaged: it matches neither its trusted comment nor the catalogue file");
    }
    return refuse(ImportResult::NotApproved, Refusal::EditedComment,
                  "the trusted comment does not match its signature (was it edited?); the catalogue file does");
}

// 2a. The signature, read once into memory, and the signed description.
Stop read_signed_description(const ImportRequest& request, SyncIo& io, const PackageFiles& files,
                             SignedPackage& signed_package) {
    const OpenedFile& sig_file = files.signature;
    std::string sig_text;
    std::string problem;
    if (!read_exactly(
            io, sig_file.fd.get(), sig_file.size,
            [&](const char* data, std::size_t n) {
                sig_text.append(data, n);
                return true;
            },
            {}, problem))
        return read_error(problem);
    auto signature = parse_signature(sig_text);
    if (!signature)
        return refuse(ImportResult::NotApproved, Refusal::UnreadableSignature,
                      "the signature file is not valid: " + signature.error());
    const PublicKey* key = find_key(*signature, request.trusted_keys);
    if (!key)
        return refuse(
            ImportResult::NotApproved, Refusal::UnknownKey,
            "the package was signed with key " + key_id_hex(signature->key_id) + ", which this kiosk does not trust");
    if (!verify_trusted_comment(*signature, *key)) return comment_refusal(io, files.catalogue, *signature, *key);
    if (signature->algorithm != "ED")
        return refuse(ImportResult::NotApproved, Refusal::LegacySignature,
                      "the signature is in minisign's legacy format; sign with minisign 0.10 or newer");
    auto package = parse_trusted_comment(signature->trusted_comment);
    if (!package) return refuse(ImportResult::NotApproved, Refusal::BadDescription, package.error());
    signed_package = SignedPackage{std::move(*signature), key, std::move(*package)};
    return std::nullopt;
}

// 2b. The signed description against this kiosk's fleet.
Stop check_fleet(const ImportRequest& request, const PackageDescription& package) {
    if (package.fleet != request.fleet)
        return refuse(
            ImportResult::OtherFleet, Refusal::OtherFleet,
            "the catalogue is for fleet '" + package.fleet + "', this kiosk is in fleet '" + request.fleet + "'");
    return std::nullopt;
}

// 2c. The version and date rules (version_rules.h) over the live catalogue and the import history.
Stop check_version(const ImportRequest& request, const PackageDescription& package, const LiveInfo& live,
                   SyncHistory& history) {
    SyncState state = history.state();
    // A damaged slot state must not lock the kiosk out: the switch writes a fresh one.
    auto slots = read_slot_state(request.catalogue);
    VersionFloor floor;
    floor.installed_version = std::max(live.version, state.highest_version);
    floor.newest_created = std::max(live.created, state.newest_created);
    floor.cleared = state.floor_cleared;
    if (slots) floor.refused_versions = slots->refused_versions;
    const VersionCheck rules = check_version_rules(package, floor, request.today.empty() ? today_utc() : request.today);
    switch (rules.verdict) {
        case VersionVerdict::Accept: break;
        case VersionVerdict::NotNewer: {
            ImportOutcome outcome = refuse(ImportResult::NotNewer, Refusal::NotNewer, rules.log);
            outcome.installed_version = floor.installed_version;
            return outcome;
        }
        case VersionVerdict::Expired: return refuse(ImportResult::Expired, Refusal::Expired, rules.log);
        case VersionVerdict::RefusedVersion:
            return refuse(ImportResult::RolledBackBefore, Refusal::RolledBackBefore, rules.log);
        case VersionVerdict::FromTheFuture: return refuse(ImportResult::NotYetValid, Refusal::NotYetValid, rules.log);
    }
    return std::nullopt;
}

// 3a. Copies the catalogue from the stick into private storage (progress 0..0.6).
Stop copy_from_stick(SyncIo& io, const OpenedFile& cat_file, const fs::path& copy_path, const Progress& report) {
    Fd out(::open(copy_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!out.ok()) return kiosk_error(std::string("cannot create the copy: ") + std::strerror(errno));
    bool write_failed = false;
    std::string write_problem;
    std::string problem;
    bool copied = read_exactly(
        io, cat_file.fd.get(), cat_file.size,
        [&](const char* data, std::size_t n) {
            if (io.write(out.get(), data, n) < 0) {
                write_failed = true;
                write_problem = std::strerror(errno);
                return false;
            }
            return true;
        },
        [&](std::uint64_t done) { report(0.6 * static_cast<double>(done) / static_cast<double>(cat_file.size)); },
        problem);
    if (write_failed) return kiosk_error("writing the copy failed: " + write_problem);
    if (!copied) return read_error(problem);
    return std::nullopt;
}

// 3b. Verifies the signature over the private copy, not over the stick (progress 0.6..0.75).
Stop verify_copy(SyncIo& io, const fs::path& copy_path, std::uint64_t size, const SignedPackage& signed_package,
                 const Progress& report) {
    Fd copy(::open(copy_path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!copy.ok()) return kiosk_error("cannot reopen the copy");
    FileHasher hasher;
    std::string problem;
    if (!read_exactly(
            io, copy.get(), size,
            [&](const char* data, std::size_t n) {
                hasher.update(data, n);
                return true;
            },
            [&](std::uint64_t done) { report(0.6 + 0.15 * static_cast<double>(done) / static_cast<double>(size)); },
            problem))
        return kiosk_error("reading the copy failed: " + problem);
    if (!verify_file_hash(signed_package.signature, *signed_package.key, hasher.finish()))
        return refuse(ImportResult::NotApproved, Refusal::FileNotSigned,
                      "the signature does not match the catalogue file (it was changed, "
                      "truncated or belongs to another release)");
    return std::nullopt;
}

// 5. The switch: the fresh catalogue is made durable first, then renamed over the live one; the
//    live catalogue is kept as the previous slot and the new one starts its trial.
Stop switch_into_place(SyncIo& io, StagedFile& fresh, const fs::path& live_path, const PackageDescription& package,
                       const LiveInfo& live, SyncHistory& history) {
    {
        Fd copy(::open(fresh.path().c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (!copy.ok() || io.fsync(copy.get()) != 0)
            return kiosk_error(std::string("saving the copy failed: ") + std::strerror(errno));
    }
    SlotStore slot_store(live_path, SlotPolicy{kMaxTrialAttempts}, io);
    if (auto switched = slot_store.install(fresh.path(), package.version, live.version, unix_now()); !switched) {
        if (!fs::exists(fresh.path())) fresh.keep();  // renamed into place: the trial decides now
        return kiosk_error(switched.error());
    }
    fresh.keep();
    (void)history.remember_installed(package.version, package.created);
    return std::nullopt;
}

ImportOutcome imported(const ImportRequest& request, const PackageDescription& package) {
    ImportOutcome outcome;
    outcome.result = ImportResult::Imported;
    outcome.package = package;
    outcome.log = "Imported catalogue version " + std::to_string(package.version) + " (created " + package.created +
                  ", expires " + package.expires + ", fleet " + package.fleet + ") from " +
                  (request.origin.empty() ? request.source.string() : request.origin) + ".";
    return outcome;
}

// The five steps of importer.h, in order; the first that refuses ends the import.
ImportOutcome run_import(const ImportRequest& request, SyncIo& io, const ProgressCallback& progress,
                         SyncHistory& history) {
    const Progress report(progress);
    report(0.0);

    PackageFiles files;
    if (Stop stop = open_package_files(request, files)) return std::move(*stop);

    SignedPackage signed_package;
    if (Stop stop = read_signed_description(request, io, files, signed_package)) return std::move(*stop);
    // From here on every outcome carries what the signed comment said.
    auto with_package = [&](ImportOutcome outcome) {
        outcome.package = signed_package.package;
        return outcome;
    };
    if (Stop stop = check_fleet(request, signed_package.package)) return with_package(std::move(*stop));
    const LiveInfo live = read_live_info(request.catalogue);
    if (Stop stop = check_version(request, signed_package.package, live, history))
        return with_package(std::move(*stop));

    // 3. Copy into private storage next to the live catalogue, then verify the copy.
    const fs::path live_path = fs::absolute(request.catalogue);
    const fs::path dir = live_path.parent_path();
    std::error_code ec;
    fs::create_directories(dir, ec);
    StagedFile staged(dir / ("." + live_path.filename().string() + ".incoming"));
    if (Stop stop = copy_from_stick(io, files.catalogue, staged.path(), report)) return with_package(std::move(*stop));
    const std::uint64_t size = files.catalogue.size;
    files.catalogue.fd = Fd();  // the stick is not touched after this point
    if (Stop stop = verify_copy(io, staged.path(), size, signed_package, report)) return with_package(std::move(*stop));

    // 4. What is inside: read through the allow-list, every value checked, and written again as a
    //    fresh catalogue of the kiosk's own. The package's copy is never switched into place.
    report(0.75);
    StagedFile fresh(dir / ("." + live_path.filename().string() + ".fresh"));
    if (auto trouble = rebuild_catalogue(staged.path(), fresh.path(), signed_package.package, request.limits);
        !trouble.empty())
        return with_package(bad_catalogue(trouble));
    report(0.95);

    if (Stop stop = switch_into_place(io, fresh, live_path, signed_package.package, live, history))
        return with_package(std::move(*stop));
    report(1.0);
    return imported(request, signed_package.package);
}

}  // namespace

ImportOutcome import_package(const ImportRequest& request, SyncIo& io, const ProgressCallback& progress) {
    fs::path live_path = fs::absolute(request.catalogue);
    std::error_code ec;
    fs::create_directories(live_path.parent_path(), ec);
    // The live catalogue is replaced by a rename: a device, FIFO or folder there must stay as it is.
    for (const auto& [path, what] :
         {std::pair{live_path, "catalogue"}, std::pair{history_path_for(live_path), "import history"}})
        if (auto replaceable = check_replaceable(path, what); !replaceable) return kiosk_error(replaceable.error());
    // One import at a time per catalogue (the kiosk and kioskctl may both try).
    // Read-only is enough for flock, and works when another user (root running kioskctl) made it.
    // O_NONBLOCK: a FIFO in its place must not hang the import.
    Fd lock(::open((live_path.string() + ".sync.lock").c_str(), O_RDONLY | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC,
                   0644));
    if (!lock.ok()) return kiosk_error(std::string("cannot create the lock file: ") + std::strerror(errno));
    if (struct stat st{}; ::fstat(lock.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return kiosk_error("the lock file " + live_path.string() + ".sync.lock is not a regular file");
    if (::flock(lock.get(), LOCK_EX | LOCK_NB) != 0)
        return refuse(ImportResult::Busy, Refusal::Busy, "another import is running");
    auto history = SyncHistory::open(live_path);
    if (!history) return kiosk_error(history.error());

    ImportRequest absolute = request;
    absolute.source = fs::absolute(request.source, ec);
    ImportOutcome outcome = run_import(absolute, io, progress, *history);
    if (outcome.result != ImportResult::NothingFound) {
        ImportRecord record;
        record.at = now_utc_timestamp();
        record.version = outcome.package ? outcome.package->version : 0;
        record.source = request.origin.empty() ? absolute.source.string() : request.origin;
        record.channel = request.channel;
        record.imported = outcome.imported();
        record.result = outcome.log;
        if (outcome.refusal != Refusal::None) record.refusal = std::string(refusal_name(outcome.refusal));
        (void)history->record(record);
    }
    return outcome;
}

}  // namespace ww::sync
