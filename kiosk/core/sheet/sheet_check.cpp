#include "core/sheet/sheet_check.h"

#include "core/sheet/opening_words.h"
#include "core/sheet/xlsx_writer.h"
#include "core/text.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>

namespace ww::sheet {

namespace {

// The known header nearest to an unknown one, when it is close enough to be a typo or a rename.
std::string nearest_header(const std::string& header) {
    std::string best;
    int best_distance = 4;
    const std::string typed = ascii_lower(header);
    for (const ColumnInfo& c : columns()) {
        const std::string known = ascii_lower(c.header);
        int d = edit_distance(typed, known, 3);
        // A word added to the header ("Telefoonnummer", "Naam dienst") is a rename, not a typo.
        const bool extended =
            known.size() >= 4 && typed.size() > known.size() &&
            (typed.rfind(known, 0) == 0 || typed.compare(typed.size() - known.size(), known.size(), known) == 0);
        if (extended) d = std::min(d, 2);
        if (d < best_distance) best_distance = d, best = std::string(c.header);
    }
    return best;
}

// "591 123 456" for 591123456: the digits in threes, as people read them.
std::string digits_in_threes(const std::string& digits) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && i % 3 == 0) out += ' ';
        out += digits[i];
    }
    return out;
}

bool is_iso_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int m = std::atoi(s.substr(5, 2).c_str()), d = std::atoi(s.substr(8, 2).c_str());
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// "27-10-2026" or "27/10/2026" as "2026-10-27"; empty when it is not such a date.
std::string iso_from_dutch_date(const std::string& s) {
    int d = 0, m = 0, y = 0;
    char a = 0, b = 0;
    if (std::sscanf(s.c_str(), "%d%c%d%c%d", &d, &a, &m, &b, &y) != 5 || a != b || (a != '-' && a != '/' && a != '.'))
        return {};
    if (d < 1 || d > 31 || m < 1 || m > 12 || y < 1900 || y > 2999) return {};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    return out;
}

class Checker {
public:
    explicit Checker(const WorkbookSheet& sheet) : sheet_(sheet) {}

    void add(std::size_t row, std::string column, std::string nl, std::string en) {
        std::string where_nl, where_en;
        if (row) where_nl = "Rij " + std::to_string(row), where_en = "Row " + std::to_string(row);
        if (!column.empty()) {
            where_nl += (where_nl.empty() ? "Kolom '" : ", kolom '") + column + "'";
            where_en += (where_en.empty() ? "Column '" : ", column '") + column + "'";
        }
        if (!where_nl.empty()) where_nl += ": ", where_en += ": ";
        read_.problems.push_back({sheet_.name, row, std::move(column), where_nl + nl, where_en + en});
    }

    SheetRead run() {
        if (sheet_.rows.empty()) {
            add(0, "", "Het blad '" + sheet_.name + "' is leeg.", "The sheet '" + sheet_.name + "' is empty.");
            return std::move(read_);
        }
        for (const std::string& range : sheet_.merged)
            add(0, "", "De cellen " + range + " zijn samengevoegd. Maak ze weer los, met in elke cel een eigen waarde.",
                "The cells " + range + " are merged. Unmerge them and give each cell its own value.");
        map_headers();
        std::size_t last = sheet_.rows.size();
        while (last > 1 && row_is_empty(last - 1)) --last;
        for (std::size_t r = 1; r < last; ++r) {
            if (row_is_empty(r)) {
                add(r + 1, "", "deze rij is leeg. Haal lege rijen tussen de diensten weg.",
                    "this row is empty. Remove empty rows between the services.");
                continue;
            }
            read_row(r);
        }
        return std::move(read_);
    }

private:
    bool row_is_empty(std::size_t r) const {
        for (const WorkbookCell& c : sheet_.rows[r])
            if (c.formula || !trim(c.text).empty()) return false;
        return true;
    }

    void map_headers() {
        const auto& header = sheet_.rows[0];
        std::vector<bool> seen(kColumnCount, false);
        for (std::size_t c = 0; c < header.size(); ++c) {
            std::string text = trim(header[c].text);
            if (text.empty()) continue;
            auto it = std::find_if(columns().begin(), columns().end(),
                                   [&](const ColumnInfo& i) { return ascii_lower(i.header) == ascii_lower(text); });
            if (it == columns().end()) {
                std::string guess = nearest_header(text);
                std::string nl = "deze kolom kennen we niet.", en = "this column is unknown.";
                if (!guess.empty()) nl += " Bedoelt u '" + guess + "'?", en += " Did you mean '" + guess + "'?";
                else
                    nl += " Haal de kolom weg of zet hem op een ander blad.",
                        en += " Remove it or move it to another sheet.";
                add(1, text, nl, en);
                continue;
            }
            auto index = static_cast<std::size_t>(it - columns().begin());
            if (seen[index]) {
                add(1, text, "deze kolom staat er twee keer. Haal er een weg.",
                    "this column appears twice. Remove one.");
                continue;
            }
            seen[index] = true;
            where_[c] = static_cast<Column>(index);
        }
        for (std::size_t i = 0; i < seen.size(); ++i) {
            const ColumnInfo& info = columns()[i];
            if (seen[i] || info.hidden) continue;  // without the id columns, every row is a new service
            add(1, std::string(info.header), "deze kolom ontbreekt. Zet hem terug, met deze naam bovenaan.",
                "this column is missing. Put it back, with this name at the top.");
        }
    }

    void read_row(std::size_t r) {
        SheetRow row;
        row.cells.resize(kColumnCount);
        const auto& cells = sheet_.rows[r];
        std::size_t number = r + 1;
        for (const auto& [c, column] : where_) {
            if (c >= cells.size()) continue;
            const WorkbookCell& cell = cells[c];
            std::string header(columns()[column].header);
            if (cell.formula) {
                add(number, header, "hier staat een formule. Typ de waarde zelf in.",
                    "this cell holds a formula. Type the value itself.");
                continue;
            }
            if (cell.kind == WorkbookCell::Kind::Error) {
                add(number, header, "hier staat een fout (" + cell.text + "). Typ de juiste waarde in.",
                    "this cell holds an error (" + cell.text + "). Type the right value.");
                continue;
            }
            std::string value = trim(cell.text);
            if (cell.kind == WorkbookCell::Kind::Number) value = checked_number(number, column, header, value);
            else check_text(number, column, header, value);
            row.cells[static_cast<std::size_t>(column)] = std::move(value);
        }
        if (row[kName].empty())
            add(number, std::string(column(kName).header), "de naam ontbreekt. Elke dienst heeft een naam.",
                "the name is missing. Every service needs a name.");
        read_.rows.push_back(std::move(row));
        read_.row_numbers.push_back(number);
    }

    // A number where text belongs: the leading zero is gone, or a date became a day number.
    std::string checked_number(std::size_t row, Column column, const std::string& header, const std::string& value) {
        char* end = nullptr;
        double n = std::strtod(value.c_str(), &end);
        bool whole = end && *end == '\0' && n == static_cast<double>(static_cast<long long>(n)) && n >= 0;
        std::string digits = whole ? std::to_string(static_cast<long long>(n)) : value;
        if (column == kPhone) {
            add(row, header,
                digits_in_threes(digits) +
                    " lijkt een nummer zonder de 0 aan het begin. Zet de kolom op 'Tekst' en typ 0" +
                    digits_in_threes(digits) + ".",
                digits_in_threes(digits) +
                    " looks like a number without its leading 0. Format the column as 'Text' and type 0" +
                    digits_in_threes(digits) + ".");
            return "0" + digits;
        }
        if (column == kLastChecked) {
            std::string date = excel_serial_date(n);
            add(row, header,
                value + " is een datum als getal. Zet de kolom op 'Tekst' en typ de datum als jaar-maand-dag" +
                    (date.empty() ? "." : ": " + date + "."),
                value +
                    " is a date stored as a number. Format the column as 'Text' and type the date as year-month-day" +
                    (date.empty() ? "." : ": " + date + "."));
            return date;
        }
        if (column == kPostalCode) {
            add(row, header, "de letters van de postcode ontbreken. Typ de hele postcode, bijvoorbeeld 7814 AL.",
                "the postcode lacks its letters. Type the whole postcode, for example 7814 AL.");
            return digits;
        }
        return whole ? digits : value;
    }

    void check_text(std::size_t row, Column column, const std::string& header, const std::string& value) {
        if (value.empty()) return;
        if (column == kLastChecked && !is_iso_date(value)) {
            std::string iso = iso_from_dutch_date(value);
            add(row, header,
                "typ de datum als jaar-maand-dag, bijvoorbeeld " + (iso.empty() ? std::string("2026-10-27") : iso) +
                    ".",
                "type the date as year-month-day, for example " + (iso.empty() ? std::string("2026-10-27") : iso) +
                    ".");
        }
        if (column == kOpenOn) {
            ParsedOpening opening = parse_opening_words(value);
            if (!opening.problem_nl.empty()) add(row, header, opening.problem_nl + ".", opening.problem_en + ".");
        }
        std::vector<std::string> choices = column_choices(column);
        if (!choices.empty() && std::find(choices.begin(), choices.end(), value) == choices.end()) {
            std::string list;
            for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
            add(row, header, "'" + value + "' staat niet in de lijst. Kies een van: " + list + ".",
                "'" + value + "' is not one of the choices: " + list + ".");
        }
    }

    const WorkbookSheet& sheet_;
    std::map<std::size_t, Column> where_;  // spreadsheet column -> sheet column
    SheetRead read_;
};

}  // namespace

std::string excel_serial_date(double serial) {
    if (!(serial >= 1 && serial < 2958466)) return {};  // 1900-01-01 .. 9999-12-31
    using namespace std::chrono;
    // Day 60 is Excel's 29 February 1900, a day that never was; from day 61 on, day 0 is 1899-12-30.
    auto day_number = static_cast<int>(serial);
    sys_days base = sys_days{year{1899} / December / 30};
    if (day_number < 61) base += days{1};
    year_month_day ymd{base + days{day_number}};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return out;
}

SheetRead read_service_rows(const WorkbookSheet& sheet) { return Checker(sheet).run(); }

SheetRead read_service_rows(const std::vector<WorkbookSheet>& sheets) {
    SheetRead out;
    const WorkbookSheet* services = nullptr;
    for (const WorkbookSheet& s : sheets) {
        if (s.name == kServicesSheet) services = &s;
        else if (s.hidden)
            out.problems.push_back({s.name, 0, "",
                                    "Het blad '" + s.name + "' is verborgen. Maak het zichtbaar of haal het weg.",
                                    "The sheet '" + s.name + "' is hidden. Show it or remove it."});
    }
    // A CSV holds one sheet, named after its file; so may a workbook someone made anew.
    if (!services && sheets.size() == 1 && !sheets[0].hidden) services = &sheets[0];
    if (!services) {
        out.problems.push_back({"", 0, "", "Er is geen blad 'Diensten'. Geef het blad met de diensten die naam.",
                                "There is no sheet 'Diensten'. Give the sheet with the services that name."});
        return out;
    }
    if (services->hidden)
        out.problems.push_back({services->name, 0, "", "Het blad 'Diensten' is verborgen. Maak het zichtbaar.",
                                "The sheet 'Diensten' is hidden. Show it."});
    SheetRead read = read_service_rows(*services);
    read.problems.insert(read.problems.begin(), out.problems.begin(), out.problems.end());
    return read;
}

}  // namespace ww::sheet
