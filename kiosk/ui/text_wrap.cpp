#include "ui/text_wrap.h"

#include <algorithm>

namespace ww::ui {

namespace {
bool continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The end of the first character of `s`.
size_t first_char_end(std::string_view s) {
    size_t i = 1;
    while (i < s.size() && continuation(static_cast<unsigned char>(s[i]))) ++i;
    return std::min(i, s.size());
}

// Where to break a word wider than the line: the furthest break whose first part fits. Returns
// the length of the first part and whether a hyphen is added to it.
// `points`: where the hyphenation patterns allow a break in `word`; `address`: it is (the rest of)
// an e-mail or web address.
std::pair<size_t, bool> break_word(std::string_view word, float width, const MeasureText& measure,
                                   const std::vector<size_t>& points, bool address) {
    std::vector<std::pair<size_t, bool>> breaks;  // (first part's length, add a hyphen)
    if (address) {
        for (size_t i = 0; i + 1 < word.size(); ++i)
            if (word[i] == '@' || word[i] == '.' || word[i] == '/') breaks.push_back({i + 1, false});
    } else {
        for (size_t i = 0; i + 1 < word.size(); ++i)
            if (word[i] == '-' && i > 0) breaks.push_back({i + 1, false});  // "Hoogeveen-" / "Oost"
        for (size_t at : points)
            if (at > 0 && at < word.size() && word[at - 1] != '-' && word[at] != '-') breaks.push_back({at, true});
        std::sort(breaks.begin(), breaks.end());
    }
    for (auto it = breaks.rbegin(); it != breaks.rend(); ++it) {
        std::string first(word.substr(0, it->first));
        if (it->second) first += '-';
        if (measure(first) <= width) return *it;
    }
    // No sensible place fits: as many characters as fit, with a hyphen (an address without one).
    const bool hyphen = !address;
    const auto fits = [&](size_t n) {
        std::string first(word.substr(0, n));
        if (hyphen) first += '-';
        return measure(first) <= width;
    };
    size_t best = first_char_end(word);  // at least one character, so the text moves on
    for (size_t n = best; n < word.size(); n += first_char_end(word.substr(n))) {
        if (!fits(n)) break;
        best = n;
    }
    return {best, hyphen};
}

void wrap_paragraph(std::string_view para, float width, const MeasureText& measure, const HyphenPoints& hyphenate,
                    std::vector<std::string>& lines) {
    std::string line;
    size_t i = 0;
    bool any = false;
    while (i < para.size()) {
        while (i < para.size() && para[i] == ' ') ++i;
        if (i >= para.size()) break;
        const size_t end = std::min(para.find(' ', i), para.size());
        std::string_view word = para.substr(i, end - i);
        i = end;
        any = true;
        if (!line.empty()) {
            const std::string joined = line + " " + std::string(word);
            if (measure(joined) <= width) {
                line = joined;
                continue;
            }
            lines.push_back(line);
            line.clear();
        }
        // A word wider than the whole line: broken, its last part starts the next line. The
        // hyphenation points are those of the whole word, moved along as parts are taken off.
        if (measure(word) > width) {
            const bool address = is_address(word);
            std::vector<size_t> points;
            if (hyphenate && !address) points = hyphenate(word);
            while (measure(word) > width && word.size() > first_char_end(word)) {
                const auto [len, hyphen] = break_word(word, width, measure, points, address);
                if (len == 0 || len >= word.size()) break;
                lines.push_back(std::string(word.substr(0, len)) + (hyphen ? "-" : ""));
                word.remove_prefix(len);
                std::vector<size_t> rest;
                for (size_t at : points)
                    if (at > len) rest.push_back(at - len);
                points = std::move(rest);
            }
        }
        line = std::string(word);
    }
    if (!line.empty() || !any) lines.push_back(line);
}
}  // namespace

bool is_address(std::string_view word) {
    return word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
           word.rfind("www.", 0) == 0;
}

std::vector<std::string> wrap_lines(std::string_view text, float width, const MeasureText& measure,
                                    const HyphenPoints& hyphenate) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (;;) {
        const size_t nl = text.find('\n', start);
        wrap_paragraph(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start), width,
                       measure, hyphenate, lines);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

}  // namespace ww::ui
