#include "core/service_reader.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace ww {

double distance_km(const GeoPoint& a, const GeoPoint& b) {
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
    double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
               std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

std::string first_sentence(std::string_view text) {
    // A sentence ends at ". ", "! " or "? " (or the end); "ca. 5" style abbreviations are rare
    // in the plain-language catalogue texts.
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        char c = text[i];
        if ((c == '.' || c == '!' || c == '?') && text[i + 1] == ' ') return std::string(text.substr(0, i + 1));
    }
    return std::string(text);
}

namespace {

// A service's phone numbers: its own first, then its locations', then its organisation's.
constexpr const char* kPhonesSql =
    "SELECT number, COALESCE(description,''), 0 AS o, rowid AS r FROM phones WHERE service_id = ?1"
    " UNION ALL SELECT p.number, COALESCE(p.description,''), 1, p.rowid FROM phones p"
    "   JOIN service_at_location sal ON p.location_id = sal.location_id WHERE sal.service_id = ?1"
    " UNION ALL SELECT p.number, COALESCE(p.description,''), 2, p.rowid FROM phones p"
    "   JOIN services s ON p.organization_id = s.organization_id WHERE s.id = ?1"
    " ORDER BY o, r";

// The prepared statements for reading summaries (SummaryReader keeps them).
struct SummaryStatements {
    Statement service, location, municipalities, tags, phone, opening;

    explicit SummaryStatements(const Database& db)
        : service(db.prepare("SELECT s.name, COALESCE(s.name_en,''), COALESCE(s.description,''),"
                             " COALESCE(s.description_en,''), COALESCE(o.name,'')"
                             " FROM services s LEFT JOIN organizations o ON o.id = s.organization_id"
                             " WHERE s.id = ?1")),
          location(db.prepare("SELECT COALESCE(a.city,''), COALESCE(a.region,''), l.latitude, l.longitude"
                              " FROM service_at_location sal JOIN locations l ON l.id = sal.location_id"
                              " LEFT JOIN addresses a ON a.location_id = l.id"
                              " WHERE sal.service_id = ?1 ORDER BY sal.rowid, a.rowid LIMIT 1")),
          municipalities(db.prepare("SELECT municipality FROM service_municipality WHERE service_id = ?1"
                                    " ORDER BY municipality")),
          tags(db.prepare("SELECT code FROM service_tag WHERE service_id = ?1 ORDER BY code")),
          phone(db.prepare(kPhonesSql)),
          opening(db.prepare("SELECT weekday, opens_min, closes_min FROM opening_slot WHERE service_id = ?1"
                             " ORDER BY weekday, opens_min")) {}

    bool valid() const {
        return service.valid() && location.valid() && municipalities.valid() && tags.valid() && phone.valid() &&
               opening.valid();
    }
};

std::vector<std::string> column_list(Statement& st, const std::string& id) {
    std::vector<std::string> out;
    st.reset();
    st.bind(1, std::string_view(id));
    while (st.step()) out.push_back(st.text(0));
    return out;
}

std::optional<ServiceSummary> read_one(SummaryStatements& q, const std::string& id, const ReadContext& context) {
    q.service.reset();
    q.service.bind(1, std::string_view(id));
    if (!q.service.step()) return std::nullopt;
    ServiceSummary s;
    s.id = id;
    s.name = {q.service.text(0), q.service.text(1)};
    s.summary = {first_sentence(q.service.text(2)), first_sentence(q.service.text(3))};
    s.organization = q.service.text(4);

    q.location.reset();
    q.location.bind(1, std::string_view(id));
    if (q.location.step()) {
        s.town = q.location.text(0);
        s.municipality = q.location.text(1);
        if (!q.location.is_null(2) && !q.location.is_null(3))
            s.position = GeoPoint{q.location.real(2), q.location.real(3)};
    }
    s.municipalities = column_list(q.municipalities, id);
    s.tags = column_list(q.tags, id);
    q.phone.reset();
    q.phone.bind(1, std::string_view(id));
    if (q.phone.step()) s.phone = q.phone.text(0);

    q.opening.reset();
    q.opening.bind(1, std::string_view(id));
    while (q.opening.step())
        s.opening.push_back({static_cast<int>(q.opening.integer(0)), static_cast<int>(q.opening.integer(1)),
                             static_cast<int>(q.opening.integer(2))});

    if (context.near && s.position) s.distance_km = distance_km(*context.near, *s.position);
    if (!context.home_municipality.empty())
        s.in_home_municipality = std::find(s.municipalities.begin(), s.municipalities.end(),
                                           context.home_municipality) != s.municipalities.end();
    return s;
}

}  // namespace

struct SummaryReader::Statements : SummaryStatements {
    using SummaryStatements::SummaryStatements;
};

SummaryReader::SummaryReader(const Database& db) : statements_(std::make_unique<Statements>(db)) {}
SummaryReader::~SummaryReader() = default;
SummaryReader::SummaryReader(SummaryReader&&) noexcept = default;
SummaryReader& SummaryReader::operator=(SummaryReader&&) noexcept = default;

std::vector<ServiceSummary> SummaryReader::read(const std::vector<std::string>& ids, const ReadContext& context) {
    std::vector<ServiceSummary> out;
    SummaryStatements& q = *statements_;
    if (!q.valid()) return out;
    out.reserve(ids.size());
    for (const auto& id : ids)
        if (auto s = read_one(q, id, context)) out.push_back(std::move(*s));
    // A statement that stopped at a row would keep its read transaction (and lock) open.
    for (Statement* st : {&q.service, &q.location, &q.municipalities, &q.tags, &q.phone, &q.opening}) st->reset();
    return out;
}

std::vector<ServiceSummary> read_summaries(const Database& db, const std::vector<std::string>& ids,
                                           const ReadContext& context) {
    return SummaryReader(db).read(ids, context);
}

std::optional<ServiceDetail> read_detail(const Database& db, std::string_view id, const ReadContext& context) {
    auto summaries = read_summaries(db, {std::string(id)}, context);
    if (summaries.empty()) return std::nullopt;
    ServiceDetail d;
    d.summary = std::move(summaries.front());

    Statement st = db.prepare(
        "SELECT COALESCE(s.description,''), COALESCE(s.description_en,''), COALESCE(s.fees_description,''),"
        " COALESCE(s.fees_description_en,''), COALESCE(s.eligibility_description,''),"
        " COALESCE(s.eligibility_description_en,''), COALESCE(s.url,''), COALESCE(s.email,''),"
        " COALESCE(o.website,''), COALESCE(s.status,''), COALESCE(s.assured_date,'')"
        " FROM services s LEFT JOIN organizations o ON o.id = s.organization_id WHERE s.id = ?1");
    st.bind(1, id);
    if (st.step()) {
        d.description = {st.text(0), st.text(1)};
        d.fees = {st.text(2), st.text(3)};
        d.eligibility = {st.text(4), st.text(5)};
        d.url = st.text(6);
        d.email = st.text(7);
        d.organization_website = st.text(8);
        d.status = st.text(9);
        d.assured_date = st.text(10);
    }

    Statement loc = db.prepare(
        "SELECT COALESCE(l.name,''), COALESCE(a.address_1,''), COALESCE(a.postal_code,''), COALESCE(a.city,''),"
        " COALESCE(a.region,''), l.latitude, l.longitude, COALESCE(l.transportation,''),"
        " COALESCE(l.transportation_en,'')"
        " FROM service_at_location sal JOIN locations l ON l.id = sal.location_id"
        " LEFT JOIN addresses a ON a.location_id = l.id WHERE sal.service_id = ?1 ORDER BY sal.rowid, a.rowid");
    loc.bind(1, id);
    while (loc.step()) {
        ServiceLocation l;
        l.name = loc.text(0);
        l.address = loc.text(1);
        l.postal_code = loc.text(2);
        l.city = loc.text(3);
        l.municipality = loc.text(4);
        if (!loc.is_null(5) && !loc.is_null(6)) l.position = GeoPoint{loc.real(5), loc.real(6)};
        l.transportation = {loc.text(7), loc.text(8)};
        d.locations.push_back(std::move(l));
    }

    Statement ph = db.prepare(kPhonesSql);
    ph.bind(1, id);
    std::set<std::string> seen;
    while (ph.step()) {
        std::string number = ph.text(0);
        if (seen.insert(number).second)
            d.phones.push_back(
                {number, ph.text(1), static_cast<PhoneNumber::Owner>(std::clamp<std::int64_t>(ph.integer(2), 0, 2))});
    }

    Statement notes = db.prepare(
        "SELECT sc.description, COALESCE(sc.description_en,'') FROM schedules sc"
        " LEFT JOIN service_at_location sal ON sal.id = sc.service_at_location_id"
        " WHERE (sc.service_id = ?1 OR sal.service_id = ?1) AND COALESCE(sc.description,'') <> ''"
        " GROUP BY 1, 2 ORDER BY MIN(sc.rowid)");
    notes.bind(1, id);
    while (notes.step()) d.schedule_notes.push_back({notes.text(0), notes.text(1)});
    return d;
}

}  // namespace ww
