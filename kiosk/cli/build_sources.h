#pragma once
// The --source values of `kioskctl build` and `pack`: one HSDS folder, or one or more workbook
// files (merged).
#include <string>
#include <vector>

#include "core/builder.h"

namespace ww::cli {

// Fills options.source / options.workbooks; a usage problem in English, or empty.
std::string set_sources(const std::vector<std::string>& sources, BuildOptions& options);

}  // namespace ww::cli
