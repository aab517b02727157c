// kioskctl build/status/export/generate as a program: exit codes 0/1/2, messages and --help.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/sqlite.h"
#include "hsds_fixture.h"

using namespace fixture;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

std::string quoted(const std::string& word) {
    std::string q = "'";
    for (char c : word) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

Run kioskctl(const std::vector<std::string>& words) {
    static int counter = 0;
    auto dir = fresh_dir("cli-run-" + std::to_string(++counter));
    std::string command = quoted(WEGWIJZER_KIOSKCTL);
    for (const auto& w : words) command += " " + quoted(w);
    command += " >" + quoted((dir / "out").string()) + " 2>" + quoted((dir / "err").string());
    int status = std::system(command.c_str());
    Run run;
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = slurp(dir / "out");
    run.err = slurp(dir / "err");
    return run;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("cli: --help on every catalogue command", "[cli]") {
    for (const std::string name : {"build", "status", "export", "generate"}) {
        INFO(name);
        auto r = kioskctl({name, "--help"});
        CHECK(r.code == 0);
        CHECK(r.out.rfind("Usage: kioskctl " + name, 0) == 0);
        CHECK(contains(r.out, "Exit codes:"));
    }
    auto overview = kioskctl({"--help"});
    CHECK(overview.code == 0);
    for (const std::string name : {"build", "status", "export", "generate"}) CHECK(contains(overview.out, "  " + name));
}

TEST_CASE("cli: wrong usage exits 2", "[cli]") {
    auto none = kioskctl({"build"});
    CHECK(none.code == 2);
    CHECK(contains(none.err, "kioskctl build: --source DIR is required"));
    CHECK(kioskctl({"build", "--source", "x"}).code == 2);
    CHECK(kioskctl({"build", "--source", "x", "--out", "y", "--colour", "red"}).code == 2);
    CHECK(kioskctl({"status"}).code == 2);
    CHECK(kioskctl({"export", "--db", "x"}).code == 2);
    CHECK(kioskctl({"generate", "--out", "x"}).code == 2);
    auto bad_count = kioskctl({"generate", "--services", "many", "--out", "x"});
    CHECK(bad_count.code == 2);
    CHECK(contains(bad_count.err, "--services 'many' is not a number from 1 to 1000000"));
    CHECK(kioskctl({"generate", "--services", "0", "--out", "x"}).code == 2);
    CHECK(kioskctl({"nonsense"}).code == 2);
}

TEST_CASE("cli: build lists every error, exits 1 and writes nothing", "[cli]") {
    auto src = copy_tiny("cli-broken");
    append(src / "addresses.csv", "adr-9,loc-1,Brink 2,Emmen,Emen,,NL\n");
    append(src / "schedules.csv", "sch-9,svc-1,,TH,25:00,21:30,,\n");
    auto out = fresh_dir("cli-broken-out") / "c.sqlite";
    auto r = kioskctl({"build", "--source", src.string(), "--out", out.string()});
    CHECK(r.code == 1);
    CHECK(contains(r.err,
                   "addresses.csv line 5: region 'Emen' is not a municipality of Drenthe (did you mean Emmen?)\n"));
    CHECK(contains(r.err, "schedules.csv line 7: opens_at '25:00' is not a time (use HH:MM)\n"));
    CHECK(contains(r.err, "kioskctl build: 2 problems; the catalogue was not written."));
    CHECK_FALSE(fs::exists(out));

    auto nowhere = kioskctl({"build", "--source", tiny_source().string(), "--out", "/nonexistent/folder/c.sqlite"});
    CHECK(nowhere.code == 1);
    CHECK(contains(nowhere.err, "the folder /nonexistent/folder for the catalogue does not exist\n"));
}

TEST_CASE("cli: build, status, export and generate on good input exit 0", "[cli]") {
    auto dir = fresh_dir("cli-good");
    auto db = dir / "c.sqlite";
    auto built = kioskctl({"build", "--source", tiny_source().string(), "--out", db.string(), "--version", "7",
                           "--expires", "2001-01-01", "--demo"});
    INFO(built.err);
    REQUIRE(built.code == 0);
    CHECK(built.out == "Built " + db.string() + ": 4 services from " + tiny_source().string() + ".\n");

    auto status = kioskctl({"status", "--db", db.string()});
    CHECK(status.code == 0);
    CHECK(contains(status.out, "Version        7\n"));
    CHECK(contains(status.out, "Expires        2001-01-01 (EXPIRED)\n"));
    CHECK(contains(status.out, "Demo data      yes"));
    CHECK(contains(status.out, "Integrity      ok\n"));

    auto json_run = kioskctl({"status", "--db", db.string(), "--json"});
    CHECK(json_run.code == 0);
    auto json = nlohmann::json::parse(json_run.out, nullptr, false);
    REQUIRE_FALSE(json.is_discarded());
    CHECK(json["version"] == 7);
    CHECK(json["expired"] == true);
    CHECK(json["demo"] == true);
    CHECK(json["counts"]["services"] == 4);
    CHECK(json["counts"]["per_category"]["meeting"] == 1);
    CHECK(json["counts"]["per_municipality"]["Emmen"] == 2);
    CHECK(json["integrity"]["ok"] == true);

    auto exported = dir / "export";
    auto ex = kioskctl({"export", "--db", db.string(), "--out", exported.string()});
    CHECK(ex.code == 0);
    CHECK(fs::exists(exported / "services.csv"));
    CHECK(fs::exists(exported / "datapackage.json"));

    auto generated = dir / "generated";
    auto gen = kioskctl({"generate", "--services", "40", "--out", generated.string(), "--seed", "9"});
    CHECK(gen.code == 0);
    CHECK(kioskctl({"build", "--source", generated.string(), "--out", (dir / "g.sqlite").string()}).code == 0);
}

TEST_CASE("cli: status and export exit 1 on a missing or broken catalogue", "[cli]") {
    auto dir = fresh_dir("cli-bad-db");
    auto missing = kioskctl({"status", "--db", (dir / "none.sqlite").string()});
    CHECK(missing.code == 1);
    CHECK(missing.err == "kioskctl status: catalogue " + (dir / "none.sqlite").string() + " does not exist\n");
    spit(dir / "text.sqlite", std::string(3000, 'y'));
    CHECK(kioskctl({"status", "--db", (dir / "text.sqlite").string()}).code == 1);
    CHECK(kioskctl({"status", "--db", (dir / "text.sqlite").string(), "--json"}).code == 1);
    CHECK(kioskctl({"export", "--db", (dir / "none.sqlite").string(), "--out", (dir / "x").string()}).code == 1);

    auto db = dir / "damaged.sqlite";
    REQUIRE(build(tiny_source(), db).ok());
    {
        auto handle = ww::Database::open(db, ww::Database::Mode::ReadWrite);
        REQUIRE(handle.ok());
        REQUIRE(
            handle->exec("INSERT INTO services (id, organization_id, name) VALUES ('svc-x', 'org-1', 'Extra')").ok());
    }
    auto damaged = kioskctl({"status", "--db", db.string()});
    CHECK(damaged.code == 1);
    CHECK(contains(damaged.out, "Integrity      FAILED\n"));
}

TEST_CASE("cli: search --batch answers one JSON line per query line, in order", "[cli]") {
    auto dir = fresh_dir("cli-search-batch");
    {
        std::ofstream queries(dir / "queries.txt");
        queries << "odensehuis\n\nzzzqqqxxx\r\nregiotaxi\n";
    }
    std::string command = quoted(WEGWIJZER_KIOSKCTL) + " search --batch --limit 3 --db " +
                          quoted(WEGWIJZER_DEMO_CATALOGUE) + " <" + quoted((dir / "queries.txt").string()) + " >" +
                          quoted((dir / "out").string());
    int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    std::istringstream out(slurp(dir / "out"));
    std::vector<nlohmann::json> answers;
    for (std::string line; std::getline(out, line);) answers.push_back(nlohmann::json::parse(line));
    REQUIRE(answers.size() == 4);
    CHECK(answers[0]["query"] == "odensehuis");
    CHECK(answers[1]["query"] == "");
    CHECK(answers[2]["query"] == "zzzqqqxxx");  // the CR of a CRLF line is not part of the query
    CHECK(answers[3]["query"] == "regiotaxi");
    REQUIRE_FALSE(answers[0]["results"].empty());
    CHECK(answers[0]["results"].size() <= 3);
    CHECK(answers[0]["results"][0]["name"].get<std::string>().find("Odensehuis") == 0);
    CHECK(answers[2]["results"].empty());
    CHECK(answers[3]["results"][0]["name"] == "Regiotaxi Drenthe");
    // Each answer is what a single search gives.
    auto single = kioskctl({"search", "--json", "--limit", "3", "--db", WEGWIJZER_DEMO_CATALOGUE, "odensehuis"});
    REQUIRE(single.code == 0);
    CHECK(nlohmann::json::parse(single.out)["results"] == answers[0]["results"]);
    // Queries come from standard input only.
    auto both = kioskctl({"search", "--batch", "--db", WEGWIJZER_DEMO_CATALOGUE, "odensehuis"});
    CHECK(both.code == 1);
    CHECK(contains(both.err, "--batch reads the queries from standard input"));
}

TEST_CASE("cli: search --json replaces bytes that are not UTF-8 instead of aborting", "[cli]") {
    auto dir = fresh_dir("cli-bad-bytes");
    auto db = dir / "c.sqlite";
    REQUIRE(kioskctl({"build", "--source", tiny_source().string(), "--out", db.string()}).code == 0);
    std::string word;
    {
        // An installed catalogue from before the import checked its values: a name with a 0xFF byte.
        auto opened = ww::Database::open(db, ww::Database::Mode::ReadWrite);
        REQUIRE(opened.ok());
        std::string name = opened->scalar_text("SELECT name FROM services ORDER BY rowid LIMIT 1").value_or("");
        word = name.substr(0, name.find(' '));
        REQUIRE(opened
                    ->exec("UPDATE services SET name = name || CAST(x'ff20c3' AS TEXT) WHERE rowid = "
                           "(SELECT min(rowid) FROM services)")
                    .ok());
    }
    for (const char* json_flag : {"--json"}) {
        auto run = kioskctl({"search", "--db", db.string(), json_flag, word});
        INFO(run.err);
        CHECK(run.code == 0);
        auto json = nlohmann::json::parse(run.out, nullptr, false);
        REQUIRE_FALSE(json.is_discarded());
        CHECK(contains(run.out, "\xef\xbf\xbd"));  // U+FFFD where the bad bytes were
    }
}
