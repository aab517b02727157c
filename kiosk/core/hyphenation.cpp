#include "core/hyphenation.h"

#include <hyphen.h>

#include <cstdlib>
#include <string>

namespace ww {

namespace {
constexpr const char* kPatterns = "/usr/share/hyphen/hyph_nl_NL.dic";  // ISO-8859-1 patterns

HyphenDict* patterns() {
    // Loaded once and kept for the life of the program.
    static HyphenDict* dict = hnj_hyphen_load(kPatterns);
    return dict;
}

// UTF-8 to lower-case Latin-1, with the UTF-8 offset of every Latin-1 character; false for a
// character outside Latin-1 or broken UTF-8.
bool to_latin1(std::string_view word, std::string& out, std::vector<size_t>& offsets) {
    for (size_t i = 0; i < word.size();) {
        const auto b = static_cast<unsigned char>(word[i]);
        unsigned code = 0;
        size_t len = 1;
        if (b < 0x80) code = b;
        else if ((b & 0xE0) == 0xC0 && i + 1 < word.size())
            code = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3Fu), len = 2;
        else return false;
        if (code > 0xFF) return false;
        if (code >= 'A' && code <= 'Z') code += 'a' - 'A';
        else if (code >= 0xC0 && code <= 0xDE && code != 0xD7) code += 0x20;  // À..Þ -> à..þ
        offsets.push_back(i);
        out.push_back(static_cast<char>(code));
        i += len;
    }
    return true;
}
}  // namespace

bool hyphenation_available() { return patterns() != nullptr; }

std::vector<size_t> hyphenation_points(std::string_view word) {
    std::vector<size_t> points;
    HyphenDict* dict = patterns();
    if (!dict || word.size() < 4 || word.size() > 200) return points;
    std::string latin;
    std::vector<size_t> offsets;
    if (!to_latin1(word, latin, offsets)) return points;
    std::string hyphens(latin.size() + 5, '\0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    if (hnj_hyphen_hyphenate2(dict, latin.c_str(), int(latin.size()), hyphens.data(), nullptr, &rep, &pos, &cut) == 0) {
        // hyphens[i] odd: a hyphen may follow character i. A break that changes letters (Dutch
        // "cafeetje" -> "cafe-tje") is left out: the word on screen stays the catalogue's word.
        for (size_t i = 0; i + 1 < latin.size(); ++i)
            if ((hyphens[i] - '0') % 2 == 1 && !(rep && rep[i])) points.push_back(offsets[i + 1]);
    }
    if (rep) {
        for (size_t i = 0; i < latin.size(); ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return points;
}

}  // namespace ww
