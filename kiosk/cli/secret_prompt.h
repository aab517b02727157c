// Reading a secret (passphrase, PIN) for kioskctl: hidden on a terminal, plain from a script.
#pragma once

#include <optional>
#include <string>

namespace ww::cli {

// True when standard input is a terminal (a person typing), false for a pipe or file (a script).
bool input_is_terminal();

// The next line of standard input without its line end; nullopt at the end of input.
std::optional<std::string> read_input_line();

// On a terminal: shows `prompt` on standard error and reads one line with echo off. Echo comes
// back on every path, also when the user presses Ctrl-C (the program then ends with 128+signal).
// Not a terminal: the next line of standard input, without a prompt.
std::optional<std::string> read_secret(const char* prompt);

}  // namespace ww::cli
