// The renderer's side of a spreadsheet import: the fields a column can be
// mapped to (the same list as db/import.ts CSV_FIELDS), the header row read
// from the file (the same rules as db/csv.ts), and a first guess of the
// mapping from the header names, in English and Dutch.

/** Entry fields a spreadsheet column can be mapped to, in the order the form shows them. */
export const CSV_FIELDS = [
  'date', 'kind', 'title', 'body', 'tags', 'private', 'side', 'channel', 'tone', 'dueOn', 'obligation', 'inContract', 'status',
  'settledOn', 'severity', 'resolvedOn', 'impact', 'rootCause', 'causedBy', 'handledWell', 'scoreAbility', 'scoreIntegrity',
  'scoreBenevolence',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export type CsvMapping = Partial<Record<CsvField, string>>;

/** The fields every entry has; the rest belong to one kind or another. */
export const MAIN_FIELDS: readonly CsvField[] = ['date', 'kind', 'title', 'body', 'tags', 'private', 'side'];
export const KIND_FIELDS: { kind: string; fields: CsvField[] }[] = [
  { kind: 'interaction', fields: ['channel', 'tone'] },
  { kind: 'promise', fields: ['dueOn', 'obligation', 'inContract', 'status', 'settledOn'] },
  { kind: 'incident', fields: ['severity', 'resolvedOn', 'impact', 'rootCause', 'causedBy', 'handledWell'] },
  { kind: 'review', fields: ['scoreAbility', 'scoreIntegrity', 'scoreBenevolence'] },
];

export type Separator = ',' | ';' | '\t';

/** The header row of a CSV text (cells trimmed, as the importer reads them) and its separator. */
export function readCsvHeader(text: string): { header: string[]; separator: Separator } {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Skip blank lines before the header, as the importer does.
  while (i < text.length && (text[i] === '\r' || text[i] === '\n')) i += 1;
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let j = i; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  const separator: Separator =
    counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] && counts['\t'] > counts[';'] ? '\t' : ',';
  const cells: string[] = [];
  let field = '';
  let fieldQuoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '' && !fieldQuoted) {
      fieldQuoted = true;
      i += 1;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      continue;
    }
    if (ch === separator) {
      cells.push(field);
      field = '';
      fieldQuoted = false;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') break;
    field += ch;
    i += 1;
  }
  if (field !== '' || cells.length > 0 || fieldQuoted) cells.push(field);
  return { header: cells.map((c) => c.trim()), separator };
}

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
