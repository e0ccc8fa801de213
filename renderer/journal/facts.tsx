// The kind-specific facts of an entry as small labelled chips: a promise's due
// date, obligation and status; an incident's severity and whether it is
// resolved; an interaction's channel and tone; a review's scores.
import clsx from 'clsx';
import {
  AlarmClock, CircleCheck, CircleDashed, CircleSlash, CircleX, Clock, FileCheck, Frown, Meh, Repeat, Smile,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../core/dates';
import { overdueDays as promiseOverdueDays } from '../../core/facts';
import { FIELDS_OF_KIND } from '../../core/entry-fields';
import type { Entry, PromiseEntry, PromiseStatus, Severity, Tone } from '../../core/types';
import { useFormat } from '../i18n/format';

const STATUS_ICONS: Record<PromiseStatus, LucideIcon> = {
  open: CircleDashed,
  kept: CircleCheck,
  kept_late: Clock,
  broken: CircleX,
  renegotiated: Repeat,
  withdrawn: CircleSlash,
};

const TONE_ICONS: Record<Tone, LucideIcon> = { positive: Smile, neutral: Meh, negative: Frown };

/** Days a promise is past its due date (0 when not overdue), by the one rule (core/facts/promises.ts). */
export function overdueDays(e: Entry, today = todayIso()): number {
  return e.kind === 'promise' ? promiseOverdueDays(e, today) : 0;
}

export function StatusChip({ entry }: { entry: PromiseEntry }) {
  const { t } = useTranslation('journal');
  const late = overdueDays(entry);
  if (late > 0) {
    return (
      <span className="j-chip j-chip--danger">
        <AlarmClock size={13} aria-hidden="true" />
        {t('facts.overdueDays', { count: late })}
      </span>
    );
  }
  const Icon = STATUS_ICONS[entry.status];
  const tone = { open: 'accent', kept: 'success', kept_late: 'warning', broken: 'danger', renegotiated: 'muted', withdrawn: 'muted' }[entry.status];
  return (
    <span className={clsx('j-chip', `j-chip--${tone}`)}>
      <Icon size={13} aria-hidden="true" />
      {t(`status.${entry.status}`)}
    </span>
  );
}

export function SeverityChip({ severity }: { severity: Severity }) {
  const { t } = useTranslation('journal');
  const level = { low: 1, medium: 2, high: 3, critical: 4 }[severity];
  return (
    <span className={clsx('j-chip', `j-chip--sev-${severity}`)}>
      <span className="j-sev-bars" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={clsx('j-sev-bar', n <= level && 'is-on')} style={{ height: 3 + n * 2 }} />
        ))}
      </span>
      {t('facts.severity', { severity: t(`severity.${severity}`) })}
    </span>
  );
}

/** The facts of an entry: its kind's chips, then the declared fields shown on the row (inRow, core/entry-fields.ts). */
export function EntryFacts({ entry }: { entry: Entry }) {
  const { t } = useTranslation('journal');
  const values = entry as unknown as Record<string, unknown>;
  return (
    <>
      <KindFacts entry={entry} />
      {FIELDS_OF_KIND[entry.kind]
        .filter((field) => field.inRow && values[field.name] !== '' && values[field.name] !== null)
        .map((field) => (
          <span key={field.name} className="j-fact">
            {t('facts.labelled', { label: t(field.label), value: String(values[field.name]) })}
          </span>
        ))}
    </>
  );
}

function KindFacts({ entry }: { entry: Entry }) {
  const { t } = useTranslation('journal');
  const f = useFormat();
  switch (entry.kind) {
    case 'promise':
      return (
        <>
          <StatusChip entry={entry} />
          {entry.dueOn && <span className="j-fact">{t('facts.due', { date: f.date(entry.dueOn) })}</span>}
          <span className="j-fact">{t(`obligation.${entry.obligation}Long`)}</span>
          {entry.inContract && (
            <span className="j-fact">
              <FileCheck size={13} aria-hidden="true" /> {t('facts.inContract')}
            </span>
          )}
          {entry.settledOn && entry.status !== 'open' && <span className="j-fact">{t('facts.settled', { date: f.date(entry.settledOn) })}</span>}
        </>
      );
    case 'incident':
      return (
        <>
          <SeverityChip severity={entry.severity} />
          {entry.resolvedOn ? (
            <span className="j-chip j-chip--success">
              <CircleCheck size={13} aria-hidden="true" />
              {t('facts.resolvedOn', { date: f.date(entry.resolvedOn) })}
            </span>
          ) : (
            <span className="j-chip j-chip--warning">
              <CircleDashed size={13} aria-hidden="true" />
              {t('facts.unresolved')}
            </span>
          )}
          {entry.causedBy !== 'supplier' && <span className="j-fact">{t('facts.causedBy', { who: t(`causedBy.${entry.causedBy}`) })}</span>}
        </>
      );
    case 'interaction': {
      const Tone = TONE_ICONS[entry.tone];
      return (
        <>
          <span className="j-fact">{t(`channel.${entry.channel}`)}</span>
          <span className={clsx('j-fact', `j-tone--${entry.tone}`)}>
            <Tone size={13} aria-hidden="true" /> {t(`tone.${entry.tone}`)}
          </span>
        </>
      );
    }
    case 'review':
      return (
        <>
          {(['Ability', 'Integrity', 'Benevolence'] as const).map((d) => {
            const v = entry[`score${d}`];
            return (
              <span key={d} className="j-fact j-score">
                {t(`facts.score${d}`)} <strong>{v == null ? '–' : f.number(v)}</strong>
              </span>
            );
          })}
        </>
      );
    default:
      return null;
  }
}
