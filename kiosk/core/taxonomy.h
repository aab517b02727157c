#pragma once
// The fixed taxonomy codes Wegwijzer understands, with words for people.
#include <span>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ww {

enum class TagKind { Category, Audience, Cost };

struct TagInfo {
    std::string_view code;
    TagKind kind;
    std::string_view nl;
    std::string_view en;
    std::string_view description;  // the taxonomy term's description (Dutch), as db/demo has it
};

// The seven categories in the order the home screen shows them.
std::span<const TagInfo> categories();
std::span<const TagInfo> all_tags();
const TagInfo* find_tag(std::string_view code);
bool is_category(std::string_view code);

// The twelve municipalities of Drenthe, alphabetical.
std::span<const std::string_view> drenthe_municipalities();

}  // namespace ww
