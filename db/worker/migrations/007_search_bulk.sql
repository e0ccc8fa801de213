-- 007: bulk writes index once. An import of thousands of entries made each
-- row's trigger write the search index on its own: FTS5 flushes its pending
-- rows to disk at every statement that runs a trigger, so a 20,000-row import
-- took 2.5x as long as without the index. While search_deferred holds a row
-- (only ever inside the importing transaction, see db/worker/search-bulk.ts
-- withSearchDeferred) the two insert triggers stand aside, and the import
-- indexes its new entries in one statement before it commits.

CREATE TABLE search_deferred (
  from_id INTEGER NOT NULL
) STRICT;

DROP TRIGGER entry_search_insert;
DROP TRIGGER entry_search_tag_insert;

CREATE TRIGGER entry_search_insert AFTER INSERT ON entries
WHEN NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets)
    SELECT id, title, body, tags, joined, facets FROM entry_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER entry_search_tag_insert AFTER INSERT ON entry_tags
WHEN NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN
  DELETE FROM entry_search WHERE rowid = NEW.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets)
    SELECT id, title, body, tags, joined, facets FROM entry_search_source WHERE id = NEW.entry_id;
END;
