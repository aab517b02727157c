#include "core/sheet/csv_reader.h"

#include "core/csv.h"
#include "core/sheet/zip_xml.h"

#include <iconv.h>

#include <cerrno>
#include <fstream>

namespace ww::sheet {

namespace {

using detail::refuse;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// iconv from `from` to UTF-8; a byte sequence it cannot convert becomes U+FFFD.
std::string convert(std::string_view in, const char* from, std::size_t unit) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::string(in);
    std::string out;
    char buffer[4096];
    char* src = const_cast<char*>(in.data());
    std::size_t left = in.size();
    while (left > 0) {
        char* dst = buffer;
        std::size_t room = sizeof buffer;
        std::size_t r = iconv(cd, &src, &left, &dst, &room);
        out.append(buffer, static_cast<std::size_t>(dst - buffer));
        if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
            out += "\xEF\xBF\xBD";
            const std::size_t skip = std::min(unit, left);
            src += skip;
            left -= skip;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    return out;
}

// Excel reads digits without a leading zero as a number: such a field is a Number cell.
bool excel_number(const std::string& s) {
    std::size_t i = s[0] == '-' ? 1 : 0, digits = 0, separators = 0;
    if (i >= s.size() || s.size() > 16) return false;
    if (s[i] == '0' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') return false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') ++digits;
        else if ((s[i] == '.' || s[i] == ',') && ++separators == 1 && digits) continue;
        else return false;
    }
    return digits > 0 && s.back() != '.' && s.back() != ',';
}

// The separator: Excel's "sep=X" line, else the most frequent of ; , tab on the first line.
char separator(std::string_view& text) {
    // Only a one-byte separator other than a quote or a line end: a byte inside a UTF-8 letter
    // would cut letters in half (found by fuzz_sheet_csv).
    const bool usable = text.size() >= 5 && ((text[4] >= 0x20 && text[4] < 0x7F) || text[4] == '\t') && text[4] != '"';
    if (starts_with(text, "sep=") && usable) {
        const char sep = text[4];
        std::size_t eol = text.find('\n');
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        return sep;
    }
    std::size_t semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted) semicolons += c == ';', commas += c == ',', tabs += c == '\t';
    }
    if (tabs > semicolons && tabs > commas) return '\t';
    if (commas > semicolons) return ',';
    return ';';
}

}  // namespace

std::string csv_text_as_utf8(std::string_view bytes) {
    if (starts_with(bytes, "\xEF\xBB\xBF")) return std::string(bytes.substr(3));
    if (starts_with(bytes, "\xFF\xFE")) return convert(bytes.substr(2), "UTF-16LE", 2);
    if (starts_with(bytes, "\xFE\xFF")) return convert(bytes.substr(2), "UTF-16BE", 2);
    if (find_invalid_utf8(bytes) == std::string_view::npos) return std::string(bytes);
    return convert(bytes, "WINDOWS-1252", 1);
}

Result<WorkbookSheet> parse_csv_sheet(std::string_view bytes, const std::string& sheet_name,
                                      const WorkbookLimits& limits, WorkbookRefusal& why) {
    const std::string utf8 = csv_text_as_utf8(bytes);
    // Only a file that says it is UTF-8 (a byte order mark) can still hold other bytes here.
    if (std::size_t bad = find_invalid_utf8(utf8); bad != std::string::npos)
        return refuse(why,
                      "starts with a UTF-8 byte order mark but is not UTF-8 (byte " + std::to_string(bad + 4) + ")",
                      "Het bestand is half UTF-8 en half iets anders. Sla het blad opnieuw op als 'CSV UTF-8'.");
    std::string_view text = utf8;
    const char sep = separator(text);

    WorkbookSheet sheet;
    sheet.name = sheet_name;
    std::vector<WorkbookCell> row;
    std::string field;
    std::size_t line = 1, row_line = 1, rows_seen = 0, filled = 0;
    bool quoted = false, was_quoted = false;

    auto end_field = [&] {
        WorkbookCell cell;
        if (!field.empty()) {
            cell.kind = !was_quoted && excel_number(field) ? WorkbookCell::Kind::Number : WorkbookCell::Kind::Text;
            cell.text = std::move(field);
        }
        row.push_back(std::move(cell));
        field.clear();
        was_quoted = false;
    };
    // Returns false when a limit is crossed (why is set).
    auto end_row = [&]() -> bool {
        end_field();
        while (!row.empty() && row.back().kind == WorkbookCell::Kind::Empty) row.pop_back();
        ++rows_seen;
        if (row.empty()) return true;  // empty rows only count, until a filled one comes
        if (rows_seen > limits.max_rows) {
            auto r = detail::too_many_rows(sheet.name, limits.max_rows);
            refuse(why, r.en, r.nl);
            return false;
        }
        if (row.size() > limits.max_columns) {
            auto r = detail::too_many_columns(sheet.name, limits.max_columns);
            refuse(why, r.en, r.nl);
            return false;
        }
        if ((filled += row.size()) > limits.max_cells) {
            auto r = detail::too_many_cells(sheet.name, limits.max_cells);
            refuse(why, r.en, r.nl);
            return false;
        }
        sheet.rows.resize(rows_seen - 1);
        sheet.rows.push_back(std::move(row));
        row.clear();
        return true;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c, line += c == '\n';
            continue;
        }
        if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == sep) {
            end_field();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            ++line;
            if (!end_row()) return Error{why.en};
            row_line = line;
        } else {
            field += c;  // a quote inside an unquoted field is kept, as Excel does
        }
    }
    if (quoted)
        return refuse(why, "has a quote (\") that is never closed, starting on line " + std::to_string(row_line),
                      "In regel " + std::to_string(row_line) +
                          " staat een aanhalingsteken (\") dat niet wordt gesloten. Zet het tweede teken erbij of haal "
                          "het eerste weg.");
    if (!field.empty() || !row.empty() || was_quoted)
        if (!end_row()) return Error{why.en};
    return sheet;
}

Result<std::vector<WorkbookSheet>> read_csv_sheet(const std::filesystem::path& path, const WorkbookLimits& limits) {
    WorkbookRefusal why;
    return read_csv_sheet(path, limits, why);
}

Result<std::vector<WorkbookSheet>> read_csv_sheet(const std::filesystem::path& path, const WorkbookLimits& limits,
                                                  WorkbookRefusal& why) {
    const std::string file = path.string(), name = path.filename().string();
    auto fail = [&](const char* joint) {
        why.en = file + joint + why.en;
        why.nl = name + ": " + why.nl;
        return Error{why.en};
    };
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        refuse(why, "cannot be opened", "Het bestand is er niet of kan niet open.");
        return fail(" ");
    }
    std::string bytes;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > limits.max_part_bytes) {
            refuse(why,
                   "is larger than " + std::to_string(limits.max_part_bytes >> 20) + " MB; this is not a normal sheet",
                   "Het bestand is groter dan " + std::to_string(limits.max_part_bytes >> 20) +
                       " MB. Dat is geen gewone lijst met diensten.");
            return fail(" ");
        }
    }
    auto sheet = parse_csv_sheet(bytes, path.stem().string(), limits, why);
    if (!sheet) return fail(": ");
    std::vector<WorkbookSheet> out;
    out.push_back(std::move(*sheet));
    return out;
}

}  // namespace ww::sheet
