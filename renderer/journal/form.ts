// Entry form values (strings and flags, as the inputs hold them) and their
// translation into the core's entry input. Validation runs the core schema
// itself (entryInput / entryUpdate) and maps its issues through the same
// issueFromZod the journal uses, so a field shows the same translated message
// whether the browser or the journal found the problem.
import type { FieldErrors, Resolver } from 'react-hook-form';
import { issueFromZod, type FieldIssue } from '../../core/errors';
import { entryInput, type EntryInput } from '../../core/schemas';
import { todayIso } from '../../core/dates';
import type {
  CausedBy, Channel, Entry, EntryKind, Obligation, PromiseStatus, Severity, Side, Tone,
} from '../../core/types';

export type YesNoUnknown = 'yes' | 'no' | 'unknown';
export type ScoreValue = '' | '1' | '2' | '3' | '4' | '5';

export interface EntryFormValues {
  kind: EntryKind;
  date: string;
  title: string;
  body: string;
  tags: string;
  private: boolean;
  side: Side;
  channel: Channel;
  tone: Tone;
  dueOn: string;
  obligation: Obligation;
  inContract: 'yes' | 'no';
  status: PromiseStatus;
  settledOn: string;
  severity: Severity;
  resolvedOn: string;
  impact: string;
  rootCause: string;
  causedBy: CausedBy;
  handledWell: YesNoUnknown;
  scoreAbility: ScoreValue;
  scoreIntegrity: ScoreValue;
  scoreBenevolence: ScoreValue;
}

export type FormField = keyof EntryFormValues;

export function defaultValues(kind: EntryKind, today = todayIso()): EntryFormValues {
  return {
    kind,
    date: today,
    title: '',
    body: '',
    tags: '',
    private: false,
    side: 'supplier',
    channel: 'meeting',
    tone: 'neutral',
    dueOn: '',
    obligation: 'result',
    inContract: 'no',
    status: 'open',
    settledOn: '',
    severity: 'medium',
    resolvedOn: '',
    impact: '',
    rootCause: '',
    causedBy: 'supplier',
    handledWell: 'unknown',
    scoreAbility: '',
    scoreIntegrity: '',
    scoreBenevolence: '',
  };
}

const score = (n: number | null): ScoreValue => (n == null ? '' : (String(n) as ScoreValue));

export function valuesFromEntry(e: Entry): EntryFormValues {
  const v = defaultValues(e.kind, e.date);
  Object.assign(v, { title: e.title, body: e.body, tags: e.tags.join(', '), private: e.private, side: e.side });
  switch (e.kind) {
    case 'interaction':
      return { ...v, channel: e.channel, tone: e.tone };
    case 'promise':
      return {
        ...v, dueOn: e.dueOn ?? '', obligation: e.obligation, inContract: e.inContract ? 'yes' : 'no', status: e.status,
        settledOn: e.settledOn ?? '',
      };
    case 'incident':
      return {
        ...v, severity: e.severity, resolvedOn: e.resolvedOn ?? '', impact: e.impact, rootCause: e.rootCause,
        causedBy: e.causedBy, handledWell: e.handledWell == null ? 'unknown' : e.handledWell ? 'yes' : 'no',
      };
    case 'review':
      return {
        ...v, scoreAbility: score(e.scoreAbility), scoreIntegrity: score(e.scoreIntegrity),
        scoreBenevolence: score(e.scoreBenevolence),
      };
    default:
      return v;
  }
}

/** "Finance, SLA , ,urgent" → ["Finance", "SLA", "urgent"] (the schema trims and lowercases). */
export function splitTags(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter(Boolean);
}

const orNull = (s: string) => (s.trim() === '' ? null : s);
const toScore = (s: ScoreValue) => (s === '' ? null : Number(s));

/** Builds the per-kind input the core schema expects. */
export function toInput(v: EntryFormValues, supplierId: number): EntryInput {
  const common = {
    supplierId,
    date: v.date,
    title: v.title,
    body: v.body,
    tags: splitTags(v.tags),
    private: v.private,
    side: v.side,
  };
  switch (v.kind) {
    case 'interaction':
      return { ...common, kind: 'interaction', channel: v.channel, tone: v.tone };
    case 'promise':
      return {
        ...common, kind: 'promise', dueOn: orNull(v.dueOn), obligation: v.obligation, inContract: v.inContract === 'yes',
        status: v.status, settledOn: v.status === 'open' ? null : orNull(v.settledOn),
      };
    case 'incident':
      return {
        ...common, kind: 'incident', severity: v.severity, resolvedOn: orNull(v.resolvedOn), impact: v.impact,
        rootCause: v.rootCause, causedBy: v.causedBy,
        handledWell: v.handledWell === 'unknown' ? null : v.handledWell === 'yes',
      };
    case 'review':
      return {
        ...common, kind: 'review', scoreAbility: toScore(v.scoreAbility), scoreIntegrity: toScore(v.scoreIntegrity),
        scoreBenevolence: toScore(v.scoreBenevolence),
      };
    case 'advice':
      return { ...common, kind: 'advice' };
    case 'note':
      return { ...common, kind: 'note' };
  }
}

const FORM_FIELDS = new Set<string>(Object.keys(defaultValues('note')));

/** The form field an issue path points at ('tags.2' → 'tags'); null when it belongs to no field. */
export function fieldOfPath(path: (string | number)[]): FormField | null {
  const head = path.find((p) => typeof p === 'string' && p !== 'id');
  return typeof head === 'string' && FORM_FIELDS.has(head) && head !== 'kind' ? (head as FormField) : null;
}

/** Encodes an issue as a react-hook-form error: `type` is the errors key, `types` its params. */
export function issueToFieldError(issue: Pick<FieldIssue, 'key' | 'params'>) {
  const types = Object.fromEntries(Object.entries(issue.params).map(([k, val]) => [k, String(val)]));
  return { type: issue.key, message: issue.key, types };
}

export function entryResolver(supplierId: number): Resolver<EntryFormValues> {
  return async (values) => {
    const result = entryInput.safeParse(toInput(values, supplierId));
    if (result.success) return { values, errors: {} };
    const errors: FieldErrors<EntryFormValues> = {};
    for (const zodIssue of result.error.issues) {
      const issue = issueFromZod(zodIssue);
      const field = fieldOfPath(issue.path);
      if (!field) errors.root ??= issueToFieldError(issue);
      else if (!errors[field]) (errors as Record<string, unknown>)[field] = issueToFieldError(issue);
    }
    return { values: {}, errors };
  };
}
