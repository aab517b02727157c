// kioskctl keygen / pack / import, and interoperation with Debian's real `minisign` both ways.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>

#include "core/sqlite.h"
#include "core/sync/history.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {

CommandRun run(const std::string& command) { return run_command(command); }
std::string q(const fs::path& path) { return shell_quote(path); }

const std::string kioskctl = WEGWIJZER_KIOSKCTL;
const fs::path demo = fs::path(WEGWIJZER_SOURCE_DIR) / "db/demo";

bool have_minisign() { return run("minisign -v").exit_code == 0; }

}  // namespace

TEST_CASE("kioskctl pack output verifies with minisign -V, and kioskctl import takes it", "[sync][cli][minisign]") {
    REQUIRE(have_minisign());
    TempDir dir;
    auto keygen =
        run(kioskctl + " keygen --unencrypted --secret-key " + q(dir / "k.key") + " --public-key " + q(dir / "k.pub"));
    INFO(keygen.output);
    REQUIRE(keygen.exit_code == 0);
    auto pack =
        run(kioskctl + " pack --yes --source " + q(demo) + " --version 12 --expires 2099-06-30 --fleet drenthe" +
            " --created 2026-11-03 --secret-key " + q(dir / "k.key") + " --out " + q(dir / "stick"));
    INFO(pack.output);
    REQUIRE(pack.exit_code == 0);
    CHECK(fs::exists(dir / "stick/wegwijzer/catalogue.sqlite"));
    CHECK(fs::exists(dir / "stick/wegwijzer/catalogue.sqlite.minisig"));
    CHECK_FALSE(fs::exists(dir / "stick/wegwijzer/.catalogue.sqlite.building"));

    auto verify = run("minisign -Vm " + q(dir / "stick/wegwijzer/catalogue.sqlite") + " -p " + q(dir / "k.pub"));
    INFO(verify.output);
    CHECK(verify.exit_code == 0);
    CHECK(verify.output.find("Trusted comment: wegwijzer-catalogue format=1 fleet=drenthe version=12 "
                             "created=2026-11-03 expires=2099-06-30") != std::string::npos);

    const std::string import = kioskctl + " import --from " + q(dir / "stick") + " --db " +
                               q(dir / "kiosk/catalogue.sqlite") + " --public-key " + q(dir / "k.pub");
    auto first = run(import);
    CHECK(first.exit_code == 0);
    CHECK(first.output ==
          "Imported catalogue version 12 (created 2026-11-03, expires 2099-06-30, fleet drenthe) from " +
              (dir / "stick").string() + ".\n");
    auto again = run(import);
    CHECK(again.exit_code == 1);
    CHECK(again.output == "Refused: version 12 is not newer than the installed version 12. Nothing was changed.\n");
    auto other_fleet = run(import + " --fleet groningen");
    CHECK(other_fleet.exit_code == 1);
    CHECK(other_fleet.output ==
          "Refused: the catalogue is for fleet 'drenthe', this kiosk is in fleet 'groningen'. Nothing was changed.\n");

    // A damaged package is refused by minisign and by kioskctl alike.
    {
        std::string bytes = read_bytes(dir / "stick/wegwijzer/catalogue.sqlite");
        bytes[bytes.size() / 2] ^= 1;
        write_bytes(dir / "stick/wegwijzer/catalogue.sqlite", bytes);
    }
    CHECK(run("minisign -Vm " + q(dir / "stick/wegwijzer/catalogue.sqlite") + " -p " + q(dir / "k.pub")).exit_code !=
          0);
    // A kiosk without version 12 yet, so that the signature check, not the version, refuses it.
    auto damaged = run(kioskctl + " import --from " + q(dir / "stick") + " --db " + q(dir / "other/catalogue.sqlite") +
                       " --public-key " + q(dir / "k.pub"));
    CHECK(damaged.exit_code == 1);
    CHECK(damaged.output.find("the signature does not match the catalogue file") != std::string::npos);

    // Staff see the history in kioskctl status.
    auto history = sync::read_import_history(dir / "kiosk/catalogue.sqlite");
    REQUIRE(history.size() == 3);
    CHECK(history[2].imported);
    auto status = run(kioskctl + " status --db " + q(dir / "kiosk/catalogue.sqlite"));
    INFO(status.output);
    CHECK(status.exit_code == 0);
    CHECK(status.output.find("Imports (newest first):") != std::string::npos);
    CHECK(status.output.find("  usb  version 12  from " + (dir / "stick").string()) != std::string::npos);
    CHECK(status.output.find("Refused: the catalogue is for fleet 'drenthe', this kiosk is in fleet 'groningen'") !=
          std::string::npos);
    CHECK(history[0].refusal == "other-fleet");  // the kind, beside the sentence
    CHECK(history[1].refusal == "not-newer");
    CHECK(history[2].refusal.empty());
    CHECK(status.output.find("from " + (dir / "stick").string() + "  refusal other-fleet\n") != std::string::npos);
    auto json = run(kioskctl + " status --json --db " + q(dir / "kiosk/catalogue.sqlite"));
    CHECK(json.output.find("\"imports\"") != std::string::npos);
    CHECK(json.output.find("\"channel\": \"usb\"") != std::string::npos);
    CHECK(json.output.find("\"refusal\": \"other-fleet\"") != std::string::npos);
    CHECK(json.output.find("\"refusal\": null") != std::string::npos);  // the import
}

TEST_CASE("kioskctl pack carries the source tables only, a kiosk rebuilds the same catalogue from it", "[sync][cli]") {
    TempDir dir;
    REQUIRE(
        run(kioskctl + " keygen --unencrypted --secret-key " + q(dir / "k.key") + " --public-key " + q(dir / "k.pub"))
            .exit_code == 0);
    const std::string dates = " --version 5 --created 2026-11-03 --expires 2099-01-31";
    auto pack = run(kioskctl + " pack --yes --source " + q(demo) + dates + " --fleet drenthe --secret-key " +
                    q(dir / "k.key") + " --out " + q(dir / "stick"));
    INFO(pack.output);
    REQUIRE(pack.exit_code == 0);
    auto build = run(kioskctl + " build --source " + q(demo) + " --out " + q(dir / "built.sqlite") + dates);
    REQUIRE(build.exit_code == 0);
    const fs::path packed = dir / "stick/wegwijzer/catalogue.sqlite";

    {
        auto db = Database::open(packed, Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        auto built = Database::open(dir / "built.sqlite", Database::Mode::ReadOnly);
        REQUIRE(built.ok());
        for (const char* table : {"services", "organizations", "attributes", "schedules", "synonyms"}) {
            INFO(table);
            const std::string count = std::string("SELECT count(*) FROM ") + table;
            CHECK(db->scalar_int(count) == built->scalar_int(count));
            CHECK(db->scalar_int(count).value_or(0) > 0);
        }
        for (const char* table :
             {"service_fts", "search_term", "service_tag", "service_municipality", "opening_slot"}) {
            INFO(table);
            CHECK(db->scalar_int(std::string("SELECT count(*) FROM ") + table) == 0);
        }
        CHECK(db->scalar_text("SELECT value FROM metadata WHERE key = 'contents'") == "package");
    }
    CHECK(fs::file_size(packed) * 3 < fs::file_size(dir / "built.sqlite") * 2);  // demo: 0.9 MB against 1.7 MB

    // Not a catalogue to open, and it says so.
    auto status = run(kioskctl + " status --db " + q(packed));
    CHECK(status.exit_code == 1);
    CHECK(status.output.find("is a USB package") != std::string::npos);

    // The kiosk writes byte for byte the catalogue it writes from a complete one, and imports it.
    sync::PackageDescription described;
    described.fleet = "drenthe";
    described.version = 5;
    described.created = "2026-11-03";
    described.expires = "2099-01-31";
    CHECK(rebuilt_bytes(packed, described) == rebuilt_bytes(dir / "built.sqlite", described));
    auto import = run(kioskctl + " import --from " + q(dir / "stick") + " --db " + q(dir / "kiosk/catalogue.sqlite") +
                      " --public-key " + q(dir / "k.pub"));
    INFO(import.output);
    CHECK(import.exit_code == 0);
    auto live = run(kioskctl + " status --db " + q(dir / "kiosk/catalogue.sqlite"));
    INFO(live.output);
    CHECK(live.exit_code == 0);
    CHECK(live.output.find("Integrity      ok") != std::string::npos);
}

TEST_CASE("a catalogue signed by minisign -S with the documented comment is accepted", "[sync][cli][minisign]") {
    REQUIRE(have_minisign());
    TempDir dir;
    REQUIRE(run("minisign -G -W -p " + q(dir / "m.pub") + " -s " + q(dir / "m.key")).exit_code == 0);
    fs::create_directories(dir / "stick/wegwijzer");
    fs::path catalogue = dir / "stick/wegwijzer/catalogue.sqlite";
    auto build = run(kioskctl + " build --source " + q(demo) + " --out " + q(catalogue) +
                     " --version 7 --created 2026-11-03 --expires 2099-01-31");
    INFO(build.output);
    REQUIRE(build.exit_code == 0);
    auto sign = run("minisign -S -s " + q(dir / "m.key") + " -m " + q(catalogue) +
                    " -t 'wegwijzer-catalogue format=1 fleet=drenthe version=7 created=2026-11-03 expires=2099-01-31'"
                    " </dev/null");
    INFO(sign.output);
    REQUIRE(sign.exit_code == 0);
    auto import = run(kioskctl + " import --from " + q(dir / "stick") + " --db " + q(dir / "live.sqlite") +
                      " --public-key " + q(dir / "m.pub"));
    INFO(import.output);
    CHECK(import.exit_code == 0);
    sync::PackageDescription signed_as;
    signed_as.fleet = "drenthe";
    signed_as.version = 7;
    signed_as.created = "2026-11-03";
    signed_as.expires = "2099-01-31";
    CHECK(read_bytes(dir / "live.sqlite") == rebuilt_bytes(catalogue, signed_as));

    // minisign's default trusted comment (timestamp, file) says nothing about fleet or version: refused.
    fs::remove(catalogue.string() + ".minisig");
    build = run(kioskctl + " build --source " + q(demo) + " --out " + q(catalogue) + " --version 8");
    REQUIRE(build.exit_code == 0);
    REQUIRE(run("minisign -S -s " + q(dir / "m.key") + " -m " + q(catalogue) + " </dev/null").exit_code == 0);
    import = run(kioskctl + " import --from " + q(dir / "stick") + " --db " + q(dir / "live.sqlite") +
                 " --public-key " + q(dir / "m.pub"));
    CHECK(import.exit_code == 1);
    CHECK(import.output.find("not a Wegwijzer catalogue description") != std::string::npos);

    // minisign's legacy (not prehashed) signatures are refused with a reason.
    REQUIRE(run("minisign -S -l -s " + q(dir / "m.key") + " -m " + q(catalogue) +
                " -t 'wegwijzer-catalogue format=1 fleet=drenthe version=8 created=2026-11-03 expires=2099-01-31'"
                " </dev/null")
                .exit_code == 0);
    import = run(kioskctl + " import --from " + q(dir / "stick") + " --db " + q(dir / "live.sqlite") +
                 " --public-key " + q(dir / "m.pub"));
    CHECK(import.exit_code == 1);
    CHECK(import.output.find("legacy") != std::string::npos);
}

TEST_CASE("kioskctl keygen keys work in minisign, and minisign keys work in kioskctl pack", "[sync][cli][minisign]") {
    REQUIRE(have_minisign());
    TempDir dir;
    const std::string env = "WEGWIJZER_KDF=interactive ";
    // Passphrase-protected kioskctl key, used by minisign -S (passphrase on its standard input).
    REQUIRE(run("printf 'geheim wachtwoord\\n' | " + env + kioskctl + " keygen --secret-key " + q(dir / "e.key") +
                " --public-key " + q(dir / "e.pub"))
                .exit_code == 0);
    CHECK(read_bytes(dir / "e.key").rfind("untrusted comment: minisign encrypted secret key\n", 0) == 0);
    CHECK((fs::status(dir / "e.key").permissions() & fs::perms::others_read) == fs::perms::none);
    write_bytes(dir / "file.txt", "hello");
    auto sign =
        run("printf 'geheim wachtwoord\\n' | minisign -S -s " + q(dir / "e.key") + " -m " + q(dir / "file.txt"));
    INFO(sign.output);
    REQUIRE(sign.exit_code == 0);
    CHECK(run("minisign -Vm " + q(dir / "file.txt") + " -p " + q(dir / "e.pub")).exit_code == 0);

    // The same key packs with its passphrase, and not with a wrong one.
    const std::string pack = kioskctl + " pack --yes --source " + q(demo) +
                             " --version 1 --expires 2099-01-01 --fleet drenthe" + " --secret-key " + q(dir / "e.key") +
                             " --out " + q(dir / "stick");
    auto wrong = run("printf 'verkeerd\\n' | " + pack);
    CHECK(wrong.exit_code == 1);
    CHECK(wrong.output.find("wrong passphrase") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "stick/wegwijzer/catalogue.sqlite"));
    auto right = run("printf 'geheim wachtwoord\\n' | " + pack);
    INFO(right.output);
    CHECK(right.exit_code == 0);
    CHECK(run("minisign -Vm " + q(dir / "stick/wegwijzer/catalogue.sqlite") + " -p " + q(dir / "e.pub")).exit_code ==
          0);

    // Unencrypted kioskctl key in minisign; minisign's unencrypted key in kioskctl pack.
    REQUIRE(
        run(kioskctl + " keygen --unencrypted --secret-key " + q(dir / "u.key") + " --public-key " + q(dir / "u.pub"))
            .exit_code == 0);
    REQUIRE(run("minisign -S -s " + q(dir / "u.key") + " -m " + q(dir / "file.txt") + " </dev/null").exit_code == 0);
    CHECK(run("minisign -Vm " + q(dir / "file.txt") + " -p " + q(dir / "u.pub")).exit_code == 0);
    REQUIRE(run("minisign -G -W -p " + q(dir / "m.pub") + " -s " + q(dir / "m.key")).exit_code == 0);
    auto packed =
        run(kioskctl + " pack --yes --source " + q(demo) + " --version 2 --expires 2099-01-01 --fleet drenthe" +
            " --secret-key " + q(dir / "m.key") + " --out " + q(dir / "stick2"));
    INFO(packed.output);
    REQUIRE(packed.exit_code == 0);
    CHECK(run("minisign -Vm " + q(dir / "stick2/wegwijzer/catalogue.sqlite") + " -p " + q(dir / "m.pub")).exit_code ==
          0);

    // A passphrase-protected minisign key (minisign's own 1 GiB scrypt) in kioskctl pack.
    REQUIRE(run("printf 'pw\\npw\\n' | minisign -G -p " + q(dir / "me.pub") + " -s " + q(dir / "me.key")).exit_code ==
            0);
    auto packed_encrypted = run("printf 'pw\\n' | " + kioskctl + " pack --yes --source " + q(demo) +
                                " --version 3 --expires 2099-01-01 --fleet drenthe --secret-key " + q(dir / "me.key") +
                                " --out " + q(dir / "stick3"));
    INFO(packed_encrypted.output);
    REQUIRE(packed_encrypted.exit_code == 0);
    CHECK(run("minisign -Vm " + q(dir / "stick3/wegwijzer/catalogue.sqlite") + " -p " + q(dir / "me.pub")).exit_code ==
          0);

    // keygen never overwrites a key.
    auto again =
        run(kioskctl + " keygen --unencrypted --secret-key " + q(dir / "u.key") + " --public-key " + q(dir / "x.pub"));
    CHECK(again.exit_code == 1);
    CHECK(again.output.find("already exists") != std::string::npos);
}

TEST_CASE("kioskctl pack validates exactly like kioskctl build", "[sync][cli]") {
    TempDir dir;
    fs::copy(demo, dir / "source", fs::copy_options::recursive);
    {
        std::string services = read_bytes(dir / "source/services.csv");
        write_bytes(dir / "source/services.csv",
                    services + "broken-1,no-such-organisation,Kapotte dienst,,,,,active,,,\r\n");
    }
    REQUIRE(
        run(kioskctl + " keygen --unencrypted --secret-key " + q(dir / "k.key") + " --public-key " + q(dir / "k.pub"))
            .exit_code == 0);
    auto build = run(kioskctl + " build --source " + q(dir / "source") + " --out " + q(dir / "out.sqlite"));
    auto pack = run(kioskctl + " pack --yes --source " + q(dir / "source") +
                    " --version 3 --expires 2099-01-01 --fleet drenthe" + " --secret-key " + q(dir / "k.key") +
                    " --out " + q(dir / "stick"));
    INFO(build.output << "----\n" << pack.output);
    CHECK(build.exit_code == 1);
    CHECK(pack.exit_code == 1);
    // Every line but the last (which names the command) is the same.
    auto body = [](const std::string& text) { return text.substr(0, text.rfind("kioskctl ")); };
    CHECK_FALSE(body(build.output).empty());
    CHECK(body(pack.output) == body(build.output));
    CHECK(pack.output.find("the package was not written") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "stick/wegwijzer/catalogue.sqlite"));
    CHECK_FALSE(fs::exists(dir / "stick/wegwijzer/catalogue.sqlite.minisig"));
}

TEST_CASE("kioskctl pack and import check their arguments", "[sync][cli]") {
    TempDir dir;
    CHECK(run(kioskctl + " import --from x --db y").exit_code == 2);
    CHECK(run(kioskctl + " pack --yes --source x").exit_code == 2);
    CHECK(run(kioskctl + " keygen --secret-key x").exit_code == 2);
    REQUIRE(
        run(kioskctl + " keygen --unencrypted --secret-key " + q(dir / "k.key") + " --public-key " + q(dir / "k.pub"))
            .exit_code == 0);
    auto bad_date =
        run(kioskctl + " pack --yes --source " + q(demo) + " --version 3 --expires 2099-02-30 --fleet drenthe" +
            " --secret-key " + q(dir / "k.key") + " --out " + q(dir / "stick"));
    CHECK(bad_date.exit_code == 1);
    CHECK(bad_date.output.find("2099-02-30") != std::string::npos);
    auto bad_fleet =
        run(kioskctl + " pack --yes --source " + q(demo) + " --version 3 --expires 2099-01-01 --fleet 'Drenthe Noord'" +
            " --secret-key " + q(dir / "k.key") + " --out " + q(dir / "stick"));
    CHECK(bad_fleet.exit_code == 1);
    CHECK(bad_fleet.output.find("has a word that is not key=value: 'Noord'") != std::string::npos);
    auto bad_key = run(kioskctl + " import --from " + q(dir.path()) + " --db " + q(dir / "db.sqlite") +
                       " --public-key " + q(dir / "k.key"));
    CHECK(bad_key.exit_code == 1);
    CHECK(bad_key.output.find("k.key") != std::string::npos);
}

TEST_CASE("kioskctl import with a failing read (stick pulled out) changes nothing", "[sync][cli][faults]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    write_bytes(dir / "k.pub", sync::format_public_key(key.public_key));
    CatalogueSpec v1{1}, v2{2};
    make_catalogue(dir / "v1.sqlite", v1);
    make_catalogue(dir / "v2.sqlite", v2);
    write_package(dir / "first", dir / "v1.sqlite", key.secret_key, describe(v1));
    write_package(dir / "stick", dir / "v2.sqlite", key.secret_key, describe(v2));
    const std::string import =
        kioskctl + " import --db " + q(dir / "live.sqlite") + " --public-key " + q(dir / "k.pub");
    REQUIRE(run(import + " --from " + q(dir / "first")).exit_code == 0);
    auto pulled = run("WEGWIJZER_FAIL_AT=3 " + import + " --from " + q(dir / "stick"));
    CHECK(pulled.exit_code == 1);
    CHECK(pulled.output.find("the stick could not be read") != std::string::npos);
    CHECK(read_bytes(dir / "live.sqlite") == rebuilt_bytes(dir / "v1.sqlite", describe(v1)));
    CHECK(run(import + " --from " + q(dir / "stick")).exit_code == 0);
    auto nothing = run(import + " --from " + q(dir / "first/wegwijzer/..") + "/nothing-here");
    CHECK(nothing.exit_code == 1);
    CHECK(nothing.output.find("No Wegwijzer catalogue found in ") != std::string::npos);
}
