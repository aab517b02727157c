#pragma once
// What a phone number is for, in the resident's language. The catalogue says it in Dutch only
// ("Bel voor een kennismaking"); English uses the wording table's "phone.<dutch in lower case>"
// when it knows the label, else a plain "Phone" — never Dutch words on an English screen.
#include <string>

#include "core/model.h"

namespace ww {

std::string phone_label(const std::string& dutch_description, Language language);

}  // namespace ww
