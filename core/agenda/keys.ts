// An agenda item's key names the thing it is about and (except an open
// incident) its day: `promise:12:2026-12-20`, `notice:3:2027-03-30`. Marks
// (snoozed, dismissed) are kept by it; the JSON import reads it to move a
// mark along with its entry or supplier when they get new ids.
import type { IsoDate } from '../dates';
import type { AgendaKind } from './types';

/** Items about one entry; all other kinds are about a supplier. */
const ENTRY_KINDS: ReadonlySet<string> = new Set<AgendaKind>(['promise', 'incident', 'followUp']);
const SUPPLIER_KINDS: ReadonlySet<string> = new Set<AgendaKind>(['notice', 'contractEnd', 'review', 'quiet']);

export interface ItemKeyParts {
  kind: AgendaKind;
  /** What the id is of. */
  about: 'entry' | 'supplier';
  id: number;
  date: IsoDate | null;
}

const KEY = /^([a-zA-Z]+):([1-9]\d{0,15})(?::(\d{4}-\d{2}-\d{2}))?$/;

/** The parts of an item key, or null when it is not one the rules make. */
export function parseItemKey(key: string): ItemKeyParts | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const kind = m[1]!;
  const about = ENTRY_KINDS.has(kind) ? 'entry' : SUPPLIER_KINDS.has(kind) ? 'supplier' : null;
  if (!about) return null;
  return { kind: kind as AgendaKind, about, id: Number(m[2]), date: m[3] ?? null };
}

/** The same key for the same thing under another id. */
export function itemKeyWithId(parts: ItemKeyParts, id: number): string {
  return [parts.kind, id, ...(parts.date ? [parts.date] : [])].join(':');
}
