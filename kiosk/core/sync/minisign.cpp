#include "core/sync/minisign.h"

#include <cstdlib>
#include <cstring>

namespace ww::sync {

namespace {

constexpr std::string_view kCommentPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";
constexpr std::size_t kSaltBytes = 32;
constexpr std::size_t kKeynumSkBytes = 8 + 64 + 32;  // key id, secret key, checksum
constexpr std::size_t kSecretKeyBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumSkBytes;
constexpr std::size_t kPublicKeyBytes = 2 + 8 + 32;
constexpr std::size_t kSignatureBytes = 2 + 8 + 64;

bool ensure_sodium() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::string to_base64(const unsigned char* data, std::size_t size) {
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

// Decodes exactly `size` bytes of standard base64; anything else is an error.
bool from_base64(std::string_view text, unsigned char* out, std::size_t size) {
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out, size, text.data(), text.size(), nullptr, &written, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0)
        return false;
    return written == size && end == text.data() + text.size();
}

// Splits the text into lines ("\n" or "\r\n"); the last line may lack its line end.
std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return lines;
}

void store_le64(unsigned char* out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) out[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint64_t load_le64(const unsigned char* in) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | in[i];
    return value;
}

// BLAKE2b-256 over algorithm, key id and secret key: minisign's check that the passphrase was right.
void secret_key_checksum(const SecretKey& key, unsigned char out[32]) {
    crypto_generichash_state hs;
    crypto_generichash_init(&hs, nullptr, 0, 32);
    crypto_generichash_update(&hs, reinterpret_cast<const unsigned char*>("Ed"), 2);
    crypto_generichash_update(&hs, key.id.data(), key.id.size());
    crypto_generichash_update(&hs, key.key.data(), key.key.size());
    crypto_generichash_final(&hs, out, 32);
}

// Bytes that hold key material, wiped (sodium_memzero) however the function that owns them returns:
// an early return can never leave a plaintext key behind in memory.
template <std::size_t N>
struct WipedBytes {
    unsigned char data[N] = {};
    WipedBytes() = default;
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;
    ~WipedBytes() { sodium_memzero(data, N); }
    static constexpr std::size_t size() { return N; }
};

bool scrypt_stream(unsigned char* out, std::size_t size, const std::string& passphrase, const unsigned char* salt,
                   std::uint64_t opslimit, std::uint64_t memlimit) {
    return crypto_pwhash_scryptsalsa208sha256(out, size, passphrase.data(), passphrase.size(), salt, opslimit,
                                              static_cast<std::size_t>(memlimit)) == 0;
}

}  // namespace

SecretKey::~SecretKey() { sodium_memzero(key.data(), key.size()); }

PublicKey SecretKey::public_key() const {
    PublicKey pk;
    pk.id = id;
    std::memcpy(pk.key.data(), key.data() + 32, 32);
    return pk;
}

KdfLimits default_kdf_limits() {
    const char* mode = std::getenv("WEGWIJZER_KDF");
    if (mode && std::string_view(mode) == "interactive")
        return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE,
                crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE};
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE,
            crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE};
}

std::string key_id_hex(const KeyId& id) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (int i = 7; i >= 0; --i) {
        out += digits[id[static_cast<std::size_t>(i)] >> 4];
        out += digits[id[static_cast<std::size_t>(i)] & 15];
    }
    return out;
}

KeyPair generate_key_pair() {
    ensure_sodium();
    KeyPair pair;
    randombytes_buf(pair.secret_key.id.data(), pair.secret_key.id.size());
    std::array<unsigned char, 32> pk{};
    crypto_sign_keypair(pk.data(), pair.secret_key.key.data());
    pair.public_key = pair.secret_key.public_key();
    return pair;
}

std::string format_public_key(const PublicKey& key) {
    unsigned char raw[kPublicKeyBytes];
    std::memcpy(raw, "Ed", 2);
    std::memcpy(raw + 2, key.id.data(), 8);
    std::memcpy(raw + 10, key.key.data(), 32);
    return std::string(kCommentPrefix) + "minisign public key " + key_id_hex(key.id) + "\n" +
           to_base64(raw, sizeof raw) + "\n";
}

Result<PublicKey> parse_public_key(std::string_view text) {
    ensure_sodium();
    auto lines = split_lines(text);
    // A file has the comment line first; a bare base64 key (minisign -P) is accepted too.
    std::string_view encoded;
    if (lines.size() == 1) encoded = lines[0];
    else if (lines.size() >= 2 && lines[0].substr(0, kCommentPrefix.size()) == kCommentPrefix) encoded = lines[1];
    else return fail("not a minisign public key (it should start with \"untrusted comment:\")");
    unsigned char raw[kPublicKeyBytes];
    if (!from_base64(encoded, raw, sizeof raw)) return fail("not a minisign public key (bad base64 key line)");
    if (std::memcmp(raw, "Ed", 2) != 0) return fail("the public key uses an unsupported signature algorithm");
    PublicKey key;
    std::memcpy(key.id.data(), raw + 2, 8);
    std::memcpy(key.key.data(), raw + 10, 32);
    return key;
}

std::string format_secret_key(const SecretKey& key, const std::optional<std::string>& passphrase, KdfLimits limits) {
    ensure_sodium();
    WipedBytes<kSecretKeyBytes> raw;
    unsigned char* p = raw.data;
    std::memcpy(p, "Ed", 2);
    std::memcpy(p + 2, passphrase ? "Sc" : "\0\0", 2);
    std::memcpy(p + 4, "B2", 2);
    unsigned char* salt = p + 6;
    unsigned char* keynum_sk = p + 6 + kSaltBytes + 16;
    std::memcpy(keynum_sk, key.id.data(), 8);
    std::memcpy(keynum_sk + 8, key.key.data(), 64);
    secret_key_checksum(key, keynum_sk + 72);
    if (passphrase) {
        randombytes_buf(salt, kSaltBytes);
        store_le64(salt + kSaltBytes, limits.opslimit);
        store_le64(salt + kSaltBytes + 8, limits.memlimit);
        WipedBytes<kKeynumSkBytes> stream;
        if (!scrypt_stream(stream.data, stream.size(), *passphrase, salt, limits.opslimit, limits.memlimit)) return {};
        for (std::size_t i = 0; i < kKeynumSkBytes; ++i) keynum_sk[i] ^= stream.data[i];
    }
    return std::string(kCommentPrefix) +
           (passphrase ? "minisign encrypted secret key" : "minisign unencrypted secret key") + "\n" +
           to_base64(raw.data, raw.size()) + "\n";
}

bool secret_key_is_encrypted(std::string_view text) {
    auto lines = split_lines(text);
    WipedBytes<kSecretKeyBytes> raw;
    if (lines.size() < 2 || !from_base64(lines[1], raw.data, raw.size())) return false;
    return std::memcmp(raw.data + 2, "Sc", 2) == 0;
}

Result<SecretKey> parse_secret_key(std::string_view text, const std::string& passphrase) {
    ensure_sodium();
    auto lines = split_lines(text);
    if (lines.size() < 2 || lines[0].substr(0, kCommentPrefix.size()) != kCommentPrefix)
        return fail("not a minisign secret key (it should start with \"untrusted comment:\")");
    WipedBytes<kSecretKeyBytes> raw;
    if (!from_base64(lines[1], raw.data, raw.size())) return fail("not a minisign secret key (bad base64 key line)");
    if (std::memcmp(raw.data, "Ed", 2) != 0) return fail("the secret key uses an unsupported signature algorithm");
    if (std::memcmp(raw.data + 4, "B2", 2) != 0) return fail("the secret key uses an unsupported checksum");
    bool encrypted = std::memcmp(raw.data + 2, "Sc", 2) == 0;
    if (!encrypted && std::memcmp(raw.data + 2, "\0\0", 2) != 0)
        return fail("the secret key uses an unsupported key derivation function");
    const unsigned char* salt = raw.data + 6;
    unsigned char* keynum_sk = raw.data + 6 + kSaltBytes + 16;
    if (encrypted) {
        std::uint64_t ops = load_le64(salt + kSaltBytes), mem = load_le64(salt + kSaltBytes + 8);
        if (mem > (std::uint64_t{4} << 30)) return fail("the secret key asks for more than 4 GiB to unlock");
        WipedBytes<kKeynumSkBytes> stream;
        if (!scrypt_stream(stream.data, stream.size(), passphrase, salt, ops, mem))
            return fail("not enough memory to unlock the secret key");
        for (std::size_t i = 0; i < kKeynumSkBytes; ++i) keynum_sk[i] ^= stream.data[i];
    }
    SecretKey key;
    std::memcpy(key.id.data(), keynum_sk, 8);
    std::memcpy(key.key.data(), keynum_sk + 8, 64);
    WipedBytes<32> expected;
    secret_key_checksum(key, expected.data);
    static const unsigned char zeros[32] = {};
    // minisign -W leaves the checksum of an unencrypted key zeroed; it is only needed for passphrases.
    bool checksum_ok = sodium_memcmp(expected.data, keynum_sk + 72, 32) == 0 ||
                       (!encrypted && std::memcmp(keynum_sk + 72, zeros, 32) == 0);
    if (!checksum_ok) return fail(encrypted ? "wrong passphrase for this secret key" : "the secret key is damaged");
    return key;
}

std::string format_signature(const Signature& s) {
    unsigned char raw[kSignatureBytes];
    std::memcpy(raw, s.algorithm.data(), 2);
    std::memcpy(raw + 2, s.key_id.data(), 8);
    std::memcpy(raw + 10, s.signature.data(), 64);
    return std::string(kCommentPrefix) + s.untrusted_comment + "\n" + to_base64(raw, sizeof raw) + "\n" +
           std::string(kTrustedPrefix) + s.trusted_comment + "\n" +
           to_base64(s.global_signature.data(), s.global_signature.size()) + "\n";
}

Result<Signature> parse_signature(std::string_view text) {
    ensure_sodium();
    if (text.size() > kMaxSignatureFileBytes) return fail("the signature file is too big");
    // Everything in a signature file is ASCII; a stray byte means it was damaged or tampered with,
    // even in the unsigned comment line. CR only as part of a CRLF line end.
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        bool line_end = c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
        if ((c < 0x20 || c > 0x7e) && c != '\t' && !line_end)
            return fail("the signature file has a byte that is not plain ASCII (at offset " + std::to_string(i) + ")");
    }
    auto lines = split_lines(text);
    if (lines.size() < 4) return fail("the signature file is incomplete (it needs four lines)");
    for (std::size_t i = 4; i < lines.size(); ++i)
        if (!lines[i].empty()) return fail("the signature file has extra lines");
    if (lines[0].substr(0, kCommentPrefix.size()) != kCommentPrefix)
        return fail("the signature file should start with \"untrusted comment:\"");
    if (lines[2].substr(0, kTrustedPrefix.size()) != kTrustedPrefix)
        return fail("the third line of the signature file should start with \"trusted comment:\"");
    Signature s;
    s.untrusted_comment = std::string(lines[0].substr(kCommentPrefix.size()));
    unsigned char raw[kSignatureBytes];
    if (!from_base64(lines[1], raw, sizeof raw))
        return fail("the signature line is not valid base64 of the right length");
    s.algorithm.assign(reinterpret_cast<const char*>(raw), 2);
    if (s.algorithm != "ED" && s.algorithm != "Ed") return fail("the signature uses an unsupported algorithm");
    std::memcpy(s.key_id.data(), raw + 2, 8);
    std::memcpy(s.signature.data(), raw + 10, 64);
    s.trusted_comment = std::string(lines[2].substr(kTrustedPrefix.size()));
    if (!from_base64(lines[3], s.global_signature.data(), s.global_signature.size()))
        return fail("the trusted comment signature line is not valid base64 of the right length");
    return s;
}

FileHasher::FileHasher() {
    ensure_sodium();
    crypto_generichash_init(&state_, nullptr, 0, crypto_generichash_BYTES_MAX);
}

void FileHasher::update(const void* data, std::size_t size) {
    crypto_generichash_update(&state_, static_cast<const unsigned char*>(data), size);
}

Blake2b512 FileHasher::finish() {
    Blake2b512 out{};
    crypto_generichash_final(&state_, out.data(), out.size());
    return out;
}

namespace {
std::vector<unsigned char> signature_and_comment(const Signature& s) {
    std::vector<unsigned char> message(s.signature.begin(), s.signature.end());
    message.insert(message.end(), s.trusted_comment.begin(), s.trusted_comment.end());
    return message;
}
}  // namespace

Signature sign_prehashed(const SecretKey& key, const Blake2b512& file_hash, std::string trusted_comment) {
    ensure_sodium();
    Signature s;
    s.algorithm = "ED";
    s.key_id = key.id;
    s.trusted_comment = std::move(trusted_comment);
    crypto_sign_detached(s.signature.data(), nullptr, file_hash.data(), file_hash.size(), key.key.data());
    auto message = signature_and_comment(s);
    crypto_sign_detached(s.global_signature.data(), nullptr, message.data(), message.size(), key.key.data());
    return s;
}

const PublicKey* find_key(const Signature& signature, const std::vector<PublicKey>& trusted) {
    for (const auto& key : trusted)
        if (key.id == signature.key_id) return &key;
    return nullptr;
}

bool verify_trusted_comment(const Signature& signature, const PublicKey& key) {
    ensure_sodium();
    auto message = signature_and_comment(signature);
    return crypto_sign_verify_detached(signature.global_signature.data(), message.data(), message.size(),
                                       key.key.data()) == 0;
}

bool verify_file_hash(const Signature& signature, const PublicKey& key, const Blake2b512& file_hash) {
    ensure_sodium();
    if (signature.algorithm != "ED") return false;
    return crypto_sign_verify_detached(signature.signature.data(), file_hash.data(), file_hash.size(),
                                       key.key.data()) == 0;
}

}  // namespace ww::sync
