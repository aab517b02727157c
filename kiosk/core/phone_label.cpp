#include "core/phone_label.h"

#include "core/text.h"
#include "core/wording.h"

namespace ww {

std::string phone_label(const std::string& dutch_description, Language language) {
    const std::string label = trim(dutch_description);
    if (label.empty()) return std::string(wording::text("detail.phone", language));
    if (language == Language::Dutch) return label;
    // The labels' letters beyond ASCII (ë, ö) are written in lower case already.
    const std::string code = "phone." + ascii_lower(label);
    if (wording::known(code)) return std::string(wording::lookup(code, language));
    return std::string(wording::text("detail.phone", language));
}

}  // namespace ww
