#pragma once
// Dutch phone numbers as people read and say them: the area code, a dash, then the rest in
// pairs ("0591 - 05 98 06", "06 - 12 34 56 78", "010 - 123 45 67", "0800 - 5088").
// A pure function: the screen, the printout and reading aloud all use it.
#include <string>
#include <string_view>

namespace ww {

// The number grouped the Dutch way; anything it does not recognise as a Dutch number
// (foreign numbers, short codes, text) comes back as it was, trimmed.
std::string format_phone(std::string_view number);

}  // namespace ww
