#include "core/csv.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

namespace ww {

size_t find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        unsigned int min = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
            min = 0x10000;
        } else return i;
        if (i + length > n) return i;
        for (size_t k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
        i += length;
    }
    return std::string_view::npos;
}

namespace {

std::string where(std::string_view name, int line) {
    return std::string(name) + " line " + std::to_string(line) + ": ";
}

int line_of(std::string_view text, size_t offset) {
    int line = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n') ++line;
    return line;
}

bool blank(const CsvRecord& r) { return r.fields.size() == 1 && r.fields[0].empty(); }

}  // namespace

Result<CsvTable> parse_csv(std::string_view text, std::string_view name) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

    if (size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
        return fail(where(name, line_of(text, bad)) + "the text is not valid UTF-8 (byte " + hex +
                    "); save the file as UTF-8");
    }

    CsvTable table;
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    int line = 1;
    record.line = 1;
    size_t i = 0;
    const size_t n = text.size();
    bool at_field_start = true;
    bool ended_with_newline = false;

    auto end_field = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        at_field_start = true;
    };
    auto end_record = [&] {
        end_field();
        if (!blank(record)) records.push_back(std::move(record));
        record = CsvRecord{};
        record.line = line;
    };

    while (i < n) {
        char c = text[i];
        ended_with_newline = false;
        if (at_field_start && c == '"') {
            // A quoted field: runs to the closing quote; "" is one quote.
            const int opened_on = line;
            ++i;
            bool closed = false;
            while (i < n) {
                size_t stop = text.find_first_of("\"\r\n", i);
                if (stop == std::string_view::npos) stop = n;
                field.append(text.data() + i, stop - i);
                i = stop;
                if (i == n) break;
                char q = text[i];
                if (q == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == '\r' && i + 1 < n && text[i + 1] == '\n') {
                    ++i;
                    continue;
                }  // CRLF -> LF
                if (q == '\n') ++line;
                field += q;
                ++i;
            }
            if (!closed) return fail(where(name, opened_on) + "a quoted field is never closed (a \" is missing)");
            at_field_start = false;
            if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                return fail(where(name, line) +
                            "unexpected text after a closing quote; inside quotes write \"\" for a quote");
            continue;
        }
        at_field_start = false;
        if (c != ',' && c != '\r' && c != '\n') {
            // An unquoted run: copy it in one go (this loop is the hot path for large files).
            size_t end = i;
            while (end < n && text[end] != ',' && text[end] != '\r' && text[end] != '\n') ++end;
            field.append(text.data() + i, end - i);
            i = end;
            continue;
        }
        if (c == ',') {
            end_field();
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
            ++i;
            ++line;
            end_record();
            ended_with_newline = true;
            continue;
        }
    }
    if (!ended_with_newline && !(record.fields.empty() && field.empty() && at_field_start)) end_record();

    if (records.empty()) return fail(std::string(name) + ": the file is empty (a header row is needed)");
    table.header = std::move(records.front().fields);
    records.erase(records.begin());
    table.records = std::move(records);
    return table;
}

Result<CsvTable> read_csv_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot read " + path.string());
    std::string text;
    in.seekg(0, std::ios::end);
    text.resize(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())));
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) return fail("cannot read " + path.string());
    return parse_csv(text, path.filename().string());
}

BuiltinCsvRows builtin_csv_rows(std::string_view text, std::string_view name, size_t min_fields) {
    BuiltinCsvRows rows;
    auto table = parse_csv(text, name);
    if (!table) return rows;
    for (auto& record : table->records)
        if (record.fields.size() >= min_fields) rows.push_back(std::move(record.fields));
    return rows;
}

std::string csv_field(std::string_view value) {
    bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                 (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    out += "\r\n";
    return out;
}

}  // namespace ww
