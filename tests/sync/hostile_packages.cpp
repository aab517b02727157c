#include "hostile_packages.h"

#include <map>
#include <stdexcept>

#include "core/builder.h"

namespace ww::synctest {

namespace {

void run(Database& db, const std::string& sql) {
    if (auto st = db.exec(sql); !st) throw std::runtime_error("hostile change failed: " + st.error() + "\n" + sql);
}

std::function<void(Database&)> sql(std::string text) {
    return [text = std::move(text)](Database& db) { run(db, text); };
}

// The first service of the demo, by rowid: what most text mutations change.
constexpr const char* kFirst = "(SELECT min(rowid) FROM services)";
constexpr const char* kFirstId = "(SELECT id FROM services ORDER BY rowid LIMIT 1)";

std::string endless_view(const std::string& name, const std::string& columns, const std::string& values) {
    return "DROP TABLE " + name + "; CREATE VIEW " + name + "(" + columns +
           ") AS WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever) SELECT " + values +
           " FROM forever;";
}

// A schema of many wide tables: parsing it takes SQLite's memory and time before a row is read.
void schema_bomb(Database& db) {
    run(db, "BEGIN");
    for (int t = 0; t < 1500; ++t) {
        std::string create = "CREATE TABLE bomb_" + std::to_string(t) + "(";
        for (int c = 0; c < 120; ++c) create += (c ? ", c" : "c") + std::to_string(c) + " TEXT DEFAULT 'xxxxxxxxxxxx'";
        run(db, create + ")");
    }
    run(db, "COMMIT");
}

}  // namespace

const std::vector<HostileCase>& hostile_cases() {
    static const std::vector<HostileCase> cases{
        // Rowids: the package's are never used; the kiosk numbers the services itself.
        {"a negative rowid", sql(std::string("UPDATE services SET rowid = -1 WHERE rowid = ") + kFirst), ""},
        {"a huge rowid (2^62)",
         sql(std::string("UPDATE services SET rowid = 4611686018427387904 WHERE rowid = ") + kFirst), ""},
        {"rowid 1.5e9 on every phone", sql("UPDATE phones SET rowid = rowid + 1500000000"), ""},
        // Views and triggers run the package's own SQL.
        {"synonyms as an endless recursive view", sql(endless_view("synonyms", "term, replacement", "'a', 'b'")),
         "view 'synonyms'"},
        {"search_term as an endless recursive view", sql(endless_view("search_term", "term, docs", "'a', x'01'")),
         "view 'search_term'"},
        {"metadata as a view", sql(endless_view("metadata", "key, value", "'catalogue_version', '6'")),
         "view 'metadata'"},
        {"services as a view over a renamed table",
         sql("ALTER TABLE services RENAME TO real_services; CREATE VIEW services AS SELECT * FROM real_services;"),
         "view 'services'"},
        {"a trigger", sql("CREATE TRIGGER sneaky AFTER INSERT ON phones BEGIN DELETE FROM services; END;"),
         "trigger 'sneaky'"},
        {"a generated column",
         sql("ALTER TABLE services ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL"),
         "generated or hidden column"},
        {"services as a virtual table",
         sql("ALTER TABLE services RENAME TO old_services; CREATE VIRTUAL TABLE services USING fts5(id, organization_id, name, name_en, description, description_en, url, email, status, fees_description, fees_description_en, eligibility_description, eligibility_description_en, assured_date);"),
         "virtual table"},
        // Derived data is never read: the kiosk builds it again.
        {"FTS5 shadow tables damaged",
         sql("UPDATE service_fts_data SET block = zeroblob(length(block)) WHERE id > 10; DELETE FROM service_fts_idx;"),
         ""},
        {"posting lists damaged",
         sql("UPDATE search_term SET docs = x'ffffffffffffffffffff'; INSERT INTO search_term VALUES ('nooit', x'7f7f7f', x'020202');"),
         ""},
        {"opening_slot with impossible minutes",
         sql("UPDATE opening_slot SET opens_min = -60, closes_min = 99999, weekday = 42"), ""},
        // Values.
        {"a 1 MB name",
         sql(std::string("UPDATE services SET name = printf('%.1048576c', 'x') WHERE rowid = ") + kFirst),
         "name is 1048576 characters long; the most is 150"},
        {"a 5 MB description",
         sql(std::string("UPDATE services SET description = printf('%.5000000c', 'x') WHERE rowid = ") + kFirst),
         "larger than 4 MiB"},
        {"invalid UTF-8 in a name",
         sql(std::string("UPDATE services SET name = CAST(x'4b6f66666965ff2075c3' AS TEXT) WHERE rowid = ") + kFirst),
         "name is not valid UTF-8"},
        {"a control character in a name",
         sql(std::string("UPDATE services SET name = 'Koffie' || char(7) || 'ochtend' WHERE rowid = ") + kFirst),
         "control character (U+0007)"},
        {"a line break in a name",
         sql(std::string("UPDATE services SET name = 'Koffie' || char(10) || 'ochtend' WHERE rowid = ") + kFirst),
         "name holds a line break"},
        {"a right-to-left override in a phone description",
         sql("UPDATE phones SET description = 'Bel ' || char(8238) || '0592' WHERE rowid = (SELECT min(rowid) FROM phones)"),
         "reading direction (U+202E)"},
        {"a bidi isolate in an organisation name",
         sql("UPDATE organizations SET name = char(8294) || name WHERE rowid = (SELECT min(rowid) FROM organizations)"),
         "reading direction (U+2066)"},
        {"a name stored as binary data",
         sql(std::string("UPDATE services SET name = x'4b6f66666965' WHERE rowid = ") + kFirst),
         "name is binary data, expected text"},
        {"a latitude stored as text",
         sql("UPDATE locations SET latitude = 'noord' WHERE rowid = (SELECT min(rowid) FROM locations)"),
         "latitude is text, expected a number"},
        {"impossible opening hours",
         sql("UPDATE schedules SET opens_at = '26:39', closes_at = '-1:00' WHERE rowid = (SELECT min(rowid) FROM schedules WHERE opens_at IS NOT NULL)"),
         "opens_at '26:39' is not a time"},
        {"closing before opening",
         sql("UPDATE schedules SET opens_at = '17:00', closes_at = '09:00' WHERE rowid = (SELECT min(rowid) FROM schedules WHERE opens_at IS NOT NULL)"),
         "is not after opens_at"},
        {"a weekday that does not exist",
         sql("UPDATE schedules SET byday = 'MO,XX' WHERE rowid = (SELECT min(rowid) FROM schedules WHERE byday IS NOT NULL)"),
         "byday 'MO,XX'"},
        {"a javascript: link",
         sql(std::string("UPDATE services SET url = 'javascript:alert(1)' WHERE rowid = ") + kFirst),
         "url is not a web address"},
        {"a 2.3 KB link",
         sql(std::string("UPDATE services SET url = 'https://example.nl/' || printf('%.2300c', 'a') WHERE rowid = ") +
             kFirst),
         "the most is 200"},
        {"a data: link as an organisation website",
         sql("UPDATE organizations SET website = 'data:text/html,hoi' WHERE rowid = (SELECT min(rowid) FROM organizations)"),
         "website is not a web address"},
        {"letters in a phone number",
         sql("UPDATE phones SET number = '0592-BELMIJ' WHERE rowid = (SELECT min(rowid) FROM phones)"),
         "which a phone number cannot hold"},
        {"a tel: link with a pause in a phone number",
         sql("UPDATE phones SET number = '0592,,1234#' WHERE rowid = (SELECT min(rowid) FROM phones)"),
         "which a phone number cannot hold"},
        {"eleven phone numbers for one service",
         sql(std::string("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 11) "
                         "INSERT INTO phones (id, service_id, number) SELECT 'extra-' || k, ") +
             kFirstId + ", '0592 000 00' || k FROM n"),
         "phone numbers; the most is 10"},
        {"sixty opening periods for one service",
         sql(std::string("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 60) "
                         "INSERT INTO schedules (id, service_id, byday, opens_at, closes_at) SELECT 'extra-' || k, ") +
             kFirstId + ", 'MO', '09:00', '10:00' FROM n"),
         "opening periods a week; the most is 50"},
        {"a place in the Sahara",
         sql("UPDATE locations SET latitude = 23.4, longitude = 12.1 WHERE rowid = (SELECT min(rowid) FROM locations WHERE latitude IS NOT NULL)"),
         "lies outside Drenthe"},
        {"every service inactive", sql("UPDATE services SET status = 'inactive'"), "no active service"},
        {"an empty catalogue",
         sql("DELETE FROM attributes; DELETE FROM schedules; DELETE FROM phones; DELETE FROM service_areas; "
             "DELETE FROM service_at_location; DELETE FROM addresses; DELETE FROM locations; DELETE FROM services; "
             "DELETE FROM organizations; DELETE FROM taxonomy_terms;"),
         "no active service"},
        {"a service with a missing organisation",
         sql(std::string("UPDATE services SET organization_id = 'nobody' WHERE rowid = ") + kFirst),
         "organization_id 'nobody' does not exist"},
        {"a synonym with a control character", sql("INSERT INTO synonyms VALUES ('koffie' || char(27), 'thee')"),
         "control character (U+001B)"},
        // Bombs, with tight limits so the test stays quick; the defaults are far larger.
        {"a schema bomb (memory)", schema_bomb, "MiB of memory",
         sync::UntrustedLimits{std::chrono::milliseconds(60'000), 4ll << 20, 4'000'000}},
        {"a synonym bomb (memory)",
         sql("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 200000) "
             "INSERT INTO synonyms SELECT 'woord' || k, 'ander' || k FROM n"),
         "MiB of memory", sync::UntrustedLimits{std::chrono::milliseconds(60'000), 8ll << 20, 4'000'000}},
        {"too many rows",
         sql("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 50000) "
             "INSERT INTO synonyms SELECT 'woord' || k, 'ander' || k FROM n"),
         "too many rows", sync::UntrustedLimits{std::chrono::milliseconds(60'000), 512ll << 20, 20'000}},
        {"a schema bomb (time)", schema_bomb, "took longer than 0 ms",
         sync::UntrustedLimits{std::chrono::milliseconds(0), 512ll << 20, 4'000'000}},
    };
    return cases;
}

const fs::path& demo_catalogue_file(std::int64_t version) {
    static TempDir dir;
    static std::map<std::int64_t, fs::path> built;
    auto it = built.find(version);
    if (it != built.end()) return it->second;
    fs::path out = dir / ("demo-v" + std::to_string(version) + ".sqlite");
    BuildOptions options;
    options.source = fs::path(WEGWIJZER_SOURCE_DIR) / "db/demo";
    options.out = out;
    options.version = version;
    options.created = "2026-11-20";
    options.expires = "2027-06-30";
    auto report = build_catalogue(options);
    if (!report.ok()) throw std::runtime_error("building the demo catalogue failed: " + report.errors.front());
    return built.emplace(version, out).first->second;
}

void write_hostile_package(const fs::path& stick, const HostileCase& hostile, const sync::SecretKey& key,
                           const sync::PackageDescription& description) {
    fs::path folder = stick / "wegwijzer";
    fs::create_directories(folder);
    fs::path file = folder / "catalogue.sqlite";
    fs::copy_file(demo_catalogue_file(description.version), file, fs::copy_options::overwrite_existing);
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);
        if (!db) throw std::runtime_error(db.error());
        run(*db, "PRAGMA journal_mode=DELETE");
        hostile.mutate(*db);
        db->close();
    }
    write_bytes(folder / "catalogue.sqlite.minisig", sign_file(file, key, sync::format_trusted_comment(description)));
}

}  // namespace ww::synctest
