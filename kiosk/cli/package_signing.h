#pragma once
// The key and signature steps shared by `kioskctl pack` and `kioskctl publish`: the same secret
// key handling (passphrase prompt) and the same minisign signature over a written file.
#include <filesystem>
#include <string>

#include "core/result.h"
#include "core/sync/minisign.h"

namespace ww::cli {

// Reads a minisign secret key file; asks for its passphrase (terminal or standard input) when it
// is encrypted. The message names the file.
Result<sync::SecretKey> load_secret_key(const std::filesystem::path& file);

// Hashes the file (BLAKE2b-512, minisign's prehash) and signs it with `trusted_comment`.
Result<sync::Signature> sign_file(const std::filesystem::path& file, const sync::SecretKey& key,
                                  std::string trusted_comment);

}  // namespace ww::cli
