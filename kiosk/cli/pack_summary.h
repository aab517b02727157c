#pragma once
// `kioskctl pack` shows what changes on the kiosks before it signs, and asks to go on.
#include <filesystem>
#include <optional>
#include <string>

#include "cli/args.h"
#include "core/model.h"

namespace ww::cli {

// Whether an answer to "Doorgaan? [j/N]" means yes: j, ja, y, yes (any case, spaces around).
bool is_yes_answer(const std::string& answer);

// Prints the summary of `built` (the package just built, not yet signed) against `--old FILE`,
// else against the package already in `package_folder`, else "all N services are new"; then,
// unless `--yes`, asks on the terminal. Returns kOk to go on, kNotConfirmed when the answer is
// not yes, there is no answer, or standard input is not a terminal; kUserError when a catalogue
// cannot be read.
int summarise_and_confirm(const Args& args, const std::filesystem::path& built,
                          const std::filesystem::path& package_folder, Language language);

}  // namespace ww::cli
