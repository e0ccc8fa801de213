// The example journal shipped in assets/: a story told relative to its
// anchor date and moved to end "today", so it always looks current.
import { z } from 'zod';
import exampleEn from '../../assets/example-journal.en.json';
import exampleNl from '../../assets/example-journal.nl.json';
import { daysBetween, addDays } from '../../core/dates';
import { entryInput, isoDate, supplierInput } from '../../core/schemas';
import type { Journal } from './journal';

const DATE_FIELDS = ['date', 'dueOn', 'settledOn', 'resolvedOn', 'contractStart', 'contractEnd'] as const;

export const exampleFile = z.object({
  anchor: isoDate,
  suppliers: z.array(
    z.object({
      supplier: z.record(z.string(), z.unknown()),
      entries: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
});

export type ExampleFile = z.input<typeof exampleFile>;

function shiftDates<T extends Record<string, unknown>>(record: T, shift: number): T {
  const copy: Record<string, unknown> = { ...record };
  for (const field of DATE_FIELDS) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = addDays(value, shift);
  }
  return copy as T;
}

export function exampleFor(language: 'nl' | 'en'): ExampleFile {
  return exampleFile.parse(language === 'nl' ? exampleNl : exampleEn);
}

/** Writes the example through the same schemas as any user input. Callers hold the transaction. */
export function loadExample(journal: Journal, language: 'nl' | 'en', today: string) {
  const example = exampleFor(language);
  const shift = daysBetween(example.anchor, today);
  let entries = 0;
  for (const item of example.suppliers) {
    const supplier = journal.createSupplier(supplierInput.parse(shiftDates(item.supplier, shift)));
    for (const raw of item.entries) {
      journal.insertEntry(entryInput.parse({ ...shiftDates(raw, shift), supplierId: supplier.id }));
      entries += 1;
    }
  }
  return { suppliers: example.suppliers.length, entries };
}
