#include "core/sheet/xlsx_reader.h"

#include "core/sheet/zip_xml.h"

#include <map>

namespace ww::sheet {

namespace {

using namespace detail;

// The relationship id of a <sheet>: r:id, with whatever prefix the producer chose.
const char* relationship_id(const char** atts) {
    for (int i = 0; atts[i]; i += 2) {
        std::string_view n(atts[i]);
        if (n.size() > 3 && n.substr(n.size() - 3) == ":id") return atts[i + 1];
    }
    return nullptr;
}

std::string resolve_target(const std::string& target) {
    if (target.rfind("/", 0) == 0) return target.substr(1);
    if (target.rfind("xl/", 0) == 0) return target;
    return "xl/" + target;
}

Result<std::vector<std::string>> shared_strings(zip_t* z, const WorkbookLimits& limits, WorkbookRefusal& why) {
    std::vector<std::string> strings;
    if (zip_name_locate(z, "xl/sharedStrings.xml", 0) < 0) return strings;
    XmlHandlers h;
    bool in_t = false;
    int phonetic = 0;  // <rPh> holds reading hints, not the cell's text
    h.start = [&](std::string_view n, const char**) {
        if (n == "si") strings.emplace_back();
        else if (n == "rPh") ++phonetic;
        else if (n == "t") in_t = phonetic == 0;
    };
    h.end = [&](std::string_view n) {
        if (n == "t") in_t = false;
        else if (n == "rPh") --phonetic;
    };
    h.text = [&](std::string_view s) {
        if (in_t && !strings.empty()) strings.back() += s;
    };
    if (auto st = parse_part(z, "xl/sharedStrings.xml", limits.max_part_bytes, h, why); !st) return Error{st.error()};
    return strings;
}

Status read_cells(zip_t* z, const std::string& part, const std::vector<std::string>& strings,
                  const WorkbookLimits& limits, WorkbookSheet& sheet, WorkbookRefusal& why) {
    XmlHandlers h;
    std::size_t row = 0, next_column = 0;
    std::string type, value, inline_text;
    bool in_cell = false, in_v = false, in_t = false, has_formula = false;
    std::size_t column = 0, filled = 0, text_bytes = 0;
    h.start = [&](std::string_view n, const char** atts) {
        if (n == "row") {
            const char* r = attribute(atts, "r");
            row = r ? static_cast<std::size_t>(std::strtoull(r, nullptr, 10)) : row + 1;
            next_column = 0;
            // Rows past the limit only count when they hold something (formatting alone is not).
        } else if (n == "c") {
            in_cell = true;
            has_formula = false;
            value.clear();
            inline_text.clear();
            const char* t = attribute(atts, "t");
            type = t ? t : "n";
            const char* r = attribute(atts, "r");
            std::size_t ref_row = row;
            if (r && !parse_cell_ref(r, column, ref_row))
                h.stop(std::string("has a bad cell reference ") + r,
                       "Het blad '" + sheet.name + "' is beschadigd. Sla het opnieuw op in Excel of LibreOffice.");
            if (!r) column = next_column;
            if (row == 0) row = ref_row;
            next_column = column + 1;
            if (column >= limits.max_columns) {
                auto r = too_many_columns(sheet.name, limits.max_columns);
                h.stop(r.en, r.nl);
            }
        } else if (n == "v" && in_cell) {
            in_v = true;
        } else if (n == "t" && in_cell) {
            in_t = true;
        } else if (n == "f" && in_cell) {
            has_formula = true;
        } else if (n == "mergeCell") {
            if (const char* ref = attribute(atts, "ref")) sheet.merged.emplace_back(ref);
        }
    };
    h.text = [&](std::string_view s) {
        if (in_v) value += s;
        else if (in_t) inline_text += s;
    };
    h.end = [&](std::string_view n) {
        if (n == "v") in_v = false;
        else if (n == "t") in_t = false;
        else if (n == "c" && in_cell) {
            in_cell = false;
            WorkbookCell cell;
            cell.formula = has_formula;
            if (type == "s") {
                char* end = nullptr;
                unsigned long long i = std::strtoull(value.c_str(), &end, 10);
                if (value.empty() || *end || i >= strings.size()) {
                    h.stop("refers to a shared string that is not there",
                           "Het blad '" + sheet.name + "' is beschadigd. Sla het opnieuw op in Excel of LibreOffice.");
                    return;
                }
                cell.kind = WorkbookCell::Kind::Text;
                cell.text = strings[i];
            } else if (type == "inlineStr") {
                cell.kind = WorkbookCell::Kind::Text;
                cell.text = inline_text;
            } else if (type == "str") {
                cell.kind = WorkbookCell::Kind::Text;
                cell.text = value;
            } else if (type == "b") {
                cell.kind = WorkbookCell::Kind::Boolean;
                cell.text = value;
            } else if (type == "e") {
                cell.kind = WorkbookCell::Kind::Error;
                cell.text = value;
            } else {
                cell.kind = value.empty() ? WorkbookCell::Kind::Empty : WorkbookCell::Kind::Number;
                cell.text = value;
            }
            if (cell.kind == WorkbookCell::Kind::Empty && !cell.formula) return;
            if (row == 0 || row > limits.max_rows) {
                auto r = too_many_rows(sheet.name, limits.max_rows);
                h.stop(r.en, r.nl);
                return;
            }
            if ((text_bytes += cell.text.size()) > limits.max_part_bytes) {
                auto r = too_much_text(sheet.name, limits.max_part_bytes);
                h.stop(r.en, r.nl);
                return;
            }
            if (++filled > limits.max_cells) {
                auto r = too_many_cells(sheet.name, limits.max_cells);
                h.stop(r.en, r.nl);
                return;
            }
            if (sheet.rows.size() < row) sheet.rows.resize(row);
            auto& cells = sheet.rows[row - 1];
            if (cells.size() <= column) cells.resize(column + 1);
            cells[column] = std::move(cell);
        }
    };
    return parse_part(z, part, limits.max_part_bytes, h, why);
}

}  // namespace

bool parse_cell_ref(const std::string& ref, std::size_t& column, std::size_t& row) {
    std::size_t i = 0, col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3)
        col = col * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
    if (col == 0 || i == ref.size()) return false;
    std::size_t r = 0;
    for (std::size_t j = i; j < ref.size(); ++j) {
        if (ref[j] < '0' || ref[j] > '9' || j - i > 7) return false;
        r = r * 10 + static_cast<std::size_t>(ref[j] - '0');
    }
    if (r == 0) return false;
    column = col - 1;
    row = r;
    return true;
}

Result<std::vector<WorkbookSheet>> read_xlsx(const std::filesystem::path& path, const WorkbookLimits& limits) {
    WorkbookRefusal why;
    return read_xlsx(path, limits, why);
}

Result<std::vector<WorkbookSheet>> read_xlsx(const std::filesystem::path& path, const WorkbookLimits& limits,
                                             WorkbookRefusal& why) {
    const std::string file = path.string();
    const std::string name = path.filename().string();
    auto z = open_zip(path, why);
    if (!z) {
        // "x.xlsx is a web page ...", as the reasons read after the file's name.
        why.en = file + " " + why.en;
        why.nl = name + ": " + why.nl;
        return Error{why.en};
    }
    auto fail = [&](const std::string&) {
        why.en = file + ": " + why.en;
        why.nl = name + ": " + why.nl;
        return Error{why.en};
    };

    std::map<std::string, std::string> targets;
    XmlHandlers rels;
    rels.start = [&](std::string_view n, const char** atts) {
        if (n != "Relationship") return;
        const char* id = attribute(atts, "Id");
        const char* target = attribute(atts, "Target");
        if (id && target) targets[id] = resolve_target(target);
    };
    if (auto st = parse_part(z->get(), "xl/_rels/workbook.xml.rels", limits.max_part_bytes, rels, why); !st)
        return fail(st.error());

    std::vector<std::pair<WorkbookSheet, std::string>> sheets;  // with their part
    XmlHandlers wb;
    wb.start = [&](std::string_view n, const char** atts) {
        if (n != "sheet") return;
        WorkbookSheet s;
        const char* sheet_name = attribute(atts, "name");
        const char* state = attribute(atts, "state");
        const char* rid = relationship_id(atts);
        s.name = sheet_name ? sheet_name : "";
        s.hidden = state && std::string_view(state) != "visible";
        auto it = rid ? targets.find(rid) : targets.end();
        if (it == targets.end()) {
            wb.stop("names sheet '" + s.name + "' without its part",
                    "Het blad '" + s.name + "' ontbreekt in het bestand. Sla het opnieuw op in Excel of LibreOffice.");
            return;
        }
        sheets.emplace_back(std::move(s), it->second);
    };
    if (auto st = parse_part(z->get(), "xl/workbook.xml", limits.max_part_bytes, wb, why); !st) return fail(st.error());

    auto strings = shared_strings(z->get(), limits, why);
    if (!strings) return fail(strings.error());
    std::vector<WorkbookSheet> out;
    for (auto& [sheet, part] : sheets) {
        if (auto st = read_cells(z->get(), part, *strings, limits, sheet, why); !st) {
            why.en = "sheet '" + sheet.name + "': " + why.en;
            return fail(st.error());
        }
        out.push_back(std::move(sheet));
    }
    return out;
}

}  // namespace ww::sheet
