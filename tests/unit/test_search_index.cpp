// The search's in-memory index (search_term posting lists) against FTS5 itself, its codec, and
// what a damaged index does.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "core/catalogue.h"
#include "core/drenthe_places.h"
#include "core/dutch.h"
#include "core/postings.h"
#include "core/relevance.h"
#include "core/sqlite.h"
#include "hsds_fixture.h"

using namespace ww;

TEST_CASE("posting lists survive encoding: small and large gaps") {
    std::vector<std::vector<std::int64_t>> lists{
        {}, {1}, {0, 1, 2, 3}, {127, 128, 16383, 16384, 2097151, 2097152}, {5, 1LL << 40, INT64_MAX}};
    std::mt19937_64 random(7);
    std::vector<std::int64_t> many;
    for (std::int64_t rowid = 1; many.size() < 5000;)
        many.push_back(rowid += static_cast<std::int64_t>(random() % 300) + 1);
    lists.push_back(many);
    for (const auto& list : lists) {
        auto decoded = decode_postings(encode_postings(list));
        REQUIRE(decoded);
        CHECK(*decoded == list);
    }
    // One byte per gap below 128: a list of neighbours is as long as it is.
    CHECK(encode_postings({1, 2, 3, 4}).size() == 4);
}

TEST_CASE("a damaged posting list is refused, not misread") {
    CHECK_FALSE(decode_postings(std::string("\x81", 1)));                                 // ends inside a varint
    CHECK_FALSE(decode_postings(std::string(11, '\xff')));                                // longer than 64 bits
    CHECK_FALSE(decode_postings(encode_postings({INT64_MAX}) + std::string(1, '\x01')));  // past INT64_MAX
    CHECK(decode_postings(""));                                                           // empty is a valid empty list
}

namespace {

Catalogue& demo() {
    static auto opened = Catalogue::open(WEGWIJZER_DEMO_CATALOGUE);
    REQUIRE(opened.ok());
    return **opened;
}

std::set<std::string> engine_ids(const std::string& word) {
    SearchQuery q;
    q.text = word;
    q.limit = 100000;
    std::set<std::string> ids;
    for (const auto& s : demo().search(q).services) ids.insert(s.id);
    return ids;
}

// What FTS5 finds for the word as a beginning: its completions, stop words left out (a beginning
// never completes into a stop word: "waa" is no "waar"), and the word itself. A real word typed
// whole does not complete into a word found only in organisations' and locations' names
// (relevance.h typed_as_meant: "hond" is no "Hondsrug").
std::set<std::string> fts_ids(const std::string& word) {
    std::string match;
    const bool meant = typed_as_meant(word.size(), is_dutch_word(word) || is_english_word(word));
    constexpr auto names =
        static_cast<std::uint8_t>(1u << static_cast<int>(Field::keywords) | 1u << static_cast<int>(Field::places));
    Statement terms = demo().database().prepare("SELECT term, fields FROM search_term WHERE term >= ?1 AND term < ?2");
    terms.bind(1, word);
    terms.bind(2, word + "\xff");
    while (terms.step()) {
        const std::string term = terms.text(0);
        if (term != word && is_stop_word(term)) continue;
        std::uint8_t fields = 0;
        for (const char byte : terms.blob(1)) fields |= static_cast<std::uint8_t>(byte);
        if (meant && term != word && fields != 0 && (fields & ~names) == 0) continue;
        match += (match.empty() ? "\"" : " OR \"") + term + "\"";
    }
    std::set<std::string> ids;
    if (match.empty()) return ids;
    Statement st = demo().database().prepare(
        "SELECT s.id FROM service_fts f JOIN services s ON s.rowid = f.rowid "
        "WHERE service_fts MATCH ?1 AND s.status NOT IN ('inactive', 'defunct')");
    st.bind(1, match);
    while (st.step()) ids.insert(st.text(0));
    return ids;
}

}  // namespace

TEST_CASE("the in-memory index finds what FTS5 finds, for every prefix") {
    // Every 2- and 3-letter prefix of the vocabulary and every whole term. The search finds more
    // than FTS5 on purpose (stems, compounds, synonyms, places: tested in test_search), so
    // everything FTS5 finds must be found; and a two-letter beginning, which none of those
    // extend, finds exactly what FTS5 finds.
    std::set<std::string> words, synonyms;
    Statement st = demo().database().prepare("SELECT term FROM search_term");
    while (st.step()) {
        std::string term = st.text(0);
        words.insert(term);
        for (size_t n : {2u, 3u})
            if (term.size() > n) words.insert(term.substr(0, n));
    }
    for (Statement syn = demo().database().prepare("SELECT term FROM synonyms"); syn.step();)
        synonyms.insert(syn.text(0));
    size_t compared = 0, exact = 0;
    for (const auto& w : words) {
        // Synonyms and stop words (never needed for a match) are not asked for alone.
        if (w.size() < 2 || synonyms.count(w) || is_stop_word(w) || find_drenthe_town(w)) continue;
        INFO("word: " << w);
        auto engine = engine_ids(w);
        auto fts = fts_ids(w);
        CHECK(std::includes(engine.begin(), engine.end(), fts.begin(), fts.end()));
        if (w.size() == 2) {
            CHECK(engine == fts);
            ++exact;
        }
        ++compared;
    }
    CHECK(compared > 1000);
    CHECK(exact > 100);
}

TEST_CASE("a catalogue whose search index is damaged is refused with a message") {
    auto dir = fixture::fresh_dir("damaged-index");
    auto file = dir / "catalogue.sqlite";
    std::filesystem::copy_file(WEGWIJZER_DEMO_CATALOGUE, file);
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec("UPDATE search_term SET docs = x'8181' WHERE term = 'dementie'").ok());
    }
    auto opened = Catalogue::open(file);
    REQUIRE_FALSE(opened.ok());
    CHECK_THAT(opened.error(), Catch::Contains("search index is damaged at the word 'dementie'"));
}

TEST_CASE("a search index whose field bytes do not match its lists is refused") {
    auto dir = fixture::fresh_dir("damaged-fields");
    auto file = dir / "catalogue.sqlite";
    std::filesystem::copy_file(WEGWIJZER_DEMO_CATALOGUE, file);
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec("UPDATE search_term SET fields = x'01' WHERE term = 'dementie'").ok());
    }
    auto opened = Catalogue::open(file);
    REQUIRE_FALSE(opened.ok());
    CHECK_THAT(opened.error(), Catch::Contains("search index is damaged at the word 'dementie'"));
}

TEST_CASE("the integrity check finds a search index that differs from the full-text index") {
    CHECK(demo().check_integrity().empty());
    auto dir = fixture::fresh_dir("differing-index");
    auto file = dir / "catalogue.sqlite";
    std::filesystem::copy_file(WEGWIJZER_DEMO_CATALOGUE, file);
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec("DELETE FROM search_term WHERE term = 'dementie'").ok());
        Statement shorten = db->prepare("UPDATE search_term SET docs = ?1, fields = x'08' WHERE term = 'emmen'");
        shorten.bind_blob(1, encode_postings({1}));
        shorten.step();
        REQUIRE(shorten.error().empty());
    }
    auto opened = Catalogue::open(file);
    REQUIRE(opened.ok());
    auto problems = (*opened)->check_integrity();
    auto has = [&](const std::string& text) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    INFO(problems.size() << " problems");
    CHECK(has("search index: 'dementie' is missing"));
    CHECK(has("search index: 'emmen' lists 1 services, the full-text index "));
}

namespace {
// A copy of the demo catalogue whose first active service has `rowid`, with its posting lists
// written again; the moved service's id and name.
std::pair<std::string, std::string> demo_with_rowid(const std::filesystem::path& file, std::int64_t rowid) {
    std::filesystem::copy_file(WEGWIJZER_DEMO_CATALOGUE, file);
    auto db = Database::open(file, Database::Mode::ReadWrite);
    REQUIRE(db.ok());
    Statement pick = db->prepare("SELECT rowid, id, name FROM services WHERE status = 'active' ORDER BY rowid LIMIT 1");
    REQUIRE(pick.step());
    std::int64_t old = pick.integer(0);
    std::pair<std::string, std::string> moved{pick.text(1), pick.text(2)};
    for (const char* table : {"services", "service_fts"}) {
        Statement move = db->prepare(std::string("UPDATE ") + table + " SET rowid = ?1 WHERE rowid = ?2");
        move.bind(1, rowid).bind(2, old);
        move.step();
        REQUIRE(move.error().empty());
    }
    REQUIRE(db->exec("DELETE FROM search_term").ok());
    REQUIRE(fill_search_terms(*db).ok());
    return moved;
}
}  // namespace

TEST_CASE("an installed catalogue with rowid 2^62 is searched, not sized by its rowids") {
    auto file = fixture::fresh_dir("huge-rowid") / "catalogue.sqlite";
    auto [id, name] = demo_with_rowid(file, std::int64_t{1} << 62);
    auto catalogue = Catalogue::open(file);
    INFO((catalogue.ok() ? std::string() : catalogue.error()));
    REQUIRE(catalogue.ok());
    SearchQuery q;
    q.text = name;
    q.limit = 100;
    std::set<std::string> ids;
    for (const auto& s : (*catalogue)->search(q).services) ids.insert(s.id);
    INFO(name);
    CHECK(ids.count(id) == 1);
}

TEST_CASE("an installed catalogue with rowid -1 gives a message, not a crash") {
    auto file = fixture::fresh_dir("negative-rowid") / "catalogue.sqlite";
    demo_with_rowid(file, -1);
    auto catalogue = Catalogue::open(file);  // a posting list cannot hold -1: the index is damaged
    REQUIRE_FALSE(catalogue.ok());
    CHECK(catalogue.error().find("the search index is damaged") != std::string::npos);
}
