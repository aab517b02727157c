// kioskctl keygen: make a signing key pair for catalogue packages, in minisign's file formats.
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

#include "cli/command.h"
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

termios saved_terminal;

void restore_terminal_and_exit(int signal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
    std::_Exit(128 + signal);
}

std::optional<std::string> read_line() {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// Reads a line with echo off; the terminal comes back even on Ctrl-C.
std::optional<std::string> ask_hidden(const char* prompt) {
    std::cerr << prompt << std::flush;
    bool quiet = tcgetattr(STDIN_FILENO, &saved_terminal) == 0;
    if (quiet) {
        std::signal(SIGINT, restore_terminal_and_exit);
        std::signal(SIGTERM, restore_terminal_and_exit);
        termios no_echo = saved_terminal;
        no_echo.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &no_echo);
    }
    auto line = read_line();
    if (quiet) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::cerr << "\n";
    }
    return line;
}

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
        bool terminal = isatty(STDIN_FILENO);
        passphrase = terminal ? ask_hidden("Passphrase for the new secret key: ") : read_line();
        if (!passphrase || passphrase->empty())
            return user_error("keygen", "no passphrase given (use --unencrypted for a key without one)");
        if (terminal) {
            auto again = ask_hidden("The same passphrase again: ");
            if (!again || *again != *passphrase) return user_error("keygen", "the two passphrases differ; nothing was written");
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
              << (passphrase ? " (protected by the passphrase)" : " (not encrypted)") << ", public key "
              << *public_path << ".\n";
    return kOk;
}

const Registration registration{{"keygen", "Make a key pair for signing catalogue packages", kHelp,
                                 {{"secret-key"}, {"public-key"}, {"unencrypted", false}}, run}};

}  // namespace

// Also used by `kioskctl pack`: the passphrase of an encrypted secret key.
std::optional<std::string> ask_secret_key_passphrase() {
    return isatty(STDIN_FILENO) ? ask_hidden("Passphrase of the secret key: ") : read_line();
}

}  // namespace ww::cli
