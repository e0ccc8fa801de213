-- 006: filters inside the search index (issue 15, speed). Each entry's row in
-- entry_search gets a `facets` column of hidden tokens: its supplier (s12),
-- its kind (kpromise), and xprivate / xtrash when it is private or in the
-- trash (itself or with its supplier). A search then filters in its MATCH
-- (`... AND "<mark>s12" NOT "<mark>xtrash"`) instead of joining every match
-- to the tables, and counts its matches on the index alone.
--
-- Each token starts with U+E000, a private-use character: unicode61 keeps it
-- inside a token (its default categories are L* N* Co), while the query parser
-- (core/search/words.ts) cuts words at it, so no word a user types can be a
-- hidden token, and no column filter is needed (one would make every MATCH
-- read positions). The texts lose that character, so no text can forge one.
--
-- A contentless table cannot gain a column: it is built again, with its view
-- and triggers (the triggers now also follow kind, supplier, private and
-- trash, and a supplier going to or coming back from the trash), and filled
-- from the tables, all in the migration's one transaction.

DROP TRIGGER entry_search_insert;
DROP TRIGGER entry_search_update;
DROP TRIGGER entry_search_delete;
DROP TRIGGER entry_search_tag_insert;
DROP TRIGGER entry_search_tag_delete;
DROP VIEW entry_search_source;
DROP TABLE entry_search;

CREATE VIRTUAL TABLE entry_search USING fts5(
  title, body, tags, joined, facets,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW entry_search_source AS
  SELECT id, title, body, tags,
    CASE WHEN instr(title || body || tags, '-') > 0 THEN replace(title || ' ' || body || ' ' || tags, '-', '') ELSE '' END AS joined,
    facets
  FROM (
    SELECT e.id,
      replace(e.title, char(0xE000), '') AS title,
      replace(e.body || ' ' || e.impact || ' ' || e.root_cause || ' ' || e.ticket_ref, char(0xE000), '') AS body,
      replace(coalesce((SELECT group_concat(t.tag, ' ') FROM entry_tags t WHERE t.entry_id = e.id), ''), char(0xE000), '') AS tags,
      char(0xE000) || 's' || e.supplier_id || ' ' || char(0xE000) || 'k' || e.kind
        || CASE WHEN e.private = 1 THEN ' ' || char(0xE000) || 'xprivate' ELSE '' END
        || CASE WHEN e.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL THEN ' ' || char(0xE000) || 'xtrash' ELSE '' END AS facets
    FROM entries e JOIN suppliers s ON s.id = e.supplier_id
  );

CREATE TRIGGER entry_search_insert AFTER INSERT ON entries BEGIN
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets)
    SELECT id, title, body, tags, joined, facets FROM entry_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER entry_search_update AFTER UPDATE OF title, body, impact, root_cause, ticket_ref, kind, supplier_id, private, deleted_at ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets)
    SELECT id, title, body, tags, joined, facets FROM entry_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER entry_search_delete AFTER DELETE ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER entry_search_tag_insert AFTER INSERT ON entry_tags BEGIN
  DELETE FROM entry_search WHERE rowid = NEW.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets)
    SELECT id, title, body, tags, joined, facets FROM entry_search_source WHERE id = NEW.entry_id;
END;

CREATE TRIGGER entry_search_tag_delete AFTER DELETE ON entry_tags BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets)
    SELECT id, title, body, tags, joined, facets FROM entry_search_source WHERE id = OLD.entry_id;
END;

-- A supplier to or from the trash takes its entries along: their xtrash token follows.
CREATE TRIGGER entry_search_supplier_trash AFTER UPDATE OF deleted_at ON suppliers BEGIN
  DELETE FROM entry_search WHERE rowid IN (SELECT id FROM entries WHERE supplier_id = NEW.id);
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets)
    SELECT id, title, body, tags, joined, facets FROM entry_search_source WHERE id IN (SELECT id FROM entries WHERE supplier_id = NEW.id);
END;

INSERT INTO entry_search (rowid, title, body, tags, joined, facets) SELECT id, title, body, tags, joined, facets FROM entry_search_source;
