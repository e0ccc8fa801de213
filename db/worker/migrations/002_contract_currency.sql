-- A contract value has a currency (ISO 4217 code), per supplier. NULL: not
-- chosen yet; the app then shows the value in its language's default currency.
ALTER TABLE suppliers ADD COLUMN contract_currency TEXT
  CHECK (contract_currency IS NULL OR (length(contract_currency) = 3 AND contract_currency GLOB '[A-Z][A-Z][A-Z]'));
