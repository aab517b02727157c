#pragma once
// RFC 4180 CSV: a reader for HSDS source files and a writer for exports.
// The reader wants UTF-8 (a leading byte order mark is skipped), accepts CRLF and LF line ends,
// quoted fields with "" escapes, commas and line breaks inside quotes, and empty fields.
#include <deque>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace ww {

struct CsvRecord {
    int line = 0;  // the line where the record starts (the header is line 1)
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRecord> records;  // fully blank lines are skipped
};

// `name` is used in messages: "services.csv line 4: ...".
Result<CsvTable> parse_csv(std::string_view text, std::string_view name);
// Reads a file; messages use its file name.
Result<CsvTable> read_csv_file(const std::filesystem::path& path);

// The fields of each record of a CSV file compiled into the programs (db/*.csv) that has at least
// `min_fields` fields, in file order. A deque never moves its elements, so string_views into these
// strings stay valid as long as the result lives: tables built from it can hold views. A built-in
// file that does not parse gives no rows (each file's unit test checks that it parses), so loading
// built-in data never throws.
using BuiltinCsvRows = std::deque<std::vector<std::string>>;
BuiltinCsvRows builtin_csv_rows(std::string_view text, std::string_view name, size_t min_fields);

// The first invalid UTF-8 byte's offset, or npos when the text is valid UTF-8.
size_t find_invalid_utf8(std::string_view text);

// One field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces.
std::string csv_field(std::string_view value);
// One record with its line end ("\r\n", as RFC 4180 says).
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace ww
