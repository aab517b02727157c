// A stick pulled out halfway, a full disk: fail the N-th read, write, fsync or rename of an import,
// for every N. The live catalogue stays exactly as it was.
#include <catch2/catch.hpp>

#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

TEST_CASE("failing the N-th I/O operation of an import, for every N, changes nothing", "[sync][faults]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "live.sqlite";
    CatalogueSpec v1{1}, v2{2};
    v2.services = 800;
    v2.padding = std::string(4000, 'p');  // about 3.5 MiB: several read and write chunks
    make_catalogue(dir / "v1.sqlite", v1);
    make_catalogue(dir / "v2.sqlite", v2);
    write_package(dir / "first", dir / "v1.sqlite", key.secret_key, describe(v1));
    REQUIRE(import_from(dir / "first", live, {key.public_key}).imported());
    const std::string live_before = read_bytes(live);
    write_package(dir / "stick", dir / "v2.sqlite", key.secret_key, describe(v2));

    sync::ImportRequest request{dir / "stick", live, {key.public_key}, "drenthe", 1ull << 30, kToday, {}};
    // Count the operations of a clean import on a copy of the kiosk.
    long operations = 0;
    {
        TempDir probe;
        fs::copy_file(live, probe / "live.sqlite");
        fs::copy_file(live.string() + ".sync.sqlite", (probe / "live.sqlite").string() + ".sync.sqlite");
        fs::copy_file(live.string() + ".slots", (probe / "live.sqlite").string() + ".slots");
        sync::ImportRequest clean = request;
        clean.catalogue = probe / "live.sqlite";
        sync::SyncIo io;
        REQUIRE(sync::import_package(clean, io).imported());
        operations = io.operations();
    }
    REQUIRE(operations >= 12);

    // Once the catalogue is renamed into place the switch has happened, and a failure after it
    // (the folder's fsync, the slot state; the next start finishes those) cannot undo it: the
    // import reports success. Every failure before it must leave the old catalogue.
    const std::string history_before = read_bytes(live.string() + ".sync.sqlite");
    const std::string slots_before = read_bytes(live.string() + ".slots");
    long refused = 0, first_imported = 0;
    for (long n = 1; n < operations; ++n) {
        write_bytes(live, live_before);
        write_bytes(live.string() + ".sync.sqlite", history_before);
        write_bytes(live.string() + ".slots", slots_before);
        sync::SyncIo io;
        io.fail_at(n);
        auto outcome = sync::import_package(request, io);
        INFO("operation " << n << " of " << operations << ": " << outcome.log);
        if (outcome.imported()) {
            CHECK(read_bytes(live) == rebuilt_bytes(dir / "v2.sqlite", describe(v2)));
            if (first_imported == 0) first_imported = n;
        } else {
            CHECK(first_imported == 0);  // no refusal after the switch
            ++refused;
            CHECK(
                (outcome.result == sync::ImportResult::ReadError || outcome.result == sync::ImportResult::KioskError));
            CHECK(read_bytes(live) == live_before);
        }
        CHECK_FALSE(fs::exists(dir / ".live.sqlite.incoming"));
    }
    CHECK(refused >= operations - 6);  // after the rename: folder fsync, state write, fsync, rename, fsync
    write_bytes(live, live_before);
    write_bytes(live.string() + ".sync.sqlite", history_before);
    write_bytes(live.string() + ".slots", slots_before);
    // Reads from the stick give the Dutch "could not be read" message.
    sync::SyncIo first_read;
    first_read.fail_at(1);
    CHECK(sync::import_package(request, first_read).message(ww::Language::Dutch) ==
          "De USB-stick kon niet goed worden gelezen. Er is niets veranderd. Probeer het nog een keer.");

    // After all that, the stick goes in normally.
    sync::SyncIo io;
    io.fail_at(operations);
    auto last = sync::import_package(request, io);
    CHECK(last.imported());
    CHECK(read_bytes(live) == rebuilt_bytes(dir / "v2.sqlite", describe(v2)));
}

TEST_CASE("a catalogue that shrinks or grows on the stick during the copy is refused", "[sync][faults]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "live.sqlite";
    CatalogueSpec v1{1}, v2{2};
    v2.services = 600;
    v2.padding = std::string(4000, 'p');  // more than one 1 MiB chunk
    make_catalogue(dir / "v1.sqlite", v1);
    make_catalogue(dir / "v2.sqlite", v2);
    write_package(dir / "first", dir / "v1.sqlite", key.secret_key, describe(v1));
    REQUIRE(import_from(dir / "first", live, {key.public_key}).imported());
    const std::string live_before = read_bytes(live);
    write_package(dir / "stick", dir / "v2.sqlite", key.secret_key, describe(v2));
    fs::path on_stick = dir / "stick/wegwijzer/catalogue.sqlite";
    const auto size = fs::file_size(on_stick);
    sync::ImportRequest request{dir / "stick", live, {key.public_key}, "drenthe", 1ull << 30, kToday, {}};

    for (bool shrink : {true, false}) {
        write_package(dir / "stick", dir / "v2.sqlite", key.secret_key, describe(v2));
        sync::SyncIo io;
        // Operations 1-2 read the signature; 3 is the first catalogue chunk.
        io.before_each([&](long n) {
            if (n == 4) fs::resize_file(on_stick, shrink ? size / 2 : size + 4096);
        });
        auto outcome = sync::import_package(request, io);
        INFO(outcome.log);
        CHECK(outcome.result == sync::ImportResult::ReadError);
        CHECK(outcome.log.find(shrink ? "ended early" : "grew") != std::string::npos);
        CHECK(read_bytes(live) == live_before);
    }
}
