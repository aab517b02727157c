// The staff PIN as an Argon2id hash (libsodium), and the lock-out after too many wrong tries.
#include "adapters/staff_pin.h"

#include <algorithm>
#include <cctype>

#include <sodium.h>

namespace ww {
namespace {

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;  // thread-safe, once
    return ready;
}

bool is_pin_format(std::string_view pin) {
    return pin.size() >= 4 && pin.size() <= 8 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Result<std::string> hash_pin(std::string_view pin) {
    if (!is_pin_format(pin)) return fail("a staff PIN must be 4 to 8 digits");
    if (!sodium_ready()) return fail("libsodium could not be initialised");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return fail("not enough memory to hash the PIN");
    return std::string(hash);
}

bool pin_matches(std::string_view pin, const std::string& hash) {
    if (hash.empty() || !sodium_ready()) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

PinVerdict try_pin(PinGate& gate, std::string_view pin, const std::string& hash, PinGate::Clock::time_point now) {
    if (now < gate.locked_until) return PinVerdict::LockedOut;  // not even checked
    if (pin_matches(pin, hash)) {
        gate.failures = 0;
        return PinVerdict::Accepted;
    }
    if (++gate.failures < kPinMaxFailures) return PinVerdict::Rejected;
    // The last allowed try was wrong: lock now, and say so at once.
    gate.failures = 0;
    gate.locked_until = now + kPinLockout;
    return PinVerdict::LockedOut;
}

}  // namespace ww
