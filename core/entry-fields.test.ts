// The declaration of the entry fields and what derives from it agree: the
// schemas, the export's key order, the CSV fields (the labels: renderer/i18n/catalogues.test.ts).
import { describe, expect, it } from 'vitest';
import { CSV_FIELDS } from './csv';
import { ALL_FIELDS, COMMON_FIELD_LIST, ENTRY_KINDS, FIELDS_OF_KIND, KIND_CSV_WORDS, kindDefaults } from './entry-fields';
import { ENTRY_COMMON_KEYS, ENTRY_KIND_KEYS } from './export-format';
import { entryInput, entryInputVariants } from './schemas';

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
    expect(ENTRY_COMMON_KEYS).toEqual(['id', 'supplierId', 'kind', 'date', 'title', 'body', 'tags', 'private', 'side', 'followUpOn']);
    for (const kind of ENTRY_KINDS) expect(ENTRY_KIND_KEYS[kind]).toEqual(FIELDS_OF_KIND[kind].map((f) => f.name));
    expect(CSV_FIELDS).toEqual(['kind', ...ALL_FIELDS.map((f) => f.name)]);
    expect(ENTRY_KIND_KEYS.incident).toEqual(['severity', 'resolvedOn', 'impact', 'rootCause', 'causedBy', 'handledWell', 'ticketRef']);
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
