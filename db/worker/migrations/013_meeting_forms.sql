-- 013: what the journal's own forms gave back at the meeting table
-- (design.md, "The review meeting"). A quick action is made with the
-- journal's entry form and its settle and resolve dialogs; the meeting keeps
-- their values until the finish writes them as the journal's own entries.

-- A new promise: the promise entry the form gave (JSON, without its supplier);
-- NULL for an action stored before this migration (its columns say it all).
ALTER TABLE meeting_actions ADD COLUMN entry TEXT CHECK (entry IS NULL OR (json_valid(entry) AND json_type(entry) = 'object'));
-- Settle / resolve: the day the dialog gave; NULL: the meeting's day.
ALTER TABLE meeting_actions ADD COLUMN on_day TEXT CHECK (on_day IS NULL OR date(on_day) IS on_day);

-- A meeting deleted before it was finished: its calendar event is taken back
-- (core/agenda/meetings.ts), as a settled promise's is, for a while.
CREATE TABLE meetings_deleted (
  id            INTEGER PRIMARY KEY,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
  date          TEXT NOT NULL CHECK (date(date) IS date),
  deleted_at    TEXT NOT NULL
) STRICT;

-- The contract decision as a field of its own: renew, renegotiate, end, or
-- explicitly none (NULL: not recorded); 'notice' is now called 'end'. SQLite
-- cannot change a CHECK in place: a new column takes the values, the old one goes.
ALTER TABLE meetings ADD COLUMN contract_decision TEXT CHECK (contract_decision IS NULL OR contract_decision IN ('renew', 'renegotiate', 'end', 'none'));
UPDATE meetings SET contract_decision = CASE decision WHEN 'notice' THEN 'end' ELSE decision END;
ALTER TABLE meetings DROP COLUMN decision;
ALTER TABLE meetings RENAME COLUMN contract_decision TO decision;
