// kioskctl review's rules: plain services and a fake "today" in, a worklist out.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/sheet/readability.h"
#include "core/sheet/review_rules.h"

using namespace ww;
using namespace ww::sheet;

namespace {

const std::string kToday = "2026-11-30";

// A service with nothing to fix.
ServiceDetail clean(const std::string& id, const std::string& name, const std::string& municipality) {
    ServiceDetail s;
    s.summary.id = id;
    s.summary.name = {name, name + " (English)"};
    s.summary.municipality = municipality;
    s.summary.opening = {{0, 540, 1020}};
    s.description = {"Hier kunt u koffie drinken. U praat met andere mensen. Dat is fijn.",
                     "Here you can have a coffee. You talk with other people."};
    s.phones = {{"0591 - 12 34 5" + id.substr(id.size() - 1), ""}};  // a number of its own per id
    s.url = "https://www.voorbeeld.nl";
    s.email = "info@voorbeeld.nl";
    s.assured_date = "2026-06-01";
    return s;
}

std::vector<ReviewRule> rules_of(const std::vector<ReviewItem>& items, const std::string& id) {
    std::vector<ReviewRule> out;
    for (const auto& i : items)
        if (i.id == id) out.push_back(i.rule);
    return out;
}

bool has(const std::vector<ReviewRule>& rules, ReviewRule rule) {
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

const ReviewItem* item(const std::vector<ReviewItem>& items, const std::string& id, ReviewRule rule) {
    for (const auto& i : items)
        if (i.id == id && i.rule == rule) return &i;
    return nullptr;
}

}  // namespace

TEST_CASE("review: a clean service reports nothing", "[sheet][review]") {
    CHECK(review_services({clean("a1", "Koffieochtend", "Emmen"), clean("a2", "Regiotaxi", "Emmen")}, kToday,
                          Language::Dutch)
              .empty());
}

TEST_CASE("review: not checked for more than 12 months, by a fake today", "[sheet][review]") {
    auto s = clean("a1", "Koffieochtend", "Emmen");
    s.assured_date = "2025-11-30";  // exactly 12 months: fine
    CHECK(review_services({s}, kToday, Language::Dutch).empty());
    s.assured_date = "2025-11-29";
    auto items = review_services({s}, kToday, Language::Dutch);
    REQUIRE(items.size() == 1);
    CHECK(items[0].rule == ReviewRule::NotChecked);
    CHECK(items[0].message.find("2025-11-29") != std::string::npos);
    // The same date is fine a day earlier.
    CHECK(review_services({s}, "2026-11-29", Language::Dutch).empty());
    s.assured_date.clear();
    CHECK(rules_of(review_services({s}, kToday, Language::Dutch), "a1") == std::vector{ReviewRule::NotChecked});
    s.assured_date = "30-11-2026";
    CHECK(rules_of(review_services({s}, kToday, Language::Dutch), "a1") == std::vector{ReviewRule::NotChecked});
    CHECK(months_before("2026-02-28", 12) == "2025-02-28");
    CHECK(months_before("2024-02-29", 12) == "2023-02-28");
    CHECK(months_before("2026-01-15", 1) == "2025-12-15");
}

TEST_CASE("review: no phone, no opening hours, and contacts that do not look right", "[sheet][review]") {
    auto s = clean("a1", "Koffieochtend", "Emmen");
    s.phones.clear();
    s.summary.opening.clear();
    auto rules = rules_of(review_services({s}, kToday, Language::Dutch), "a1");
    CHECK(has(rules, ReviewRule::NoPhone));
    CHECK(has(rules, ReviewRule::NoOpeningHours));

    CHECK_FALSE(phone_doubt("0591 - 12 34 56", Language::Dutch));
    CHECK_FALSE(phone_doubt("06 12345678", Language::Dutch));
    CHECK_FALSE(phone_doubt("+31 591 123456", Language::Dutch));
    CHECK_FALSE(phone_doubt("0800 - 1234", Language::Dutch));
    CHECK_FALSE(phone_doubt("14 0591", Language::Dutch));
    CHECK_FALSE(phone_doubt("+49 30 1234567", Language::Dutch));
    REQUIRE(phone_doubt("591 123 456", Language::Dutch));
    CHECK(phone_doubt("591 123 456", Language::Dutch)->find("0591123456") != std::string::npos);
    CHECK(phone_doubt("0591 12 34", Language::Dutch));
    CHECK(phone_doubt("bel ons", Language::Dutch));

    auto bad = clean("a2", "Dagbesteding", "Emmen");
    bad.phones = {{"591 123 456", ""}};
    bad.email = "info@voorbeeld";
    bad.url = "https://voorbeeld.n";
    auto items = review_services({bad}, kToday, Language::English);
    REQUIRE(item(items, "a2", ReviewRule::BadPhone));
    CHECK(item(items, "a2", ReviewRule::BadPhone)->detail == "591 123 456");
    REQUIRE(item(items, "a2", ReviewRule::BadEmail));
    CHECK(item(items, "a2", ReviewRule::BadEmail)->message.find("e-mail address does not look right") !=
          std::string::npos);
    REQUIRE(item(items, "a2", ReviewRule::BadUrl));
    CHECK(item(items, "a2", ReviewRule::BadUrl)->detail == "https://voorbeeld.n");
}

TEST_CASE("review: duplicates by phone number anywhere, by near-identical name in one municipality",
          "[sheet][review]") {
    auto a = clean("a1", "Alzheimer Café Emmen", "Emmen");
    auto b = clean("b2", "Alzheimer Cafe  Emmen", "Emmen");     // accents and spaces
    auto c = clean("c3", "Alzheimer Café Emmen", "Coevorden");  // other municipality: fine
    auto d = clean("d4", "Alzheimer Caf Emmen", "Emmen");       // one letter off
    auto e = clean("e5", "Koffieochtend", "Assen");
    e.phones = {{"+31 591 123451", ""}};  // the same number as a1, written otherwise
    auto items = review_services({a, b, c, d, e}, kToday, Language::Dutch);
    CHECK(has(rules_of(items, "a1"), ReviewRule::SimilarName));
    CHECK(has(rules_of(items, "b2"), ReviewRule::SimilarName));
    CHECK(has(rules_of(items, "d4"), ReviewRule::SimilarName));
    CHECK_FALSE(has(rules_of(items, "c3"), ReviewRule::SimilarName));
    REQUIRE(item(items, "e5", ReviewRule::SamePhone));
    CHECK(item(items, "e5", ReviewRule::SamePhone)->message.find("Alzheimer Café Emmen (a1)") != std::string::npos);
    CHECK(has(rules_of(items, "a1"), ReviewRule::SamePhone));
    CHECK_FALSE(has(rules_of(items, "b2"), ReviewRule::SamePhone));
    // An organisation's number is shared by its services on purpose.
    auto f = clean("f6", "Dagbesteding", "Assen"), g = clean("g7", "Thuiszorg", "Assen");
    f.phones.push_back({"0592 - 11 22 33", "", PhoneNumber::Owner::Organization});
    g.phones.push_back({"0592 - 11 22 33", "", PhoneNumber::Owner::Organization});
    CHECK(review_services({f, g}, kToday, Language::Dutch).empty());
    // Short different names are not near-identical.
    CHECK(
        review_services({clean("x1", "Wmo", "Emmen"), clean("x2", "Wmo2", "Emmen")}, kToday, Language::Dutch).empty());
}

TEST_CASE("review: descriptions hard to read at B1, with the sentence to fix", "[sheet][review]") {
    const std::string long_sentence =
        "Wanneer u als mantelzorger langdurig en intensief zorgt voor een naaste met dementie en daardoor zelf "
        "overbelast dreigt te raken, kunt u bij ons terecht voor ondersteuning, advies en respijtzorg.";
    auto s = clean("a1", "Mantelzorgpunt", "Emmen");
    s.description.nl = "Wij helpen u. " + long_sentence + " Bel ons.";
    auto items = review_services({s}, kToday, Language::Dutch);
    REQUIRE(item(items, "a1", ReviewRule::LongSentence));
    CHECK(item(items, "a1", ReviewRule::LongSentence)->detail == long_sentence);

    auto w = clean("a2", "Dagbesteding", "Emmen");
    w.description.nl = "U kunt een dementieondersteuningsvoorzieningsaanvraag doen bij de gemeente.";
    items = review_services({w}, kToday, Language::Dutch);
    REQUIRE(item(items, "a2", ReviewRule::LongWord));
    CHECK(item(items, "a2", ReviewRule::LongWord)->detail == "dementieondersteuningsvoorzieningsaanvraag");

    auto h = clean("a3", "Casemanagement", "Emmen");
    h.description.nl =
        "Professionele casemanagementondersteuning gecombineerd met multidisciplinaire "
        "behandelingsmogelijkheden. Individuele begeleidingstrajecten vereisen voorafgaande indicatiestelling. "
        "Gespecialiseerde dementieverpleegkundigen coördineren gezamenlijke zorgverlening.";
    items = review_services({h}, kToday, Language::Dutch);
    REQUIRE(item(items, "a3", ReviewRule::HardToRead));
    CHECK(item(items, "a3", ReviewRule::HardToRead)->message.find("Flesch-Douma") != std::string::npos);
    CHECK_FALSE(item(items, "a3", ReviewRule::HardToRead)->detail.empty());
    CHECK(h.description.nl.find(item(items, "a3", ReviewRule::HardToRead)->detail) != std::string::npos);
}

TEST_CASE("review: readability measures", "[sheet][review]") {
    CHECK(split_sentences("Wij helpen u. Bel bijv. de huisarts! Kom langs?\nOp dinsdag") ==
          std::vector<std::string>{"Wij helpen u.", "Bel bijv. de huisarts!", "Kom langs?", "Op dinsdag"});
    CHECK(split_sentences("U betaalt € 3.50 per keer. Dat is o.a. voor koffie.").size() == 2);
    CHECK(sentence_words("Het Wmo-loket, 's avonds open.") ==
          std::vector<std::string>{"Het", "Wmo-loket", "s", "avonds", "open"});
    CHECK(dutch_syllables("koffie") == 2);
    CHECK(dutch_syllables("de") == 1);
    CHECK(dutch_syllables("ontmoetingscentrum") == 5);
    CHECK(dutch_syllables("ideeën") == 3);
    CHECK(dutch_syllables("beambte") == 3);
    // Short words in short sentences score high; the formula as written.
    CHECK(flesch_douma(10, 2, 12) == Approx(206.84 - 0.77 * 120 - 0.93 * 5));
    CHECK(measure("Wij helpen u graag. Bel ons op.").flesch_douma > 80);
}

TEST_CASE("review: missing English text, and the list ordered by municipality then name", "[sheet][review]") {
    auto a = clean("z9", "Zorgloket", "Assen");
    a.summary.name.en.clear();
    a.description.en.clear();
    auto b = clean("a1", "Alzheimer Café", "Tynaarlo");
    b.phones.clear();
    auto c = clean("m5", "Mantelzorgpunt", "Assen");
    c.summary.opening.clear();
    auto items = review_services({b, a, c}, kToday, Language::Dutch);
    REQUIRE(items.size() == 3);
    CHECK(items[0].id == "m5");
    CHECK(items[1].id == "z9");
    CHECK(items[1].rule == ReviewRule::NoEnglish);
    CHECK(items[1].message.find("Naam (Engels), Wat is het (Engels)") != std::string::npos);
    CHECK(items[2].id == "a1");
    std::string text = format_review_text(items, 3, Language::Dutch);
    CHECK(text.find("3 punten na te kijken bij 3 van de 3 diensten.") == 0);
    CHECK(text.find("\nAssen\n  Mantelzorgpunt (m5)\n    [ ] ") != std::string::npos);
    CHECK(text.find("\nTynaarlo\n") > text.find("\nAssen\n"));
    CHECK(format_review_text({}, 3, Language::English) == "Nothing to fix in 3 services.\n");
}
