#pragma once
// Opening hours as a week in words: "ma t/m vr 09:00–17:00", "di en do 13:30–16:00".
#include <string>
#include <vector>

#include "core/model.h"

namespace ww::print {

// One line per group of days with the same times, in week order. Empty when no slots.
std::vector<std::string> opening_hours_lines(const std::vector<OpeningSlot>& slots, Language language);

// "09:05" for 545 minutes.
std::string clock_text(int minutes);

}  // namespace ww::print
