-- Wegwijzer catalogue, schema version 4: the full-text index without prefix indexes.
--
-- The search answers every word and prefix from search_term (posting lists in memory); FTS5 is
-- only where those lists come from (fts5vocab) and what `kioskctl status` checks them against.
-- Nothing reads its prefix indexes (prefix = '2 3 4'), which were two thirds of the index's size
-- and of the time to build it. A derived table: a catalogue is built again, not converted.
DROP TABLE service_fts;
CREATE VIRTUAL TABLE service_fts USING fts5(
    name, description, keywords, places, conditions,
    tokenize = 'unicode61 remove_diacritics 2'
);
