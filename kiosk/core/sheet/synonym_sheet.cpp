#include "core/sheet/synonym_sheet.h"

#include <optional>
#include <set>

#include "core/text.h"
#include "core/value_rules.h"

namespace ww::sheet {

namespace {

class SynonymChecker {
public:
    explicit SynonymChecker(const WorkbookSheet& sheet) : sheet_(sheet) { read_.present = true; }

    SynonymRead run() {
        for (const std::string& range : sheet_.merged)
            add(0, "", "De cellen " + range + " zijn samengevoegd. Maak ze weer los, met in elke cel een eigen waarde.",
                "The cells " + range + " are merged. Unmerge them and give each cell its own value.");
        if (sheet_.rows.empty()) return std::move(read_);  // an empty sheet: no synonyms
        if (!map_headers()) return std::move(read_);
        std::size_t last = sheet_.rows.size();
        while (last > 1 && row_is_empty(last - 1)) --last;
        for (std::size_t r = 1; r < last; ++r) {
            if (row_is_empty(r)) {
                add(r + 1, "", "deze rij is leeg. Haal lege rijen tussen de zoekwoorden weg.",
                    "this row is empty. Remove empty rows between the search words.");
                continue;
            }
            read_row(r);
        }
        return std::move(read_);
    }

private:
    void add(std::size_t row, std::string column, const std::string& nl, const std::string& en) {
        std::string where_nl, where_en;
        if (row) where_nl = "Rij " + std::to_string(row), where_en = "Row " + std::to_string(row);
        if (!column.empty()) {
            where_nl += (where_nl.empty() ? "Kolom '" : ", kolom '") + column + "'";
            where_en += (where_en.empty() ? "Column '" : ", column '") + column + "'";
        }
        if (!where_nl.empty()) where_nl += ": ", where_en += ": ";
        read_.problems.push_back({sheet_.name, row, std::move(column), where_nl + nl, where_en + en});
    }

    bool row_is_empty(std::size_t r) const {
        for (const WorkbookCell& c : sheet_.rows[r])
            if (c.formula || !trim(c.text).empty()) return false;
        return true;
    }

    bool map_headers() {
        const auto& header = sheet_.rows[0];
        for (std::size_t c = 0; c < header.size(); ++c) {
            const std::string text = trim(header[c].text);
            if (text.empty()) continue;
            std::optional<std::size_t>* slot = nullptr;
            if (ascii_lower(text) == ascii_lower(kSynonymTermHeader)) slot = &term_;
            else if (ascii_lower(text) == ascii_lower(kSynonymReplacementHeader)) slot = &replacement_;
            if (!slot) {
                add(1, text,
                    std::string("deze kolom kennen we niet. Dit blad heeft alleen de kolommen '") + kSynonymTermHeader +
                        "' en '" + kSynonymReplacementHeader + "'.",
                    std::string("this column is unknown. This sheet has only the columns '") + kSynonymTermHeader +
                        "' and '" + kSynonymReplacementHeader + "'.");
                continue;
            }
            if (*slot) {
                add(1, text, "deze kolom staat er twee keer. Haal er een weg.",
                    "this column appears twice. Remove one.");
                continue;
            }
            *slot = c;
        }
        bool ok = true;
        for (auto [found, name] : {std::pair{term_.has_value(), kSynonymTermHeader},
                                   std::pair{replacement_.has_value(), kSynonymReplacementHeader}}) {
            if (found) continue;
            add(1, name, "deze kolom ontbreekt. Zet hem terug, met deze naam bovenaan.",
                "this column is missing. Put it back, with this name at the top.");
            ok = false;
        }
        return ok;
    }

    // One cell's word, lower-case; nullopt (with the problem added) when it cannot be used.
    std::optional<std::string> word(std::size_t r, std::size_t c, const char* header) {
        const auto& cells = sheet_.rows[r];
        const WorkbookCell empty;
        const WorkbookCell& cell = c < cells.size() ? cells[c] : empty;
        if (cell.formula) {
            add(r + 1, header, "hier staat een formule. Typ het woord zelf in.",
                "this cell holds a formula. Type the word itself.");
            return std::nullopt;
        }
        if (cell.kind == WorkbookCell::Kind::Error) {
            add(r + 1, header, "hier staat een fout (" + cell.text + "). Typ het juiste woord in.",
                "this cell holds an error (" + cell.text + "). Type the right word.");
            return std::nullopt;
        }
        std::string value = ascii_lower(trim(cell.text));
        if (value.empty()) {
            add(r + 1, header, "hier staat geen woord. Vul beide kolommen in, of haal de rij weg.",
                "this cell is empty. Fill in both columns, or remove the row.");
            return std::nullopt;
        }
        static const FieldRule rule = *field_rule("synonyms", "term");
        if (auto problem = check_field(rule, value)) {
            add(r + 1, header, "dit woord kunnen we niet gebruiken (" + *problem + "). Typ een kort, gewoon woord.",
                "this word cannot be used: " + *problem + ". Type a short, plain word.");
            return std::nullopt;
        }
        return value;
    }

    void read_row(std::size_t r) {
        auto term = word(r, *term_, kSynonymTermHeader);
        auto replacement = word(r, *replacement_, kSynonymReplacementHeader);
        if (!term || !replacement) return;
        if (seen_.emplace(*term, *replacement).second)
            read_.pairs.emplace_back(std::move(*term), std::move(*replacement));
    }

    const WorkbookSheet& sheet_;
    std::optional<std::size_t> term_, replacement_;
    std::set<std::pair<std::string, std::string>> seen_;
    SynonymRead read_;
};

}  // namespace

void add_synonyms(SynonymPairs& into, const SynonymPairs& more) {
    std::set<std::pair<std::string, std::string>> seen(into.begin(), into.end());
    for (const auto& pair : more)
        if (seen.insert(pair).second) into.push_back(pair);
}

SynonymRead read_synonym_rows(const std::vector<WorkbookSheet>& sheets) {
    if (sheets.size() < 2) return {};
    for (const WorkbookSheet& s : sheets)
        if (ascii_lower(trim(s.name)) == ascii_lower(kSynonymSheet)) return SynonymChecker(s).run();
    return {};
}

}  // namespace ww::sheet
