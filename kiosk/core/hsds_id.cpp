#include "core/hsds_id.h"

#include <uuid/uuid.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace ww {

namespace {

bool hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

bool is_uuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool hyphen_place = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen_place ? text[i] != '-' : !hex(text[i])) return false;
    }
    return true;
}

std::optional<std::string> uuid_problem(std::string_view text) {
    if (is_uuid(text)) return std::nullopt;
    // Meant as a UUID: 30 to 40 characters, letters, digits, hyphens and braces only, and almost
    // all of the letters and digits hexadecimal. Wegwijzer's own ids (svc-0001, term-day-care) and
    // those of most other systems are not.
    if (text.size() < 30 || text.size() > 40) return std::nullopt;
    size_t digits = 0, hex_digits = 0;
    for (char c : text) {
        if (c == '-' || c == '{' || c == '}') continue;
        if (!std::isalnum(static_cast<unsigned char>(c))) return std::nullopt;
        ++digits;
        if (hex(c)) ++hex_digits;
    }
    if (hex_digits * 10 < digits * 9) return std::nullopt;
    const std::string rule = " (a UUID is 32 hexadecimal digits, 0-9 and a-f, in groups of 8-4-4-4-12)";
    auto bad = std::find_if(text.begin(), text.end(), [](char c) { return !hex(c) && c != '-'; });
    if (bad != text.end()) return "is not a UUID: '" + std::string(1, *bad) + "' is not a hexadecimal digit" + rule;
    if (hex_digits != 32)
        return "is not a UUID: it has " + std::to_string(hex_digits) + " hexadecimal digits, not 32" + rule;
    std::string groups;
    size_t run = 0;
    for (char c : text) {
        if (c == '-') {
            groups += std::to_string(run) + "-";
            run = 0;
        } else {
            ++run;
        }
    }
    groups += std::to_string(run);
    return "is not a UUID: its groups are " + groups + ", not 8-4-4-4-12" + rule;
}

std::string hsds_uuid(std::string_view table, std::string_view id) {
    if (id.empty()) return {};
    if (is_uuid(id)) return std::string(id);
    uuid_t ns, out;
    const std::string namespace_text(kHsdsIdNamespace);
    uuid_parse(namespace_text.c_str(), ns);
    const std::string name = std::string(table) + ":" + std::string(id);
    uuid_generate_sha1(out, ns, name.data(), name.size());
    char text[37];
    uuid_unparse_lower(out, text);
    return text;
}

}  // namespace ww
