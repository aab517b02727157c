// Schema migrations (PRAGMA user_version) and the schema check.
#include <catch2/catch.hpp>

#include "core/embedded_data.h"
#include "core/schema.h"
#include "hsds_fixture.h"

using namespace fixture;

namespace {

ww::Database fresh_database(const fs::path& path) {
    fs::remove(path);
    auto db = ww::Database::open(path, ww::Database::Mode::Create);
    REQUIRE(db.ok());
    return std::move(*db);
}

std::string schema_text(const ww::Database& db) {
    std::string text;
    auto st = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    while (st.step()) text += st.text(0) + " " + st.text(1) + " " + st.text(2) + "\n";
    return text;
}

}  // namespace

TEST_CASE("migrations: a fresh database gets the current schema version", "[migrations]") {
    auto db = fresh_database(fresh_dir("migrate-fresh") / "a.sqlite");
    CHECK(db.scalar_int("PRAGMA user_version") == 0);
    REQUIRE(ww::migrate(db).ok());
    CHECK(ww::current_schema_version() == static_cast<int>(ww::embedded::migrations().size()));
    CHECK(ww::current_schema_version() >= 1);
    CHECK(db.scalar_int("PRAGMA user_version") == ww::current_schema_version());
    CHECK(ww::check_schema(db).empty());
}

TEST_CASE("migrations: running them twice changes nothing", "[migrations]") {
    auto db = fresh_database(fresh_dir("migrate-twice") / "a.sqlite");
    REQUIRE(ww::migrate(db).ok());
    REQUIRE(db.exec("INSERT INTO organizations (id, name) VALUES ('o1', 'Kept')").ok());
    const std::string before = schema_text(db);
    REQUIRE(ww::migrate(db).ok());
    CHECK(schema_text(db) == before);
    CHECK(db.scalar_int("PRAGMA user_version") == ww::current_schema_version());
    CHECK(db.scalar_text("SELECT name FROM organizations WHERE id = 'o1'") == "Kept");
}

TEST_CASE("migrations: a database newer than the program is refused and left alone", "[migrations]") {
    auto db = fresh_database(fresh_dir("migrate-newer") / "a.sqlite");
    REQUIRE(ww::migrate(db).ok());
    const int newer = ww::current_schema_version() + 1;
    REQUIRE(db.exec("PRAGMA user_version = " + std::to_string(newer)).ok());
    const std::string before = schema_text(db);
    auto result = ww::migrate(db);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == "the catalogue has schema version " + std::to_string(newer) +
                                ", newer than this program knows (" + std::to_string(newer - 1) + ")");
    CHECK(db.scalar_int("PRAGMA user_version") == newer);
    CHECK(schema_text(db) == before);
    CHECK(has(ww::check_schema(db),
              "schema version is " + std::to_string(newer) + ", expected " + std::to_string(newer - 1)));
}

TEST_CASE("migrations: check_schema finds a missing table or column", "[migrations]") {
    auto db = fresh_database(fresh_dir("migrate-check") / "a.sqlite");
    REQUIRE(ww::migrate(db).ok());
    REQUIRE(db.exec("DROP TABLE service_tag").ok());
    REQUIRE(db.exec("ALTER TABLE services DROP COLUMN name_en").ok());
    auto problems = ww::check_schema(db);
    INFO(joined(problems));
    CHECK(problems == std::vector<std::string>{"table services has no column name_en", "table service_tag is missing"});
}

TEST_CASE("migrations: an empty database is not a catalogue", "[migrations]") {
    auto db = fresh_database(fresh_dir("migrate-empty") / "a.sqlite");
    auto problems = ww::check_schema(db);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front() == "schema version is 0, expected " + std::to_string(ww::current_schema_version()));
    CHECK(has(problems, "table metadata is missing"));
}
