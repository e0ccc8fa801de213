-- 011: review meetings (design.md, "The review meeting"). A meeting belongs to
-- one supplier and goes draft -> in_progress -> finished; at most one is open
-- (draft or in progress) per supplier. Its points and the actions agreed at
-- the table are kept as they are typed (autosave), and written into the
-- journal as entries only when the meeting is finished (db/worker/meetings.ts).
CREATE TABLE meetings (
  id                  INTEGER PRIMARY KEY,
  supplier_id         INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
  status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_progress', 'finished')),
  date                TEXT NOT NULL CHECK (date(date) IS date),
  language            TEXT NOT NULL CHECK (language IN ('nl', 'en')),
  attendees_ours      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees_ours) AND json_type(attendees_ours) = 'array'),
  attendees_theirs    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees_theirs) AND json_type(attendees_theirs) = 'array'),
  current_point       INTEGER NOT NULL DEFAULT 0 CHECK (current_point >= 0),
  summary             TEXT NOT NULL DEFAULT '',
  score_ability       INTEGER CHECK (score_ability IS NULL OR score_ability BETWEEN 1 AND 5),
  score_integrity     INTEGER CHECK (score_integrity IS NULL OR score_integrity BETWEEN 1 AND 5),
  score_benevolence   INTEGER CHECK (score_benevolence IS NULL OR score_benevolence BETWEEN 1 AND 5),
  decision            TEXT CHECK (decision IS NULL OR decision IN ('renew', 'renegotiate', 'notice')),
  decision_reason     TEXT NOT NULL DEFAULT '',
  -- The entries a finish wrote (kept on reopening, so a second finish corrects them in place).
  minutes_entry_id    INTEGER REFERENCES entries(id) ON DELETE SET NULL,
  review_entry_id     INTEGER REFERENCES entries(id) ON DELETE SET NULL,
  decision_entry_id   INTEGER REFERENCES entries(id) ON DELETE SET NULL,
  finished_at         TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  CHECK ((status = 'finished') = (finished_at IS NOT NULL))
) STRICT;

CREATE INDEX meetings_by_supplier ON meetings (supplier_id, date DESC);
-- Two meetings may not be open for one supplier.
CREATE UNIQUE INDEX meetings_one_open ON meetings (supplier_id) WHERE status <> 'finished';

-- A point on the agenda: drawn from the journal (source names what; entry_id
-- the entry, NULL once it is gone while the title stays readable) or free.
CREATE TABLE meeting_points (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL CHECK (position >= 0),
  source          TEXT NOT NULL CHECK (source IN ('flag', 'promise', 'ourPromise', 'incident', 'notice', 'contractEnd', 'advice', 'conduct', 'deferred', 'free')),
  entry_id        INTEGER REFERENCES entries(id) ON DELETE SET NULL,
  -- Drawn from an entry: with entry_id NULL (emptied from the trash) the point says its entry is gone.
  linked          INTEGER NOT NULL DEFAULT 0 CHECK (linked IN (0, 1)),
  title           TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  detail          TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 2000),
  purpose         TEXT NOT NULL DEFAULT 'raise' CHECK (purpose IN ('raise', 'info')),
  notes           TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  -- Notes only for us: never in the minutes.
  notes_private   INTEGER NOT NULL DEFAULT 0 CHECK (notes_private IN (0, 1)),
  outcome         TEXT CHECK (outcome IS NULL OR outcome IN ('discussed', 'deferred', 'resolved')),
  -- A point carried from an earlier meeting's deferred one.
  carried_from    INTEGER REFERENCES meeting_points(id) ON DELETE SET NULL
) STRICT;

CREATE INDEX meeting_points_by_meeting ON meeting_points (meeting_id, position);

-- What was agreed at the table, written as the journal's own entries on finish:
-- a new promise, a promise settled, an incident resolved.
CREATE TABLE meeting_actions (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  point_id        INTEGER REFERENCES meeting_points(id) ON DELETE SET NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('promise', 'settle', 'resolve')),
  -- promise: what, whose, owner, due; settle/resolve: the entry.
  title           TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  side            TEXT CHECK (side IS NULL OR side IN ('supplier', 'ours')),
  owner           TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 120),
  obligation      TEXT CHECK (obligation IS NULL OR obligation IN ('result', 'effort')),
  in_contract     INTEGER CHECK (in_contract IS NULL OR in_contract IN (0, 1)),
  due_on          TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
  private         INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
  entry_id        INTEGER REFERENCES entries(id) ON DELETE SET NULL,
  status          TEXT CHECK (status IS NULL OR status IN ('kept', 'kept_late', 'broken', 'renegotiated', 'withdrawn')),
  handled_well    INTEGER CHECK (handled_well IS NULL OR handled_well IN (0, 1)),
  created_at      TEXT NOT NULL,
  CHECK (kind <> 'promise' OR (length(trim(title)) >= 1 AND side IS NOT NULL AND obligation IS NOT NULL AND in_contract IS NOT NULL)),
  CHECK (kind <> 'settle' OR status IS NOT NULL)
) STRICT;

CREATE INDEX meeting_actions_by_meeting ON meeting_actions (meeting_id);
