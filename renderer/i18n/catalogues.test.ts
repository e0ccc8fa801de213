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
