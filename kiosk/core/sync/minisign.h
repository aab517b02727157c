#pragma once
// minisign-compatible keys and signatures (Ed25519 via libsodium), so that staff can use either
// `kioskctl` or Debian's `minisign`. The formats are described in core/sync/FORMAT.md.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sodium.h>

#include "core/result.h"

namespace ww::sync {

using KeyId = std::array<std::uint8_t, 8>;
using Blake2b512 = std::array<std::uint8_t, 64>;
using Ed25519Signature = std::array<std::uint8_t, 64>;

struct PublicKey {
    KeyId id{};
    std::array<std::uint8_t, 32> key{};
};

struct SecretKey {
    KeyId id{};
    std::array<std::uint8_t, 64> key{};  // libsodium's seed || public key
    SecretKey() = default;
    SecretKey(const SecretKey&) = default;
    SecretKey& operator=(const SecretKey&) = default;
    ~SecretKey();  // wipes the key
    PublicKey public_key() const;
};

struct KeyPair {
    PublicKey public_key;
    SecretKey secret_key;
};

// How hard the passphrase of a secret key is to guess: scrypt work limits.
struct KdfLimits {
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;
};
// minisign's own (scrypt "sensitive": 1 GiB). WEGWIJZER_KDF=interactive in the environment picks
// libsodium's "interactive" limits instead, for tests only.
KdfLimits default_kdf_limits();

// The key id as minisign prints it: the 8 bytes as a little-endian number, 16 upper-case hex digits.
std::string key_id_hex(const KeyId& id);

KeyPair generate_key_pair();

std::string format_public_key(const PublicKey& key);
Result<PublicKey> parse_public_key(std::string_view text);

// Without a passphrase the file is written unencrypted (minisign -W).
std::string format_secret_key(const SecretKey& key, const std::optional<std::string>& passphrase,
                              KdfLimits limits = default_kdf_limits());
bool secret_key_is_encrypted(std::string_view text);
// `passphrase` is ignored for unencrypted keys.
Result<SecretKey> parse_secret_key(std::string_view text, const std::string& passphrase);

struct Signature {
    std::string algorithm = "ED";  // "ED": over BLAKE2b-512 of the file; "Ed": legacy
    KeyId key_id{};
    Ed25519Signature signature{};
    std::string untrusted_comment = "signature from wegwijzer secret key";
    std::string trusted_comment;          // without the "trusted comment: " prefix
    Ed25519Signature global_signature{};  // over signature || trusted_comment
};

// The largest signature file accepted (minisign allows up to 8 KiB of trusted comment).
constexpr std::size_t kMaxSignatureFileBytes = 16 * 1024;

std::string format_signature(const Signature& signature);
// Parses the four lines. Structure only: nothing is verified here.
Result<Signature> parse_signature(std::string_view text);

// Streaming BLAKE2b-512, the prehash minisign signs.
class FileHasher {
public:
    FileHasher();
    void update(const void* data, std::size_t size);
    Blake2b512 finish();

private:
    crypto_generichash_state state_;
};

Signature sign_prehashed(const SecretKey& key, const Blake2b512& file_hash, std::string trusted_comment);

// Which of the trusted keys made this signature; nullptr when none has its key id.
const PublicKey* find_key(const Signature& signature, const std::vector<PublicKey>& trusted);
// Checks the trusted comment's signature (cheap: before the file is even copied).
bool verify_trusted_comment(const Signature& signature, const PublicKey& key);
// Checks the file signature against the BLAKE2b-512 of the file. Only "ED" signatures.
bool verify_file_hash(const Signature& signature, const PublicKey& key, const Blake2b512& file_hash);

}  // namespace ww::sync
