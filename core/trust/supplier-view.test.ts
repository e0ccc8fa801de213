// The supplier's trust view and the portfolio row derive the supplier's
// evidence once and hand it to every part; this proves they say exactly what
// the parts say when each derives it on its own (as the view was once built).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { factsFromEntries } from '../facts';
import type { Entry, Supplier } from '../types';
import { entryEffects } from './effects';
import { evidenceFromEntries } from './evidence';
import { topMovers } from './explain';
import { supplierFigures } from './figures';
import { dateArb, journalArb, WINDOW_FROM } from './fixtures';
import { trustFlag } from './flags';
import { portfolioLine, portfolioView } from './portfolio';
import { ourConductSeries, seriesFromEvidence, toChartRows, trustAt, trustSeries } from './series';
import { DEFAULT_TRUST_SETTINGS as settings } from './settings';
import { entryRef, supplierTrustView } from './supplier-view';
import { supplierDefaults } from '../supplier-fields';

const supplier: Supplier = {
  id: 1, ...supplierDefaults(), name: 'Noordlicht', category: 'IT', contractStart: '2022-06-01', contractEnd: '2024-05-31', noticeMonths: 3,
  reviewIntervalMonths: 3, autoRenews: true, renewalMonths: 12, status: 'active', endedOn: null,
  createdAt: `${WINDOW_FROM}T09:00:00.000Z`, updatedAt: `${WINDOW_FROM}T09:00:00.000Z`,
};

const sorted = (entries: Entry[]) => [...entries].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));

describe('the supplier trust view, its evidence derived once', () => {
  it('says what each part says on its own', () => {
    fc.assert(fc.property(journalArb(30), dateArb, (raw, today) => {
      const entries = sorted(raw);
      const view = supplierTrustView({ supplier, entries, settings, today, from: null, to: null, includePrivate: true });
      const { from, to } = view;
      const options = { today, settings, from, to, stepDays: 1 };
      const byId = new Map(entries.map((e) => [e.id, e]));
      expect(view.rows).toEqual(toChartRows(trustSeries(entries, options)));
      expect(view.conduct).toEqual(toChartRows(ourConductSeries(entries, options)));
      expect(view.markers).toEqual(entryEffects(entries, { today, settings }).filter((m) => m.date >= from && m.date <= to)
        .map((m) => ({ ...entryRef(byId.get(m.entryId)!), effectOn: m.date, effect: m.effect, reasons: m.reasons })));
      expect(view.movers).toEqual(topMovers(entries, from, to, { today, settings, limit: 5 }));
      expect(view.now).toEqual(trustAt(entries, today, { today, settings }).overall);
      expect(view.figures).toEqual(supplierFigures(supplier, entries, today));
      expect(view.conductFigures).toEqual(supplierFigures(supplier, entries, today, 'ours'));
      const flag = trustFlag({ entries, evidence: evidenceFromEntries(entries, today, settings), today, settings, quiet: factsFromEntries(supplier, entries, today).quiet });
      expect(view.flag?.kind ?? null).toBe(flag?.kind ?? null);
    }), { numRuns: 60 });
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => supplierTrustView({ supplier, entries: [], settings, today: '2024-06-01', from: '2024-05-01', to: '2024-04-01', includePrivate: true }))
      .toThrow(expect.objectContaining({ code: 'validation' }));
  });
});

describe('the portfolio', () => {
  it('is its rows, each computed on its own, and their lines compared', () => {
    fc.assert(fc.property(journalArb(30), journalArb(30), dateArb, (a, b, today) => {
      const other = { ...supplier, id: 2, name: 'Wolkendek' };
      const lineA = portfolioLine(supplier, sorted(a), settings, today);
      const lineB = portfolioLine(other, sorted(b).map((e) => ({ ...e, supplierId: 2 })), settings, today);
      const view = portfolioView([lineA, lineB], today);
      expect(view.suppliers).toEqual([lineA.row, lineB.row]);
      expect(view.comparison.dates.at(-1)).toBe(today);
      expect(view.comparison.dates[0]).toBe(addDays(today, -728));
      // A row says what the supplier's own view says of today.
      const own = supplierTrustView({ supplier, entries: sorted(a), settings, today, from: addDays(today, -90), to: today, includePrivate: true });
      expect(lineA.row.figures).toEqual(own.figures);
      expect(lineA.row.now.trust).toBeCloseTo(own.now.trust, 12);
      expect(lineA.row.change90).toBeCloseTo(own.rows.at(-1)!.trust - own.rows[0]!.trust, 12);
      expect(lineA.row.flag?.kind ?? null).toBe(own.flag?.kind ?? null);
      // Its evidence alone: the other supplier's line is untouched by it.
      expect(lineA.comparison).toEqual(portfolioLine(supplier, sorted(a), settings, today).comparison);
      const series = seriesFromEvidence(evidenceFromEntries(sorted(a), today, settings), { today, settings, from: addDays(today, -728), to: today });
      expect(lineA.comparison.at(-1)).toBeCloseTo(series.overall.trust.at(-1)!, 4);
    }), { numRuns: 30 });
  });
});
