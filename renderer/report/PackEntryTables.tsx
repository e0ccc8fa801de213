// A supplier pack's appendix: the period's entries, one table per kind, then
// our own conduct as a client. Each is a PackTable.
import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import type { SupplierReport } from '../../core/report';
import { MarkerIcon } from '../trust/shapes';
import { PrivateTag } from './PackLayout';
import { PackTable, type PackColumn } from './PackTable';
import { usePackText } from './packText';

type Tj = (key: string) => string;

/**
 * A note-like entry's title (tagged when private) with its text beneath: the title is the cell's own text
 * (its weight from .rp-c-note), only the text beneath has an element; a pack has hundreds of these cells.
 */
function NoteCell({ n }: { n: { title: string; body: string; private: boolean } }) {
  return (
    <td className="rp-c-title rp-c-note">
      {n.title}<PrivateTag show={n.private} />
      {n.body && <div className="rp-note-body">{n.body}</div>}
    </td>
  );
}

/** Conduct rows mix kinds: each says its state in its own words; an open action past the period's end is overdue. */
function conductStatus(c: SupplierReport['conduct'][number], periodEnd: string, t: (k: string, o?: Record<string, unknown>) => string, tj: Tj, date: (iso: string) => string): string {
  let status = '';
  if (c.status === 'resolved' || c.status === 'unresolved') status = t(`tables.${c.status}`);
  else if (c.status === 'positive' || c.status === 'neutral' || c.status === 'negative') status = tj(`tone.${c.status}`);
  else if (c.status) status = tj(`status.${c.status}`);
  if (c.status === 'open' && c.dueOn) {
    status = c.dueOn < periodEnd ? t('tables.overdue') : status;
    status += ` · ${t('agenda.due', { date: date(c.dueOn) })}`;
  }
  return status;
}

export function PackEntryTables({ r }: { r: SupplierReport }) {
  const { t, text } = usePackText();
  const { t: tj } = useTranslation('journal');
  const empty = t('tables.empty');
  const days = (n: number | null) => (n === null ? '' : t('tables.days', { count: n }));
  const score = (label: string, v: number | null) => (v === null ? null : `${label} ${v}`);
  const col = (key: string, className?: string): PackColumn => ({ label: t(`tables.${key}`), className });
  const dated = [col('date', 'rp-c-date'), col('subject', 'rp-c-title')];
  const notes = (list: SupplierReport['notes']) => list.map((n) => (
    <tr key={n.id} data-entry-id={n.id}>
      <td className="rp-c-date">{text.date(n.date)}</td>
      <NoteCell n={n} />
    </tr>
  ));
  return (
    <div className="rp-tables">
      <PackTable
        title={t('tables.promises')}
        empty={empty}
        cols={[col('made', 'rp-c-date'), col('promise', 'rp-c-title'), col('due', 'rp-c-date'), col('obligation', 'rp-c-short'), col('inContract', 'rp-c-short'), col('status', 'rp-c-status')]}
        rows={r.promises.map((p) => (
          <tr key={p.id} data-entry-id={p.id}>
            <td className="rp-c-date">{text.date(p.madeOn)}</td>
            <td className="rp-c-title">{p.title}<PrivateTag show={p.private} /></td>
            <td className="rp-c-date">{p.dueOn ? text.date(p.dueOn) : '—'}</td>
            <td>{tj(`obligation.${p.obligation}`)}</td>
            <td>{p.inContract ? t('tables.yes') : t('tables.no')}</td>
            <td className={clsx('rp-c-status', p.overdue && 'rp-down', (p.status === 'broken') && 'rp-down')}>
              {p.overdue ? t('tables.overdue') : tj(`status.${p.status}`)}
              {p.settledOn && <div className="rp-cell-sub">{t('tables.settledOn', { date: text.date(p.settledOn) })}</div>}
            </td>
          </tr>
        ))}
      />
      <PackTable
        title={t('tables.incidents')}
        empty={empty}
        cols={[col('started', 'rp-c-date'), col('incident', 'rp-c-title'), col('severity', 'rp-c-short'), col('timeToResolve', 'rp-c-short'), col('rootCause', 'rp-c-cause')]}
        rows={r.incidents.map((i) => (
          <tr key={i.id} data-entry-id={i.id}>
            <td className="rp-c-date">{text.date(i.startedOn)}</td>
            <td className="rp-c-title">{i.title}<PrivateTag show={i.private} /></td>
            <td className={clsx((i.severity === 'high' || i.severity === 'critical') && 'rp-down')}>{text.t(`severity.${i.severity}`)}</td>
            <td>{i.daysToResolve === null ? <span className="rp-down">{t('tables.unresolved')}</span> : days(i.daysToResolve)}</td>
            <td className="rp-c-cause">{i.rootCause || '—'}</td>
          </tr>
        ))}
      />
      <PackTable
        title={t('tables.interactions')}
        empty={empty}
        cols={[col('date', 'rp-c-date'), col('channel', 'rp-c-channel'), col('tone', 'rp-c-short'), col('subject', 'rp-c-title')]}
        rows={r.interactions.map((i) => (
          <tr key={i.id} data-entry-id={i.id}>
            <td className="rp-c-date">{text.date(i.date)}</td>
            <td>{tj(`channel.${i.channel}`)}</td>
            <td className={clsx(i.tone === 'negative' && 'rp-down')}>{tj(`tone.${i.tone}`)}</td>
            <td className="rp-c-title">{i.title}<PrivateTag show={i.private} /></td>
          </tr>
        ))}
      />
      <PackTable
        title={t('tables.reviews')}
        empty={empty}
        cols={[...dated, col('scores', 'rp-c-scores')]}
        rows={r.reviews.map((v) => (
          <tr key={v.id} data-entry-id={v.id}>
            <td className="rp-c-date">{text.date(v.date)}</td>
            <NoteCell n={v} />
            {/* One line each (white-space: pre-line), not an element each. */}
            <td className="rp-c-scores">
              {[score(text.t('dimension.ability'), v.scores.ability), score(text.t('dimension.integrity'), v.scores.integrity),
                score(text.t('dimension.benevolence'), v.scores.benevolence)].filter(Boolean).join('\n')}
            </td>
          </tr>
        ))}
      />
      <PackTable title={t('tables.initiatives')} empty={empty} cols={dated} rows={notes(r.initiatives)} />
      <PackTable title={t('tables.notes')} empty={empty} cols={dated} rows={notes(r.notes)} />
      <PackTable
        title={t('tables.conduct')}
        intro={t('tables.conductIntro')}
        className="rp-conduct"
        empty={empty}
        cols={[col('date', 'rp-c-date'), col('kind', 'rp-c-short'), col('subject', 'rp-c-title'), col('status', 'rp-c-status')]}
        rows={r.conduct.map((c) => (
          <tr key={c.id} data-entry-id={c.id}>
            <td className="rp-c-date">{text.date(c.date)}</td>
            <td><span className="rp-kind"><MarkerIcon kind={c.kind} size={9} />{tj(`kind.${c.kind}`)}</span></td>
            <td className="rp-c-title">{c.title}<PrivateTag show={c.private} /></td>
            <td className="rp-c-status">{conductStatus(c, r.header.to, t, tj, text.date) || '—'}</td>
          </tr>
        ))}
      />
    </div>
  );
}
