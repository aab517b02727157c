#pragma once
// The one wording system: every sentence a resident sees, hears ("Lees voor") or takes home on
// paper comes from one table per language (core/wording_nl.h, core/wording_en.h), looked up by a
// code. Core code returns codes and facts (a result, a version, a date), never sentences; the
// screens, speech and print word them here. Log lines and the CLI stay plain English sentences,
// except the notes a build gives staff (import_note.*), which follow the workbook's language.
//
//   wording::text("detail.add", language)                      -> "Zet op mijn lijst"
//   wording::text("import.not_newer", language, {"5"})         -> "... (versie 5). ..."
//
// A code written as a string literal is checked while compiling: an unknown code, or one missing
// in a language, does not build. A code made while running ("filter.audience." + audience, or
// `on ? "a" : "b"`) is looked up then; an unknown one shows as the code itself, never a crash
// (tests/unit/test_wording.cpp checks the codes made from data).
#include <concepts>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/model.h"
#include "core/wording_en.h"
#include "core/wording_nl.h"

namespace ww::wording {

consteval bool in_table(std::span<const Entry> table, std::string_view code) {
    for (const Entry& e : table)
        if (e.code == code) return true;
    return false;
}

// A code known in every language. Made from a string literal at compile time only.
class Code {
public:
    consteval Code(const char* code) : code_(code) {  // NOLINT: implicit on purpose, tr("x", l)
        if (!in_table(kDutch, code_) || !in_table(kEnglish, code_))
            throw "unknown wording code, or no Dutch or English text";
    }
    constexpr std::string_view str() const { return code_; }

private:
    std::string_view code_;
};

std::span<const Entry> table(Language language);

std::string_view text(Code code, Language language);
// The text with each "{}" replaced by the next fact.
std::string text(Code code, Language language, std::initializer_list<std::string_view> facts);

// A code made while running: anything that reads as text except a string literal (literals take
// the checked `Code` path above).
template <class S>
concept RuntimeCode = std::convertible_to<const S&, std::string_view> && !std::is_array_v<S>;

bool known(std::string_view code);
std::string_view lookup(std::string_view code, Language language);  // unknown: the code itself

template <RuntimeCode S>
std::string_view text(const S& code, Language language) {
    return lookup(code, language);
}
template <RuntimeCode S>
std::string text(const S& code, Language language, std::initializer_list<std::string_view> facts);

// Replaces each "{}" in `pattern` in order with the next argument.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);
// The same with facts gathered while running (core/hsds_import.h's notes).
std::string fill(std::string_view pattern, std::span<const std::string> args);

// "maandag" / "Monday" and "ma" / "Mon" for weekday 0 (Monday) .. 6.
std::string_view weekday(int weekday, Language language);
std::string_view weekday_short(int weekday, Language language);

// "2026-11-01" -> "1 november 2026" / "1 November 2026"; anything else is returned as it is.
std::string long_date(std::string_view iso_date, Language language);

template <RuntimeCode S>
std::string text(const S& code, Language language, std::initializer_list<std::string_view> facts) {
    return fill(lookup(code, language), facts);
}

}  // namespace ww::wording
