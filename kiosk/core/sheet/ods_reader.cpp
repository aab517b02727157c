#include "core/sheet/ods_reader.h"

#include "core/sheet/zip_xml.h"

#include <cstdlib>
#include <set>

namespace ww::sheet {

namespace {

using namespace detail;

constexpr std::size_t kMaxCellText = 32767;   // Excel's and Calc's own limit for one cell
constexpr std::size_t kMaxRepeat = 1u << 24;  // a repeat count beyond any sheet's size

std::size_t count_attribute(const char** atts, std::string_view name, std::size_t fallback = 1) {
    const char* v = attribute(atts, name);
    if (!v) return fallback;
    unsigned long long n = std::strtoull(v, nullptr, 10);
    return n == 0 ? fallback : static_cast<std::size_t>(std::min<unsigned long long>(n, kMaxRepeat));
}

// True when META-INF/manifest.xml says a part is encrypted (a password was set on saving).
Result<bool> encrypted(zip_t* z, const WorkbookLimits& limits, WorkbookRefusal& why) {
    if (zip_name_locate(z, "META-INF/manifest.xml", 0) < 0) return false;
    bool found = false;
    XmlHandlers h;
    h.start = [&](std::string_view n, const char**) {
        if (n == "encryption-data") found = true;
    };
    if (auto st = parse_part(z, "META-INF/manifest.xml", limits.max_part_bytes, h, why); !st) return Error{st.error()};
    return found;
}

// The cell being read: its attributes and the text of its paragraphs.
struct PendingCell {
    WorkbookCell cell;
    std::string value_type, value, date_value, boolean_value, string_value;
    std::string text;
    std::size_t paragraphs = 0;
    std::size_t repeat = 1, span_columns = 1, span_rows = 1;
};

class ContentReader {
public:
    ContentReader(const WorkbookLimits& limits, std::vector<WorkbookSheet>& sheets)
        : limits_(limits), sheets_(sheets) {}

    void start(std::string_view n, const char** atts) {
        if (annotation_) {  // a comment's text is not the cell's
            if (n == "annotation") ++annotation_;
            return;
        }
        if (n == "table") {
            if (++table_depth_ > 1) return;  // a table inside a cell is not a sheet
            WorkbookSheet s;
            const char* name = attribute(atts, "name");
            const char* style = attribute(atts, "style-name");
            s.name = name ? name : "";
            s.hidden = style && hidden_styles_.count(style);
            sheets_.push_back(std::move(s));
            row_ = 0, filled_ = 0, text_bytes_ = 0;
            return;
        }
        if (table_depth_ == 0) {
            read_style(n, atts);
            return;
        }
        if (table_depth_ > 1) return;
        if (n == "table-row") {
            in_row_ = true;
            row_repeat_ = count_attribute(atts, "number-rows-repeated");
            cells_.clear();
            column_ = 0;
        } else if ((n == "table-cell" || n == "covered-table-cell") && in_row_) {
            in_cell_ = true;
            cell_ = PendingCell{};
            auto get = [&](std::string_view a) {
                const char* v = attribute(atts, a);
                return v ? std::string(v) : std::string();
            };
            // office:value-type; calcext:value-type says the same or more ("error").
            cell_.value_type = get("office:value-type");
            if (cell_.value_type.empty()) cell_.value_type = get("value-type");
            if (const char* ext = attribute(atts, "calcext:value-type"); ext && std::string_view(ext) == "error")
                cell_.value_type = "error";
            cell_.value = get("office:value");
            cell_.date_value = get("office:date-value");
            cell_.boolean_value = get("office:boolean-value");
            cell_.string_value = get("office:string-value");
            cell_.cell.formula = attribute(atts, "formula") != nullptr;
            cell_.repeat = count_attribute(atts, "number-columns-repeated");
            cell_.span_columns = count_attribute(atts, "number-columns-spanned");
            cell_.span_rows = count_attribute(atts, "number-rows-spanned");
        } else if (in_cell_) {
            if (n == "annotation") ++annotation_;
            else if (n == "p" || n == "h") {
                ++paragraph_depth_;
                if (cell_.paragraphs++) add_text("\n");
            } else if (n == "s") {
                add_text(std::string(std::min<std::size_t>(count_attribute(atts, "c"), 1000), ' '));
            } else if (n == "tab") {
                add_text("\t");
            } else if (n == "line-break") {
                add_text("\n");
            }
        }
    }

    void end(std::string_view n) {
        if (annotation_) {
            if (n == "annotation") --annotation_;
            return;
        }
        if (n == "table") {
            --table_depth_;
            return;
        }
        if (table_depth_ != 1) {
            if (table_depth_ == 0 && n == "style") style_.clear();
            return;
        }
        if ((n == "p" || n == "h") && in_cell_ && paragraph_depth_) {
            --paragraph_depth_;
        } else if ((n == "table-cell" || n == "covered-table-cell") && in_cell_) {
            in_cell_ = false;
            paragraph_depth_ = 0;
            end_cell();
        } else if (n == "table-row" && in_row_) {
            in_row_ = false;
            end_row();
        }
    }

    void text(std::string_view s) {
        if (in_cell_ && !annotation_ && paragraph_depth_) add_text(s);
    }

    XmlHandlers* handlers = nullptr;

private:
    WorkbookSheet& sheet() { return sheets_.back(); }

    void stop(const WorkbookRefusal& r) { handlers->stop(r.en, r.nl); }

    // Automatic styles come before the sheets; a table style may say the sheet is hidden.
    void read_style(std::string_view n, const char** atts) {
        if (n == "style") {
            const char* family = attribute(atts, "family");
            const char* name = attribute(atts, "name");
            style_ = family && std::string_view(family) == "table" && name ? name : "";
        } else if (n == "table-properties" && !style_.empty()) {
            const char* display = attribute(atts, "display");
            if (display && std::string_view(display) == "false") hidden_styles_.insert(style_);
        }
    }

    void add_text(std::string_view s) {
        if (cell_.text.size() + s.size() > kMaxCellText) {
            stop({"has a cell with more than " + std::to_string(kMaxCellText) + " characters",
                  "Het blad '" + sheet().name + "' heeft een cel met meer dan " + std::to_string(kMaxCellText) +
                      " tekens. Maak de tekst korter."});
            return;
        }
        cell_.text += s;
    }

    void end_cell() {
        WorkbookCell& cell = cell_.cell;
        const std::string& type = cell_.value_type;
        if (type == "float" || type == "percentage" || type == "currency") {
            cell.kind = WorkbookCell::Kind::Number;
            cell.text = cell_.value.empty() ? cell_.text : cell_.value;
        } else if (type == "date") {
            cell.kind = WorkbookCell::Kind::Text;
            // "2026-10-27T00:00:00" is a date; a time of day stays as written.
            std::string d = cell_.date_value;
            if (d.size() > 10 && d.substr(10) == "T00:00:00") d.resize(10);
            cell.text = d.empty() ? cell_.text : d;
        } else if (type == "boolean") {
            cell.kind = WorkbookCell::Kind::Boolean;
            cell.text = cell_.boolean_value == "true" ? "1" : "0";
        } else if (type == "error") {
            cell.kind = WorkbookCell::Kind::Error;
            cell.text = cell_.text;
        } else if (type == "string" || type == "time" || !cell_.text.empty()) {
            cell.kind = WorkbookCell::Kind::Text;
            cell.text = type == "string" && !cell_.string_value.empty() ? cell_.string_value : cell_.text;
        }
        const std::size_t first = column_;
        column_ += cell_.repeat;
        if (cell_.span_columns > 1 || cell_.span_rows > 1) {
            for (std::size_t i = 0; i < cell_.repeat && i < limits_.max_columns; ++i) {
                const std::size_t c = first + i, r = row_ + 1;
                sheet().merged.push_back(column_letters(c) + std::to_string(r) + ":" +
                                         column_letters(c + cell_.span_columns - 1) +
                                         std::to_string(r + cell_.span_rows - 1));
            }
        }
        if (cell.kind == WorkbookCell::Kind::Empty && !cell.formula) return;
        if (column_ > limits_.max_columns) return stop(too_many_columns(sheet().name, limits_.max_columns));
        if (cells_.size() < first) cells_.resize(first);
        for (std::size_t i = 0; i < cell_.repeat; ++i) cells_.push_back(cell);
    }

    void end_row() {
        const std::size_t first = row_;
        row_ += row_repeat_;
        if (cells_.empty()) return;  // empty rows only move the counter
        if (row_ > limits_.max_rows) return stop(too_many_rows(sheet().name, limits_.max_rows));
        std::size_t bytes = 0;
        for (const WorkbookCell& c : cells_) bytes += c.text.size();
        filled_ += cells_.size() * row_repeat_;
        text_bytes_ += bytes * row_repeat_;
        if (filled_ > limits_.max_cells) return stop(too_many_cells(sheet().name, limits_.max_cells));
        if (text_bytes_ > limits_.max_part_bytes) return stop(too_much_text(sheet().name, limits_.max_part_bytes));
        auto& rows = sheet().rows;
        rows.resize(first);
        for (std::size_t i = 0; i < row_repeat_; ++i) rows.push_back(cells_);
    }

    const WorkbookLimits& limits_;
    std::vector<WorkbookSheet>& sheets_;
    std::set<std::string> hidden_styles_;
    std::string style_;
    int table_depth_ = 0, annotation_ = 0, paragraph_depth_ = 0;
    bool in_row_ = false, in_cell_ = false;
    std::size_t row_ = 0, row_repeat_ = 1, column_ = 0, filled_ = 0, text_bytes_ = 0;
    std::vector<WorkbookCell> cells_;
    PendingCell cell_;
};

}  // namespace

std::string column_letters(std::size_t column) {
    std::string out;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

Result<std::vector<WorkbookSheet>> read_ods(const std::filesystem::path& path, const WorkbookLimits& limits) {
    WorkbookRefusal why;
    return read_ods(path, limits, why);
}

Result<std::vector<WorkbookSheet>> read_ods(const std::filesystem::path& path, const WorkbookLimits& limits,
                                            WorkbookRefusal& why) {
    const std::string file = path.string(), name = path.filename().string();
    auto fail = [&](const char* joint) {
        why.en = file + joint + why.en;
        why.nl = name + ": " + why.nl;
        return Error{why.en};
    };
    auto z = open_zip(path, why);
    if (!z) return fail(" ");
    auto locked = encrypted(z->get(), limits, why);
    if (!locked) return fail(": ");
    if (*locked) {
        refuse(why, "is protected with a password; save it in LibreOffice without a password",
               "Het bestand is beveiligd met een wachtwoord. Sla het in LibreOffice op zonder wachtwoord.");
        return fail(" ");
    }
    std::vector<WorkbookSheet> sheets;
    ContentReader reader(limits, sheets);
    XmlHandlers h;
    reader.handlers = &h;
    h.start = [&](std::string_view n, const char** atts) { reader.start(n, atts); };
    h.end = [&](std::string_view n) { reader.end(n); };
    h.text = [&](std::string_view s) { reader.text(s); };
    if (auto st = parse_part(z->get(), "content.xml", limits.max_part_bytes, h, why); !st) {
        if (!sheets.empty() && !h.error_en.empty()) why.en = "sheet '" + sheets.back().name + "': " + why.en;
        return fail(": ");
    }
    return sheets;
}

}  // namespace ww::sheet
