import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The table only: the screens it names statically are React components the test never renders.
vi.mock('./overview/Overview', () => ({ Overview: () => null }));
vi.mock('./agenda/AgendaCount', () => ({ AgendaCount: () => null }));
vi.mock('./layout/NotFound', () => ({ NotFound: () => null }));
const { ROUTES, hrefOf } = await import('./routes');

function text(lang: string, key: string): unknown {
  const [ns, rest] = key.split(':') as [string, string];
  const catalogue = JSON.parse(fs.readFileSync(path.join(__dirname, 'i18n', 'locales', lang, `${ns}.json`), 'utf8')) as unknown;
  return rest.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], catalogue);
}

describe('the routes table', () => {
  it('names every title, sidebar link and palette jump by a text that exists in Dutch and English', () => {
    const keys = ROUTES.flatMap((r) => [r.title, r.sidebar?.label, r.palette?.label].filter((k): k is string => k !== undefined));
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) {
      expect(key, 'a key names its catalogue').toMatch(/^\w+:/);
      for (const lang of ['en', 'nl']) expect(typeof text(lang, key), `${lang} ${key}`).toBe('string');
    }
  });

  it('has one route per address and one palette jump per id', () => {
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    const ids = ROUTES.flatMap((r) => (r.palette ? [r.palette.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offers in the sidebar and the palette only screens of the app frame, at a fixed address', () => {
    for (const r of ROUTES.filter((route) => route.sidebar || route.palette)) {
      expect(r.bare, r.path).toBeFalsy();
      expect(hrefOf(r), r.path).toMatch(/^\/[\w/-]*$/);
    }
  });
});
