#pragma once
// Plain words: a short explanation of each jargon term ("Wmo", "indicatie", "casemanager") behind
// a "Wat is dat?" tap. The terms come from db/glossary.csv, compiled into the programs.
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace ww {

struct GlossaryEntry {
    std::string term;                // as shown in Dutch, and the entry's key: "indicatie"
    std::string term_en;             // as shown in English, the Dutch word in brackets: "care assessment (indicatie)"
    std::vector<std::string> forms;  // lower case, as found in texts: "alzheimer café", "alzheimer cafe"
    LocalizedText explanation;       // B1 Dutch, English

    // The term as a resident of this language reads it (the Dutch one only if there is no English).
    const std::string& shown_term(Language l) const {
        return l == Language::English && !term_en.empty() ? term_en : term;
    }
};

// The built-in glossary (db/glossary.csv); empty if that file is broken (tests check it is not).
const std::vector<GlossaryEntry>& glossary();

// The glossary terms that occur in `text`, in glossary order, each once. A form matches as a whole
// word, any case: "Wmo-loket" finds Wmo-loket (and Wmo), "indicaties" finds indicatie, but
// "Wmoo" or "dagbestedingen" inside another word do not match.
std::vector<const GlossaryEntry*> glossary_terms_in(std::string_view text);

}  // namespace ww
