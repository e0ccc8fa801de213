// A first guess of a spreadsheet's column mapping from its header names: our
// own export's column names, then common English and Dutch words. The import
// screen shows it for the user to correct; the importer itself only follows
// the mapping it is given.
import { CSV_FIELDS, type CsvField, type CsvMapping } from './csv';

const squash = (v: string) => v.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_\-.()/]+/g, '');

/** Header words (squashed: lower case, no spaces, accents or punctuation) that name a field. */
const SYNONYMS: Record<string, CsvField> = {
  // English
  type: 'kind', entrytype: 'kind', category: 'kind', day: 'date', when: 'date', subject: 'title', summary: 'title', heading: 'title',
  description: 'body', notes: 'body', note: 'body', text: 'body', details: 'body', comment: 'body', comments: 'body', labels: 'tags',
  tag: 'tags', confidential: 'private', whoseside: 'side', due: 'dueOn', duedate: 'dueOn', deadline: 'dueOn', contractual: 'inContract',
  incontract: 'inContract', settled: 'settledOn', settleddate: 'settledOn', resolved: 'resolvedOn', resolveddate: 'resolvedOn',
  cause: 'rootCause', causedby: 'causedBy', ability: 'scoreAbility', integrity: 'scoreIntegrity', benevolence: 'scoreBenevolence',
  // Dutch
  soort: 'kind', datum: 'date', dag: 'date', titel: 'title', onderwerp: 'title', kop: 'title', omschrijving: 'body',
  beschrijving: 'body', tekst: 'body', toelichting: 'body', notitie: 'body', opmerking: 'body', opmerkingen: 'body', inhoud: 'body',
  label: 'tags', prive: 'private', vertrouwelijk: 'private', kant: 'side', zijde: 'side', kanaal: 'channel',
  toon: 'tone', sfeer: 'tone', deadlinedatum: 'dueOn', uiterlijk: 'dueOn', vervaldatum: 'dueOn', verplichting: 'obligation',
  incontracten: 'inContract', contractueel: 'inContract', staat: 'status', afgehandeld: 'settledOn', afgehandeldop: 'settledOn',
  ernst: 'severity', prioriteit: 'severity', opgelost: 'resolvedOn', opgelostop: 'resolvedOn', gevolgen: 'impact', impactop: 'impact',
  oorzaak: 'rootCause', grondoorzaak: 'rootCause', veroorzaaktdoor: 'causedBy', goedafgehandeld: 'handledWell',
  kunde: 'scoreAbility', bekwaamheid: 'scoreAbility', integriteit: 'scoreIntegrity', welwillendheid: 'scoreBenevolence',
  betrokkenheid: 'scoreBenevolence',
};
const SUPPLIER_WORDS = new Set(['supplier', 'suppliername', 'vendor', 'leverancier', 'leveranciernaam', 'naamleverancier', 'partner']);

/**
 * A first guess of the mapping from the header: our own export's column
 * names, then common English and Dutch words. Also the column that names the
 * supplier, if one looks like it.
 */
export function guessMapping(header: readonly string[]): { mapping: CsvMapping; supplierColumn: string | null } {
  const mapping: CsvMapping = {};
  let supplierColumn: string | null = null;
  for (const h of header) {
    if (h === '') continue;
    const key = squash(h);
    const field = CSV_FIELDS.find((f) => f.toLowerCase() === key) ?? SYNONYMS[key];
    if (field && !mapping[field]) mapping[field] = h;
    else if (!field && supplierColumn === null && SUPPLIER_WORDS.has(key)) supplierColumn = h;
  }
  return { mapping, supplierColumn };
}
