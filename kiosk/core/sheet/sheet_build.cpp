#include "core/sheet/sheet_build.h"

#include "core/builder.h"
#include "core/csv.h"
#include "core/embedded_data.h"
#include "core/sheet/not_carried.h"
#include "core/sheet/sheet_import.h"
#include "core/sheet/synonym_sheet.h"
#include "core/sheet/workbook_reader.h"

namespace ww::sheet {

namespace {

std::vector<std::pair<std::string, std::string>> builtin_synonyms() {
    std::vector<std::pair<std::string, std::string>> pairs;
    auto csv = parse_csv(embedded::synonyms_csv(), "synonyms.csv (built in)");
    if (!csv) return pairs;
    int term = -1, replacement = -1;
    for (std::size_t i = 0; i < csv->header.size(); ++i) {
        if (csv->header[i] == "term") term = static_cast<int>(i);
        if (csv->header[i] == "replacement") replacement = static_cast<int>(i);
    }
    if (term < 0 || replacement < 0) return pairs;
    for (const CsvRecord& r : csv->records)
        if (static_cast<std::size_t>(std::max(term, replacement)) < r.fields.size())
            pairs.emplace_back(r.fields[static_cast<std::size_t>(term)],
                               r.fields[static_cast<std::size_t>(replacement)]);
    return pairs;
}

}  // namespace

std::string problem_text(const std::string& file, const SheetProblem& p, Language language) {
    const bool en = language == Language::English;
    std::string where = file;
    if (!p.sheet.empty()) where += (where.empty() ? "" : ", ") + std::string(en ? "sheet '" : "blad '") + p.sheet + "'";
    return (where.empty() ? "" : where + ": ") + (en ? p.en : p.nl);
}

HsdsLoad load_workbooks(const std::vector<std::filesystem::path>& files, Language language) {
    const bool en = language == Language::English;
    HsdsLoad out;
    std::vector<WorkbookRows> books;
    std::string title;
    // The workbooks' sheets "Zoekwoorden", united; when none has one, the built-in list.
    bool own_synonyms = false;
    SynonymPairs synonyms;
    for (const auto& file : files) {
        const std::string name = file.string();
        title += (title.empty() ? "" : ", ") + file.filename().string();
        WorkbookRefusal why;
        auto sheets = read_workbook(file, {}, why);
        if (!sheets) {
            std::string text = en ? why.en : why.nl;
            if (text.empty())
                text = en ? "cannot be read: " + sheets.error()
                          : "dit bestand kunnen we niet lezen (" + sheets.error() + ").";
            const std::string short_name = file.filename().string() + ": ";
            if (text.starts_with(short_name)) text.erase(0, short_name.size());
            out.errors.push_back(text.starts_with(name) ? text : name + ": " + text);
            continue;
        }
        SheetRead read = read_service_rows(*sheets);
        for (const SheetProblem& p : read.problems) out.errors.push_back(problem_text(name, p, language));
        SynonymRead words = read_synonym_rows(*sheets);
        for (const SheetProblem& p : words.problems) out.errors.push_back(problem_text(name, p, language));
        own_synonyms = own_synonyms || words.present;
        add_synonyms(synonyms, words.pairs);
        // What the export said this workbook does not carry is still missing: say it again.
        for (const auto& [lost_nl, lost_en] : read_not_carried_rows(*sheets))
            out.warnings.push_back(name + (en ? ": the workbook does not carry everything of the catalogue it came "
                                                "from (sheet '" +
                                                    std::string(kNotCarriedSheet) + "'): " + lost_en
                                              : ": deze lijst heeft niet alles uit de catalogus waar hij vandaan kwam "
                                                "(blad '" +
                                                    std::string(kNotCarriedSheet) + "'): " + lost_nl));
        books.push_back({name, std::move(read)});
    }
    SheetImport imported = rows_to_hsds(books);
    for (const WorkbookProblem& p : imported.problems) out.errors.push_back(problem_text(p.file, p.problem, language));
    for (const WorkbookProblem& p : imported.warnings)
        out.warnings.push_back(problem_text(p.file, p.problem, language));
    if (!out.errors.empty()) return out;

    // The catalogue's own rules, as for an HSDS folder: a last net under the sheet's own checks.
    HsdsLoad checked =
        validate_hsds(std::move(imported.tables), own_synonyms ? std::move(synonyms) : builtin_synonyms());
    checked.package.synonyms_from_source = own_synonyms;
    for (std::string& e : checked.errors)
        out.errors.push_back(en ? "the rows break a catalogue rule: " + e
                                : "de rijen breken een regel van de catalogus: " + e);
    for (std::string& w : checked.warnings) out.warnings.push_back(std::move(w));
    out.notes = std::move(checked.notes);  // worded by the caller, in the workbook's language
    out.package = std::move(checked.package);
    out.package.metadata.title = title;
    return out;
}

void enable_workbook_sources() { set_workbook_loader(&load_workbooks); }

}  // namespace ww::sheet
