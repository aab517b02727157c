// A synthetic but plausible HSDS catalogue for benchmarks and tests: deterministic per seed, spread
// over the towns of Drenthe, with the words residents search for in every category.
#include <array>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/builder.h"
#include "core/csv.h"
#include "core/drenthe_places.h"
#include "core/hsds.h"
#include "core/taxonomy.h"

namespace ww {

namespace {

// splitmix64: tiny, fast and the same on every platform (std distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
    double jitter(double range) { return (static_cast<double>(below(20001)) / 10000.0 - 1.0) * range; }
    template <class T>
    const T& pick(const std::vector<T>& list) {
        return list[below(list.size())];
    }

private:
    std::uint64_t state_;
};

struct Template {
    std::string nl;  // {town}, {municipality} and {word} are filled in
    std::string en;
};

struct CategoryWords {
    std::string code;
    std::vector<Template> names;
    std::vector<Template> descriptions;
    int weight;  // how common the category is
};

const std::vector<CategoryWords>& category_words() {
    static const std::vector<CategoryWords> words{
        {"dementia-support",
         {{"Casemanager dementie {town}", "Dementia case manager {town}"},
          {"Dementieconsulent {municipality}", "Dementia consultant {municipality}"},
          {"Geheugenpoli {town}", "Memory clinic {town}"},
          {"Steunpunt dementie {municipality}", "Dementia support point {municipality}"},
          {"Dementienetwerk {municipality}", "Dementia network {municipality}"}},
         {{"Een vaste casemanager helpt u en uw naasten als u dementie heeft.",
           "A regular case manager helps you and your family when you have dementia."},
          {"Bij de geheugenpoli onderzoeken we uw geheugen. U krijgt uitleg over de uitslag.",
           "At the memory clinic we test your memory. We explain the results to you."},
          {"De dementieconsulent beantwoordt al uw vragen over dementie en vergeetachtigheid.",
           "The dementia consultant answers all your questions about dementia and forgetfulness."}},
         14},
        {"meeting",
         {{"Alzheimer Café {town}", "Alzheimer Café {town}"},
          {"Ontmoetingscentrum {word}", "Meeting centre {word}"},
          {"Odensehuis {town}", "Odense House {town}"},
          {"Koffieochtend {word}", "Coffee morning {word}"},
          {"Samen zingen in {town}", "Singing together in {town}"},
          {"Wandelgroep {town}", "Walking group {town}"}},
         {{"Elke maand praten we over dementie. Er is koffie en thee. Iedereen is welkom.",
           "Every month we talk about dementia. There is coffee and tea. Everyone is welcome."},
          {"Een plek om andere mensen te ontmoeten. We doen samen leuke dingen.",
           "A place to meet other people. We do nice things together."},
          {"Gezellig samen zijn met mensen met geheugenproblemen en hun mantelzorgers.",
           "Spend time together with people with memory problems and their carers."}},
         18},
        {"day-care",
         {{"Dagbesteding {word}", "Day care {word}"},
          {"Zorgboerderij {word}", "Care farm {word}"},
          {"Dagbesteding dementie {town}", "Dementia day care {town}"},
          {"Dagopvang {word}", "Day centre {word}"}},
         {{"Overdag bent u welkom voor activiteiten, een warme maaltijd en gezelschap.",
           "During the day you are welcome for activities, a hot meal and company."},
          {"Op de zorgboerderij werkt u buiten met dieren en planten. Er is begeleiding.",
           "At the care farm you work outside with animals and plants. Staff help you."},
          {"Dagbesteding voor mensen met dementie. Uw mantelzorger heeft dan even tijd voor zichzelf.",
           "Day care for people with dementia. Your carer then has some time for themselves."}},
         14},
        {"transport",
         {{"Regiotaxi {municipality}", "Regional taxi {municipality}"},
          {"Wmo-vervoer {municipality}", "Wmo transport {municipality}"},
          {"Vrijwillige chauffeurs {town}", "Volunteer drivers {town}"},
          {"Buurtbus {town}", "Neighbourhood bus {town}"},
          {"Rolstoelbus {town}", "Wheelchair bus {town}"}},
         {{"Wij brengen u van deur tot deur. Bel een dag van tevoren om een rit te boeken.",
           "We take you from door to door. Call a day ahead to book a ride."},
          {"Vrijwilligers rijden u naar de dokter, het ziekenhuis of de dagbesteding.",
           "Volunteers drive you to the doctor, the hospital or day care."},
          {"Vervoer met de taxi voor mensen die niet zelf kunnen reizen.",
           "Taxi transport for people who cannot travel on their own."}},
         12},
        {"carer-support",
         {{"Mantelzorgsteunpunt {municipality}", "Carer support point {municipality}"},
          {"Respijtzorg {word}", "Respite care {word}"},
          {"Logeeropvang {word}", "Short stay {word}"},
          {"Lotgenotengroep mantelzorgers {town}", "Peer group for carers {town}"},
          {"Cursus omgaan met dementie {town}", "Course on living with dementia {town}"}},
         {{"Zorgt u voor iemand met dementie? Wij luisteren en helpen u op weg.",
           "Do you care for someone with dementia? We listen and help you on your way."},
          {"Even vrij van de zorg: uw naaste logeert een paar dagen bij ons.",
           "A break from caring: your loved one stays with us for a few days."},
          {"Mantelzorgers delen ervaringen en tips. Een begeleider leidt het gesprek.",
           "Carers share experiences and tips. A counsellor leads the talk."}},
         14},
        {"care-at-home",
         {{"Wijkverpleging {town}", "District nursing {town}"},
          {"Thuiszorg {word}", "Home care {word}"},
          {"Maaltijdservice {municipality}", "Meal service {municipality}"},
          {"Personenalarmering {municipality}", "Personal alarm {municipality}"},
          {"Huishoudelijke hulp {town}", "Household help {town}"}},
         {{"De wijkverpleegkundige komt bij u thuis voor zorg en advies.",
           "The district nurse visits you at home for care and advice."},
          {"Wij bezorgen elke dag een warme maaltijd bij u thuis.", "We deliver a hot meal to your home every day."},
          {"Met een alarmknop haalt u dag en nacht snel hulp.",
           "With an alarm button you get help quickly, day and night."}},
         14},
        {"advice",
         {{"Wmo-loket {municipality}", "Wmo desk {municipality}"},
          {"Sociaal team {town}", "Social team {town}"},
          {"Cliëntondersteuning {municipality}", "Client support {municipality}"},
          {"Formulierenhulp {town}", "Help with forms {town}"},
          {"Juridisch spreekuur {town}", "Legal advice hour {town}"},
          {"Geldzaken en schulden {municipality}", "Money matters and debt {municipality}"}},
         {{"Heeft u hulp nodig in huis of bij vervoer? Het loket helpt u met de aanvraag.",
           "Do you need help at home or with transport? The desk helps you apply."},
          {"Een onafhankelijke cliëntondersteuner gaat met u mee naar gesprekken.",
           "An independent client supporter comes with you to meetings."},
          {"Hulp bij brieven, formulieren, geldzaken en juridische vragen.",
           "Help with letters, forms, money matters and legal questions."}},
         14},
    };
    return words;
}

const std::vector<Template> kExtraSentences{
    {"U bent van harte welkom.", "You are very welcome."},
    {"Aanmelden is niet nodig.", "You do not need to sign up."},
    {"Bel gerust voor meer informatie.", "Feel free to call for more information."},
    {"Uw mantelzorger mag ook mee.", "Your carer is welcome too."},
    {"Het gebouw heeft een lift en een invalidentoilet.", "The building has a lift and an accessible toilet."},
    {"Vrijwilligers helpen u graag.", "Volunteers are happy to help you."},
};

// What happens there, Dutch and English: gives the index a realistic spread of words.
const std::vector<Template> kActivities{
    {"koffie drinken", "having coffee"},
    {"samen koken", "cooking together"},
    {"wandelen", "walking"},
    {"tuinieren", "gardening"},
    {"zingen", "singing"},
    {"muziek luisteren", "listening to music"},
    {"bewegen op de stoel", "chair exercises"},
    {"schilderen", "painting"},
    {"handwerken", "needlework"},
    {"houtbewerking", "woodwork"},
    {"sjoelen", "shuffleboard"},
    {"klaverjassen", "card games"},
    {"de krant lezen", "reading the newspaper"},
    {"oude foto's bekijken", "looking at old photos"},
    {"fietsen op de duofiets", "riding the tandem bike"},
    {"dieren verzorgen", "caring for animals"},
    {"geheugentraining", "memory training"},
    {"voorlichting", "information sessions"},
    {"lotgenotencontact", "peer contact"},
    {"een warme lunch", "a hot lunch"},
    {"yoga", "yoga"},
    {"bloemschikken", "flower arranging"},
    {"biljarten", "billiards"},
    {"dansen", "dancing"},
    {"spelletjes", "games"},
    {"een uitstapje", "an outing"},
    {"de markt bezoeken", "visiting the market"},
    {"gesprekken met een psycholoog", "talks with a psychologist"},
    {"hulp bij de administratie", "help with paperwork"},
    {"advies over woningaanpassing", "advice on adapting your home"},
    {"een rollator uitproberen", "trying a walker"},
};
// Syllables for fictional contact persons: thousands of distinct surnames, as in a real catalogue.
const std::vector<std::string> kFirstNames{
    "Anna",  "Bert", "Carla", "Dirk",  "Els",    "Frank", "Gerda", "Henk",  "Ineke",  "Jan",    "Klaas",  "Lies",
    "Marco", "Nel",  "Otto",  "Petra", "Roelof", "Sanne", "Thijs", "Wilma", "Yvonne", "Albert", "Geesje", "Harm",
};
const std::vector<std::string> kSurnameStart{
    "Bos",   "Hoog",  "Veen", "Zand",  "Mulder", "Brink", "Es",    "Wolde", "Hunze", "Eek",   "Lange",
    "Klein", "Groot", "Oost", "West",  "Noord",  "Zuid",  "Berg",  "Kamp",  "Molen", "Smit",  "Dijk",
    "Beek",  "Haar",  "Holt", "Linde", "Riet",   "Horst", "Venne", "Akker", "Lamme", "Bruin",
};
const std::vector<std::string> kSurnameEnd{
    "veld", "land",  "huis",  "man",  "ink", "stra", "ema", "ing",  "hof",    "kamp", "berg", "dijk",
    "weg",  "horst", "brink", "inga", "sma", "ens",  "ers", "boer", "meijer", "wold", "es",   "lo",
};

const std::vector<std::string> kWords{
    "De Linde",      "Het Anker",      "De Brink",     "De Esch",         "Het Hoge Veld",
    "De Hunze",      "De Eik",         "Het Veenhuis", "De Wiekslag",     "De Heide",
    "Het Zonnehuis", "De Kloosterhof", "De Vlinder",   "Het Drentse Erf", "De Schaapskooi",
    "De Boerhoorn",  "Het Lindehof",   "De Molenhof",  "Het Hunebed",     "De Zandheuvel",
};
const std::vector<std::string> kOrganisationPatterns{
    "Stichting {word}",
    "Zorggroep {town}",
    "Welzijn {municipality}",
    "Zorgcentrum {word}",
    "Vrijwilligerscentrale {municipality}",
    "Thuiszorg {word}",
    "Gemeente {municipality}",
};
const std::vector<std::string> kLocationPatterns{
    "Dorpshuis {town}",
    "Buurthuis {word}",
    "Zorgcentrum {word}",
    "Bibliotheek {town}",
    "Gemeentehuis {municipality}",
    "Kerkelijk centrum {town}",
    "Wijkcentrum {word}",
};
const std::vector<std::string> kStreets{
    "Hoofdstraat", "Kerkstraat",    "Dorpsstraat",    "Stationsstraat", "Brink",      "Molenweg",  "Schoolstraat",
    "Markt",       "Julianastraat", "Wilhelminalaan", "Esweg",          "Zuideresch", "Nieuweweg", "Oosterstraat",
};

std::string fill(std::string text, const DrentheTown& town, const std::string& word) {
    auto replace = [&](const std::string& key, std::string_view value) {
        for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
            text.replace(at, key.size(), value);
    };
    replace("{town}", town.name);
    replace("{municipality}", town.municipality);
    replace("{word}", word);
    return text;
}

std::string padded(size_t n, const char* prefix) {
    char text[32];
    std::snprintf(text, sizeof text, "%s-%06zu", prefix, n);
    return text;
}

std::string clock(int minutes) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
    return text;
}

// One CSV file being written row by row.
class CsvOut {
public:
    CsvOut(const std::filesystem::path& path, const std::vector<std::string>& header)
        : out_(path, std::ios::binary | std::ios::trunc) {
        out_ << csv_row(header);
    }
    void row(const std::vector<std::string>& fields) { out_ << csv_row(fields); }
    bool ok() {
        out_.flush();
        return static_cast<bool>(out_);
    }

private:
    std::ofstream out_;
};

std::vector<std::string> header_of(std::string_view table) {
    std::vector<std::string> header;
    for (const auto& column : find_hsds_table(table)->columns) header.emplace_back(column.name);
    return header;
}

// The CSV files of a generated catalogue, and how many rows of each numbered file are written.
struct GeneratedFiles {
    explicit GeneratedFiles(const std::filesystem::path& out_dir)
        : organizations(out_dir / "organizations.csv", header_of("organizations")),
          services(out_dir / "services.csv", header_of("services")),
          locations(out_dir / "locations.csv", header_of("locations")),
          addresses(out_dir / "addresses.csv", header_of("addresses")),
          service_at_location(out_dir / "service_at_location.csv", header_of("service_at_location")),
          phones(out_dir / "phones.csv", header_of("phones")),
          schedules(out_dir / "schedules.csv", header_of("schedules")),
          service_areas(out_dir / "service_areas.csv", header_of("service_areas")),
          taxonomy(out_dir / "taxonomy_terms.csv", header_of("taxonomy_terms")),
          attributes(out_dir / "attributes.csv", header_of("attributes")) {}

    bool ok() {
        for (CsvOut* file : {&organizations, &services, &locations, &addresses, &service_at_location, &phones,
                             &schedules, &service_areas, &taxonomy, &attributes})
            if (!file->ok()) return false;
        return true;
    }

    CsvOut organizations, services, locations, addresses, service_at_location, phones, schedules, service_areas,
        taxonomy, attributes;
    size_t location_number = 0, phone_number = 0, schedule_number = 0, area_number = 0, attribute_number = 0,
           sal_number = 0;
};

// An organisation and its locations (id, index into the towns).
struct GeneratedOrg {
    std::string id;
    size_t town;
    std::vector<std::pair<std::string, size_t>> locations;
};

// The larger places only (those with a postcode of their own): generated catalogues keep the
// shape they had before every village of Drenthe was known.
std::vector<DrentheTown> larger_towns() {
    std::vector<DrentheTown> towns;
    for (const auto& town : drenthe_towns())
        if (town.own_postcode) towns.push_back(town);
    return towns;
}

void write_taxonomy(CsvOut& taxonomy) {
    for (const auto& tag : all_tags())
        taxonomy.row(
            {"term-" + std::string(tag.code), std::string(tag.code), std::string(tag.nl), std::string(tag.en), ""});
}

// One catalogue generated row by row; every draw from `random` in a fixed order, so that a seed
// always gives the same catalogue.
class Generator {
public:
    Generator(std::uint32_t seed, const std::filesystem::path& out_dir)
        : random_(seed), towns_(larger_towns()), files_(out_dir) {
        for (const auto& c : category_words()) total_weight_ += c.weight;
    }

    // Organisations, each with one to three locations in its municipality.
    void write_organisations(size_t count) {
        orgs_.reserve(count);
        for (size_t i = 0; i < count; ++i) orgs_.push_back(write_organisation(i));
    }

    void write_services(size_t count) {
        for (size_t i = 0; i < count; ++i) write_service(i);
    }

    CsvOut& taxonomy() { return files_.taxonomy; }
    bool ok() { return files_.ok(); }

private:
    GeneratedOrg write_organisation(size_t i) {
        GeneratedOrg org{padded(i + 1, "org"), random_.below(towns_.size()), {}};
        const DrentheTown& town = towns_[org.town];
        std::string word = random_.pick(kWords);
        std::string name = fill(random_.pick(kOrganisationPatterns), town, word) + " (" + std::to_string(i + 1) + ")";
        std::string slug = std::to_string(i + 1);
        files_.organizations.row({org.id, name,
                                  "Een organisatie voor zorg en welzijn in " + std::string(town.municipality) + ".",
                                  "https://org" + slug + ".example.nl", "info@org" + slug + ".example.nl"});
        const size_t count = 1 + random_.below(3);
        for (size_t k = 0; k < count; ++k) org.locations.emplace_back(write_location(org));
        return org;
    }

    // A location (and its address) in a town of the organisation's municipality.
    std::pair<std::string, size_t> write_location(const GeneratedOrg& org) {
        const DrentheTown& town = towns_[org.town];
        size_t t = org.town;
        for (int tries = 0; tries < 4; ++tries) {
            size_t candidate = random_.below(towns_.size());
            if (towns_[candidate].municipality == town.municipality) {
                t = candidate;
                break;
            }
        }
        const DrentheTown& place = towns_[t];
        std::string id = padded(++files_.location_number, "loc");
        char lat[16], lon[16];
        std::snprintf(lat, sizeof lat, "%.5f", place.lat + random_.jitter(0.01));
        std::snprintf(lon, sizeof lon, "%.5f", place.lon + random_.jitter(0.015));
        files_.locations.row({id, org.id, fill(random_.pick(kLocationPatterns), place, random_.pick(kWords)), lat, lon,
                              "physical", "Bushalte op 200 meter. Parkeren voor de deur.",
                              "Bus stop 200 metres away. Parking in front of the building."});
        char postcode[16];
        std::snprintf(postcode, sizeof postcode, "%d %c%c", place.postcode, 'A' + static_cast<int>(random_.below(26)),
                      'A' + static_cast<int>(random_.below(26)));
        files_.addresses.row({padded(files_.location_number, "adr"), id,
                              random_.pick(kStreets) + " " + std::to_string(1 + random_.below(120)),
                              std::string(place.name), std::string(place.municipality), postcode, "NL"});
        return {id, t};
    }

    // A category drawn by weight: its index into category_words().
    size_t pick_category() {
        const auto& categories = category_words();
        size_t roll = random_.below(static_cast<size_t>(total_weight_));
        size_t c = 0;
        while (roll >= static_cast<size_t>(categories[c].weight)) roll -= static_cast<size_t>(categories[c++].weight);
        return c;
    }

    void write_service(size_t i) {
        const std::string id = padded(i + 1, "svc");
        const GeneratedOrg& org = orgs_[random_.below(orgs_.size())];
        const auto& [location_id, town_index] = org.locations[random_.below(org.locations.size())];
        const DrentheTown& town = towns_[town_index];
        const size_t c = pick_category();
        const CategoryWords& category = category_words()[c];
        const int cost = write_service_row(i, id, org, town, category);
        write_where(id, location_id, town, category);
        write_phone(id);
        write_when(id, category);
        write_tags(id, c, cost);
    }

    // The service's own row: name, description, fees; returns the cost kind (an index into kCostCodes).
    int write_service_row(size_t i, const std::string& id, const GeneratedOrg& org, const DrentheTown& town,
                          const CategoryWords& category) {
        const std::string word = random_.pick(kWords);
        const Template& name = random_.pick(category.names);
        const Template& about = random_.pick(category.descriptions);
        const Template& extra = random_.pick(kExtraSentences);
        const int cost = static_cast<int>(random_.below(3));
        static const Template kFees[] = {
            {"Gratis.", "Free."},
            {"Eigen bijdrage van 2,50 euro per keer.", "Personal contribution of 2.50 euros each time."},
            {"Vergoed met een Wmo-indicatie of Wlz-indicatie.", "Paid for after a Wmo or Wlz care assessment."}};
        char assured[16];
        std::snprintf(assured, sizeof assured, "2026-%02zu-%02zu", 1 + random_.below(10), 1 + random_.below(28));
        const Template& a1 = random_.pick(kActivities);
        const Template& a2 = random_.pick(kActivities);
        const std::string contact =
            random_.pick(kFirstNames) + " " + random_.pick(kSurnameStart) + random_.pick(kSurnameEnd);
        const std::string what_nl =
            " Wat doen we? Bijvoorbeeld " + a1.nl + " en " + a2.nl + ". Uw contactpersoon is " + contact + ".";
        const std::string what_en =
            " What do we do? For example " + a1.en + " and " + a2.en + ". Your contact is " + contact + ".";
        files_.services.row({id, org.id, fill(name.nl, town, word), fill(name.en, town, word),
                             about.nl + " " + extra.nl + what_nl, about.en + " " + extra.en + what_en,
                             "https://org" + org.id.substr(4) + ".example.nl/aanbod/" + std::to_string(i + 1), "",
                             "active", kFees[cost].nl, kFees[cost].en,
                             "Voor inwoners van " + std::string(town.municipality) + ".",
                             "For residents of " + std::string(town.municipality) + ".", assured});
        return cost;
    }

    // Where: most at a location; transport and advice often cover the whole municipality.
    void write_where(const std::string& id, const std::string& location_id, const DrentheTown& town,
                     const CategoryWords& category) {
        const bool area_wide = category.code == "transport" || category.code == "advice" || random_.chance(10);
        if (!area_wide || random_.chance(60)) {
            files_.service_at_location.row({padded(++files_.sal_number, "sal"), id, location_id});
        }
        if (area_wide) {
            files_.service_areas.row({padded(++files_.area_number, "area"), id, std::string(town.municipality), ""});
            if (random_.chance(20)) {
                const DrentheTown& other = towns_[random_.below(towns_.size())];
                if (other.municipality != town.municipality)
                    files_.service_areas.row(
                        {padded(++files_.area_number, "area"), id, std::string(other.municipality), ""});
            }
        }
    }

    void write_phone(const std::string& id) {
        char phone[24];
        std::snprintf(phone, sizeof phone, "0592 %03zu %03zu", 100 + random_.below(900), random_.below(1000));
        files_.phones.row({padded(++files_.phone_number, "ph"), id, "", "", phone, "Algemeen nummer"});
    }

    // When: typical opening hours per category.
    void write_when(const std::string& id, const CategoryWords& category) {
        std::string byday;
        int opens = 0, closes = 0;
        if (category.code == "meeting") {
            static const char* kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA"};
            byday = kDays[random_.below(6)];
            bool evening = random_.chance(50);
            opens = evening ? 19 * 60 + 30 : 14 * 60;
            closes = opens + 120;
        } else if (category.code == "day-care") {
            byday = random_.chance(50) ? "MO,TU,WE,TH,FR" : "TU,TH";
            opens = 9 * 60 + 30;
            closes = 16 * 60;
        } else if (category.code == "transport" || (category.code == "care-at-home" && random_.chance(40))) {
            byday = "MO,TU,WE,TH,FR,SA,SU";
            opens = category.code == "transport" ? 7 * 60 : 0;
            closes = 23 * 60 + 59;
        } else {
            byday = random_.chance(70) ? "MO,TU,WE,TH,FR" : "MO,WE,FR";
            opens = random_.chance(50) ? 8 * 60 + 30 : 9 * 60;
            closes = random_.chance(50) ? 12 * 60 + 30 : 17 * 60;
        }
        files_.schedules.row(
            {padded(++files_.schedule_number, "sch"), id, "", byday, clock(opens), clock(closes), "", ""});
    }

    // Tags: the category (sometimes a second one), the audiences and the cost.
    void write_tags(const std::string& id, size_t c, int cost) {
        static constexpr std::string_view kCostCodes[] = {tag::kCostFree, tag::kCostContribution, tag::kCostIndication};
        const auto& categories = category_words();
        tag(id, categories[c].code);
        if (random_.chance(15))
            tag(id, categories[(c + 1 + random_.below(categories.size() - 1)) % categories.size()].code);
        if (random_.chance(70)) tag(id, tag::kAudiencePerson);
        if (random_.chance(60)) tag(id, tag::kAudienceCarer);
        tag(id, kCostCodes[cost]);
    }

    void tag(const std::string& service, std::string_view code) {
        files_.attributes.row({padded(++files_.attribute_number, "attr"), service, "service", "service",
                               "term-" + std::string(code), ""});
    }

    Random random_;
    std::vector<DrentheTown> towns_;
    GeneratedFiles files_;
    std::vector<GeneratedOrg> orgs_;
    int total_weight_ = 0;
};

Status write_datapackage(const std::filesystem::path& out_dir, int services, std::uint32_t seed) {
    nlohmann::json package = {
        {"name", "wegwijzer-generated"},
        {"title", "Generated catalogue (" + std::to_string(services) + " services, seed " + std::to_string(seed) + ")"},
        {"profile", "tabular-data-package"},
        {"version", "1"},
        {"created", "2026-01-01"},
        {"wegwijzer", {{"demo", true}, {"expires", ""}}},
    };
    std::ofstream json(out_dir / "datapackage.json", std::ios::binary | std::ios::trunc);
    json << package.dump(2) << "\n";
    if (!json) return fail("cannot write " + (out_dir / "datapackage.json").string());
    return success();
}

}  // namespace

Status generate_catalogue(int services, const std::filesystem::path& out_dir, std::uint32_t seed) {
    if (services < 1) return fail("the number of services must be at least 1");
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec) return fail("cannot create the folder " + out_dir.string() + ": " + ec.message());

    Generator generator(seed, out_dir);
    write_taxonomy(generator.taxonomy());
    generator.write_organisations(std::max<size_t>(3, static_cast<size_t>(services) / 4));
    generator.write_services(static_cast<size_t>(services));
    if (!generator.ok()) return fail("cannot write the generated files in " + out_dir.string());
    return write_datapackage(out_dir, services, seed);
}

}  // namespace ww
