-- 009: a follow-up can be marked done (with undo), and what each supplier's
-- facts are read from is found through indexes of its own.
-- SQLite cannot change a CHECK in place: agenda_marks is rebuilt with 'done'
-- among its actions, its rows copied as they are.
CREATE TABLE agenda_marks_new (
  item_key   TEXT PRIMARY KEY CHECK (length(item_key) BETWEEN 1 AND 200),
  action     TEXT NOT NULL CHECK (action IN ('snoozed', 'dismissed', 'done')),
  until      TEXT CHECK (until IS NULL OR date(until) IS until),
  created_at TEXT NOT NULL,
  CHECK ((action = 'snoozed') = (until IS NOT NULL))
) STRICT, WITHOUT ROWID;
INSERT INTO agenda_marks_new (item_key, action, until, created_at) SELECT item_key, action, until, created_at FROM agenda_marks;
DROP TABLE agenda_marks;
ALTER TABLE agenda_marks_new RENAME TO agenda_marks;

-- What a supplier's facts are read from (db/worker/facts.ts): the latest day
-- of each kind, side and cause (the index covers that read: deleted_at is in
-- it for that alone; "supplier_id > 0" is a term only that read states, so no
-- other query's plan moves to this wide index), the open promises (with a due
-- day or not), and those settled after the day asked, which were still open
-- on it (the agenda reads these too).
CREATE INDEX entries_latest ON entries (supplier_id, kind, side, caused_by, date, deleted_at) WHERE deleted_at IS NULL AND supplier_id > 0;
CREATE INDEX entries_promises_open ON entries (supplier_id) WHERE kind = 'promise' AND status = 'open';
CREATE INDEX entries_settled_promises ON entries (settled_on) WHERE kind = 'promise' AND status <> 'open';
