#pragma once
// The search: FTS5 over the catalogue, with typo tolerance, synonyms, filters and ranking.
#include <memory>

#include "core/search.h"
#include "core/sqlite.h"

namespace ww {

class SearchEngine {
public:
    // Loads the vocabulary and synonyms from the catalogue once; searches reuse them.
    explicit SearchEngine(const Database& db);
    ~SearchEngine();
    SearchResult search(const SearchQuery& query) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace ww
