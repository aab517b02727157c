#include "core/sync/history.h"

#include <chrono>
#include <system_error>

#include <sqlite3.h>

#include "core/calendar.h"

namespace ww::sync {

namespace {
// History files written before channels existed have no `channel` column: their rows are USB.
bool has_channel_column(const Database& db) {
    return db.scalar_int("SELECT COUNT(*) FROM pragma_table_info('import_history') WHERE name='channel'").value_or(0) >
           0;
}

// History files written before refusal kinds have no `refusal` column: their rows name none.
bool has_refusal_column(const Database& db) {
    return db.scalar_int("SELECT COUNT(*) FROM pragma_table_info('import_history') WHERE name='refusal'").value_or(0) >
           0;
}

// Read-only readers (kioskctl status) see old files as they are, without migrating them.
std::string record_columns(const Database& db) {
    return std::string("at, version, source, imported, result, ") + (has_channel_column(db) ? "channel" : "'usb'") +
           (has_refusal_column(db) ? ", refusal" : ", ''");
}

ImportRecord read_record(const Statement& st) {
    ImportRecord r;
    r.at = st.text(0);
    r.version = st.integer(1);
    r.source = st.text(2);
    r.imported = st.integer(3) != 0;
    r.result = st.text(4);
    r.channel = st.text(5);
    r.refusal = st.text(6);
    return r;
}

std::vector<ImportRecord> load_recent(const Database& db, int limit) {
    std::vector<ImportRecord> list;
    Statement st = db.prepare("SELECT " + record_columns(db) + " FROM import_history ORDER BY id DESC LIMIT ?1");
    if (!st.valid()) return list;
    st.bind(1, limit);
    while (st.step()) list.push_back(read_record(st));
    return list;
}

std::optional<ImportRecord> load_newest(const Database& db, const std::string& channel, bool only_imported) {
    const bool channels = has_channel_column(db);
    if (!channels && channel != kChannelUsb) return std::nullopt;
    std::string sql = "SELECT " + record_columns(db) + " FROM import_history WHERE 1";
    if (channels) sql += " AND channel = ?1";
    if (only_imported) sql += " AND imported = 1";
    Statement st = db.prepare(sql + " ORDER BY id DESC LIMIT 1");
    if (!st.valid()) return std::nullopt;
    if (channels) st.bind(1, channel);
    if (!st.step()) return std::nullopt;
    return read_record(st);
}
}  // namespace

std::filesystem::path history_path_for(const std::filesystem::path& catalogue) {
    return catalogue.string() + ".sync.sqlite";
}

std::string now_utc_timestamp() {
    return format_time(std::chrono::system_clock::now(), "%Y-%m-%dT%H:%M:%SZ", /*utc=*/true);
}

Result<SyncHistory> SyncHistory::open(const std::filesystem::path& catalogue) {
    auto db = Database::open(history_path_for(catalogue), Database::Mode::Create);
    if (!db) return fail(db.error());
    auto st = db->exec(
        "PRAGMA synchronous=FULL;"
        "CREATE TABLE IF NOT EXISTS import_history ("
        "  id INTEGER PRIMARY KEY, at TEXT NOT NULL, version INTEGER NOT NULL, source TEXT NOT NULL,"
        "  imported INTEGER NOT NULL, result TEXT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;");
    // Migration: files from before web updates keep their rows, which all came from USB.
    if (st && !has_channel_column(*db))
        st = db->exec("ALTER TABLE import_history ADD COLUMN channel TEXT NOT NULL DEFAULT 'usb'");
    if (st && !has_refusal_column(*db))
        st = db->exec("ALTER TABLE import_history ADD COLUMN refusal TEXT NOT NULL DEFAULT ''");
    if (st) st = db->exec("CREATE INDEX IF NOT EXISTS import_history_by_channel ON import_history(channel, id)");
    if (!st)
        return fail("cannot prepare the import history " + history_path_for(catalogue).string() + ": " + st.error());
    return SyncHistory(std::move(*db));
}

SyncState SyncHistory::state() const {
    SyncState s;
    s.highest_version =
        db_.scalar_int("SELECT CAST(value AS INTEGER) FROM sync_state WHERE key='highest_version'").value_or(0);
    s.newest_created = db_.scalar_text("SELECT value FROM sync_state WHERE key='newest_created'").value_or("");
    s.floor_cleared =
        db_.scalar_int("SELECT CAST(value AS INTEGER) FROM sync_state WHERE key='floor_cleared'").value_or(0) != 0;
    return s;
}

Status SyncHistory::record(const ImportRecord& r) {
    // A check that finds what the one before it found (nothing new, the server still down, the
    // same refused stick) moves that row's time instead of adding a row, so that a day of web
    // polls does not push the USB imports off the staff screen's list.
    if (!r.imported) {
        Statement same = db_.prepare(
            "UPDATE import_history SET at = ?1 WHERE id = (SELECT MAX(id) FROM import_history) AND imported = 0"
            " AND version = ?2 AND source = ?3 AND result = ?4 AND channel = ?5 AND refusal = ?6");
        if (!same.valid()) return fail(same.error());
        same.bind(1, std::string_view(r.at)).bind(2, r.version).bind(3, std::string_view(r.source));
        same.bind(4, std::string_view(r.result)).bind(5, std::string_view(r.channel));
        same.bind(6, std::string_view(r.refusal));
        same.step();
        if (!same.error().empty()) return fail(same.error());
        if (sqlite3_changes(db_.handle()) > 0) return success();
    }
    Statement st = db_.prepare(
        "INSERT INTO import_history(at, version, source, imported, result, channel, refusal)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st.valid()) return fail(st.error());
    st.bind(1, std::string_view(r.at)).bind(2, r.version).bind(3, std::string_view(r.source));
    st.bind(4, r.imported ? 1 : 0).bind(5, std::string_view(r.result)).bind(6, std::string_view(r.channel));
    st.bind(7, std::string_view(r.refusal));
    st.step();
    if (!st.error().empty()) return fail(st.error());
    return success();
}

Status SyncHistory::remember_installed(std::int64_t version, const std::string& created) {
    SyncState old = state();
    if (old.floor_cleared) old = SyncState{};  // after a reset the new package sets the floor afresh
    Statement st = db_.prepare("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?1, ?2)");
    if (!st.valid()) return fail(st.error());
    if (auto s = db_.exec("BEGIN IMMEDIATE"); !s) return s;
    st.bind(1, std::string_view("highest_version"))
        .bind(2, std::string_view(std::to_string(std::max(version, old.highest_version))));
    st.step();
    st.reset();
    st.bind(1, std::string_view("newest_created")).bind(2, std::string_view(std::max(created, old.newest_created)));
    st.step();
    st.reset();
    st.bind(1, std::string_view("floor_cleared")).bind(2, std::string_view("0"));
    st.step();
    if (!st.error().empty()) {
        (void)db_.exec("ROLLBACK");
        return fail(st.error());
    }
    return db_.exec("COMMIT");
}

Status SyncHistory::clear_version_floor(const std::string& who) {
    const SyncState old = state();
    if (auto s = db_.exec("BEGIN IMMEDIATE"); !s) return s;
    auto s = db_.exec(
        "INSERT OR REPLACE INTO sync_state(key, value) VALUES ('highest_version', '0'), ('newest_created', ''),"
        " ('floor_cleared', '1')");
    if (!s) {
        (void)db_.exec("ROLLBACK");
        return s;
    }
    ImportRecord r;
    r.at = now_utc_timestamp();
    r.source = who;
    r.channel.clear();  // not an update attempt
    r.result = "Version reset: the newest version seen (" + std::to_string(old.highest_version) + ", created " +
               (old.newest_created.empty() ? std::string("-") : old.newest_created) + ") was cleared by " + who +
               "; the next genuine package of any version will be accepted.";
    if (auto rec = record(r); !rec) {
        (void)db_.exec("ROLLBACK");
        return rec;
    }
    return db_.exec("COMMIT");
}

std::vector<ImportRecord> SyncHistory::recent(int limit) const { return load_recent(db_, limit); }

std::vector<ImportRecord> read_import_history(const std::filesystem::path& catalogue, int limit) {
    std::error_code ec;
    if (!std::filesystem::exists(history_path_for(catalogue), ec)) return {};
    auto db = Database::open(history_path_for(catalogue), Database::Mode::ReadOnly);
    if (!db) return {};
    return load_recent(*db, limit);
}

std::vector<ChannelLast> read_channel_last(const std::filesystem::path& catalogue) {
    std::vector<ChannelLast> out{{kChannelUsb, {}, {}}, {kChannelWeb, {}, {}}};
    std::error_code ec;
    if (!std::filesystem::exists(history_path_for(catalogue), ec)) return out;
    auto db = Database::open(history_path_for(catalogue), Database::Mode::ReadOnly);
    if (!db) return out;
    for (auto& c : out) {
        c.attempt = load_newest(*db, c.channel, false);
        c.success = load_newest(*db, c.channel, true);
    }
    return out;
}

}  // namespace ww::sync
