#include "core/text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace ww {

namespace {

// Decodes one UTF-8 code point at `i`. Invalid, overlong or truncated sequences come back as
// U+FFFD, consuming one byte, so decoding always moves on.
constexpr char32_t kInvalid = 0xFFFD;

char32_t decode(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int extra = (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || i + static_cast<size_t>(extra) >= s.size()) {
        ++i;
        return kInvalid;
    }
    char32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return kInvalid;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    bool overlong = (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++i;
        return kInvalid;
    }
    i += static_cast<size_t>(extra) + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Latin-1 Supplement U+00C0..U+00FF without diacritics, lower case ('\0' = not a letter).
constexpr char kLatin1Chars[] =
    "aaaaaaaceeeeiiii"    // C0..CF  (C6 Æ -> a)
    "dnooooo\0ouuuuyts"   // D0..DF  (D7 × not a letter, DE Þ -> t, DF ß -> s)
    "aaaaaaaceeeeiiii"    // E0..EF
    "dnooooo\0ouuuuyty";  // F0..FF  (F7 ÷ not a letter)
constexpr std::string_view kLatin1(kLatin1Chars, sizeof kLatin1Chars - 1);  // keeps the NULs
static_assert(kLatin1.size() == 0x40);

// Folds one code point: returns the folded letter, 0 for a separator, or the code point itself
// for other letters that are kept as they are.
char32_t fold_char(char32_t cp) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') return cp + 32;
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return cp;
        return 0;
    }
    if (cp >= 0xC0 && cp <= 0xFF) return static_cast<unsigned char>(kLatin1[cp - 0xC0]);
    if (cp >= 0x100 && cp <= 0x17F) {
        // Latin Extended-A.
        static constexpr std::string_view kExtA =
            "aaaaaaccccccccdd"   // 100..10F
            "ddeeeeeeeeeegggg"   // 110..11F
            "gggghhhhiiiiiiii"   // 120..12F
            "iiiijjkkklllllll"   // 130..13F
            "lllnnnnnnnnnoooo"   // 140..14F
            "oooorrrrrrssssss"   // 150..15F
            "ssttttttuuuuuuuu"   // 160..16F
            "uuuuwwyyyzzzzzzs";  // 170..17F
        static_assert(kExtA.size() == 0x80);
        return static_cast<unsigned char>(kExtA[cp - 0x100]);
    }
    if (cp >= 0x180 && cp <= 0x24F) return cp;   // other Latin letters: kept
    if (cp >= 0x370 && cp <= 0x3FF) return cp;   // Greek
    if (cp >= 0x400 && cp <= 0x4FF) return cp;   // Cyrillic
    if (cp >= 0x2000 && cp <= 0x2BFF) return 0;  // punctuation, currency, symbols
    if (cp == kInvalid) return 0;
    return cp >= 0x3000 ? cp : 0;
}

}  // namespace

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        size_t start = i;
        char32_t cp = decode(utf8, i);
        char32_t f = fold_char(cp);
        if (f == 0) {
            // Keep separators as they are (ASCII) or as a space.
            if (cp < 0x80) out += static_cast<char>(cp);
            else out += ' ';
        } else if (f < 0x80) {
            out += static_cast<char>(f);
        } else if (f == cp) {
            out.append(utf8.substr(start, i - start));
        } else {
            append_utf8(out, f);
        }
    }
    return out;
}

std::vector<std::string> split_words(std::string_view utf8) {
    std::vector<std::string> words;
    std::string current;
    for (size_t i = 0; i < utf8.size();) {
        char32_t f = fold_char(decode(utf8, i));
        if (f == 0) {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
        } else {
            append_utf8(current, f);
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

int edit_distance(std::string_view a, std::string_view b, int max) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (std::abs(n - m) > max) return max + 1;
    // Optimal string alignment distance with three rolling rows: on the stack for a word, as the
    // typo search measures thousands of them per keystroke.
    constexpr int kStackRow = 64;
    std::array<int, 3 * kStackRow> stack_rows;
    std::vector<int> heap_rows;
    int* rows = stack_rows.data();
    if (m + 1 > kStackRow) {
        heap_rows.resize(3 * static_cast<size_t>(m + 1));
        rows = heap_rows.data();
    }
    const int row = m + 1 > kStackRow ? m + 1 : kStackRow;
    int* prev2 = rows;
    int* prev = rows + row;
    int* cur = rows + 2 * row;
    for (int j = 0; j <= m; ++j) prev2[j] = 0, prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int row_min = cur[0];
        for (int j = 1; j <= m; ++j) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (row_min > max) return max + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], max + 1);
}

bool is_valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        size_t at = i;
        // U+FFFD itself is valid when it is spelled out properly (3 bytes).
        if (decode(text, i) == kInvalid && i - at != 3) return false;
    }
    return true;
}

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
    const std::string w = ascii_lower(word);
    const int within = std::max(2, static_cast<int>(w.size()) / 3);
    std::string best;
    int best_distance = within + 1;
    for (std::string_view candidate : candidates) {
        const int d = edit_distance(w, ascii_lower(candidate), best_distance - 1);
        if (d < best_distance) {
            best_distance = d;
            best = std::string(candidate);
        }
    }
    return best;
}

namespace {
char ascii_lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower_char(c);
    return out;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return ascii_lower_char(x) == ascii_lower_char(y);
           });
}

namespace {
constexpr const char* kSpace = " \t\r\n";
}  // namespace

std::string trim(std::string_view s) {
    const size_t a = s.find_first_not_of(kSpace);
    if (a == std::string_view::npos) return {};
    return std::string(s.substr(a, s.find_last_not_of(kSpace) - a + 1));
}

void trim_in_place(std::string& s) {
    const size_t last = s.find_last_not_of(kSpace);
    if (last == std::string::npos) {
        s.clear();
        return;
    }
    s.erase(last + 1);
    s.erase(0, s.find_first_not_of(kSpace));
}

}  // namespace ww
