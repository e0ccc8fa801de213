-- 004: the agenda (what needs the manager's attention).
-- A contract's renewal terms: whether it renews itself (tacitly) at its end
-- unless notice is given, and for how many months each renewal runs (NULL: 12).
ALTER TABLE suppliers ADD COLUMN auto_renews INTEGER NOT NULL DEFAULT 0 CHECK (auto_renews IN (0, 1));
ALTER TABLE suppliers ADD COLUMN renewal_months INTEGER CHECK (renewal_months IS NULL OR renewal_months BETWEEN 1 AND 120);

-- Any entry may carry a day to follow it up on.
ALTER TABLE entries ADD COLUMN follow_up_on TEXT CHECK (follow_up_on IS NULL OR date(follow_up_on) IS follow_up_on);

-- What the manager did with an agenda item: snoozed until a day, or
-- dismissed. Keyed by the item's stable key (core/agenda/keys.ts), which
-- names the thing and its date, so a deadline that rolls forward to next year
-- is a new item; deleting the row undoes the mark.
CREATE TABLE agenda_marks (
  item_key   TEXT PRIMARY KEY CHECK (length(item_key) BETWEEN 1 AND 200),
  action     TEXT NOT NULL CHECK (action IN ('snoozed', 'dismissed')),
  until      TEXT CHECK (until IS NULL OR date(until) IS until),
  created_at TEXT NOT NULL,
  CHECK ((action = 'snoozed') = (until IS NOT NULL))
) STRICT, WITHOUT ROWID;

-- The journal's own id: calendar events exported from it carry it in their
-- UIDs, so a second import updates them and two journals never collide.
INSERT OR IGNORE INTO settings (key, value) VALUES ('journal.id', json_quote(lower(hex(randomblob(16)))));

-- The agenda reads only these entries (db/worker/agenda.ts): small partial indexes
-- keep it from scanning a journal of 100,000 entries on every open.
CREATE INDEX entries_open_promises ON entries (supplier_id, due_on) WHERE kind = 'promise' AND status = 'open' AND due_on IS NOT NULL;
CREATE INDEX entries_open_incidents ON entries (supplier_id) WHERE kind = 'incident' AND resolved_on IS NULL;
CREATE INDEX entries_follow_ups ON entries (supplier_id, follow_up_on) WHERE follow_up_on IS NOT NULL;
CREATE INDEX entries_contacts ON entries (supplier_id, kind, date) WHERE kind IN ('interaction', 'review') AND deleted_at IS NULL;
