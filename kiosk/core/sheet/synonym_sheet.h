#pragma once
// The catalogue's search synonyms on the workbook's sheet "Zoekwoorden" (issue 13, point 3: an
// export followed by an import gives the same catalogue, synonyms included). Two columns, like
// db/synonyms.csv: "Woord" (term: what a resident types) and "Betekent ook" (replacement: the word
// that is searched as well). A workbook without the sheet (an older export, a CSV) carries no
// synonyms: the build then uses the built-in list. A pure function over read cells.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/sheet/sheet_check.h"
#include "core/sheet/xlsx_reader.h"

namespace ww::sheet {

inline constexpr const char* kSynonymSheet = "Zoekwoorden";
inline constexpr const char* kSynonymTermHeader = "Woord";
inline constexpr const char* kSynonymReplacementHeader = "Betekent ook";

using SynonymPairs = std::vector<std::pair<std::string, std::string>>;  // term -> replacement

struct SynonymRead {
    bool present = false;                // the workbook has the sheet "Zoekwoorden"
    SynonymPairs pairs;                  // lower-case, trimmed, each pair once, in sheet order
    std::vector<SheetProblem> problems;  // by sheet, row and column, Dutch and English
};

// The sheet "Zoekwoorden" among `sheets`; a single sheet (a CSV) is never it.
SynonymRead read_synonym_rows(const std::vector<WorkbookSheet>& sheets);

// `more` added to `into`, each pair once.
void add_synonyms(SynonymPairs& into, const SynonymPairs& more);

}  // namespace ww::sheet
