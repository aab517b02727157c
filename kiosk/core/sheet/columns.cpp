#include "core/sheet/columns.h"

#include <array>

#include "core/taxonomy.h"

namespace ww::sheet {

namespace {
constexpr std::array<ColumnInfo, kColumnCount> kColumns{{
    {"Naam", 32, false, false, "De naam van de hulp, zoals mensen die kennen.", "Alzheimer Café Emmen"},
    {"Organisatie", 28, false, false, "Wie de hulp geeft.", "Stichting Welzijn Emmen"},
    {"Wat is het", 60, false, false, "Vertel in korte zinnen wat de hulp is. De eerste zin staat op het scherm.",
     "Een avond om andere mensen te ontmoeten. U praat over dementie met mensen die het kennen."},
    {"Voor wie", 24, false, false, "Kies uit de lijst voor wie de hulp is.", "Mensen met dementie en mantelzorgers"},
    {"Voorwaarden", 40, false, false, "Wie mag meedoen, en wat daarvoor nodig is.", "Voor iedereen in de gemeente Emmen."},
    {"Onderwerp", 24, false, false, "Kies uit de lijst. Dit is de knop op het beginscherm.", "Ontmoeten"},
    {"Gemeente", 16, false, false, "Kies uit de lijst de gemeente waar de hulp is.", "Emmen"},
    {"Werkgebied", 28, false, false,
     "In welke gemeenten mensen de hulp kunnen krijgen. Scheid met een puntkomma.", "Emmen; Coevorden"},
    {"Plek", 24, false, false, "De naam van het gebouw of de plek, als die er is.", "Buurthuis De Boerhoorn"},
    {"Adres", 28, false, false, "Straat en huisnummer.", "Noorderstraat 93a"},
    {"Postcode", 10, true, false, "Vier cijfers, een spatie en twee letters.", "7814 AL"},
    {"Plaats", 18, false, false, "De plaats van het adres.", "Emmen"},
    {"Telefoon", 16, true, false, "Het nummer met de 0 aan het begin. De kolom staat op 'Tekst'.", "0591 - 12 34 56"},
    {"Website", 32, false, false, "Het adres van de website, met https:// ervoor.", "https://www.voorbeeld.nl"},
    {"E-mail", 28, false, false, "Het e-mailadres.", "info@voorbeeld.nl"},
    {"Open op", 30, false, false, "De dagen en tijden. Dagen: ma di wo do vr za zo. Scheid met een puntkomma.",
     "ma-vr 9.00-17.00; za 10.00-12.00"},
    {"Uitleg tijden", 30, false, false, "Iets over de tijden dat niet in 'Open op' past.", "Elke eerste dinsdag van de maand"},
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
    {"dienst_locatie_id", 12, true, true, "Verborgen. Het nummer van de hulp op deze plek. Niet veranderen.", "sal-0001"},
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
                if (t.kind == TagKind::Cost && t.code != "cost-indication") out.emplace_back(t.nl);
            break;
        case kIndicationNeeded:
            out = {std::string(kYes), std::string(kNo)};
            break;
        default:
            break;
    }
    return out;
}

}  // namespace ww::sheet
