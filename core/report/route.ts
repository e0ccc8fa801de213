// The review pack's address: one route of the renderer per pack, its options
// in the query. Shared by the renderer (which reads it), the dialog and the
// Electron shell (which build it) and the tests.
import { z } from 'zod';
import { id, isoDate, LANGUAGES } from '../schemas';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const reportRequest = z
  .object({
    scope: z.enum(['supplier', 'portfolio']),
    supplierId: id.nullable().default(null),
    from: isoDate,
    to: isoDate,
    lang: z.enum(LANGUAGES),
    paper: z.enum(PAPER_SIZES).default('a4'),
    includePrivate: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.from <= r.to, { error: 'periodEndBeforeStart', path: ['to'] })
  .refine((r) => (r.scope === 'supplier') === (r.supplierId !== null), { error: 'required', path: ['supplierId'] });

export type ReportRequest = z.output<typeof reportRequest>;

/** The hash route of a pack, e.g. /report/supplier/3?from=…&to=…&lang=en&paper=a4&private=0 */
export function reportPath(r: ReportRequest): string {
  const q = new URLSearchParams({ from: r.from, to: r.to, lang: r.lang, paper: r.paper, private: r.includePrivate ? '1' : '0' });
  const base = r.scope === 'supplier' ? `/report/supplier/${r.supplierId}` : '/report/portfolio';
  return `${base}?${q.toString()}`;
}

/** A meeting's minutes to print (renderer/meeting/MinutesRoute.tsx): the same print path as the pack. */
export const minutesRequest = z.object({ scope: z.literal('minutes'), meetingId: id, paper: z.enum(PAPER_SIZES).default('a4') }).strict();

/** What the shell prints to PDF: a pack, or a meeting's minutes (electron/print.ts). */
export const printRequest = z.union([reportRequest, minutesRequest]);
export type PrintRequest = z.output<typeof printRequest>;

/** The hash route of what is printed. */
export function printPath(r: PrintRequest): string {
  return r.scope === 'minutes' ? `/report/meeting/${r.meetingId}` : reportPath(r);
}

/** Reads a pack's options from the route; null when they do not make a valid pack. */
export function parseReportRoute(scope: 'supplier' | 'portfolio', supplierId: string | undefined, search: URLSearchParams): ReportRequest | null {
  const parsed = reportRequest.safeParse({
    scope,
    supplierId: scope === 'supplier' ? Number(supplierId) : null,
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    lang: search.get('lang') ?? 'en',
    paper: search.get('paper') ?? 'a4',
    includePrivate: search.get('private') === '1',
  });
  return parsed.success ? parsed.data : null;
}

/** A file name for the saved pack: "Rapport - <supplier> - <date>.pdf", safe on every OS. */
export function reportFileName(title: string, date: string): string {
  const printable = [...title].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Rapport';
  return `Rapport - ${safe} - ${date}.pdf`;
}
