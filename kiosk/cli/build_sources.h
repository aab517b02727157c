#pragma once
// The --source values of `kioskctl build` and `pack`: one HSDS folder, or one or more workbook
// files (merged); and their options for HSDS from another tool.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/args.h"
#include "core/builder.h"

namespace ww::cli {

// Fills options.source / options.workbooks; a usage problem in English, or empty.
std::string set_sources(const std::vector<std::string>& sources, BuildOptions& options);

// --taxonomy-map FILE and --skip-outside (core/hsds_import.h), in `build` and `pack` alike.
inline const OptionSpec kTaxonomyMapOption{"taxonomy-map"};
inline const OptionSpec kSkipOutsideOption{"skip-outside", false};
void set_import_options(const Args& args, BuildOptions& options);
// Their lines for --help.
inline constexpr std::string_view kImportOptionsHelp =
    R"(  --taxonomy-map FILE   HSDS from another tool: a CSV file scheme,term,code that maps its
                        taxonomy terms (by id or code; scheme: the term's taxonomy or
                        taxonomy_id, or empty for any) to Wegwijzer's codes. A term with no
                        mapping is a warning and is left out; a service left without a
                        category is an error
  --skip-outside        leave out (and list) the services, locations and service areas that
                        lie outside Drenthe, instead of refusing the source
)";
// The language of the messages of a build: Dutch for staff who build from workbooks unless they
// ask for English (--lang en); English for an HSDS folder, whose messages are all English.
Language message_language(const BuildOptions& options);
// What an import mapped or found (BuildReport::notes), one line each, in `language`.
void print_notes(const BuildReport& report, std::ostream& out, Language language);

}  // namespace ww::cli
