#pragma once
// The titles a carer can choose for the printed list. Every word on the paper comes from the one
// wording table (core/wording.h).
#include <optional>
#include <string_view>

#include "core/model.h"

namespace ww::print {

enum class Title { HelpNearby, MyList, ForCaseManager };

// "hulp", "lijst", "casemanager" (also accepts the full Dutch or English title).
std::optional<Title> parse_title(std::string_view text);
std::string_view title_text(Title title, Language language);

}  // namespace ww::print
