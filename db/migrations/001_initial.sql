-- Wegwijzer catalogue, schema version 1.
-- Shaped after the Open Referral Human Services Data Specification (HSDS 3.0).
-- Columns ending in _en are Wegwijzer's extension: the English translation of the Dutch text.

CREATE TABLE metadata (
    key   TEXT PRIMARY KEY,   -- catalogue_version, created, expires, demo, source, format
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT,
    website     TEXT,
    email       TEXT
);

CREATE TABLE services (
    id                         TEXT PRIMARY KEY,
    organization_id            TEXT NOT NULL REFERENCES organizations(id),
    name                       TEXT NOT NULL,
    name_en                    TEXT,
    description                TEXT,
    description_en             TEXT,
    url                        TEXT,
    email                      TEXT,
    status                     TEXT NOT NULL DEFAULT 'active',
    fees_description           TEXT,
    fees_description_en        TEXT,
    eligibility_description    TEXT,
    eligibility_description_en TEXT,
    assured_date               TEXT
);
CREATE INDEX services_organization ON services(organization_id);

CREATE TABLE locations (
    id              TEXT PRIMARY KEY,
    organization_id TEXT REFERENCES organizations(id),
    name            TEXT,
    latitude        REAL,
    longitude       REAL,
    location_type   TEXT,
    transportation  TEXT,
    transportation_en TEXT
);

CREATE TABLE addresses (
    id          TEXT PRIMARY KEY,
    location_id TEXT NOT NULL REFERENCES locations(id),
    address_1   TEXT,
    city        TEXT,
    region      TEXT,   -- the municipality
    postal_code TEXT,
    country     TEXT
);
CREATE INDEX addresses_location ON addresses(location_id);

CREATE TABLE service_at_location (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL REFERENCES services(id),
    location_id TEXT NOT NULL REFERENCES locations(id)
);
CREATE INDEX service_at_location_service ON service_at_location(service_id);
CREATE INDEX service_at_location_location ON service_at_location(location_id);

CREATE TABLE phones (
    id              TEXT PRIMARY KEY,
    service_id      TEXT REFERENCES services(id),
    organization_id TEXT REFERENCES organizations(id),
    location_id     TEXT REFERENCES locations(id),
    number          TEXT NOT NULL,
    description     TEXT
);
CREATE INDEX phones_service ON phones(service_id);
CREATE INDEX phones_organization ON phones(organization_id);
CREATE INDEX phones_location ON phones(location_id);

CREATE TABLE schedules (
    id                     TEXT PRIMARY KEY,
    service_id             TEXT REFERENCES services(id),
    service_at_location_id TEXT REFERENCES service_at_location(id),
    byday                  TEXT,   -- MO,TU,WE,TH,FR,SA,SU
    opens_at               TEXT,   -- HH:MM[:SS] local time
    closes_at              TEXT,
    description            TEXT,
    description_en         TEXT
);
CREATE INDEX schedules_service ON schedules(service_id);
CREATE INDEX schedules_service_at_location ON schedules(service_at_location_id);

CREATE TABLE service_areas (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL REFERENCES services(id),
    name        TEXT NOT NULL,   -- a municipality name
    description TEXT
);
CREATE INDEX service_areas_service ON service_areas(service_id);

CREATE TABLE taxonomy_terms (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_en     TEXT,
    description TEXT
);

CREATE TABLE attributes (
    id               TEXT PRIMARY KEY,
    link_id          TEXT NOT NULL,
    link_type        TEXT,
    link_entity      TEXT NOT NULL,
    taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_terms(id),
    value            TEXT
);
CREATE INDEX attributes_link ON attributes(link_entity, link_id);

-- Search synonyms (from db/synonyms.csv): a query word `term` also searches for `replacement`.
CREATE TABLE synonyms (
    term        TEXT NOT NULL,
    replacement TEXT NOT NULL,
    PRIMARY KEY (term, replacement)
) WITHOUT ROWID;

-- Derived tables, rebuilt from the HSDS tables by every build; the search reads only these.

-- One row per service and municipality where it is available.
CREATE TABLE service_municipality (
    service_id   TEXT NOT NULL,
    municipality TEXT NOT NULL,
    PRIMARY KEY (municipality, service_id)
) WITHOUT ROWID;
CREATE INDEX service_municipality_service ON service_municipality(service_id);

-- One row per service and taxonomy code (category, audience or cost).
CREATE TABLE service_tag (
    service_id TEXT NOT NULL,
    code       TEXT NOT NULL,
    PRIMARY KEY (code, service_id)
) WITHOUT ROWID;
CREATE INDEX service_tag_service ON service_tag(service_id);

-- Opening times as minutes since Monday 00:00, for "open at" filters.
CREATE TABLE opening_slot (
    service_id TEXT NOT NULL,
    weekday    INTEGER NOT NULL,  -- 0 = Monday
    opens_min  INTEGER NOT NULL,  -- minutes after midnight
    closes_min INTEGER NOT NULL
);
CREATE INDEX opening_slot_service ON opening_slot(service_id, weekday);

-- Full-text index; diacritics folded (cafe = café), prefix indexes for search-as-you-type.
CREATE VIRTUAL TABLE service_fts USING fts5(
    name, description, keywords, places,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
-- service_fts.rowid = services.rowid
