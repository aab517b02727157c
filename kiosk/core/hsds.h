#pragma once
// An HSDS 3.0 tabular data package (a folder of CSV files) read into plain tables and validated.
// Only the files and columns Wegwijzer uses are read; unknown columns and files are ignored.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/hsds_import.h"

namespace ww {

enum class ColumnKind { Text, Real };

struct HsdsColumn {
    std::string_view name;
    bool required = false;  // must be in the header and filled on every row
    ColumnKind kind = ColumnKind::Text;
};

struct HsdsTableSpec {
    std::string_view table;  // SQLite table, e.g. "services"
    std::string_view file;   // "services.csv"
    bool required_file = false;
    std::vector<HsdsColumn> columns;  // in the order of the SQLite table
};

// Every file Wegwijzer reads, parents before children.
const std::vector<HsdsTableSpec>& hsds_tables();
const HsdsTableSpec* find_hsds_table(std::string_view table);

struct HsdsRow {
    int line = 0;                     // line in the CSV file, for messages
    std::vector<std::string> values;  // one per spec column, trimmed; "" when the column is absent
};

struct HsdsTable {
    const HsdsTableSpec* spec = nullptr;
    bool present = false;  // the file exists
    std::vector<HsdsRow> rows;
    // Index of a column in spec->columns (asserts that it exists).
    size_t column(std::string_view name) const;
    const std::string& get(const HsdsRow& row, std::string_view name) const { return row.values[column(name)]; }
};

// datapackage.json, when present.
struct PackageMetadata {
    std::optional<std::int64_t> version;
    std::optional<std::string> created;
    std::optional<std::string> expires;
    std::optional<std::string> title;
    std::optional<bool> demo;
};

struct HsdsPackage {
    std::map<std::string, HsdsTable, std::less<>> tables;       // by SQLite table name
    std::vector<std::pair<std::string, std::string>> synonyms;  // lower-case term -> replacement
    bool synonyms_from_source = false;                          // else the built-in db/synonyms.csv
    PackageMetadata metadata;

    const HsdsTable& table(std::string_view name) const;
};

struct HsdsLoad {
    HsdsPackage package;
    std::vector<std::string> errors;  // "services.csv line 14: organization_id 'x' does not exist"
    std::vector<std::string> warnings;
    std::vector<ImportNote> notes;  // what an import mapped or found ("... mapped to advice"), worded when shown
    bool ok() const { return errors.empty(); }
};

// Reads and validates the folder; every problem is listed, none stops the reading. `rules` say how
// to take in HSDS from another tool (hsds_import.h).
HsdsLoad load_hsds(const std::filesystem::path& folder, const ImportRules& rules = {});

// Rows per table (by SQLite table name), values in the order of the spec's columns, `line` the
// row's number for messages ("services row 3: ...").
using HsdsTables = std::map<std::string, std::vector<HsdsRow>, std::less<>>;

// The same checks as load_hsds (value rules included) over tables read from a catalogue file: what
// the USB import runs on a package before it writes a catalogue of its own.
HsdsLoad validate_hsds(HsdsTables tables, std::vector<std::pair<std::string, std::string>> synonyms);

// Caps a long error list: the first `keep` messages and "... and N more errors".
std::vector<std::string> cap_messages(std::vector<std::string> messages, size_t keep = 200);

// "09:30" or "09:30:00" -> minutes after midnight; "23:59" closing means midnight (1440) only
// through closing_minutes() (core/calendar.h).
std::optional<int> parse_clock(std::string_view text);
// "MO,WE" -> {0, 2}; nullopt when a code is not a day.
std::optional<std::vector<int>> parse_byday(std::string_view text);
bool is_iso_date(std::string_view text);

}  // namespace ww
