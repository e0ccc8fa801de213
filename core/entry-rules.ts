// The date rules between an entry and what came of it, written once: the
// entry schema, the journal's settle and resolve, and their dialogs all ask
// here. Each answers with the issue to show beside the field, or null.
import type { FieldIssue } from './errors';

/** A promise is settled on or after the day it was made. */
export function settledDateIssue(madeOn: string, settledOn: string | null | undefined): FieldIssue | null {
  return settledOn && settledOn < madeOn ? { path: ['settledOn'], key: 'settledBeforeMade', params: {} } : null;
}

/** An incident is resolved on or after the day it started. */
export function resolvedDateIssue(startedOn: string, resolvedOn: string | null | undefined): FieldIssue | null {
  return resolvedOn && resolvedOn < startedOn ? { path: ['resolvedOn'], key: 'resolvedBeforeStart', params: {} } : null;
}
