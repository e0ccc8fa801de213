-- 012: attachments inside the journal file (design.md, "Capture"). The
-- content is kept once per SHA-256 in its own table, apart from the rows the
-- lists read, so a journal full of files lists its entries as fast as one
-- without. A link names the file on an entry or a supplier; removing a link
-- puts it in the trash, emptying the trash deletes it and then every content
-- no link uses any more (db/worker/attachments.ts).
CREATE TABLE attachment_blobs (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size        INTEGER NOT NULL CHECK (size >= 0),
  content     BLOB NOT NULL,
  CHECK (length(content) = size)
) STRICT;

CREATE TABLE attachments (
  id          INTEGER PRIMARY KEY,
  blob_id     INTEGER NOT NULL REFERENCES attachment_blobs(id),
  entry_id    INTEGER REFERENCES entries(id) ON DELETE CASCADE,
  supplier_id INTEGER REFERENCES suppliers(id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 255),
  type        TEXT NOT NULL DEFAULT '' CHECK (length(type) <= 200),
  added_at    TEXT NOT NULL,
  deleted_at  TEXT,
  CHECK ((entry_id IS NULL) <> (supplier_id IS NULL))
) STRICT;

CREATE INDEX attachments_by_entry ON attachments (entry_id) WHERE entry_id IS NOT NULL;
CREATE INDEX attachments_by_supplier ON attachments (supplier_id) WHERE supplier_id IS NOT NULL;
CREATE INDEX attachments_by_blob ON attachments (blob_id);
