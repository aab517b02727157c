#pragma once
// What the screen says about an import, from the one wording table: the importer returns a result
// and facts (version, dates); this words them in the resident's or the staff's language.
#include <string>

#include "core/model.h"
#include "core/sync/importer.h"

namespace ww::sync {

// One or two short sentences; empty for NothingFound (a stick without a package is ignored).
std::string import_message(const ImportOutcome& outcome, Language language);

}  // namespace ww::sync
