// Everything the kiosk must refuse: each with a clear message and the live catalogue unchanged.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "core/sync/history.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;
using sync::ImportResult;
using sync::Refusal;

namespace {

// A kiosk with version 5 installed, and a correctly signed version 6 ready to be tampered with.
struct Kiosk {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "kiosk/catalogue.sqlite";
    CatalogueSpec v6{6, "2026-11-20", "2027-06-30"};
    fs::path stick = dir / "stick";
    fs::path package_catalogue = stick / "wegwijzer/catalogue.sqlite";
    fs::path package_signature = stick / "wegwijzer/catalogue.sqlite.minisig";
    std::string live_before;

    Kiosk() {
        CatalogueSpec v5{5, "2026-11-01", "2027-06-30"};
        make_catalogue(dir / "build/v5.sqlite", v5);
        write_package(dir / "first", dir / "build/v5.sqlite", key.secret_key, describe(v5));
        if (!import_from(dir / "first", live, {key.public_key}).imported()) throw std::runtime_error("setup import");
        live_before = read_bytes(live);
        make_catalogue(dir / "build/v6.sqlite", v6);
        write_package(stick, dir / "build/v6.sqlite", key.secret_key, describe(v6));
    }

    // Imports the stick and checks that it was refused as expected, for the expected reason, with
    // nothing changed.
    sync::ImportOutcome refused(ImportResult expected, Refusal why, sync::ImportRequest request = {}) {
        if (request.source.empty()) request.source = stick;
        request.catalogue = live;
        if (request.trusted_keys.empty()) request.trusted_keys = {key.public_key};
        if (request.today.empty()) request.today = kToday;
        sync::SyncIo io;
        auto outcome = sync::import_package(request, io);
        INFO(outcome.log);
        CHECK(outcome.result == expected);
        CHECK(outcome.refusal == why);
        CHECK_FALSE(outcome.imported());
        CHECK(outcome.log.rfind("Refused: ", 0) == 0);
        CHECK(outcome.log.find("Nothing was changed.") != std::string::npos);
        CHECK_FALSE(outcome.message(ww::Language::Dutch).empty());
        CHECK(read_bytes(live) == live_before);
        CHECK_FALSE(fs::exists(dir / "kiosk/.catalogue.sqlite.incoming"));
        auto history = sync::read_import_history(live, 1);
        REQUIRE_FALSE(history.empty());
        CHECK_FALSE(history[0].imported);
        CHECK(history[0].result == outcome.log);
        CHECK(history[0].refusal == sync::refusal_name(why));  // the kind, beside the sentence
        return outcome;
    }

    void sign_catalogue_as(const sync::PackageDescription& d) {
        write_bytes(package_signature, sign_file(package_catalogue, key.secret_key, sync::format_trusted_comment(d)));
    }
};

const std::string kNotApproved = "Deze USB-stick is niet goedgekeurd. Er is niets veranderd.";

}  // namespace

TEST_CASE("the untampered package is accepted (the baseline of every refusal)", "[sync][refuse]") {
    Kiosk k;
    CHECK(import_from(k.stick, k.live, {k.key.public_key}).imported());
}

TEST_CASE("a missing signature is refused", "[sync][refuse]") {
    Kiosk k;
    fs::remove(k.package_signature);
    auto o = k.refused(ImportResult::NotApproved, Refusal::NoSignature);
    CHECK(o.message(ww::Language::Dutch) == kNotApproved);
    CHECK(o.log.find("no signature file") != std::string::npos);
}

TEST_CASE("a catalogue-less signature is refused", "[sync][refuse]") {
    Kiosk k;
    fs::remove(k.package_catalogue);
    auto o = k.refused(ImportResult::NotApproved, Refusal::NoCatalogue);
    CHECK(o.log.find("there is a signature but no catalogue file") != std::string::npos);
}

namespace {
// Changes one base64 character of line `line` (0-based) of a signature file at `offset`, to
// another valid base64 character: the file still parses, the bytes it decodes to differ.
std::string with_damaged_line(std::string sig, int line, std::size_t offset) {
    std::size_t at = 0;
    for (int i = 0; i < line; ++i) at = sig.find('\n', at) + 1;
    char& c = sig[at + offset];
    c = c == 'A' ? 'B' : 'A';
    return sig;
}
}  // namespace

TEST_CASE("a damaged signature is refused as damaged, not as an edited comment", "[sync][refuse]") {
    Kiosk k;
    // Inside the Ed25519 signature of the file (line 2, after "ED" and the key id). The comment's
    // signature covers it too, so that check fails first; the file's signature then matches
    // neither the comment nor the catalogue: the signature itself is damaged.
    write_bytes(k.package_signature, with_damaged_line(read_bytes(k.package_signature), 1, 20));
    auto o = k.refused(ImportResult::NotApproved, Refusal::DamagedSignature);
    CHECK(o.log.find("the signature is damaged") != std::string::npos);
    CHECK(o.log.find("edited") == std::string::npos);
    CHECK(o.message(ww::Language::Dutch) == kNotApproved);
    // minisign, which checks the file's signature first, says the same.
    write_bytes(k.dir / "k.pub", sync::format_public_key(k.key.public_key));
    auto verify =
        run_command("minisign -Vm " + shell_quote(k.package_catalogue) + " -p " + shell_quote(k.dir / "k.pub"));
    INFO(verify.output);
    CHECK(verify.exit_code != 0);
    CHECK(verify.output.find("Signature verification failed") != std::string::npos);
}

TEST_CASE("a damaged signature of the trusted comment is refused as a changed comment", "[sync][refuse]") {
    Kiosk k;
    // Line 4 signs the trusted comment; the file's signature (line 2) is whole and matches the
    // catalogue. A damaged line 4 cannot be told from an edited comment: both say the comment
    // is not the one signed.
    write_bytes(k.package_signature, with_damaged_line(read_bytes(k.package_signature), 3, 20));
    auto o = k.refused(ImportResult::NotApproved, Refusal::EditedComment);
    CHECK(o.log.find("the trusted comment does not match its signature") != std::string::npos);
}

TEST_CASE("an edited comment over a swapped catalogue matches nothing: a damaged signature", "[sync][refuse]") {
    Kiosk k;
    std::string sig = read_bytes(k.package_signature);
    auto at = sig.find("version=6");
    REQUIRE(at != std::string::npos);
    sig.replace(at, 9, "version=9");
    write_bytes(k.package_signature, sig);
    write_bytes(k.package_catalogue, read_bytes(k.dir / "build/v5.sqlite"));
    auto o = k.refused(ImportResult::NotApproved, Refusal::DamagedSignature);
    CHECK(o.log.find("matches neither its trusted comment nor the catalogue file") != std::string::npos);
}

TEST_CASE("garbage in place of the signature is refused", "[sync][refuse]") {
    Kiosk k;
    write_bytes(k.package_signature, "this is not a signature\n");
    auto o = k.refused(ImportResult::NotApproved, Refusal::UnreadableSignature);
    CHECK(o.log.find("the signature file is not valid") != std::string::npos);
}

TEST_CASE("a signature file over its size cap is refused before it is read", "[sync][refuse]") {
    Kiosk k;
    write_bytes(k.package_signature, read_bytes(k.package_signature) + std::string(sync::kMaxSignatureFileBytes, ' '));
    auto o = k.refused(ImportResult::NotApproved, Refusal::SignatureTooLarge);
    CHECK(o.log.find("the signature file is too big") != std::string::npos);
}

TEST_CASE("a trusted comment that is no catalogue description is refused", "[sync][refuse]") {
    Kiosk k;
    // minisign's default comment, signed with the trusted key: genuine, but it says no fleet or version.
    write_bytes(k.package_signature,
                sign_file(k.package_catalogue, k.key.secret_key, "timestamp:1795851815\tfile:catalogue.sqlite"));
    auto o = k.refused(ImportResult::NotApproved, Refusal::BadDescription);
    CHECK(o.log.find("not a Wegwijzer catalogue description") != std::string::npos);
}

TEST_CASE("a signature by an unknown key is refused", "[sync][refuse]") {
    Kiosk k;
    sync::KeyPair stranger = sync::generate_key_pair();
    write_bytes(k.package_signature,
                sign_file(k.package_catalogue, stranger.secret_key, sync::format_trusted_comment(describe(k.v6))));
    auto o = k.refused(ImportResult::NotApproved, Refusal::UnknownKey);
    CHECK(o.log.find(sync::key_id_hex(stranger.public_key.id)) != std::string::npos);
    CHECK(o.message(ww::Language::Dutch) == kNotApproved);
}

TEST_CASE("an edited trusted comment is refused", "[sync][refuse]") {
    Kiosk k;
    std::string sig = read_bytes(k.package_signature);
    auto at = sig.find("version=6");
    REQUIRE(at != std::string::npos);
    sig.replace(at, 9, "version=9");
    write_bytes(k.package_signature, sig);
    auto o = k.refused(ImportResult::NotApproved, Refusal::EditedComment);
    CHECK(o.log.find("edited") != std::string::npos);
}

TEST_CASE("a catalogue swapped for another release's is refused", "[sync][refuse]") {
    Kiosk k;
    CatalogueSpec v7{7, "2026-11-21", "2027-06-30"};
    make_catalogue(k.dir / "build/v7.sqlite", v7);
    fs::copy_file(k.dir / "build/v7.sqlite", k.package_catalogue, fs::copy_options::overwrite_existing);
    auto o = k.refused(ImportResult::NotApproved, Refusal::FileNotSigned);
    CHECK(o.log.find("does not match the catalogue") != std::string::npos);
}

TEST_CASE("a truncated catalogue is refused", "[sync][refuse]") {
    Kiosk k;
    fs::resize_file(k.package_catalogue, fs::file_size(k.package_catalogue) - 1024);
    auto o = k.refused(ImportResult::NotApproved, Refusal::FileNotSigned);
    CHECK(o.log.find("does not match the catalogue") != std::string::npos);
}

TEST_CASE("the same or an older version is refused", "[sync][refuse]") {
    Kiosk k;
    for (std::int64_t version : {5, 4, 1}) {
        auto d = describe(k.v6);
        d.version = version;
        CatalogueSpec spec = k.v6;
        spec.version = version;
        make_catalogue(k.package_catalogue, spec);
        k.sign_catalogue_as(d);
        auto o = k.refused(ImportResult::NotNewer, Refusal::NotNewer);
        CHECK(o.message(ww::Language::Dutch) ==
              "Deze catalogus is niet nieuwer dan die op de kiosk (versie 5). Er is niets veranderd.");
    }
}

TEST_CASE("the installed version is remembered even if the live file is replaced by an old one", "[sync][refuse]") {
    Kiosk k;
    REQUIRE(import_from(k.stick, k.live, {k.key.public_key}).imported());  // now at 6
    // Someone copies version 5 back over the live file: version 6 is still the bar.
    fs::copy_file(k.dir / "build/v5.sqlite", k.live, fs::copy_options::overwrite_existing);
    k.live_before = read_bytes(k.live);
    write_package(k.stick, k.dir / "build/v6.sqlite", k.key.secret_key, describe(k.v6));
    auto o = k.refused(ImportResult::NotNewer, Refusal::NotNewer);
    CHECK(o.installed_version == 6);
}

TEST_CASE("an expired package is refused", "[sync][refuse]") {
    Kiosk k;
    sync::ImportRequest request;
    request.today = "2027-07-01";
    auto o = k.refused(ImportResult::Expired, Refusal::Expired, request);
    CHECK(o.message(ww::Language::Dutch) == "Deze catalogus is verlopen op 30 juni 2027. Er is niets veranderd.");
    // On its last day it is still good.
    request.today = "2027-06-30";
    request.source = k.stick;
    request.catalogue = k.live;
    request.trusted_keys = {k.key.public_key};
    sync::SyncIo io;
    CHECK(sync::import_package(request, io).imported());
}

TEST_CASE("a wrong clock cannot re-open packages that expired before the newest installed one", "[sync][refuse]") {
    Kiosk k;
    // Installed: version 5 created 2026-11-01. This package expires before that.
    CatalogueSpec v6 = k.v6;
    v6.created = "2026-09-01";
    v6.expires = "2026-10-01";
    make_catalogue(k.package_catalogue, v6);
    k.sign_catalogue_as(describe(v6));
    sync::ImportRequest request;
    request.today = "2026-09-15";  // the kiosk's clock was set back
    auto o = k.refused(ImportResult::Expired, Refusal::Expired, request);
    CHECK(o.log.find("2026-11-01") != std::string::npos);
}

TEST_CASE("a package for another fleet is refused", "[sync][refuse]") {
    Kiosk k;
    k.sign_catalogue_as(describe(k.v6, "groningen"));
    auto o = k.refused(ImportResult::OtherFleet, Refusal::OtherFleet);
    CHECK(o.message(ww::Language::Dutch) == "Deze catalogus is voor andere kiosks. Er is niets veranderd.");
}

TEST_CASE("a catalogue over the size cap is refused before it is copied", "[sync][refuse]") {
    Kiosk k;
    sync::ImportRequest request;
    request.max_file_bytes = fs::file_size(k.package_catalogue) - 1;
    auto o = k.refused(ImportResult::TooLarge, Refusal::CatalogueTooLarge, request);
    CHECK(o.message(ww::Language::Dutch) == "Deze catalogus is te groot voor de kiosk. Er is niets veranderd.");
}

TEST_CASE("symlinks, FIFOs and devices in place of the files are refused", "[sync][refuse]") {
    Kiosk k;
    fs::path real = k.dir / "elsewhere.sqlite";
    fs::copy_file(k.package_catalogue, real);

    SECTION("catalogue is a symlink") {
        fs::remove(k.package_catalogue);
        fs::create_symlink(real, k.package_catalogue);
        CHECK(k.refused(ImportResult::NotApproved, Refusal::NotARegularFile)
                  .log.find("catalogue.sqlite is not a regular file") != std::string::npos);
    }
    SECTION("signature is a symlink") {
        fs::rename(k.package_signature, k.dir / "elsewhere.minisig");
        fs::create_symlink(k.dir / "elsewhere.minisig", k.package_signature);
        CHECK(k.refused(ImportResult::NotApproved, Refusal::NotARegularFile)
                  .log.find("catalogue.sqlite.minisig is not a regular file") != std::string::npos);
    }
    SECTION("the wegwijzer folder is a symlink") {
        fs::rename(k.stick / "wegwijzer", k.dir / "hidden");
        fs::create_directory_symlink(k.dir / "hidden", k.stick / "wegwijzer");
        CHECK(k.refused(ImportResult::NotApproved, Refusal::NotAFolder)
                  .log.find("'wegwijzer' on the stick is not a folder") != std::string::npos);
    }
    SECTION("catalogue is a FIFO (must not hang)") {
        fs::remove(k.package_catalogue);
        REQUIRE(::mkfifo(k.package_catalogue.c_str(), 0644) == 0);
        k.refused(ImportResult::NotApproved, Refusal::NotARegularFile);
    }
    SECTION("catalogue is a device") {
        fs::remove(k.package_catalogue);
        if (::mknod(k.package_catalogue.c_str(), S_IFCHR | 0644, makedev(1, 5)) != 0) {
            WARN("mknod is not allowed here; the device case is covered by /dev/zero via a symlink only");
            fs::create_symlink("/dev/zero", k.package_catalogue);
        }
        k.refused(ImportResult::NotApproved, Refusal::NotARegularFile);
    }
    SECTION("catalogue is a folder") {
        fs::remove(k.package_catalogue);
        fs::create_directory(k.package_catalogue);
        k.refused(ImportResult::NotApproved, Refusal::NotARegularFile);
    }
}

TEST_CASE("correctly signed files that are not usable catalogues are refused", "[sync][refuse]") {
    Kiosk k;
    const std::string broken = "De catalogus op deze USB-stick is beschadigd. Er is niets veranderd.";
    std::string reason;  // what the log names as the problem

    SECTION("not SQLite") {
        write_bytes(k.package_catalogue, std::string(5000, 'x'));
        reason = "it is not an SQLite database";
    }
    SECTION("empty file") {
        write_bytes(k.package_catalogue, "");
        reason = "it is not an SQLite database (too short)";
    }
    SECTION("corrupt SQLite: a page in the middle overwritten") {
        reason = "the integrity check failed";
        std::string bytes = read_bytes(k.package_catalogue);
        REQUIRE(bytes.size() > 8 * 4096);
        for (size_t i = 5 * 4096; i < 6 * 4096; ++i) bytes[i] = static_cast<char>(0x5a);
        write_bytes(k.package_catalogue, bytes);
    }
    SECTION("wrong schema") {
        fs::remove(k.package_catalogue);
        auto db = Database::open(k.package_catalogue, Database::Mode::Create);
        REQUIRE(db.ok());
        REQUIRE(db->exec("CREATE TABLE metadata(key TEXT, value TEXT); INSERT INTO metadata VALUES "
                         "('catalogue_version', '6'); PRAGMA user_version=1;")
                    .ok());
        db->close();
        reason = "wrong schema";
    }
    SECTION("metadata version differs from the signed version") {
        CatalogueSpec spec = k.v6;
        spec.version = 60;
        make_catalogue(k.package_catalogue, spec);
        reason = "its metadata says version 60";
    }
    SECTION("WAL mode") {
        auto db = Database::open(k.package_catalogue, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec("PRAGMA journal_mode=WAL").ok());
        db->close();
        reason = "it is in WAL mode";
    }
    k.sign_catalogue_as(describe(k.v6));
    auto o = k.refused(ImportResult::BadCatalogue, Refusal::BadContent);
    CHECK(o.message(ww::Language::Dutch) == broken);
    CHECK(o.log.find("signed but unusable: " + reason) != std::string::npos);
}

TEST_CASE("a second import while one runs is refused as busy", "[sync][refuse]") {
    Kiosk k;
    int fd = ::open((k.live.string() + ".sync.lock").c_str(), O_RDWR);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    sync::ImportRequest request{k.stick, k.live, {k.key.public_key}, "drenthe", 1 << 30, kToday, {}};
    sync::SyncIo io;
    auto o = sync::import_package(request, io);
    CHECK(o.result == ImportResult::Busy);
    CHECK(o.refusal == Refusal::Busy);
    CHECK(read_bytes(k.live) == k.live_before);
    ::close(fd);
}
