// Plain words: every jargon term of db/glossary.csv found in a text is offered with its explanation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/catalogue.h"
#include "core/glossary.h"

using namespace ww;

namespace {

std::vector<std::string> terms_in(const std::string& text) {
    std::vector<std::string> out;
    for (const GlossaryEntry* e : glossary_terms_in(text)) out.push_back(e->term);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& term) {
    return std::find(v.begin(), v.end(), term) != v.end();
}

}  // namespace

TEST_CASE("glossary: every term is explained in short Dutch and English", "[glossary]") {
    REQUIRE(glossary().size() >= 20);
    for (const GlossaryEntry& e : glossary()) {
        INFO(e.term);
        CHECK_FALSE(e.forms.empty());
        CHECK_FALSE(e.explanation.nl.empty());
        CHECK_FALSE(e.explanation.en.empty());
        CHECK(e.explanation.nl.size() <= 200);  // a short explanation, not a leaflet
        CHECK(e.explanation.nl != e.explanation.en);
        // English mode never shows the Dutch term alone: an English term, with the Dutch word in
        // it (in brackets) where the resident meets it on Dutch letters and forms.
        CHECK_FALSE(e.term_en.empty());
        CHECK(e.term_en != e.term);
        CHECK(e.term_en.find(e.term) != std::string::npos);
        CHECK(e.shown_term(Language::English) == e.term_en);
        CHECK(e.shown_term(Language::Dutch) == e.term);
        // Each term finds itself: the way it is written is one of its forms.
        CHECK(has(terms_in("Vraag naar " + e.term + "."), e.term));
    }
}

TEST_CASE("glossary: a term is found as a whole word in any case, in its listed forms", "[glossary]") {
    const auto found = terms_in("U hebt een INDICATIE nodig van het CIZ (Wlz). Meld u bij het Wmo-loket.");
    CHECK(has(found, "indicatie"));
    CHECK(has(found, "CIZ"));
    CHECK(has(found, "Wlz"));
    CHECK(has(found, "Wmo-loket"));
    CHECK(has(found, "Wmo"));
    CHECK(has(terms_in("Onze casemanagers helpen u."), "casemanager dementie"));
    CHECK(has(terms_in("Het Alzheimer Café in Assen"), "Alzheimer Café"));
    // Not inside another word, and each term once.
    CHECK(terms_in("Wmoo cakes en decimale cijfers").empty());
    const auto twice = terms_in("Wmo en nog eens Wmo");
    CHECK(std::count(twice.begin(), twice.end(), "Wmo") == 1);
    CHECK(terms_in("").empty());
}

TEST_CASE("glossary: the demo catalogue's jargon is explained", "[glossary]") {
    auto opened = Catalogue::open(WEGWIJZER_DEMO_CATALOGUE);
    REQUIRE(opened.ok());
    auto rows = (**opened).database().prepare(
        "SELECT group_concat(coalesce(name, '') || ' ' || coalesce(description, '') || ' ' || coalesce(fees_description, '') || ' ' || coalesce(eligibility_description, ''), ' ') FROM services");
    REQUIRE(rows.step());
    const auto found = terms_in(rows.text(0));
    // The words a resident stumbles on in the demo texts (issue 11): each has an explanation.
    for (const char* term :
         {"Wmo", "indicatie", "CIZ", "Wlz", "CAK", "eigen bijdrage", "casemanager dementie", "dementieconsulent",
          "mantelzorg", "dagbesteding", "Alzheimer Café", "zorgboerderij", "sociaal raadslieden"}) {
        INFO(term);
        CHECK(has(found, term));
    }
}
