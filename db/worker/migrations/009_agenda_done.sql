-- 009: a follow-up can be marked done (with undo), and promises settled after
-- a day are found quickly (open on that day).
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

-- A promise settled after the day the agenda or a supplier's facts are read
-- for was still open on it (db/worker/facts.ts, db/worker/agenda.ts).
CREATE INDEX entries_settled_promises ON entries (settled_on) WHERE kind = 'promise' AND status <> 'open';
