#pragma once
// The staff PIN: stored only as an Argon2 hash (libsodium crypto_pwhash_str); 5 wrong tries lock
// staff mode for 5 minutes. The lock-out is a pure decision over a fake-able clock.
#include <chrono>
#include <string>
#include <string_view>

#include "core/result.h"

namespace ww {

Result<std::string> hash_pin(std::string_view pin);
bool pin_matches(std::string_view pin, const std::string& hash);

struct PinGate {
    using Clock = std::chrono::steady_clock;
    int failures = 0;
    Clock::time_point locked_until{};
};

enum class PinVerdict { Accepted, Rejected, LockedOut };

inline constexpr int kPinMaxFailures = 5;
inline constexpr std::chrono::minutes kPinLockout{5};

// Checks a PIN attempt against the hash, counting failures and locking out.
PinVerdict try_pin(PinGate& gate, std::string_view pin, const std::string& hash, PinGate::Clock::time_point now);

}  // namespace ww
