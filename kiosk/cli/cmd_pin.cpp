// kioskctl pin: asks for a staff PIN twice and prints its Argon2 hash as a config line.
#include <iostream>
#include <optional>
#include <string>

#include <unistd.h>

#include "adapters/staff_pin.h"
#include "cli/command.h"
#include "cli/secret_prompt.h"

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

int run(const ww::cli::Args& args) {
    if (!args.positional().empty()) {
        std::cerr << "kioskctl pin: takes no arguments\n\n" << kUsage;
        return ww::cli::kUsage;
    }
    std::optional<std::string> pin, again;
    if (ww::cli::input_is_terminal()) {
        pin = ww::cli::read_secret("New staff PIN (4 to 8 digits): ");
        if (!pin) return ww::cli::user_error("pin", "no PIN given");
        again = ww::cli::read_secret("The same PIN again: ");
        if (!again) return ww::cli::user_error("pin", "no PIN given the second time");
    } else {
        pin = ww::cli::read_input_line();
        if (!pin) return ww::cli::user_error("pin", "no PIN on standard input");
        again = ww::cli::read_input_line();
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
