// Flip every byte of a small signed package, and of its signature: every flip is refused and the
// live catalogue stays as it was.
#include <catch2/catch.hpp>

#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {

// A flip in the catalogue only ever breaks its signature; one in the signature file breaks the
// signature file's syntax, its key id, its trusted comment or the signature itself. Anything else
// (a read error, an unusable catalogue) would mean the flip got past the signature check.
bool refused_for_the_flip(const std::string& file, sync::Refusal refusal) {
    using sync::Refusal;
    if (file == "catalogue.sqlite") return refusal == Refusal::FileNotSigned;
    for (Refusal expected :
         {Refusal::UnreadableSignature, Refusal::UnknownKey, Refusal::EditedComment, Refusal::DamagedSignature,
          Refusal::LegacySignature, Refusal::BadDescription, Refusal::FileNotSigned})
        if (refusal == expected) return true;
    return false;
}

}  // namespace

TEST_CASE("every flipped byte of the catalogue or the signature is refused", "[sync][flip]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "live.sqlite";
    CatalogueSpec v1{1};
    v1.page_size = 512;  // keeps the package small: every byte is tried
    v1.services = 1;
    make_catalogue(dir / "v1.sqlite", v1);
    write_package(dir / "first", dir / "v1.sqlite", key.secret_key, describe(v1));
    REQUIRE(import_from(dir / "first", live, {key.public_key}).imported());
    const std::string live_before = read_bytes(live);

    CatalogueSpec v2{2};
    v2.page_size = 512;
    v2.services = 1;
    make_catalogue(dir / "v2.sqlite", v2);
    fs::path stick = dir / "stick";
    write_package(stick, dir / "v2.sqlite", key.secret_key, describe(v2));

    for (const char* name : {"catalogue.sqlite.minisig", "catalogue.sqlite"}) {
        fs::path file = stick / "wegwijzer" / name;
        const std::string original = read_bytes(file);
        // Every byte of the signature (its parser has many paths); of the catalogue, whose every
        // flip meets the same hash check, every N-th under WEGWIJZER_TEST_STRIDE (sync_fixture.h).
        const size_t step = name == std::string("catalogue.sqlite") ? size_t(exhaustive_stride()) : 1;
        INFO(name << ": " << original.size() << " bytes, every " << step << ". byte flipped");
        size_t accepted = 0, wrong_reason = 0;
        for (size_t i = 0; i < original.size(); i += step) {
            std::string flipped = original;
            flipped[i] = static_cast<char>(flipped[i] ^ 0xff);
            write_bytes(file, flipped);
            auto outcome = import_from(stick, live, {key.public_key});
            if (outcome.imported() || outcome.result == sync::ImportResult::NothingFound) {
                ++accepted;
                UNSCOPED_INFO("byte " << i << " flipped was not refused: " << outcome.log);
            } else if (!refused_for_the_flip(name, outcome.refusal)) {
                ++wrong_reason;
                UNSCOPED_INFO("byte " << i << " flipped was refused for another reason: " << outcome.log);
            }
        }
        CHECK(accepted == 0);
        CHECK(wrong_reason == 0);
        CHECK(read_bytes(live) == live_before);
        write_bytes(file, original);
    }
    // And the untouched package still goes in: the flips were refused for the flip, not by accident.
    CHECK(import_from(stick, live, {key.public_key}).imported());
}
