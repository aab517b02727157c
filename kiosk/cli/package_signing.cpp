#include "cli/package_signing.h"

#include <fstream>
#include <vector>

#include "cli/secret_prompt.h"
#include "core/safe_open.h"

namespace ww::cli {

namespace {
// A minisign secret key file is three short lines.
constexpr std::uint64_t kMaxSecretKeyFileBytes = 4096;
}  // namespace

Result<sync::SecretKey> load_secret_key(const std::filesystem::path& file) {
    auto key_text = read_regular_file(file, kMaxSecretKeyFileBytes, "secret key");
    if (!key_text) return fail(key_text.error());
    std::string passphrase;
    if (sync::secret_key_is_encrypted(*key_text)) {
        auto given = read_secret("Passphrase of the secret key: ");
        if (!given) return fail("no passphrase given");
        passphrase = *given;
    }
    auto key = sync::parse_secret_key(*key_text, passphrase);
    if (!key) return fail(file.string() + ": " + key.error());
    return *key;
}

Result<sync::Signature> sign_file(const std::filesystem::path& file, const sync::SecretKey& key,
                                  std::string trusted_comment) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail("cannot read back " + file.string());
    sync::FileHasher hasher;
    std::vector<char> buffer(1 << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
        hasher.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return fail("cannot read back " + file.string());
    sync::Signature signature = sync::sign_prehashed(key, hasher.finish(), std::move(trusted_comment));
    signature.untrusted_comment = "signature from wegwijzer key " + sync::key_id_hex(key.id);
    return signature;
}

}  // namespace ww::cli
