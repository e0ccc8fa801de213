import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
