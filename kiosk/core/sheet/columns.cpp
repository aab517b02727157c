#include "core/sheet/columns.h"

#include <array>

#include "core/drenthe_places.h"
#include "core/taxonomy.h"

namespace ww::sheet {

namespace {
constexpr std::array<ColumnInfo, kColumnCount> kColumns{{
    {"Naam", 32, false, false, "De naam van de hulp, zoals mensen die kennen.", "Alzheimer Café Emmen"},
    {"Organisatie", 28, false, false, "Wie de hulp geeft.", "Stichting Welzijn Emmen"},
    {"Wat is het", 60, false, false, "Vertel in korte zinnen wat de hulp is. De eerste zin staat op het scherm.",
     "Een avond om andere mensen te ontmoeten. U praat over dementie met mensen die het kennen."},
    {"Voor wie", 24, false, false, "Kies uit de lijst voor wie de hulp is.", "Mensen met dementie en mantelzorgers"},
    {"Voorwaarden", 40, false, false, "Wie mag meedoen, en wat daarvoor nodig is.",
     "Voor iedereen in de gemeente Emmen."},
    {"Onderwerp", 24, false, false, "Kies uit de lijst. Dit is de knop op het beginscherm.", "Ontmoeten"},
    {"Gemeente", 16, false, false, "Kies uit de lijst de gemeente waar de hulp is.", "Emmen"},
    {"Werkgebied", 28, false, false, "In welke gemeenten mensen de hulp kunnen krijgen. Scheid met een puntkomma.",
     "Emmen; Coevorden"},
    {"Plek", 24, false, false, "De naam van het gebouw of de plek, als die er is.", "Buurthuis De Boerhoorn"},
    {"Adres", 28, false, false, "Straat en huisnummer.", "Noorderstraat 93a"},
    {"Postcode", 10, true, false, "Vier cijfers, een spatie en twee letters.", "7814 AL"},
    {"Plaats", 18, false, false, "De plaats van het adres.", "Emmen"},
    {"Telefoon", 16, true, false, "Het nummer met de 0 aan het begin. De kolom staat op 'Tekst'.", "0591 - 12 34 56"},
    {"Website", 32, false, false, "Het adres van de website, met https:// ervoor.", "https://www.voorbeeld.nl"},
    {"E-mail", 28, false, false, "Het e-mailadres.", "info@voorbeeld.nl"},
    {"Open op", 30, false, false, "De dagen en tijden. Dagen: ma di wo do vr za zo. Scheid met een puntkomma.",
     "ma-vr 9.00-17.00; za 10.00-12.00"},
    {"Uitleg tijden", 30, false, false, "Iets over de tijden dat niet in 'Open op' past.",
     "Elke eerste dinsdag van de maand"},
    {"Kosten", 16, false, false, "Kies uit de lijst. Laat leeg als u het niet weet.", "Gratis"},
    {"Uitleg kosten", 36, false, false, "Wat het kost, in een korte zin.", "U betaalt € 2,50 voor koffie en thee."},
    {"Indicatie nodig", 12, false, false, "Kies Ja als mensen eerst een indicatie nodig hebben.", "Nee"},
    {"Laatst gecontroleerd", 14, true, false, "De datum waarop u alles hebt nagekeken: jaar-maand-dag.", "2026-10-27"},
    {"Naam (Engels)", 32, false, false, "De naam in het Engels.", "Alzheimer Café Emmen"},
    {"Wat is het (Engels)", 60, false, false, "De uitleg in het Engels.", "An evening to meet other people."},
    {"Voorwaarden (Engels)", 40, false, false, "De voorwaarden in het Engels.", "For everyone in Emmen."},
    {"Uitleg kosten (Engels)", 36, false, false, "De kosten in het Engels.", "You pay € 2.50 for coffee and tea."},
    {"codes", 20, true, true, "Verborgen. Alle onderwerpen als codes. Niet veranderen.", "meeting;audience-carer"},
    {"dienst_id", 12, true, true, "Verborgen. Het nummer van de hulp. Niet veranderen.", "svc-0001"},
    {"organisatie_id", 12, true, true, "Verborgen. Het nummer van de organisatie. Niet veranderen.", "org-0001"},
    {"locatie_id", 12, true, true, "Verborgen. Het nummer van de plek. Niet veranderen.", "loc-0001"},
    {"dienst_locatie_id", 12, true, true, "Verborgen. Het nummer van de hulp op deze plek. Niet veranderen.",
     "sal-0001"},
    {"status", 10, true, true, "Verborgen. Of de hulp er nog is. Niet veranderen.", "active"},
    {"dienst_telefoons", 20, true, true, "Verborgen. Alle nummers van de hulp, met uitleg. Niet veranderen.",
     "[[\"tel-0002\",\"0592 - 080 351\",\"Rit bestellen\"]]"},
    {"dienst_tijden", 20, true, true, "Verborgen. De tijden zoals de catalogus ze heeft. Niet veranderen.",
     "[[\"sch-0001\",\"MO,TU\",\"09:00\",\"17:00\",\"\",\"\"]]"},
    {"werkgebied_ids", 20, true, true, "Verborgen. De nummers van het werkgebied. Niet veranderen.",
     "[[\"area-0001\",\"Emmen\",\"\"]]"},
    {"kenmerken", 20, true, true, "Verborgen. De nummers van de onderwerpen. Niet veranderen.",
     "[[\"att-0001\",\"meeting\",\"service\",\"\"]]"},
    {"organisatie_uitleg", 20, false, true, "Verborgen. Wat de organisatie doet.", "Welzijn voor iedereen in Emmen."},
    {"organisatie_website", 20, false, true, "Verborgen. De website van de organisatie.", "https://www.voorbeeld.nl"},
    {"organisatie_email", 20, false, true, "Verborgen. Het e-mailadres van de organisatie.", "info@voorbeeld.nl"},
    {"organisatie_telefoons", 20, true, true, "Verborgen. De nummers van de organisatie. Niet veranderen.",
     "[[\"tel-0001\",\"0591 - 12 34 56\",\"Algemeen nummer\"]]"},
    {"breedtegraad", 10, true, true, "Verborgen. Waar de plek ligt (noord). Leeg: het midden van de plaats.",
     "52.7903"},
    {"lengtegraad", 10, true, true, "Verborgen. Waar de plek ligt (oost). Leeg: het midden van de plaats.", "6.887"},
    {"locatie_soort", 10, true, true, "Verborgen. Het soort plek. Niet veranderen.", "physical"},
    {"vervoer", 20, false, true, "Verborgen. Hoe mensen er komen.", "Bus 2 stopt vlakbij."},
    {"vervoer_en", 20, false, true, "Verborgen. Hoe mensen er komen, in het Engels.", "Bus 2 stops nearby."},
    {"locatie_organisatie_id", 12, true, true, "Verborgen. Van wie de plek is. Niet veranderen.", "org-0004"},
    {"adres_id", 12, true, true, "Verborgen. Het nummer van het adres. Niet veranderen.", "adr-0001"},
    {"land", 6, true, true, "Verborgen. Het land van het adres.", "NL"},
    {"locatie_telefoons", 20, true, true, "Verborgen. De nummers van de plek. Niet veranderen.",
     "[[\"tel-0400\",\"0591 - 65 43 21\",\"Receptie\"]]"},
    {"locatie_tijden", 20, true, true, "Verborgen. De tijden van de hulp op deze plek. Niet veranderen.",
     "[[\"sch-0300\",\"WE\",\"14:00\",\"16:00\",\"\",\"\"]]"},
    {"locatie_adressen", 20, true, true, "Verborgen. De andere adressen van de plek. Niet veranderen.",
     "[[\"adr-0002\",\"Postbus 12\",\"Emmen\",\"Emmen\",\"7800 AA\",\"NL\"]]"},
    {"organisatie_kenmerken", 20, true, true, "Verborgen. De onderwerpen van de organisatie. Niet veranderen.",
     "[[\"att-0900\",\"advice\",\"organization\",\"\"]]"},
    {"locatie_kenmerken", 20, true, true, "Verborgen. De onderwerpen van de plek. Niet veranderen.",
     "[[\"att-0901\",\"meeting\",\"location\",\"\"]]"},
    {"controle", 20, true, true, "Verborgen. Hiermee ziet de import wat u hebt veranderd. Niet veranderen.",
     "0f3a9c21..."},
}};
}  // namespace

std::span<const ColumnInfo> columns() { return kColumns; }
const ColumnInfo& column(Column c) { return kColumns[static_cast<std::size_t>(c)]; }

std::vector<std::string> column_choices(Column c) {
    std::vector<std::string> out;
    switch (c) {
        case kTopic:
            for (const TagInfo& t : categories()) out.emplace_back(t.nl);
            break;
        case kMunicipality:
            for (std::string_view m : drenthe_municipalities()) out.emplace_back(m);
            break;
        case kForWhom:
            out = {std::string(kForPeopleWithDementia), std::string(kForCarers), std::string(kForBoth)};
            break;
        case kCost:
            for (const TagInfo& t : all_tags())
                if (t.kind == TagKind::Cost && t.code != tag::kCostIndication) out.emplace_back(t.nl);
            break;
        case kIndicationNeeded: out = {std::string(kYes), std::string(kNo)}; break;
        default: break;
    }
    return out;
}

}  // namespace ww::sheet
