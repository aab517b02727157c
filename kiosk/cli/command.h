#pragma once
// kioskctl subcommands. Each lives in its own cmd_*.cpp and registers itself:
//
//   static const ww::cli::Registration reg{{"build", "Validate an HSDS folder ...", usage, run}};
//
// Exit codes: 0 ok, 1 user error (with a message on stderr), 2 usage, 3 not confirmed (a command
// that asks, such as `pack`, got no yes).
#include <string>
#include <string_view>
#include <vector>

#include "cli/args.h"

namespace ww::cli {

constexpr int kOk = 0;
constexpr int kUserError = 1;
constexpr int kUsage = 2;
constexpr int kNotConfirmed = 3;

struct Command {
    std::string_view name;
    std::string_view summary;  // one line for `kioskctl --help`
    std::string_view usage;    // full help text for `kioskctl NAME --help`
    std::vector<OptionSpec> options;
    int (*run)(const Args& args);
};

struct Registration {
    explicit Registration(Command command);
};

const std::vector<Command>& commands();

// Prints "kioskctl NAME: message" to stderr and returns kUserError.
int user_error(std::string_view command, const std::string& message);

}  // namespace ww::cli
