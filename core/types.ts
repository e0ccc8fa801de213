// What the journal hands back. Inputs are typed by their zod schemas
// (schemas.ts); these are the stored shapes with their ids and timestamps.
import type {
  CAUSED_BY, CHANNELS, ENTRY_KINDS, LANGUAGES, OBLIGATIONS, PROMISE_STATUSES, SEVERITIES, SIDES, THEMES, TONES,
} from './schemas';
import type { IsoDate } from './dates';
import type { CommonValues, KindValues } from './entry-fields';
import type { SupplierValues } from './supplier-fields';

export type EntryKind = (typeof ENTRY_KINDS)[number];
export type Side = (typeof SIDES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Tone = (typeof TONES)[number];
export type Obligation = (typeof OBLIGATIONS)[number];
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type CausedBy = (typeof CAUSED_BY)[number];
export type Language = (typeof LANGUAGES)[number];
export type Theme = (typeof THEMES)[number];

// A supplier's fields are declared once (supplier-fields.ts); this type follows from it.
export interface Supplier extends SupplierValues {
  id: number;
  status: 'active' | 'ended';
  endedOn: IsoDate | null;
  createdAt: string;
  updatedAt: string;
}


// Each kind's fields are declared once (entry-fields.ts); these types follow from it.
interface EntryCommon extends CommonValues {
  id: number;
  supplierId: number;
  createdAt: string;
  updatedAt: string;
}

export interface InteractionEntry extends EntryCommon, KindValues<'interaction'> { kind: 'interaction' }
export interface PromiseEntry extends EntryCommon, KindValues<'promise'> { kind: 'promise' }
export interface IncidentEntry extends EntryCommon, KindValues<'incident'> { kind: 'incident' }
export interface AdviceEntry extends EntryCommon, KindValues<'advice'> { kind: 'advice' }
export interface ReviewEntry extends EntryCommon, KindValues<'review'> { kind: 'review' }
export interface NoteEntry extends EntryCommon, KindValues<'note'> { kind: 'note' }

export type Entry = InteractionEntry | PromiseEntry | IncidentEntry | AdviceEntry | ReviewEntry | NoteEntry;

export interface TrashItem {
  type: 'supplier' | 'entry' | 'attachment' | 'template';
  id: number;
  title: string;
  supplierName: string;
  kind: EntryKind | null;
  deletedAt: string;
}

export interface Preferences {
  language: Language | null; // null: follow the system
  theme: Theme;
  managerName: string;
  /** Show where trust is heading past today (the projection). */
  projection: boolean;
}

export interface JournalInfo {
  dataFile: string;
  schemaVersion: number;
  suppliers: number;
  entries: number;
  shell: 'electron' | 'browser';
}
