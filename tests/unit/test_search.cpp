// Search on the demo catalogue: diacritics, prefixes, typos, synonyms, filters, ranking.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/calendar.h"
#include "core/catalogue.h"
#include "core/text.h"

using namespace ww;

namespace {

Catalogue& demo() {
    static auto opened = Catalogue::open(WEGWIJZER_DEMO_CATALOGUE);
    REQUIRE(opened.ok());
    return **opened;
}

SearchResult find(const std::string& text, int limit = 50) {
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    return demo().search(q);
}

std::set<std::string> ids(const SearchResult& r) {
    std::set<std::string> out;
    for (const auto& s : r.services) out.insert(s.id);
    return out;
}

bool mentions(const ServiceSummary& s, const std::string& folded_word) {
    for (const auto* text : {&s.name.nl, &s.name.en, &s.summary.nl, &s.summary.en, &s.town, &s.organization})
        if (fold(*text).find(folded_word) != std::string::npos) return true;
    return false;
}

int count_sql(const std::string& sql) { return static_cast<int>(demo().database().scalar_int(sql).value_or(-1)); }

}  // namespace

TEST_CASE("the demo catalogue is demo data of all twelve municipalities") {
    CHECK(demo().info().demo);
    CHECK(demo().municipalities().size() == 12);
    CHECK(count_sql("SELECT COUNT(*) FROM services") >= 250);
}

TEST_CASE("search ignores case and diacritics") {
    auto plain = find("alzheimer cafe");
    auto accented = find("ALZHEIMER CAFÉ");
    REQUIRE(plain.total > 0);
    CHECK(plain.total == accented.total);
    CHECK(ids(plain) == ids(accented));
    CHECK(std::any_of(plain.services.begin(), plain.services.end(), [](const ServiceSummary& s) {
        return fold(s.name.nl).find("alzheimer cafe") != std::string::npos;
    }));
    CHECK_FALSE(plain.suggestion);
}

TEST_CASE("the last word may be unfinished while typing") {
    auto r = find("dagbest");
    REQUIRE(r.total > 10);
    CHECK_FALSE(r.suggestion);
    // The best matches hold the word in their name; others may only mention it.
    for (size_t i = 0; i < 10; ++i) CHECK(r.services[i].has_tag("day-care"));
    // Each extra letter narrows or keeps the result, never widens it.
    CHECK(find("dag").total >= find("dagb").total);
    CHECK(find("dagb").total >= r.total);
}

TEST_CASE("a misspelt word of five or more letters still finds, and says what it meant") {
    for (auto [typed, meant] : {std::pair{"dementei", "dementie"}, std::pair{"dagbestedng", "dagbesteding"},
                                std::pair{"mantelzrog", "mantelzorg"}}) {
        INFO(typed);
        auto r = find(typed);
        REQUIRE(r.suggestion);
        CHECK(*r.suggestion == meant);
        REQUIRE(r.corrections.size() == 1);
        CHECK(r.corrections[0].typed == typed);
        CHECK(r.total > 0);
        CHECK(r.total == find(meant).total);
    }
    SECTION("short words are not guessed") {
        auto r = find("xqz");
        CHECK_FALSE(r.suggestion);
        CHECK(r.total == 0);
    }
    SECTION("a word far from every catalogue word finds nothing and suggests nothing") {
        auto r = find("qqqqqqqqq");
        CHECK_FALSE(r.suggestion);
        CHECK(r.total == 0);
    }
}

TEST_CASE("synonyms, Dutch and English, come from the synonyms table") {
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'taxi'") > 0);
    auto taxi = find("taxi");
    REQUIRE(taxi.total > 5);
    CHECK(std::all_of(taxi.services.begin(), taxi.services.begin() + 5, [](const ServiceSummary& s) {
        return s.has_tag("transport") && (mentions(s, "taxi") || mentions(s, "vervoer"));
    }));
    // "dagopvang" appears in no service text; it only finds through its synonym.
    REQUIRE(count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'dagopvang'") == 0);
    auto dagopvang = find("dagopvang");
    CHECK(dagopvang.total > 0);
    CHECK(dagopvang.total == find("dagbesteding").total);
    auto daycare = find("day care");
    CHECK(daycare.total > 0);
    auto carer = find("carer");
    CHECK(carer.total > 0);
}

TEST_CASE("audience orders the list and never empties it (a carer looking for day care)") {
    SearchQuery q;
    q.category = "day-care";
    q.municipality = "Emmen";
    q.limit = 1000;
    const auto without = demo().search(q);
    REQUIRE(without.total > 0);
    for (const char* audience : {"audience-carer", "audience-person"}) {
        q.audience = audience;
        const auto with = demo().search(q);
        CHECK(with.total == without.total);
        REQUIRE(with.services.size() == without.services.size());
        // Everything for that audience comes before everything that is not.
        bool seen_other = false;
        for (const auto& s : with.services) {
            if (!s.has_tag(audience)) seen_other = true;
            else CHECK_FALSE(seen_other);
        }
    }
    // With words too: the same services, the audience first among equally relevant ones.
    SearchQuery words;
    words.text = "dementie";
    words.limit = 1000;
    const auto plain = demo().search(words);
    words.audience = "audience-carer";
    CHECK(demo().search(words).total == plain.total);
}

TEST_CASE("filters: municipality, category, cost, open at") {
    SearchQuery q;
    q.category = "meeting";
    q.municipality = "Coevorden";
    q.limit = 1000;
    auto r = demo().search(q);
    REQUIRE(r.total > 0);
    for (const auto& s : r.services) {
        CHECK(s.has_tag("meeting"));
        CHECK(std::find(s.municipalities.begin(), s.municipalities.end(), "Coevorden") != s.municipalities.end());
    }
    // A browse list holds every matching service.
    CHECK(r.total == count_sql("SELECT COUNT(*) FROM service_tag t JOIN service_municipality m USING (service_id)"
                               " JOIN services s ON s.id = t.service_id"
                               " WHERE t.code = 'meeting' AND m.municipality = 'Coevorden' AND s.status = 'active'"));

    q = {};
    q.text = "dementie";
    q.cost = "cost-free";
    q.limit = 1000;
    r = demo().search(q);
    REQUIRE(r.total > 0);
    for (const auto& s : r.services) CHECK(s.has_tag("cost-free"));

    SECTION("open at a moment") {
        auto tuesday_evening = parse_week_time("2026-12-01T19:30");
        REQUIRE(tuesday_evening);
        CHECK(tuesday_evening->weekday == 1);
        SearchQuery open;
        open.category = "meeting";
        open.open_at = tuesday_evening;
        open.limit = 1000;
        auto hits = demo().search(open);
        for (const auto& s : hits.services) {
            bool is_open = std::any_of(s.opening.begin(), s.opening.end(), [](const OpeningSlot& o) {
                return o.weekday == 1 && o.opens_min <= 19 * 60 + 30 && 19 * 60 + 30 < o.closes_min;
            });
            CHECK(is_open);
        }
        SearchQuery all = open;
        all.open_at.reset();
        CHECK(hits.total < demo().search(all).total);  // some meeting places are closed then
    }
}

TEST_CASE("ranking puts the kiosk's own municipality first, then the nearest") {
    SearchQuery q;
    q.category = "meeting";
    q.home_municipality = "Emmen";
    q.near = GeoPoint{52.7858, 6.8976};
    q.limit = 1000;
    auto r = demo().search(q);
    REQUIRE(r.total > 3);
    bool seen_other = false;
    double last = -1;
    for (const auto& s : r.services) {
        if (!s.in_home_municipality) {
            if (!seen_other) last = -1;
            seen_other = true;
        } else {
            CHECK_FALSE(seen_other);  // no home service after a service elsewhere
        }
        REQUIRE(s.distance_km);
        // Ranking uses a flat projection of the map (within 0.5 % of the great-circle distance shown).
        CHECK(*s.distance_km >= last * 0.995);
        last = *s.distance_km;
    }
    CHECK(r.services.front().in_home_municipality);
}

TEST_CASE("text relevance comes before place") {
    // A service whose name holds the word beats one that only mentions it elsewhere,
    // even when the latter is in the home municipality.
    SearchQuery q;
    q.text = "odensehuis";
    q.home_municipality = "Tynaarlo";
    q.limit = 100;
    auto r = demo().search(q);
    REQUIRE(r.total > 0);
    CHECK(fold(r.services.front().name.nl).find("odensehuis") != std::string::npos);
}

TEST_CASE("services that match the words as well as each other are ordered by place") {
    // Every day-care place holds "dagbesteding" in its name; some repeat it in more fields. For
    // a kiosk in Emmen the places in Emmen come first, not those whose text says it once more.
    SearchQuery q;
    q.text = "dagbesteding";
    q.home_municipality = "Emmen";
    q.near = GeoPoint{52.7858, 6.8976};
    q.limit = 3;
    auto r = demo().search(q);
    REQUIRE(r.services.size() == 3);
    for (const auto& s : r.services) {
        INFO(s.name.nl);
        CHECK(s.in_home_municipality);
        CHECK(fold(s.name.nl).find("dagbesteding") != std::string::npos);
    }
}

TEST_CASE("paging returns disjoint slices of one order") {
    SearchQuery q;
    q.category = "care-at-home";
    q.limit = 5;
    auto first = demo().search(q);
    q.offset = 5;
    auto second = demo().search(q);
    REQUIRE(first.services.size() == 5);
    REQUIRE(!second.services.empty());
    for (const auto& s : second.services) CHECK(ids(first).count(s.id) == 0);
    CHECK(first.total == second.total);
}

TEST_CASE("an empty query without any filter is no search") {
    auto r = find("");
    CHECK(r.total == 0);
    CHECK(r.services.empty());
}

TEST_CASE("words that mean nothing alone do not block a search") {
    auto natural = find("hulp bij dementie");
    CHECK(natural.total > 0);
}

// --- issue 12: how residents type and talk ---------------------------------------------------

namespace {
bool top_has(const SearchResult& r, size_t n, const std::string& folded_name_part) {
    for (size_t i = 0; i < std::min(n, r.services.size()); ++i)
        if (fold(r.services[i].name.nl).find(folded_name_part) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("typing the name of a kind of service brings that kind first") {
    for (const char* kind : {"odensehuis", "geheugenpoli", "schuldhulp", "wijkverpleging"}) {
        INFO(kind);
        auto r = find(kind, 10);
        REQUIRE(r.total > 0);
        // Every service named after it comes before any that is not.
        bool seen_other = false;
        for (const auto& s : r.services) {
            bool named = fold(s.name.nl).find(kind) != std::string::npos;
            if (!named) seen_other = true;
            else CHECK_FALSE(seen_other);
        }
    }
}

TEST_CASE("an unfinished word of five or more letters may hold one typo") {
    for (auto [typed, kind] : {std::pair{"dagbestd", "dagbesteding"}, std::pair{"mantlzo", "mantelzorg"}}) {
        INFO(typed);
        auto r = find(typed, 5);
        REQUIRE(r.total > 0);
        REQUIRE(r.suggestion);
        CHECK(fold(*r.suggestion).starts_with(std::string(kind).substr(0, 6)));
        CHECK(top_has(r, 1, kind));
    }
    // Finishing the word (a space after it) keeps what it found while typed: results never get
    // worse as a word is finished (issue 12), so "dagbestd " still finds day care.
    auto finished = find("dagbestd ", 5);
    REQUIRE(finished.total > 0);
    CHECK(top_has(finished, 1, "dagbesteding"));
}

TEST_CASE("an unfinished word brings the synonyms of the words it begins") {
    // thuiszorg -> wijkverpleging (synonyms.csv); "thuisz" behaves like "thuiszorg".
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'thuiszorg'") > 0);
    auto typing = find("thuisz", 1000), finished = find("thuiszorg", 1000);
    CHECK(typing.total == finished.total);
    CHECK(ids(typing) == ids(finished));
    CHECK(top_has(typing, 3, "wijkverpleging"));
}

TEST_CASE("a finished word keeps what its beginning found") {
    // Each result of the longer beginnings is still found by the whole word.
    for (const char* word : {"mantelzorgers", "vrijwilligers", "dagbesteding", "geheugenpoli"}) {
        INFO(word);
        auto whole = ids(find(word, 100000));
        const std::string w = word;
        for (size_t n = w.size() - 2; n < w.size(); ++n) {
            auto part = ids(find(w.substr(0, n), 100000));
            size_t kept = 0;
            for (const auto& id : ids(find(w.substr(0, n), 5))) kept += whole.count(id);
            INFO("prefix " << w.substr(0, n));
            CHECK(kept == std::min<size_t>(5, part.size()));
        }
    }
}

TEST_CASE("Dutch inflection and compounds find the catalogue's words") {
    // Stem: the plural finds the singular's services and the other way round.
    auto holding = [](const char* term) {
        std::set<std::string> out;
        Statement st = demo().database().prepare(
            "SELECT s.id FROM service_fts f JOIN services s ON s.rowid = f.rowid WHERE service_fts MATCH ?1"
            " AND s.status NOT IN ('inactive', 'defunct')");
        st.bind(1, std::string(term));
        while (st.step()) out.insert(st.text(0));
        return out;
    };
    auto singular = holding("vrijwilliger"), plural = holding("vrijwilligers");
    REQUIRE_FALSE(singular.empty());
    REQUIRE(singular != plural);
    auto by_plural = ids(find("vrijwilligers ", 1000)), by_singular = ids(find("vrijwilliger ", 1000));
    CHECK(std::includes(by_plural.begin(), by_plural.end(), singular.begin(), singular.end()));
    CHECK(std::includes(by_singular.begin(), by_singular.end(), plural.begin(), plural.end()));
    // Compounds the catalogue does not hold, split into words it does.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'dagbestedingsplek'") == 0);
    auto plek = find("dagbestedingsplek", 5);
    REQUIRE(plek.total > 0);
    CHECK(plek.services.front().has_tag("day-care"));
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'maaltijdbezorging'") == 0);
    auto bezorging = find("maaltijdbezorging", 3);  // only the first part is a catalogue word
    REQUIRE(bezorging.total > 0);
    CHECK(top_has(bezorging, 1, "maaltijd"));
}

TEST_CASE("suggestions are honest") {
    SECTION("stop words and real Dutch words are never corrected") {
        for (const char* word : {"moeder", "alles", "meer", "boodschappen"}) {
            INFO(word);
            auto r = find(word);
            CHECK_FALSE(r.suggestion);
            CHECK(r.corrections.empty());
        }
    }
    SECTION("never into the other language") {
        // "walking" is in the catalogue's English texts. Alone, "walkng" is taken as Dutch (the
        // kiosk's first language), so it is not corrected into an English-only word...
        REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'walking'") > 0);
        auto alone = find("walkng ");
        CHECK_FALSE(alone.suggestion);
        CHECK(alone.corrections.empty());
        // ...with an English word beside it, it is.
        auto english = find("walkng group ");
        REQUIRE(english.suggestion);
        CHECK(*english.suggestion == "walking group");
        // A real English word is no typo either (as a real Dutch word is not).
        CHECK(find("hairdresser ").corrections.empty());
    }
    SECTION("at most one edit in a word of six letters or fewer") {
        // "kafee" is two edits from "cafe": no guess; "cafe" with one typo is guessed.
        CHECK_FALSE(find("kafee ").suggestion);
        auto one = find("dmentie ");
        REQUIRE(one.suggestion);
        CHECK(*one.suggestion == "dementie");
    }
    SECTION("nothing found and nothing to suggest: the screen offers a way on") {
        auto r = find("qqqqqqqqq");
        CHECK(r.total == 0);
        CHECK_FALSE(r.suggestion);
        CHECK(r.offer_way_on);
        CHECK_FALSE(find("dementie").offer_way_on);
        CHECK_FALSE(find("").offer_way_on);  // an empty query is no question
        // Two words of which one is a Dutch word nothing answers: no half answer.
        auto half = find("huis verkopen");
        CHECK(half.total == 0);
        CHECK(half.offer_way_on);
    }
}

TEST_CASE("weak evidence finds nothing rather than something misleading") {
    // A compound of which only a part is a catalogue word met in a description: "auto" stands in
    // the volunteer drivers' text, "verzekering" nowhere as a word of its own.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'autoverzekering'") == 0);
    REQUIRE(count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'description: auto'") > 0);
    for (const char* query : {"autoverzekering ", "kinderopvang "}) {
        INFO(query);
        auto r = find(query);
        CHECK(r.total == 0);
        CHECK(r.offer_way_on);
    }
    // Of two words that no service holds together, one met only in descriptions is not enough:
    // "kapper" stands in the volunteer drivers' text (they drive you to the hairdresser).
    REQUIRE(count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'description: kapper'") > 0);
    CHECK(find("kapper aan huis ").total == 0);
    // Also while "huis" may still be the beginning of the village Huis ter Heide: read as the
    // beginning of a word, no service holds it with "kapper", so only services named for "kapper"
    // would answer, and none is.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'huis'") > 0);
    CHECK(find("kapper aan huis").total == 0);
    CHECK(find("kapper aan hui").total == 0);
    // A place being typed after a kind of service keeps that kind: the taxis are named for it.
    auto taxi = find("taxi nieuw", 3);
    REQUIRE(taxi.total > 0);
    for (const auto& svc : taxi.services) CHECK(svc.has_tag("transport"));
    // A real word typed whole does not complete into an organisation's name ("hond" is no
    // "Hondsrug"): nothing answers it.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'hondsrug'") > 0);
    CHECK(find("hond").total == 0);
    CHECK(find("hondsr").total > 0);  // the name itself being typed still finds it
    // A need the catalogue does not cover beside a word met only through a synonym: no service
    // holds "oppas" (a synonym brings the home-help volunteers), and "poes" nothing at all. The
    // same question for a person, a small word, keeps its answer; so does a sentence whose
    // other word a service holds as typed ("medicijnen") beside a verb nothing answers.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'oppas'") == 0);
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'medicijnen'") > 0);
    for (const char* query : {"oppas voor de poes ", "een oppas voor onze hond "}) {
        INFO(query);
        auto r = find(query);
        CHECK(r.total == 0);
        CHECK(r.offer_way_on);
    }
    CHECK(find("oppas voor mijn vader ").total > 0);
    CHECK(find("wie brengt de medicijnen rond ").total > 0);
    // A compound whose part names the kind of service still finds it.
    auto walk = find("wandelclub ", 3);
    REQUIRE(walk.total > 0);
    CHECK(mentions(walk.services.front(), "wandel"));
}

TEST_CASE("finishing a word never pushes its completions down") {
    // "vrij" is a catalogue word and the beginning of "vrijwillige": while it is being typed, as
    // typed it counts no more than its completions.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'vrij'") > 0);
    auto typing = find("vrij", 3);
    REQUIRE(typing.total > 0);
    for (const auto& s : typing.services) CHECK(fold(s.name.nl).find("vrijwillige") != std::string::npos);
    // One or two letters of a next word are not needed yet: the list stays while they are typed.
    CHECK(ids(find("maaltijden k", 5)) == ids(find("maaltijden", 5)));
    CHECK(ids(find("maaltijden kl", 5)) == ids(find("maaltijden", 5)));
}

TEST_CASE("an inflected word brings the synonyms and compounds of its lemma") {
    // "wandelt" is no catalogue word; its stem begins "wandelgroep", the walking group's name.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'wandelt'") == 0);
    auto r = find("iemand die met mij wandelt ", 3);
    REQUIRE(r.total > 0);
    CHECK(fold(r.services.front().name.nl).find("wandelgroep") != std::string::npos);
}

TEST_CASE("phrase synonyms of several words are matched in a sentence") {
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'de weg kwijt'") > 0);
    auto r = find("mijn vader is de weg kwijt", 5);
    REQUIRE(r.total > 0);
    CHECK(r.services.front().has_tag("dementia-support"));
}

TEST_CASE("a place of residence in the words means near there") {
    // Dwingeloo: a village, not a municipality; it need not stand in the service's text.
    auto r = find("dagbesteding dwingeloo", 5);
    REQUIRE(r.place);
    CHECK(*r.place == "Dwingeloo");
    REQUIRE(r.total > 0);
    CHECK(r.total == find("dagbesteding").total);  // not needed for a match
    for (const auto& s : r.services) CHECK(s.has_tag("day-care"));
    // The first results are in Dwingeloo's municipality (Westerveld).
    const auto& first = r.services.front().municipalities;
    CHECK(std::find(first.begin(), first.end(), "Westerveld") != first.end());
    // Names of several words, with a hyphen or a number.
    CHECK(find("taxi nieuw-buinen").place == std::optional<std::string>("Nieuw-Buinen"));
    CHECK(find("taxi nieuw buinen").place == std::optional<std::string>("Nieuw-Buinen"));
    CHECK(find("taxi 2e exloermond").place == std::optional<std::string>("2e Exloërmond"));
}

TEST_CASE("costs and conditions are searched, at a low weight") {
    REQUIRE(count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'conditions: zorgverzekering'") > 0);
    auto r = find("zorgverzekering");
    CHECK(r.total ==
          count_sql("SELECT COUNT(*) FROM service_fts f JOIN services s ON s.rowid = f.rowid"
                    " WHERE service_fts MATCH 'zorgverzekering*' AND s.status NOT IN ('inactive', 'defunct')"));
    CHECK(r.total > 0);
}

TEST_CASE("letter by letter: a word being typed after others waits until it can say something") {
    // Two letters, or the beginning of a small word ("all" of alles), change nothing yet.
    CHECK(ids(find("hulp bij het sc", 5)) == ids(find("hulp bij het ", 5)));
    CHECK(ids(find("mijn moeder vergeet all", 5)) == ids(find("mijn moeder vergeet ", 5)));
    // Letters the catalogue does not answer yet ("kaf", on the way to "kafee") neither.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term LIKE 'kaf%'") == 0);
    CHECK(ids(find("alzheimer kaf", 5)) == ids(find("alzheimer ", 5)));
    // A sentence of small words only has nothing to search yet; one stop word alone is searched.
    CHECK(find("mijn vader is de").total == 0);
    CHECK(find("waar kan").total == 0);
    CHECK(find("zonder").total > 0);
    // Alone, a word whose last letters lead nowhere yet stands for its beginning ("taxive").
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term LIKE 'taxive%'") == 0);
    auto taxi = find("taxive", 3);
    REQUIRE(taxi.total > 0);
    CHECK(mentions(taxi.services.front(), "taxi"));
}

TEST_CASE("letter by letter: a phrase is found while its last word is typed") {
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'de weg kwijt'") > 0);
    auto r = find("mijn vader is de weg kwi", 5);
    REQUIRE(r.total > 0);
    CHECK(r.services.front().has_tag("dementia-support"));
    // A word being typed that begins a synonym term is no typo ("logere" of logeren).
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'logeren'") > 0);
    auto logeren = find("een weekend logere", 5);
    CHECK(logeren.corrections.empty());
    REQUIRE(logeren.total > 0);
    CHECK(mentions(logeren.services.front(), "logeer"));
}

TEST_CASE("a finished word is no beginning of a place name") {
    // "valt" begins the village Valthermond, which stands in the texts of services there; a
    // finished "valt" means falling (synonyms.csv: valt -> personenalarmering).
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'valthermond'") > 0);
    auto r = find("mijn vader valt ", 3);
    REQUIRE(r.total > 0);
    for (const auto& s : r.services) CHECK_FALSE(mentions(s, "valthermond"));
    CHECK(fold(r.services.front().name.nl).find("alarm") != std::string::npos);
}

TEST_CASE("a word that says who, not what help, finds nothing alone") {
    // "people" stands in nearly every service ("for people with dementia"): alone it is a stop
    // word like "iemand", and a stop word alone that most services hold says nothing.
    auto people = find("people");
    CHECK(people.total == 0);
    CHECK(people.offer_way_on);
    // A stop word alone that few services hold is still searched, and so is the beginning of
    // a longer word ("de" of dementie).
    CHECK(find("zonder").total > 0);
    CHECK(find("de").total > 0);
    // "valt" has a meaning of its own (synonyms.csv): while typed it is no beginning of Valthermond.
    auto valt = find("valt", 3);
    REQUIRE(valt.total > 0);
    for (const auto& s : valt.services) CHECK_FALSE(mentions(s, "valthermond"));
}

TEST_CASE("typing on past a known beginning keeps what it found") {
    // "huishoudhu" (on the way to huishoudhulp) is no word and no typo of one: its longest
    // beginning that begins catalogue words stands for it (huishou…), not the shorter "huis".
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term LIKE 'huishoudhu%'") == 0);
    for (const char* typed : {"huishoudh", "huishoudhu"}) {
        INFO(typed);
        auto r = find(typed, 3);
        REQUIRE(r.total > 0);
        CHECK(top_has(r, 1, "huishouden"));
    }
}

TEST_CASE("a phrase synonym adds to its words' own synonyms") {
    // "boodschappen doen" (a phrase of synonyms.csv) still brings what "boodschappen" brings.
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'boodschappen doen'") > 0);
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'boodschappen'") > 0);
    auto word = ids(find("boodschappen ", 1000)), phrase = ids(find("boodschappen doen ", 1000));
    REQUIRE_FALSE(word.empty());
    CHECK(std::includes(phrase.begin(), phrase.end(), word.begin(), word.end()));
}

TEST_CASE("letter by letter: small words find nothing by chance") {
    // A question word alone begins a question: "waar" finds nothing yet, "zonder" still does.
    CHECK(find("waar").total == 0);
    CHECK(find("wat").total == 0);
    CHECK(find("zonder").total > 0);
    // A beginning never completes into a stop word: "waa" finds what its other words find.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term LIKE 'waa%'") == 2);  // waakvlam, waar
    const int waakvlam = count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'waakvlam'");
    REQUIRE(waakvlam > 0);
    REQUIRE(count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'waar'") > waakvlam);
    CHECK(find("waa", 1000).total == waakvlam);
}

TEST_CASE("letter by letter: a beginning brings synonyms only of what it can only mean") {
    // "verg" begins vergoeding as much as vergeten: it finds its own words, not dementia care.
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'vergeten'") > 0);
    const int verg = count_sql(
        "SELECT COUNT(*) FROM service_fts f JOIN services s ON s.rowid = f.rowid"
        " WHERE service_fts MATCH 'verg*' AND s.status NOT IN ('inactive', 'defunct')");
    REQUIRE(verg > 0);
    CHECK(find("verg", 1000).total == verg);
    // "thuisz" can only be thuiszorg: it brings thuiszorg's synonyms (more than its own words).
    const int thuisz = count_sql(
        "SELECT COUNT(*) FROM service_fts f JOIN services s ON s.rowid = f.rowid"
        " WHERE service_fts MATCH 'thuisz*' AND s.status NOT IN ('inactive', 'defunct')");
    CHECK(find("thuisz", 1000).total > thuisz);
}

TEST_CASE("letter by letter: the last part of a compound being typed only refines") {
    // "mantelzorgond…": the services named for mantelzorg stay first; "ond…" (onderzoek,
    // onderwerp) only orders them.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term LIKE 'mantelzorgond%'") == 0);
    for (const char* typed : {"mantelzorgond", "mantelzorgonders"}) {
        INFO(typed);
        auto r = find(typed, 3);
        REQUIRE(r.services.size() == 3);
        for (const auto& s : r.services) CHECK(mentions(s, "mantelzorg"));
    }
    // A last part that is a word of its own stands on its own ("ouderenvervoer": vervoer).
    auto r = find("ouderenvervoer", 3);
    REQUIRE(r.total > 0);
    CHECK(r.services.front().has_tag("transport"));
}

TEST_CASE("a small word before the one other word counts") {
    // "zonder" alone finds the services that say "zonder verwijzing"; typing on keeps them first.
    auto zonder = ids(find("zonder"));
    REQUIRE_FALSE(zonder.empty());
    for (const char* typed : {"zonder verw", "zonder verwijzing"}) {
        INFO(typed);
        auto r = find(typed, 3);
        REQUIRE_FALSE(r.services.empty());
        CHECK(zonder.count(r.services.front().id) == 1);
    }
}

TEST_CASE("a category's name of several words brings that kind first") {
    // Word by word, home support *with* dementia has both words in its English name.
    for (const char* typed : {"dementia support", "dementia sup", "hulp bij dementie"}) {
        INFO(typed);
        auto r = find(typed, 5);
        REQUIRE(r.services.size() == 5);
        for (const auto& s : r.services) CHECK(s.has_tag("dementia-support"));
    }
}

TEST_CASE("a question about costs is answered by the cost text, not by the cost label") {
    // The volunteer drivers carry the label "Eigen bijdrage"; day care, home help and the rest
    // say in their cost text that you pay an "eigen bijdrage via het CAK".
    REQUIRE(count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'conditions: \"eigen bijdrage\"'") > 0);
    auto r = find("eigen bijdrage", 5);
    REQUIRE(r.services.size() == 5);
    for (const auto& s : r.services) {
        INFO(s.name.nl);
        CHECK_FALSE(s.has_tag("cost-contribution"));
    }
    // A kind of service named beside the label still comes first.
    auto home = find("personal contribution home care", 5);
    REQUIRE(home.services.size() == 5);
    for (const auto& s : home.services) CHECK(s.has_tag("care-at-home"));
}

TEST_CASE("everyday words about price find the cost text") {
    // "goedkoop" (cheap) stands in hardly any text; a question about price is answered by what
    // the services say you pay (synonyms.csv: goedkoop -> betaalt, like "wat kost").
    const int literal = count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'goedkoop AND vervoer*'");
    auto r = find("goedkoop vervoer", 5);
    CHECK(r.total > literal);
    REQUIRE(r.services.size() == 5);
    for (const auto& s : r.services) CHECK(s.has_tag("transport"));
}

TEST_CASE("weak evidence: a need the catalogue does not cover beside generic words finds nothing") {
    auto first_is = [](const std::string& query, const std::string& tag) {
        auto r = find(query, 3);
        INFO(query);
        REQUIRE(r.total > 0);
        CHECK(r.services.front().has_tag(tag));
    };
    // The catalogue holds these words, but only in passing or in one service in ten or more.
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'schilderen'") > 0);
    REQUIRE(count_sql("SELECT COUNT(*) FROM search_term WHERE term = 'buurt'") > 0);
    for (const char* query :
         {"schilder voor het huis ", "schilder voor het huis", "schoenmaker in de buurt ", "pedicure aan huis ",
          "een nieuw bed kopen ", "mijn kat heeft eten nodig ", "nieuw identiteitsbewijs aanvragen "}) {
        INFO(query);
        auto r = find(query);
        CHECK(r.total == 0);
        CHECK(r.offer_way_on);
    }
    // A word typed alone is searched as it is: the Odensehuis where people paint.
    CHECK(find("schilder ").total > 0);
    // Generic words alone are the question ("eigen bijdrage" is about the cost text).
    CHECK(find("eigen bijdrage ").total > 0);
    CHECK(find("zonder verwijzing ").total > 0);
    // A village's name still finds what is there.
    CHECK(find("alzheimer cafe nieuw-buinen ").total > 0);
    // Phrases of how people speak find what they mean, not their one word ("zorg").
    first_is("ik kan de zorg niet meer aan ", "carer-support");
    first_is("ik zorg voor mijn moeder en ben moe ", "carer-support");
    first_is("even vrij van het zorgen ", "carer-support");
    first_is("wie helpt mij met de gemeente ", "advice");
    // A whole small word being typed brings no phrase it may begin: "hulp aan" is as likely
    // "hulp aan huis" as "hulp aanvragen", so it finds what "hulp" finds.
    CHECK(ids(find("hulp aan")) == ids(find("hulp aan ")));
    // An age below 65 is young-onset dementia.
    auto young = find("mijn man is pas 58 en heeft alzheimer ", 3);
    REQUIRE(young.total > 0);
    CHECK(mentions(young.services.front(), "jonge"));
    CHECK_FALSE(mentions(find("mijn man is 80 en heeft alzheimer ", 3).services.front(), "jonge"));
}
