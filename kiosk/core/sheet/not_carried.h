#pragma once
// What a catalogue holds that the staff workbook does not carry (issue 13: an export -> edit ->
// build round trip must not lose data silently). The workbook carries every service with its
// organisation and places; these are lost and said so, in plain words, with how many and an
// example:
// - taxonomy term texts of the catalogue's own (the workbook builds Wegwijzer's own terms,
//   core/taxonomy.h), and terms without a Wegwijzer code with their links;
// - organisations and places without any service, and the phone numbers that belong only to them.
// `kioskctl sheet export` prints the list and writes it on the sheet "Niet meegenomen", so that
// `kioskctl build --source` of the workbook repeats the warning (sheet_build.h).
#include <string>
#include <utility>
#include <vector>

#include "core/catalogue.h"
#include "core/result.h"
#include "core/sheet/xlsx_reader.h"

namespace ww::sheet {

inline constexpr const char* kNotCarriedSheet = "Niet meegenomen";
inline constexpr const char* kNotCarriedHeaderNl = "Wat gaat verloren";
inline constexpr const char* kNotCarriedHeaderEn = "What is lost";

// One kind of data the workbook does not carry: whole sentences (what, how many, an example).
struct NotCarried {
    int count = 0;
    std::string nl, en;
};

// Everything in the catalogue that no export carries, in a fixed order; empty when nothing is lost.
Result<std::vector<NotCarried>> find_not_carried(const Catalogue& catalogue);

// The sentences on the sheet "Niet meegenomen" (Dutch, English), as the export wrote them; none
// when the workbook has no such sheet (nothing was lost, or staff removed the sheet).
std::vector<std::pair<std::string, std::string>> read_not_carried_rows(const std::vector<WorkbookSheet>& sheets);

}  // namespace ww::sheet
