-- 005: full-text search (issue 15). Two FTS5 indexes, kept in step with the
-- tables by the triggers below in the same transaction as every write, and
-- filled here from what is already written.
--
-- Contentless (content=''): the texts stay only in their own tables; the
-- results' snippets are cut from there (core/search/highlight.ts). With
-- contentless_delete=1 a row is removed by its rowid alone, so a trigger
-- rewrites an entry's row without knowing its old texts.
--
-- unicode61 remove_diacritics 2: case and accents do not matter (cafe, Café).
-- The tokenizer splits "e-mail" in two; the `joined` column holds the texts
-- again with their hyphens taken out (only for those that have one), so
-- "email" also finds "e-mail" (the query side does the reverse).
-- Everything below uses built-in functions only: connections run with
-- trusted_schema = OFF.

CREATE VIRTUAL TABLE entry_search USING fts5(
  title, body, tags, joined,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE supplier_search USING fts5(
  name, details, joined,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- What an entry's row in the index holds: one declaration for triggers and rebuilds.
CREATE VIEW entry_search_source AS
  SELECT id, title, body, tags,
    CASE WHEN instr(title || body || tags, '-') > 0 THEN replace(title || ' ' || body || ' ' || tags, '-', '') ELSE '' END AS joined
  FROM (
    SELECT e.id, e.title,
      e.body || ' ' || e.impact || ' ' || e.root_cause || ' ' || e.ticket_ref AS body,
      coalesce((SELECT group_concat(t.tag, ' ') FROM entry_tags t WHERE t.entry_id = e.id), '') AS tags
    FROM entries e
  );

CREATE VIEW supplier_search_source AS
  SELECT id, name, details,
    CASE WHEN instr(name || details, '-') > 0 THEN replace(name || ' ' || details, '-', '') ELSE '' END AS joined
  FROM (
    SELECT s.id, s.name,
      s.category || ' ' || s.notes || ' ' ||
        coalesce((SELECT group_concat(c.value, ' ') FROM json_tree(s.contacts) c WHERE c.type = 'text'), '') AS details
    FROM suppliers s
  );

CREATE TRIGGER entry_search_insert AFTER INSERT ON entries BEGIN
  INSERT INTO entry_search (rowid, title, body, tags, joined)
    SELECT id, title, body, tags, joined FROM entry_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER entry_search_update AFTER UPDATE OF title, body, impact, root_cause, ticket_ref ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;
  INSERT INTO entry_search (rowid, title, body, tags, joined)
    SELECT id, title, body, tags, joined FROM entry_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER entry_search_delete AFTER DELETE ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER entry_search_tag_insert AFTER INSERT ON entry_tags BEGIN
  DELETE FROM entry_search WHERE rowid = NEW.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined)
    SELECT id, title, body, tags, joined FROM entry_search_source WHERE id = NEW.entry_id;
END;

CREATE TRIGGER entry_search_tag_delete AFTER DELETE ON entry_tags BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined)
    SELECT id, title, body, tags, joined FROM entry_search_source WHERE id = OLD.entry_id;
END;

CREATE TRIGGER supplier_search_insert AFTER INSERT ON suppliers BEGIN
  INSERT INTO supplier_search (rowid, name, details, joined)
    SELECT id, name, details, joined FROM supplier_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER supplier_search_update AFTER UPDATE OF name, category, notes, contacts ON suppliers BEGIN
  DELETE FROM supplier_search WHERE rowid = OLD.id;
  INSERT INTO supplier_search (rowid, name, details, joined)
    SELECT id, name, details, joined FROM supplier_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER supplier_search_delete AFTER DELETE ON suppliers BEGIN
  DELETE FROM supplier_search WHERE rowid = OLD.id;
END;

-- A journal written before this version: index what it holds.
INSERT INTO entry_search (rowid, title, body, tags, joined) SELECT id, title, body, tags, joined FROM entry_search_source;
INSERT INTO supplier_search (rowid, name, details, joined) SELECT id, name, details, joined FROM supplier_search_source;
