#pragma once
// Every text the kiosk itself shows, in Dutch (B1: short sentences, common words) and English.
// Catalogue texts come from the catalogue; these are the words around them.
#include <span>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ww::ui {

struct UiString {
    std::string_view id;
    std::string_view nl;
    std::string_view en;
};

std::span<const UiString> all_strings();

// The text for `id` in `language`; an unknown id gives the id itself (visible, never a crash).
std::string_view tr(std::string_view id, Language language);

// Replaces each "{}" in order with the next argument.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);
std::string tr(std::string_view id, Language language, std::initializer_list<std::string_view> args);

// "maandag" / "Monday" for weekday 0..6.
std::string_view weekday_name(int weekday, Language language);

}  // namespace ww::ui
