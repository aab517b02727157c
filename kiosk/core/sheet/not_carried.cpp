#include "core/sheet/not_carried.h"

#include "core/sqlite.h"
#include "core/taxonomy.h"
#include "core/text.h"

namespace ww::sheet {

namespace {

std::string count_of(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "3 organisaties hebben geen hulp, bijvoorbeeld '...'": what the workbook leaves out because it
// only has rows for services. `nl`/`en`: one, many, and how the Dutch sentence names them again.
struct Unused {
    const char *nl_one, *nl_many, *nl_that_one, *nl_those, *en_one, *en_many;
};

NotCarried without_service(int n, const std::string& example, const Unused& w) {
    return {n,
            count_of(n, w.nl_one, w.nl_many) + " geen hulp, bijvoorbeeld '" + example +
                "'. Deze lijst heeft alleen rijen voor hulp, en neemt " + (n == 1 ? w.nl_that_one : w.nl_those) +
                " niet mee.",
            count_of(n, w.en_one, w.en_many) + " no service, for example '" + example +
                "'. The workbook only has rows for services and does not carry " + (n == 1 ? "it." : "them.")};
}

// Terms with a Wegwijzer code whose id or texts differ from Wegwijzer's own: the build writes
// Wegwijzer's own again.
Status term_texts(const Database& db, std::vector<NotCarried>& out) {
    Statement q = db.prepare(
        "SELECT id, code, COALESCE(name,''), COALESCE(name_en,''), COALESCE(description,'') FROM taxonomy_terms"
        " WHERE COALESCE(code,'') <> '' ORDER BY rowid");
    NotCarried item;
    while (q.step()) {
        const TagInfo* tag = find_tag(q.text(1));
        if (!tag) continue;  // the catalogue's rules refuse unknown codes; nothing to compare with
        const std::string id = q.text(0), name = q.text(2), name_en = q.text(3), description = q.text(4);
        std::string nl, en;
        if (name != tag->nl)
            nl = "'" + std::string(tag->nl) + "' heet daar '" + name + "'",
            en = "'" + std::string(tag->nl) + "' is called '" + name + "' there";
        else if (name_en != tag->en)
            nl = "'" + std::string(tag->en) + "' heet daar in het Engels '" + name_en + "'",
            en = "'" + std::string(tag->en) + "' is called '" + name_en + "' in English there";
        else if (description != tag->description)
            nl = "de uitleg bij '" + name + "' is daar anders",
            en = "the description of '" + name + "' is different there";
        else if (id != "term-" + std::string(tag->code))
            nl = "'" + name + "' heeft daar het nummer '" + id + "'",
            en = "'" + name + "' has the id '" + id + "' there";
        else continue;
        if (item.count++ == 0) item.nl = nl, item.en = en;
    }
    if (!q.error().empty()) return Error{"taxonomy terms: " + q.error()};
    if (item.count == 0) return success();
    const int n = item.count;
    item.nl = count_of(n, "onderwerp heeft", "onderwerpen hebben") +
              " in de catalogus een eigen tekst, bijvoorbeeld: " + item.nl +
              ". Deze lijst neemt die tekst niet mee. Na het inlezen staat de tekst van Wegwijzer er weer.";
    item.en = count_of(n, "taxonomy term has", "taxonomy terms have") +
              " their own text in the catalogue, for example: " + item.en +
              ". The workbook does not carry it. After the build, Wegwijzer's own text is back.";
    out.push_back(std::move(item));
    return success();
}

// Terms without a Wegwijzer code: neither they nor what links to them can be carried.
Status terms_without_code(const Database& db, std::vector<NotCarried>& out) {
    Statement q = db.prepare(
        "SELECT COALESCE(t.name,''), (SELECT count(*) FROM attributes a WHERE a.taxonomy_term_id = t.id)"
        " FROM taxonomy_terms t WHERE COALESCE(t.code,'') = '' ORDER BY t.rowid");
    int n = 0, links = 0;
    std::string example;
    while (q.step()) {
        if (n++ == 0) example = q.text(0);
        links += static_cast<int>(q.integer(1));
    }
    if (!q.error().empty()) return Error{"taxonomy terms: " + q.error()};
    if (n == 0) return success();
    out.push_back({n,
                   count_of(n, "onderwerp", "onderwerpen") + " in de catalogus " + (n == 1 ? "heeft" : "hebben") +
                       " geen code van Wegwijzer, bijvoorbeeld '" + example + "'. Deze lijst neemt " +
                       (n == 1 ? "het" : "ze") + " niet mee, en ook niet " +
                       count_of(links, "koppeling", "koppelingen") + " aan hulp, organisaties of plekken.",
                   count_of(n, "taxonomy term", "taxonomy terms") + " in the catalogue " + (n == 1 ? "has" : "have") +
                       " no Wegwijzer code, for example '" + example + "'. The workbook does not carry " +
                       (n == 1 ? "it" : "them") + ", nor " + count_of(links, "link", "links") +
                       " to services, organisations or places."});
    return success();
}

// Organisations and places no service uses: the workbook has a row per service at a place.
Status unused(const Database& db, std::vector<NotCarried>& out) {
    Statement orgs = db.prepare(
        "SELECT COALESCE(o.name,'') FROM organizations o"
        " WHERE NOT EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id) ORDER BY o.rowid");
    int n = 0;
    std::string example;
    while (orgs.step())
        if (n++ == 0) example = orgs.text(0);
    if (!orgs.error().empty()) return Error{"organizations: " + orgs.error()};
    if (n > 0)
        out.push_back(without_service(n, example,
                                      {"organisatie heeft", "organisaties hebben", "die organisatie",
                                       "die organisaties", "organisation has", "organisations have"}));

    Statement places = db.prepare(
        "SELECT COALESCE(l.name,''), COALESCE(a.address_1,''), COALESCE(a.city,'') FROM locations l"
        " LEFT JOIN addresses a ON a.rowid = (SELECT MIN(rowid) FROM addresses WHERE location_id = l.id)"
        " WHERE NOT EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.location_id = l.id) ORDER BY l.rowid");
    n = 0;
    while (places.step())
        if (n++ == 0) {
            example.clear();
            for (int c = 0; c < 3; ++c)
                if (!places.text(c).empty()) example += (example.empty() ? "" : ", ") + places.text(c);
        }
    if (!places.error().empty()) return Error{"locations: " + places.error()};
    if (n > 0)
        out.push_back(without_service(
            n, example, {"plek heeft", "plekken hebben", "die plek", "die plekken", "place has", "places have"}));

    // Phones of a service are always carried; those of an organisation or a place only with a service.
    Statement phones = db.prepare(
        "SELECT p.number, COALESCE(p.description,'') FROM phones p"
        " WHERE NOT EXISTS (SELECT 1 FROM services s WHERE s.id = p.service_id)"
        " AND NOT EXISTS (SELECT 1 FROM services s WHERE s.organization_id = p.organization_id)"
        " AND NOT EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.location_id = p.location_id)"
        " ORDER BY p.rowid");
    n = 0;
    while (phones.step())
        if (n++ == 0) example = phones.text(0) + (phones.text(1).empty() ? "" : " (" + phones.text(1) + ")");
    if (!phones.error().empty()) return Error{"phones: " + phones.error()};
    if (n > 0)
        out.push_back({n,
                       count_of(n, "telefoonnummer hoort", "telefoonnummers horen") +
                           " bij geen enkele hulp in deze lijst, bijvoorbeeld " + example + ". Deze lijst neemt " +
                           (n == 1 ? "dat nummer" : "die nummers") + " niet mee.",
                       count_of(n, "phone number belongs", "phone numbers belong") +
                           " to no service in the workbook, for example " + example + ". The workbook does not carry " +
                           (n == 1 ? "it." : "them.")});
    return success();
}

}  // namespace

Result<std::vector<NotCarried>> find_not_carried(const Catalogue& catalogue) {
    const Database& db = catalogue.database();
    std::vector<NotCarried> out;
    for (auto step : {&term_texts, &terms_without_code, &unused})
        if (Status st = step(db, out); !st) return Error{"cannot read the catalogue: " + st.error()};
    return out;
}

std::vector<std::pair<std::string, std::string>> read_not_carried_rows(const std::vector<WorkbookSheet>& sheets) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const WorkbookSheet& sheet : sheets) {
        if (sheet.name != kNotCarriedSheet || sheet.rows.empty()) continue;
        for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
            const auto& row = sheet.rows[r];
            std::string nl = !row.empty() ? trim(row[0].text) : "", en = row.size() > 1 ? trim(row[1].text) : "";
            if (nl.empty() && en.empty()) continue;
            out.emplace_back(nl.empty() ? en : nl, en.empty() ? nl : en);
        }
    }
    return out;
}

}  // namespace ww::sheet
