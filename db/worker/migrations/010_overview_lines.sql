-- 010: each supplier's line of the overview (its dashboard row and its line
-- in the comparison chart) kept in the journal with what it was computed for
-- (the day, the trust settings, the way lines are computed), so that starting
-- the app reads 200 lines instead of every entry (db/worker/overview.ts).
-- Anything that can change a line takes it away: a write to one of the
-- supplier's entries (its trash and its purge included) or to the supplier
-- itself; the next overview computes that supplier's line again, and only it.
CREATE TABLE overview_lines (
  supplier_id INTEGER PRIMARY KEY REFERENCES suppliers(id) ON DELETE CASCADE,
  basis       TEXT NOT NULL,
  line        TEXT NOT NULL
) STRICT;

CREATE TRIGGER overview_lines_entry_added AFTER INSERT ON entries BEGIN
  DELETE FROM overview_lines WHERE supplier_id = NEW.supplier_id;
END;
CREATE TRIGGER overview_lines_entry_changed AFTER UPDATE ON entries BEGIN
  DELETE FROM overview_lines WHERE supplier_id IN (OLD.supplier_id, NEW.supplier_id);
END;
CREATE TRIGGER overview_lines_entry_purged AFTER DELETE ON entries BEGIN
  DELETE FROM overview_lines WHERE supplier_id = OLD.supplier_id;
END;
CREATE TRIGGER overview_lines_supplier_changed AFTER UPDATE ON suppliers BEGIN
  DELETE FROM overview_lines WHERE supplier_id = NEW.id;
END;
