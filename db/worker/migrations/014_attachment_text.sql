-- 014: what is inside attachments goes into the search (issue 25, "Find what
-- is inside"). The text of each stored content is read once, in the worker
-- (db/worker/attachment-text.ts), and kept per blob; '' when the file has none
-- (a scanned or encrypted PDF, an image). A blob without a row here is still
-- to be read: a journal written before this version gets its texts read after
-- it opens, not in this migration (reading PDFs needs the worker's code).
--
-- entry_search gains a `files` column: the texts of the entry's attachments
-- that are not in the trash. A contentless table cannot gain a column, so it
-- is built again with its view and triggers as in 006, and the attachments'
-- links and texts get triggers of their own: adding, removing (trash),
-- restoring or deleting a link, and a text read, index the entry again.
CREATE TABLE attachment_text (
  blob_id INTEGER PRIMARY KEY REFERENCES attachment_blobs(id) ON DELETE CASCADE,
  text    TEXT NOT NULL
) STRICT;

DROP TRIGGER entry_search_insert;
DROP TRIGGER entry_search_update;
DROP TRIGGER entry_search_delete;
DROP TRIGGER entry_search_tag_insert;
DROP TRIGGER entry_search_tag_delete;
DROP TRIGGER entry_search_supplier_trash;
DROP VIEW entry_search_source;
DROP TABLE entry_search;

CREATE VIRTUAL TABLE entry_search USING fts5(
  title, body, tags, joined, facets, files,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW entry_search_source AS
  SELECT id, title, body, tags,
    CASE WHEN instr(title || body || tags, '-') > 0 THEN replace(title || ' ' || body || ' ' || tags, '-', '') ELSE '' END AS joined,
    facets, files
  FROM (
    SELECT e.id,
      replace(e.title, char(0xE000), '') AS title,
      replace(e.body || ' ' || e.impact || ' ' || e.root_cause || ' ' || e.ticket_ref, char(0xE000), '') AS body,
      replace(coalesce((SELECT group_concat(t.tag, ' ') FROM entry_tags t WHERE t.entry_id = e.id), ''), char(0xE000), '') AS tags,
      char(0xE000) || 's' || e.supplier_id || ' ' || char(0xE000) || 'k' || e.kind
        || CASE WHEN e.private = 1 THEN ' ' || char(0xE000) || 'xprivate' ELSE '' END
        || CASE WHEN e.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL THEN ' ' || char(0xE000) || 'xtrash' ELSE '' END AS facets,
      replace(coalesce((SELECT group_concat(x.text, ' ') FROM attachments a JOIN attachment_text x ON x.blob_id = a.blob_id
        WHERE a.entry_id = e.id AND a.deleted_at IS NULL), ''), char(0xE000), '') AS files
    FROM entries e JOIN suppliers s ON s.id = e.supplier_id
  );

CREATE TRIGGER entry_search_insert AFTER INSERT ON entries
WHEN NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER entry_search_update AFTER UPDATE OF title, body, impact, root_cause, ticket_ref, kind, supplier_id, private, deleted_at ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER entry_search_delete AFTER DELETE ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER entry_search_tag_insert AFTER INSERT ON entry_tags
WHEN NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN
  DELETE FROM entry_search WHERE rowid = NEW.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id = NEW.entry_id;
END;

CREATE TRIGGER entry_search_tag_delete AFTER DELETE ON entry_tags BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id = OLD.entry_id;
END;

CREATE TRIGGER entry_search_supplier_trash AFTER UPDATE OF deleted_at ON suppliers BEGIN
  DELETE FROM entry_search WHERE rowid IN (SELECT id FROM entries WHERE supplier_id = NEW.id);
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id IN (SELECT id FROM entries WHERE supplier_id = NEW.id);
END;

-- An entry's attachment added (not while an import defers the index: it indexes its entries whole at its end).
CREATE TRIGGER entry_search_attachment_insert AFTER INSERT ON attachments
WHEN NEW.entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN
  DELETE FROM entry_search WHERE rowid = NEW.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id = NEW.entry_id;
END;

-- Removed to the trash or restored.
CREATE TRIGGER entry_search_attachment_trash AFTER UPDATE OF deleted_at ON attachments
WHEN NEW.entry_id IS NOT NULL BEGIN
  DELETE FROM entry_search WHERE rowid = NEW.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id = NEW.entry_id;
END;

-- Emptying the trash deletes links already out of the index; a cascade from a deleted entry finds no row to write.
CREATE TRIGGER entry_search_attachment_delete AFTER DELETE ON attachments
WHEN OLD.entry_id IS NOT NULL AND OLD.deleted_at IS NULL BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.entry_id;
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id = OLD.entry_id;
END;

-- A text read: every live entry link to that content is indexed again.
CREATE TRIGGER entry_search_attachment_text AFTER INSERT ON attachment_text
WHEN NEW.text <> '' BEGIN
  DELETE FROM entry_search WHERE rowid IN (SELECT entry_id FROM attachments WHERE blob_id = NEW.blob_id AND entry_id IS NOT NULL);
  INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
    SELECT id, title, body, tags, joined, facets, files FROM entry_search_source
    WHERE id IN (SELECT entry_id FROM attachments WHERE blob_id = NEW.blob_id AND entry_id IS NOT NULL);
END;

INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files) SELECT id, title, body, tags, joined, facets, files FROM entry_search_source;
