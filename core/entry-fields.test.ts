// The declaration of the entry fields and what derives from it agree: the
// schemas, the export's key order, the CSV fields, the labels in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_FIELDS } from './csv';
import { ALL_FIELDS, COMMON_FIELD_LIST, ENTRY_KINDS, FIELDS_OF_KIND, KIND_CSV_WORDS, kindDefaults } from './entry-fields';
import { ENTRY_COMMON_KEYS, ENTRY_KIND_KEYS } from './export-format';
import { entryInput, entryInputVariants } from './schemas';

const catalogue = (lang: string, file: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../renderer/i18n/locales', lang, file), 'utf8')) as Record<string, unknown>;
const lookup = (tree: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);

describe('the entry field declaration', () => {
  it('names each field and each column once', () => {
    const names = ALL_FIELDS.map((f) => f.name);
    const columns = ALL_FIELDS.flatMap((f) => (f.column ? [f.column] : []));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('gives each kind exactly its declared fields in the schema, besides supplier and kind', () => {
    for (const variant of entryInputVariants.options) {
      const kind = variant.shape.kind.value;
      const declared = [...COMMON_FIELD_LIST, ...FIELDS_OF_KIND[kind]].map((f) => f.name);
      expect(Object.keys(variant.shape).sort(), kind).toEqual(['supplierId', 'kind', ...declared].sort());
    }
  });

  it('lists the export keys and the CSV fields in declared order', () => {
    expect(ENTRY_COMMON_KEYS).toEqual(['id', 'supplierId', 'kind', 'date', 'title', 'body', 'tags', 'private', 'side']);
    for (const kind of ENTRY_KINDS) expect(ENTRY_KIND_KEYS[kind]).toEqual(FIELDS_OF_KIND[kind].map((f) => f.name));
    expect(CSV_FIELDS).toEqual(['kind', ...ALL_FIELDS.map((f) => f.name)]);
    expect(ENTRY_KIND_KEYS.incident).toEqual(['severity', 'resolvedOn', 'impact', 'rootCause', 'causedBy', 'handledWell', 'ticketRef']);
  });

  it('has a label for every field in English and Dutch (and for the import screen where it has its own)', () => {
    for (const lang of ['en', 'nl']) {
      for (const f of ALL_FIELDS) {
        expect(typeof lookup(catalogue(lang, 'journal.json'), f.label), `${lang} journal:${f.label}`).toBe('string');
        if (f.csvLabel) expect(typeof lookup(catalogue(lang, 'data.json'), f.csvLabel), `${lang} data:${f.csvLabel}`).toBe('string');
      }
    }
    expect(lookup(catalogue('en', 'journal.json'), 'form.ticketRef')).toBe('Ticket reference');
    expect(lookup(catalogue('nl', 'journal.json'), 'form.ticketRef')).toBe('Ticketnummer');
  });

  it('gives each spreadsheet word to one field only, squashed as the import screen compares them', () => {
    const words = [...KIND_CSV_WORDS.en, ...KIND_CSV_WORDS.nl, ...ALL_FIELDS.flatMap((f) => [...f.csv.en, ...f.csv.nl])];
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toMatch(/^[a-z0-9]+$/);
  });

  it('builds whole entries from the schema defaults, which the schema itself accepts', () => {
    for (const kind of ENTRY_KINDS) {
      const parsed = entryInput.parse({ supplierId: 1, kind, date: '2026-01-01', title: 't', ...kindDefaults(kind), scoreAbility: kind === 'review' ? 3 : undefined });
      expect(parsed).toMatchObject({ ...kindDefaults(kind), ...(kind === 'review' ? { scoreAbility: 3 } : {}) });
    }
    expect(kindDefaults('incident')).toEqual({
      severity: 'medium', resolvedOn: null, impact: '', rootCause: '', causedBy: 'supplier', handledWell: null, ticketRef: '',
    });
  });

  it('takes a ticket reference of up to 100 characters, trimmed', () => {
    const incident = { supplierId: 1, kind: 'incident', date: '2026-01-01', title: 'Down' } as const;
    expect(entryInput.parse({ ...incident, ticketRef: '  INC-2024-0042 ' })).toMatchObject({ ticketRef: 'INC-2024-0042' });
    expect(entryInput.safeParse({ ...incident, ticketRef: 'x'.repeat(101) }).success).toBe(false);
    expect(entryInput.safeParse({ ...incident, ticketRef: 'INC\u0000' }).success).toBe(false);
  });
});
