-- Wegwijzer catalogue, schema version 2: the search index's posting lists, derived at build time.
--
-- One row per term of service_fts (the same tokens: fts5vocab over it), with the services it
-- occurs in: their rowids, sorted, as LEB128 varint gaps (kiosk/core/postings.h). The kiosk
-- loads these once and answers a word or prefix from memory; FTS5 answers phrases.
CREATE TABLE search_term (
    term TEXT PRIMARY KEY,
    docs BLOB NOT NULL
) WITHOUT ROWID;
