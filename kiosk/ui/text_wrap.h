#pragma once
// Breaking text into lines that fit a width, the way a careful typesetter would: at spaces; a
// word wider than the whole line is broken only then, an e-mail or web address after '@', '.' or
// '/' (no hyphen is added: the address stays exact), any other word at a hyphenation point with a
// hyphen ("Ontmoetings-" / "centrum"), or at a hyphen it already has. Pure: the caller measures.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ww::ui {

using MeasureText = std::function<float(std::string_view)>;                 // width of a piece of text in pixels
using HyphenPoints = std::function<std::vector<size_t>(std::string_view)>;  // byte offsets a hyphen may break before

// True for what reads as an e-mail or web address: it holds '@', "://" or starts with "www.".
bool is_address(std::string_view word);

// The lines of `text` at `width` (a '\n' always starts a new line; runs of spaces become one).
// No line is wider than `width`, except one character (and its hyphen) that is wider by itself.
std::vector<std::string> wrap_lines(std::string_view text, float width, const MeasureText& measure,
                                    const HyphenPoints& hyphenate = {});

}  // namespace ww::ui
