#include "core/sheet/xlsx_reader.h"

#include "core/text.h"

#include <expat.h>
#include <zip.h>

#include <fstream>
#include <functional>
#include <map>
#include <memory>

namespace ww::sheet {

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// The element's name without a namespace prefix ("x:c" -> "c").
std::string_view local(const char* name) {
    std::string_view n(name);
    auto colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const char* attribute(const char** atts, std::string_view name) {
    for (int i = 0; atts[i]; i += 2)
        if (std::string_view(atts[i]) == name || local(atts[i]) == name) return atts[i + 1];
    return nullptr;
}

// The relationship id of a <sheet>: r:id, with whatever prefix the producer chose.
const char* relationship_id(const char** atts) {
    for (int i = 0; atts[i]; i += 2) {
        std::string_view n(atts[i]);
        if (n.size() > 3 && n.substr(n.size() - 3) == ":id") return atts[i + 1];
    }
    return nullptr;
}

struct XmlHandlers {
    std::function<void(std::string_view, const char**)> start;
    std::function<void(std::string_view)> end;
    std::function<void(std::string_view)> text;
    std::string error;  // set by a handler to stop the parse
};

Status parse_xml(const std::string& xml, XmlHandlers& h, const std::string& part) {
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (!p) return Error{"out of memory parsing " + part};
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> guard(p, &XML_ParserFree);
    XML_SetUserData(p, &h);
    XML_SetElementHandler(
        p,
        [](void* u, const XML_Char* name, const XML_Char** atts) {
            auto* h = static_cast<XmlHandlers*>(u);
            if (h->start) h->start(local(name), atts);
        },
        [](void* u, const XML_Char* name) {
            auto* h = static_cast<XmlHandlers*>(u);
            if (h->end) h->end(local(name));
        });
    XML_SetCharacterDataHandler(p, [](void* u, const XML_Char* s, int len) {
        auto* h = static_cast<XmlHandlers*>(u);
        if (h->text) h->text(std::string_view(s, static_cast<std::size_t>(len)));
    });
    // A workbook never needs a DTD: any entity declaration is refused outright.
    XML_SetEntityDeclHandler(p, [](void* u, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                   const XML_Char*, const XML_Char*, const XML_Char*) {
        static_cast<XmlHandlers*>(u)->error = "declares XML entities, which a workbook never does";
    });
    // Parse in pieces so a handler's error stops the parse early.
    constexpr std::size_t kChunk = 1 << 16;
    for (std::size_t at = 0;; at += kChunk) {
        std::size_t n = at < xml.size() ? std::min(kChunk, xml.size() - at) : 0;
        bool last = at + n >= xml.size();
        if (XML_Parse(p, xml.data() + at, static_cast<int>(n), last) != XML_STATUS_OK && h.error.empty())
            return Error{part + " is not valid XML: " + XML_ErrorString(XML_GetErrorCode(p)) + " at line " +
                         std::to_string(XML_GetCurrentLineNumber(p))};
        if (!h.error.empty()) return Error{part + " " + h.error};
        if (last) break;
    }
    return success();
}

// One part of the zip, read with a limit (the size in the zip's directory may lie).
Result<std::string> read_part(zip_t* z, const std::string& name, std::size_t limit) {
    zip_file_t* f = zip_fopen(z, name.c_str(), 0);
    if (!f) return Error{"the workbook has no " + name};
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> guard(f, &zip_fclose);
    std::string out;
    char buffer[1 << 16];
    for (;;) {
        zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
        if (n < 0) return Error{"cannot read " + name + " from the workbook: " + zip_error_strerror(zip_file_get_error(f))};
        if (n == 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > limit)
            return Error{name + " unpacks to more than " + std::to_string(limit >> 20) + " MB; this is not a normal workbook"};
    }
    return out;
}

// Why a file that is not a zip cannot be read, from its first bytes.
std::string not_a_zip(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0)
        return "is protected with a password (or an old .xls file); save it in Excel without a password as .xlsx";
    const std::string lower = ascii_lower(head);
    if (lower.find("<html") != std::string::npos || lower.find("<!doctype") != std::string::npos ||
        lower.find("<table") != std::string::npos)
        return "is a web page (HTML), not a workbook; open it in Excel and save it as .xlsx";
    return "is not an .xlsx workbook (not a zip file)";
}

std::string resolve_target(const std::string& target) {
    if (target.rfind("/", 0) == 0) return target.substr(1);
    if (target.rfind("xl/", 0) == 0) return target;
    return "xl/" + target;
}

Result<std::vector<std::string>> shared_strings(zip_t* z, const WorkbookLimits& limits) {
    std::vector<std::string> strings;
    if (zip_name_locate(z, "xl/sharedStrings.xml", 0) < 0) return strings;
    auto xml = read_part(z, "xl/sharedStrings.xml", limits.max_part_bytes);
    if (!xml) return Error{xml.error()};
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
    if (auto st = parse_xml(*xml, h, "xl/sharedStrings.xml"); !st) return Error{st.error()};
    return strings;
}

Status read_cells(zip_t* z, const std::string& part, const std::vector<std::string>& strings,
                  const WorkbookLimits& limits, WorkbookSheet& sheet) {
    auto xml = read_part(z, part, limits.max_part_bytes);
    if (!xml) return Error{xml.error()};
    XmlHandlers h;
    std::size_t row = 0, next_column = 0;
    std::string type, value, inline_text;
    bool in_cell = false, in_v = false, in_t = false, has_formula = false;
    std::size_t column = 0;
    h.start = [&](std::string_view n, const char** atts) {
        if (n == "row") {
            const char* r = attribute(atts, "r");
            row = r ? static_cast<std::size_t>(std::strtoull(r, nullptr, 10)) : row + 1;
            next_column = 0;
            if (row == 0 || row > limits.max_rows)
                h.error = "has more than " + std::to_string(limits.max_rows) + " rows";
        } else if (n == "c") {
            in_cell = true;
            has_formula = false;
            value.clear();
            inline_text.clear();
            const char* t = attribute(atts, "t");
            type = t ? t : "n";
            const char* r = attribute(atts, "r");
            std::size_t ref_row = row;
            if (r && !parse_cell_ref(r, column, ref_row)) h.error = std::string("has a bad cell reference ") + r;
            if (!r) column = next_column;
            if (row == 0) row = ref_row;
            next_column = column + 1;
            if (column >= limits.max_columns)
                h.error = "has more than " + std::to_string(limits.max_columns) + " columns";
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
                    h.error = "refers to a shared string that is not there";
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
            if (sheet.rows.size() < row) sheet.rows.resize(row);
            auto& cells = sheet.rows[row - 1];
            if (cells.size() <= column) cells.resize(column + 1);
            cells[column] = std::move(cell);
        }
    };
    return parse_xml(*xml, h, part);
}

}  // namespace

bool parse_cell_ref(const std::string& ref, std::size_t& column, std::size_t& row) {
    std::size_t i = 0, col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
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
    std::string file = path.string();
    int code = 0;
    Zip z(zip_open(file.c_str(), ZIP_RDONLY, &code));
    if (!z) {
        if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN) return Error{"cannot open " + file};
        if (code == ZIP_ER_NOZIP) return Error{file + " " + not_a_zip(path)};
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        std::string message = zip_error_strerror(&e);
        zip_error_fini(&e);
        return Error{file + " is not a readable workbook: " + message};
    }
    auto fail = [&](const std::string& message) { return Error{file + ": " + message}; };

    auto rels_xml = read_part(z.get(), "xl/_rels/workbook.xml.rels", limits.max_part_bytes);
    if (!rels_xml) return fail(rels_xml.error());
    std::map<std::string, std::string> targets;
    XmlHandlers rels;
    rels.start = [&](std::string_view n, const char** atts) {
        if (n != "Relationship") return;
        const char* id = attribute(atts, "Id");
        const char* target = attribute(atts, "Target");
        if (id && target) targets[id] = resolve_target(target);
    };
    if (auto st = parse_xml(*rels_xml, rels, "xl/_rels/workbook.xml.rels"); !st) return fail(st.error());

    auto wb_xml = read_part(z.get(), "xl/workbook.xml", limits.max_part_bytes);
    if (!wb_xml) return fail(wb_xml.error());
    std::vector<std::pair<WorkbookSheet, std::string>> sheets;  // with their part
    XmlHandlers wb;
    wb.start = [&](std::string_view n, const char** atts) {
        if (n == "fileSharing" || n == "workbookProtection") return;
        if (n != "sheet") return;
        WorkbookSheet s;
        const char* name = attribute(atts, "name");
        const char* state = attribute(atts, "state");
        const char* rid = relationship_id(atts);
        s.name = name ? name : "";
        s.hidden = state && std::string_view(state) != "visible";
        auto it = rid ? targets.find(rid) : targets.end();
        if (it == targets.end()) {
            wb.error = "names sheet '" + s.name + "' without its part";
            return;
        }
        sheets.emplace_back(std::move(s), it->second);
    };
    if (auto st = parse_xml(*wb_xml, wb, "xl/workbook.xml"); !st) return fail(st.error());

    auto strings = shared_strings(z.get(), limits);
    if (!strings) return fail(strings.error());
    std::vector<WorkbookSheet> out;
    for (auto& [sheet, part] : sheets) {
        if (auto st = read_cells(z.get(), part, *strings, limits, sheet); !st)
            return fail("sheet '" + sheet.name + "': " + st.error());
        out.push_back(std::move(sheet));
    }
    return out;
}

}  // namespace ww::sheet
