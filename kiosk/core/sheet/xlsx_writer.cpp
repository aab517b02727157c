#include "core/sheet/xlsx_writer.h"

#include <xlsxwriter.h>

#include <memory>
#include <span>
#include <string>

#include "core/sheet/synonym_sheet.h"

namespace ww::sheet {

namespace {

struct WorkbookCloser {
    void operator()(lxw_workbook* wb) const {
        if (wb) workbook_close(wb);
    }
};

constexpr lxw_row_t kLastRow = 1048575;  // Excel's last row: dropdowns also cover rows staff add

Status check(lxw_error e, const std::string& what) {
    if (e == LXW_NO_ERROR) return success();
    return Error{what + ": " + lxw_strerror(e)};
}

Status write_services(lxw_workbook* wb, lxw_worksheet* ws, const std::vector<SheetRow>& rows) {
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format* text = workbook_add_format(wb);
    format_set_num_format_index(text, 49);  // "@", Excel's "Tekst": a phone number or postcode keeps its 0
    lxw_format* wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    auto cols = columns();
    for (lxw_col_t c = 0; c < cols.size(); ++c) {
        const ColumnInfo& info = cols[c];
        lxw_row_col_options options{};
        options.hidden = info.hidden ? 1 : 0;
        if (auto st = check(worksheet_set_column_opt(ws, c, c, info.width, info.text ? text : nullptr, &options),
                            "cannot set up column " + std::string(info.header));
            !st)
            return st;
        if (auto st = check(worksheet_write_string(ws, 0, c, std::string(info.header).c_str(), header),
                            "cannot write the header");
            !st)
            return st;
    }
    worksheet_freeze_panes(ws, 1, 0);

    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (lxw_col_t c = 0; c < cols.size(); ++c) {
            const std::string& value = rows[r].cells[c];
            if (value.empty()) continue;
            // Every cell is written as a string: Excel shows "0591 - 12 34 56" and "7814 AL" as typed.
            lxw_format* format = cols[c].text ? text : (cols[c].width >= 36 ? wrap : nullptr);
            if (auto st = check(worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), c, value.c_str(), format),
                                "cannot write row " + std::to_string(r + 2));
                !st)
                return st;
        }
    }

    // Dropdowns on the fixed-choice columns, for the rows there are and the rows staff add.
    for (lxw_col_t c = 0; c < cols.size(); ++c) {
        std::vector<std::string> choices = column_choices(static_cast<Column>(c));
        if (choices.empty()) continue;
        std::vector<char*> list;  // libxlsxwriter takes char**; it only reads the words
        for (std::string& s : choices) list.push_back(s.data());
        list.push_back(nullptr);
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = list.data();
        v.ignore_blank = LXW_VALIDATION_ON;
        v.show_error = LXW_VALIDATION_ON;
        v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        std::string title = "Kies uit de lijst";
        std::string message = "Kies een van de woorden uit de lijst in deze kolom.";
        v.error_title = title.data();
        v.error_message = message.data();
        if (auto st = check(worksheet_data_validation_range(ws, 1, c, kLastRow, c, &v),
                            "cannot add the list of choices to column " + std::string(cols[c].header));
            !st)
            return st;
    }
    lxw_row_t last = static_cast<lxw_row_t>(rows.size());
    return check(worksheet_autofilter(ws, 0, 0, last, static_cast<lxw_col_t>(cols.size() - 1)),
                 "cannot add the filter");
}

using SynonymList = std::vector<std::pair<std::string, std::string>>;

// The sheet "Zoekwoorden": the two columns of db/synonyms.csv, as text (a word like "112" stays one).
Status write_synonyms(lxw_workbook* wb, lxw_worksheet* ws, const SynonymList& synonyms) {
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* text = workbook_add_format(wb);
    format_set_num_format_index(text, 49);
    worksheet_set_column(ws, 0, 1, 28, text);
    const char* heads[] = {kSynonymTermHeader, kSynonymReplacementHeader};
    for (lxw_col_t c = 0; c < 2; ++c)
        if (auto st = check(worksheet_write_string(ws, 0, c, heads[c], header), "cannot write the search words"); !st)
            return st;
    worksheet_freeze_panes(ws, 1, 0);
    for (std::size_t i = 0; i < synonyms.size(); ++i) {
        auto r = static_cast<lxw_row_t>(i + 1);
        for (auto [c, value] :
             {std::pair<lxw_col_t, const std::string*>{0, &synonyms[i].first}, {1, &synonyms[i].second}})
            if (auto st = check(worksheet_write_string(ws, r, c, value->c_str(), text),
                                "cannot write search word row " + std::to_string(r + 1));
                !st)
                return st;
    }
    return success();
}

// The sheet "Niet meegenomen": what the catalogue has that this workbook does not carry, one
// sentence per kind in Dutch and English; `kioskctl build` repeats them as warnings.
Status write_not_carried(lxw_workbook* wb, lxw_worksheet* ws, const std::vector<NotCarried>& lost) {
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xFCE4D6);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    worksheet_set_column(ws, 0, 1, 70, wrap);
    const char* heads[] = {kNotCarriedHeaderNl, kNotCarriedHeaderEn};
    for (lxw_col_t c = 0; c < 2; ++c)
        if (auto st = check(worksheet_write_string(ws, 0, c, heads[c], header), "cannot write what is lost"); !st)
            return st;
    worksheet_freeze_panes(ws, 1, 0);
    for (std::size_t i = 0; i < lost.size(); ++i) {
        auto r = static_cast<lxw_row_t>(i + 1);
        for (auto [c, value] : {std::pair<lxw_col_t, const std::string*>{0, &lost[i].nl}, {1, &lost[i].en}})
            if (auto st = check(worksheet_write_string(ws, r, c, value->c_str(), wrap), "cannot write what is lost");
                !st)
                return st;
    }
    return success();
}

Status write_explanation(lxw_workbook* wb, lxw_worksheet* ws, bool with_synonyms, bool with_lost) {
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    lxw_format* wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    worksheet_set_column(ws, 0, 0, 24, wrap);
    worksheet_set_column(ws, 1, 1, 60, wrap);
    worksheet_set_column(ws, 2, 2, 40, wrap);
    const char* heads[] = {"Kolom", "Wat vult u in?", "Voorbeeld"};
    for (lxw_col_t c = 0; c < 3; ++c)
        if (auto st = check(worksheet_write_string(ws, 0, c, heads[c], header), "cannot write the explanation"); !st)
            return st;
    worksheet_freeze_panes(ws, 1, 0);
    auto cols = columns();
    for (std::size_t i = 0; i < cols.size(); ++i) {
        const ColumnInfo& info = cols[i];
        auto r = static_cast<lxw_row_t>(i + 1);
        std::string explanation(info.explanation);
        std::vector<std::string> choices = column_choices(static_cast<Column>(i));
        if (!choices.empty()) {
            explanation += " Keuzes: ";
            for (std::size_t k = 0; k < choices.size(); ++k) explanation += (k ? ", " : "") + choices[k];
            explanation += ".";
        }
        for (auto [c, value] : {std::pair<lxw_col_t, std::string>{0, std::string(info.header)},
                                {1, explanation},
                                {2, std::string(info.example)}})
            if (auto st =
                    check(worksheet_write_string(ws, r, c, value.c_str(), nullptr), "cannot write the explanation");
                !st)
                return st;
    }
    // How the rows work, under the list of columns.
    const char* notes[] = {
        "Elke rij is één hulp op één plek. Is een hulp op twee plekken? Dan staat de hulp op twee rijen.",
        "Verander een hulp op elke rij waar die staat.",
        "Sommige kolommen zijn verborgen. Die zijn nodig om de lijst weer in te lezen. Laat ze staan.",
        ("Nieuwe hulp? Typ een nieuwe rij onderaan. Kopieer geen rij: dan krijgt de nieuwe rij de verborgen nummers "
         "van de oude."),
        "Staat dezelfde nieuwe hulp op twee plekken? Typ twee rijen met dezelfde Naam en Organisatie.",
        "Hulp die er niet meer is? Haal al haar rijen weg.",
        "Zonder verborgen kolommen weten we niet precies waar een nieuwe plek ligt. We nemen dan het midden van de plaats.",
    };
    auto r = static_cast<lxw_row_t>(cols.size() + 2);
    for (const char* note : notes)
        if (auto st = check(worksheet_write_string(ws, r++, 1, note, wrap), "cannot write the explanation"); !st)
            return st;
    auto paragraph = [&](std::span<const char* const> lines) -> Status {
        ++r;
        for (const char* line : lines)
            if (auto st = check(worksheet_write_string(ws, r++, 1, line, wrap), "cannot write the explanation"); !st)
                return st;
        return success();
    };
    if (with_synonyms)
        if (auto st = paragraph(kSynonymNotes); !st) return st;
    if (with_lost)
        if (auto st = paragraph(kNotCarriedNotes); !st) return st;
    return success();
}

}  // namespace

Status write_workbook(const std::filesystem::path& path, const std::vector<SheetRow>& rows, const SynonymList* synonyms,
                      const std::vector<NotCarried>* lost) {
    // Written next to the target and renamed at the end: a failed export leaves the old file as it was.
    std::string file = path.string();
    std::filesystem::path partial = path;
    partial += ".partial";
    std::string partial_file = partial.string();
    auto fail = [&](const std::string& message) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        return Status(Error{message});
    };
    std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new(partial_file.c_str()));
    if (!wb) return fail("cannot create " + file);
    lxw_worksheet* services = workbook_add_worksheet(wb.get(), kServicesSheet);
    lxw_worksheet* explanation = workbook_add_worksheet(wb.get(), kExplanationSheet);
    lxw_worksheet* words = synonyms ? workbook_add_worksheet(wb.get(), kSynonymSheet) : nullptr;
    const bool with_lost = lost && !lost->empty();
    lxw_worksheet* lost_sheet = with_lost ? workbook_add_worksheet(wb.get(), kNotCarriedSheet) : nullptr;
    if (!services || !explanation || (synonyms && !words) || (with_lost && !lost_sheet))
        return fail("cannot add the sheets to " + file);
    Status written = write_services(wb.get(), services, rows);
    if (written) written = write_explanation(wb.get(), explanation, synonyms != nullptr, with_lost);
    if (written && synonyms) written = write_synonyms(wb.get(), words, *synonyms);
    if (written && with_lost) written = write_not_carried(wb.get(), lost_sheet, *lost);
    lxw_error e = workbook_close(wb.release());
    if (!written) return fail(file + ": " + written.error());
    if (e != LXW_NO_ERROR) return fail("cannot write " + file + ": " + lxw_strerror(e));
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) return fail("cannot write " + file + ": " + ec.message());
    return success();
}

}  // namespace ww::sheet
