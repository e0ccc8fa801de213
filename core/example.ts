// The example journal shipped in assets/: a story told relative to its
// anchor date and moved to end "today", so it always looks current. It is
// handed to the journal as plain data in the export format
// (core/export-format.ts), checked and written as any imported journal is
// (db/worker/import.ts, added as new).
import { z } from 'zod';
import exampleEn from '../assets/example-journal.en.json';
import exampleNl from '../assets/example-journal.nl.json';
import { addDays, daysBetween } from './dates';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import { isoDate } from './schemas';

const DATE_FIELDS = ['date', 'dueOn', 'settledOn', 'resolvedOn', 'followUpOn', 'contractStart', 'contractEnd'] as const;

const exampleFile = z.object({
  anchor: isoDate,
  suppliers: z.array(
    z.object({
      supplier: z.record(z.string(), z.unknown()),
      entries: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
});

function shiftDates(record: Record<string, unknown>, shift: number): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  for (const field of DATE_FIELDS) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = addDays(value, shift);
  }
  return copy;
}

/**
 * The example in `language` as an export of a journal written at `now`,
 * its story ending on `today`: suppliers and entries numbered in the order
 * the story tells them (the import gives them ids of their own).
 */
export function exampleExport(language: 'nl' | 'en', today: string, now: string): unknown {
  const example = exampleFile.parse(language === 'nl' ? exampleNl : exampleEn);
  const shift = daysBetween(example.anchor, today);
  const stamps = { createdAt: now, updatedAt: now };
  let entryId = 0;
  const suppliers = example.suppliers.map((item, i) => ({ ...shiftDates(item.supplier, shift), id: i + 1, status: 'active', endedOn: null, ...stamps }));
  const entries = example.suppliers.flatMap((item, i) =>
    item.entries.map((raw) => ({ ...shiftDates(raw, shift), id: ++entryId, supplierId: i + 1, ...stamps })),
  );
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, app: { schemaVersion: 0 }, settings: {}, suppliers, entries, agendaMarks: [] };
}
