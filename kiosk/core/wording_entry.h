#pragma once
// One row of a wording table: a stable code and its text in one language. "{}" marks where a
// fact (a number, a name, a date) goes, in order.
#include <string_view>

namespace ww::wording {

struct Entry {
    std::string_view code;
    std::string_view text;
};

}  // namespace ww::wording
