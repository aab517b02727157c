// The catalogue diff: plain services in, new / removed / changed with fields in words out.
#include <catch2/catch.hpp>

#include "core/hsds_id.h"
#include "core/sheet/catalogue_diff.h"

using namespace ww;
using namespace ww::sheet;

namespace {

ServiceDetail service(const std::string& id, const std::string& name, const std::string& municipality) {
    ServiceDetail s;
    s.summary.id = id;
    s.summary.name.nl = name;
    s.summary.municipality = municipality;
    s.summary.municipalities = {municipality};
    s.summary.tags = {"meeting", "cost-free"};
    s.summary.opening = {{0, 540, 1020}, {1, 540, 1020}, {2, 540, 1020}, {3, 540, 1020}, {4, 540, 1020}};
    s.phones = {{"0591123456", ""}};
    s.url = "https://example.nl";
    s.assured_date = "2026-01-05";
    return s;
}

const FieldChange* field(const ServiceChange& c, const std::string& name) {
    for (const auto& f : c.fields)
        if (f.field == name) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("diff: new, removed and changed services by id, ordered by municipality then name", "[sheet][diff]") {
    std::vector<ServiceDetail> before = {service("a", "Alzheimer Café", "Emmen"), service("b", "Dagbesteding", "Assen"),
                                         service("c", "Regiotaxi", "Coevorden"),
                                         service("d", "Zorgloket", "Aa en Hunze")};
    std::vector<ServiceDetail> after = {
        service("a", "Alzheimer Café", "Emmen"),  service("c", "Regiotaxi", "Coevorden"),
        service("d", "Zorgloket", "Aa en Hunze"), service("z", "Ontmoetingscentrum", "Borger-Odoorn"),
        service("y", "Mantelzorgpunt", "Assen"),  service("x", "Koffieochtend", "Assen")};
    after[1].phones = {{"0591654321", ""}};
    after[2].summary.name.nl = "Zorgloket Gieten";

    CatalogueDiff diff = diff_services(before, after, Language::Dutch);
    CHECK(diff.old_total == 4);
    CHECK(diff.new_total == 6);
    REQUIRE(diff.added.size() == 3);
    // Assen before Borger-Odoorn; in Assen by name.
    CHECK(diff.added[0].id == "x");
    CHECK(diff.added[1].id == "y");
    CHECK(diff.added[2].id == "z");
    REQUIRE(diff.removed.size() == 1);
    CHECK(diff.removed[0].id == "b");
    CHECK(diff.removed[0].name == "Dagbesteding");
    REQUIRE(diff.changed.size() == 2);
    CHECK(diff.changed[0].municipality == "Aa en Hunze");
    CHECK(diff.changed[0].name == "Zorgloket Gieten");  // the new name
    REQUIRE(diff.changed[0].fields.size() == 1);
    CHECK(diff_field_line(diff.changed[0].fields[0]) == "Naam: Zorgloket -> Zorgloket Gieten");
    REQUIRE(diff.changed[1].fields.size() == 1);
    CHECK(diff_field_line(diff.changed[1].fields[0]) == "Telefoon: 0591 - 12 34 56 -> 0591 - 65 43 21");
    CHECK(diff.unchanged == 1);
    CHECK(diff_counts_line(diff, Language::Dutch) == "3 nieuw, 1 weg, 2 gewijzigd, 1 gelijk");
    CHECK(diff_counts_line(diff, Language::English) == "3 new, 1 removed, 2 changed, 1 unchanged");
}

TEST_CASE("diff: opening hours, categories and empty values in words, Dutch and English", "[sheet][diff]") {
    ServiceDetail was = service("a", "Alzheimer Café", "Emmen");
    ServiceDetail now = was;
    now.summary.opening = {{1, 810, 960}, {3, 810, 960}};
    now.summary.tags = {"meeting", "day-care", "cost-contribution", "audience-carer"};
    now.email = "info@example.nl";
    now.url.clear();

    auto nl = diff_services({was}, {now}, Language::Dutch);
    REQUIRE(nl.changed.size() == 1);
    const auto& c = nl.changed[0];
    REQUIRE(field(c, "Open op"));
    CHECK(field(c, "Open op")->before == "ma t/m vr 09:00\u201317:00");
    CHECK(field(c, "Open op")->after == "di en do 13:30\u201316:00");
    REQUIRE(field(c, "Onderwerp"));
    CHECK(field(c, "Onderwerp")->before == "Ontmoeten");
    CHECK(field(c, "Onderwerp")->after == "Dagbesteding, Ontmoeten");
    REQUIRE(field(c, "Kosten"));
    CHECK(field(c, "Kosten")->after == "Eigen bijdrage");
    REQUIRE(field(c, "Voor wie"));
    CHECK(field(c, "Voor wie")->before == "(leeg)");
    CHECK(field(c, "Voor wie")->after == "Voor mantelzorgers");
    REQUIRE(field(c, "Website"));
    CHECK(field(c, "Website")->after == "(leeg)");
    REQUIRE(field(c, "E-mail"));
    CHECK(field(c, "E-mail")->after == "info@example.nl");
    CHECK_FALSE(field(c, "Telefoon"));
    CHECK_FALSE(field(c, "Naam"));

    auto en = diff_services({was}, {now}, Language::English);
    REQUIRE(en.changed.size() == 1);
    REQUIRE(field(en.changed[0], "Topic"));
    CHECK(field(en.changed[0], "Topic")->after == "Day care, Meeting places");
    REQUIRE(field(en.changed[0], "Opening hours"));
    CHECK(field(en.changed[0], "Opening hours")->after.find("13:30") != std::string::npos);
    CHECK(field(en.changed[0], "Website")->after == "(empty)");
}

TEST_CASE("diff: the same catalogue changes nothing, the text report says so", "[sheet][diff]") {
    std::vector<ServiceDetail> list = {service("a", "Alzheimer Café", "Emmen"), service("b", "Dagbesteding", "Assen")};
    auto diff = diff_services(list, list, Language::Dutch);
    CHECK(diff.empty());
    CHECK(diff.unchanged == 2);
    DiffSide old_side{"oud.sqlite", {}};
    old_side.info.version = 3;
    old_side.info.created = "2026-11-01";
    std::string text = format_diff_text(diff, old_side, {"nieuw.sqlite", {}}, Language::Dutch);
    CHECK(text.find("Oud: versie 3 van 2026-11-01, oud.sqlite") != std::string::npos);
    CHECK(text.find("Er verandert niets.") != std::string::npos);
}

TEST_CASE("diff: an id and the UUID an export gave it are the same service", "[sheet][diff][uuid]") {
    std::vector<ServiceDetail> before = {service("svc-0001", "Alzheimer Café", "Emmen"),
                                         service("svc-0002", "Dagbesteding", "Assen")};
    std::vector<ServiceDetail> after = {service(hsds_uuid("services", "svc-0001"), "Alzheimer Café", "Emmen"),
                                        service(hsds_uuid("services", "svc-0002"), "Dagbesteding", "Assen")};
    after[1].summary.name.nl = "Dagbesteding De Es";
    CatalogueDiff diff = diff_services(before, after, Language::Dutch);
    CHECK(diff.added.empty());
    CHECK(diff.removed.empty());
    CHECK(diff.unchanged == 1);
    REQUIRE(diff.changed.size() == 1);
    CHECK(diff.changed[0].name == "Dagbesteding De Es");
}

TEST_CASE("diff: the text report lists each section with its services and fields", "[sheet][diff]") {
    ServiceDetail was = service("a", "Alzheimer Café", "Emmen");
    ServiceDetail now = was;
    now.description.nl = "Elke maand.\nOp dinsdag.";
    auto diff =
        diff_services({was, service("b", "Weg", "Assen")}, {now, service("c", "Nieuw", "Tynaarlo")}, Language::English);
    std::string text = format_diff_text(diff, {"a", {}}, {"b", {}}, Language::English);
    CHECK(text.find("New services (1)\n  Tynaarlo \u00b7 Nieuw (c)\n") != std::string::npos);
    CHECK(text.find("Removed services (1)\n  Assen \u00b7 Weg (b)\n") != std::string::npos);
    CHECK(
        text.find(
            "Changed services (1)\n  Emmen \u00b7 Alzheimer Café (a)\n      Description: (empty) -> Elke maand. Op dinsdag.\n") !=
        std::string::npos);
}
