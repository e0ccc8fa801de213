import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_FIELDS } from '../../core/entry-fields';

const dir = path.join(__dirname, 'locales');

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(lang: string, file: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8')) as unknown;
}

describe('translation catalogues', () => {
  const files = fs.readdirSync(path.join(dir, 'en')).sort();

  it('has the same files for Dutch and English', () => {
    expect(fs.readdirSync(path.join(dir, 'nl')).sort()).toEqual(files);
  });

  for (const file of files) {
    it(`${file}: every key exists in both languages, with a non-empty text`, () => {
      const en = keys(load('en', file)).sort();
      const nl = keys(load('nl', file)).sort();
      expect(nl.filter((k) => !en.includes(k)), 'only in nl').toEqual([]);
      expect(en.filter((k) => !nl.includes(k)), 'only in en').toEqual([]);
      for (const lang of ['en', 'nl']) {
        const flat = JSON.stringify(load(lang, file));
        expect(flat, `${lang}/${file} has an empty text`).not.toContain('""');
      }
    });

    it(`${file}: placeholders match between languages`, () => {
      const en = JSON.stringify(load('en', file));
      const nl = JSON.stringify(load('nl', file));
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(nl)).toEqual(placeholders(en));
    });
  }
});

describe('the labels of the declared entry fields (core/entry-fields.ts)', () => {
  const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
  for (const lang of ['en', 'nl']) {
    it(`${lang}: every field has its label, and its own on the import screen where it has one`, () => {
      for (const f of ALL_FIELDS) {
        expect(typeof lookup(load(lang, 'journal.json'), f.label), `journal:${f.label}`).toBe('string');
        if (f.csvLabel) expect(typeof lookup(load(lang, 'data.json'), f.csvLabel), `data:${f.csvLabel}`).toBe('string');
      }
    });
  }
  it("names an incident's ticket reference", () => {
    expect(lookup(load('en', 'journal.json'), 'form.ticketRef')).toBe('Ticket reference');
    expect(lookup(load('nl', 'journal.json'), 'form.ticketRef')).toBe('Ticketnummer');
  });
});

describe('one term per idea, one form of address', () => {
  const get = (lang: string, file: string, key: string) =>
    key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], load(lang, file)) as string;

  for (const lang of ['en', 'nl']) {
    it(`${lang}: forms, journal and charts name the sides of trust and the severities alike`, () => {
      for (const [dimension, field] of [['ability', 'Ability'], ['integrity', 'Integrity'], ['benevolence', 'Benevolence']]) {
        const term = get(lang, 'trust.json', `dimension.${dimension}`);
        expect(get(lang, 'journal.json', `form.score${field}`)).toBe(term);
        expect(get(lang, 'journal.json', `facts.score${field}`)).toBe(term);
      }
      for (const severity of ['low', 'medium', 'high', 'critical']) {
        expect(get(lang, 'journal.json', `severity.${severity}`).toLowerCase()).toBe(get(lang, 'trust.json', `severity.${severity}`).toLowerCase());
      }
    });
  }

  it('nl: says "je" throughout, "toegezegd" for a promise made, and bewezen / aannemelijk vertrouwen', () => {
    const offenders: string[] = [];
    for (const file of fs.readdirSync(path.join(dir, 'nl'))) {
      for (const text of Object.values(flatten(load('nl', file)))) {
        if (/\b(u|uw|U|Uw)\b/.test(text)) offenders.push(`${file}: "u" in ${text}`);
        if (/(^|[^n])gedaan\b/i.test(text.replace(/gok gedaan/g, ''))) offenders.push(`${file}: "gedaan" in ${text}`);
        if (/\b(kunde|welwillendheid|aangetoond vertrouwen|plausibel vertrouwen)\b/i.test(text)) offenders.push(`${file}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (value === null || typeof value !== 'object') return { [prefix]: String(value) };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
