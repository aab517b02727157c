#pragma once
// Writes sheet rows to an .xlsx workbook with libxlsxwriter: the sheet "Diensten" (frozen header,
// column widths, text columns, dropdowns on the fixed-choice columns, hidden id columns) and the
// sheet "Uitleg" that explains every column with an example, and the sheet "Zoekwoorden" with the
// catalogue's search synonyms. A thin layer: what goes in the cells
// is decided by sheet_rows.h.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "core/sheet/not_carried.h"
#include "core/sheet/sheet_rows.h"

namespace ww::sheet {

inline constexpr const char* kServicesSheet = "Diensten";
inline constexpr const char* kExplanationSheet = "Uitleg";

// What "Uitleg" says under its list of columns about the sheet "Zoekwoorden", and about the sheet
// "Niet meegenomen" when the workbook has one (Dutch, B1: the whole workbook is Dutch). A sentence
// split over two literals is in parentheses (clang's -Wstring-concatenation).
inline constexpr const char* kSynonymNotes[] = {
    ("Blad 'Zoekwoorden': woorden die mensen intikken bij Zoeken. Typ in 'Woord' wat iemand zoekt. Typ in "
     "'Betekent ook' het woord dat de kiosk dan ook zoekt."),
    "Voorbeeld: Woord 'alzheimer', Betekent ook 'dementie'. Wie 'alzheimer' zoekt, vindt dan ook hulp bij dementie.",
    "Eén woord per cel, in gewone letters. Haal een rij weg als het woord niet meer nodig is.",
};
inline constexpr const char* kNotCarriedNotes[] = {
    ("Blad 'Niet meegenomen': dit staat wel in de catalogus, maar niet in deze lijst. Bijvoorbeeld een "
     "organisatie zonder hulp, of een telefoonnummer dat bij geen hulp hoort."),
    "Leest u deze lijst weer in? Dan is dat er niet meer. U krijgt dan dezelfde zinnen als waarschuwing.",
    "Moet het blijven? Vraag dan de beheerder van de catalogus. Wat u op dit blad verandert, doet niets.",
};

// Writes `path` (replaced when it exists). An error value when the file cannot be written.
// With `synonyms` (term -> replacement) also the sheet "Zoekwoorden" (synonym_sheet.h), even when
// the list is empty: then the catalogue built from the workbook has no synonyms either.
// With a non-empty `lost` (not_carried.h) also the sheet "Niet meegenomen", which the build repeats.
Status write_workbook(const std::filesystem::path& path, const std::vector<SheetRow>& rows,
                      const std::vector<std::pair<std::string, std::string>>* synonyms = nullptr,
                      const std::vector<NotCarried>* lost = nullptr);

}  // namespace ww::sheet
