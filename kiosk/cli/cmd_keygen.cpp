// kioskctl keygen: make a signing key pair for catalogue packages, in minisign's file formats.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>

#include "cli/command.h"
#include "cli/secret_prompt.h"
#include "core/sync/minisign.h"

namespace ww::cli {

namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl keygen --secret-key FILE --public-key FILE [--unencrypted]

Makes a key pair for signing catalogue packages (minisign's Ed25519 format: the files also work
with `minisign -S -s` and `minisign -V -p`).

The secret key stays with the staff who prepare catalogues; it is protected by a passphrase,
asked on the terminal (nothing is shown while typing; when standard input is not a terminal,
its first line is the passphrase). The public key goes into every kiosk's configuration
([sync] public_keys).

Options:
  --secret-key FILE   where to write the secret key (must not exist yet; written with mode 0600)
  --public-key FILE   where to write the public key (must not exist yet)
  --unencrypted       write the secret key without a passphrase, for automation

Exit codes: 0 written, 1 a file exists or cannot be written, 2 wrong usage.
)";

bool write_new_file(const std::string& path, const std::string& text, mode_t mode, std::string& problem) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
        problem = errno == EEXIST ? path + " already exists; remove it first or choose another name"
                                  : "cannot create " + path + ": " + std::strerror(errno);
        return false;
    }
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        problem = "cannot write " + path;
        ::unlink(path.c_str());
    }
    return ok;
}

int run(const Args& args) {
    auto secret_path = args.get("secret-key");
    auto public_path = args.get("public-key");
    if (!secret_path || !public_path || !args.positional().empty()) {
        std::cerr << "kioskctl keygen: --secret-key FILE and --public-key FILE are required\n\n" << kHelp;
        return kUsage;
    }
    std::optional<std::string> passphrase;
    if (!args.has("unencrypted")) {
        passphrase = read_secret("Passphrase for the new secret key: ");
        if (!passphrase || passphrase->empty())
            return user_error("keygen", "no passphrase given (use --unencrypted for a key without one)");
        if (input_is_terminal()) {
            auto again = read_secret("The same passphrase again: ");
            if (!again || *again != *passphrase)
                return user_error("keygen", "the two passphrases differ; nothing was written");
        }
    }
    sync::KeyPair pair = sync::generate_key_pair();
    std::string secret_text = sync::format_secret_key(pair.secret_key, passphrase);
    if (secret_text.empty()) return user_error("keygen", "not enough memory to protect the key with the passphrase");
    std::string problem;
    if (!write_new_file(*secret_path, secret_text, 0600, problem)) return user_error("keygen", problem);
    if (!write_new_file(*public_path, sync::format_public_key(pair.public_key), 0644, problem)) {
        ::unlink(secret_path->c_str());
        return user_error("keygen", problem);
    }
    std::cout << "Wrote key " << sync::key_id_hex(pair.public_key.id) << ": secret key " << *secret_path
              << (passphrase ? " (protected by the passphrase)" : " (not encrypted)") << ", public key " << *public_path
              << ".\n";
    return kOk;
}

const Registration registration{{"keygen",
                                 "Make a key pair for signing catalogue packages",
                                 kHelp,
                                 {{"secret-key"}, {"public-key"}, {"unencrypted", false}},
                                 run}};

}  // namespace
}  // namespace ww::cli
