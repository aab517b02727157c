// The staff PIN: Argon2 hashes and the 5-tries-then-5-minutes lock-out, over a fake clock.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <sys/wait.h>

#include "adapters/staff_pin.h"

using namespace std::chrono_literals;
using ww::PinGate;
using ww::PinVerdict;
using ww::try_pin;

namespace {

const std::string& hash_of_2468() {
    static const std::string hash = [] {
        auto h = ww::hash_pin("2468");
        REQUIRE(h.ok());
        return h.value();
    }();
    return hash;
}

const PinGate::Clock::time_point t0 = PinGate::Clock::time_point{} + 1000h;

}  // namespace

TEST_CASE("staff pin: a PIN hash is an Argon2id string that does not contain the PIN", "[staff_pin]") {
    auto hash = ww::hash_pin("20251128");
    REQUIRE(hash.ok());
    CHECK(hash->starts_with("$argon2id$"));
    CHECK(hash->find("20251128") == std::string::npos);
    CHECK(ww::pin_matches("20251128", *hash));
    CHECK_FALSE(ww::pin_matches("20251129", *hash));
    CHECK_FALSE(ww::pin_matches("", *hash));

    auto again = ww::hash_pin("20251128");  // salted: the same PIN hashes differently
    REQUIRE(again.ok());
    CHECK(*again != *hash);
    CHECK(ww::pin_matches("20251128", *again));
}

TEST_CASE("staff pin: only 4 to 8 digits make a PIN", "[staff_pin]") {
    CHECK_FALSE(ww::hash_pin("123").ok());
    CHECK_FALSE(ww::hash_pin("123456789").ok());
    CHECK_FALSE(ww::hash_pin("12a4").ok());
    CHECK_FALSE(ww::hash_pin("").ok());
    CHECK(ww::hash_pin("123").error().find("4 to 8 digits") != std::string::npos);
}

TEST_CASE("staff pin: no hash or a broken hash never lets anyone in", "[staff_pin]") {
    CHECK_FALSE(ww::pin_matches("2468", ""));
    CHECK_FALSE(ww::pin_matches("2468", "2468"));
    CHECK_FALSE(ww::pin_matches("2468", "$argon2id$v=19$m=65536,t=2,p=1$broken"));
}

TEST_CASE("staff pin: four wrong tries and then the right PIN is accepted", "[staff_pin]") {
    PinGate gate;
    for (int i = 0; i < 4; ++i) CHECK(try_pin(gate, "1111", hash_of_2468(), t0 + i * 1s) == PinVerdict::Rejected);
    CHECK(gate.failures == 4);
    CHECK(try_pin(gate, "2468", hash_of_2468(), t0 + 5s) == PinVerdict::Accepted);
    CHECK(gate.failures == 0);
    // The count starts again: four more wrong tries still do not lock.
    for (int i = 0; i < 4; ++i) CHECK(try_pin(gate, "1111", hash_of_2468(), t0 + 10s) == PinVerdict::Rejected);
    CHECK(try_pin(gate, "2468", hash_of_2468(), t0 + 11s) == PinVerdict::Accepted);
}

TEST_CASE("staff pin: five wrong tries lock staff mode for five minutes", "[staff_pin]") {
    PinGate gate;
    for (int i = 0; i < 4; ++i) REQUIRE(try_pin(gate, "0000", hash_of_2468(), t0) == PinVerdict::Rejected);
    CHECK(try_pin(gate, "0000", hash_of_2468(), t0) == PinVerdict::LockedOut);  // the fifth locks
    CHECK(gate.locked_until == t0 + ww::kPinLockout);
    CHECK(gate.failures == 0);

    // During the lock even the right PIN is refused.
    CHECK(try_pin(gate, "2468", hash_of_2468(), t0 + 1s) == PinVerdict::LockedOut);
    CHECK(try_pin(gate, "2468", hash_of_2468(), t0 + 4min + 59s) == PinVerdict::LockedOut);
    CHECK(gate.failures == 0);  // tries during the lock do not count

    // After five minutes the right PIN works again.
    CHECK(try_pin(gate, "2468", hash_of_2468(), t0 + 5min) == PinVerdict::Accepted);
}

TEST_CASE("staff pin: after a lock-out a wrong PIN gets five fresh tries", "[staff_pin]") {
    PinGate gate;
    for (int i = 0; i < 5; ++i) (void)try_pin(gate, "0000", hash_of_2468(), t0);
    REQUIRE(gate.locked_until == t0 + 5min);
    const auto later = t0 + 6min;
    for (int i = 0; i < 4; ++i) CHECK(try_pin(gate, "0000", hash_of_2468(), later) == PinVerdict::Rejected);
    CHECK(try_pin(gate, "0000", hash_of_2468(), later) == PinVerdict::LockedOut);
    CHECK(gate.locked_until == later + 5min);
}

#ifdef WEGWIJZER_KIOSKCTL
TEST_CASE("staff pin: kioskctl pin prints a config line whose hash matches the PIN", "[staff_pin][kioskctl]") {
    namespace fs = std::filesystem;
    const fs::path out = fs::temp_directory_path() / ("ww-pin-" + std::to_string(std::random_device{}()));
    // Appended, not `std::string("'") + ... + "' pin"`: GCC 12 at -O2 wrongly reports that chain
    // of temporaries as out of bounds (-Warray-bounds).
    std::string run = "'";
    run += WEGWIJZER_KIOSKCTL;
    run += "' pin";

    SECTION("a PIN from a script") {
        REQUIRE(std::system(
                    ("printf '864213\\n864213\\n' | " + run + " > '" + out.string() + "' 2>/dev/null").c_str()) == 0);
        std::ifstream in(out);
        std::string line;
        std::getline(in, line);
        REQUIRE(line.starts_with("pin_hash = \"$argon2id$"));
        REQUIRE(line.ends_with("\""));
        const std::string hash = line.substr(12, line.size() - 13);
        CHECK(ww::pin_matches("864213", hash));
        CHECK(line.find("864213") == std::string::npos);
    }
    SECTION("a PIN that is not 4 to 8 digits is refused") {
        int status = std::system(("printf '12\\n' | " + run + " > '" + out.string() + "' 2>/dev/null").c_str());
        CHECK(WEXITSTATUS(status) == 1);
        CHECK(fs::file_size(out) == 0);
    }
    SECTION("two different PINs are refused") {
        int status =
            std::system(("printf '1234\\n4321\\n' | " + run + " > '" + out.string() + "' 2>/dev/null").c_str());
        CHECK(WEXITSTATUS(status) == 1);
    }
    std::error_code ec;
    fs::remove(out, ec);
}
#endif
