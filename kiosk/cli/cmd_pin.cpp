// kioskctl pin: asks for a staff PIN twice and prints its Argon2 hash as a config line.
#include <csignal>
#include <iostream>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

#include "cli/command.h"
#include "core/staff_pin.h"

namespace {

constexpr std::string_view kUsage =
    "Usage: kioskctl pin\n"
    "\n"
    "Makes the staff PIN line for config/kiosk.toml. Asks for a PIN of 4 to 8 digits twice\n"
    "(nothing is shown while typing) and prints\n"
    "\n"
    "  pin_hash = \"$argon2id$...\"\n"
    "\n"
    "to paste into the [staff] section. Only the Argon2 hash is stored, never the PIN.\n"
    "When standard input is not a terminal (a script), the PIN is read from its first line;\n"
    "a second line, when present, must repeat it.\n";

termios saved_terminal;

void restore_terminal_and_exit(int signal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
    ::write(STDERR_FILENO, "\n", 1);
    std::_Exit(128 + signal);
}

// Echo is off while this lives, and comes back even on Ctrl-C.
class NoEcho {
public:
    NoEcho() {
        ok_ = tcgetattr(STDIN_FILENO, &saved_terminal) == 0;
        if (!ok_) return;
        std::signal(SIGINT, restore_terminal_and_exit);
        std::signal(SIGTERM, restore_terminal_and_exit);
        termios quiet = saved_terminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~NoEcho() {
        if (ok_) tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    bool ok_ = false;
};

std::optional<std::string> read_line() {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::optional<std::string> ask(const char* prompt) {
    std::cerr << prompt << std::flush;
    NoEcho quiet;
    return read_line();
}

int run(const ww::cli::Args& args) {
    if (!args.positional().empty()) {
        std::cerr << "kioskctl pin: takes no arguments\n\n" << kUsage;
        return ww::cli::kUsage;
    }
    std::optional<std::string> pin, again;
    if (isatty(STDIN_FILENO)) {
        pin = ask("New staff PIN (4 to 8 digits): ");
        if (!pin) return ww::cli::user_error("pin", "no PIN given");
        again = ask("The same PIN again: ");
        if (!again) return ww::cli::user_error("pin", "no PIN given the second time");
    } else {
        pin = read_line();
        if (!pin) return ww::cli::user_error("pin", "no PIN on standard input");
        again = read_line();
    }
    if (again && *again != *pin) return ww::cli::user_error("pin", "the two PINs differ; nothing was made");

    auto hash = ww::hash_pin(*pin);
    if (!hash) return ww::cli::user_error("pin", hash.error());
    std::cout << "pin_hash = \"" << *hash << "\"\n";
    if (isatty(STDOUT_FILENO))
        std::cerr << "Paste this line into the [staff] section of config/kiosk.toml "
                     "(/etc/wegwijzer/kiosk.toml on a kiosk).\n";
    return ww::cli::kOk;
}

const ww::cli::Registration registration{
    {"pin", "Make the Argon2 hash of a staff PIN for config/kiosk.toml", kUsage, {}, run}};

}  // namespace
