#pragma once
// The catalogue diff between two sources, shared by `kioskctl diff` and the summary that
// `kioskctl pack` shows before it signs.
#include <optional>
#include <string>

#include "cli/catalogue_source.h"
#include "core/print/pdf_render.h"
#include "core/sheet/catalogue_diff.h"

namespace ww::cli {

struct DiffReport {
    sheet::CatalogueDiff diff;
    sheet::DiffSide old_side;
    sheet::DiffSide new_side;
};

// `old_source` null: there is no old catalogue, so every service is new.
Result<DiffReport> diff_catalogues(const Catalogue* old_source, const std::string& old_label,
                                   const Catalogue& new_source, const std::string& new_label, Language language);

// The PDF a coordinator approves and files: title, date, both versions, the counts, the changes,
// and a line to sign.
print::ReportDocument diff_document(const DiffReport& report, const std::string& today, Language language);

// "--lang en" -> English, "nl" or nothing -> Dutch; nullopt for anything else.
std::optional<Language> parse_lang(const std::optional<std::string>& value);

}  // namespace ww::cli
