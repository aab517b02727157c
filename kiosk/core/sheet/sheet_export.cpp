#include "core/sheet/sheet_export.h"

#include <set>

#include "core/catalogue.h"
#include "core/drenthe_places.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"
#include "core/sheet/xlsx_writer.h"
#include "core/sqlite.h"
#include "core/taxonomy.h"
#include "core/text.h"

namespace ww::sheet {

namespace {

// The catalogue's search synonyms, for the sheet "Zoekwoorden".
Result<std::vector<std::pair<std::string, std::string>>> read_synonyms(const Catalogue& catalogue) {
    std::vector<std::pair<std::string, std::string>> pairs;
    Statement q = catalogue.database().prepare("SELECT term, replacement FROM synonyms ORDER BY term, replacement");
    while (q.step()) pairs.emplace_back(q.text(0), q.text(1));
    if (!q.error().empty()) return Error{"synonyms: " + q.error()};
    return pairs;
}

}  // namespace

Result<std::string> drenthe_municipality(const std::string& name) {
    if (std::string_view official = find_municipality(name); !official.empty()) return std::string(official);
    std::string all;
    for (std::string_view m : drenthe_municipalities()) all += (all.empty() ? "" : ", ") + std::string(m);
    return Error{"unknown municipality '" + name + "'; use one of: " + all};
}

Result<ExportSummary> export_sheet(const std::filesystem::path& db, const std::filesystem::path& out,
                                   const std::string& municipality) {
    std::string only;
    if (!municipality.empty()) {
        auto m = drenthe_municipality(municipality);
        if (!m) return Error{m.error()};
        only = *m;
    }
    auto catalogue = Catalogue::open(db);
    if (!catalogue) return Error{catalogue.error()};
    auto services = read_sheet_services(**catalogue);
    if (!services) return Error{db.string() + ": " + services.error()};
    auto synonyms = read_synonyms(**catalogue);
    if (!synonyms) return Error{db.string() + ": " + synonyms.error()};
    auto lost = find_not_carried(**catalogue);
    if (!lost) return Error{db.string() + ": " + lost.error()};
    std::vector<SheetRow> rows = sheet_rows(*services, only);
    if (auto st = write_workbook(out, rows, &*synonyms, &*lost); !st) return Error{st.error()};

    ExportSummary summary;
    summary.not_carried = std::move(*lost);
    summary.rows = static_cast<int>(rows.size());
    std::set<std::string> ids;
    for (const SheetRow& r : rows) ids.insert(r[kServiceId]);
    summary.services = static_cast<int>(ids.size());
    return summary;
}

}  // namespace ww::sheet
