#include "core/dutch.h"

#include <hunspell/hunspell.h>
#include <libstemmer.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "core/embedded_data.h"
#include "core/text.h"

namespace ww {

namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string dutch_stem(std::string_view folded_word) {
    // A stemmer is not thread-safe; one per thread is cheap.
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("dutch", "UTF_8"));
    if (!stemmer || folded_word.empty()) return std::string(folded_word);
    const sb_symbol* out = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                                           static_cast<int>(folded_word.size()));
    if (!out) return std::string(folded_word);
    return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

std::vector<std::string> query_stems(std::string_view folded_word) {
    std::vector<std::string> stems{dutch_stem(folded_word)};
    if (folded_word.size() >= 5 && folded_word.back() == 't') {
        std::string without = dutch_stem(folded_word.substr(0, folded_word.size() - 1));
        if (without != stems[0]) stems.push_back(std::move(without));
    }
    return stems;
}

namespace {

// db/stopwords.txt, sorted: for a word and for the beginning of one. A word written with a "?"
// after it there also begins a question.
struct StopWords {
    std::vector<std::string> all;
    std::vector<std::string> questions;
};

const StopWords& stop_words() {
    static const StopWords words = [] {
        StopWords out;
        std::string_view text = embedded::stopwords_txt();
        while (!text.empty()) {
            size_t end = text.find('\n');
            std::string_view line = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
            if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
            while (!line.empty()) {
                const size_t space = line.find_first_of(" \t\r");
                std::string_view token = line.substr(0, space);
                line = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
                const bool question = token.ends_with('?');
                for (auto& w : split_words(token)) {
                    if (question) out.questions.push_back(w);
                    out.all.push_back(std::move(w));
                }
            }
        }
        for (auto* list : {&out.all, &out.questions}) {
            std::sort(list->begin(), list->end());
            list->erase(std::unique(list->begin(), list->end()), list->end());
        }
        return out;
    }();
    return words;
}

}  // namespace

bool is_age_below_65(std::string_view folded_word) {
    if (folded_word.size() != 2 ||
        !std::all_of(folded_word.begin(), folded_word.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    const int age = (folded_word[0] - '0') * 10 + (folded_word[1] - '0');
    return age >= 18 && age < 65;
}

bool is_stop_word(std::string_view folded_word) {
    const auto& words = stop_words().all;
    return std::binary_search(words.begin(), words.end(), folded_word);
}

bool is_question_word(std::string_view folded_word) {
    const auto& words = stop_words().questions;
    return std::binary_search(words.begin(), words.end(), folded_word);
}

bool begins_stop_word(std::string_view folded_beginning) {
    if (folded_beginning.empty()) return false;
    const auto& words = stop_words().all;
    auto it = std::upper_bound(words.begin(), words.end(), folded_beginning);
    return it != words.end() && it->starts_with(folded_beginning);
}

std::vector<std::string> split_compound(std::string_view word,
                                        const std::function<bool(std::string_view, bool)>& is_word, size_t min_part) {
    // Depth-first, longest first part first; a split with fewer parts wins.
    std::vector<std::string> best;
    std::vector<std::string> parts;
    auto search = [&](auto&& self, size_t from) -> void {
        if (from == word.size()) {
            if (parts.size() >= 2 && (best.empty() || parts.size() < best.size())) best = parts;
            return;
        }
        if (!best.empty() && parts.size() + 1 >= best.size()) return;  // cannot beat it any more
        for (size_t end = word.size(); end >= from + min_part; --end) {
            std::string_view part = word.substr(from, end - from);
            if (parts.empty() && end == word.size()) continue;  // the whole word is no split
            if (!is_word(part, end == word.size())) continue;
            parts.emplace_back(part);
            self(self, end);
            // The linking letters after a part that is not the last.
            for (std::string_view link : {"s", "e", "en"})
                if (end < word.size() && word.substr(end).starts_with(link) && end + link.size() < word.size())
                    self(self, end + link.size());
            parts.pop_back();
        }
    };
    search(search, 0);
    return best;
}

namespace {

// One hunspell dictionary of /usr/share/hunspell, loaded on the first question only (it costs
// memory and time); nullptr when it is not installed.
class Dictionary {
public:
    explicit Dictionary(const char* name) : name_(name) {}
    bool knows(std::string_view word) {
        std::lock_guard lock(mutex_);
        if (!tried_) {
            tried_ = true;
            const std::filesystem::path dir = "/usr/share/hunspell";
            const auto aff = dir / (name_ + ".aff"), dic = dir / (name_ + ".dic");
            std::error_code ec;
            if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec))
                handle_ = Hunspell_create(aff.c_str(), dic.c_str());
        }
        if (!handle_ || word.empty()) return false;
        // Remembered: typing letter by letter asks about the same words (typo candidates, the
        // words typed before) on every keystroke, and hunspell takes microseconds per word.
        if (auto it = known_.find(word); it != known_.end()) return it->second;
        if (known_.size() >= kRemembered) known_.clear();
        const bool known = Hunspell_spell(handle_, std::string(word).c_str()) != 0;
        known_.emplace(std::string(word), known);
        return known;
    }

private:
    static constexpr size_t kRemembered = 20000;
    struct Hash : std::hash<std::string_view> {
        using is_transparent = void;
    };
    std::unordered_map<std::string, bool, Hash, std::equal_to<>> known_;
    std::string name_;
    std::mutex mutex_;
    Hunhandle* handle_ = nullptr;
    bool tried_ = false;
};

}  // namespace

bool is_dutch_word(std::string_view word) {
    static Dictionary dictionary("nl");
    return dictionary.knows(word);
}

bool is_english_word(std::string_view word) {
    static Dictionary dictionary("en_GB");
    return dictionary.knows(word);
}

WordLanguages word_languages(std::string_view folded_word) {
    return {is_dutch_word(folded_word), is_english_word(folded_word)};
}

Language query_language(const std::vector<WordLanguages>& words) {
    bool english_only = false;
    for (const auto& w : words) {
        if (w.dutch && !w.english) return Language::Dutch;
        if (w.english && !w.dutch) english_only = true;
    }
    return english_only ? Language::English : Language::Dutch;
}

bool may_correct_into(Language query, WordLanguages candidate) {
    if (candidate.dutch == candidate.english) return true;  // both, or a name neither knows
    return query == Language::Dutch ? candidate.dutch : candidate.english;
}

}  // namespace ww
