-- 008: a supplier's contract reference, the contract or purchase-order number
-- as the finance department knows it (PO-2025-0117). '' for none, as the
-- supplier's other texts.
ALTER TABLE suppliers ADD COLUMN contract_ref TEXT NOT NULL DEFAULT '' CHECK (length(contract_ref) <= 100);

-- Search finds it with the supplier's other details: the view of what a
-- supplier's row in the index holds, and the trigger that rewrites that row,
-- are made again with it (as 005 made them, plus contract_ref). Every
-- supplier written before has '' here, so its row in the index stays right.
DROP TRIGGER supplier_search_update;
DROP VIEW supplier_search_source;

CREATE VIEW supplier_search_source AS
  SELECT id, name, details,
    CASE WHEN instr(name || details, '-') > 0 THEN replace(name || ' ' || details, '-', '') ELSE '' END AS joined
  FROM (
    SELECT s.id, s.name,
      s.category || ' ' || s.contract_ref || ' ' || s.notes || ' ' ||
        coalesce((SELECT group_concat(c.value, ' ') FROM json_tree(s.contacts) c WHERE c.type = 'text'), '') AS details
    FROM suppliers s
  );

CREATE TRIGGER supplier_search_update AFTER UPDATE OF name, category, contract_ref, notes, contacts ON suppliers BEGIN
  DELETE FROM supplier_search WHERE rowid = OLD.id;
  INSERT INTO supplier_search (rowid, name, details, joined)
    SELECT id, name, details, joined FROM supplier_search_source WHERE id = NEW.id;
END;
