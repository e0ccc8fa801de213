// What the search method answers (core/contract.ts `search`).
import { z } from 'zod';
import { ENTRY_KINDS } from '../entry-fields';
import { id, optionalDate } from '../schema-parts';
import type { EntryKind } from '../types';
import type { Marked } from './highlight';

export const SEARCH_LIMIT = 50;

export const searchInput = z
  .object({
    query: z.string().max(500).default(''),
    supplierId: id.nullable().default(null),
    kinds: z.array(z.enum(ENTRY_KINDS)).max(6).default([]),
    from: optionalDate,
    to: optionalDate,
    /** The manager's own search: private notes are theirs (on unless unticked). */
    includePrivate: z.boolean().default(true),
    includeTrash: z.boolean().default(false),
    limit: z.number().int().min(1).max(200).default(SEARCH_LIMIT),
  })
  .strict();

export interface EntryHit {
  entryId: number;
  kind: EntryKind;
  date: string;
  private: boolean;
  /** In the trash (itself, or with its supplier). */
  deleted: boolean;
  title: Marked;
  /** Around the first match in its texts; the beginning of its body when the match is in the title or tags. */
  snippet: Marked | null;
  tags: string[];
  /** The attached file whose text matched, when the entry's own texts did not (its snippet is cut from that file). */
  file: string | null;
}

export interface SupplierGroup {
  supplierId: number;
  supplierName: string;
  hits: EntryHit[];
}

export interface SupplierHit {
  supplierId: number;
  name: Marked;
  /** Around the match in its details: the fields core/supplier-fields.ts declares searchable. */
  snippet: Marked | null;
  deleted: boolean;
}

/** A meeting not yet finished whose points, notes or summary hold the words (db/worker/meeting-search.ts). */
export interface MeetingHit {
  meetingId: number;
  supplierId: number;
  supplierName: string;
  date: string;
  status: 'draft' | 'in_progress';
  /** The first point that matches, its title marked (null: the match is in the summary). */
  point: Marked | null;
  snippet: Marked | null;
}

export interface SearchResult {
  /** Entries, grouped by supplier; groups in the order of their best hit. */
  groups: SupplierGroup[];
  /** Suppliers whose own texts match (only when the query has words). */
  suppliers: SupplierHit[];
  /** More entries match than the groups hold (`limit`): narrow the search to see them. */
  more: boolean;
  /** How many entries match in all (with the filters), shown or not. */
  total: number;
  /** Meetings not yet finished that match (only when the query has words and no kind filter); a finished one is found by its minutes. */
  meetings: MeetingHit[];
}
