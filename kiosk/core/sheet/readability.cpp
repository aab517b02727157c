#include "core/sheet/readability.h"

#include <algorithm>
#include <cctype>

#include "core/hyphenation.h"
#include "core/text.h"

namespace ww::sheet {

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// A byte that starts or continues a word: ASCII letters and digits, and every byte of a UTF-8
// sequence (é, ë, ï are letters in Dutch words).
bool is_word_byte(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u >= 0x80;
}

bool is_vowel(char c) {
    switch (c) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
        case 'y':
        case 'A':
        case 'E':
        case 'I':
        case 'O':
        case 'U':
        case 'Y': return true;
        default: return false;
    }
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    auto finish = [&] {
        std::string s = trim(current);
        if (!s.empty()) out.push_back(s);
        current.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            // A line break ends a sentence only when the line is a sentence of its own (a list).
            finish();
            continue;
        }
        current += c;
        if (c != '.' && c != '!' && c != '?') continue;
        size_t j = i + 1;
        while (j < text.size() &&
               (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == ')' || text[j] == '"'))
            current += text[j++];
        i = j - 1;
        if (j >= text.size()) break;
        if (!is_ascii_space(text[j])) continue;  // "o.a.", "3.50", "www.x.nl"
        size_t k = j;
        while (k < text.size() && text[k] == ' ') ++k;
        // "bijv. een" goes on; a capital, a digit or anything else starts the next sentence.
        if (k < text.size() && std::islower(static_cast<unsigned char>(text[k]))) continue;
        finish();
    }
    finish();
    return out;
}

std::vector<std::string> sentence_words(std::string_view sentence) {
    std::vector<std::string> out;
    std::string word;
    for (size_t i = 0; i < sentence.size(); ++i) {
        char c = sentence[i];
        bool inner =
            (c == '-' || c == '\'') && !word.empty() && i + 1 < sentence.size() && is_word_byte(sentence[i + 1]);
        if (is_word_byte(c) || inner) {
            word += c;
        } else if (!word.empty()) {
            out.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(word);
    return out;
}

int dutch_syllables(std::string_view word) {
    int groups = 0;
    bool in_vowels = false;
    bool digits_only = true;
    for (size_t i = 0; i < word.size(); ++i) {
        unsigned char u = static_cast<unsigned char>(word[i]);
        if (!std::isdigit(u)) digits_only = false;
        // An accented vowel (é, ë, ï, ...) is two bytes starting with 0xC3: count it as a vowel, and
        // the diaeresis as the start of a new syllable ("ideeën": i-dee-en).
        bool vowel = is_vowel(word[i]);
        bool diaeresis = false;
        if (u == 0xC3 && i + 1 < word.size()) {
            unsigned char next = static_cast<unsigned char>(word[i + 1]);
            vowel = (next >= 0xA0 && next <= 0xBF) || (next >= 0x80 && next <= 0x9F);
            diaeresis = next == 0xAB || next == 0xAF || next == 0xBC || next == 0xB6 || next == 0xA4;
            ++i;
        }
        if (vowel && (!in_vowels || diaeresis)) ++groups;
        in_vowels = vowel;
    }
    if (digits_only) return 1;
    // The patterns never break off one letter at either end ("idee|en" is not offered), and
    // vowel groups miss a break between two vowels ("be|amb|te"): the larger count is nearer.
    int by_patterns = static_cast<int>(hyphenation_points(word).size()) + 1;
    return std::max({by_patterns, groups, 1});
}

double flesch_douma(int words, int sentences, int syllables) {
    if (words <= 0) return 100;
    if (sentences <= 0) sentences = 1;
    return 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * (static_cast<double>(words) / sentences);
}

Readability measure(std::string_view text) {
    Readability r;
    for (const auto& sentence : split_sentences(text)) {
        auto words = sentence_words(sentence);
        if (words.empty()) continue;
        ++r.sentences;
        r.words += static_cast<int>(words.size());
        for (const auto& w : words) r.syllables += dutch_syllables(w);
    }
    r.flesch_douma = flesch_douma(r.words, r.sentences, r.syllables);
    return r;
}

}  // namespace ww::sheet
