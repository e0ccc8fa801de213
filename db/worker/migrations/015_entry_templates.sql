-- 015: entry templates (core/templates.ts): a named start for an entry that
-- recurs. `entry_values` holds what the template fills in (JSON, checked by
-- the core schema on the way in); `name_key` is the name as compared
-- (trimmed, lower case): two templates here may not share it. A template in
-- the trash keeps its name apart from the live ones until it is restored.
CREATE TABLE entry_templates (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  name_key      TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('interaction', 'promise', 'incident', 'advice', 'review', 'note')),
  entry_values  TEXT NOT NULL CHECK (json_valid(entry_values) AND json_type(entry_values) = 'object' AND json_extract(entry_values, '$.kind') = kind),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

CREATE UNIQUE INDEX entry_templates_name ON entry_templates (name_key) WHERE deleted_at IS NULL;
