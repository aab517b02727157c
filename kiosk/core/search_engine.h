#pragma once
// The search: words and prefixes from the catalogue's posting lists (search_term, derived from
// its FTS5 index) held in memory, phrases from FTS5, with typo tolerance, synonyms, filters and
// ranking. tests/bench/REPORT-search.md says how and how fast.
#include <memory>

#include "core/search.h"
#include "core/sqlite.h"

namespace ww {

class SearchEngine {
public:
    // Loads the index once (posting lists, and each service's name words, places, tags and
    // opening times); searches reuse it. Throws std::runtime_error when the index is damaged
    // (Catalogue::open turns that into a message).
    explicit SearchEngine(const Database& db);
    ~SearchEngine();
    SearchResult search(const SearchQuery& query) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace ww
