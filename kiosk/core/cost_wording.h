#pragma once
// What a service costs, in sentences from the one wording table: the screen shows them one under
// the other, the printout on one line. One function, so screen and paper say it the same way
// (tests/unit/test_wording.cpp, and tests/e2e "detail_phone" compares the real screen and PDF).
#include <string>
#include <vector>

#include "core/model.h"

namespace ww {

// The catalogue's fee text (or "Gratis" / "U betaalt een eigen bijdrage" / "Vraag naar de kosten"
// from its cost label when it has none), then whether an indication is needed, unless the fee text
// already says so. Each sentence ends with a full stop.
std::vector<std::string> cost_sentences(const ServiceDetail& service, Language language);

}  // namespace ww
