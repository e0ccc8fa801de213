// Which column of a supplier list holds which supplier field: the words a
// header may use for each, in English and Dutch (squashed: lower case, no
// spaces, accents or punctuation), our own export's column names among them.
// The supplier-list import (db/worker/supplier-import.ts) maps by these alone,
// so a list from Excel imports without a mapping step.
import type { SupplierFieldName } from './supplier-fields';

/** Squashes a header as the guesses compare it: "Contract-start (datum)" -> "contractstartdatum". */
export const squashHeader = (v: string) => v.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_\-.()/:]+/g, '');

/** The supplier fields a list can fill in (contacts are kept in Rapport, not read from a cell). */
export type SupplierCsvField = Exclude<SupplierFieldName, 'contacts'>;

export const SUPPLIER_CSV_WORDS: Record<SupplierCsvField, readonly string[]> = {
  name: ['name', 'naam', 'supplier', 'suppliername', 'leverancier', 'leveranciersnaam', 'leveranciernaam', 'vendor', 'partner', 'bedrijf', 'company'],
  category: ['category', 'categorie', 'soort', 'type', 'dienst', 'service'],
  contractRef: ['contractref', 'contractreference', 'contractnumber', 'contractno', 'ponumber', 'po', 'contractnummer', 'contractreferentie', 'ordernummer', 'inkoopordernummer'],
  contractStart: ['contractstart', 'startdate', 'start', 'contractbegin', 'ingangsdatum', 'startdatum', 'begindatum', 'ingang'],
  contractEnd: ['contractend', 'enddate', 'end', 'einddatum', 'einde', 'contracteinde', 'looptijdtot'],
  noticeMonths: ['noticemonths', 'notice', 'noticeperiod', 'noticeperiodmonths', 'opzegtermijn', 'opzegtermijnmaanden', 'opzegging'],
  contractValue: ['contractvalue', 'value', 'amount', 'annualvalue', 'contractwaarde', 'waarde', 'bedrag', 'jaarwaarde'],
  contractCurrency: ['contractcurrency', 'currency', 'valuta', 'munteenheid'],
  reviewIntervalMonths: ['reviewintervalmonths', 'reviewinterval', 'reviewevery', 'evaluatieinterval', 'evaluatieintervalmaanden', 'evaluatieelke'],
  autoRenews: ['autorenews', 'autorenew', 'renewsautomatically', 'tacitrenewal', 'verlengtautomatisch', 'stilzwijgendeverlenging', 'stilzwijgendverlengd'],
  renewalMonths: ['renewalmonths', 'renewalperiod', 'renewal', 'verlengingstermijn', 'verlengingmaanden', 'verlenging'],
  notes: ['notes', 'note', 'comments', 'remarks', 'notities', 'notitie', 'opmerkingen', 'toelichting'],
};

const BY_WORD = new Map<string, SupplierCsvField>(
  (Object.entries(SUPPLIER_CSV_WORDS) as [SupplierCsvField, readonly string[]][]).flatMap(([field, words]) => words.map((w) => [w, field] as const)),
);

/** Field -> column header, for the columns whose name says which field they hold (the first such column wins). */
export function guessSupplierColumns(header: readonly string[], extra: ReadonlyMap<string, SupplierCsvField> = new Map()): Partial<Record<SupplierCsvField, string>> {
  const mapping: Partial<Record<SupplierCsvField, string>> = {};
  for (const h of header) {
    const key = squashHeader(h);
    const field = extra.get(key) ?? BY_WORD.get(key);
    if (field && !mapping[field]) mapping[field] = h;
  }
  return mapping;
}

/** A supplier's name as names are matched: case and spaces do not count ("Hosting  bv" is "Hosting BV"). */
export const nameKey = (name: string) => name.toLocaleLowerCase().replace(/\s+/g, '');
