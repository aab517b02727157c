#include "core/sync/package_reader.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>

#include "core/builder.h"
#include "core/hsds.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/text.h"
#include "core/value_rules.h"

namespace ww::sync {

namespace fs = std::filesystem;

namespace {

// The largest value SQLite hands out from the package; the value rules allow far less.
constexpr int kMaxValueBytes = 4 << 20;

// SQLite's advice for files from strangers: https://sqlite.org/security.html
void harden(sqlite3* db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100'000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
}

// The time budget and memory cap of the package's connection. SQLite calls it every few thousand
// virtual-machine steps of any statement on that connection (schema parsing included); a non-zero
// return interrupts the statement. sqlite3_hard_heap_limit64 would do the memory part, but it is
// process-wide: in the kiosk, which imports in a background thread, it would make the screen's own
// queries fail while a hostile package is read. This cap interrupts only the package's connection.
struct Budget {
    std::chrono::steady_clock::time_point deadline;
    std::int64_t heap_start = 0;
    std::int64_t heap_cap = 0;
    std::int64_t rows_bytes = 0;  // what the rows read so far hold in memory
    std::string exceeded;

    static int check(void* self) {
        auto* b = static_cast<Budget*>(self);
        if (std::chrono::steady_clock::now() > b->deadline) {
            b->exceeded = "time";
            return 1;
        }
        if (sqlite3_memory_used() - b->heap_start + b->rows_bytes > b->heap_cap) {
            b->exceeded = "memory";
            return 1;
        }
        return 0;
    }
};

std::string budget_message(const Budget& budget, const UntrustedLimits& limits) {
    if (budget.exceeded == "time")
        return "reading it took longer than " + std::to_string(limits.time_budget.count()) +
               " ms (a view, a recursive query or a huge schema?)";
    return "reading it needed more than " + std::to_string(limits.memory_bytes >> 20) + " MiB of memory";
}

struct TableToRead {
    std::string name;
    std::vector<std::string_view> columns;
};

// The allow-list: the HSDS tables and their columns, and the two tables of the catalogue's own.
std::vector<TableToRead> allow_list() {
    std::vector<TableToRead> tables;
    for (const auto& spec : hsds_tables()) {
        TableToRead t{std::string(spec.table), {}};
        for (const auto& column : spec.columns) t.columns.push_back(column.name);
        tables.push_back(std::move(t));
    }
    tables.push_back({"synonyms", {"term", "replacement"}});
    tables.push_back({"metadata", {"key", "value"}});
    return tables;
}

// What sqlite_schema holds must be plain tables (and their indexes): a view or a trigger runs the
// package's own SQL when it is read, and the allow-listed tables must be real tables with plain
// columns.
std::string check_schema_entries(Database& db, const std::vector<TableToRead>& wanted) {
    std::map<std::string, std::string> tables;  // lower-case name -> CREATE statement
    Statement st = db.prepare("SELECT type, name, coalesce(sql, '') FROM main.sqlite_schema");
    if (!st.valid()) return "its schema cannot be read: " + st.error();
    while (st.step()) {
        std::string type = st.text(0), name = st.text(1);
        if (type == "view" || type == "trigger")
            return "it holds a " + type + " '" + name.substr(0, 60) + "'; a Wegwijzer catalogue has none";
        if (type == "table") tables[ascii_lower(name)] = st.text(2);
    }
    if (!st.error().empty()) return "its schema cannot be read: " + st.error();
    auto version = db.scalar_int("PRAGMA user_version").value_or(0);
    if (version < 1 || version > current_schema_version())
        return "wrong schema: schema version is " + std::to_string(version) + ", expected 1 to " +
               std::to_string(current_schema_version());
    for (const auto& table : wanted) {
        auto it = tables.find(table.name);
        if (it == tables.end()) return "wrong schema: table " + table.name + " is missing";
        if (ascii_lower(it->second.substr(0, 14)) == "create virtual")
            return "wrong schema: " + table.name + " is a virtual table, not a table";
        Statement info = db.prepare("SELECT name, hidden FROM pragma_table_xinfo(?1)");
        info.bind(1, std::string_view(table.name));
        std::vector<std::string> present;
        while (info.step()) {
            if (info.integer(1) != 0)
                return "table " + table.name + " has a generated or hidden column '" + info.text(0).substr(0, 60) + "'";
            present.push_back(info.text(0));
        }
        if (!info.error().empty()) return "its table " + table.name + " cannot be inspected: " + info.error();
        for (auto column : table.columns)
            if (std::find(present.begin(), present.end(), column) == present.end())
                return "wrong schema: table " + table.name + " has no column " + std::string(column);
    }
    return {};
}

const char* type_name(int type) {
    switch (type) {
        case SQLITE_INTEGER: return "a whole number";
        case SQLITE_FLOAT: return "a number";
        case SQLITE_BLOB: return "binary data";
        default: return "text";
    }
}

std::string sql_name(std::string_view name) { return "\"" + std::string(name) + "\""; }

// Reads one allow-listed table into rows of strings, checking each value's type. Rows are
// numbered in the order they come; the package's rowids are never used.
std::string read_table(Database& db, const TableToRead& table, const HsdsTableSpec* spec, Budget& budget,
                       std::int64_t& rows_left, std::vector<HsdsRow>& rows) {
    std::string columns;
    for (auto column : table.columns) columns += (columns.empty() ? "" : ", ") + sql_name(column);
    bool without_rowid = table.name == "synonyms" || table.name == "metadata";
    Statement st =
        db.prepare("SELECT " + columns + " FROM main." + sql_name(table.name) + (without_rowid ? "" : " NOT INDEXED"));
    if (!st.valid()) return "its table " + table.name + " cannot be read: " + st.error();
    int line = 0;
    while (st.step()) {
        ++line;
        if (--rows_left < 0) return "it has too many rows (more than the limit for a catalogue)";
        HsdsRow row;
        row.line = line;
        row.values.resize(table.columns.size());
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const int column = static_cast<int>(c);
            const int type = sqlite3_column_type(st.handle(), column);
            const bool real = spec && spec->columns[c].kind == ColumnKind::Real;
            if (type == SQLITE_NULL) continue;
            if (real && (type == SQLITE_FLOAT || type == SQLITE_INTEGER)) {
                char buffer[32];
                auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, st.real(column));
                row.values[c].assign(buffer, ec == std::errc() ? end : buffer);
            } else if (!real && type == SQLITE_TEXT) {
                row.values[c] = st.text(column);
            } else {
                return table.name + " row " + std::to_string(line) + ": " + std::string(table.columns[c]) + " is " +
                       type_name(type) + ", expected " + (real ? "a number" : "text");
            }
            budget.rows_bytes += static_cast<std::int64_t>(row.values[c].capacity());
        }
        budget.rows_bytes += static_cast<std::int64_t>(sizeof(HsdsRow) + row.values.size() * sizeof(std::string));
        rows.push_back(std::move(row));
        if ((line & 1023) == 0 && Budget::check(&budget)) break;  // the rows count against the cap too
    }
    if (!budget.exceeded.empty()) return {};
    if (!st.error().empty()) {
        if (std::strstr(st.error().c_str(), "too big"))
            return "its table " + table.name + " row " + std::to_string(line + 1) + " holds a value larger than " +
                   std::to_string(kMaxValueBytes >> 20) + " MiB";
        return "its table " + table.name + " cannot be read: " + st.error();
    }
    return {};
}

std::string first_errors(const std::vector<std::string>& errors) {
    std::string text = errors.front();
    if (errors.size() > 1) text += " (and " + std::to_string(errors.size() - 1) + " more)";
    return text;
}

std::string read_and_rebuild(Database& db, Budget& budget, const UntrustedLimits& limits, const fs::path& out,
                             const PackageDescription& package) {
    const auto wanted = allow_list();
    if (auto problem = check_schema_entries(db, wanted); !problem.empty() || !budget.exceeded.empty()) return problem;
    // A page-level check of the tables that are read (the package's FTS5 index and other derived
    // tables are never read, so their pages need no check): a damaged file is refused as damaged.
    for (const auto& table : wanted) {
        Statement check = db.prepare("PRAGMA integrity_check(" + sql_name(table.name) + ")");
        if (!check.valid()) return budget.exceeded.empty() ? "it cannot be read: " + check.error() : std::string();
        std::string problem;
        while (check.step())
            if (problem.empty() && check.text(0) != "ok") problem = check.text(0);
        if (!budget.exceeded.empty()) return {};
        if (!check.error().empty()) return "the integrity check failed: " + check.error();
        if (!problem.empty()) return "the integrity check failed: " + problem;
    }

    HsdsTables tables;
    std::vector<HsdsRow> synonym_rows, metadata_rows;
    std::int64_t rows_left = limits.max_rows;
    for (const auto& table : wanted) {
        const HsdsTableSpec* spec = find_hsds_table(table.name);
        auto& rows = spec ? tables[table.name] : table.name == "synonyms" ? synonym_rows : metadata_rows;
        if (auto problem = read_table(db, table, spec, budget, rows_left, rows); !problem.empty()) return problem;
        if (!budget.exceeded.empty()) return {};
    }

    std::map<std::string, std::string> metadata;
    for (const auto& row : metadata_rows) metadata[row.values[0]] = row.values[1];
    if (metadata["catalogue_version"] != std::to_string(package.version))
        return "its metadata says version " + metadata["catalogue_version"].substr(0, 30) +
               " but the signature says version " + std::to_string(package.version);
    CatalogueMetadata meta;
    meta.version = package.version;
    meta.created = package.created;
    meta.expires = package.expires;
    meta.demo = metadata["demo"] == "1";
    meta.source = metadata["source"];
    if (auto problem = check_field(*field_rule("metadata", "value"), meta.source))
        return "metadata: source " + *problem;

    std::vector<std::pair<std::string, std::string>> synonyms;
    for (auto& row : synonym_rows) synonyms.emplace_back(std::move(row.values[0]), std::move(row.values[1]));
    synonym_rows.clear();
    HsdsLoad load = validate_hsds(std::move(tables), std::move(synonyms));
    if (!load.ok()) return "its data breaks the catalogue rules: " + first_errors(load.errors);
    if (auto written = write_catalogue(out, std::move(load.package), meta, WriteMode::quick); !written)
        return "rewriting it failed: " + written.error();
    return {};
}

}  // namespace

std::string rebuild_catalogue(const fs::path& untrusted, const fs::path& out, const PackageDescription& package,
                              const UntrustedLimits& limits) {
    // The header must say SQLite with a rollback journal: a WAL file would need files we do not copy.
    {
        std::ifstream in(untrusted, std::ios::binary);
        char header[100] = {};
        if (!in.read(header, sizeof header)) return "it is not an SQLite database (too short)";
        if (std::memcmp(header, "SQLite format 3", 16) != 0) return "it is not an SQLite database";
        if (header[18] != 1 || header[19] != 1) return "it is in WAL mode; build it with journal_mode=DELETE";
    }
    auto db = Database::open(untrusted, Database::Mode::ReadOnly);
    if (!db) return "it cannot be opened: " + db.error();
    harden(db->handle());
    Budget budget;
    budget.deadline = std::chrono::steady_clock::now() + limits.time_budget;
    budget.heap_start = sqlite3_memory_used();
    budget.heap_cap = limits.memory_bytes;
    sqlite3_progress_handler(db->handle(), 1000, &Budget::check, &budget);
    for (const char* pragma : {"PRAGMA trusted_schema=OFF", "PRAGMA cell_size_check=ON", "PRAGMA mmap_size=0",
                               "PRAGMA cache_size=-8192", "PRAGMA temp_store=FILE", "PRAGMA query_only=ON"})
        if (auto st = db->exec(pragma); !st)
            return budget.exceeded.empty() ? std::string("it cannot be read: ") + st.error()
                                           : budget_message(budget, limits);

    std::string problem = read_and_rebuild(*db, budget, limits, out, package);
    if (!budget.exceeded.empty()) {
        std::error_code ec;
        fs::remove(out, ec);
        return budget_message(budget, limits);
    }
    return problem;
}

}  // namespace ww::sync
