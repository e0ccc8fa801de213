-- An incident's ticket reference: the supplier's own id for it (INC-2024-0042).
-- '' for none and for the other kinds, as the other texts of an entry.
ALTER TABLE entries ADD COLUMN ticket_ref TEXT NOT NULL DEFAULT '' CHECK (length(ticket_ref) <= 100);
