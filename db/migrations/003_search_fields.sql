-- Wegwijzer catalogue, schema version 3: the search knows in which field a word stands.
--
-- service_fts gets a fifth column, conditions (costs and who may use the service, Dutch and
-- English), so that "eigen bijdrage" or "zorgverzekering" find services, at a low weight.
-- search_term gets fields: one byte per service of docs, in the same order, whose bits say in
-- which service_fts columns the term occurs (bit 0 name, 1 description, 2 keywords, 3 places,
-- 4 conditions). Both are derived tables: a catalogue is built again, not converted.
DROP TABLE service_fts;
CREATE VIRTUAL TABLE service_fts USING fts5(
    name, description, keywords, places, conditions,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
ALTER TABLE search_term ADD COLUMN fields BLOB NOT NULL DEFAULT x'';
