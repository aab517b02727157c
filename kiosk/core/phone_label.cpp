#include "core/phone_label.h"

#include "core/wording.h"

namespace ww {

namespace {

std::string trimmed(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// ASCII letters to lower case; the labels' other letters (ë, ö) are written in lower case already.
std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace

std::string phone_label(const std::string& dutch_description, Language language) {
    const std::string label = trimmed(dutch_description);
    if (label.empty()) return std::string(wording::text("detail.phone", language));
    if (language == Language::Dutch) return label;
    const std::string code = "phone." + lower(label);
    if (wording::known(code)) return std::string(wording::lookup(code, language));
    return std::string(wording::text("detail.phone", language));
}

}  // namespace ww
