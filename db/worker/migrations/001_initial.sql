-- 001: the journal. Enums and dates are checked here as well as in the zod
-- schemas, so no path around the service can store a value the app cannot read.

CREATE TABLE suppliers (
  id                     INTEGER PRIMARY KEY,
  name                   TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
  category               TEXT NOT NULL DEFAULT '' CHECK (length(category) <= 120),
  contract_start         TEXT CHECK (contract_start IS NULL OR date(contract_start) IS contract_start),
  contract_end           TEXT CHECK (contract_end IS NULL OR date(contract_end) IS contract_end),
  notice_months          INTEGER CHECK (notice_months IS NULL OR notice_months BETWEEN 0 AND 60),
  contract_value         REAL CHECK (contract_value IS NULL OR contract_value >= 0),
  review_interval_months INTEGER CHECK (review_interval_months IS NULL OR review_interval_months BETWEEN 1 AND 36),
  contacts               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts) AND json_type(contacts) = 'array'),
  notes                  TEXT NOT NULL DEFAULT '',
  status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  ended_on               TEXT CHECK (ended_on IS NULL OR date(ended_on) IS ended_on),
  deleted_at             TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  CHECK (contract_start IS NULL OR contract_end IS NULL OR contract_end >= contract_start),
  CHECK ((status = 'ended') = (ended_on IS NOT NULL))
) STRICT;

CREATE TABLE entries (
  id                INTEGER PRIMARY KEY,
  supplier_id       INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
  kind              TEXT NOT NULL CHECK (kind IN ('interaction', 'promise', 'incident', 'advice', 'review', 'note')),
  date              TEXT NOT NULL CHECK (date(date) IS date),
  title             TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  body              TEXT NOT NULL DEFAULT '',
  private           INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
  side              TEXT NOT NULL DEFAULT 'supplier' CHECK (side IN ('supplier', 'ours')),
  -- interaction
  channel           TEXT CHECK (channel IS NULL OR channel IN ('meeting', 'call', 'email', 'visit', 'review_meeting')),
  tone              TEXT CHECK (tone IS NULL OR tone IN ('positive', 'neutral', 'negative')),
  -- promise
  due_on            TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
  obligation        TEXT CHECK (obligation IS NULL OR obligation IN ('result', 'effort')),
  in_contract       INTEGER CHECK (in_contract IS NULL OR in_contract IN (0, 1)),
  status            TEXT CHECK (status IS NULL OR status IN ('open', 'kept', 'kept_late', 'broken', 'renegotiated', 'withdrawn')),
  settled_on        TEXT CHECK (settled_on IS NULL OR date(settled_on) IS settled_on),
  -- incident
  severity          TEXT CHECK (severity IS NULL OR severity IN ('low', 'medium', 'high', 'critical')),
  resolved_on       TEXT CHECK (resolved_on IS NULL OR date(resolved_on) IS resolved_on),
  impact            TEXT NOT NULL DEFAULT '',
  root_cause        TEXT NOT NULL DEFAULT '',
  caused_by         TEXT CHECK (caused_by IS NULL OR caused_by IN ('supplier', 'ours', 'third_party')),
  handled_well      INTEGER CHECK (handled_well IS NULL OR handled_well IN (0, 1)),
  -- review
  score_ability     INTEGER CHECK (score_ability IS NULL OR score_ability BETWEEN 1 AND 5),
  score_integrity   INTEGER CHECK (score_integrity IS NULL OR score_integrity BETWEEN 1 AND 5),
  score_benevolence INTEGER CHECK (score_benevolence IS NULL OR score_benevolence BETWEEN 1 AND 5),
  deleted_at        TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK (kind <> 'interaction' OR (channel IS NOT NULL AND tone IS NOT NULL)),
  CHECK (kind <> 'promise' OR (obligation IS NOT NULL AND in_contract IS NOT NULL AND status IS NOT NULL)),
  CHECK (kind <> 'promise' OR ((status = 'open') = (settled_on IS NULL))),
  CHECK (due_on IS NULL OR due_on >= date),
  CHECK (settled_on IS NULL OR settled_on >= date),
  CHECK (kind <> 'incident' OR (severity IS NOT NULL AND caused_by IS NOT NULL)),
  CHECK (resolved_on IS NULL OR resolved_on >= date),
  CHECK (kind <> 'review' OR COALESCE(score_ability, score_integrity, score_benevolence) IS NOT NULL)
) STRICT;

CREATE INDEX entries_by_supplier_date ON entries (supplier_id, date DESC, id DESC);

CREATE TABLE entry_tags (
  entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  tag      TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40 AND tag = lower(tag)),
  PRIMARY KEY (entry_id, tag)
) STRICT, WITHOUT ROWID;

CREATE INDEX entry_tags_by_tag ON entry_tags (tag);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;
