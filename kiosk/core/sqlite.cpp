#include "core/sqlite.h"

#include <utility>

#include "core/safe_open.h"

namespace ww {

Statement::Statement(sqlite3* db, std::string_view sql) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
        error_ = sqlite3_errmsg(db);
        stmt_ = nullptr;
    }
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), error_(std::move(other.error_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
        error_ = std::move(other.error_);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind_unowned(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
    sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bind_null(index);
}

Statement& Statement::bind(int index, std::int64_t number) {
    sqlite3_bind_int64(stmt_, index, number);
    return *this;
}

Statement& Statement::bind(int index, double number) {
    sqlite3_bind_double(stmt_, index, number);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step() {
    if (!stmt_) return false;
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) error_ = sqlite3_errmsg(sqlite3_db_handle(stmt_));
    return false;
}

void Statement::reset() {
    if (!stmt_) return;
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    if (!p) return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::blob(int column) const {
    const void* p = sqlite3_column_blob(stmt_, column);
    if (!p) return {};
    return {static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

namespace {

Result<sqlite3*> open_connection(const std::filesystem::path& path, int flags) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return fail("cannot open " + path.string() + ": " + message);
    }
    return db;
}

}  // namespace

Result<Database> Database::open(const std::filesystem::path& path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
        case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
        case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
        case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const bool on_disk = !path.empty() && path != ":memory:" && !path.string().starts_with("file:");
    if (on_disk && mode == Mode::Create) {
        if (auto replaceable = check_replaceable(path, "database"); !replaceable) return fail(replaceable.error());
    }
    if (!on_disk || mode == Mode::Create) {
        auto db = open_connection(path, flags);
        if (!db) return fail(db.error());
        sqlite3_extended_result_codes(*db, 1);
        sqlite3_busy_timeout(*db, 2000);
        return Database(*db);
    }
    // SQLite opens by path and would wait forever on a FIFO, or open a device: only a regular
    // file gets that far. The checked file stays open while SQLite opens the path; when the path
    // names that same file afterwards, SQLite opened it too. A catalogue switched by rename in
    // between (a USB update) is simply checked again.
    std::string problem;
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto file = open_regular_file(path, {.what = "database"});
        if (!file) return fail(file.error());
        auto db = open_connection(path, flags);
        if (!db) return fail(db.error());
        if (still_same_file(path, *file)) {
            sqlite3_extended_result_codes(*db, 1);
            sqlite3_busy_timeout(*db, 2000);
            return Database(*db);
        }
        sqlite3_close(*db);
    }
    return fail("cannot open " + path.string() + ": it keeps being replaced while it is opened");
}

Database::Database(Database&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close() {
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
}

Status Database::exec(std::string_view sql) {
    char* message = nullptr;
    std::string owned(sql);
    if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errmsg(db_);
        sqlite3_free(message);
        return fail(text);
    }
    return success();
}

std::optional<std::int64_t> Database::scalar_int(std::string_view sql) const {
    Statement st = prepare(sql);
    if (st.valid() && st.step() && !st.is_null(0)) return st.integer(0);
    return std::nullopt;
}

std::optional<std::string> Database::scalar_text(std::string_view sql) const {
    Statement st = prepare(sql);
    if (st.valid() && st.step() && !st.is_null(0)) return st.text(0);
    return std::nullopt;
}

std::string Database::last_error() const { return db_ ? sqlite3_errmsg(db_) : "database not open"; }

}  // namespace ww
