#pragma once
// The screens' words come from the one wording table (core/wording.h); `tr` is its short name in
// the UI. Catalogue texts come from the catalogue; these are the words around them.
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/wording.h"

namespace ww::ui {

using wording::fill;

inline std::string_view tr(wording::Code code, Language language) { return wording::text(code, language); }
inline std::string tr(wording::Code code, Language language, std::initializer_list<std::string_view> args) {
    return wording::text(code, language, args);
}
// A code made while running (see core/wording.h).
template <wording::RuntimeCode S>
std::string_view tr(const S& code, Language language) {
    return wording::lookup(code, language);
}
template <wording::RuntimeCode S>
std::string tr(const S& code, Language language, std::initializer_list<std::string_view> args) {
    return wording::fill(wording::lookup(code, language), args);
}

// "maandag" / "Monday" for weekday 0..6.
inline std::string_view weekday_name(int weekday, Language language) { return wording::weekday(weekday, language); }

}  // namespace ww::ui
