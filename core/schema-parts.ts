// The small zod pieces every schema is built of (texts, dates, ids, tags).
// Kept apart from schemas.ts so the field declarations (entry-fields.ts,
// supplier-fields.ts) and the schemas can both use them without a cycle.
import { z } from 'zod';
import { isIsoDate } from './dates';

export const id = z.number().int().positive();

export const isoDate = z
  .string()
  .refine((v) => isIsoDate(v), { error: 'invalidDate' });

export const optionalDate = isoDate.nullable().default(null);

// NUL cannot be stored faithfully (SQLite's length() stops at it), nor can a
// lone UTF-16 surrogate ("a\ud800b": SQLite would store invalid UTF-8 and give
// back "a\ufffdb"): refuse both up front rather than change the text silently.
export const storableText = (v: string) => !v.includes('\u0000') && !/\p{Cs}/u.test(v);
export const shortText = (max: number) => z.string().trim().max(max).refine(storableText, { error: 'invalidCharacter' });
export const requiredText = (max: number) => shortText(max).min(1, { error: 'required' });

export const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(40)
  .regex(/^[^,]+$/, { error: 'tagComma' })
  .refine(storableText, { error: 'invalidCharacter' });

/** A zod shape of declared fields (for z.object). */
export function shapeOf<F extends Record<string, { schema: z.ZodType }>>(fields: F): { [K in keyof F]: F[K]['schema'] } {
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.schema])) as { [K in keyof F]: F[K]['schema'] };
}
