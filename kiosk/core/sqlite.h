#pragma once
// Thin RAII wrapper over the SQLite C API: a connection and prepared statements.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace ww {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);  // check valid() / error()
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool valid() const { return stmt_ != nullptr; }
    const std::string& error() const { return error_; }

    // Bind by 1-based index. Empty optional binds NULL.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bind(int index, std::int64_t number);
    Statement& bind(int index, int number) { return bind(index, static_cast<std::int64_t>(number)); }
    Statement& bind(int index, double number);
    Statement& bind_null(int index);
    Statement& bind_blob(int index, std::string_view bytes);
    // Binds without a copy (bulk inserts): `text` must stay valid until the next reset().
    Statement& bind_unowned(int index, std::string_view text);

    // Returns true while a row is available; false when done. Errors go to error().
    bool step();
    void reset();

    std::string text(int column) const;
    // Valid until the next step(), reset() or read of the same column.
    std::string_view blob(int column) const;
    std::optional<std::string> optional_text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool is_null(int column) const;

    sqlite3_stmt* handle() const { return stmt_; }

private:
    sqlite3_stmt* stmt_ = nullptr;
    std::string error_;
};

class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    static Result<Database> open(const std::filesystem::path& path, Mode mode);

    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Status exec(std::string_view sql);
    Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
    // Runs a query that returns one integer (e.g. PRAGMA user_version).
    std::optional<std::int64_t> scalar_int(std::string_view sql) const;
    std::optional<std::string> scalar_text(std::string_view sql) const;
    std::string last_error() const;
    void close();

    sqlite3* handle() const { return db_; }
    bool is_open() const { return db_ != nullptr; }

private:
    explicit Database(sqlite3* db) : db_(db) {}
    sqlite3* db_ = nullptr;
};

}  // namespace ww
